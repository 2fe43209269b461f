"""Build the wheel and use it the way people who don't clone will: `make check-wheel` (run by .ci/run).

1. The wheel: given by --wheel (make check-wheel passes what `make wheel` built), else built by `pip wheel`.
2. `pipx install` of the wheel, as the README shows (its venv gets the declared dependencies resolved from the
   package index, no lock), so a missing or too narrow declaration fails here.
3. Another fresh venv gets it the way `make run` does: requirements/run.lock with hashes, the wheel without
   dependencies, then `pip check` (the lock satisfies everything the wheel declares).
In each, from an empty folder: `atlassian-people-mcp --help`, then a stdio MCP session against the built-in
sandbox lists the tools and calls one (the specs travel inside the wheel).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs inside the fresh venv: the wheel's own dependencies (mcp) provide the client.
STDIO_SESSION = """
import anyio, sys
from mcp import Client
from mcp.client.stdio import StdioServerParameters, stdio_client

async def main() -> None:
    params = StdioServerParameters(command=sys.argv[1], args=["--sandbox"], env={"PATH": "/usr/bin:/bin"})
    async with Client(stdio_client(params)) as client:
        names = [tool.name for tool in (await client.list_tools()).tools]
        result = await client.call_tool("jira_groups_read", {"action": "find", "query": "jira"})
    assert "jira_groups_read" in names and not result.is_error, (names, result)
    print(f"stdio session: {len(names)} tools, jira_groups_read answered")

anyio.run(main)
"""


def run(command: list[str], cwd: Path, timeout: float = 600) -> str:
    shown = [part if "\n" not in part else "<stdio session>" for part in command]
    print("+", " ".join(shown), flush=True)
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        output = f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        sys.exit(f"failed ({done.returncode}): {' '.join(shown)}\n{output}")
    return done.stdout


def build_wheel(into: Path, given: Path | None) -> Path:
    if given is None:
        run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(into), str(ROOT)],
            cwd=ROOT,
        )
        (given,) = into.glob("atlassian_people_mcp-*.whl")
    wheel = given.resolve()
    names = zipfile.ZipFile(wheel).namelist()
    needed = [
        "mcp_server/cli.py",
        "atlassian_people_sandbox/__init__.py",
        "atlassian_specs/specs/jsm-ops.yaml",
        "jsm_ops_client/client.py",
    ]
    missing = [name for name in needed if name not in names]
    if missing or not any(name.endswith(".dist-info/licenses/LICENSE") for name in names):
        sys.exit(f"{wheel.name} lacks {missing or 'LICENSE'}")
    return wheel


def exercise(venv: Path, command: Path, elsewhere: Path) -> None:
    if "usage: atlassian-people-mcp" not in run([str(command), "--help"], cwd=elsewhere):
        sys.exit("--help printed no usage line")
    print(run([str(venv / "bin" / "python"), "-c", STDIO_SESSION, str(command)], cwd=elsewhere, timeout=120))


def check(work: Path, modes: list[str], given: Path | None) -> None:
    wheel = build_wheel(work / "dist", given)
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    for mode in modes:
        started = time.monotonic()
        if mode == "pipx":
            # pipx's own folders under work/, so the user's pipx installs are never touched.
            os.environ.update(PIPX_HOME=str(work / "pipx"), PIPX_BIN_DIR=str(work / "bin"))
            os.environ.update(PIPX_MAN_DIR=str(work / "man"))
            run([sys.executable, "-m", "pipx", "install", str(wheel)], cwd=elsewhere)
            venv, command = (
                work / "pipx" / "venvs" / "atlassian-people-mcp",
                work / "bin" / "atlassian-people-mcp",
            )
        else:
            venv = work / "venv-locked"
            command = venv / "bin" / "atlassian-people-mcp"
            run([sys.executable, "-m", "venv", str(venv)], cwd=work)
            pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
            run([*pip, "--require-hashes", "-r", str(ROOT / "requirements" / "run.lock")], cwd=elsewhere)
            run([*pip, "--no-deps", str(wheel)], cwd=elsewhere)
            run([str(venv / "bin" / "python"), "-m", "pip", "check"], cwd=elsewhere)
        exercise(venv, command, elsewhere)
        print(f"{mode} install of {wheel.name}: ok in {time.monotonic() - started:.0f} s", flush=True)


def main() -> None:
    layout = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=layout)
    parser.add_argument("--mode", choices=["pipx", "locked"], action="append", help="default: both")
    parser.add_argument("--wheel", type=Path, help="the wheel to check (default: build one)")
    parser.add_argument("--keep", type=Path, help="work here and keep it (default: a temp folder)")
    args = parser.parse_args()
    modes = args.mode or ["pipx", "locked"]
    os.environ.pop("PIP_REQUIRE_VIRTUALENV", None)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        check(args.keep, modes, args.wheel)
    else:
        with tempfile.TemporaryDirectory(prefix="check-wheel-") as work:
            check(Path(work), modes, args.wheel)


if __name__ == "__main__":
    main()
