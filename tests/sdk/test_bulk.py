"""run_bulk / wait_for_task against the sandbox's asynchronous, idempotent CSM bulk operations."""

from __future__ import annotations

import asyncio

import csm_client
import httpx
import pytest
from csm_client.api.organizations import bulk_manage_organizations, fetch_organizations
from csm_client.models import (
    BulkAccountOperation,
    BulkManageOrganizationsRequest,
    BulkOperationResponse,
    BulkOrganizationItem,
    FetchOrganizationsRequest,
    Task,
    TaskStatus,
)

from atlassian_people_runtime import bulk
from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN

FAST = bulk.Polling(timeout_s=20.0, first_interval_s=0.01, max_interval_s=0.1)


def client_for(sandbox: SandboxServer, transport: httpx.BaseTransport | None = None) -> csm_client.Client:
    client = csm_client.Client(base_url=sandbox.csm_url)
    client.set_httpx_client(
        httpx.Client(
            base_url=sandbox.csm_url,
            auth=httpx.BasicAuth(ADMIN_EMAIL, ADMIN_TOKEN),
            transport=transport or httpx.HTTPTransport(),
        )
    )
    return client


def creates(*names: str) -> list[BulkOrganizationItem]:
    return [BulkOrganizationItem(operation=BulkAccountOperation.CREATE, name=name) for name in names]


def body(batch: list[BulkOrganizationItem]) -> BulkManageOrganizationsRequest:
    return BulkManageOrganizationsRequest(organizations=batch)


def names_found(client: csm_client.Client, names: list[str]) -> list[str]:
    request = FetchOrganizationsRequest(organization_names=names)
    return sorted(org.name for org in fetch_organizations.call(client=client, body=request).organizations)


def test_run_bulk_batches_follows_tasks_and_reports_failures_by_position(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    missing = BulkOrganizationItem(operation=BulkAccountOperation.DELETE, id="no-such-organization")
    items = [*creates("Bulk A", "Bulk B", "Bulk C", "Bulk D", "Bulk E"), missing, *creates("Bulk F")]
    result = bulk.run_bulk(
        bulk_manage_organizations.call, items, body, client=client, batch_size=3, polling=FAST
    )
    assert len(result.tasks) == 3
    assert all(task.status in bulk.FINISHED for task in result.tasks)
    assert [(f.position, f.item) for f in result.failures] == [(5, missing)]
    assert not result.ok
    assert names_found(client, [f"Bulk {c}" for c in "ABCDEF"]) == [f"Bulk {c}" for c in "ABCDEF"]


class LoseFirstAnswer(httpx.BaseTransport):
    """Forwards every request, but answers the first bulk POST with a gateway 504 after it was handled."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.keys: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "POST" and "bulk" in request.url.path:
            self.keys.append(request.headers["idempotency-key"])
            if len(self.keys) == 1:
                response.read()
                return httpx.Response(504, text="<html>Gateway timeout</html>", request=request)
        return response


def test_a_lost_answer_is_retried_with_the_same_key_and_not_applied_twice(sandbox: SandboxServer) -> None:
    # Regression: retrying after a lost 504 with a fresh key redid the work (every item failed as duplicate).
    transport = LoseFirstAnswer()
    client = client_for(sandbox, transport)
    result = bulk.run_bulk(
        bulk_manage_organizations.call, creates("Lost 1", "Lost 2"), body, client=client, polling=FAST
    )
    assert result.ok, result.failures
    assert len(transport.keys) == 2 and transport.keys[0] == transport.keys[1]
    assert names_found(client, ["Lost 1", "Lost 2"]) == ["Lost 1", "Lost 2"]


def test_wait_for_task_times_out_with_the_task_when_it_does_not_finish() -> None:
    client = csm_client.Client(base_url="https://api.example.test")
    client.set_httpx_client(
        httpx.Client(
            base_url="https://api.example.test",
            transport=httpx.MockTransport(
                lambda request: httpx.Response(200, json={"taskId": "t1", "status": "IN_PROGRESS"})
            ),
        )
    )
    with pytest.raises(bulk.TaskTimeoutError) as caught:
        bulk.wait_for_task(client, "t1", polling=bulk.Polling(timeout_s=0.05, first_interval_s=0.01))
    assert caught.value.task.status == TaskStatus.IN_PROGRESS


def test_async_runner_gives_the_same_result(sandbox: SandboxServer) -> None:
    async def main() -> bulk.BulkResult[BulkOrganizationItem]:
        async with csm_client.Client(
            base_url=sandbox.csm_url, httpx_args={"auth": httpx.BasicAuth(ADMIN_EMAIL, ADMIN_TOKEN)}
        ) as client:
            return await bulk.arun_bulk(
                bulk_manage_organizations.acall,
                creates("Async 1", "Async 2", "Async 3"),
                body,
                client=client,
                batch_size=2,
                polling=FAST,
            )

    result = asyncio.run(main())
    assert result.ok and len(result.tasks) == 2


class KeysSeen(httpx.BaseTransport):
    """Forwards every request and notes the Idempotency-Key of each bulk POST."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.keys: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and "bulk" in request.url.path:
            self.keys.append(request.headers["idempotency-key"])
        return self.inner.handle_request(request)


def test_hooks_name_the_keys_follow_the_tasks_and_collect_into_the_callers_result(
    sandbox: SandboxServer,
) -> None:
    transport = KeysSeen()
    client = client_for(sandbox, transport)
    followed: list[tuple[int, list[str]]] = []

    def follow(task_id: str, start: int, batch: object) -> Task:
        assert isinstance(batch, list)
        followed.append((start, [item.name for item in batch]))
        return bulk.wait_for_task(client, task_id, polling=FAST)

    collected: bulk.BulkResult[BulkOrganizationItem] = bulk.BulkResult()
    result = bulk.run_bulk(
        bulk_manage_organizations.call,
        creates("Hook A", "Hook B", "Hook C"),
        body,
        client=client,
        batch_size=2,
        key_for=lambda number, count: f"job-{number + 1}-of-{count}",
        follow=follow,
        result=collected,
    )
    assert result is collected and result.ok and len(result.tasks) == 2
    assert transport.keys == ["job-1-of-2", "job-2-of-2"]
    assert followed == [(0, ["Hook A", "Hook B"]), (2, ["Hook C"])]


def test_a_failing_later_batch_leaves_the_finished_ones_in_the_callers_result(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    collected: bulk.BulkResult[BulkOrganizationItem] = bulk.BulkResult()

    def follow(task_id: str, start: int, batch: object) -> Task:
        if start:
            raise RuntimeError("stop after the first batch")
        return bulk.wait_for_task(client, task_id, polling=FAST)

    with pytest.raises(RuntimeError):
        bulk.run_bulk(
            bulk_manage_organizations.call,
            creates("Partial A", "Partial B"),
            body,
            client=client,
            batch_size=1,
            follow=follow,
            result=collected,
        )
    assert len(collected.tasks) == 1 and collected.tasks[0].status == TaskStatus.COMPLETED


def test_async_runner_takes_the_same_hooks(sandbox: SandboxServer) -> None:
    # The MCP server's use: submit and follow through its own request function, so client is not needed.
    keys: list[str] = []

    async def main() -> bulk.BulkResult[BulkOrganizationItem]:
        async with csm_client.Client(
            base_url=sandbox.csm_url, httpx_args={"auth": httpx.BasicAuth(ADMIN_EMAIL, ADMIN_TOKEN)}
        ) as own:

            async def submit(
                *, client: object, body: BulkManageOrganizationsRequest, idempotency_key: str
            ) -> BulkOperationResponse:
                keys.append(idempotency_key)
                return await bulk_manage_organizations.acall(
                    client=own, body=body, idempotency_key=idempotency_key
                )

            async def follow(task_id: str, start: int, batch: object) -> Task:
                return await bulk.await_task(own, task_id, polling=FAST)

            return await bulk.arun_bulk(
                submit,
                creates("Async hook 1", "Async hook 2"),
                body,
                client=None,
                batch_size=1,
                key_for=lambda number, count: "only" if count == 1 else f"k-{number}",
                follow=follow,
            )

    result = asyncio.run(main())
    assert result.ok and len(result.tasks) == 2 and keys == ["k-0", "k-1"]
