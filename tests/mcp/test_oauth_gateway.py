"""With an OAuth token the server reaches Jira through https://api.atlassian.com/ex/jira/{cloudId}, as live;
the sandbox serves that path, so this layout is what the tests exercise."""

from __future__ import annotations

import pytest
from mcp import Client
from mcp_support import sandbox_env, text

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import ADMIN_OAUTH_TOKEN
from mcp_server.config import load_settings
from mcp_server.runtime import build

pytestmark = pytest.mark.anyio


async def test_oauth_reaches_jira_through_the_gateway_path(sandbox: SandboxServer) -> None:
    env = sandbox_env(sandbox, ATLASSIAN_EMAIL="", ATLASSIAN_API_TOKEN="", ATLASSIAN_JIRA_URL="")
    env |= {"ATLASSIAN_OAUTH_TOKEN": ADMIN_OAUTH_TOKEN, "ATLASSIAN_API_URL": sandbox.url}
    runtime = build(load_settings(env=env))
    try:
        assert runtime.endpoints.jira == f"{sandbox.url}/ex/jira/{sandbox.cloud_id}"
        async with Client(runtime.server) as client:
            found = await client.call_tool("jira_groups_read", {"action": "list"})
    finally:
        runtime.close()
    assert not found.is_error, text(found)
    assert "jira-administrators" in text(found)


async def test_sandbox_mode_with_an_oauth_token_uses_the_gateway_path_too() -> None:
    runtime = build(load_settings(env={"ATLASSIAN_OAUTH_TOKEN": ADMIN_OAUTH_TOKEN}, sandbox=True))
    try:
        assert "/ex/jira/" in runtime.endpoints.jira
        async with Client(runtime.server) as client:
            found = await client.call_tool("jira_groups_read", {"action": "find", "query": "jira"})
    finally:
        runtime.close()
    assert not found.is_error, text(found)
