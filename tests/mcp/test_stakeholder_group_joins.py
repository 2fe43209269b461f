"""stakeholder_groups_write add_members says what each addition did: added, already a member (a success,
nothing sent), or invited as a new external stakeholder (an unknown email)."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import ok, text

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio

WRITE = "stakeholder_groups_write"


def store(sandbox: SandboxServer) -> Any:
    return sandbox.sandbox.state.stakeholders


async def test_adding_a_member_again_is_a_success_saying_already_a_member(
    client: Client, sandbox: SandboxServer
) -> None:
    eu = store(sandbox).group_by_name("EU customers")
    member = store(sandbox).stakeholders[next(iter(eu.member_ids))]
    size = len(eu.member_ids)
    before = sandbox.sandbox.requests["addStakeholderGroupMembers"]
    result = await client.call_tool(
        WRITE, {"action": "add_members", "group": "EU customers", "members": [member.id]}
    )
    assert not result.is_error, text(result)
    assert result.structured_content["items"][0]["status"] == "already a member"
    assert f"{member.id}: already a member" in text(result)
    assert text(result).startswith("EU customers: 1 already a member, 0 failed")
    assert sandbox.sandbox.requests["addStakeholderGroupMembers"] == before  # nothing sent
    assert len(eu.member_ids) == size


async def test_an_unknown_email_becomes_an_invited_external_stakeholder(
    client: Client, sandbox: SandboxServer
) -> None:
    eu = store(sandbox).group_by_name("EU customers")
    member = store(sandbox).stakeholders[next(iter(eu.member_ids))]
    added = await ok(
        client,
        WRITE,
        {"action": "add_members", "group": "EU customers", "members": ["fresh.face@acme.example", member.id]},
    )
    statuses = {item["member"]: item["status"] for item in added["items"]}
    assert statuses == {"fresh.face@acme.example": "invited", member.id: "already a member"}
    fresh = next(s for s in store(sandbox).stakeholders.values() if s.email == "fresh.face@acme.example")
    assert fresh.status == "INVITED" and fresh.id in eu.member_ids
    result = await client.call_tool(
        WRITE, {"action": "add_members", "group": "EU customers", "members": ["x@acme.example"]}
    )
    assert "x@acme.example: invited: new external stakeholder" in text(result)


async def test_the_description_says_an_unknown_email_is_invited(client: Client) -> None:
    tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    description = str(tools[WRITE].description)
    assert "new external stakeholder" in description and "invitation" in description
    assert "already a member" in description
