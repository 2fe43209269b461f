"""A write is never silently swallowed or doubled (issue 8, "Idempotency and unknown outcomes").

Each tool call sends a fresh Idempotency-Key (reused only by its own retries), so the same bulk write made
again later is applied again rather than "replayed"; a caller's idempotency_key makes a repeat replay,
single-item creates included. A write whose answer is lost says it may have been applied and how to check.
"""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import call, csm_stats, detail, fails, ok, text

from atlassian_people_sandbox import FaultConfig, SandboxServer

pytestmark = pytest.mark.anyio

READ, WRITE, DELETE = "csm_organizations_read", "csm_organizations_write", "csm_organizations_delete"


async def regions(client: Client, ids: list[str]) -> list[list[str]]:
    return [
        detail((await ok(client, READ, {"action": "get", "organizations": [i]}))["item"], "Region")
        for i in ids
    ]


async def two_organizations(client: Client) -> list[str]:
    made = await ok(
        client, WRITE, {"action": "create", "organizations": [{"name": "Au One"}, {"name": "Au Two"}]}
    )
    return [o["id"] for o in made["items"]]


async def test_setting_a_value_back_is_applied_not_replayed(client: Client) -> None:
    ids = await two_organizations(client)
    for region in ("AU", "EU", "AU"):
        update = [{"organization": i, "details": {"Region": region}} for i in ids]
        result = await call(client, WRITE, action="update", organizations=update)
        assert "Updated 2 of 2" in text(result)
        assert await regions(client, ids) == [[region], [region]]


async def test_recreating_deleted_organizations_creates_them(client: Client, sandbox: SandboxServer) -> None:
    items = [
        {"name": "Phoenix A", "details": {"Tier": "Gold"}},
        {"name": "Phoenix B", "details": {"Tier": "Gold"}},
    ]
    first = await ok(client, WRITE, {"action": "create", "organizations": items})
    ids = [o["id"] for o in first["items"]]
    preview = await ok(client, DELETE, {"action": "delete", "organizations": ids})
    await ok(
        client, DELETE, {"action": "delete", "organizations": ids, "confirm_token": preview["confirm_token"]}
    )
    again = await call(client, WRITE, action="create", organizations=items)
    assert "Created 2 of 2" in text(again)
    names = {o.name for o in sandbox.sandbox.state.csm.organizations.values()}
    assert {"Phoenix A", "Phoenix B"} <= names


@pytest.mark.parametrize(
    ("tool", "items", "counter"),
    [
        (WRITE, {"organizations": [{"name": "Keyed Single"}]}, "organizations"),
        ("csm_customers_write", {"customers": [{"customer": "keyed.single@example.com"}]}, "customers"),
    ],
    ids=["organization", "customer"],
)
async def test_a_single_create_repeated_with_its_idempotency_key_replays(
    client: Client, sandbox: SandboxServer, tool: str, items: dict[str, Any], counter: str
) -> None:
    before = csm_stats(sandbox)
    arguments: dict[str, Any] = {"action": "create", **items, "idempotency_key": "single-1"}
    first = await ok(client, tool, arguments)
    second = await ok(client, tool, arguments)
    assert first.get("items") == second.get("items") and not second.get("failures")
    assert csm_stats(sandbox)[counter] == before[counter] + 1
    assert csm_stats(sandbox)["idempotentReplays"] == before["idempotentReplays"] + 1


@pytest.mark.parametrize(
    "fault",
    [
        FaultConfig(rate_lost=1.0, only_writes=True),
        FaultConfig(rate_unlisted_2xx=1.0, only_writes=True),
        FaultConfig(rate_corrupt=1.0, only_writes=True),
        FaultConfig(rate_drop=1.0, only_writes=True),
    ],
    ids=["lost", "unlisted-2xx", "unreadable", "dropped"],
)
@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        (WRITE, {"action": "create", "organizations": [{"name": "Lost One"}]}),
        (WRITE, {"action": "create", "organizations": [{"name": "Lost A"}, {"name": "Lost B"}]}),
        ("jira_groups_write", {"action": "create", "name": "lost-group"}),
        ("stakeholder_groups_write", {"action": "create", "name": "Lost group"}),
    ],
    ids=["csm-single", "csm-bulk", "jira", "stakeholder-group"],
)
async def test_a_write_whose_answer_is_lost_may_have_been_applied(
    client: Client, sandbox: SandboxServer, fault: FaultConfig, tool: str, arguments: dict[str, Any]
) -> None:
    sandbox.sandbox.faults.reconfigure(fault)
    try:
        message = await fails(client, tool, **arguments)
    finally:
        sandbox.sandbox.faults.reconfigure(FaultConfig())
    assert "Internal error" not in message
    assert "may have been applied" in message and tool.replace("_write", "_read") in message


async def test_when_chunk_two_fails_the_answer_says_chunk_one_was_applied(
    client: Client, sandbox: SandboxServer
) -> None:
    # 60 organizations go in two chunks (50 + 10). With this seed the first bulk request passes and every
    # attempt of the second one (the call's own retries, same key) is answered 5xx before any work.
    items = [{"name": f"Chunked {n:02d}"} for n in range(60)]
    sandbox.sandbox.faults.reconfigure(FaultConfig(rate_5xx=0.5, only_writes=True, seed=15))
    try:
        message = await fails(client, WRITE, action="create", organizations=items)
    finally:
        sandbox.sandbox.faults.reconfigure(FaultConfig())
    assert "Internal error" not in message
    assert "Chunks 1-1 (items 1-50: Chunked 00, Chunked 01" in message and "were applied" in message
    assert "Chunk 2 (items 51-60: Chunked 50" in message and "later chunks were not sent" in message
    created = {o.name for o in sandbox.sandbox.state.csm.organizations.values()}
    assert {f"Chunked {n:02d}" for n in range(50)} <= created
    assert not {f"Chunked {n:02d}" for n in range(50, 60)} & created
    # Repeating the whole call with the key the message gives replays chunk 1 and applies chunk 2.
    key = message.split("idempotency_key=")[-1].split(" ")[0]
    await call(client, WRITE, action="create", organizations=items, idempotency_key=key)
    created = {o.name for o in sandbox.sandbox.state.csm.organizations.values()}
    assert {f"Chunked {n:02d}" for n in range(60)} <= created


@pytest.mark.parametrize(
    ("tool", "arguments", "what"),
    [
        (WRITE, {"action": "create", "organizations": [{"name": "Checked Co"}]}, "the organization named"),
        ("jira_groups_write", {"action": "create", "name": "checked-group"}, "the Jira group named"),
        (
            "stakeholder_groups_write",
            {"action": "create", "name": "Checked group"},
            "the stakeholder group named",
        ),
        ("csm_catalog_write", {"action": "create_product", "name": "Checked product"}, "the product named"),
        (
            "contacts_write",
            {"action": "create", "method": "email", "to": "checked@example.com"},
            "the email contact",
        ),
    ],
    ids=["organization", "jira-group", "stakeholder-group", "product", "contact"],
)
async def test_a_lost_create_is_checked_by_its_name(
    client: Client, sandbox: SandboxServer, tool: str, arguments: dict[str, Any], what: str
) -> None:
    # The answer is lost after the work was done: the object exists, and the answer says so.
    sandbox.sandbox.faults.reconfigure(FaultConfig(rate_lost=1.0, only_writes=True))
    try:
        applied = await fails(client, tool, **arguments)
    finally:
        sandbox.sandbox.faults.reconfigure(FaultConfig())
    assert f"Checked since: {what}" in applied and "so the create was applied; do not repeat" in applied

    # The connection drops before the work: nothing exists, and repeating is safe.
    renamed = {
        k: (v.replace("hecked", "hecked-again") if isinstance(v, str) else v) for k, v in arguments.items()
    }
    if "organizations" in renamed:
        renamed["organizations"] = [{"name": "Checked-again Co"}]
    sandbox.sandbox.faults.reconfigure(FaultConfig(rate_5xx=1.0, only_writes=True))
    try:
        absent = await fails(client, tool, **renamed)
    finally:
        sandbox.sandbox.faults.reconfigure(FaultConfig())
    assert (
        f"Checked since: {what}" in absent
        and "does not exist" in absent
        and "repeating the call is safe" in absent
    )
