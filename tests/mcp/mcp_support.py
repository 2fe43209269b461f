"""Helpers for MCP server tests: build the server from real settings, pointed at a live sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from mcp import Client

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN
from mcp_server.config import load_settings
from mcp_server.runtime import Runtime, build


def sandbox_env(server: SandboxServer, **overrides: str) -> dict[str, str]:
    """Settings that point the MCP server at this sandbox as if it were Atlassian (not --sandbox mode)."""
    env = {
        "ATLASSIAN_SITE_URL": server.url,
        "ATLASSIAN_CLOUD_ID": server.cloud_id,
        "ATLASSIAN_JSM_OPS_URL": server.jsm_ops_url,
        "ATLASSIAN_CSM_URL": server.csm_url,
        "ATLASSIAN_JIRA_URL": server.jira_url,
        "ATLASSIAN_EMAIL": ADMIN_EMAIL,
        "ATLASSIAN_API_TOKEN": ADMIN_TOKEN,
    }
    env.update(overrides)
    return {key: value for key, value in env.items() if value}


def build_runtime(server: SandboxServer, flags: dict[str, Any] | None = None, **env: str) -> Runtime:
    return build(load_settings(env=sandbox_env(server, **env), **(flags or {})))


@asynccontextmanager
async def connect(
    server: SandboxServer, flags: dict[str, Any] | None = None, **env: str
) -> AsyncIterator[Client]:
    """An MCP client session with a server built from these settings (default: admin, everything on)."""
    runtime = build_runtime(server, flags, **env)
    try:
        async with Client(runtime.server) as client:
            yield client
    finally:
        runtime.close()


def text(result: Any) -> str:
    """The text content of a tool result."""
    return str(result.content[0].text)


async def call(client: Client, tool: str, **arguments: Any) -> Any:
    """Call a tool that must succeed; the assertion shows its error text otherwise."""
    result = await client.call_tool(tool, arguments)
    assert not result.is_error, text(result)
    return result


async def fails(client: Client, tool: str, **arguments: Any) -> str:
    """Call a tool that must fail, and return its error text."""
    result = await client.call_tool(tool, arguments)
    assert result.is_error, text(result)
    return text(result)


async def ok(client: Client, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """Call a tool that must succeed and return its structured content."""
    result = await client.call_tool(tool, arguments)
    assert not result.is_error, text(result)
    assert result.structured_content is not None
    return dict(result.structured_content)


async def fails_with(client: Client, tool: str, arguments: dict[str, Any], *expected: str) -> str:
    """Call a tool that must fail with every one of expected in its error text; return that text."""
    result = await client.call_tool(tool, arguments)
    assert result.is_error, text(result)
    for part in expected:
        assert part in text(result), text(result)
    return text(result)


async def every_page(client: Client, tool: str, arguments: dict[str, Any]) -> list[dict[str, Any]]:
    """All items of a listing, following next_cursor to the end."""
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(100):
        data = await ok(client, tool, arguments | ({"cursor": cursor} if cursor else {}))
        items += data["items"]
        cursor = data.get("next_cursor")
        if not cursor:
            return items
    raise AssertionError("paging did not end")


def csm_stats(server: SandboxServer) -> dict[str, int]:
    """The sandbox's CSM counters (items applied, replays, …), to prove nothing was applied twice."""
    counts: dict[str, int] = server.sandbox.state.stats()["csm"]
    return counts


def detail(profile: dict[str, Any], name: str) -> list[str]:
    """The values of one detail field in a CSM profile ([] when unset)."""
    for entry in profile.get("details") or []:
        if entry["name"] == name:
            return list(entry["value"]["text"])
    return []
