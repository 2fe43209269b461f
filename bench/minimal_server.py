"""The cold-start floor: a minimal MCP server with one tool on the same SDK as ours, over stdio.

`python -m bench` starts it as a subprocess and times process start → first `tools/list` answered. (The
per-call floor is another server: a no-op tool through our own server class, bench/noop_server.py.)
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
