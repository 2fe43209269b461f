"""scripts/audit.py (`make audit`): audits where a vulnerability database answers, says so where none does.

The databases are played by a loopback server: OSV's query API, or a package mirror whose per-release JSON
answers 404 (what this project's CI machines reach).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "audit.py"
LOCK = """\
idna==3.1 \\
    --hash=sha256:5205d03e7bcbb919cc9c19885f9920d622ca52448306f2377daede5cf3faac16
sniffio==1.3.1 \\
    --hash=sha256:2f6da418d1f1e0fddd844478f41680e794e6051915791a034ff65e5f100525a2
"""
ADVISORY = {
    "id": "PYSEC-2021-TEST",
    "aliases": ["CVE-2021-TEST"],
    "summary": "idna: quadratic time on long labels",
    "affected": [
        {
            "package": {"name": "idna", "ecosystem": "PyPI"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.7"}]}],
        }
    ],
}


class FakeDatabases(BaseHTTPRequestHandler):
    """OSV's POST /v1/query (idna is vulnerable; like OSV, `{}` for a clean release); 404 for anything else,
    as a package mirror answers a per-release JSON request."""

    queries: list[str] = []  # noqa: RUF012  (shared by the handler threads on purpose)

    def do_POST(self) -> None:
        if self.path != "/v1/query":
            self.send_error(404)
            return
        query = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        name = query["package"]["name"]
        self.queries.append(name)
        body = {"vulns": [ADVISORY]} if name in ("idna", "jinja2") else {}
        payload = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:
        self.send_error(404)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def databases() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeDatabases)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeDatabases.queries.clear()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def audit(tmp_path: Path, osv_url: str, pypi_url: str, lock: str = LOCK) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test.lock").write_text(lock, encoding="utf-8")
    environment = {"PATH": "/usr/bin:/bin", "AUDIT_OSV_URL": osv_url, "AUDIT_PYPI_URL": pypi_url}
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "test.lock")],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=tmp_path,
    )


def test_nothing_reachable_says_so_quickly_and_is_not_a_pass(tmp_path: Path) -> None:
    closed = "http://127.0.0.1:9"  # discard port: nothing listens there
    started = time.monotonic()
    done = audit(tmp_path, f"{closed}/v1/query", closed)
    assert time.monotonic() - started < 30
    assert done.returncode == 3, done.stdout + done.stderr
    assert "no vulnerability database is reachable from this machine, so nothing was audited" in done.stdout
    assert f"OSV at {closed}/v1/query: not reachable" in done.stdout
    assert f"PyPI JSON API at {closed}: not reachable" in done.stdout


def test_a_mirror_without_vulnerability_data_is_named_as_such(tmp_path: Path, databases: str) -> None:
    done = audit(tmp_path, f"{databases}/nothing-here", databases)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "answered HTTP 404" in done.stdout
    assert "has no per-release JSON (a package mirror without vulnerability data)" in done.stdout


def test_a_known_vulnerability_fails_and_names_its_fix(tmp_path: Path, databases: str) -> None:
    done = audit(tmp_path, f"{databases}/v1/query", databases)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "VULNERABLE idna==3.1: PYSEC-2021-TEST (fixed in 3.7)" in done.stdout
    assert "make audit: 2 packages audited, 1 known vulnerabilities, 0 skipped" in done.stdout
    assert {"idna", "sniffio"} <= set(FakeDatabases.queries)


def test_a_clean_lock_passes(tmp_path: Path, databases: str) -> None:
    clean = (
        LOCK.split("sniffio", 1)[0]
        .replace("idna==3.1", "sniffio==1.3.1")
        .replace(
            "5205d03e7bcbb919cc9c19885f9920d622ca52448306f2377daede5cf3faac16",
            "2f6da418d1f1e0fddd844478f41680e794e6051915791a034ff65e5f100525a2",
        )
    )
    done = audit(tmp_path, f"{databases}/v1/query", databases, clean)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "make audit: 1 packages audited, 0 known vulnerabilities, 0 skipped" in done.stdout
