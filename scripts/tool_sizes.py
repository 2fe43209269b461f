#!/usr/bin/env python3
"""Print the size of the `tools/list` result per tool and in total, with every toolset enabled.

The whole list is read by the model on every conversation; the budget is 32,000 bytes of JSON
(about 8,000 tokens at ~4 bytes per token).
"""

from __future__ import annotations

import json
import sys
from typing import Any

BUDGET_BYTES = 32_000


def tool_list() -> list[dict[str, Any]]:
    from mcp_server.access import Access
    from mcp_server.clients import ApiClients, Credential, Endpoints
    from mcp_server.config import Settings
    from mcp_server.server import PeopleServer
    from mcp_server.tools import all_tools

    endpoints = Endpoints("http://127.0.0.1/ops", "http://127.0.0.1/csm", "http://127.0.0.1")
    server = PeopleServer(all_tools(), Access(Settings(), None), ApiClients(endpoints, Credential()))
    return [tool.model_dump(mode="json", by_alias=True, exclude_none=True) for tool in server.visible_tools()]


def size(value: Any) -> int:
    return len(json.dumps(value, separators=(",", ":")).encode())


def main() -> int:
    tools = tool_list()
    total = size({"tools": tools})
    width = max(len(tool["name"]) for tool in tools)
    for tool in sorted(tools, key=size, reverse=True):
        print(f"{tool['name']:<{width}}  {size(tool):>6} bytes  ~{size(tool) // 4:>5} tokens")
    print(
        f"{'total':<{width}}  {total:>6} bytes  ~{total // 4:>5} tokens  "
        f"({len(tools)} tools, budget {BUDGET_BYTES})"
    )
    return 0 if total <= BUDGET_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
