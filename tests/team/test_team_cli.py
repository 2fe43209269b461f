"""The team mode from the command line: its settings errors, the operator's commands, and a server
process that starts, serves the sign-in metadata and stops."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from team_support import team_env

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.server import free_port
from mcp_server.team.keyring import new_key_entry


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("ATLASSIAN_", "MCP_"))}
    return subprocess.run(
        [sys.executable, "-m", "mcp_server", *args],
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
    )


def test_team_scopes_prints_what_to_register_for_the_enabled_tools() -> None:
    everything = run("team", "scopes")
    read_only = run("team", "scopes", "--read-only", "--toolsets", "jira-groups")
    assert everything.returncode == 0 and read_only.returncode == 0, everything.stderr + read_only.stderr
    scopes = everything.stdout.split()
    assert scopes[:2] == ["read:me", "offline_access"] and len(scopes) < 50
    assert "write:stakeholder-comms.stakeholder:jira-service-management" in scopes
    assert (
        "read:me" in read_only.stdout
        and "write:" not in read_only.stdout
        and "delete:" not in read_only.stdout
    )
    assert "Register them" in everything.stderr


def test_team_new_key_prints_a_usable_key_ring_entry() -> None:
    result = run("team", "new-key", "k2")
    assert result.returncode == 0 and result.stdout.startswith("k2:") and len(result.stdout.strip()) == 46


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"MCP_PUBLIC_URL": ""}, "team mode needs MCP_PUBLIC_URL"),
        ({"MCP_PUBLIC_URL": "http://mcp.example.com"}, "must be https off loopback"),
        ({"MCP_HTTP_TOKEN": "x" * 40}, "unset MCP_HTTP_TOKEN"),
        ({"ATLASSIAN_API_TOKEN": "t", "ATLASSIAN_EMAIL": "a@b.c"}, "unset ATLASSIAN_API_TOKEN"),
        (
            {"ATLASSIAN_OAUTH_CLIENT_SECRET": ""},
            "set ATLASSIAN_OAUTH_CLIENT_ID and ATLASSIAN_OAUTH_CLIENT_SECRET",
        ),
        ({"MCP_TEAM_KEYS": ""}, "MCP_TEAM_KEYS is not set"),
        ({"MCP_TEAM_KEYS": "k1:short"}, "not `id:key` with a 32-byte base64url key"),
        ({"MCP_TEAM_STORE": "mysql://db/x"}, "MCP_TEAM_STORE must be"),
        ({"MCP_TEAM_STORE": "sqlite:///team.db"}, "is not an absolute path"),
        ({"MCP_TEAM_STORE": "sqlite:///"}, "is not an absolute path"),
        ({"MCP_TEAM_STORE": ""}, "team mode needs MCP_TEAM_STORE"),
        ({"MCP_PUBLIC_URL": "https://mcp.example.com/team"}, "without a path"),
        ({"MCP_TRANSPORT": "stdio"}, "team mode serves streamable HTTP only"),
    ],
)
def test_team_settings_errors_are_one_actionable_line(
    tmp_path: Path, change: dict[str, str], message: str
) -> None:
    with SandboxServer() as sandbox:
        env = team_env(sandbox, f"sqlite:///{tmp_path / 'team.db'}", new_key_entry())
        env = {**env, "MCP_PUBLIC_URL": "http://127.0.0.1:9", **change}
        workdir = tmp_path / "workdir"
        workdir.mkdir()
        result = run(env={k: v for k, v in env.items() if v}, cwd=workdir)
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert list(workdir.iterdir()) == [], "nothing may be created in the working directory"


def test_a_team_server_process_starts_serves_metadata_and_stops(tmp_path: Path) -> None:
    port = free_port()
    with SandboxServer() as sandbox:
        keys = new_key_entry()
        env = team_env(
            sandbox, f"sqlite:///{tmp_path / 'team.db'}", keys, MCP_PUBLIC_URL=f"http://127.0.0.1:{port}"
        )
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("ATLASSIAN_", "MCP_"))}
        process = subprocess.Popen(
            [sys.executable, "-m", "mcp_server", "--port", str(port)],
            env={**clean, **env},
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    metadata = httpx.get(f"http://127.0.0.1:{port}/.well-known/oauth-authorization-server")
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline and process.poll() is None
                    time.sleep(0.1)
            assert metadata.json()["issuer"] == f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            _, stderr = process.communicate(timeout=10)
    assert "team server on" in stderr and keys.split(":")[1] not in stderr


def test_team_audit_prints_the_log_without_the_token_keys(tmp_path: Path) -> None:
    from mcp_server.team.db import open_database
    from mcp_server.team.keyring import KeyRing
    from mcp_server.team.store import AuditEntry, Store

    url = f"sqlite:///{tmp_path / 'team.db'}"
    db = open_database(url)
    db.migrate()
    store = Store(db, KeyRing.parse("K", new_key_entry()))
    store.audit(AuditEntry(1.0, "acct-1", "client", "jira_groups_write", "create", {"name": "x"}, "done"))
    store.audit(
        AuditEntry(2.0, "acct-2", "client", "jira_groups_delete", "delete_group", {"group": "y"}, "started")
    )
    db.close()
    everyone = run("team", "audit", env={"MCP_TEAM_STORE": url})
    one = run("team", "audit", "acct-2", env={"MCP_TEAM_STORE": url})
    assert everyone.returncode == 0, everyone.stderr
    assert [line.count('"account_id"') for line in everyone.stdout.splitlines()] == [1, 1]
    assert '"account_id": "acct-2"' in one.stdout and "acct-1" not in one.stdout


@pytest.mark.parametrize(
    ("store", "message"),
    [
        ("missing/typo.db", "there is no team store at"),
        (None, "team mode needs MCP_TEAM_STORE"),
        ("relative", "is not an absolute path"),
    ],
)
def test_team_audit_of_a_store_that_is_not_there_says_so(
    tmp_path: Path, store: str | None, message: str
) -> None:
    """An auditor's typo must not read as an empty log (nor leave an empty store behind)."""
    env = {} if store is None else {"MCP_TEAM_STORE": "sqlite:///team.db"}
    if store and store != "relative":
        env["MCP_TEAM_STORE"] = f"sqlite:///{tmp_path / store}"
    result = run("team", "audit", env=env, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_postgresql_store_without_the_team_extra_says_how_to_install_it(tmp_path: Path) -> None:
    # As after `pipx install atlassian-people-mcp` without [team]: the PostgreSQL driver is missing.
    blocked = "import sys; sys.modules['psycopg'] = None; from mcp_server.cli import main; sys.exit(main())"
    with SandboxServer() as sandbox:
        env = team_env(
            sandbox,
            "postgresql://team@127.0.0.1:9/team",
            new_key_entry(),
            MCP_PUBLIC_URL="http://127.0.0.1:9",
        )
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("ATLASSIAN_", "MCP_"))}
        result = subprocess.run(
            [sys.executable, "-c", blocked], env={**clean, **env}, capture_output=True, text=True, timeout=60
        )
    assert result.returncode == 2 and "pip install 'atlassian-people-mcp[team]'" in result.stderr, (
        result.stderr
    )
    assert "Traceback" not in result.stderr
