"""Child process: time the imports and build of one server in a fresh interpreter; print them as JSON.

    python -m bench.import_probe ours|sdk [--no-gc]

`ours` times the steps of `python -m mcp_server` up to a built server; `sdk` what the one-tool floor
server imports and builds. `--no-gc` disables the garbage collector first, to show what collecting costs
during start. Only the standard library is imported before the clock starts.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time


def main(argv: list[str]) -> int:
    mode, no_gc = argv[0], "--no-gc" in argv[1:]
    if no_gc:
        gc.disable()
    timings: dict[str, float] = {}
    started = time.perf_counter()
    import mcp.server.mcpserver

    timings["sdk"] = time.perf_counter() - started
    if mode == "ours":
        mark = time.perf_counter()
        import csm_client.models  # noqa: F401
        import jira_groups_client.models  # noqa: F401
        import jsm_ops_client.models  # noqa: F401

        timings["generated"] = time.perf_counter() - mark
        mark = time.perf_counter()
        import atlassian_specs

        for name in atlassian_specs.SPEC_FILES:
            atlassian_specs.load(name)
        timings["specs"] = time.perf_counter() - mark
        mark = time.perf_counter()
        from mcp_server.cli import parse_args, settings_from
        from mcp_server.runtime import build

        build(settings_from(parse_args([]), dict(os.environ)))
        timings["ours"] = time.perf_counter() - mark
    else:
        mcp.server.mcpserver.MCPServer(name="probe")
    timings["total"] = time.perf_counter() - started
    print(json.dumps(timings))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
