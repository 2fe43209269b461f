"""Figure 4: reading every stakeholder page by page at injected latency, vs the plain httpx + json reader."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from mcp import Client

from .. import targets
from ..clients import (
    PAGE,
    build_runtime,
    jsm_ops_direct,
    raw_http,
    read_all_direct,
    read_all_raw,
    read_all_tool,
)
from ..harness import Scale, Section, median, ms, ratio, secs
from ..processes import SandboxProcess

TITLE = "Reading every stakeholder with 20 ms latency per request"
LABELS = {
    "tool": "`stakeholders_read` list, limit 100, following next_cursor (in-memory MCP client)",
    "direct": "generated client (`jsm_ops_client`), first=100 / after",
    "raw": "floor: plain httpx + `json`, no models",
}


async def timed_reads(
    sandbox: SandboxProcess, records: int, runs: int
) -> dict[str, list[tuple[float, int, int]]]:
    """(seconds, records read, requests the sandbox received) per run and reader, the readers interleaved."""
    runtime = build_runtime(sandbox)
    direct = jsm_ops_direct(sandbox)
    raw = raw_http(sandbox)
    results: dict[str, list[tuple[float, int, int]]] = {side: [] for side in LABELS}
    try:
        async with Client(runtime.server) as client:
            readers: dict[str, Callable[[int], Awaitable[int]]] = {
                "tool": lambda n: read_all_tool(client, n),
                "direct": lambda n: read_all_direct(direct, n),
                "raw": lambda n: read_all_raw(raw, n),
            }
            for reader in readers.values():  # warm the connection pools
                await reader(PAGE)
            for _ in range(runs):
                for side, reader in readers.items():
                    before = sandbox.requests()
                    started = time.perf_counter()
                    count = await reader(records)
                    elapsed = time.perf_counter() - started
                    results[side].append((elapsed, count, (sandbox.requests() - before).total()))
    finally:
        await direct.get_async_httpx_client().aclose()
        await raw.aclose()
        runtime.close()
    return results


def measure(section: Section, scale: Scale, sandbox: Callable[[], SandboxProcess]) -> None:
    running = sandbox()
    running.reset(scale.read_records)
    latency = scale.latency_ms / 1000
    running.latency(scale.latency_ms)
    try:
        results = asyncio.run(timed_reads(running, scale.read_records, scale.read_runs))
        running.latency(0)
        unloaded = asyncio.run(timed_reads(running, scale.read_records, 1))
    finally:
        running.latency(0)
    medians = {side: median([run[0] for run in runs]) for side, runs in results.items()}
    rows = [
        [
            "reader",
            "records",
            "requests",
            "median time",
            "vs plain httpx",
            "requests × latency",
            "per page",
            "no latency",
        ]
    ]
    for side, label in LABELS.items():
        _, count, requests = results[side][0]
        if count != scale.read_records:
            raise RuntimeError(f"{side} read {count} records, expected {scale.read_records}")
        rows.append(
            [
                label,
                f"{count:,}",
                str(requests),
                f"**{secs(medians[side])}**",
                ratio(medians[side], medians["raw"]),
                secs(requests * latency),
                ms(medians[side] / requests, 1),
                secs(unloaded[side][0][0]),
            ]
        )
    section.tables.append(rows)
    section.method = (
        f"Sandbox reset to seed size {scale.read_records:,} ({scale.read_records:,} stakeholders) with "
        f"{scale.latency_ms:g} ms injected per request (`FaultConfig(latency_ms={scale.latency_ms:g})`); "
        f"{PAGE} records per page; the tool is called through an in-memory MCP client; median of "
        f"{scale.read_runs} runs each, the readers interleaved. The floor is the plain httpx + `json` reader "
        "of the same pages: what any Python reader pays for latency, the sandbox's own time per page and "
        'HTTP. Requests are counted by the sandbox. "no latency" is one run without injected latency: the '
        "sandbox's and each reader's own time."
    )
    pages = results["tool"][0][2]
    per_page = {side: unloaded[side][0][0] / pages for side in LABELS}
    section.check_ratio(
        f"read all {scale.read_records:,} stakeholders at {scale.latency_ms:g} ms latency, vs plain httpx",
        medians["tool"],
        medians["raw"],
        targets.READ_ALL,
        "s",
        "per page of 100, measured without injected latency, the plain reader takes "
        f"{ms(per_page['raw'], 1)} (the sandbox rendering 100 stakeholders, HTTP and `json`), the "
        f"generated client {ms(per_page['direct'] - per_page['raw'], 1)} more to parse them into models "
        f"({ratio(medians['direct'], medians['raw'])} of the floor at latency), and the tool, which reads "
        f"the JSON body without models, {ms(per_page['tool'] - per_page['raw'], 1)} more than the plain "
        "reader: checking and slimming the 100 records (about half of it, by profile), the text rendering, "
        "and the MCP round trip of a 100-record result (the SDK validating and serializing it).",
    )
