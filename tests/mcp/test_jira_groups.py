"""jira_groups_read / jira_groups_write / jira_groups_delete end to end against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import call, text

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio


async def members(client: Client, group: str) -> list[dict[str, Any]]:
    page = await call(client, "jira_groups_read", action="members", group=group, limit=100)
    return list(page.structured_content["items"])


async def test_find_list_get_and_members(client: Client) -> None:
    found = await call(client, "jira_groups_read", action="find", query="JIRA")
    names = {item["name"] for item in found.structured_content["items"]}
    assert {"jira-administrators", "jira-software-users"} <= names

    listed: list[str] = []
    cursor = None
    while True:
        arguments: dict[str, Any] = {"action": "list", "limit": 4}
        if cursor:
            arguments["cursor"] = cursor
        page = await call(client, "jira_groups_read", **arguments)
        listed += [item["name"] for item in page.structured_content["items"]]
        cursor = page.structured_content.get("next_cursor")
        if not cursor:
            break
    assert len(listed) == page.structured_content["total"] == len(set(listed))
    assert names <= set(listed)

    named = await call(client, "jira_groups_read", action="list", groups=["jira-admins", "contractors"])
    assert {item["name"] for item in named.structured_content["items"]} == {"jira-admins", "contractors"}

    group = await call(client, "jira_groups_read", action="get", group="jira-admins")
    item = group.structured_content["item"]
    assert item["name"] == "jira-admins" and item["members"] and "avatarUrls" not in item["members"][0]
    by_id = await call(client, "jira_groups_read", action="members", group=item["groupId"])
    assert by_id.structured_content["items"] == await members(client, "jira-admins")


async def test_remove_the_contractors_from_jira_admins(client: Client) -> None:
    current = await members(client, "jira-admins")
    contractors = [m for m in current if "contractors.example.com" in str(m.get("emailAddress"))]
    assert contractors, "the seed puts contractors in jira-admins"
    emails = [m["emailAddress"] for m in contractors]

    preview = await call(
        client, "jira_groups_delete", action="remove_members", group="jira-admins", users=emails
    )
    listed = {m["accountId"] for m in preview.structured_content["preview"]["remove"]}
    assert listed == {m["accountId"] for m in contractors}
    for contractor in contractors:
        assert contractor["accountId"] in text(preview)
    assert len(await members(client, "jira-admins")) == len(current)  # nothing changed yet

    token = preview.structured_content["confirm_token"]
    done = await call(
        client,
        "jira_groups_delete",
        action="remove_members",
        group="jira-admins",
        users=emails,
        confirm_token=token,
    )
    assert f"Removed {len(contractors)} of {len(contractors)}" in text(done)
    remaining = await members(client, "jira-admins")
    assert {m["accountId"] for m in remaining} == {m["accountId"] for m in current} - listed


async def test_create_add_members_by_email_and_account_id_then_delete(
    client: Client, sandbox: SandboxServer
) -> None:
    await call(client, "jira_groups_write", action="create", name="incident-commanders")
    admins = await members(client, "jira-administrators")
    someone = next(
        u
        for u in sandbox.sandbox.state.directory.users.values()
        if u.active and u.account_type == "atlassian" and u.account_id != admins[0]["accountId"]
    )
    added = await call(
        client,
        "jira_groups_write",
        action="add_members",
        group="incident-commanders",
        users=[admins[0]["emailAddress"], someone.account_id, "ghost@example.com"],
    )
    assert [a["accountId"] for a in added.structured_content["items"]] == [
        admins[0]["accountId"],
        someone.account_id,
    ]
    assert [f["user"] for f in added.structured_content.get("failures", [])] == ["ghost@example.com"]
    assert "pass the account id" in added.structured_content.get("failures", [])[0]["error"]
    assert {m["accountId"] for m in await members(client, "incident-commanders")} == {
        admins[0]["accountId"],
        someone.account_id,
    }

    preview = await call(client, "jira_groups_delete", action="delete_group", group="incident-commanders")
    assert preview.structured_content["preview"]["members"] == 2
    token = preview.structured_content["confirm_token"]
    await call(
        client, "jira_groups_delete", action="delete_group", group="incident-commanders", confirm_token=token
    )
    gone = await client.call_tool("jira_groups_read", {"action": "members", "group": "incident-commanders"})
    assert gone.is_error and "Not found" in text(gone) and "action=find" in text(gone)


async def test_duplicate_group_and_non_members_are_reported(client: Client) -> None:
    duplicate = await client.call_tool("jira_groups_write", {"action": "create", "name": "jira-admins"})
    assert duplicate.is_error and "rejected the request" in text(duplicate)
    nobody = await client.call_tool(
        "jira_groups_delete",
        {"action": "remove_members", "group": "jira-admins", "users": ["nobody@example.com"]},
    )
    assert nobody.is_error and "nothing to remove" in text(nobody)
