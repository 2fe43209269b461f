"""csm_organizations_read / _write / _delete end to end against the sandbox (real MCP client, HTTP)."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from mcp import Client
from mcp_support import call, csm_stats, detail, fails, text

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio

READ, WRITE, DELETE = "csm_organizations_read", "csm_organizations_write", "csm_organizations_delete"


async def profile(client: Client, organization: str) -> dict[str, Any]:
    found = await call(client, READ, action="get", organizations=[organization])
    return dict(found.structured_content["item"])


def last_bulk(sandbox: SandboxServer) -> str:
    """The operationId of the newest bulk task, to check which endpoint a tool chose."""
    store = sandbox.sandbox.state.csm
    with store.lock:
        return list(store.tasks.values())[-1].operation_id


async def seeded_names(client: Client, sandbox: SandboxServer, count: int) -> list[str]:
    store = sandbox.sandbox.state.csm
    with store.lock:
        return [o.name for o in list(store.organizations.values())[:count]]


# -- single organizations --------------------------------------------------------------------------


async def test_create_read_update_and_delete_one_organization(client: Client, sandbox: SandboxServer) -> None:
    before = csm_stats(sandbox)
    plain = await call(client, WRITE, action="create", organizations=[{"name": "Zeta Labs"}])
    zeta_id = plain.structured_content["item"]["id"]
    assert plain.structured_content == {"item": {"id": zeta_id, "name": "Zeta Labs"}}

    rich = await call(
        client,
        WRITE,
        action="create",
        organizations=[{"name": "Omega Works", "details": {"Region": "EU", "Tier": ["Gold"]}}],
    )
    omega = rich.structured_content["item"]
    assert detail(omega, "Region") == ["EU"] and detail(omega, "Tier") == ["Gold"]
    assert csm_stats(sandbox)["organizations"] == before["organizations"] + 2

    # read by name (case-insensitive) and by id
    by_name = await profile(client, "zeta labs")
    assert by_name["id"] == zeta_id and by_name["customers"] == []
    assert (await profile(client, zeta_id))["name"] == "Zeta Labs"
    listed = await call(client, READ, action="lookup", organizations=["Zeta Labs", omega["id"], "Nobody Inc"])
    assert {o["name"] for o in listed.structured_content["items"]} == {"Zeta Labs", "Omega Works"}
    assert listed.structured_content.get("failures", []) == [{"item": "Nobody Inc", "error": "not found"}]
    details = await call(client, READ, action="details", organizations=["Omega Works"])
    assert "Region = EU (SELECT: AU, EU, US)" in text(details)

    # update: rename + detail values through the single endpoints
    updated = await call(
        client,
        WRITE,
        action="update",
        organizations=[{"organization": "Zeta Labs", "name": "Zeta Labs GmbH", "details": {"Region": "US"}}],
    )
    assert updated.structured_content.get("failures", []) == []
    after = await profile(client, zeta_id)
    assert after["name"] == "Zeta Labs GmbH" and detail(after, "Region") == ["US"]

    # a bad value on one field is reported for that field; the rest is applied
    partly = await call(
        client,
        WRITE,
        action="update",
        organizations=[{"organization": zeta_id, "details": {"Region": "Mars", "Tier": "Silver"}}],
    )
    assert [f["field"] for f in partly.structured_content.get("failures", [])] == ["Region"]
    assert "Mars" in text(partly) and detail(await profile(client, zeta_id), "Tier") == ["Silver"]

    # delete: preview first (nothing changes), wrong token refused, then confirmed
    preview = await call(client, DELETE, action="delete", organizations=["Zeta Labs GmbH"])
    token = preview.structured_content["confirm_token"]
    assert [o["id"] for o in preview.structured_content["preview"]["delete"]] == [zeta_id]
    assert "PREVIEW" in text(preview) and "Zeta Labs GmbH" in text(preview)
    assert (await profile(client, zeta_id))["name"] == "Zeta Labs GmbH"
    refused = await fails(client, DELETE, action="delete", organizations=["Omega Works"], confirm_token=token)
    assert "does not match" in refused
    await call(client, DELETE, action="delete", organizations=["Zeta Labs GmbH"], confirm_token=token)
    gone = await fails(client, READ, action="get", organizations=[zeta_id])
    assert "No organization" in gone and zeta_id in gone
    assert csm_stats(sandbox)["organizations"] == before["organizations"] + 1


async def test_errors_name_what_to_pass(client: Client) -> None:
    unknown = await fails(client, READ, action="details", organizations=["No Such Org"])
    assert "No organization" in unknown and "exact name" in unknown
    several = await fails(client, READ, action="details", organizations=["a", "b"])
    assert "exactly one" in several
    missing = await fails(client, READ, action="get")
    assert "organizations" in missing
    invalid = await fails(client, WRITE, action="create", organizations=[{"nme": "x"}])
    assert "nme" in invalid
    no_name = await fails(client, WRITE, action="create", organizations=[{"details": {"Region": "EU"}}])
    assert "organizations[0].name" in no_name
    no_change = await fails(client, WRITE, action="update", organizations=[{"organization": "x"}])
    assert "changes nothing" in no_change
    task = await fails(client, READ, action="task", task_id="no-such-task")
    assert "Not found" in task and "bulk action" in task
    cursor = await fails(client, READ, action="lookup", organizations=["a"], cursor="bogus")
    assert "cursor" in cursor
    customer = await call(
        client,
        WRITE,
        action="update",
        organizations=[{"organization": "x", "customers": ["someone@example.com"]}],
    )
    assert customer.structured_content.get("failures", [])[0]["item"] == "x"


# -- bulk ------------------------------------------------------------------------------------------


async def test_thirty_profiles_with_region_eu_report_progress_and_return_ids(
    client: Client, sandbox: SandboxServer
) -> None:
    names = [f"Northwind {n:02d} AG" for n in range(30)]
    items = [{"name": name, "details": {"Region": "EU"}} for name in names]
    reported: list[tuple[float, float | None, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        reported.append((progress, total, message))

    before = csm_stats(sandbox)
    result = await client.call_tool(
        WRITE, {"action": "create", "organizations": items}, progress_callback=on_progress
    )
    assert not result.is_error, text(result)
    data = result.structured_content
    assert [o["name"] for o in data["items"]] == names and all(o["id"] for o in data["items"])
    assert data.get("failures", []) == [] and data["tasks"][0]["status"] == "COMPLETED"
    assert "Created 30 of 30" in text(result)

    assert reported, "the bulk call reports progress"
    assert reported[-1][:2] == (30.0, 30.0)
    assert [p[0] for p in reported] == sorted(p[0] for p in reported)
    assert csm_stats(sandbox)["organizations"] == before["organizations"] + 30

    # the profiles carry the region; read them a page at a time to the end
    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        arguments: dict[str, Any] = {"action": "get", "organizations": names, "limit": 12}
        if cursor:
            arguments["cursor"] = cursor
        page = await call(client, READ, **arguments)
        seen += page.structured_content["items"]
        cursor = page.structured_content.get("next_cursor")
        if not cursor:
            break
    assert [p["name"] for p in seen] == names and all(detail(p, "Region") == ["EU"] for p in seen)

    # the task stays readable
    task = await call(client, READ, action="task", task_id=data["tasks"][0]["taskId"])
    assert task.structured_content["item"]["status"] == "COMPLETED" and "COMPLETED 100%" in text(task)


async def test_a_repeated_bulk_call_runs_again_unless_it_repeats_the_idempotency_key(
    client: Client, sandbox: SandboxServer
) -> None:
    items = [{"name": f"Retry Co {n}", "details": {"Tier": "Bronze"}} for n in range(5)]
    before = csm_stats(sandbox)
    first = await call(client, WRITE, action="create", organizations=items, idempotency_key="batch-1")
    replayed = await call(client, WRITE, action="create", organizations=items, idempotency_key="batch-1")
    after = csm_stats(sandbox)
    assert after["organizations"] == before["organizations"] + 5
    assert after["bulkItemsProcessed"] == before["bulkItemsProcessed"] + 5
    assert after["idempotentReplays"] == before["idempotentReplays"] + 1
    assert after["tasks"] == before["tasks"] + 1
    assert replayed.structured_content["items"] == first.structured_content["items"]
    assert replayed.structured_content["tasks"][0]["taskId"] == first.structured_content["tasks"][0]["taskId"]

    # without the key, the identical request is a new call that runs again (now every name is taken)
    again = await call(client, WRITE, action="create", organizations=items)
    assert len(again.structured_content.get("failures", [])) == 5
    assert csm_stats(sandbox)["organizations"] == after["organizations"]
    assert csm_stats(sandbox)["idempotentReplays"] == after["idempotentReplays"]


async def test_bulk_reports_per_item_failures_to_retry_only_those(
    client: Client, sandbox: SandboxServer
) -> None:
    taken = (await seeded_names(client, sandbox, 1))[0]
    items = [
        {"name": "Fresh One", "details": {"Region": "AU"}},
        {"name": taken, "details": {"Region": "AU"}},
        {"name": "Fresh Two", "details": {"Region": "Atlantis"}},
        {"name": "Fresh Three", "details": {"Region": "US"}},
    ]
    result = await call(client, WRITE, action="create", organizations=items)
    failures = result.structured_content.get("failures", [])
    assert [(f["index"], f["item"]) for f in failures] == [(1, taken), (2, "Fresh Two")]
    assert failures[0]["code"] == "NAME_ALREADY_EXISTS" and "Atlantis" in failures[1]["error"]
    assert {o["name"] for o in result.structured_content["items"]} == {"Fresh One", "Fresh Three"}
    assert "Created 2 of 4" in text(result)

    retry = await call(
        client, WRITE, action="create", organizations=[{"name": "Fresh Two", "details": {"Region": "EU"}}]
    )
    assert retry.structured_content.get("failures", []) == []
    assert detail(await profile(client, "Fresh Two"), "Region") == ["EU"]


async def test_bulk_create_without_details_then_bulk_rename_and_detail_updates(
    client: Client, sandbox: SandboxServer
) -> None:
    created = await call(
        client, WRITE, action="create", organizations=[{"name": f"Plain {n}"} for n in range(3)]
    )
    ids = [o["id"] for o in created.structured_content["items"]]
    assert len(ids) == 3 and last_bulk(sandbox) == "bulkManageOrganizations"

    renamed = await call(
        client,
        WRITE,
        action="update",
        organizations=[{"organization": f"Plain {n}", "name": f"Renamed {n}"} for n in range(3)],
    )
    assert [o["name"] for o in renamed.structured_content["items"]] == [f"Renamed {n}" for n in range(3)]
    assert last_bulk(sandbox) == "bulkManageOrganizations"

    valued = await call(
        client,
        WRITE,
        action="update",
        organizations=[
            {"organization": ids[0], "details": {"Region": "EU", "Tier": "Gold"}},
            {"organization": ids[1], "details": {"Region": "Nowhere"}},
        ],
    )
    failures = valued.structured_content.get("failures", [])
    assert len(failures) == 1 and failures[0]["index"] == 1 and failures[0]["field"] == "Region"
    assert last_bulk(sandbox) == "bulkManageOrganizationDetails"
    first = await profile(client, ids[0])
    assert detail(first, "Region") == ["EU"] and detail(first, "Tier") == ["Gold"]

    # customers are added through the profile bulk endpoint
    store = sandbox.sandbox.state.csm
    with store.lock:
        customer_id = next(iter(store.customers))
    joined = await call(
        client, WRITE, action="update", organizations=[{"organization": ids[2], "customers": [customer_id]}]
    )
    assert joined.structured_content.get("failures", []) == []
    assert last_bulk(sandbox) == "bulkManageOrganizationProfiles"
    assert (await profile(client, ids[2]))["customers"] == [{"id": customer_id}]

    upserted = await call(
        client,
        WRITE,
        action="upsert",
        organizations=[
            {"organization": ids[0], "details": {"Tier": "Platinum"}},
            {"name": "Brand New Upsert", "details": {"Region": "AU"}},
            {"organization": "Unknown Org", "name": "Named Upsert"},
            {"organization": "Unknown Org", "details": {"Region": "AU"}},
        ],
    )
    names = {o["name"] for o in upserted.structured_content["items"]}
    assert names == {"Renamed 0", "Brand New Upsert", "Named Upsert"}
    assert [f["index"] for f in upserted.structured_content.get("failures", [])] == [3]
    assert detail(await profile(client, ids[0]), "Tier") == ["Platinum"]
    assert detail(await profile(client, "Brand New Upsert"), "Region") == ["AU"]


async def test_bulk_delete_and_clear_details_preview_then_confirm(
    client: Client, sandbox: SandboxServer
) -> None:
    names = await seeded_names(client, sandbox, 3)
    before = csm_stats(sandbox)

    clear = {"action": "clear_details", "organizations": names[:2], "fields": ["region"]}
    preview = await call(client, DELETE, **clear)
    cleared = preview.structured_content["preview"]["clear"]
    assert [c["name"] for c in cleared] == names[:2] and all(c["field"] == "Region" for c in cleared)
    for name in names[:2]:
        assert detail(await profile(client, name), "Region")
    done = await call(client, DELETE, **clear, confirm_token=preview.structured_content["confirm_token"])
    assert done.structured_content.get("failures", []) == []
    for name in names[:2]:
        assert detail(await profile(client, name), "Region") == []
    nothing = await fails(client, DELETE, **clear)
    assert "nothing to clear" in nothing

    remove = {"action": "delete", "organizations": [*names, "Not There Ltd"]}
    preview = await call(client, DELETE, **remove)
    assert [o["name"] for o in preview.structured_content["preview"]["delete"]] == names
    assert preview.structured_content["preview"]["not_found"][0]["item"] == "Not There Ltd"
    for name in names:
        assert name in text(preview)
    assert csm_stats(sandbox)["organizations"] == before["organizations"]
    deleted = await call(client, DELETE, **remove, confirm_token=preview.structured_content["confirm_token"])
    assert {o["name"] for o in deleted.structured_content["items"]} == set(names)
    assert csm_stats(sandbox)["organizations"] == before["organizations"] - 3
    gone = await call(client, READ, action="lookup", organizations=names)
    assert gone.structured_content["items"] == []
    nobody = await fails(client, DELETE, action="delete", organizations=names)
    assert "None of the organizations" in nobody


async def test_a_task_outliving_the_deadline_is_reported_and_checked_later(
    client: Client, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mcp_server.tools.csm import common

    monkeypatch.setattr(common, "TASK_DEADLINE_S", 0.0)
    items = [{"name": f"Slow {n}", "details": {"Region": "US"}} for n in range(40)]
    started = await call(client, WRITE, action="create", organizations=items)
    task = started.structured_content["tasks"][0]
    assert task["status"] in ("PENDING", "IN_PROGRESS")
    assert "still running" in text(started) and task["taskId"] in text(started)
    assert "items" not in started.structured_content  # ids only once it is done

    monkeypatch.setattr(common, "TASK_DEADLINE_S", 30.0)
    while True:
        status = await call(client, READ, action="task", task_id=task["taskId"])
        if status.structured_content["item"]["status"] == "COMPLETED":
            break
        await anyio.sleep(0.02)
    assert status.structured_content.get("failures", []) == []
    # resending the call with the key it gave replays the task (nothing applied twice) and returns the ids
    key = text(started).split("idempotency_key=")[1].split(")")[0]
    again = await call(client, WRITE, action="create", organizations=items, idempotency_key=key)
    assert len(again.structured_content["items"]) == 40 and again.structured_content.get("failures", []) == []
    assert csm_stats(sandbox)["idempotentReplays"] >= 1


async def test_a_lost_answer_then_a_retry_applies_the_bulk_once(
    client: Client, sandbox: SandboxServer
) -> None:
    faults = sandbox.sandbox.faults
    items = [{"name": f"Lost Answer {n}"} for n in range(6)]
    before = csm_stats(sandbox)
    faults.reconfigure(faults.config.__class__(rate_lost=1.0))
    try:
        lost = await client.call_tool(WRITE, {"action": "create", "organizations": items})
    finally:
        faults.reconfigure(faults.config.__class__())
    assert lost.is_error and "may have been applied" in text(lost) and "Internal error" not in text(lost)
    key = text(lost).split("idempotency_key=")[1].split(":")[0]
    retried = await call(client, WRITE, action="create", organizations=items, idempotency_key=key)
    assert [o["name"] for o in retried.structured_content["items"]] == [i["name"] for i in items]
    after = csm_stats(sandbox)
    assert after["organizations"] == before["organizations"] + 6
    assert after["tasks"] == before["tasks"] + 1 and after["idempotentReplays"] >= 1
