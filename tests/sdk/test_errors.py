"""The raising `call`/`acall` forms and the exception family, as a developer meets them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import csm_client
import httpx
import pytest
from csm_client import types as csm_types
from csm_client.api.products import create_product, delete_product, get_product, get_products
from csm_client.models import CreateProductRequest, ErrorResponse, Product, ProductPage
from jira_groups_client import types as jira_types
from jsm_ops_client import types as jsm_types

import atlassian_people_runtime as runtime
from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN


def csm_for(server: SandboxServer, token: str = ADMIN_TOKEN) -> csm_client.Client:
    return csm_client.Client(
        base_url=server.csm_url, httpx_args={"auth": httpx.BasicAuth(ADMIN_EMAIL, token)}
    )


def mocked(handler: Callable[[httpx.Request], httpx.Response]) -> csm_client.Client:
    """A CSM client whose HTTP answers come from handler (for answers the sandbox never gives)."""
    client = csm_client.Client(base_url="https://api.example.test/csm")
    client.set_httpx_client(
        httpx.Client(base_url="https://api.example.test/csm", transport=httpx.MockTransport(handler))
    )
    return client


def test_call_returns_only_the_success_model(sandbox: SandboxServer) -> None:
    client = csm_for(sandbox)
    created = create_product.call(client=client, body=CreateProductRequest(name="Widgets"))
    assert isinstance(created, Product) and created.name == "Widgets"
    assert get_product.call(created.id, client=client).name == "Widgets"
    page = get_products.call(client=client, limit=5)
    assert isinstance(page, ProductPage)
    delete_product.call(created.id, client=client)
    with pytest.raises(runtime.NotFoundError):
        get_product.call(created.id, client=client)


def test_wrong_credentials_raise_authentication_error_with_status_and_details(sandbox: SandboxServer) -> None:
    with pytest.raises(runtime.AuthenticationError) as caught:
        get_products.call(client=csm_for(sandbox, token="wrong-token"))
    assert caught.value.status == 401
    assert caught.value.operation == "getProducts"
    assert caught.value.messages, "Atlassian's error details are carried"


def test_missing_object_raises_not_found(sandbox: SandboxServer) -> None:
    with pytest.raises(runtime.NotFoundError) as caught:
        get_product.call("no-such-product", client=csm_for(sandbox))
    assert caught.value.status == 404
    assert isinstance(caught.value, runtime.ApiError)


def test_async_form_raises_the_same_family(sandbox: SandboxServer) -> None:
    async def main() -> None:
        client = csm_for(sandbox)
        async with client:
            with pytest.raises(runtime.NotFoundError):
                await get_product.acall("no-such-product", client=client)
            page = await get_products.acall(client=client, limit=1)
            assert isinstance(page, ProductPage)

    asyncio.run(main())


def test_rate_limit_carries_retry_after_and_request_id() -> None:
    client = mocked(
        lambda request: httpx.Response(
            429,
            headers={"Retry-After": "7", "X-Request-Id": "req-123"},
            json={"message": "Too many requests"},
        )
    )
    with pytest.raises(runtime.RateLimitError) as caught:
        get_products.call(client=client)
    assert caught.value.retry_after == 7.0
    assert caught.value.request_id == "req-123"
    assert caught.value.messages == ["Too many requests"]
    assert "req-123" in str(caught.value)


def test_non_json_error_body_keeps_status_and_headers_in_sync_detailed() -> None:
    # Regression: sync_detailed raised JSONDecodeError on a gateway's HTML 429 page, losing Retry-After.
    client = mocked(
        lambda request: httpx.Response(429, headers={"Retry-After": "3"}, text="<html>Slow down</html>")
    )
    detailed = get_products.sync_detailed(client=client)
    assert detailed.status_code == 429
    assert detailed.headers["retry-after"] == "3"
    assert detailed.parsed is None
    with pytest.raises(runtime.RateLimitError) as caught:
        get_products.call(client=client)
    assert caught.value.retry_after == 3.0


def test_well_formed_error_body_is_still_parsed_by_sync() -> None:
    client = mocked(lambda request: httpx.Response(403, json={"message": "No access"}))
    parsed = get_products.sync(client=client)
    assert isinstance(parsed, ErrorResponse) and parsed.message == "No access"
    with pytest.raises(runtime.PermissionDeniedError) as caught:
        get_products.call(client=client)
    assert caught.value.body == {"message": "No access"}


def test_server_error_of_a_read_is_a_server_error_but_of_a_create_an_unknown_outcome() -> None:
    client = mocked(lambda request: httpx.Response(500, text="Internal error"))
    with pytest.raises(runtime.ServerError) as read_failure:
        get_products.call(client=client)
    assert read_failure.value.messages == ["Internal error"]
    with pytest.raises(runtime.OutcomeUnknownError) as write_failure:
        create_product.call(client=client, body=CreateProductRequest(name="Widgets"))
    assert write_failure.value.status == 500


def test_timeout_of_a_create_is_an_unknown_outcome_but_a_refused_connection_is_not() -> None:
    def times_out(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(runtime.OutcomeUnknownError):
        create_product.call(client=mocked(times_out), body=CreateProductRequest(name="Widgets"))
    with pytest.raises(runtime.ApiConnectionError):
        get_products.call(client=mocked(times_out))
    with pytest.raises(runtime.ApiConnectionError):
        create_product.call(client=mocked(refused), body=CreateProductRequest(name="Widgets"))


def test_off_spec_success_body_raises_unexpected_response() -> None:
    client = mocked(lambda request: httpx.Response(200, text="not json"))
    with pytest.raises(runtime.UnexpectedResponseError) as caught:
        get_products.call(client=client)
    assert caught.value.status == 200


def test_unset_is_one_marker_across_the_three_clients() -> None:
    # Regression: each package had its own Unset, so a Jira value compared with the JSM ops UNSET was False.
    assert jira_types.UNSET is jsm_types.UNSET is csm_types.UNSET is runtime.UNSET
    assert isinstance(jira_types.UNSET, jsm_types.Unset)
