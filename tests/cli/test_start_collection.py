"""Start-up runs without the cyclic garbage collector; serving runs with it, start-up's objects frozen.

Runs the installed command's entry point in a fresh interpreter that counts collections, as
`atlassian-people-mcp` does (a stdio server ends when its stdin closes).
"""

from __future__ import annotations

import json
import subprocess
import sys

from cli_support import START_TIMEOUT_S, clean_env

CHILD = """
import gc, json, sys
collections = []
gc.callbacks.append(lambda phase, info: collections.append(phase) if phase == "start" else None)
from mcp_server.__main__ import main
sys.argv = ["atlassian-people-mcp"]
code = main()
print(json.dumps({"code": code, "collections": len(collections), "enabled": gc.isenabled(),
                  "frozen": gc.get_freeze_count()}))
"""
CONFIGURED = {
    "ATLASSIAN_SITE_URL": "https://acme.atlassian.net",
    "ATLASSIAN_CLOUD_ID": "11111111-2222-3333-4444-555555555555",
    "ATLASSIAN_EMAIL": "me@acme.com",
    "ATLASSIAN_API_TOKEN": "not-a-real-token",
}


def run_child(env: dict[str, str]) -> dict[str, int | bool]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
        env=clean_env(env),
        input="",
    )
    assert result.returncode == 0, result.stderr
    outcome: dict[str, int | bool] = json.loads(result.stdout.splitlines()[-1])
    return outcome


def test_start_up_collects_nothing_then_collection_resumes_with_start_up_frozen() -> None:
    outcome = run_child(CONFIGURED)
    assert outcome["code"] == 0
    # Importing and building the server with collection on triggers ~280 collections; the few left
    # (~6) are the stdio session's own, after the server was built.
    assert outcome["collections"] <= 20, outcome
    assert outcome["enabled"] is True
    assert isinstance(outcome["frozen"], int) and outcome["frozen"] > 50_000, outcome


def test_a_refused_start_also_leaves_collection_on() -> None:
    outcome = run_child({"ATLASSIAN_SITE_URL": "https://acme.atlassian.net"})  # no credentials
    assert outcome["code"] == 2 and outcome["enabled"] is True, outcome
