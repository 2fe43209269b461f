"""Retries as httpx transports (sync and async), the policy the MCP server uses too.

Retries 429, 502, 503, 504 and connection errors with exponential backoff and jitter, honouring Retry-After
(capped) within an overall deadline, only where a retry cannot apply work twice: GET/HEAD/PUT/DELETE/PATCH,
POST reads (CSM fetch and search) and requests carrying an Idempotency-Key, plus 429s of any request (refused
before any work). Other failures of plain creates are never retried.

    httpx.Client(transport=RetryingTransport())
    httpx.AsyncClient(transport=AsyncRetryingTransport())
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("atlassian_people_runtime.http")

RETRY_STATUSES = frozenset({429, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "PATCH"})
# POST endpoints that only read (CSM fetch-many and search): safe to retry.
READ_POST_SUFFIXES = ("/fetch", "/search-by-detail-field")
# Failures after which the request may be sent again (a timeout is not one: the work may be under way).
RETRY_ERRORS = (httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError)


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # total tries
    base_delay_s: float = 0.25
    max_delay_s: float = 8.0  # cap per wait, Retry-After included
    deadline_s: float = 30.0  # overall budget for one request, retries included

    def delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(max(float(retry_after), 0.0), self.max_delay_s)
            except ValueError:
                pass
        backoff = self.base_delay_s * 2.0 ** (attempt - 1)
        return min(backoff * (0.5 + random.random()), self.max_delay_s)  # jitter: 50–150 %

    def may_retry(self, safe: bool, attempt: int, started: float, wait: float) -> bool:
        return safe and attempt < self.attempts and time.monotonic() - started + wait < self.deadline_s


def is_retry_safe(request: httpx.Request) -> bool:
    """Whether repeating this request cannot apply work twice."""
    if request.method in SAFE_METHODS or "idempotency-key" in request.headers:
        return True
    return request.method == "POST" and request.url.path.endswith(READ_POST_SUFFIXES)


def _log_retry(request: httpx.Request, reason: str, attempt: int) -> None:
    log.info("retrying %s %s after %s (attempt %d)", request.method, request.url.path, reason, attempt)


def _buffered(response: httpx.Response, request: httpx.Request, body: bytes) -> httpx.Response:
    """The response with its body already read, so that a connection dropped mid-body fails in the
    transport, where it can be retried, rather than later in the client (bytes kept as sent, encoded)."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(body),
        extensions=response.extensions,
        request=request,
    )


class RetryingTransport(httpx.BaseTransport):
    """For httpx.Client: retries transient failures of requests that are safe to repeat, and 429s of any."""

    def __init__(self, inner: httpx.BaseTransport | None = None, policy: RetryPolicy | None = None) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        safe = is_retry_safe(request)
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self.inner.handle_request(request)
                if safe and not response.is_stream_consumed:
                    try:
                        body = b"".join(response.iter_raw())
                    finally:
                        response.close()
                    response = _buffered(response, request, body)
            except RETRY_ERRORS as exc:
                if not self.policy.may_retry(safe, attempt, started, 0.0):
                    raise
                wait = self.policy.delay(attempt, None)
                _log_retry(request, type(exc).__name__, attempt)
            else:
                if response.status_code not in RETRY_STATUSES:
                    return response
                wait = self.policy.delay(attempt, response.headers.get("retry-after"))
                if not self.policy.may_retry(safe or response.status_code == 429, attempt, started, wait):
                    return response
                response.read()
                response.close()
                _log_retry(request, f"HTTP {response.status_code}", attempt)
            time.sleep(wait)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    """For httpx.AsyncClient: the same policy as RetryingTransport."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport | None = None, policy: RetryPolicy | None = None
    ) -> None:
        self.inner = inner or httpx.AsyncHTTPTransport()
        self.policy = policy or RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        safe = is_retry_safe(request)
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self.inner.handle_async_request(request)
                if safe and not response.is_stream_consumed:  # (an in-memory response is complete)
                    try:
                        body = b"".join([chunk async for chunk in response.aiter_raw()])
                    finally:
                        await response.aclose()
                    response = _buffered(response, request, body)
            except RETRY_ERRORS as exc:
                if not self.policy.may_retry(safe, attempt, started, 0.0):
                    raise
                wait = self.policy.delay(attempt, None)
                _log_retry(request, type(exc).__name__, attempt)
            else:
                if response.status_code not in RETRY_STATUSES:
                    return response
                wait = self.policy.delay(attempt, response.headers.get("retry-after"))
                # A 429 means the request was refused before any work: repeating even a create is safe.
                if not self.policy.may_retry(safe or response.status_code == 429, attempt, started, wait):
                    return response
                await response.aread()
                await response.aclose()
                _log_retry(request, f"HTTP {response.status_code}", attempt)
            await asyncio.sleep(wait)

    async def aclose(self) -> None:
        await self.inner.aclose()
