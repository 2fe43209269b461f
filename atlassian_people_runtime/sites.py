"""One site and one credential to the three configured clients.

    from atlassian_people_runtime.sites import connect

    with connect("https://your-domain.atlassian.net", email="me@example.com", api_token="...") as apis:
        page = list_stakeholders.call(client=apis.jsm_ops)

Base URLs (Atlassian's layout): JSM ops `{gateway}/jsm/ops/api/{cloudId}`, CSM
`{gateway}/jsm/csm/cloudid/{cloudId}`; Jira is the site itself with basic auth (email + API token) but
`{gateway}/ex/jira/{cloudId}` with an OAuth 2.0 token. The gateway is https://api.atlassian.com.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self
from urllib.parse import urlsplit

import csm_client
import httpx
import jira_groups_client
import jsm_ops_client

from .errors import ApiConnectionError, UnexpectedResponseError, error_for
from .transport import RetryPolicy

GATEWAY_URL = "https://api.atlassian.com"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def _check_url(url: str, what: str) -> str:
    """The URL without a trailing slash; credentials travel only over https (or to this machine)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not host or parts.scheme not in ("https", "http") or (parts.scheme == "http" and not loopback):
        raise ValueError(f"{what} must be an https:// URL (http:// only for localhost), not {url!r}.")
    return url.rstrip("/")


def discover_cloud_id(site_url: str, *, timeout: httpx.Timeout | float = 10.0) -> str:
    """The cloud id of a site (https://your-domain.atlassian.net), from its public tenant_info endpoint."""
    site = _check_url(site_url, "site_url")
    operation = "tenantInfo"
    try:
        response = httpx.get(f"{site}/_edge/tenant_info", timeout=timeout, follow_redirects=False)
    except httpx.TransportError as exc:
        raise ApiConnectionError(
            f"Could not reach {site} to discover its cloud id ({type(exc).__name__}); check the site URL.",
            operation=operation,
        ) from exc
    if not 200 <= response.status_code < 300:
        raise error_for(operation, response)
    try:
        cloud_id = response.json()["cloudId"]
    except (ValueError, KeyError, TypeError):
        cloud_id = None
    if not isinstance(cloud_id, str) or not cloud_id:
        raise UnexpectedResponseError(
            f"{site}/_edge/tenant_info did not name a cloud id; is {site} an Atlassian site? Pass cloud_id.",
            operation=operation,
            status=response.status_code,
        )
    return cloud_id


@dataclass(frozen=True)
class AccessibleSite:
    cloud_id: str
    url: str
    name: str
    scopes: frozenset[str]


def accessible_sites(
    oauth_token: str, *, gateway_url: str = GATEWAY_URL, timeout: httpx.Timeout | float = 10.0
) -> list[AccessibleSite]:
    """The sites an OAuth 2.0 access token reaches, with the scopes granted on each."""
    gateway = _check_url(gateway_url, "gateway_url")
    operation = "getAccessibleResources"
    try:
        response = httpx.get(
            f"{gateway}/oauth/token/accessible-resources",
            headers={"Authorization": f"Bearer {oauth_token}", "Accept": "application/json"},
            timeout=timeout,
            follow_redirects=False,
        )
    except httpx.TransportError as exc:
        raise ApiConnectionError(
            f"Could not reach {gateway} to look up the token's sites ({type(exc).__name__}).",
            operation=operation,
        ) from exc
    if not 200 <= response.status_code < 300:
        raise error_for(operation, response)
    try:
        return [
            AccessibleSite(
                str(site["id"]),
                str(site["url"]).rstrip("/"),
                str(site.get("name", "")),
                frozenset(str(scope) for scope in site.get("scopes", [])),
            )
            for site in response.json()
        ]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise UnexpectedResponseError(
            f"{gateway}/oauth/token/accessible-resources answered with something other than a list of sites.",
            operation=operation,
            status=response.status_code,
        ) from None


def _oauth_cloud_id(site: str, oauth_token: str, gateway: str, timeout: httpx.Timeout) -> str:
    sites = accessible_sites(oauth_token, gateway_url=gateway, timeout=timeout)
    for candidate in sites:
        if candidate.url == site:
            return candidate.cloud_id
    reachable = ", ".join(candidate.url for candidate in sites) or "none"
    raise ValueError(f"The OAuth token has no access to {site}; it can reach: {reachable}.")


@dataclass
class AtlassianClients:
    """The three generated clients for one site; closes their HTTP connections on exit."""

    jsm_ops: jsm_ops_client.Client | jsm_ops_client.AuthenticatedClient
    csm: csm_client.Client | csm_client.AuthenticatedClient
    jira: jira_groups_client.Client | jira_groups_client.AuthenticatedClient
    cloud_id: str

    def close(self) -> None:
        for client in (self.jsm_ops, self.csm, self.jira):
            client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def aclose(self) -> None:
        for client in (self.jsm_ops, self.csm, self.jira):
            await client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def connect(
    site_url: str,
    *,
    email: str | None = None,
    api_token: str | None = None,
    oauth_token: str | None = None,
    cloud_id: str | None = None,
    gateway_url: str = GATEWAY_URL,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    retries: RetryPolicy | None = None,
) -> AtlassianClients:
    """The JSM ops, CSM and Jira groups clients for one site and one credential: `email` + `api_token`
    (basic auth) or `oauth_token` (OAuth 2.0 access token). The cloud id is discovered when not given: from
    the token's accessible sites for OAuth, from the site otherwise. Every client has `timeout` and retries
    429s, 502/503/504 and dropped connections where that is safe (`retries`, default RetryPolicy())."""
    site = _check_url(site_url, "site_url")
    gateway = _check_url(gateway_url, "gateway_url")
    if bool(oauth_token) == bool(email and api_token):
        raise ValueError("Pass either email and api_token (basic auth) or oauth_token, and only one of them.")
    if not cloud_id:
        # An OAuth token names its sites (and so proves it reaches this one); basic auth asks the site.
        if oauth_token:
            cloud_id = _oauth_cloud_id(site, oauth_token, gateway, timeout)
        else:
            cloud_id = discover_cloud_id(site, timeout=timeout)
    common: dict[str, Any] = {"timeout": timeout, "retries": retries or RetryPolicy()}
    jira_base = f"{gateway}/ex/jira/{cloud_id}" if oauth_token else site
    urls = (f"{gateway}/jsm/ops/api/{cloud_id}", f"{gateway}/jsm/csm/cloudid/{cloud_id}", jira_base)
    packages: tuple[Any, Any, Any] = (jsm_ops_client, csm_client, jira_groups_client)
    made: list[Any] = []
    for package, url in zip(packages, urls, strict=True):
        if oauth_token:
            made.append(package.AuthenticatedClient(base_url=url, token=oauth_token, **common))
        else:
            auth = httpx.BasicAuth(email or "", api_token or "")
            made.append(package.Client(base_url=url, httpx_args={"auth": auth}, **common))
    return AtlassianClients(jsm_ops=made[0], csm=made[1], jira=made[2], cloud_id=cloud_id)


def connect_from_env(environ: Mapping[str, str] | None = None, **options: Any) -> AtlassianClients:
    """connect() configured as the MCP server is: ATLASSIAN_SITE_URL, ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN
    or ATLASSIAN_OAUTH_TOKEN, and optionally ATLASSIAN_CLOUD_ID and ATLASSIAN_API_URL (the gateway)."""
    env = os.environ if environ is None else environ
    site_url = env.get("ATLASSIAN_SITE_URL")
    if not site_url:
        raise ValueError("Set ATLASSIAN_SITE_URL (e.g. https://your-domain.atlassian.net).")
    return connect(
        site_url,
        email=env.get("ATLASSIAN_EMAIL") or None,
        api_token=env.get("ATLASSIAN_API_TOKEN") or None,
        oauth_token=env.get("ATLASSIAN_OAUTH_TOKEN") or None,
        cloud_id=env.get("ATLASSIAN_CLOUD_ID") or None,
        gateway_url=env.get("ATLASSIAN_API_URL") or GATEWAY_URL,
        **options,
    )
