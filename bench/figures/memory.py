"""Figure 6: memory: the server's peak RSS, and what reading 10× the records adds, vs the generated client."""

from __future__ import annotations

import asyncio
import gc
import tracemalloc
import urllib.parse
from collections.abc import Awaitable, Callable

from mcp import Client

from .. import targets
from ..clients import PAGE, build_runtime, jsm_ops_direct, read_all_direct, read_all_tool
from ..harness import Scale, Section, kib, ratio
from ..processes import RawStdio, SandboxProcess, clean_env, floor_server_command, our_server_command

TITLE = "Memory"
SIDES = {
    "tool": "through `stakeholders_read` (MCP client and server in one process)",
    "direct": "floor: the generated client",
}


def server_peak_rss(sandbox: SandboxProcess) -> tuple[int, int]:
    """Peak RSS (bytes) of our server process after listing and a few reads, and of the floor server."""
    ours = RawStdio(our_server_command(), clean_env(**sandbox.server_env()))
    try:
        ours.initialize()
        ours.request("tools/list")
        for _ in range(5):
            ours.call("stakeholders_read", {"action": "list", "limit": PAGE})
            ours.call("contacts_read", {"action": "list"})
        our_peak = ours.peak_rss_bytes()
    finally:
        ours.close()
    floor = RawStdio(floor_server_command(), clean_env())
    try:
        floor.initialize()
        floor.request("tools/list")
        floor.call("echo", {"text": "x"})
        floor_peak = floor.peak_rss_bytes()
    finally:
        floor.close()
    return our_peak, floor_peak


def forget_split_urls() -> None:
    """Empty the standard library's cache of the last 128 URLs it split: httpx has every response's URL
    split for its cookie jar, so a long read fills it, yet neither reader keeps anything there."""
    urllib.parse.clear_cache()  # type: ignore[attr-defined]  # long-standing, but not in typeshed


async def traced_reads(
    sandbox: SandboxProcess, points: tuple[int, int]
) -> tuple[dict[str, dict[int, int]], dict[str, dict[int, int]]]:
    """tracemalloc peak (bytes) of reading n records through the tool and with the generated client, and
    what is still allocated after the read and a full garbage collection."""
    runtime = build_runtime(sandbox)
    direct = jsm_ops_direct(sandbox)
    peaks: dict[str, dict[int, int]] = {side: {} for side in SIDES}
    retained: dict[str, dict[int, int]] = {side: {} for side in SIDES}
    try:
        async with Client(runtime.server) as client:
            readers: dict[str, Callable[[int], Awaitable[int]]] = {
                "tool": lambda n: read_all_tool(client, n),
                "direct": lambda n: read_all_direct(direct, n),
            }
            for reader in readers.values():  # warm up: connection pools, caches, lazy imports
                await reader(PAGE)
            for records in points:
                for side, reader in readers.items():
                    forget_split_urls()
                    gc.collect()
                    tracemalloc.start()
                    try:
                        tracemalloc.reset_peak()
                        await reader(records)
                        peaks[side][records] = tracemalloc.get_traced_memory()[1]
                        forget_split_urls()
                        gc.collect()
                        retained[side][records] = tracemalloc.get_traced_memory()[0]
                    finally:
                        tracemalloc.stop()
    finally:
        await direct.get_async_httpx_client().aclose()
        runtime.close()
    return peaks, retained


def measure(section: Section, scale: Scale, sandbox: Callable[[], SandboxProcess]) -> None:
    running = sandbox()
    running.reset(scale.read_records)
    running.latency(0)
    our_peak, floor_peak = server_peak_rss(running)
    small, large = scale.memory_points
    peaks, retained = asyncio.run(traced_reads(running, (small, large)))
    growth = {side: peaks[side][large] - peaks[side][small] for side in SIDES}
    section.tables.append(
        [
            ["process", "peak RSS (VmHWM)"],
            ["our server, every toolset, after tools/list and 10 reads (stdio)", kib(our_peak)],
            ["one-tool MCP server on the same SDK (stdio)", kib(floor_peak)],
        ]
    )
    section.tables.append(
        [
            [
                f"reading stakeholders, {PAGE} per page",
                f"peak, {small:,} records",
                f"peak, {large:,} records",
                "growth",
                "growth vs floor",
                f"left after, {small:,}",
                f"left after, {large:,}",
            ],
            *[
                [
                    label,
                    kib(peaks[side][small]),
                    kib(peaks[side][large]),
                    f"+{kib(growth[side])}",
                    ratio(growth[side], growth["direct"]),
                    kib(retained[side][small]),
                    kib(retained[side][large]),
                ]
                for side, label in SIDES.items()
            ],
        ]
    )
    section.method = (
        "Peak RSS is VmHWM from `/proc/<pid>/status` of the server process, read while it runs (no target: "
        "the server imports more than the one-tool server). The reads are measured with `tracemalloc` in "
        "the reading process (MCP client and server in memory; the sandbox is another process): peak traced "
        "allocation while reading n records page by page, counting the items and keeping none. Growth is "
        f"what the peak adds from {small:,} to {large:,} records; the floor is the generated client's own "
        'growth reading the same pages. "left after" is what is still allocated after the read, '
        "`gc.collect()` and clearing the standard library's cache of the last 128 URLs split "
        "(`urllib.parse.clear_cache()`; httpx has every response's URL split for its cookie jar, so a read "
        "of 100 pages fills it with ~1 KiB per page that neither reader keeps)."
    )
    section.check_ratio(
        f"peak memory growth {small:,} → {large:,} records, vs the generated client's growth",
        growth["tool"],
        growth["direct"],
        targets.MEMORY_GROWTH,
        "bytes",
        "each page's httpx Response holds the page's body in a reference cycle that only the cyclic "
        "garbage collector frees; promoted to the old generation by later collections it waits for a full "
        "one. The server collects the young generations at the end of every tool call (mcp_server/server.py) "
        "so a call's cycles go while they are young; the generated client's reader has no such point.",
    )
    slack = targets.RETAINED_SLACK_BYTES
    section.check(
        f"memory left after reading {large:,} records",
        f"no more than after {small:,} (+{kib(slack)})",
        f"{kib(retained['tool'][small])} → {kib(retained['tool'][large])}",
        retained["tool"][large] <= retained["tool"][small] + slack,
        "something is kept per page read.",
    )
