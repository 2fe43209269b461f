"""The server's core without a network: settings, confirmation tokens, cursors, declarations, interface."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import atlassian_specs
from mcp_server.config import TOOLSETS, ConfigError, load_settings
from mcp_server.confirm import Confirmations
from mcp_server.errors import ToolFailure, basic_auth_forms, redact
from mcp_server.paging import decode, encode
from mcp_server.permissions import operation_id_of_module, requirements
from mcp_server.registry import Effect
from mcp_server.signing import Signer
from mcp_server.tools import all_tools

ROOT = Path(__file__).resolve().parents[2]
CREDENTIALS = {
    "ATLASSIAN_SITE_URL": "https://acme.atlassian.net",
    "ATLASSIAN_EMAIL": "a@b.c",
    "ATLASSIAN_API_TOKEN": "t",
}


def _script(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- settings ----------------------------------------------------------------------------------------


def test_no_credentials_means_sandbox_mode() -> None:
    settings = load_settings(env={})
    assert settings.sandbox and not settings.has_credentials
    assert settings.toolsets == frozenset(TOOLSETS)


def test_flags_override_environment() -> None:
    settings = load_settings(
        env=CREDENTIALS | {"MCP_READ_ONLY": "false", "MCP_TOOLSETS": "contacts"},
        read_only=True,
        toolsets="jira-groups",
    )
    assert settings.read_only and settings.toolsets == {"jira-groups"} and not settings.sandbox


@pytest.mark.parametrize(
    ("env", "flags", "message"),
    [
        ({"ATLASSIAN_EMAIL": "a@b.c"}, {}, "ATLASSIAN_API_TOKEN is not set"),
        (CREDENTIALS, {"toolsets": "contacts,nope"}, "unknown toolset(s) nope"),
        (CREDENTIALS, {"transport": "carrier-pigeon"}, "transport must be stdio or http"),
        (CREDENTIALS | {"MCP_PORT": "eighty"}, {}, "MCP_PORT must be a number"),
        (CREDENTIALS | {"ATLASSIAN_SITE_URL": "acme.atlassian.net"}, {}, "must be an https URL"),
        (CREDENTIALS | {"ATLASSIAN_CLOUD_ID": "not a uuid!"}, {}, "does not look like a cloud id"),
        (CREDENTIALS | {"MCP_READ_ONLY": "perhaps"}, {}, "is not a boolean"),
        (CREDENTIALS | {"ATLASSIAN_OAUTH_TOKEN": "x"}, {}, "not both"),
        ({"ATLASSIAN_EMAIL": "a@b.c", "ATLASSIAN_API_TOKEN": "t"}, {}, "set ATLASSIAN_SITE_URL"),
        ({}, {"transport": "http", "host": "0.0.0.0"}, "without MCP_HTTP_TOKEN"),
    ],
)
def test_invalid_settings_fail_with_one_actionable_line(
    env: dict[str, str], flags: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(env=env, **flags)  # type: ignore[arg-type]
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_non_loopback_bind_is_allowed_with_a_client_token() -> None:
    token = "s3cret-" + "x" * 25  # 32 characters, the least a non-loopback bind accepts
    settings = load_settings(env={"MCP_HTTP_TOKEN": token}, transport="http", host="0.0.0.0")
    assert settings.http_token == token and token not in repr(settings)


def test_cli_reports_bad_configuration_in_one_line_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mcp_server", "--toolsets", "bogus"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={key: value for key, value in os.environ.items() if not key.startswith(("ATLASSIAN_", "MCP_"))},
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "atlassian-people-mcp: configuration error: unknown toolset(s) bogus; "
        f"choose from {', '.join(TOOLSETS)}."
    ]


# -- confirmation tokens and cursors ---------------------------------------------------------------------


def test_confirmation_token_confirms_exactly_the_arguments_and_preview_it_was_issued_for() -> None:
    confirmations = Confirmations()
    args = {"action": "delete", "ids": ["a", "b"]}
    preview = {"delete": [{"id": "1"}]}
    token = confirmations.issue("t_delete", "delete", args, preview)
    assert confirmations.check(token, "t_delete", "delete", args | {"confirm_token": token}, preview) is None
    other_args = {"action": "delete", "ids": ["a"]}
    assert "does not match these arguments" in str(
        confirmations.check(token, "t_delete", "delete", other_args, preview)
    )
    assert "does not match" in str(confirmations.check(token, "other", "delete", args, preview))
    assert "does not match" in str(Confirmations().check(token, "t_delete", "delete", args, preview))
    changed = confirmations.check(token, "t_delete", "delete", args, {"delete": [{"id": "2"}]})
    assert "changed since the preview" in str(changed)
    assert "malformed" in str(confirmations.check(token + "\n", "t_delete", "delete", args, preview))
    assert "malformed" in str(confirmations.check("garbage", "t_delete", "delete", args, preview))


def test_confirmation_token_expires() -> None:
    confirmations = Confirmations(ttl_s=-1)
    token = confirmations.issue("t", "a", {}, None)
    assert "expired" in str(confirmations.check(token, "t", "a", {}, None))


def test_cursor_round_trips_and_is_bound_to_its_listing() -> None:
    signer = Signer()
    cursor = encode(signer, "tool.list", {"after": "abc", "n": 3})
    assert decode(signer, cursor, "tool.list") == {"after": "abc", "n": 3}
    assert decode(signer, None, "tool.list") is None
    for bad in (cursor, "%%%", "eyJ4IjoxfQ"):
        with pytest.raises(ToolFailure, match="call again without cursor"):
            decode(signer, bad, "other.list")


def test_redaction_removes_the_token_the_pair_and_its_base64() -> None:
    secrets = ("tok3n", *basic_auth_forms("me@x.io", "tok3n"))
    text = "tok3n me@x.io:tok3n bWVAeC5pbzp0b2szbg=="
    assert "tok3n" not in redact(text, secrets) and "bWVAeC5pbzp0b2szbg==" not in redact(text, secrets)


# -- declarations ------------------------------------------------------------------------------------------


# Operations no tool needs, each with the reason.
UNUSED_OPERATIONS = {
    # Answers with stakeholder-group nodes, not members (Atlassian's reference); the group-with-memberships
    # operation gives the members.
    "getStakeholderGroupMemberships",
}


def test_every_spec_operation_is_used_by_some_tool() -> None:
    used = {op for tool in all_tools() for op in tool.operations}
    assert sorted(set(requirements()) - used) == sorted(UNUSED_OPERATIONS)


def test_every_declared_operation_has_a_generated_function() -> None:
    for (package, module), operation_id in operation_id_of_module().items():
        found = list((ROOT / "generated" / package / "api").rglob(f"{module}.py"))
        assert len(found) == 1, f"{operation_id}: expected generated module {module}.py"


def test_tools_are_purely_read_write_or_delete_and_annotated_truthfully() -> None:
    for tool in all_tools():
        methods = {r.method for a in tool.actions for r in a.requirements}
        annotations = tool.annotations()
        # read-only false, idempotent false and open world are the protocol defaults, and destructive and
        # idempotent mean nothing for a read: each is sent only where it says something
        assert annotations.get("read_only_hint", False) == (tool.effect is Effect.READ)
        if tool.effect is Effect.READ:
            assert set(annotations) == {"title", "read_only_hint"}
        else:
            assert annotations["destructive_hint"] == (tool.effect is Effect.DELETE)
            assert annotations.get("idempotent_hint", False) == tool.idempotent
        assert "open_world_hint" not in annotations
        if tool.effect is Effect.READ:
            # reads call GETs, or POST endpoints that only fetch or search
            assert methods <= {"GET", "POST"}, tool.name
        assert tool.name.split("_")[0] in {"stakeholders", "stakeholder", "contacts", "csm", "jira"}, (
            tool.name
        )


def test_tool_reference_and_snapshots_are_up_to_date() -> None:
    reference = _script("tool_reference")
    assert reference.main(["--check"]) == 0, "run `make tool-docs` and review the diff"  # type: ignore[attr-defined]


def test_tools_list_fits_the_context_budget() -> None:
    sizes = _script("tool_sizes")
    tools = sizes.tool_list()  # type: ignore[attr-defined]
    total = len(json.dumps({"tools": tools}, separators=(",", ":")).encode())
    assert total <= 32_000, f"tools/list is {total} bytes"


def test_specs_are_found_from_the_installed_package() -> None:
    assert atlassian_specs.spec_path("csm").is_file()
    assert atlassian_specs.load("csm")["openapi"] == "3.0.3"
