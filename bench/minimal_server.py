"""The cold-start floor: a minimal MCP server with one tool on the same SDK as ours, over stdio.

`scripts/bench.py` starts it as a subprocess and times process start → first `tools/list` answered; it is
also the no-op tool whose in-memory round trip shows what the SDK alone costs per call.
"""

from __future__ import annotations

from mcp.server.mcpserver import MCPServer

server = MCPServer(name="bench-floor")


@server.tool()
def echo(text: str) -> str:
    """Return text unchanged."""
    return text


if __name__ == "__main__":
    server.run("stdio")
