"""Figure 7: streamable HTTP under load: many MCP clients calling one server process at once."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from typing import Any

import httpx2
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from ..harness import SMALL_SEED, Scale, Section, median, ms, percentile, secs
from ..processes import LOOPBACK, SandboxProcess, clean_env, free_port, our_server_command, stop

TITLE = "Streamable HTTP throughput"


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the HTTP server exited with {process.returncode}")
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            if probe.connect_ex((LOOPBACK, port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"the HTTP server did not listen on {port} within {timeout_s} s")


async def http_load(url: str, clients: int, calls: int) -> tuple[float, list[float], int, list[str]]:
    """(seconds for all calls, latencies, errors, sample error messages) of `clients` concurrent sessions."""
    latencies: list[float] = []
    errors: list[str] = []
    async with contextlib.AsyncExitStack() as stack:
        sessions = []
        for _ in range(clients):
            http = await stack.enter_async_context(httpx2.AsyncClient(timeout=120))
            sessions.append(
                await stack.enter_async_context(Client(streamable_http_client(url, http_client=http)))
            )

        async def work(session: Any) -> None:
            for _ in range(calls):
                started = time.perf_counter()
                try:
                    result = await session.call_tool("contacts_read", {"action": "list"})
                    if result.is_error:
                        errors.append(str(result.content[0].text))
                except Exception as exc:
                    errors.append(f"{type(exc).__name__}: {exc}")
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(work(session) for session in sessions))
        elapsed = time.perf_counter() - started
    return elapsed, latencies, len(errors), errors[:3]


def measure(section: Section, scale: Scale, sandbox: Callable[[], SandboxProcess]) -> None:
    running = sandbox()
    running.reset(SMALL_SEED)
    running.latency(0)
    port = free_port()
    log = tempfile.TemporaryFile()  # noqa: SIM115  (closed below, after the server stops)
    process = subprocess.Popen(
        our_server_command("--transport", "http", "--port", str(port)),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=log,
        env=clean_env(**running.server_env()),
        cwd=tempfile.gettempdir(),
    )
    try:
        wait_for_port(port, process)
        url = f"http://{LOOPBACK}:{port}/mcp"
        if scale.warmup > 5:
            asyncio.run(http_load(url, 2, 5))
        elapsed, latencies, errors, samples = asyncio.run(
            http_load(url, scale.http_clients, scale.http_calls)
        )
    finally:
        stop(process)
        log.close()
    total = scale.http_clients * scale.http_calls
    section.tables.append(
        [
            ["clients × calls", "total time", "throughput", "p50", "p99", "max", "errors"],
            [
                f"{scale.http_clients} × {scale.http_calls} = {total:,}",
                secs(elapsed),
                f"**{total / elapsed:,.0f} calls/s**",
                ms(median(latencies), 1),
                ms(percentile(latencies, 99), 1),
                ms(max(latencies), 1),
                f"**{errors}**",
            ],
        ]
    )
    section.method = (
        "`python -m mcp_server --transport http` (the stateless streamable HTTP app of "
        f"`mcp_server.cli.http_app` under uvicorn, one process) on {LOOPBACK}, pointed at the sandbox (seed "
        f"size {SMALL_SEED}, no injected latency). {scale.http_clients} MCP clients "
        f"(`streamable_http_client`, one connection pool each) connect first, then each makes "
        f"{scale.http_calls} `contacts_read` list calls back to back, all clients at once; time from the "
        "first call to the last answer. Clients, server and sandbox share the machine's cores, so throughput "
        "has no target: only that no call fails."
    )
    section.check(
        "streamable HTTP under load: errors",
        "0",
        str(errors),
        errors == 0,
        f"{errors} calls failed, e.g. {samples}",
    )
