#!/usr/bin/env python3
"""`make demo`: a short, readable session with the server through a real MCP client, against the sandbox.

The server runs as a subprocess over stdio exactly as a desktop client would start it (no credentials, so
in sandbox mode): list the tools, find the stakeholders of an incident, create an organization profile,
then preview a delete and confirm it.
"""

from __future__ import annotations

import os
import sys
import textwrap
from typing import Any

import anyio
from mcp import Client
from mcp.client.stdio import StdioServerParameters, stdio_client

INCIDENT = "INC-3"
ORGANIZATION = "Demo Robotics GmbH"


def show(title: str, result: Any) -> None:
    print(f"\n── {title}")
    body = result.content[0].text if result.content else ""
    marker = "  (error)" if result.is_error else ""
    print(textwrap.indent(body, "   ") + marker)


async def step(client: Client, title: str, tool: str, arguments: dict[str, Any]) -> Any:
    print(f"\n>> {tool} {arguments}")
    result = await client.call_tool(tool, arguments)
    show(title, result)
    if result.is_error:
        raise SystemExit(f"demo step failed: {tool}")
    return result


async def main() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("ATLASSIAN_", "MCP_"))}
    server = StdioServerParameters(command=sys.executable, args=["-m", "mcp_server", "--sandbox"], env=env)
    async with Client(stdio_client(server)) as client:
        tools = (await client.list_tools()).tools
        print(f"── {len(tools)} tools")
        for tool in tools:
            hint = "read" if tool.annotations and tool.annotations.read_only_hint else "write"
            if tool.annotations and tool.annotations.destructive_hint:
                hint = "delete, confirms first"
            print(f"   {tool.name:<28} {hint}")

        await step(
            client,
            f"Stakeholders of {INCIDENT}",
            "stakeholders_read",
            {"action": "by_incident", "incident": INCIDENT},
        )
        await step(
            client,
            "Create an organization profile",
            "csm_organizations_write",
            {
                "action": "create",
                "organizations": [{"name": ORGANIZATION, "details": [{"field": "Region", "values": ["EU"]}]}],
            },
        )
        arguments = {"action": "delete", "organizations": [ORGANIZATION]}
        preview = await step(client, "Delete it: first call previews", "csm_organizations_delete", arguments)
        token = preview.structured_content["confirm_token"]
        await step(
            client,
            "Second call with the confirm_token applies it",
            "csm_organizations_delete",
            {**arguments, "confirm_token": token},
        )
        gone = await client.call_tool(
            "csm_organizations_read", {"action": "get", "organizations": [ORGANIZATION]}
        )
        show("Reading it again: gone", gone)


if __name__ == "__main__":
    anyio.run(main)
