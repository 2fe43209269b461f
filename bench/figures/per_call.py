"""Figure 3: one read call through the tool vs the generated client making the same request directly."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import jsm_ops_client
from jsm_ops_client.api.contacts import list_user_contacts
from jsm_ops_client.api.stakeholders import list_stakeholders
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from .. import targets
from ..clients import build_runtime, call_ok, jsm_ops_direct
from ..harness import SMALL_SEED, Paired, Scale, Section, median, ms, percentile
from ..noop_server import NOOP_ARGUMENTS, NOOP_TOOL, noop_server
from ..processes import SandboxProcess, bench_env, clean_env

if TYPE_CHECKING:
    from mcp_server.server import PeopleServer

TITLE = "Overhead of one read tool call vs the generated client"
IN_MEMORY = "in memory (`mcp.Client(server)`)"
STDIO = "stdio (`python -m mcp_server` subprocess)"


@dataclass(frozen=True)
class ReadCase:
    label: str
    tool: str
    arguments: dict[str, Any]
    direct: Callable[[jsm_ops_client.Client], Awaitable[Any]]


async def contacts(client: jsm_ops_client.Client) -> Any:
    return await list_user_contacts.asyncio_detailed(client=client, offset=0, size=25)


async def stakeholders(client: jsm_ops_client.Client) -> Any:
    return await list_stakeholders.asyncio_detailed(client=client, first=25)


CASES = (
    ReadCase("`contacts_read` list (1 request, 2 records)", "contacts_read", {"action": "list"}, contacts),
    ReadCase(
        "`stakeholders_read` list, limit 25 (1 request, 25 records)",
        "stakeholders_read",
        {"action": "list", "limit": 25},
        stakeholders,
    ),
)


@dataclass
class Measured:
    pairs: list[Paired]
    # The SDK floor: a no-op tool through our own server class on the same transport, called back to back …
    noop: list[float]
    # … and the same call made right after the reads, as each read is made: after waiting on I/O.
    noop_after_io: list[float]
    # In memory only: the same read through our server's call_tool without the MCP round trip, by label.
    server_alone: dict[str, list[float]] = field(default_factory=dict)


async def measure_calls(
    client: Client,
    noop: Client,
    direct: jsm_ops_client.Client,
    calls: int,
    warmup: int,
    server: PeopleServer | None = None,
) -> Measured:
    """Interleaved call by call (tool, [server alone,] direct, …, no-op), so drift in the machine's load
    affects all alike; then the no-op back to back. server (in memory): also time its call_tool directly,
    which splits what the tool adds into our server's own work and the MCP round trip."""
    clock = time.perf_counter
    measured = Measured([Paired(case.label) for case in CASES], [], [])
    for index in range(warmup + calls):
        for case, pair in zip(CASES, measured.pairs, strict=True):
            started = clock()
            await call_ok(client, case.tool, case.arguments)
            tool = clock() - started
            if server is not None:
                started = clock()
                answer = await server.call_tool(case.tool, case.arguments)
                alone = clock() - started
                if getattr(answer, "is_error", True):
                    raise RuntimeError(f"{case.tool} {case.arguments} failed: {answer}")
                if index >= warmup:
                    measured.server_alone.setdefault(case.label, []).append(alone)
            started = clock()
            response = await case.direct(direct)
            direct_time = clock() - started
            if response.status_code != 200:
                raise RuntimeError(f"direct call for {case.label} answered {response.status_code}")
            if index >= warmup:
                pair.add(tool, direct_time)
        started = clock()
        await call_ok(noop, NOOP_TOOL, NOOP_ARGUMENTS)
        if index >= warmup:
            measured.noop_after_io.append(clock() - started)
    for _ in range(calls):
        started = clock()
        await call_ok(noop, NOOP_TOOL, NOOP_ARGUMENTS)
        measured.noop.append(clock() - started)
    return measured


async def in_memory(sandbox: SandboxProcess, scale: Scale) -> Measured:
    runtime = build_runtime(sandbox)
    direct = jsm_ops_direct(sandbox)
    try:
        async with Client(runtime.server) as client, Client(noop_server()) as noop:
            return await measure_calls(
                client, noop, direct, scale.memory_calls, scale.warmup, server=runtime.server
            )
    finally:
        await direct.get_async_httpx_client().aclose()
        runtime.close()


async def over_stdio(sandbox: SandboxProcess, scale: Scale) -> Measured:
    ours = StdioServerParameters(
        command=sys.executable,
        args=["-m", "mcp_server"],
        env=clean_env(**sandbox.server_env()),
        cwd=tempfile.gettempdir(),
    )
    floor = StdioServerParameters(
        command=sys.executable, args=["-m", "bench.noop_server"], env=bench_env(), cwd=tempfile.gettempdir()
    )
    direct = jsm_ops_direct(sandbox)
    try:
        async with contextlib.AsyncExitStack() as stack:
            client = await stack.enter_async_context(Client(ours))
            noop = await stack.enter_async_context(Client(floor))
            return await measure_calls(client, noop, direct, scale.stdio_calls, scale.warmup)
    finally:
        await direct.get_async_httpx_client().aclose()


def split_of_added(added: float, floor: float, after_io: float, server_own: float | None = None) -> str:
    """Where what a read call adds goes: in memory, measured as our server's own work (its call_tool alone
    minus the generated client) and the MCP round trip (the rest); over stdio, the per-call SDK floor and
    the rest."""
    sdk = (
        f"the SDK floor on this transport is {ms(floor)} (a no-op tool through our server class, back to "
        f"back; {ms(after_io)} when called right after I/O as the reads are)"
    )
    if server_own is not None:
        return (
            f"{ms(server_own)} of it is our server's own work beyond the generated client's (its call_tool "
            "timed alone in the same loop: the retrying transport, the slim records, redaction, the text "
            f"rendering, the young-generation collection) and {ms(added - server_own)} the MCP round trip of "
            f"a real result (the SDK's request handling and serializing, the client validating it); {sdk}."
        )
    if added <= floor:
        return (
            f"{sdk}, as much as the tool adds or more: the read's own work is below what this run "
            "resolves on this transport (the floor and the read run in different server processes)."
        )
    return (
        f"{sdk}, and ~{ms(added - floor)} is the rest: writing and reading a real result on the pipes and "
        "the read's own work (the in-memory rows split the latter out)."
    )


def measure(section: Section, scale: Scale, sandbox: Callable[[], SandboxProcess]) -> None:
    running = sandbox()
    running.reset(SMALL_SEED)
    running.latency(0)
    results = {
        IN_MEMORY: asyncio.run(in_memory(running, scale)),
        STDIO: asyncio.run(over_stdio(running, scale)),
    }
    rows = [
        [
            "transport",
            "read",
            "tool median",
            "tool p99",
            "generated client median",
            "generated client p99",
            "added median",
            "added p99",
            "tool / client",
        ]
    ]
    for transport, measured in results.items():
        for pair in measured.pairs:
            rows.append(
                [
                    transport,
                    pair.label,
                    ms(median(pair.ours)),
                    ms(percentile(pair.ours, 99)),
                    ms(median(pair.floor)),
                    ms(percentile(pair.floor, 99)),
                    ms(median(pair.added)),
                    ms(percentile(pair.added, 99)),
                    f"**{pair.ratio:.2f}×**",
                ]
            )
        for pair in measured.pairs:
            alone = measured.server_alone.get(pair.label)
            if alone:
                label = f"{pair.label.split(' (')[0]}: our server's `call_tool` alone (no MCP round trip)"
                rows.append([transport, label, ms(median(alone)), ms(percentile(alone, 99)), *["–"] * 5])
        floors = {
            "SDK floor: no-op tool through our own server class (`bench/noop_server.py`), back to back": (
                measured.noop
            ),
            "the same no-op call made right after the reads (after waiting on I/O)": measured.noop_after_io,
        }
        for label, noop in floors.items():
            rows.append([transport, label, ms(median(noop)), ms(percentile(noop, 99)), *["–"] * 5])
    section.tables.append(rows)
    calls = f"{scale.memory_calls:,} in memory and {scale.stdio_calls:,} over stdio"
    section.method = (
        "The same read done through the tool and directly with the generated client (`jsm_ops_client`, "
        f"async, one pooled connection) against the same sandbox (seed size {SMALL_SEED}, no injected "
        f"latency), interleaved call by call, {calls}, after {scale.warmup} warm-up calls each. The target "
        "is the ratio of the medians, tool / generated client. Added = tool minus generated client, per "
        "interleaved pair, so its p99 is a percentile of the pairs' differences. The SDK floor is a no-op "
        "tool served by our own server class on the same transport, called back to back: what any call "
        "costs before a tool does work; the rest of what is added is the read's own work. The same no-op "
        "called in the loop, right after the reads, shows what resuming after waiting on I/O adds to any "
        "call on this machine. In memory the loop also times our server's `call_tool` alone (no MCP client "
        "or SDK request handling), which splits what the tool adds into our server's own work and the MCP "
        "round trip."
    )
    limits = {IN_MEMORY: targets.READ_CALL_IN_MEMORY, STDIO: targets.READ_CALL_STDIO}
    for transport, measured in results.items():
        short = "in memory" if transport == IN_MEMORY else "stdio"
        floor = median(measured.noop)
        for pair in measured.pairs:
            added = median(pair.added)
            alone = measured.server_alone.get(pair.label)
            server_own = median(alone) - median(pair.floor) if alone else None
            section.check_ratio(
                f"one read call, tool vs generated client, {short}: {pair.label.split(' (')[0]}",
                median(pair.ours),
                median(pair.floor),
                limits[transport],
                "ms",
                f"the tool adds {ms(added)} per call (p99 {ms(percentile(pair.added, 99))}); "
                + split_of_added(added, floor, median(measured.noop_after_io), server_own),
            )
