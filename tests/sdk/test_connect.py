"""connect() / discover_cloud_id(), Jira through the OAuth gateway, and the clients' async pitfalls."""

from __future__ import annotations

import asyncio

import csm_client
import httpx
import jira_groups_client
import pytest
from csm_client.api.products import get_products
from jira_groups_client import paging as jira_paging
from jira_groups_client.api.groups import bulk_get_jira_groups
from jsm_ops_client.api.stakeholders import list_stakeholders

import atlassian_people_runtime as runtime
from atlassian_people_runtime.sites import accessible_sites, connect, discover_cloud_id
from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_OAUTH_TOKEN, ADMIN_TOKEN


def test_discover_cloud_id_reads_the_sites_tenant_info(sandbox: SandboxServer) -> None:
    assert discover_cloud_id(sandbox.url) == sandbox.cloud_id


def test_discover_cloud_id_of_a_site_that_is_not_there_says_so() -> None:
    with pytest.raises(runtime.ApiConnectionError, match="cloud id"):
        discover_cloud_id("http://127.0.0.1:9", timeout=2.0)


def test_connect_with_basic_auth_reaches_all_three_apis(sandbox: SandboxServer) -> None:
    with connect(sandbox.url, email=ADMIN_EMAIL, api_token=ADMIN_TOKEN, gateway_url=sandbox.url) as apis:
        assert apis.cloud_id == sandbox.cloud_id
        assert apis.jira.get_httpx_client().base_url == httpx.URL(sandbox.url)
        list_stakeholders.call(client=apis.jsm_ops, first=1)
        get_products.call(client=apis.csm, limit=1)
        assert bulk_get_jira_groups.call(client=apis.jira, max_results=1).total


def test_connect_with_oauth_reaches_jira_through_the_gateway_path(sandbox: SandboxServer) -> None:
    with connect(sandbox.url, oauth_token=ADMIN_OAUTH_TOKEN, gateway_url=sandbox.url) as apis:
        assert str(apis.jira.get_httpx_client().base_url).rstrip("/").endswith(f"/ex/jira/{sandbox.cloud_id}")
        groups = list(jira_paging.iter_bulk_get_jira_groups(client=apis.jira, page_size=5))
        assert groups
        list_stakeholders.call(client=apis.jsm_ops, first=1)


def test_the_gateway_path_checks_the_cloud_id(sandbox: SandboxServer) -> None:
    client = jira_groups_client.AuthenticatedClient(
        base_url=f"{sandbox.url}/ex/jira/00000000-0000-0000-0000-000000000000", token=ADMIN_OAUTH_TOKEN
    )
    with pytest.raises(runtime.NotFoundError):
        bulk_get_jira_groups.call(client=client)


def test_connect_refuses_plain_http_to_a_remote_host_and_ambiguous_credentials() -> None:
    with pytest.raises(ValueError, match="https"):
        connect("http://example.atlassian.net", email="a@example.com", api_token="t", cloud_id="x")
    with pytest.raises(ValueError, match="either"):
        connect("https://example.atlassian.net", email="a@example.com", api_token="t", oauth_token="o")
    with pytest.raises(ValueError, match="either"):
        connect("https://example.atlassian.net", email="a@example.com", cloud_id="x")


def test_generated_clients_have_a_default_timeout() -> None:
    # Regression: the clients had no timeout, so a stalled request hung forever.
    client = csm_client.Client(base_url="https://api.example.test")
    assert client.get_httpx_client().timeout == httpx.Timeout(30.0, connect=10.0)
    assert client.get_async_httpx_client().timeout == httpx.Timeout(30.0, connect=10.0)


def test_one_client_serves_several_asyncio_runs(sandbox: SandboxServer) -> None:
    # Regression: the second asyncio.run() failed with "Event loop is closed" on the pooled connection.
    client = csm_client.Client(
        base_url=sandbox.csm_url, httpx_args={"auth": httpx.BasicAuth(ADMIN_EMAIL, ADMIN_TOKEN)}
    )

    async def read() -> int:
        return len((await get_products.acall(client=client, limit=2)).results)

    assert asyncio.run(read()) == asyncio.run(read()) == asyncio.run(read())


def test_authenticated_client_keeps_its_token_on_a_custom_httpx_client(sandbox: SandboxServer) -> None:
    # Regression: set_httpx_client() silently dropped the token, and every call failed with 401.
    client = csm_client.AuthenticatedClient(base_url=sandbox.csm_url, token=ADMIN_OAUTH_TOKEN)
    client.set_httpx_client(httpx.Client(base_url=sandbox.csm_url, timeout=5.0))
    assert isinstance(get_products.call(client=client, limit=1).results, list)

    async def read() -> None:
        client.set_async_httpx_client(httpx.AsyncClient(base_url=sandbox.csm_url, timeout=5.0))
        await get_products.acall(client=client, limit=1)

    asyncio.run(read())


def test_retries_option_puts_the_retry_transport_under_both_clients() -> None:
    client = csm_client.Client(base_url="https://api.example.test", retries=runtime.RetryPolicy())
    assert isinstance(client.get_httpx_client()._transport, runtime.RetryingTransport)
    assert isinstance(client.get_async_httpx_client()._transport, runtime.AsyncRetryingTransport)


def test_oauth_cloud_id_comes_from_the_tokens_accessible_sites(sandbox: SandboxServer) -> None:
    sites = accessible_sites(ADMIN_OAUTH_TOKEN, gateway_url=sandbox.url)
    assert [(site.cloud_id, site.url) for site in sites] == [(sandbox.cloud_id, sandbox.url)]
    assert "read:group:jira" in sites[0].scopes
    other_site = sandbox.url.replace("127.0.0.1", "localhost")
    with pytest.raises(ValueError, match=f"can reach: {sandbox.url}"):
        connect(other_site, oauth_token=ADMIN_OAUTH_TOKEN, gateway_url=sandbox.url)
    with pytest.raises(runtime.AuthenticationError):
        accessible_sites("not-a-token", gateway_url=sandbox.url)
