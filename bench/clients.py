"""In-process clients shared by the figures: our server built against the sandbox, the generated client
beside it, and the three ways of reading every stakeholder (tool, generated client, plain httpx)."""

from __future__ import annotations

from typing import Any

import csm_client
import httpx
import jsm_ops_client
from jsm_ops_client.api.stakeholders import list_stakeholders
from jsm_ops_client.types import UNSET
from mcp import Client

from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN
from mcp_server.config import load_settings
from mcp_server.runtime import Runtime, build

from .processes import SandboxProcess

PAGE = 100  # records per page in every "read everything" loop


def build_runtime(sandbox: SandboxProcess) -> Runtime:
    """Our server, as `python -m mcp_server` builds it, pointed at the sandbox."""
    return build(load_settings(env=sandbox.server_env()))


def jsm_ops_direct(sandbox: SandboxProcess) -> jsm_ops_client.Client:
    """The generated JSM ops client (async use, one pooled connection), as a developer would make it."""
    return jsm_ops_client.Client(
        base_url=sandbox.jsm_ops_url, httpx_args={"auth": httpx.BasicAuth(ADMIN_EMAIL, ADMIN_TOKEN)}
    )


def csm_direct(sandbox: SandboxProcess) -> csm_client.Client:
    return csm_client.Client(
        base_url=sandbox.csm_url, httpx_args={"auth": httpx.BasicAuth(ADMIN_EMAIL, ADMIN_TOKEN)}
    )


def raw_http(sandbox: SandboxProcess) -> httpx.AsyncClient:
    """Plain httpx against the JSM ops API: the floor any reader in Python reaches."""
    return httpx.AsyncClient(base_url=sandbox.jsm_ops_url, auth=httpx.BasicAuth(ADMIN_EMAIL, ADMIN_TOKEN))


async def call_ok(client: Client, name: str, arguments: dict[str, Any]) -> Any:
    result = await client.call_tool(name, arguments)
    if result.is_error:
        raise RuntimeError(f"{name} {arguments} failed: {result.content[0]}")
    return result


async def read_all_tool(client: Client, records: int) -> int:
    """Read up to `records` stakeholders through stakeholders_read list, following next_cursor; items read."""
    cursor: str | None = None
    count = 0
    while count < records:
        arguments: dict[str, Any] = {"action": "list", "limit": PAGE}
        if cursor:
            arguments["cursor"] = cursor
        result = await call_ok(client, "stakeholders_read", arguments)
        data = result.structured_content or {}
        count += len(data.get("items") or [])
        cursor = data.get("next_cursor")
        if not cursor:
            break
    return count


async def read_all_direct(direct: jsm_ops_client.Client, records: int) -> int:
    """The same pages with the generated client (parsed into its models)."""
    after: Any = UNSET
    count = 0
    while count < records:
        page: Any = await list_stakeholders.asyncio(client=direct, first=PAGE, after=after)
        if page is None or not hasattr(page, "connection"):
            raise RuntimeError(f"listStakeholders answered an error: {page!r}")
        connection = page.connection
        count += len(connection.nodes)
        info = connection.page_info
        if not info.has_next_page:
            break
        after = info.end_cursor
    return count


async def read_all_raw(http: httpx.AsyncClient, records: int) -> int:
    """The same pages with plain httpx and json, no models: what the sandbox and HTTP alone cost."""
    params: dict[str, Any] = {"first": PAGE}
    count = 0
    while count < records:
        response = await http.get("/stakeholders/list", params=params)
        response.raise_for_status()
        connection = response.json()["connection"]
        count += len(connection["nodes"])
        if not connection["pageInfo"]["hasNextPage"]:
            break
        params["after"] = connection["pageInfo"]["endCursor"]
    return count
