"""Figure 5: bulk writes at injected latency: creating stakeholders vs the generated client sending the
same requests, and upserting organization profiles vs the task-aware floor."""

from __future__ import annotations

import asyncio
import math
import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import jsm_ops_client
from jsm_ops_client.api.stakeholders import bulk_create_stakeholders
from jsm_ops_client.models import BulkCreateStakeholdersRequest
from mcp import Client

from atlassian_people_sandbox.areas.csm.tasks import MIN_RUNNING_SECONDS, QUEUED_SECONDS, SECONDS_PER_ITEM
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN

from .. import targets
from ..clients import build_runtime, call_ok, jsm_ops_direct
from ..harness import SMALL_SEED, Scale, Section, median, ms, ratio, secs
from ..processes import SandboxProcess

TITLE = "Bulk writes with 20 ms latency per request"


def task_seconds(items: int) -> float:
    """How long the sandbox takes to run a bulk task of `items` (queued, then per item; sandbox tasks.py)."""
    return QUEUED_SECONDS + max(MIN_RUNNING_SECONDS, SECONDS_PER_ITEM * items)


async def max_items(client: Client, tool: str, argument: str, default: int) -> int:
    listed = {listed.name: listed for listed in (await client.list_tools()).tools}
    return int(listed[tool].input_schema["properties"][argument].get("maxItems", default))


async def create_with_tool(client: Client, count: int, run: str) -> tuple[float, int]:
    """Create `count` stakeholders (by email) through stakeholders_write create; (seconds, tool calls)."""
    per_call = await max_items(client, "stakeholders_write", "stakeholders", 50)
    emails = [f"bench-{run}-{index}@example.com" for index in range(count)]
    started = time.perf_counter()
    calls = 0
    for start in range(0, count, per_call):
        result = await call_ok(
            client,
            "stakeholders_write",
            {"action": "create", "stakeholders": emails[start : start + per_call]},
        )
        calls += 1
        failures = (result.structured_content or {}).get("failures") or []
        if failures:
            raise RuntimeError(f"stakeholders_write create reported failures: {failures[:3]}")
    return time.perf_counter() - started, calls


async def create_with_client(direct: jsm_ops_client.Client, count: int, run: str, per_request: int) -> float:
    """The same creates with the generated client's bulk endpoint, `per_request` per request."""
    emails = [f"bench-direct-{run}-{index}@example.com" for index in range(count)]
    # The fields Atlassian requires in each stakeholder, as the tool sends them (no assignment).
    required = {
        "skipConfirmation": False,
        "assignmentType": None,
        "externalAssignmentId": None,
        "addedFrom": "JSM",
        "preference": {"email": {"enabled": True}},
    }
    started = time.perf_counter()
    for start in range(0, count, per_request):
        body = BulkCreateStakeholdersRequest.from_dict(
            {
                "stakeholders": [
                    {"emailId": email, **required} for email in emails[start : start + per_request]
                ]
            }
        )
        response = await bulk_create_stakeholders.asyncio_detailed(client=direct, body=body)
        if response.status_code != 200:
            raise RuntimeError(f"bulkCreateStakeholders answered {response.status_code}")
    return time.perf_counter() - started


async def upsert_with_tool(client: Client, count: int, run: str) -> tuple[float, int, list[int]]:
    """Upsert `count` new organization profiles through csm_organizations_write upsert.

    Returns (seconds, tool calls, items per bulk task the sandbox ran)."""
    per_call = await max_items(client, "csm_organizations_write", "organizations", 100)
    names = [f"Bench {run} organization {index:05d}" for index in range(count)]
    started = time.perf_counter()
    calls = 0
    tasks: list[int] = []
    for start in range(0, count, per_call):
        part = names[start : start + per_call]
        organizations = [{"name": name, "details": {"Region": "EU"}} for name in part]
        result = await call_ok(
            client, "csm_organizations_write", {"action": "upsert", "organizations": organizations}
        )
        calls += 1
        data = result.structured_content or {}
        if data.get("failures"):
            raise RuntimeError(f"csm_organizations_write upsert reported failures: {data['failures'][:3]}")
        started_tasks = len(data.get("tasks") or []) or 1
        tasks += [math.ceil(len(part) / started_tasks)] * started_tasks
    return time.perf_counter() - started, calls, tasks


async def time_bulk_post(sandbox: SandboxProcess, run: str) -> float:
    """How long the sandbox takes to accept one 100-item organization profile bulk request (no latency)."""
    profiles = [
        {
            "operation": "UPSERT",
            "name": f"Bench {run} direct {i:03d}",
            "details": [{"name": "Region", "values": ["EU"]}],
        }
        for i in range(100)
    ]
    headers = {"Idempotency-Key": f"bench-{run}", "X-ExperimentalApi": "opt-in"}
    async with httpx.AsyncClient(
        base_url=sandbox.csm_url, auth=(ADMIN_EMAIL, ADMIN_TOKEN), timeout=60
    ) as http:
        started = time.perf_counter()
        response = await http.post(
            "/api/v1/organization/profile/bulk", json={"profiles": profiles}, headers=headers
        )
        elapsed = time.perf_counter() - started
    if response.status_code != 202:
        raise RuntimeError(f"bulkManageOrganizationProfiles answered {response.status_code}: {response.text}")
    return elapsed


@dataclass
class Writes:
    create_tool: list[float] = field(default_factory=list)
    create_direct: list[float] = field(default_factory=list)
    create_calls: int = 0
    create_requests: Counter[str] = field(default_factory=Counter)
    direct_requests: Counter[str] = field(default_factory=Counter)
    per_request: int = 0
    upsert: list[float] = field(default_factory=list)
    upsert_calls: int = 0
    upsert_requests: Counter[str] = field(default_factory=Counter)
    tasks: list[int] = field(default_factory=list)
    upsert_unloaded: float = math.nan
    bulk_post: float = math.nan


async def timed_writes(sandbox: SandboxProcess, scale: Scale) -> Writes:
    """Each timed write starts from fresh seed data, so every run and both sides meet the same state."""
    runtime = build_runtime(sandbox)
    direct = jsm_ops_direct(sandbox)
    found = Writes()
    tag = f"{os.getpid()}-{int(time.time())}"
    try:
        async with Client(runtime.server) as client:
            await create_with_tool(client, 2, f"warm-{tag}")
            await create_with_client(direct, 2, f"warm-{tag}", 2)
            for run in range(scale.write_runs):  # interleaved: tool, generated client, tool, …
                sandbox.reset(SMALL_SEED, force=True)
                before = sandbox.requests()
                created_before = sandbox.stats()["stakeholders"]["stakeholdersCreated"]
                elapsed, found.create_calls = await create_with_tool(client, scale.creates, f"{tag}-{run}")
                found.create_requests = sandbox.requests() - before
                created = sandbox.stats()["stakeholders"]["stakeholdersCreated"] - created_before
                if created != scale.creates:
                    raise RuntimeError(
                        f"the sandbox created {created} stakeholders, expected {scale.creates}"
                    )
                found.create_tool.append(elapsed)
                found.per_request = math.ceil(scale.creates / max(1, found.create_requests.total()))
                sandbox.reset(SMALL_SEED, force=True)
                before = sandbox.requests()
                found.create_direct.append(
                    await create_with_client(direct, scale.creates, f"{tag}-{run}", found.per_request)
                )
                found.direct_requests = sandbox.requests() - before
            for run in range(scale.write_runs):
                sandbox.reset(SMALL_SEED, force=True)
                before, applied_before = sandbox.requests(), sandbox.stats()["csm"]["bulkItemsApplied"]
                elapsed, found.upsert_calls, found.tasks = await upsert_with_tool(
                    client, scale.upserts, f"{tag}-{run}"
                )
                found.upsert_requests = sandbox.requests() - before
                applied = sandbox.stats()["csm"]["bulkItemsApplied"] - applied_before
                if applied != scale.upserts:
                    raise RuntimeError(f"the sandbox applied {applied} profiles, expected {scale.upserts}")
                found.upsert.append(elapsed)
            sandbox.reset(SMALL_SEED, force=True)  # the same upsert without latency, on fresh data too
            sandbox.latency(0)
            found.upsert_unloaded = (await upsert_with_tool(client, scale.upserts, f"{tag}-unloaded"))[0]
            sandbox.reset(SMALL_SEED, force=True)
            found.bulk_post = await time_bulk_post(sandbox, tag)
    finally:
        await direct.get_async_httpx_client().aclose()
        runtime.close()
    return found


def detail(received: Counter[str]) -> str:
    parts = ", ".join(f"{operation} {count}" for operation, count in received.most_common())
    return f"{received.total()} ({parts})"


def measure(section: Section, scale: Scale, sandbox: Callable[[], SandboxProcess]) -> None:
    running = sandbox()
    latency = scale.latency_ms / 1000
    running.latency(scale.latency_ms)
    try:
        found = asyncio.run(timed_writes(running, scale))
    finally:
        running.latency(0)
    create_tool, create_direct, upsert = (
        median(found.create_tool),
        median(found.create_direct),
        median(found.upsert),
    )
    tasks = found.tasks
    busy = sum(task_seconds(items) for items in tasks)
    # No client can finish before the sandbox has run the tasks; the tool's calls run one after another, and
    # each task needs at least its submission and one final status request around it, each at latency.
    task_floor = busy + 2 * len(tasks) * latency
    rows: list[list[Any]] = [["write", "tool calls", "requests received", "median time", "floor", "vs floor"]]
    rows.append(
        [
            f"create {scale.creates:,} stakeholders (`stakeholders_write` create)",
            str(found.create_calls),
            detail(found.create_requests),
            f"**{secs(create_tool)}**",
            secs(create_direct),
            f"**{ratio(create_tool, create_direct)}**",
        ]
    )
    rows.append(
        [
            f"floor: the generated client sending the same requests ({found.per_request} per request)",
            "–",
            detail(found.direct_requests),
            secs(create_direct),
            "–",
            "–",
        ]
    )
    rows.append(
        [
            f"upsert {scale.upserts:,} organization profiles (`csm_organizations_write` upsert, async tasks)",
            str(found.upsert_calls),
            detail(found.upsert_requests),
            f"**{secs(upsert)}**",
            secs(task_floor),
            f"**{ratio(upsert, task_floor)}**",
        ]
    )
    section.tables.append(rows)
    section.method = (
        f"Sandbox at seed size {SMALL_SEED} with {scale.latency_ms:g} ms injected per request, reset to "
        "fresh seed data before every timed write; tools called one after another through an in-memory MCP "
        "client, each with as many items as its schema allows (`maxItems`); median of "
        f"{scale.write_runs} runs, creates interleaved with the generated client's. Requests are counted "
        "per operation by the sandbox (`/_sandbox/stats` → `requests`); its own counters confirm every item "
        "was applied exactly once. The create floor is the generated client sending the same bulk requests. "
        "The upsert floor is task-aware: the sandbox runs each bulk task for a set time "
        f"({QUEUED_SECONDS * 1000:g} ms queued, then {SECONDS_PER_ITEM * 1000:g} ms per item, at least "
        f"{MIN_RUNNING_SECONDS * 1000:g} ms), "
        "tasks of successive calls run one after another, and each needs at least its submission and one "
        "final status request at the injected latency: the sum is what a client that knew when each task "
        "ends would take."
    )
    section.check_ratio(
        f"create {scale.creates:,} stakeholders, vs the generated client",
        create_tool,
        create_direct,
        targets.CREATE,
        "s",
        f"the tool adds {ms((create_tool - create_direct) / max(1, found.create_calls), 1)} per call of "
        f"{found.per_request}: the MCP round trip, checking the arguments and each email, the retrying "
        "transport, and slimming and rendering the created stakeholders (read from the JSON answer, "
        "without the models).",
    )
    largest = max(tasks)
    polls, lookups = found.upsert_requests["getTask"], found.upsert_requests["fetchOrganizations"]
    section.check_ratio(
        f"bulk upsert {scale.upserts:,} organization profiles, vs the task-aware floor",
        upsert,
        task_floor,
        targets.BULK_UPSERT,
        "s",
        f"{len(tasks)} tasks of up to {largest} items take the sandbox {secs(busy)} to run "
        f"({task_seconds(largest) * 1000:,.0f} ms each); the tool needed {detail(found.upsert_requests)} "
        f"requests where the floor counts {2 * len(tasks)}: getTask "
        f"{polls / len(tasks):.1f} times per task (at once, while it is queued, then on a schedule that "
        "follows its reported progress to just after its predicted end), and looking the ids up after each "
        f"task ({lookups} fetchOrganizations, {lookups / len(tasks):.1f} per task, up to 50 names each, "
        "sent together, so about one round trip of latency per task): the task's result carries no ids "
        "(Task has taskId, status, progress and failures only). Without "
        "injected latency, on fresh data, the same upsert takes "
        f"{secs(found.upsert_unloaded)}, {secs(found.upsert_unloaded - busy)} beyond the task time; "
        f"accepting one 100-item request body takes the sandbox itself {ms(found.bulk_post, 0)} "
        f"(×{len(tasks)}).",
    )
