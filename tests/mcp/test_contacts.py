"""contacts_read / contacts_write / contacts_delete end to end against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import call, connect, text

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio


async def test_contact_lifecycle(client: Client) -> None:
    created = await call(client, "contacts_write", action="create", method="email", to="pager@example.com")
    assert "Created email contact pager@example.com" in text(created)

    listed = await call(client, "contacts_read", action="list", limit=100)
    addresses = [item["to"] for item in listed.structured_content["items"]]
    assert "pager@example.com" in addresses

    fetched = await call(client, "contacts_read", action="get", contact="pager@example.com")
    assert fetched.structured_content["item"]["to"] == "pager@example.com"
    assert fetched.structured_content["item"]["status"] == {"enabled": True}

    await call(
        client, "contacts_write", action="update", contact="pager@example.com", to="oncall@example.com"
    )
    await call(client, "contacts_write", action="deactivate", contact="oncall@example.com")
    fetched = await call(client, "contacts_read", action="get", contact="oncall@example.com")
    assert fetched.structured_content["item"]["status"] == {
        "enabled": False,
        "disabledReason": "Deactivated by the user.",
    }
    await call(client, "contacts_write", action="activate", contact="oncall@example.com")
    fetched = await call(client, "contacts_read", action="get", contact="oncall@example.com")
    assert fetched.structured_content["item"]["status"] == {"enabled": True}

    preview = await call(client, "contacts_delete", contact="oncall@example.com")
    assert (
        "PREVIEW" in text(preview)
        and preview.structured_content["preview"]["delete"]["to"] == "oncall@example.com"
    )
    still = await call(client, "contacts_read", action="get", contact="oncall@example.com")
    assert still.structured_content["item"]["to"] == "oncall@example.com"
    token = preview.structured_content["confirm_token"]
    await call(client, "contacts_delete", contact="oncall@example.com", confirm_token=token)
    gone = await client.call_tool("contacts_read", {"action": "get", "contact": "oncall@example.com"})
    assert gone.is_error and "No contact matches" in text(gone)


async def test_deactivate_my_sms_contact_by_method(client: Client) -> None:
    # The admin principal is seeded with exactly one sms contact.
    result = await call(client, "contacts_write", action="deactivate", contact="sms")
    assert "Deactivated sms contact" in text(result)
    contact = result.structured_content["item"]
    fetched = await call(client, "contacts_read", action="get", contact=contact["id"])
    assert fetched.structured_content["item"]["status"] == {
        "enabled": False,
        "disabledReason": "Deactivated by the user.",
    }


async def test_paging_walks_every_contact_once(client: Client) -> None:
    for index in range(5):
        await call(client, "contacts_write", action="create", method="email", to=f"walk{index}@example.com")
    seen: list[str] = []
    cursor = None
    while True:
        arguments: dict[str, Any] = {"action": "list", "limit": 2}
        if cursor:
            arguments["cursor"] = cursor
        page = await call(client, "contacts_read", **arguments)
        seen += [item["id"] for item in page.structured_content["items"]]
        cursor = page.structured_content.get("next_cursor")
        if not cursor:
            break
    everything = await call(client, "contacts_read", action="list", limit=100)
    assert seen == [item["id"] for item in everything.structured_content["items"]]
    assert len(seen) == len(set(seen)) >= 5


async def test_update_refuses_non_email_contacts(client: Client) -> None:
    result = await client.call_tool(
        "contacts_write", {"action": "update", "contact": "sms", "to": "90-555-000-1111"}
    )
    assert result.is_error and "Only email contacts can be updated" in text(result)


async def test_duplicate_contact_is_a_conflict(client: Client) -> None:
    await call(client, "contacts_write", action="create", method="email", to="twice@example.com")
    again = await client.call_tool(
        "contacts_write", {"action": "create", "method": "email", "to": "twice@example.com"}
    )
    assert again.is_error and "Conflict" in text(again)


async def test_contacts_are_per_user(sandbox: SandboxServer) -> None:
    async with connect(sandbox) as admin:
        await call(admin, "contacts_write", action="create", method="email", to="admin-only@example.com")
    async with connect(
        sandbox, ATLASSIAN_EMAIL="agent@example.com", ATLASSIAN_API_TOKEN="sandbox-agent-token"
    ) as agent:
        result = await agent.call_tool(
            "contacts_read", {"action": "get", "contact": "admin-only@example.com"}
        )
    assert result.is_error and "No contact matches" in text(result)


async def test_ambiguous_method_asks_for_the_id(client: Client) -> None:
    await call(client, "contacts_write", action="create", method="sms", to="90-555-123-4567")
    result = await client.call_tool("contacts_write", {"action": "deactivate", "contact": "sms"})
    assert result.is_error and "several sms contacts" in text(result)


async def test_admin_lists_another_users_contacts(client: Client, sandbox: SandboxServer) -> None:
    agent = sandbox.sandbox.state.directory.by_email("agent@example.com")
    assert agent is not None
    theirs = await call(client, "contacts_read", action="list", account=agent.account_id, limit=100)
    expected = {c.to for c in sandbox.sandbox.state.contacts.owned_by(agent.account_id)}
    assert {item["to"] for item in theirs.structured_content["items"]} == expected
    assert f"Contacts of {agent.account_id}" in text(theirs)
    mobile = await client.call_tool("contacts_write", {"action": "create", "method": "mobile", "to": "Pixel"})
    assert mobile.is_error  # the mobile app sets those up; not an allowed method here


@pytest.mark.parametrize("account", ["agent@example.com", "Avery Admin"])
async def test_an_email_or_name_for_account_is_refused_with_how_to_find_the_id(
    client: Client, account: str
) -> None:
    """Not "0 contacts": the API would answer an empty list for what is not an account id."""
    result = await client.call_tool("contacts_read", {"action": "list", "account": account})
    assert result.is_error, text(result)
    assert "account id" in text(result) and "find_users" in text(result)
