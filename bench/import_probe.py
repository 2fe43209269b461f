"""Child process: time the imports and build of one server in a fresh interpreter; print them as JSON.

    python -m bench.import_probe ours [--with-gc]
    python -m bench.import_probe sdk [--no-gc]

`ours` times the steps of `python -m mcp_server` up to a built server, as that command takes them: with
the garbage collector paused from before the first import until the server is built (mcp_server.startup)
and the generated endpoint modules deferred to their first use (mcp_server.deferred_imports);
`--with-gc` keeps the collector on throughout, to show what pausing it saves. `sdk` times what the
one-tool floor server imports and builds, with the collector on; `--no-gc` off, to show what collecting
costs it. Only the standard library is imported before the clock starts.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import pkgutil
import sys
import time

GENERATED = ("csm_client", "jira_groups_client", "jsm_ops_client")


def import_endpoint_modules() -> None:
    """Every endpoint module of the three generated clients, as the tool modules import (nearly) all of
    them: deferred as `python -m mcp_server` defers them (each module's code and models load on a tool's
    first call, mcp_server.deferred_imports)."""
    for package in GENERATED:
        api = importlib.import_module(f"{package}.api")
        for found in pkgutil.walk_packages(api.__path__, f"{package}.api."):
            importlib.import_module(found.name)


def main(argv: list[str]) -> int:
    mode, flags = argv[0], argv[1:]
    # ours: what `python -m mcp_server` does first (mcp_server.__main__), unless asked to keep collecting.
    collecting = "--with-gc" in flags if mode == "ours" else "--no-gc" not in flags
    if not collecting:
        gc.disable()
    timings: dict[str, float] = {}
    started = time.perf_counter()
    import mcp.server.mcpserver

    timings["sdk"] = time.perf_counter() - started
    if mode == "ours":
        mark = time.perf_counter()
        from mcp_server.deferred_imports import defer_endpoint_modules

        defer_endpoint_modules()
        import_endpoint_modules()
        timings["generated"] = time.perf_counter() - mark
        mark = time.perf_counter()
        import atlassian_specs

        for name in atlassian_specs.SPEC_FILES:
            atlassian_specs.load(name)
        timings["specs"] = time.perf_counter() - mark
        mark = time.perf_counter()
        from mcp_server.cli import parse_args, settings_from
        from mcp_server.runtime import build
        from mcp_server.startup import starting

        settings = settings_from(parse_args([]), dict(os.environ))
        if collecting:
            build(settings)
        else:
            with starting():
                build(settings)
        timings["ours"] = time.perf_counter() - mark
    else:
        mcp.server.mcpserver.MCPServer(name="probe")
    timings["total"] = time.perf_counter() - started
    print(json.dumps(timings))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
