"""examples/ run against the sandbox as a developer would run them, and pass mypy --strict."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_OAUTH_TOKEN, ADMIN_TOKEN

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run(example: str, sandbox: SandboxServer, *args: str, oauth: bool = False) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith("ATLASSIAN_")}
    env |= {"ATLASSIAN_SITE_URL": sandbox.url, "ATLASSIAN_API_URL": sandbox.url}
    if oauth:
        env["ATLASSIAN_OAUTH_TOKEN"] = ADMIN_OAUTH_TOKEN
    else:
        env |= {"ATLASSIAN_EMAIL": ADMIN_EMAIL, "ATLASSIAN_API_TOKEN": ADMIN_TOKEN}
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / example), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_list_everything(sandbox: SandboxServer) -> None:
    out = run("list_everything.py", sandbox)
    counts = [int(word) for word in out.split() if word.isdigit()]
    assert len(counts) == 3 and all(count > 0 for count in counts), out


def test_handle_errors(sandbox: SandboxServer) -> None:
    assert run("handle_errors.py", sandbox).startswith("not found: HTTP 404")


def test_bulk_organizations(sandbox: SandboxServer) -> None:
    out = run("bulk_organizations.py", sandbox, "Example A", "Example B", "Example C")
    assert "3 of 3 organizations created in 2 tasks" in out


def test_async_oauth(sandbox: SandboxServer) -> None:
    assert "Jira groups and" in run("async_oauth.py", sandbox, oauth=True)


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.py")))
def test_every_example_is_tested(example: str) -> None:
    assert f"test_{example.removesuffix('.py')}" in globals(), f"{example} has no test here"


def test_examples_pass_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(EXAMPLES)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
