"""Our consent page and Atlassian's callback against cross-site forms, other browsers, framing and replays;
the protocol metadata clients discover."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from team_support import CLIENT_CALLBACK, team_server

from atlassian_people_sandbox import SandboxServer
from mcp_server.runtime import Runtime


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def team(sandbox: SandboxServer, tmp_path: Path) -> Iterator[Runtime]:
    with team_server(sandbox, f"sqlite:///{tmp_path / 'team.db'}") as runtime:
        yield runtime


def start(team: Runtime, browser: httpx.Client, scope: str = "people:read people:write") -> str:
    """Register a client and begin its authorization; the consent page's URL."""
    base = str(team.settings.public_url)
    client = browser.post(
        f"{base}/register",
        json={
            "redirect_uris": [CLIENT_CALLBACK],
            "client_name": "Evil Corp",
            "token_endpoint_auth_method": "none",
        },
    ).json()
    challenge = base64.urlsafe_b64encode(hashlib.sha256(b"v" * 50).digest()).decode().rstrip("=")
    answer = browser.get(
        f"{base}/authorize",
        params={
            "response_type": "code",
            "client_id": client["client_id"],
            "redirect_uri": CLIENT_CALLBACK,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": "client-state",
            "scope": scope,
            "resource": f"{base}/mcp",
        },
    )
    assert answer.status_code == 302, answer.text
    return answer.headers["location"]


def form_of(page: str) -> dict[str, str]:
    return dict(re.findall(r'name="(flow|csrf)" value="([^"]*)"', page))


def test_the_consent_page_names_the_client_and_cannot_be_framed(team: Runtime) -> None:
    with httpx.Client() as browser:
        page = browser.get(start(team, browser))
    assert page.status_code == 200 and "Evil Corp" in page.text and "127.0.0.1:1" in page.text
    assert (
        page.headers["x-frame-options"] == "DENY"
        and "frame-ancestors 'none'" in page.headers["content-security-policy"]
    )
    assert page.headers["cache-control"] == "no-store"


@pytest.mark.parametrize("attack", ["no cookie", "wrong csrf", "garbled csrf", "other origin"])
def test_a_consent_not_sent_from_our_page_approves_nothing(team: Runtime, attack: str) -> None:
    with httpx.Client() as browser:
        consent = start(team, browser)
        form = form_of(browser.get(consent).text)
        headers = {}
        if attack == "no cookie":
            browser.cookies.clear()
        elif attack == "wrong csrf":
            form["csrf"] = "0" * 64
        elif attack == "garbled csrf":
            form["csrf"] = "\u00e9\u0000" * 8
        else:
            headers["Origin"] = "https://evil.example"
        forged = browser.post(
            f"{team.settings.public_url}/consent", data={**form, "decision": "approve"}, headers=headers
        )
        assert forged.status_code == 403 and "Nothing was approved" in forged.text
        # The real person can still decide afterwards: the forged post changed nothing.
        browser.cookies.clear()
        fresh = browser.get(consent)
        honest = browser.post(
            f"{team.settings.public_url}/consent", data={**form_of(fresh.text), "decision": "approve"}
        )
    assert honest.status_code == 303 and "/authorize?" in honest.headers["location"]


def test_denying_returns_access_denied_to_the_client(team: Runtime) -> None:
    with httpx.Client() as browser:
        consent = start(team, browser)
        form = form_of(browser.get(consent).text)
        denied = browser.post(f"{team.settings.public_url}/consent", data={**form, "decision": "deny"})
        reused = browser.get(consent)
    location = urlsplit(denied.headers["location"])
    assert parse_qs(location.query) == {"error": ["access_denied"], "state": ["client-state"]}
    assert reused.status_code == 400  # a decided flow cannot be decided again


def test_the_callback_only_completes_in_the_browser_that_consented(
    team: Runtime, sandbox: SandboxServer
) -> None:
    with httpx.Client() as browser:
        form = form_of(browser.get(start(team, browser)).text)
        atlassian = browser.post(f"{team.settings.public_url}/consent", data={**form, "decision": "approve"})
        signed_in = browser.post(
            atlassian.headers["location"], data={"account": "admin", "decision": "accept"}
        )
        callback = signed_in.headers["location"]
    with (
        httpx.Client() as victim
    ):  # a login-CSRF: the attacker's callback link opened in someone else's browser
        hijacked = victim.get(callback)
    assert hijacked.status_code in (400, 403) and "code=" not in hijacked.headers.get("location", "")


def test_metadata_advertises_every_scope_and_an_issuer_without_a_trailing_slash(team: Runtime) -> None:
    base = str(team.settings.public_url)
    resource = httpx.get(f"{base}/.well-known/oauth-protected-resource/mcp").json()
    assert resource["scopes_supported"] == ["people:read", "people:write", "people:delete"]
    assert resource["authorization_servers"] == [base] and resource["resource"] == f"{base}/mcp"
    server = httpx.get(f"{base}/.well-known/oauth-authorization-server").json()
    assert server["issuer"] == base and server["code_challenge_methods_supported"] == ["S256"]
    unauthorised = httpx.post(f"{base}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
    assert (
        unauthorised.status_code == 401 and "resource_metadata=" in unauthorised.headers["www-authenticate"]
    )


def test_a_token_for_another_resource_or_made_up_is_refused(team: Runtime) -> None:
    base = str(team.settings.public_url)
    made_up = httpx.post(
        f"{base}/mcp",
        json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
        headers={"Authorization": "Bearer sandbox-admin-oauth"},  # an Atlassian token is no token of ours
    )
    assert made_up.status_code == 401


def test_reading_is_always_asked_and_unknown_scopes_go_back_to_the_client(team: Runtime) -> None:
    with httpx.Client() as browser:
        page = browser.get(start(team, browser, scope="people:write"))
        unknown = start(team, browser, scope="people:read offline_access")
    boxes = re.findall(r'name="scope" value="([^"]+)"', page.text)
    assert page.status_code == 200 and boxes == ["people:read", "people:write"]
    assert unknown.startswith(CLIENT_CALLBACK) and "error=invalid_scope" in unknown
