"""The sandbox's fake Atlassian authorization server: sign-in, code exchange, rotating refresh tokens with
the reuse leeway and reuse revocation, /me, accessible-resources, and the APIs acting as the signed-in
account."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.oauth import APP_CLIENT_ID, APP_CLIENT_SECRET

CALLBACK = "http://127.0.0.1:9/callback"
SCOPES = "read:me offline_access read:jira-user manage:jira-configuration write:jira-work"


def sign_in(sandbox: SandboxServer, account: str, scope: str = SCOPES) -> dict[str, Any]:
    """What the team server gets for a person who signs in as account: the token endpoint's answer."""
    query = {
        "audience": "api.atlassian.com",
        "client_id": APP_CLIENT_ID,
        "scope": scope,
        "redirect_uri": CALLBACK,
        "state": "xyz",
        "response_type": "code",
        "prompt": "consent",
    }
    with httpx.Client(base_url=sandbox.url) as browser:
        page = browser.get("/authorize", params=query)
        assert page.status_code == 200 and "Sign in" in page.text
        answer = browser.post("/authorize", params=query, data={"account": account, "decision": "accept"})
        assert answer.status_code == 302
        redirect = urlsplit(answer.headers["location"])
        params = parse_qs(redirect.query)
        assert params["state"] == ["xyz"]
        code = params["code"][0]
        tokens = exchange(sandbox, grant_type="authorization_code", code=code, redirect_uri=CALLBACK)
        replayed = exchange(sandbox, grant_type="authorization_code", code=code, redirect_uri=CALLBACK)
        assert replayed["status"] == 403 and replayed["error"] == "invalid_grant"  # a code works once
        return tokens


def exchange(sandbox: SandboxServer, **body: str) -> dict[str, Any]:
    response = httpx.post(
        f"{sandbox.url}/oauth/token",
        json={"client_id": APP_CLIENT_ID, "client_secret": APP_CLIENT_SECRET, **body},
    )
    return {"status": response.status_code, **response.json()}


def me(sandbox: SandboxServer, access: str) -> httpx.Response:
    return httpx.get(f"{sandbox.url}/me", headers={"Authorization": f"Bearer {access}"})


@pytest.fixture
def fresh_sandbox() -> Any:
    with SandboxServer() as server:
        yield server


def test_sign_in_gives_tokens_for_the_chosen_account(fresh_sandbox: SandboxServer) -> None:
    tokens = sign_in(fresh_sandbox, "agent")
    assert tokens["status"] == 200 and tokens["refresh_token"] and tokens["expires_in"] == 3600
    assert me(fresh_sandbox, tokens["access_token"]).json()["account_id"] == "5b10a2844c20165700ede21g"
    sites = httpx.get(
        f"{fresh_sandbox.url}/oauth/token/accessible-resources",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    ).json()
    assert sites[0]["id"] == fresh_sandbox.cloud_id and "read:me" in sites[0]["scopes"]


def test_the_token_endpoint_needs_the_app_secret(fresh_sandbox: SandboxServer) -> None:
    wrong = httpx.post(
        f"{fresh_sandbox.url}/oauth/token",
        json={"client_id": APP_CLIENT_ID, "client_secret": "x", "grant_type": "refresh_token"},
    )
    assert wrong.status_code == 401


def test_refresh_rotates_and_old_tokens_work_only_within_the_leeway(fresh_sandbox: SandboxServer) -> None:
    oauth = fresh_sandbox.sandbox.oauth
    first = sign_in(fresh_sandbox, "admin")
    second = exchange(fresh_sandbox, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert second["status"] == 200 and second["refresh_token"] != first["refresh_token"]
    oauth.advance(300)  # within the 10-minute leeway the rotated token still works
    again = exchange(fresh_sandbox, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert again["status"] == 200 and oauth.stats.reused_within_leeway == 1
    oauth.advance(301)  # past it, presenting the rotated token revokes the whole grant
    revoked = exchange(fresh_sandbox, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert revoked["status"] == 403 and revoked["error"] == "invalid_grant"
    newest = exchange(fresh_sandbox, grant_type="refresh_token", refresh_token=again["refresh_token"])
    assert newest["status"] == 403
    assert me(fresh_sandbox, again["access_token"]).status_code == 401
    assert oauth.stats.grants_revoked == 1


def test_access_tokens_expire_on_the_sandbox_clock(fresh_sandbox: SandboxServer) -> None:
    tokens = sign_in(fresh_sandbox, "admin")
    assert me(fresh_sandbox, tokens["access_token"]).status_code == 200
    httpx.post(f"{fresh_sandbox.url}/_sandbox/oauth/clock", json={"advance": 3601})
    assert me(fresh_sandbox, tokens["access_token"]).status_code == 401


def test_the_apis_act_as_the_signed_in_account_and_record_it(fresh_sandbox: SandboxServer) -> None:
    tokens = sign_in(fresh_sandbox, "admin")
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    url = f"{fresh_sandbox.url}/rest/api/3/group"
    created = httpx.post(url, json={"name": "oauth-made"}, headers=headers)
    assert created.status_code == 201, created.text
    stats = httpx.get(f"{fresh_sandbox.url}/_sandbox/stats").json()
    admin_write = {"operation": "createJiraGroup", "accountId": "5b10ac8d82e05b22cc7d4ef5"}
    assert admin_write in stats["traffic"]["writesBy"]


def test_scopes_not_granted_are_refused_by_the_apis(fresh_sandbox: SandboxServer) -> None:
    tokens = sign_in(fresh_sandbox, "admin", scope="read:me offline_access")
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    created = httpx.post(f"{fresh_sandbox.url}/rest/api/3/group", json={"name": "x"}, headers=headers)
    assert created.status_code == 403 and "scope" in created.text


def test_authorize_refuses_unregistered_callbacks(fresh_sandbox: SandboxServer) -> None:
    page = httpx.get(
        f"{fresh_sandbox.url}/authorize",
        params={
            "audience": "api.atlassian.com",
            "client_id": APP_CLIENT_ID,
            "scope": SCOPES,
            "redirect_uri": "https://evil.example/callback",
            "response_type": "code",
        },
    )
    assert page.status_code == 400 and "redirect_uri" in page.text
