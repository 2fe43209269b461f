"""Child process: print the tools/list of a fastmcp server generated from each of our specs, as JSON.

    python -m bench.fastmcp_tools

It may run in a throwaway venv holding only fastmcp (see figures/tools_list.py), so it imports nothing of
ours but `atlassian_specs`.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from typing import Any

import atlassian_specs

UNUSED_URL = "http://127.0.0.1:9"  # never called: listing only


def main() -> int:
    fastmcp: Any = importlib.import_module("fastmcp")
    httpx2: Any = importlib.import_module("httpx2")

    async def tool_lists() -> dict[str, list[dict[str, Any]]]:
        lists: dict[str, list[dict[str, Any]]] = {}
        for name in atlassian_specs.SPEC_FILES:
            http = httpx2.AsyncClient(base_url=UNUSED_URL)
            server = fastmcp.FastMCP.from_openapi(
                openapi_spec=atlassian_specs.load(name), client=http, name=f"generated-{name}"
            )
            async with fastmcp.Client(server) as client:
                tools = await client.list_tools()
            lists[name] = [tool.model_dump(mode="json", by_alias=True, exclude_none=True) for tool in tools]
            await http.aclose()
        return lists

    print(json.dumps({"version": fastmcp.__version__, "specs": asyncio.run(tool_lists())}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
