"""The server as a whole, through a real MCP client against the sandbox: the access filter, confirmation,
error paths, secret hygiene, and the stdio and streamable HTTP transports."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import httpx2
import pytest
import uvicorn
from mcp import Client
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp_support import build_runtime, connect, sandbox_env, text

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import READONLY_OAUTH_TOKEN
from atlassian_people_sandbox.server import free_port
from mcp_server.cli import http_app
from mcp_server.config import load_settings
from mcp_server.runtime import build

pytestmark = pytest.mark.anyio


def names(listed: Any) -> set[str]:
    return {tool.name for tool in listed.tools}


async def test_everything_is_listed_for_an_unscoped_admin(sandbox: SandboxServer) -> None:
    async with connect(sandbox) as client:
        listed = await client.list_tools()
    assert {"jira_groups_read", "jira_groups_write", "jira_groups_delete", "contacts_read"} <= names(listed)
    for tool in listed.tools:
        assert tool.output_schema is not None and tool.annotations is not None
        assert tool.input_schema["additionalProperties"] is False


async def test_read_only_hides_and_refuses_writes_and_deletes(sandbox: SandboxServer) -> None:
    async with connect(sandbox, {"read_only": True}) as client:
        listed = names(await client.list_tools())
        assert listed and all(name.endswith("_read") for name in listed)
        refused = await client.call_tool("jira_groups_write", {"action": "create", "name": "x"})
    assert refused.is_error and "read-only" in text(refused)
    assert "x" not in {g.name for g in sandbox.sandbox.state.jira.groups.values()}  # nothing was created


async def test_toolsets_and_allow_and_deny_lists_filter_listing_and_calls(sandbox: SandboxServer) -> None:
    async with connect(sandbox, {"toolsets": "contacts"}) as client:
        assert names(await client.list_tools()) == {"contacts_read", "contacts_write", "contacts_delete"}
        refused = await client.call_tool("jira_groups_read", {"action": "find", "query": "jira"})
        assert refused.is_error and "toolset jira-groups is not enabled" in text(refused)
    async with connect(sandbox, {"tools": "jira_groups_read"}) as client:
        assert names(await client.list_tools()) == {"jira_groups_read"}
        refused = await client.call_tool("contacts_read", {"action": "list"})
        assert refused.is_error and "not in the operator's allow list" in text(refused)
    async with connect(sandbox, {"exclude_tools": "contacts_read"}) as client:
        assert "contacts_read" not in names(await client.list_tools())
        refused = await client.call_tool("contacts_read", {"action": "list"})
        assert refused.is_error and "excluded by the operator" in text(refused)


async def test_scoped_token_sees_only_actions_its_scopes_allow(sandbox: SandboxServer) -> None:
    scopes = "read:group:jira"
    async with connect(sandbox, ATLASSIAN_SCOPES=scopes) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        assert "jira_groups_write" not in listed and "contacts_read" not in listed
        actions = set(listed["jira_groups_read"].input_schema["properties"]["action"]["enum"])
        assert actions == {"find", "list"}  # get and members also need read:user:jira and read:avatar:jira
        refused = await client.call_tool(
            "jira_groups_read", {"action": "members", "group": "jira-administrators"}
        )
    assert (
        refused.is_error
        and "manage:jira-configuration, or read:avatar:jira + read:user:jira" in text(refused)
        and "not granted" in text(refused)
    )


async def test_oauth_token_scopes_are_discovered_from_accessible_resources(sandbox: SandboxServer) -> None:
    env = sandbox_env(sandbox, ATLASSIAN_EMAIL="", ATLASSIAN_API_TOKEN="")
    env |= {"ATLASSIAN_OAUTH_TOKEN": READONLY_OAUTH_TOKEN, "ATLASSIAN_API_URL": sandbox.url}
    runtime = build(load_settings(env=env))
    try:
        async with Client(runtime.server) as client:
            listed = names(await client.list_tools())
            found = await client.call_tool("jira_groups_read", {"action": "find", "query": "jira"})
    finally:
        runtime.close()
    assert listed and all(name.endswith("_read") for name in listed)
    assert not found.is_error, text(found)


async def test_delete_previews_then_applies_only_with_the_matching_token(sandbox: SandboxServer) -> None:
    async with connect(sandbox) as client:
        created = await client.call_tool("jira_groups_write", {"action": "create", "name": "temp-crew"})
        assert not created.is_error, text(created)
        args = {"action": "delete_group", "group": "temp-crew"}
        preview = await client.call_tool("jira_groups_delete", args)
        assert not preview.is_error and "PREVIEW" in text(preview)
        token = preview.structured_content["confirm_token"]
        still_there = await client.call_tool("jira_groups_read", {"action": "find", "query": "temp-crew"})
        assert "temp-crew" in text(still_there)
        other = await client.call_tool(
            "jira_groups_delete", {**args, "group": "jira-administrators", "confirm_token": token}
        )
        assert other.is_error and "does not match" in text(other)
        done = await client.call_tool("jira_groups_delete", {**args, "confirm_token": token})
        assert not done.is_error, text(done)
        gone = await client.call_tool("jira_groups_read", {"action": "get", "group": "temp-crew"})
    assert gone.is_error and "Not found" in text(gone)


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"action": "explode"}, "is not one of"),
        ({"action": "find", "limit": 1000}, "limit: 1000 is greater than the maximum of 100"),
        ({"action": "find", "surprise": 1}, "is not an argument of"),
        ({"action": "members"}, "action members needs group"),
        ({"action": "find", "query": ["a"]}, "query: ['a'] is not of type 'string'"),
        ({"action": "members", "group": "g", "cursor": "not-a-cursor"}, "call again without cursor"),
    ],
)
async def test_invalid_arguments_get_an_error_that_says_what_is_wrong(
    client: Client, arguments: dict[str, Any], expected: str
) -> None:
    result = await client.call_tool("jira_groups_read", arguments)
    assert result.is_error and expected in text(result)


async def test_unknown_tool_lists_the_available_ones(client: Client) -> None:
    result = await client.call_tool("jira_groups_nuke", {})
    assert (
        result.is_error
        and "Unknown tool 'jira_groups_nuke'" in text(result)
        and "jira_groups_read" in text(result)
    )


async def test_wrong_credentials_become_an_actionable_message_without_the_secret(
    sandbox: SandboxServer,
) -> None:
    async with connect(sandbox, ATLASSIAN_API_TOKEN="wrong-secret-value") as client:
        result = await client.call_tool("jira_groups_read", {"action": "find", "query": "jira"})
    assert result.is_error and "rejected the credentials" in text(result)
    assert "ATLASSIAN_EMAIL=admin@example.com" in text(result) and "wrong-secret-value" not in text(result)


async def test_missing_product_permission_names_it(sandbox: SandboxServer) -> None:
    async with connect(
        sandbox, ATLASSIAN_EMAIL="customer@example.com", ATLASSIAN_API_TOKEN="sandbox-customer-token"
    ) as client:
        result = await client.call_tool("jira_groups_write", {"action": "create", "name": "nope"})
    assert result.is_error and "Forbidden" in text(result) and "Site administration" in text(result)


async def test_rate_limits_are_retried_then_reported(sandbox: SandboxServer) -> None:
    sandbox.sandbox.faults.reconfigure(sandbox.sandbox.faults.config.__class__(rate_429=1.0, retry_after_s=0))
    try:
        async with connect(sandbox) as client:
            result = await client.call_tool("jira_groups_read", {"action": "find", "query": "jira"})
        assert result.is_error and "Rate limited" in text(result)
        assert sandbox.sandbox.faults.counts["429"] >= 2  # retried before giving up
    finally:
        sandbox.sandbox.faults.reconfigure(sandbox.sandbox.faults.config.__class__())


async def test_server_errors_are_reported_and_the_server_survives(sandbox: SandboxServer) -> None:
    sandbox.sandbox.faults.reconfigure(sandbox.sandbox.faults.config.__class__(rate_5xx=1.0))
    try:
        async with connect(sandbox) as client:
            failed = await client.call_tool("contacts_read", {"action": "list"})
            sandbox.sandbox.faults.reconfigure(sandbox.sandbox.faults.config.__class__())
            recovered = await client.call_tool("contacts_read", {"action": "list"})
    finally:
        sandbox.sandbox.faults.reconfigure(sandbox.sandbox.faults.config.__class__())
    assert failed.is_error and "unavailable" in text(failed)
    assert not recovered.is_error, text(recovered)


# -- transports ---------------------------------------------------------------------------------------------


async def test_stdio_transport_serves_a_tool_call(sandbox: SandboxServer) -> None:
    env = {**os.environ, **sandbox_env(sandbox)}
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "mcp_server", "--transport", "stdio"], env=env
    )
    async with Client(stdio_client(params)) as client:
        listed = await client.list_tools()
        result = await client.call_tool("jira_groups_read", {"action": "find", "query": "jira"})
    assert "jira_groups_read" in names(listed)
    assert not result.is_error and "jira" in text(result)


@pytest.fixture
def http_server(mcp_sandbox: SandboxServer) -> Iterator[str]:
    port = free_port()
    runtime = build_runtime(mcp_sandbox, {"transport": "http", "port": port}, MCP_HTTP_TOKEN="client-token")
    server = uvicorn.Server(
        uvicorn.Config(http_app(runtime), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}/mcp"
    server.should_exit = True
    thread.join(timeout=5)
    runtime.close()


async def test_streamable_http_requires_the_client_token_and_serves_calls(http_server: str) -> None:
    from mcp.client.streamable_http import streamable_http_client

    async with httpx.AsyncClient() as plain:
        denied = await plain.post(http_server, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
        assert denied.status_code == 401
        wrong_host = await plain.post(
            http_server,
            json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
            headers={"Authorization": "Bearer client-token", "Host": "evil.example.com"},
        )
        assert wrong_host.status_code in (400, 403, 421)
    # The MCP SDK's HTTP transport is built on httpx2.
    authorised = httpx2.AsyncClient(headers={"Authorization": "Bearer client-token"})
    async with authorised, Client(streamable_http_client(http_server, http_client=authorised)) as client:
        result = await client.call_tool("jira_groups_read", {"action": "find", "query": "jira"})
    assert not result.is_error and "jira" in text(result)


def test_refuses_a_non_loopback_bind_without_a_client_token() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mcp_server", "--transport", "http", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=60,
        env={key: value for key, value in os.environ.items() if not key.startswith(("ATLASSIAN_", "MCP_"))},
    )
    assert result.returncode == 2 and "without MCP_HTTP_TOKEN" in result.stderr


async def test_an_action_in_another_toolset_follows_that_toolset(sandbox: SandboxServer) -> None:
    # The catalog tools hold products and entitlements; entitlement actions follow --toolsets entitlements.
    async with connect(sandbox, {"toolsets": "products"}) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        read_actions = set(listed["csm_catalog_read"].input_schema["properties"]["action"]["enum"])
        refused = await client.call_tool(
            "csm_catalog_read", {"action": "get_entitlement", "entitlement": "e-1"}
        )
    assert read_actions == {"list_products", "get_product"}
    assert refused.is_error and "toolset entitlements" in text(refused)
    async with connect(sandbox, {"toolsets": "entitlements"}) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert set(listed["csm_catalog_read"].input_schema["properties"]["action"]["enum"]) == {
        "get_entitlement",
        "list_entitlements",
    }


async def test_a_client_that_can_ask_the_person_gets_asked_instead_of_a_token(sandbox: SandboxServer) -> None:
    from mcp.client.session import ClientRequestContext
    from mcp_types import ElicitRequestParams, ElicitResult

    from mcp_server.runtime import build

    questions: list[str] = []
    answer = {"action": "decline"}

    async def person(context: ClientRequestContext, params: ElicitRequestParams) -> ElicitResult:
        questions.append(str(getattr(params, "message", "")))
        if answer["action"] == "accept":
            return ElicitResult(action="accept", content={"confirm": True})
        return ElicitResult(action="decline")

    runtime = build(load_settings(env=sandbox_env(sandbox)))
    try:
        async with Client(runtime.server, elicitation_callback=person) as client:
            await client.call_tool("jira_groups_write", {"action": "create", "name": "ask-first"})
            arguments = {"action": "delete_group", "group": "ask-first"}
            declined = await client.call_tool("jira_groups_delete", arguments)
            assert declined.is_error and "Not confirmed" in text(declined)
            still = await client.call_tool("jira_groups_read", {"action": "find", "query": "ask-first"})
            assert "ask-first" in text(still)
            answer["action"] = "accept"
            accepted = await client.call_tool("jira_groups_delete", arguments)
    finally:
        runtime.close()
    assert not accepted.is_error and "Deleted group ask-first" in text(accepted)
    assert len(questions) == 2 and "Delete Jira group ask-first" in questions[0]
