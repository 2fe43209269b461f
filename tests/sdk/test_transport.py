"""The retry transports (sync and async): Retry-After honoured, only requests safe to repeat retried."""

from __future__ import annotations

import asyncio
import time

import csm_client
import httpx
import pytest
from csm_client.api.products import create_product, get_products
from csm_client.models import CreateProductRequest, ProductPage

import atlassian_people_runtime as runtime
from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN
from atlassian_people_sandbox.faults import FaultConfig

FAST = runtime.RetryPolicy(base_delay_s=0.001, max_delay_s=0.5, deadline_s=5.0)
PAGE: dict[str, object] = {"results": [], "nextPageCursor": None}


class Script:
    """Answers requests with the given responses in turn and records what was sent."""

    def __init__(self, *answers: httpx.Response | type[httpx.TransportError]) -> None:
        self.answers = list(answers)
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, type):
            raise answer("scripted failure", request=request)
        # A fresh response each time: a transport consumes the body of the one it gets.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


def sync_client(script: Script, policy: runtime.RetryPolicy = FAST) -> httpx.Client:
    return httpx.Client(transport=runtime.RetryingTransport(httpx.MockTransport(script), policy))


def test_sync_transport_retries_a_read_after_503_and_honours_retry_after() -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "0.2"}), httpx.Response(200, json=PAGE))
    started = time.monotonic()
    response = sync_client(script).get("https://api.example.test/x")
    assert response.status_code == 200
    assert len(script.seen) == 2
    assert time.monotonic() - started >= 0.2


def test_sync_transport_never_repeats_a_plain_create_after_a_server_error() -> None:
    script = Script(httpx.Response(503), httpx.Response(201, json={"id": "1", "name": "x"}))
    response = sync_client(script).post("https://api.example.test/api/v1/product", json={"name": "x"})
    assert response.status_code == 503
    assert len(script.seen) == 1


def test_sync_transport_repeats_a_create_refused_with_429_or_carrying_an_idempotency_key() -> None:
    limited = Script(httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(201))
    assert sync_client(limited).post("https://api.example.test/p", json={}).status_code == 201
    keyed = Script(httpx.Response(504), httpx.Response(202))
    response = sync_client(keyed).post(
        "https://api.example.test/p", json={}, headers={"Idempotency-Key": "k"}
    )
    assert response.status_code == 202
    assert [r.headers["idempotency-key"] for r in keyed.seen] == ["k", "k"]


def test_sync_transport_retries_dropped_connections_of_reads_only_up_to_the_attempts() -> None:
    script = Script(httpx.RemoteProtocolError)
    with pytest.raises(httpx.RemoteProtocolError):
        sync_client(script).get("https://api.example.test/x")
    assert len(script.seen) == FAST.attempts


def test_sync_transport_gives_up_when_retry_after_exceeds_the_deadline() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "60"}))
    policy = runtime.RetryPolicy(max_delay_s=60.0, deadline_s=1.0)
    assert sync_client(script, policy).get("https://api.example.test/x").status_code == 429
    assert len(script.seen) == 1


def test_generated_client_over_the_sync_transport_returns_the_retried_answer() -> None:
    script = Script(httpx.Response(502, text="<html>Bad gateway</html>"), httpx.Response(200, json=PAGE))
    client = csm_client.Client(base_url="https://api.example.test")
    client.set_httpx_client(
        httpx.Client(
            base_url="https://api.example.test",
            transport=runtime.RetryingTransport(httpx.MockTransport(script), FAST),
        )
    )
    assert get_products.call(client=client).results == []
    assert len(script.seen) == 2


def test_async_transport_applies_the_same_policy() -> None:
    def client_for(script: Script) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=runtime.AsyncRetryingTransport(httpx.MockTransport(script), FAST))

    async def main() -> None:
        read = Script(httpx.Response(503), httpx.Response(200))
        async with client_for(read) as http:
            assert (await http.get("https://api.example.test/x")).status_code == 200
        assert len(read.seen) == 2
        create = Script(httpx.Response(503), httpx.Response(201))
        async with client_for(create) as http:
            assert (await http.post("https://api.example.test/p", json={})).status_code == 503
        assert len(create.seen) == 1

    asyncio.run(main())


def test_generated_async_call_over_the_async_transport_raises_after_the_retries() -> None:
    script = Script(httpx.Response(503, json={"message": "down"}))

    async def main() -> None:
        client = csm_client.Client(base_url="https://api.example.test")
        client.set_async_httpx_client(
            httpx.AsyncClient(
                base_url="https://api.example.test",
                transport=runtime.AsyncRetryingTransport(httpx.MockTransport(script), FAST),
            )
        )
        with pytest.raises(runtime.ServerError):
            await get_products.acall(client=client)
        with pytest.raises(runtime.OutcomeUnknownError):
            await create_product.acall(client=client, body=CreateProductRequest(name="x"))

    asyncio.run(main())
    assert len(script.seen) == FAST.attempts + 1


def test_sync_transport_over_real_http_rides_out_injected_faults(sandbox: SandboxServer) -> None:
    # Reads through a faulty sandbox (429s, 5xx and dropped connections on 40 % of requests) all succeed.
    sandbox.sandbox.faults.reconfigure(
        FaultConfig(rate_429=0.15, retry_after_s=0, rate_5xx=0.15, rate_drop=0.1)
    )
    try:
        client = csm_client.Client(base_url=sandbox.csm_url)
        client.set_httpx_client(
            httpx.Client(
                base_url=sandbox.csm_url,
                auth=httpx.BasicAuth(ADMIN_EMAIL, ADMIN_TOKEN),
                transport=runtime.RetryingTransport(policy=FAST),
            )
        )
        for _ in range(20):
            assert isinstance(get_products.call(client=client, limit=2), ProductPage)
        assert sum(sandbox.sandbox.faults.counts.values()) >= 3, "faults were injected"
    finally:
        sandbox.sandbox.faults.reconfigure(FaultConfig())
