"""The API clients every tool area uses: one generated client per API over one shared HTTP policy.

Policy: one pooled httpx.AsyncClient per API (not per call), explicit timeouts, and the retry transport the
generated clients' users get too (atlassian_people_runtime.transport: 429, 502, 503, 504 and connection
errors, Retry-After honoured, only where a retry cannot apply work twice). The pooled clients keep no
cookies: in team mode they serve everyone, and a cookie Atlassian set for one person's request would
otherwise ride along with the next person's.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any, TypeAlias

import csm_client
import httpx
import jira_groups_client
import jsm_ops_client

from atlassian_people_runtime.transport import AsyncRetryingTransport, RetryPolicy, is_retry_safe
from atlassian_specs.layouts import stakeholder_operations

from . import __version__

__all__ = ["ApiClients", "Credential", "Endpoints", "RetryPolicy", "is_retry_safe"]

USER_AGENT = f"atlassian-people-mcp/{__version__}"


@dataclass(frozen=True)
class Endpoints:
    jsm_ops: str
    csm: str
    jira: str
    stakeholders: str | None = None  # the stakeholder operations' base when not jsm_ops (another layout)


@dataclass(frozen=True)
class Credential:
    """How to authenticate: basic (email + API token) or bearer (OAuth 2.0)."""

    email: str | None = None
    api_token: str | None = field(default=None, repr=False)  # secrets: kept out of reprs (and so logs)
    oauth_token: str | None = field(default=None, repr=False)

    def auth(self) -> httpx.Auth | None:
        if self.oauth_token:
            return None  # sent as a header by AuthenticatedClient-style construction below
        if self.email and self.api_token:
            return httpx.BasicAuth(self.email, self.api_token)
        return None

    def describe(self) -> str:
        """Which credential, for error messages; never the secret itself."""
        if self.oauth_token:
            return "the OAuth token in ATLASSIAN_OAUTH_TOKEN"
        return f"ATLASSIAN_EMAIL={self.email} with ATLASSIAN_API_TOKEN"


GeneratedClient: TypeAlias = jsm_ops_client.Client | csm_client.Client | jira_groups_client.Client


class ApiClients:
    """Generated clients for the three APIs, created lazily per event loop (httpx pools are loop-bound)."""

    def __init__(
        self,
        endpoints: Endpoints,
        credential: Credential,
        timeout_s: float = 30.0,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.endpoints = endpoints
        self.credential = credential
        self.timeout = httpx.Timeout(timeout_s, connect=min(10.0, timeout_s))
        self.policy = policy or RetryPolicy(deadline_s=max(timeout_s, 5.0))
        self._loop: asyncio.AbstractEventLoop | None = None
        self._clients: dict[str, GeneratedClient] = {}

    def _http(self, base_url: str) -> httpx.AsyncClient:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if self.credential.oauth_token:
            headers["Authorization"] = f"Bearer {self.credential.oauth_token}"
        transport = AsyncRetryingTransport(
            httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=20, max_keepalive_connections=10)),
            self.policy,
        )
        return httpx.AsyncClient(
            base_url=base_url,
            auth=self.credential.auth(),
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),  # accepts no cookie
            headers=headers,
            timeout=self.timeout,
            transport=transport,
            follow_redirects=False,
        )

    def client(self, api: str, operation_id: str = "") -> GeneratedClient:
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._loop, self._clients = loop, {}
        key = api
        if api == "jsm-ops" and self.endpoints.stakeholders and operation_id in stakeholder_operations():
            key = "jsm-ops-stakeholders"
        if key not in self._clients:
            factory: Any
            base_url, factory = {
                "jsm-ops": (self.endpoints.jsm_ops, jsm_ops_client.Client),
                "jsm-ops-stakeholders": (self.endpoints.stakeholders or "", jsm_ops_client.Client),
                "csm": (self.endpoints.csm, csm_client.Client),
                "jira-groups": (self.endpoints.jira, jira_groups_client.Client),
            }[key]
            generated = factory(base_url=base_url, timeout=self.timeout)
            generated.set_async_httpx_client(self._http(base_url))
            self._clients[key] = generated
        return self._clients[key]

    async def aclose(self) -> None:
        clients, self._clients = self._clients, {}
        for generated in clients.values():
            await generated.get_async_httpx_client().aclose()
