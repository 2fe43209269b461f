"""The per-call SDK floor: our own server class (`PeopleServer`) serving one tool that does nothing.

A call to it costs what the SDK's request handling and our server's fixed path (argument validation, the
access check, redaction of a tiny result) cost before any API is called, so a real read's extra time over
the generated client splits into this floor and the read's own work. Run as `python -m bench.noop_server`
it serves stdio.
"""

from __future__ import annotations

from typing import Any

from mcp_server.access import Access
from mcp_server.calls import ToolCall
from mcp_server.clients import ApiClients, Credential, Endpoints
from mcp_server.config import TOOLSETS, Settings
from mcp_server.registry import Action, Effect, ToolDef, ToolResult
from mcp_server.server import PeopleServer

NOOP_TOOL = "noop"
NOOP_ARGUMENTS: dict[str, Any] = {"text": "x"}


async def echo(call: ToolCall) -> ToolResult:
    text = str(call.arg("text", ""))
    return ToolResult({"item": {"text": text}}, text)


def noop_server() -> PeopleServer:
    tool = ToolDef(
        name=NOOP_TOOL,
        toolset=TOOLSETS[0],
        effect=Effect.READ,
        title="No-op",
        description="Return text unchanged.",
        actions=(Action("echo", (), echo, optional=("text",)),),
        properties={"text": {"type": "string"}},
    )
    unused = "http://127.0.0.1:9"  # never called: the tool makes no request
    apis = ApiClients(Endpoints(unused, unused, unused), Credential())
    return PeopleServer([tool], Access(Settings(), None), apis)


if __name__ == "__main__":
    noop_server().run("stdio")
