"""The team server as a client of Atlassian's OAuth 2.0 (3LO) authorization server: the authorize URL,
the code exchange, rotating refreshes, the person's identity (`/me`) and the sites a token reaches.

Each call is one request on a short-lived client without a cookie jar: nothing one person's sign-in sets
can ride along with another's.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx

from ..clients import USER_AGENT
from .store import AtlassianTokens

AUDIENCE = "api.atlassian.com"


class AtlassianSignInError(Exception):
    """Atlassian refused or could not be reached; the message says which, in words for a person."""


class GrantRevoked(AtlassianSignInError):
    """Atlassian no longer accepts the grant's refresh token: the person must sign in again."""


@dataclass(frozen=True)
class Site:
    cloud_id: str
    url: str
    scopes: frozenset[str]


@dataclass(frozen=True)
class Identity:
    account_id: str
    name: str


class AtlassianOAuth:
    def __init__(
        self,
        client_id: str,
        client_secret: str,
        auth_url: str,
        gateway_url: str,
        timeout_s: float = 30.0,
        clock: Any = time.time,
    ) -> None:
        self.client_id = client_id
        self._client_secret = client_secret
        self.auth_url = auth_url.rstrip("/")
        self.gateway_url = gateway_url.rstrip("/")
        self.timeout = httpx.Timeout(timeout_s, connect=min(10.0, timeout_s))
        self.clock = clock

    def authorize_url(self, scopes: list[str], redirect_uri: str, state: str) -> str:
        query = {
            "audience": AUDIENCE,
            "client_id": self.client_id,
            "scope": " ".join(scopes),
            "redirect_uri": redirect_uri,
            "state": state,
            "response_type": "code",
            "prompt": "consent",
        }
        return f"{self.auth_url}/authorize?{urlencode(query)}"

    def _client(self) -> httpx.AsyncClient:
        # An empty cookie jar per request: cookies never carry over between people.
        return httpx.AsyncClient(
            timeout=self.timeout, headers={"User-Agent": USER_AGENT}, follow_redirects=False
        )

    async def _token_request(self, body: dict[str, str]) -> tuple[AtlassianTokens, frozenset[str]]:
        body = {"client_id": self.client_id, "client_secret": self._client_secret, **body}
        try:
            async with self._client() as client:
                response = await client.post(f"{self.auth_url}/oauth/token", json=body)
        except httpx.HTTPError as exc:
            raise AtlassianSignInError(
                f"could not reach Atlassian's sign-in service ({type(exc).__name__})"
            ) from None
        answer = _json(response)
        if response.status_code in (400, 401, 403) and answer.get("error") in (
            "invalid_grant",
            "unauthorized_client",
            "access_denied",
        ):
            if body["grant_type"] == "refresh_token" and response.status_code != 401:
                raise GrantRevoked(str(answer.get("error_description") or answer["error"]))
            raise AtlassianSignInError(
                f"Atlassian refused the sign-in ({answer.get('error')}: "
                f"{answer.get('error_description', '')})"
            )
        if response.status_code != 200 or not answer.get("access_token"):
            raise AtlassianSignInError(f"Atlassian's sign-in service answered HTTP {response.status_code}")
        if not answer.get("refresh_token"):
            raise AtlassianSignInError(
                "Atlassian issued no refresh token (the app must request offline_access)"
            )
        tokens = AtlassianTokens(
            str(answer["access_token"]),
            str(answer["refresh_token"]),
            self.clock() + float(answer.get("expires_in", 3600)),
        )
        return tokens, frozenset(str(answer.get("scope", "")).split())

    async def exchange_code(self, code: str, redirect_uri: str) -> tuple[AtlassianTokens, frozenset[str]]:
        return await self._token_request(
            {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri}
        )

    async def refresh(self, refresh_token: str) -> AtlassianTokens:
        tokens, _ = await self._token_request({"grant_type": "refresh_token", "refresh_token": refresh_token})
        return tokens

    async def _get(self, path: str, access_token: str) -> Any:
        try:
            async with self._client() as client:
                response = await client.get(
                    f"{self.gateway_url}{path}", headers={"Authorization": f"Bearer {access_token}"}
                )
        except httpx.HTTPError as exc:
            raise AtlassianSignInError(f"could not reach Atlassian ({type(exc).__name__})") from None
        if response.status_code != 200:
            raise AtlassianSignInError(f"Atlassian answered {path} with HTTP {response.status_code}")
        try:
            return response.json()
        except ValueError:
            raise AtlassianSignInError(f"Atlassian's answer to {path} could not be read") from None

    async def identity(self, access_token: str) -> Identity:
        me = await self._get("/me", access_token)
        if not isinstance(me, dict) or not me.get("account_id"):
            raise AtlassianSignInError("Atlassian's /me answer names no account")
        return Identity(str(me["account_id"]), str(me.get("name") or me["account_id"]))

    async def sites(self, access_token: str) -> list[Site]:
        found = await self._get("/oauth/token/accessible-resources", access_token)
        if not isinstance(found, list):
            raise AtlassianSignInError("Atlassian's accessible-resources answer is not a list")
        return [
            Site(str(site.get("id", "")), str(site.get("url", "")), frozenset(site.get("scopes") or ()))
            for site in found
            if isinstance(site, dict)
        ]


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        value = response.json()
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
