"""`make audit`: pip-audit of hash-pinned lock files, honest about whether an audit happened at all.

pip-audit asks a vulnerability database about every pinned release. Where none answers, it does not fail
by itself: against a package mirror without vulnerability data it marks every package "could not be
audited" and exits 0, which reads like a clean audit. So this script first asks each database about one
release and picks the first that answers as a database does (OSV's query API, then PyPI's per-release
JSON with its `vulnerabilities` list).

Exit codes: 0 every package audited, none vulnerable; 1 known vulnerabilities (each printed with its fix);
3 nothing or not everything was audited (no database reachable here, or packages skipped) - not a pass,
since an audit that did not run must never look like a clean one.

AUDIT_OSV_URL and AUDIT_PYPI_URL replace the two databases' addresses (an internal OSV mirror; the tests).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

OSV_URL = "https://api.osv.dev/v1/query"
PYPI_URL = "https://pypi.org"
PROBE_TIMEOUT_SECONDS = 8
NOT_AUDITED = 3
# A release every probe can ask about: OSV lists advisories for it, PyPI has its per-release JSON.
PROBE_PACKAGE, PROBE_VERSION = "jinja2", "2.10"


def _json_answer(request: urllib.request.Request) -> tuple[dict[str, Any] | None, str]:
    """The JSON object a URL answers with, or None and what went wrong, within the probe timeout."""
    try:
        with urllib.request.urlopen(request, timeout=PROBE_TIMEOUT_SECONDS) as response:
            body = json.loads(response.read())
    except urllib.error.HTTPError as error:
        return None, f"answered HTTP {error.code}"
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        return None, f"not reachable ({reason})"
    except ValueError:
        return None, "answered something that is not JSON"
    if not isinstance(body, dict):
        return None, "answered JSON that is not an object"
    return body, ""


def probe_osv(url: str) -> str:
    """'' when the OSV query API at this URL answers like a vulnerability database, else why not."""
    query = {"package": {"name": PROBE_PACKAGE, "ecosystem": "PyPI"}, "version": PROBE_VERSION}
    request = urllib.request.Request(url, data=json.dumps(query).encode(), method="POST")
    request.add_header("Content-Type", "application/json")
    body, problem = _json_answer(request)
    if body is not None and "vulns" not in body:
        problem = "answered without a vulns list"
    return problem


def probe_pypi(base_url: str) -> str:
    """'' when PyPI's per-release JSON at this base URL carries vulnerability data, else why not."""
    url = f"{base_url.rstrip('/')}/pypi/{PROBE_PACKAGE}/{PROBE_VERSION}/json"
    body, problem = _json_answer(urllib.request.Request(url))
    if body is not None and not isinstance(body.get("vulnerabilities"), list):
        problem = "answered without a vulnerabilities list"
    if problem == "answered HTTP 404":
        problem = "has no per-release JSON (a package mirror without vulnerability data)"
    return problem


def choose_service(osv_url: str, pypi_url: str) -> tuple[list[str], list[str]]:
    """pip-audit arguments for the first database that answers, and why each one tried did not."""
    reasons: list[str] = []
    problem = probe_osv(osv_url)
    if not problem:
        return ["--vulnerability-service", "osv", "--osv-url", osv_url], reasons
    reasons.append(f"OSV at {osv_url}: {problem}")
    # pip-audit's PyPI service always asks pypi.org itself, so only the real address can be used.
    problem = probe_pypi(pypi_url)
    if not problem and pypi_url == PYPI_URL:
        return ["--vulnerability-service", "pypi"], reasons
    reasons.append(f"PyPI JSON API at {pypi_url}: {problem or 'not the address pip-audit asks'}")
    return [], reasons


def report(result: dict[str, Any]) -> int:
    vulnerable, skipped = [], []
    for dependency in result.get("dependencies", []):
        name = f"{dependency['name']}=={dependency.get('version', '?')}"
        if "skip_reason" in dependency:
            skipped.append(f"{name}: {dependency['skip_reason']}")
        for vuln in dependency.get("vulns", []):
            fixed = ", ".join(vuln.get("fix_versions", [])) or "no fixed release yet"
            vulnerable.append(f"{name}: {vuln['id']} (fixed in {fixed}) {vuln.get('description', '')[:160]}")
    audited = len(result.get("dependencies", [])) - len(skipped)
    for line in vulnerable:
        print(f"VULNERABLE {line}")
    for line in skipped:
        print(f"NOT AUDITED {line}")
    counts = f"{audited} packages audited, {len(vulnerable)} known vulnerabilities, {len(skipped)} skipped"
    print(f"make audit: {counts}")
    if vulnerable:
        print("Raise the pins in pyproject.toml or run make lock LOCK_ARGS=--upgrade, then make test.")
        return 1
    return NOT_AUDITED if skipped else 0


def main() -> int:
    layout = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=layout)
    parser.add_argument("locks", nargs="+", type=Path, help="hash-pinned requirements files")
    args = parser.parse_args()
    osv_url = os.environ.get("AUDIT_OSV_URL", OSV_URL)
    pypi_url = os.environ.get("AUDIT_PYPI_URL", PYPI_URL)
    service, reasons = choose_service(osv_url, pypi_url)
    if not service:
        print("make audit: no vulnerability database is reachable from this machine, so nothing was audited:")
        for reason in reasons:
            print(f"  - {reason}")
        print("Run make audit where one of them answers, or set AUDIT_OSV_URL to an OSV mirror.")
        return NOT_AUDITED
    with tempfile.TemporaryDirectory(prefix="audit-") as work:
        output = Path(work) / "audit.json"
        command = [sys.executable, "-m", "pip_audit", *service, "--format", "json", "--output", str(output)]
        command += ["--no-deps", "--disable-pip", "--progress-spinner", "off", "--timeout", "15"]
        for lock in args.locks:
            command += ["--requirement", str(lock)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=1800)
        if not output.exists():
            print(f"make audit: pip-audit failed ({done.returncode}), nothing was audited:")
            print(done.stderr[-3000:])
            return NOT_AUDITED
        return report(json.loads(output.read_text(encoding="utf-8")))


if __name__ == "__main__":
    sys.exit(main())
