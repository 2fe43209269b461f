"""The API clients every tool area uses: one generated client per API over one shared HTTP policy.

Policy: one pooled httpx.AsyncClient per API (not per call), explicit timeouts, and retries of 429, 502,
503, 504 and connection errors with exponential backoff and jitter, honouring Retry-After (capped) within
an overall deadline, only where a retry cannot apply work twice: GET/PUT/DELETE/PATCH, POST reads
(CSM fetch and search) and requests carrying an Idempotency-Key, plus 429s of any request (refused
before any work). Other failures of plain creates are never retried.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import csm_client
import httpx
import jira_groups_client
import jsm_ops_client

from atlassian_specs.layouts import stakeholder_operations

log = logging.getLogger("atlassian_people_mcp.http")

RETRY_STATUSES = frozenset({429, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "PATCH"})
# POST endpoints that only read (CSM fetch-many and search): safe to retry.
READ_POST_SUFFIXES = ("/fetch", "/search-by-detail-field")
USER_AGENT = "atlassian-people-mcp/0.1"


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # total tries
    base_delay_s: float = 0.25
    max_delay_s: float = 8.0  # cap per wait, Retry-After included
    deadline_s: float = 30.0  # overall budget for one operation, retries included

    def delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(max(float(retry_after), 0.0), self.max_delay_s)
            except ValueError:
                pass
        backoff = self.base_delay_s * 2.0 ** (attempt - 1)
        return min(backoff * (0.5 + random.random()), self.max_delay_s)  # jitter: 50–150 %


def is_retry_safe(request: httpx.Request) -> bool:
    """Whether repeating this request cannot apply work twice."""
    if request.method in SAFE_METHODS or "idempotency-key" in request.headers:
        return True
    return request.method == "POST" and request.url.path.endswith(READ_POST_SUFFIXES)


class RetryingTransport(httpx.AsyncBaseTransport):
    """Retries transient failures of requests that are safe to repeat (see is_retry_safe), and 429s of any."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self.inner = inner
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        safe = is_retry_safe(request)
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self.inner.handle_async_request(request)
                if safe:
                    response = await _read_in_full(response, request)
            except (httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError) as exc:
                if not self._may_retry(safe, attempt, started, 0.0):
                    raise
                wait = self.policy.delay(attempt, None)
                log.info(
                    "retrying %s %s after %s (attempt %d)",
                    request.method,
                    request.url.path,
                    type(exc).__name__,
                    attempt,
                )
            else:
                if response.status_code not in RETRY_STATUSES:
                    return response
                wait = self.policy.delay(attempt, response.headers.get("retry-after"))
                # A 429 means the request was refused before any work: repeating even a create is safe.
                if not self._may_retry(safe or response.status_code == 429, attempt, started, wait):
                    return response
                await response.aread()
                await response.aclose()
                log.info(
                    "retrying %s %s after HTTP %d (attempt %d)",
                    request.method,
                    request.url.path,
                    response.status_code,
                    attempt,
                )
            await asyncio.sleep(wait)

    def _may_retry(self, safe: bool, attempt: int, started: float, wait: float) -> bool:
        return (
            safe
            and attempt < self.policy.attempts
            and time.monotonic() - started + wait < self.policy.deadline_s
        )

    async def aclose(self) -> None:
        await self.inner.aclose()


async def _read_in_full(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """The response with its body already read, so that a connection dropped mid-body fails here, where it
    can be retried, rather than later in the client (the body bytes are kept as sent, still encoded)."""
    try:
        body = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(body),
        extensions=response.extensions,
        request=request,
    )


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
        transport = RetryingTransport(
            httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=20, max_keepalive_connections=10)),
            self.policy,
        )
        return httpx.AsyncClient(
            base_url=base_url,
            auth=self.credential.auth(),
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
