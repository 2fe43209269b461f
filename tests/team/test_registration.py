"""What anyone on the network can make the team server store: dynamic client registrations (their redirect
URIs, a cap on registrations nobody signed in with, their expiry) and sign-ins started but never decided;
and the store file's permissions."""

from __future__ import annotations

import base64
import hashlib
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from team_support import CLIENT_CALLBACK, team_server

import mcp_server.team.provider as provider_module
from atlassian_people_sandbox import SandboxServer
from mcp_server.runtime import Runtime
from mcp_server.team.server import TeamServer

CHALLENGE = base64.urlsafe_b64encode(hashlib.sha256(b"v" * 50).digest()).decode().rstrip("=")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def team(sandbox: SandboxServer, tmp_path: Path) -> Iterator[Runtime]:
    with team_server(sandbox, f"sqlite:///{tmp_path / 'team.db'}") as runtime:
        yield runtime


def register(team: Runtime, redirect_uri: str = CLIENT_CALLBACK) -> httpx.Response:
    return httpx.post(
        f"{team.settings.public_url}/register",
        json={"redirect_uris": [redirect_uri], "client_name": "c", "token_endpoint_auth_method": "none"},
    )


def authorize(team: Runtime, client_id: str) -> httpx.Response:
    return httpx.get(
        f"{team.settings.public_url}/authorize",
        params={
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": CLIENT_CALLBACK,
            "code_challenge": CHALLENGE,
            "code_challenge_method": "S256",
            "state": "s",
        },
    )


def count(team: Runtime, sql: str, *params: Any) -> int:
    server = team.server
    assert isinstance(server, TeamServer)
    return int(server.store.db.query(sql, params)[0][0])


@pytest.mark.parametrize(
    "uri",
    [
        "javascript:alert(document.domain)",
        "data:text/html,hi",
        "http://evil.example/cb",
        "https://a.example/cb#x",
    ],
)
def test_a_redirect_uri_that_cannot_safely_receive_a_code_is_refused(team: Runtime, uri: str) -> None:
    answer = register(team, uri)
    assert answer.status_code == 400, answer.text
    assert (
        answer.json()["error"] == "invalid_redirect_uri"
        and "redirect URI" in answer.json()["error_description"]
    )
    assert count(team, "SELECT COUNT(*) FROM clients") == 0


@pytest.mark.parametrize(
    "uri",
    [
        "https://app.example/callback",
        "http://127.0.0.1:33418/callback",
        "http://localhost:1/cb",
        "cursor://anysphere.cursor-retrieval/oauth/callback",
    ],
)
def test_https_loopback_and_app_redirect_uris_register(team: Runtime, uri: str) -> None:
    assert register(team, uri).status_code == 201


def test_registrations_nobody_signed_in_with_are_capped(
    team: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(provider_module, "MAX_UNUSED_CLIENTS", 3)
    idle = [register(team).json()["client_id"] for _ in range(3)]
    # At the cap the oldest idle registration (to the second) makes room...
    newest = register(team)
    assert newest.status_code == 201, newest.text
    gone = [client_id for client_id in idle if authorize(team, client_id).status_code == 400]
    assert len(gone) == 1
    assert count(team, "SELECT COUNT(*) FROM clients") == 3
    # ...but not one in the middle of a sign-in: then registering is refused, saying why.
    assert authorize(team, newest.json()["client_id"]).status_code == 302  # the others are signing in now
    refused = register(team)
    assert refused.status_code == 400, refused.text
    assert "client registrations" in refused.json()["error_description"]
    assert "retry" in refused.json()["error_description"]
    assert count(team, "SELECT COUNT(*) FROM clients") == 3


def test_a_registration_nobody_signed_in_with_expires_after_a_day(team: Runtime) -> None:
    idle = register(team).json()["client_id"]
    server = team.server
    assert isinstance(server, TeamServer)
    server.store.clock = lambda: time.time() + 86400 + 60
    assert authorize(team, register(team).json()["client_id"]).status_code == 302  # purges on the way
    assert authorize(team, idle).status_code == 400
    assert count(team, "SELECT COUNT(*) FROM clients WHERE client_id = ?", idle) == 0


def test_undecided_sign_ins_of_one_client_are_capped(team: Runtime) -> None:
    client_id = register(team).json()["client_id"]
    consent_pages = [authorize(team, client_id).headers["location"] for _ in range(14)]
    pending = count(team, "SELECT COUNT(*) FROM flows WHERE client_id = ?", client_id)
    assert pending == 10
    assert httpx.get(consent_pages[-1]).status_code == 200  # the newest always survives
    assert sum(httpx.get(page).status_code == 200 for page in consent_pages) == 10


def test_the_sqlite_store_is_readable_by_its_owner_only(team: Runtime, tmp_path: Path) -> None:
    register(team)
    for path in tmp_path.glob("team.db*"):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
