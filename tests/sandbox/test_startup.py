"""What starting a sandbox costs: the MCP server's --sandbox mode starts one on every launch.

Response checking (openapi-core) and request validation (jsonschema) are loaded only when used, and each
operation's request rules are compiled on its first request; a compile error must still surface in tests.
"""

from __future__ import annotations

import json
import subprocess
import sys

from atlassian_people_sandbox.spec import api_specs
from atlassian_people_sandbox.validation import RequestRules

_PROBE = """
import json, sys
import httpx
from atlassian_people_sandbox import SandboxConfig, SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN

def loaded():
    return sorted(name for name in ("openapi_core", "jsonschema") if name in sys.modules)

with SandboxServer(SandboxConfig(seed_size=5)) as server:
    at_start = loaded()
    auth = (ADMIN_EMAIL, ADMIN_TOKEN)
    ok = httpx.get(server.jsm_ops_url + "/v1/users/contacts", auth=auth)
    bad = httpx.get(server.stakeholders_url + "/stakeholders/list", params={"first": "many"}, auth=auth)
    print(json.dumps({"at_start": at_start, "after": loaded(), "ok": ok.status_code,
                      "bad": [bad.status_code, bad.text]}))
"""


def test_a_sandbox_starts_without_its_validators_and_still_validates_requests() -> None:
    run = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["at_start"] == []  # neither imported to start a sandbox that does not check responses
    assert seen["ok"] == 200
    status, text = seen["bad"]
    assert status == 400 and "first" in text, text  # rules compiled on the first request, and applied
    assert seen["after"] == ["jsonschema"]  # openapi-core stays unloaded without response checking


def test_every_operations_request_rules_compile() -> None:
    rules = RequestRules(api_specs())
    compiled = [rules[operation_id] for operation_id in rules]
    assert len(compiled) == sum(len(api.operations) for api in api_specs())
