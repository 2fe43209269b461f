"""Confirm tokens and cursors are signed with one key (issue 8, "Confirmations"): a forged or hand-edited
one is refused with a clear error (never "Internal error"), and MCP_SECRET_KEY lets several server
processes accept each other's."""

from __future__ import annotations

import base64
import json

import pytest
from mcp import Client
from mcp_support import connect, fails, ok

from atlassian_people_sandbox import SandboxServer
from mcp_server.config import ConfigError, load_settings

pytestmark = pytest.mark.anyio

KEY = "k" * 40
LIST = {"action": "list", "limit": 1}


def forged(cursor: str, position: object) -> str:
    """The cursor with its position edited by hand (signature kept)."""
    raw, dot, mac = cursor.rpartition(".")
    if not dot:  # an unsigned cursor
        raw = cursor
    data = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    data["p"] = position
    edited = base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")
    return f"{edited}.{mac}" if dot else edited


async def test_hand_edited_cursor_is_refused_clearly(client: Client) -> None:
    page = await ok(client, "jira_groups_read", LIST)
    cursor = page["next_cursor"]
    assert cursor
    for bad in (forged(cursor, 7), forged(cursor, "9" * 5000), cursor + "x", "%%%"):
        message = await fails(client, "jira_groups_read", **{**LIST, "cursor": bad})
        assert "cursor is not a next_cursor" in message and "Internal error" not in message


async def test_unsigned_cursor_of_the_old_shape_is_refused(client: Client) -> None:
    raw = json.dumps({"s": "jira_groups_read.list", "p": 1000000}).encode()
    unsigned = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    message = await fails(client, "jira_groups_read", **{**LIST, "cursor": unsigned})
    assert "cursor is not a next_cursor" in message


async def test_processes_sharing_mcp_secret_key_accept_each_others_tokens_and_cursors(
    sandbox: SandboxServer,
) -> None:
    arguments = {"action": "delete", "groups": ["EU customers"]}
    async with connect(sandbox, MCP_SECRET_KEY=KEY) as first:
        token = (await ok(first, "stakeholder_groups_delete", arguments))["confirm_token"]
        cursor = (await ok(first, "jira_groups_read", LIST))["next_cursor"]
    async with connect(sandbox, MCP_SECRET_KEY="z" * 40) as stranger:
        assert "does not match" in await fails(
            stranger, "stakeholder_groups_delete", **{**arguments, "confirm_token": token}
        )
        assert "cursor is not" in await fails(stranger, "jira_groups_read", **{**LIST, "cursor": cursor})
    async with connect(sandbox, MCP_SECRET_KEY=KEY) as second:
        await ok(second, "jira_groups_read", {**LIST, "cursor": cursor})
        await ok(second, "stakeholder_groups_delete", {**arguments, "confirm_token": token})
    assert sandbox.sandbox.state.stakeholders.group_by_name("EU customers") is None


@pytest.mark.parametrize("value", ["short", "x" * 31, "has spaces in it but is long enough ok"])
def test_a_weak_or_malformed_mcp_secret_key_is_refused_at_start(value: str) -> None:
    with pytest.raises(ConfigError, match="MCP_SECRET_KEY"):
        load_settings(env={"MCP_SECRET_KEY": value})


def test_mcp_secret_key_is_a_secret() -> None:
    settings = load_settings(env={"MCP_SECRET_KEY": KEY})
    assert KEY in settings.secrets and KEY not in repr(settings)
