"""scripts/live_check.py (make live-check) against the sandbox over loopback: it refuses without the site's
confirmation, never writes, finds a conforming sandbox conforming, names every drift the sandbox's drift
mode injects, and says which URL layout of the stakeholder operations answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from atlassian_people_sandbox import SandboxConfig, SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN
from atlassian_people_sandbox.drift import DRIFTS

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "live_check.py"


def _serve(**config: Any) -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(seed_size=50, **config)) as server:
        yield server


@pytest.fixture(scope="module")
def plain() -> Iterator[SandboxServer]:
    yield from _serve(validate_responses=True)


@pytest.fixture(scope="module")
def drifted() -> Iterator[SandboxServer]:
    yield from _serve(drift=True)


@pytest.fixture(scope="module")
def openapi_layout() -> Iterator[SandboxServer]:
    yield from _serve(stakeholder_layout="openapi")


def site(server: SandboxServer) -> str:
    return f"{server.host}:{server.port}"


def run(server: SandboxServer, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", ""),
        "ATLASSIAN_SITE_URL": server.url,
        "ATLASSIAN_CLOUD_ID": server.cloud_id,
        "ATLASSIAN_JSM_OPS_URL": server.jsm_ops_url,
        "ATLASSIAN_CSM_URL": server.csm_url,
        "ATLASSIAN_JIRA_URL": server.jira_url,
        "ATLASSIAN_EMAIL": ADMIN_EMAIL,
        "ATLASSIAN_API_TOKEN": ADMIN_TOKEN,
    }
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def report(server: SandboxServer) -> tuple[int, dict[str, Any]]:
    result = run(server, "--yes-this-site", site(server), "--json")
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def by_operation(found: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {entry["operationId"]: entry for entry in found["operations"]}


def test_refuses_without_confirming_the_site(plain: SandboxServer) -> None:
    before = sum(plain.sandbox.requests.values())
    for args in ((), ("--yes-this-site", "your-site.atlassian.net")):
        result = run(plain, *args)
        assert result.returncode == 2
        assert f"--yes-this-site {site(plain)}" in result.stderr and "refusing" in result.stderr
    assert sum(plain.sandbox.requests.values()) == before  # nothing was sent


def test_a_conforming_site_conforms_and_nothing_is_written(plain: SandboxServer) -> None:
    plain.sandbox.reset()
    code, found = report(plain)
    assert code == 0, found
    operations = by_operation(found)
    assert {entry["status"] for entry in operations.values()} == {200, "skipped"}
    assert [name for name, entry in operations.items() if entry["status"] == "skipped"] == ["getTask"]
    assert all(not entry["problems"] for name, entry in operations.items() if name != "getTask")
    assert found["stakeholderLayouts"] == {"reference": 200, "openapi": 404}
    traffic = plain.sandbox.traffic.as_json()
    assert traffic["writesReceived"] == 0 and traffic["serverErrors"] == 0


def test_every_injected_drift_is_named(drifted: SandboxServer) -> None:
    code, found = report(drifted)
    assert code == 1
    operations = by_operation(found)
    for drift in DRIFTS:
        problems = operations[drift.operation_id]["problems"]
        assert any(
            p.startswith(f"{drift.kind} at {drift.location}") and drift.detail in p for p in problems
        ), (drift, problems)
    named = sum(len(entry["problems"]) for entry in operations.values() if entry["status"] != "skipped")
    assert named == len(DRIFTS)  # and nothing else


def test_says_which_stakeholder_layout_answers(openapi_layout: SandboxServer) -> None:
    code, found = report(openapi_layout)
    assert code == 0
    assert found["stakeholderLayouts"] == {"reference": 404, "openapi": 200}
    operations = by_operation(found)
    assert operations["listStakeholders"]["status"] == 200 and operations["listUserContacts"]["status"] == 200
    text = run(openapi_layout, "--yes-this-site", site(openapi_layout)).stdout
    assert "ATLASSIAN_STAKEHOLDER_LAYOUT=openapi" in text
