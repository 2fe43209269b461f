"""Jira users found by name or email in one request, and group membership answers that are true: display
names resolve among a group's members, and adding a member twice is a success that says so."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import call, fails, text

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio

READ, WRITE, DELETE = "jira_groups_read", "jira_groups_write", "jira_groups_delete"
AVERY = ("Avery Admin", "5b10ac8d82e05b22cc7d4ef5")


def requests_since(sandbox: SandboxServer, before: dict[str, int]) -> dict[str, int]:
    now = dict(sandbox.sandbox.requests)
    return {op: n - before.get(op, 0) for op, n in now.items() if n != before.get(op, 0)}


async def member_ids(client: Client, group: str) -> set[str]:
    found = await call(client, READ, action="members", group=group, include_inactive=True, limit=50)
    return {m["accountId"] for m in found.structured_content["items"]}


async def test_find_users_by_name_shows_account_ids_and_pages(client: Client, sandbox: SandboxServer) -> None:
    found = await call(client, READ, action="find_users", query="avery")
    assert [u["accountId"] for u in found.structured_content["items"]] == [AVERY[1]]
    assert AVERY[0] in text(found) and AVERY[1] in text(found)
    assert "avatarUrls" not in found.structured_content["items"][0]
    everyone: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = await call(
            client,
            READ,
            action="find_users",
            query="example",
            limit=7,
            **({"cursor": cursor} if cursor else {}),
        )
        everyone += page.structured_content["items"]
        cursor = page.structured_content.get("next_cursor")
        if not cursor:
            break
    expected = [u for u in sandbox.sandbox.state.directory.users.values() if "example" in u.email]
    assert sorted(u["accountId"] for u in everyone) == sorted(u.account_id for u in expected)


async def test_add_by_email_or_display_name_takes_one_user_search(
    client: Client, sandbox: SandboxServer
) -> None:
    await call(client, WRITE, action="create", name="night-shift")
    agent = next(u for u in sandbox.sandbox.state.directory.users.values() if u.email == "agent@example.com")
    before = dict(sandbox.sandbox.requests)
    added = await call(client, WRITE, action="add_members", group="night-shift", users=["AGENT@example.com"])
    assert added.structured_content["items"][0]["accountId"] == agent.account_id
    assert requests_since(sandbox, before) == {"findJiraUsers": 1, "addUserToJiraGroup": 1}
    by_name = await call(client, WRITE, action="add_members", group="night-shift", users=["avery admin"])
    assert by_name.structured_content["items"][0]["accountId"] == AVERY[1]
    assert await member_ids(client, "night-shift") == {agent.account_id, AVERY[1]}


async def test_unknown_or_inexact_name_is_refused_with_what_to_pass(client: Client) -> None:
    await call(client, WRITE, action="create", name="night-shift")
    result = await client.call_tool(
        WRITE, {"action": "add_members", "group": "night-shift", "users": ["Avery", "Nobody Atall"]}
    )
    assert result.is_error  # every user failed
    assert "No Jira user is exactly 'Avery' (similar: Avery Admin" in text(result)
    assert "No Jira user matches 'Nobody Atall'; pass the account id or email" in text(result)


async def test_adding_a_member_again_is_a_success_saying_already_a_member(
    client: Client, sandbox: SandboxServer
) -> None:
    await call(client, WRITE, action="create", name="night-shift")
    await call(client, WRITE, action="add_members", group="night-shift", users=[AVERY[1]])
    again = await call(
        client, WRITE, action="add_members", group="night-shift", users=[AVERY[1], "agent@example.com"]
    )
    assert "Avery" not in str(again.structured_content["failures"])
    assert again.structured_content["failures"] == []
    statuses = {item["accountId"]: item["status"] for item in again.structured_content["items"]}
    assert statuses[AVERY[1]] == "already a member"
    assert f"{AVERY[1]}) is already a member" in text(again)
    assert text(again).startswith("night-shift: 1 added, 1 already a member, 0 failed.")
    alone = await call(client, WRITE, action="add_members", group="night-shift", users=[AVERY[1]])
    assert not alone.is_error and "already a member" in text(alone)


async def test_remove_members_resolves_display_names_among_members(client: Client) -> None:
    assert AVERY[1] in await member_ids(client, "jira-admins")
    preview = await call(client, DELETE, action="remove_members", group="jira-admins", users=["Avery Admin"])
    assert [m["accountId"] for m in preview.structured_content["preview"]["remove"]] == [AVERY[1]]
    token = preview.structured_content["confirm_token"]
    done = await call(
        client,
        DELETE,
        action="remove_members",
        group="jira-admins",
        users=["Avery Admin"],
        confirm_token=token,
    )
    assert "Removed 1 of 1" in text(done)
    assert AVERY[1] not in await member_ids(client, "jira-admins")


async def test_remove_members_with_a_name_that_is_no_member_says_what_to_pass(client: Client) -> None:
    message = await fails(client, DELETE, action="remove_members", group="jira-admins", users=["Avery"])
    assert "None of Avery is a member of jira-admins" in message
    assert "pass the account id or email" in message


async def test_find_users_with_no_match_says_why_it_may_be_empty(client: Client) -> None:
    found = await call(client, READ, action="find_users", query="zzz-nobody")
    assert found.structured_content["items"] == []
    assert "Browse users and groups" in text(found)
