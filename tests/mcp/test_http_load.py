"""Streamable HTTP, as deployed: the real CLI (`python -m mcp_server --transport http`) in its own process,
pointed at the sandbox.

The client bearer token is enforced (missing or wrong: 401), a wrong Host is refused, a non-loopback bind
without a token is a configuration error; and many concurrent MCP clients making read calls finish with
zero errors. CI runs a reduced load (20 clients x 25 calls); RELIABILITY_FULL=1 runs 50 x 100 (5,000
calls; about 30 s on an idle 2-core machine). Both print throughput and p50/p99 latency, and
RELIABILITY_REPORT=path.json also writes them there.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from reliability_support import Call, Workload, minimal_arguments, text_of, workload_for

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN
from atlassian_people_sandbox.server import free_port
from mcp_server.config import ConfigError, load_settings

TOKEN = "mcp-http-load-token-Vb7Nm2Qw9"
FULL = os.environ.get("RELIABILITY_FULL", "") not in ("", "0", "false")
CLIENTS, CALLS_PER_CLIENT = (50, 100) if FULL else (20, 25)
START_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class HttpServer:
    url: str  # the MCP endpoint
    sandbox_url: str
    logs: tuple[Path, ...]


@contextmanager
def process(args: list[str], port: int, env: dict[str, str], log: Path) -> Iterator[None]:
    """A Python module run as its own process until it listens on port; terminated afterwards."""
    with log.open("w") as output:
        child = subprocess.Popen(
            [sys.executable, *args], cwd=log.parent, env=env, stdout=output, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if child.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{' '.join(args)} did not start:\n{log.read_text()}") from None
                time.sleep(0.05)
        yield
    finally:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


@pytest.fixture(scope="module")
def http_server(mcp_sandbox: SandboxServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpServer]:
    """The CLI serving streamable HTTP on loopback with a client token, as an operator would run it, against
    a sandbox process seeded like the test sandbox (same ids), so neither shares this process' CPU."""
    folder = tmp_path_factory.mktemp("http")  # the working directory: no stray .env is read
    config = mcp_sandbox.sandbox.config
    env = {key: value for key, value in os.environ.items() if not key.startswith(("ATLASSIAN_", "MCP_"))}
    sandbox_port, port = free_port(), free_port()
    sandbox_url = f"http://127.0.0.1:{sandbox_port}"
    # As mcp_support.sandbox_env, for the sandbox process.
    atlassian = {
        "ATLASSIAN_SITE_URL": sandbox_url,
        "ATLASSIAN_CLOUD_ID": config.cloud_id,
        "ATLASSIAN_JSM_OPS_URL": f"{sandbox_url}/jsm/ops/api/{config.cloud_id}",
        "ATLASSIAN_CSM_URL": f"{sandbox_url}/jsm/csm/cloudid/{config.cloud_id}",
        "ATLASSIAN_JIRA_URL": sandbox_url,
        "ATLASSIAN_EMAIL": ADMIN_EMAIL,
        "ATLASSIAN_API_TOKEN": ADMIN_TOKEN,
    }
    sandbox_args = ["-m", "atlassian_people_sandbox", "--port", str(sandbox_port), "--seed", str(config.seed)]
    sandbox_args += ["--seed-size", str(config.seed_size)]
    logs = (folder / "sandbox.log", folder / "server.log")
    with (
        process(sandbox_args, sandbox_port, env, logs[0]),
        process(
            ["-m", "mcp_server", "--transport", "http", "--port", str(port)],
            port,
            env | atlassian | {"MCP_HTTP_TOKEN": TOKEN},
            logs[1],
        ),
    ):
        yield HttpServer(f"http://127.0.0.1:{port}/mcp", sandbox_url, logs)


LIST_TOOLS = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
MCP_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


@pytest.mark.parametrize(
    "authorization", [None, "", "Bearer", "Bearer wrong-token", f"Basic {TOKEN}", f"Bearer {TOKEN}x", TOKEN]
)
def test_the_client_token_is_required(http_server: HttpServer, authorization: str | None) -> None:
    headers = MCP_HEADERS | ({"Authorization": authorization} if authorization is not None else {})
    response = httpx.post(http_server.url, json=LIST_TOOLS, headers=headers, timeout=10)
    assert response.status_code == 401
    assert response.headers.get("www-authenticate") == "Bearer"
    assert TOKEN not in response.text


@pytest.mark.parametrize("host", ["evil.example.com", "127.0.0.1.evil.example.com", "localhost.evil:80"])
def test_a_wrong_host_is_refused(http_server: HttpServer, host: str) -> None:
    headers = MCP_HEADERS | {"Authorization": f"Bearer {TOKEN}", "Host": host}
    response = httpx.post(http_server.url, json=LIST_TOOLS, headers=headers, timeout=10)
    assert response.status_code in (400, 403, 421), response.text


def test_a_non_loopback_bind_needs_a_client_token() -> None:
    base = {"ATLASSIAN_EMAIL": "a@example.com", "ATLASSIAN_API_TOKEN": "t", "ATLASSIAN_CLOUD_ID": "0" * 32}
    for host in ("0.0.0.0", "192.168.1.10", "::", "example.com"):
        with pytest.raises(ConfigError, match="without MCP_HTTP_TOKEN"):
            load_settings(env=base, transport="http", host=host)
        token = {"MCP_HTTP_TOKEN": "x" * 32}
        assert load_settings(env=base | token, transport="http", host=host).http_token
    for host in ("127.0.0.1", "localhost", "::1"):
        assert load_settings(env=base, transport="http", host=host).host == host


# -- load --------------------------------------------------------------------------------------------------


@dataclass
class LoadReport:
    clients: int
    calls: int
    errors: list[str]
    seconds: float
    latencies_ms: list[float]

    @property
    def throughput(self) -> float:
        return self.calls / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "clients": self.clients,
            "calls": self.calls,
            "errors": len(self.errors),
            "seconds": round(self.seconds, 2),
            "throughput_per_s": round(self.throughput, 1),
            "p50_ms": round(self.percentile(0.5), 1),
            "p99_ms": round(self.percentile(0.99), 1),
        }

    def summary(self) -> str:
        return (
            f"streamable HTTP load: {self.clients} clients x {self.calls // max(self.clients, 1)} calls = "
            f"{self.calls} calls in {self.seconds:.1f} s, {len(self.errors)} errors; "
            f"throughput {self.throughput:.0f} calls/s; latency p50 {self.percentile(0.5):.1f} ms, "
            f"p99 {self.percentile(0.99):.1f} ms, mean {statistics.fmean(self.latencies_ms or [0]):.1f} ms"
        )


async def load(url: str, token: str, calls: list[Call], clients: int, per_client: int) -> LoadReport:
    """clients concurrent MCP sessions over streamable HTTP, each making per_client calls (cycling
    through calls, each client from a different starting point)."""
    latencies: list[float] = []
    errors: list[str] = []

    async def client(number: int) -> None:
        http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=60)
        try:
            async with http, Client(streamable_http_client(url, http_client=http)) as session:
                for index in range(per_client):
                    call = calls[(number + index) % len(calls)]
                    started = time.perf_counter()
                    result = await session.call_tool(call.tool.name, call.args)
                    latencies.append((time.perf_counter() - started) * 1000)
                    if result.is_error:
                        errors.append(f"{call.label}: {text_of(result)[:200]}")
        except Exception as exc:  # counted, not raised: the report names every failure
            errors.append(f"client {number}: {type(exc).__name__}: {exc}")

    started = time.perf_counter()
    async with anyio.create_task_group() as group:
        for number in range(clients):
            group.start_soon(client, number)
    return LoadReport(clients, len(latencies), errors, time.perf_counter() - started, latencies)


@pytest.fixture(scope="module")
def read_calls(mcp_sandbox: SandboxServer, http_server: HttpServer) -> list[Call]:
    """Read calls that succeed over HTTP (from the generic workload, so new read tools join in)."""
    workload: Workload = workload_for(mcp_sandbox)
    candidates = [call for call in workload.reads() if call.baseline_ok]
    if not candidates:  # no tool read works with discovered arguments: fall back to each read's minimal
        candidates = [Call(c.tool, c.action, minimal_arguments(c.tool, c.action)) for c in workload.reads()]

    async def probe() -> list[Call]:
        http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        async with http, Client(streamable_http_client(http_server.url, http_client=http)) as session:
            return [
                call
                for call in candidates
                if not (await session.call_tool(call.tool.name, call.args)).is_error
            ]

    working = anyio.run(probe)
    assert working, "no read call works over HTTP"
    return working


def test_concurrent_clients_make_read_calls_without_errors(
    mcp_sandbox: SandboxServer,
    http_server: HttpServer,
    read_calls: list[Call],
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = anyio.run(load, http_server.url, TOKEN, read_calls, CLIENTS, CALLS_PER_CLIENT)
    with capsys.disabled():
        print(f"\n{report.summary()} ({len({call.tool.name for call in read_calls})} read tools)")
    if os.environ.get("RELIABILITY_REPORT"):
        Path(os.environ["RELIABILITY_REPORT"]).write_text(json.dumps(report.as_json(), indent=2) + "\n")
    assert not report.errors, f"{len(report.errors)} errors:\n" + "\n".join(report.errors[:20])
    assert report.calls == CLIENTS * CALLS_PER_CLIENT
    traffic = httpx.get(f"{http_server.sandbox_url}/_sandbox/stats", timeout=10).json()["traffic"]
    assert traffic["serverErrors"] == 0
    for log in http_server.logs:
        assert "Traceback" not in log.read_text(), log.read_text()[-3000:]
