"""Running the server's real command line as a client or operator would start it: a subprocess."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT_S = 60.0
# Variables of ours or other Atlassian tools that a developer's shell may hold: never inherited by tests.
FOREIGN_PREFIXES = ("ATLASSIAN_", "MCP_", "JIRA_")


def clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(FOREIGN_PREFIXES)}
    env.update(extra or {})
    return env


def run_cli(
    args: list[str], env: Mapping[str, str] | None = None, cwd: Path | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """`python -m mcp_server ARGS` to completion (stdio servers end when stdin closes)."""
    return subprocess.run(
        [sys.executable, "-m", "mcp_server", *args],
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
        cwd=cwd,
        env=clean_env(env),
        input=stdin,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a refused start (exit code 2, no traceback, no banner)."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "streamable HTTP on" not in result.stderr
    return lines[0]


@dataclass
class Served:
    process: subprocess.Popen[str]
    banner: str
    url: str  # the MCP endpoint as the banner prints it

    @property
    def port(self) -> int:
        match = re.search(r":(\d+)/mcp", self.url)
        assert match, self.url
        return int(match.group(1))


@contextmanager
def serve_http(
    args: list[str], env: Mapping[str, str] | None = None, cwd: Path | None = None
) -> Iterator[Served]:
    """`python -m mcp_server --transport http ARGS` until its banner is printed; stopped afterwards."""
    process = subprocess.Popen(
        [sys.executable, "-m", "mcp_server", "--transport", "http", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        env=clean_env(env),
    )
    try:
        assert process.stderr is not None
        lines: list[str] = []
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                raise AssertionError(f"server exited ({process.wait()}):\n{''.join(lines)}")
            lines.append(line)
            if "Stop with Ctrl-C" in line:
                break
        banner = "".join(lines)
        match = re.search(r"streamable HTTP on (\S+/mcp)", banner)
        assert match, banner
        yield Served(process, banner, match.group(1))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
