"""A fake of Atlassian's OAuth 2.0 (3LO) authorization server, so the team server's sign-in is tested offline.

As Atlassian: `/authorize` (here a form where the person picks a sandbox account and accepts), `/oauth/token`
(authorization code; rotating refresh tokens: every refresh returns a new pair and invalidates the token
presented; presenting an invalidated one again within the 10-minute reuse leeway still works, later it
revokes the whole grant), `/me`, and the existing accessible-resources endpoint answering for the tokens
issued here. The sandbox APIs then act as the account behind each access token. A controllable clock
(`/_sandbox/oauth/clock`) moves time for expiries, and `/_sandbox/oauth/stats` counts what happened.
"""

from __future__ import annotations

import html
import ipaddress
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from .auth import Principal, with_scopes

# The app registered in the developer console, as the team server's settings name it.
APP_CLIENT_ID = "sandbox-oauth-app"
APP_CLIENT_SECRET = "sandbox-oauth-app-secret"
ACCESS_TOKEN_TTL_S = 3600
REUSE_LEEWAY_S = 600  # Atlassian accepts a just-rotated refresh token again for 10 minutes
IDLE_EXPIRY_S = 90 * 86400  # a refresh token unused for 90 days expires
ABSOLUTE_EXPIRY_S = 365 * 86400  # and every grant after a year


@dataclass
class OAuthGrant:
    principal: Principal  # with the granted scopes
    created: float
    revoked: bool = False
    refreshes: int = 0


@dataclass
class _Refresh:
    grant: OAuthGrant
    issued: float
    rotated_at: float | None = None  # when it was exchanged (None: the newest of its grant)


@dataclass
class OAuthStats:
    codes_issued: int = 0
    refreshes: int = 0
    reused_within_leeway: int = 0
    grants_revoked: int = 0
    rejected_refreshes: int = 0

    def as_json(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class FakeAuthorizationServer:
    principals: dict[str, Principal]
    offset_s: float = 0.0  # the controllable clock: added to the real time
    stats: OAuthStats = field(default_factory=OAuthStats)
    _codes: dict[str, tuple[OAuthGrant, str, float]] = field(default_factory=dict)
    _access: dict[str, tuple[OAuthGrant, float]] = field(default_factory=dict)
    _refresh: dict[str, _Refresh] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def now(self) -> float:
        return time.time() + self.offset_s

    # -- what the sandbox APIs ask ----------------------------------------------------------------

    def principal_of(self, access_token: str) -> Principal | None:
        """The account (with its granted scopes) behind an unexpired access token of a live grant."""
        with self._lock:
            found = self._access.get(access_token)
            if found is None or found[0].revoked or found[1] <= self.now():
                return None
            return found[0].principal

    def routes(self) -> list[Route]:
        return [
            Route("/authorize", self._authorize, methods=["GET", "POST"]),
            Route("/oauth/token", self._token, methods=["POST"]),
            Route("/me", self._me, methods=["GET"]),
            Route("/_sandbox/oauth/clock", self._clock, methods=["GET", "POST"]),
            Route("/_sandbox/oauth/stats", self._stats, methods=["GET"]),
            Route("/_sandbox/oauth/revoke", self._revoke_account, methods=["POST"]),
        ]

    # -- /authorize -------------------------------------------------------------------------------

    async def _authorize(self, request: Request) -> Response:
        query = dict(request.query_params)
        problem = _authorize_problem(query)
        if problem:
            return HTMLResponse(f"<p>Invalid authorization request: {html.escape(problem)}</p>", 400)
        if request.method == "GET":
            return HTMLResponse(_sign_in_page(query, self.principals))
        form = await request.form()
        if form.get("decision") != "accept":
            denied = _with_query(query["redirect_uri"], error="access_denied", state=query.get("state"))
            return RedirectResponse(denied, 302)
        principal = self.principals.get(str(form.get("account", "")))
        if principal is None:
            return HTMLResponse("<p>Unknown sandbox account.</p>", 400)
        scopes = frozenset(query["scope"].split())
        grant = OAuthGrant(with_scopes(principal, scopes), self.now())
        code = secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = (grant, query["redirect_uri"], self.now() + 600)
            self.stats.codes_issued += 1
        return RedirectResponse(_with_query(query["redirect_uri"], code=code, state=query.get("state")), 302)

    # -- /oauth/token -----------------------------------------------------------------------------

    async def _token(self, request: Request) -> Response:
        body = await _body(request)
        if body.get("client_id") != APP_CLIENT_ID or body.get("client_secret") != APP_CLIENT_SECRET:
            return _oauth_error(401, "access_denied", "Unauthorized")
        grant_type = body.get("grant_type")
        with self._lock:
            if grant_type == "authorization_code":
                return self._exchange_code(body)
            if grant_type == "refresh_token":
                return self._rotate(str(body.get("refresh_token", "")))
        return _oauth_error(400, "unsupported_grant_type", f"grant_type {grant_type!r} is not supported")

    def _exchange_code(self, body: dict[str, Any]) -> Response:
        found = self._codes.pop(str(body.get("code", "")), None)
        if found is None or found[2] <= self.now() or found[1] != body.get("redirect_uri"):
            return _oauth_error(403, "invalid_grant", "Invalid authorization code")
        return self._issue(found[0])

    def _rotate(self, presented: str) -> Response:
        refresh = self._refresh.get(presented)
        now = self.now()
        if refresh is None or refresh.grant.revoked:
            self.stats.rejected_refreshes += 1
            return _oauth_error(403, "invalid_grant", "Unknown or invalid refresh token.")
        grant = refresh.grant
        if now - grant.created > ABSOLUTE_EXPIRY_S or now - refresh.issued > IDLE_EXPIRY_S:
            self._revoke(grant)
            return _oauth_error(403, "invalid_grant", "Unknown or invalid refresh token.")
        if refresh.rotated_at is not None:
            if now - refresh.rotated_at > REUSE_LEEWAY_S:
                self._revoke(grant)  # reuse of an old token: treated as stolen, the whole grant goes
                return _oauth_error(403, "invalid_grant", "Unknown or invalid refresh token.")
            self.stats.reused_within_leeway += 1
        else:
            refresh.rotated_at = now
        self.stats.refreshes += 1
        grant.refreshes += 1
        return self._issue(grant)

    def _issue(self, grant: OAuthGrant) -> Response:
        access = "atl-access-" + secrets.token_urlsafe(24)
        self._access[access] = (grant, self.now() + ACCESS_TOKEN_TTL_S)
        answer: dict[str, Any] = {
            "access_token": access,
            "expires_in": ACCESS_TOKEN_TTL_S,
            "scope": " ".join(sorted(grant.principal.scopes or ())),
            "token_type": "Bearer",
        }
        if "offline_access" in (grant.principal.scopes or ()):
            refresh = "atl-refresh-" + secrets.token_urlsafe(24)
            self._refresh[refresh] = _Refresh(grant, self.now())
            answer["refresh_token"] = refresh
        return JSONResponse(answer)

    def _revoke(self, grant: OAuthGrant) -> None:
        if not grant.revoked:
            grant.revoked = True
            self.stats.grants_revoked += 1

    # -- /me and control --------------------------------------------------------------------------

    async def _me(self, request: Request) -> Response:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        principal = self.principal_of(token.strip()) if scheme.lower() == "bearer" else None
        if principal is None:
            return JSONResponse({"code": 401, "message": "Unauthorized"}, 401)
        if "read:me" not in (principal.scopes or ()):
            return JSONResponse({"code": 403, "message": "The token lacks the read:me scope."}, 403)
        return JSONResponse(
            {
                "account_id": principal.account_id,
                "email": principal.email,
                "name": principal.display_name,
                "account_type": "atlassian",
                "account_status": "active",
            }
        )

    async def _clock(self, request: Request) -> Response:
        if request.method == "POST":
            self.offset_s += float((await _body(request)).get("advance", 0))
        return JSONResponse({"now": self.now(), "offset": self.offset_s})

    async def _revoke_account(self, request: Request) -> Response:
        """As a person removing the app from their Atlassian profile: every grant of the account ends."""
        account_id = str((await _body(request)).get("accountId", ""))
        self.revoke_account(account_id)
        return JSONResponse(self.stats.as_json())

    def revoke_account(self, account_id: str) -> None:
        with self._lock:
            grants = {id(r.grant): r.grant for r in self._refresh.values()}
            grants.update({id(g): g for g, _ in self._access.values()})
            for grant in grants.values():
                if grant.principal.account_id == account_id:
                    self._revoke(grant)

    async def _stats(self, request: Request) -> Response:
        return JSONResponse(self.stats.as_json())

    def advance(self, seconds: float) -> None:
        self.offset_s += seconds


def _authorize_problem(query: dict[str, str]) -> str | None:
    if query.get("client_id") != APP_CLIENT_ID:
        return "unknown client_id"
    if query.get("audience") != "api.atlassian.com" or query.get("response_type") != "code":
        return "audience must be api.atlassian.com and response_type code"
    redirect = urlsplit(query.get("redirect_uri", ""))
    if redirect.scheme not in ("http", "https") or not _loopback(redirect.hostname or ""):
        return "redirect_uri is not a registered callback URL (the sandbox app accepts loopback ones)"
    if not query.get("scope"):
        return "scope is required"
    return None


def _loopback(host: str) -> bool:
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _sign_in_page(query: dict[str, str], principals: dict[str, Principal]) -> str:
    options = "".join(
        f'<label><input type="radio" name="account" value="{html.escape(name)}"> '
        f"{html.escape(p.display_name)} ({html.escape(p.email)})</label><br>"
        for name, p in principals.items()
    )
    scopes = html.escape(query["scope"])
    return (
        "<!doctype html><title>Sandbox Atlassian sign-in</title><h1>Sign in to the Atlassian sandbox</h1>"
        f"<p>The app asks for: {scopes}</p><form method=post>{options}"
        "<button name=decision value=accept>Accept</button> "
        "<button name=decision value=deny>Deny</button></form>"
    )


def _with_query(url: str, **params: str | None) -> str:
    extra = urlencode({key: value for key, value in params.items() if value is not None})
    return f"{url}{'&' if urlsplit(url).query else '?'}{extra}"


async def _body(request: Request) -> dict[str, Any]:
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            value = json.loads(await request.body() or b"{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}
    return {key: str(value) for key, value in (await request.form()).items()}


def _oauth_error(status: int, error: str, description: str) -> Response:
    return JSONResponse({"error": error, "error_description": description}, status)
