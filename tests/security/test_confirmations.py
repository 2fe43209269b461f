"""A confirmation approves exactly what its preview showed (issue 8, "Confirmations").

Each test previews a destructive action, changes what it would act on behind its back (rename, re-create,
add members) and confirms with the token: the confirm must be refused with a fresh preview, and nothing
that was never previewed may change. A token replayed after its change says plainly that it is done.
"""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import call, fails, ok, text

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio

GROUPS_DELETE, GROUPS_WRITE = "stakeholder_groups_delete", "stakeholder_groups_write"


def groups(sandbox: SandboxServer) -> Any:
    return sandbox.sandbox.state.stakeholders


async def preview_token(client: Client, tool: str, arguments: dict[str, Any]) -> str:
    data = await ok(client, tool, arguments)
    assert "confirm_token" in data, data
    return str(data["confirm_token"])


async def test_confirm_after_a_rename_swap_deletes_nothing_and_previews_afresh(
    client: Client, sandbox: SandboxServer
) -> None:
    eu = groups(sandbox).group_by_name("EU customers")
    other = next(g for g in groups(sandbox).groups.values() if g.id != eu.id)
    arguments = {"action": "delete", "groups": ["EU customers"]}
    token = await preview_token(client, GROUPS_DELETE, arguments)
    # Now the name points at the other group.
    await call(client, GROUPS_WRITE, action="update", group=eu.id, name="Renamed away")
    await call(client, GROUPS_WRITE, action="update", group=other.id, name="EU customers")

    refused = await fails(client, GROUPS_DELETE, **arguments, confirm_token=token)
    assert "nothing was changed" in refused and "changed since the preview" in refused
    assert "FRESH PREVIEW" in refused and other.id in refused and "confirm_token=" in refused
    assert eu.id in groups(sandbox).groups and other.id in groups(sandbox).groups


async def test_replayed_token_does_not_delete_a_recreated_group_of_the_same_name(
    client: Client, sandbox: SandboxServer
) -> None:
    arguments = {"action": "delete", "groups": ["EU customers"]}
    token = await preview_token(client, GROUPS_DELETE, arguments)
    await call(client, GROUPS_DELETE, **arguments, confirm_token=token)
    assert groups(sandbox).group_by_name("EU customers") is None

    await call(client, GROUPS_WRITE, action="create", name="EU customers")
    recreated = groups(sandbox).group_by_name("EU customers")
    refused = await fails(client, GROUPS_DELETE, **arguments, confirm_token=token)
    assert "nothing was changed" in refused and recreated.id in refused
    assert groups(sandbox).group_by_name("EU customers") is not None


async def test_replayed_token_after_the_delete_says_it_is_already_done(
    client: Client, sandbox: SandboxServer
) -> None:
    arguments = {"action": "delete", "groups": ["EU customers"]}
    token = await preview_token(client, GROUPS_DELETE, arguments)
    await call(client, GROUPS_DELETE, **arguments, confirm_token=token)
    again = await call(client, GROUPS_DELETE, **arguments, confirm_token=token)
    assert text(again).startswith("Already done, nothing to do")
    assert again.structured_content["already_done"] is True
    # Without a token, a group that does not exist is still an error.
    assert "Not found" in await fails(client, GROUPS_DELETE, **arguments)


async def test_confirm_refused_when_members_joined_the_stakeholder_group_after_the_preview(
    client: Client, sandbox: SandboxServer
) -> None:
    eu = groups(sandbox).group_by_name("EU customers")
    arguments = {"action": "delete", "groups": [eu.id]}
    token = await preview_token(client, GROUPS_DELETE, arguments)
    outsider = next(s for s in groups(sandbox).stakeholders.values() if s.id not in eu.member_ids and s.email)
    await call(client, GROUPS_WRITE, action="add_members", group=eu.id, members=[outsider.email])
    refused = await fails(client, GROUPS_DELETE, **arguments, confirm_token=token)
    assert "nothing was changed" in refused and eu.id in groups(sandbox).groups


async def test_jira_group_previewed_with_no_members_is_not_deleted_after_two_joined(
    client: Client, sandbox: SandboxServer
) -> None:
    await call(client, "jira_groups_write", action="create", name="on-call")
    arguments = {"action": "delete_group", "group": "on-call"}
    data = await ok(client, "jira_groups_delete", arguments)
    assert data["preview"]["members"] == 0
    users = [u.account_id for u in sandbox.sandbox.state.directory.users.values() if u.active][:2]
    await call(client, "jira_groups_write", action="add_members", group="on-call", users=users)
    refused = await fails(client, "jira_groups_delete", **arguments, confirm_token=data["confirm_token"])
    assert "nothing was changed" in refused and "2 members lose it" in refused
    listed = await ok(client, "jira_groups_read", {"action": "members", "group": "on-call"})
    assert len(listed["items"]) == 2


async def test_jira_remove_members_replayed_says_already_done(client: Client) -> None:
    admins = await ok(client, "jira_groups_read", {"action": "members", "group": "jira-administrators"})
    who = admins["items"][0]["accountId"]
    arguments = {"action": "remove_members", "group": "jira-administrators", "users": [who]}
    token = await preview_token(client, "jira_groups_delete", arguments)
    await call(client, "jira_groups_delete", **arguments, confirm_token=token)
    again = await call(client, "jira_groups_delete", **arguments, confirm_token=token)
    assert "Already done" in text(again)


@pytest.mark.parametrize(
    "token",
    [
        "9" * 5000 + ".AAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAA",
        "9" * 5000 + ".x",
        "1.2.3.4",
        "",
        "\u0000\ud7ff",
    ],
)
async def test_forged_or_absurd_confirm_tokens_get_a_clear_error(client: Client, token: str) -> None:
    arguments = {"action": "delete", "groups": ["EU customers"], "confirm_token": token}
    result = await client.call_tool(GROUPS_DELETE, arguments)
    if token:  # an empty token is no token: the call previews
        assert result.is_error and "Internal error" not in text(result)
        assert "malformed" in text(result) and "nothing was changed" in text(result)
    assert not result.is_error or "Internal error" not in text(result)
