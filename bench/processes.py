"""The processes a figure talks to: the sandbox, MCP servers over stdio, and the clients that call them.

Everything talks only to 127.0.0.1. Child processes start in the temp directory, so no `.env` file of the
working tree is read, with an environment cleared of Atlassian and MCP settings.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import httpx

from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN

ROOT = Path(__file__).resolve().parent.parent
FLOOR_SERVER = ROOT / "bench" / "minimal_server.py"
LOOPBACK = "127.0.0.1"
PROTOCOL_VERSION = "2025-06-18"


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without Atlassian or MCP settings, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ATLASSIAN_", "MCP_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # servers start from byte code, as an installed wheel does
    env.update(extra)
    return env


def bench_env(**extra: str) -> dict[str, str]:
    """clean_env for a child running one of this package's modules (`python -m bench.…`) from the temp dir."""
    paths = [str(ROOT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return clean_env(PYTHONPATH=os.pathsep.join(paths), **extra)


def bench_command(module: str, *args: str, python: str = sys.executable) -> list[str]:
    return [python, "-m", f"bench.{module}", *args]


def our_server_command(*flags: str) -> list[str]:
    return [sys.executable, "-m", "mcp_server", *flags]


def floor_server_command() -> list[str]:
    return [sys.executable, str(FLOOR_SERVER)]


def compile_bytecode() -> None:
    """Write the byte-code caches of the project's packages (an installed wheel ships them compiled; this
    environment may set PYTHONDONTWRITEBYTECODE), so no figure measures compiling source."""
    folders = [
        str(ROOT / name)
        for name in (
            "mcp_server",
            "generated",
            "atlassian_specs",
            "atlassian_people_runtime",
            "atlassian_people_sandbox",
            "bench",
        )
    ]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *folders], check=True, stdout=subprocess.DEVNULL
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def stop(process: subprocess.Popen[bytes] | None) -> None:
    """End a child we started: close its stdin (if it has one), then terminate, then kill."""
    if process is None or process.poll() is not None:
        return
    try:
        if process.stdin is None:
            raise subprocess.TimeoutExpired(process.args, 0)
        with contextlib.suppress(OSError):
            process.stdin.close()
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class SandboxProcess:
    """The sandbox served by uvicorn in a child process (so its work shares no GIL with what is measured),
    driven over its /_sandbox control API."""

    def __init__(self, seed_size: int) -> None:
        self.seed_size = seed_size
        self.url = ""
        self.cloud_id = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def __enter__(self) -> SandboxProcess:
        self._log = tempfile.TemporaryFile()
        self._process = subprocess.Popen(
            bench_command("sandbox_child", "--seed-size", str(self.seed_size)),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=bench_env(),
            cwd=tempfile.gettempdir(),
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"the sandbox process did not start: {self.log_tail()}")
        started = json.loads(line)
        self.url, self.cloud_id = started["url"], started["cloud_id"]
        self.http = httpx.Client(base_url=self.url, timeout=300)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.http.close()
        stop(self._process)
        if self._log is not None:
            self._log.close()

    def log_tail(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")[-2000:]

    @property
    def jsm_ops_url(self) -> str:
        return f"{self.url}/jsm/ops/api/{self.cloud_id}"

    @property
    def csm_url(self) -> str:
        return f"{self.url}/jsm/csm/cloudid/{self.cloud_id}"

    def server_env(self) -> dict[str, str]:
        """Settings that point the MCP server at this sandbox as if it were Atlassian (not --sandbox mode)."""
        return {
            "ATLASSIAN_SITE_URL": self.url,
            "ATLASSIAN_CLOUD_ID": self.cloud_id,
            "ATLASSIAN_JSM_OPS_URL": self.jsm_ops_url,
            "ATLASSIAN_CSM_URL": self.csm_url,
            "ATLASSIAN_JIRA_URL": self.url,
            "ATLASSIAN_EMAIL": ADMIN_EMAIL,
            "ATLASSIAN_API_TOKEN": ADMIN_TOKEN,
        }

    def reset(self, seed_size: int, force: bool = False) -> None:
        """Back to fresh seed data of `seed_size` (skipped when already at that size, unless `force`)."""
        if force or seed_size != self.seed_size:
            self.http.post("/_sandbox/reset", json={"seedSize": seed_size}).raise_for_status()
            self.seed_size = seed_size

    def latency(self, latency_ms: float) -> None:
        self.http.post("/_sandbox/faults", json={"latency_ms": latency_ms}).raise_for_status()

    def stats(self) -> dict[str, Any]:
        response = self.http.get("/_sandbox/stats")
        response.raise_for_status()
        stats: dict[str, Any] = response.json()
        return stats

    def requests(self) -> Counter[str]:
        return Counter(self.stats().get("requests", {}))


class RawStdio:
    """A bare newline-delimited JSON-RPC client of an MCP server process (no SDK on this side)."""

    def __init__(self, command: list[str], env: dict[str, str], timeout_s: float = 120.0) -> None:
        self.started = time.perf_counter()
        self._log = tempfile.TemporaryFile()  # noqa: SIM115  (closed in close())
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=env,
            cwd=tempfile.gettempdir(),
        )
        self._next_id = 0
        self._watchdog = threading.Timer(timeout_s, self.process.kill)
        self._watchdog.daemon = True
        self._watchdog.start()

    def _send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(message).encode() + b"\n")
        self.process.stdin.flush()

    def request(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"jsonrpc": "2.0", "id": self._next_id, "method": method}
        if params is not None:
            message["params"] = params
        self._send(message)
        assert self.process.stdout is not None
        while True:
            line = self.process.stdout.readline()
            if not line:
                self._log.seek(0)
                tail = self._log.read().decode(errors="replace")[-2000:]
                raise RuntimeError(f"{self.process.args!r} closed stdout during {method}: {tail}")
            answer: dict[str, Any] = json.loads(line)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method} failed: {answer['error']}")
                return answer

    def initialize(self) -> None:
        self.request(
            "initialize",
            {
                "protocolVersion": PROTOCOL_VERSION,
                "capabilities": {},
                "clientInfo": {"name": "bench", "version": "0"},
            },
        )
        self._send({"jsonrpc": "2.0", "method": "notifications/initialized"})

    def call(self, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = self.request("tools/call", {"name": name, "arguments": arguments})["result"]
        if result.get("isError"):
            raise RuntimeError(f"{name} failed: {result['content'][0]['text']}")
        return result

    def peak_rss_bytes(self) -> int:
        """VmHWM: the process's peak resident set size so far."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
        raise RuntimeError("no VmHWM in /proc/<pid>/status")

    def close(self) -> None:
        self._watchdog.cancel()
        stop(self.process)
        self._log.close()
