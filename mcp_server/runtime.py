"""Assembling a running server from Settings: endpoints, credentials, discovery, sandbox."""

from __future__ import annotations

import logging
from contextlib import ExitStack
from dataclasses import dataclass, replace
from typing import Any

from atlassian_people_runtime import sites
from atlassian_people_runtime.errors import ApiConnectionError, AtlassianError, AuthenticationError
from atlassian_specs.layouts import stakeholder_base
from atlassian_specs.operations import JIRA_OAUTH_BASE_PATH, api_base_url

from .access import Access
from .clients import ApiClients, Credential, Endpoints
from .config import ConfigError, Settings
from .errors import basic_auth_forms
from .selection import check_tool_selection, unknown_scope_notices
from .server import PeopleServer
from .tools import all_tools
from .urls import checked_cloud_id, foreign_hosts_warning, hosts_outside_atlassian, shown_url

log = logging.getLogger("atlassian_people_mcp")


@dataclass
class Runtime:
    server: PeopleServer
    settings: Settings
    endpoints: Endpoints
    exit_stack: ExitStack

    def close(self) -> None:
        self.exit_stack.close()


def _start_sandbox(settings: Settings, stack: ExitStack) -> tuple[Settings, str]:
    from atlassian_people_sandbox import SandboxConfig, SandboxServer
    from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN

    config = SandboxConfig(seed_size=50, stakeholder_layout=settings.stakeholder_layout)
    server = stack.enter_context(SandboxServer(config))
    # Sandbox mode talks to the sandbox only; real credentials are never sent to it. An explicit
    # sandbox OAuth token (e.g. sandbox-readonly-oauth) is kept to try scoped access.
    if settings.oauth_token and settings.oauth_token.startswith("sandbox-"):
        credentials: dict[str, Any] = {"email": None, "api_token": None}
    else:
        credentials = {"email": ADMIN_EMAIL, "api_token": ADMIN_TOKEN, "oauth_token": None}
    settings = replace(
        settings,
        cloud_id=server.cloud_id,
        site_url=server.url,
        jsm_ops_url=server.jsm_ops_url,
        csm_url=server.csm_url,
        # With an OAuth token Jira is reached through the gateway path, as live (build() derives it).
        jira_url=None if credentials.get("oauth_token", settings.oauth_token) else server.jira_url,
        **credentials,
    )
    log.warning(
        "SANDBOX MODE (%s): serving a local fake of the Atlassian APIs at %s; no real data. "
        "Set ATLASSIAN_SITE_URL and credentials for real data.",
        settings.sandbox_reason or "--sandbox",
        server.url,
    )
    return settings, server.url


def _cause(exc: BaseException) -> str:
    """The name of what went wrong: the transport error behind a connection failure, else the error."""
    return type(exc.__cause__ or exc).__name__


def discover_cloud_id(site_url: str, timeout: float) -> str:
    try:
        discovered = sites.discover_cloud_id(site_url, timeout=timeout)
    except (AtlassianError, ValueError) as exc:
        raise ConfigError(
            f"could not discover the cloud id from {shown_url(site_url)}/_edge/tenant_info "
            f"({_cause(exc)}); set ATLASSIAN_CLOUD_ID."
        ) from None
    # The id becomes part of every API path: anything but a UUID could steer credentialed requests.
    return checked_cloud_id(f"the cloud id from {shown_url(site_url)}/_edge/tenant_info", discovered)


def discover_oauth_grant(settings: Settings, gateway: str) -> tuple[str | None, frozenset[str]]:
    """The cloud id and granted scopes of an OAuth token, from Atlassian's accessible-resources endpoint."""
    try:
        reachable = sites.accessible_sites(
            settings.oauth_token or "", gateway_url=gateway, timeout=settings.timeout_s
        )
    except ApiConnectionError as exc:
        raise ConfigError(
            f"could not reach {shown_url(gateway)} to check the OAuth token ({_cause(exc)})."
        ) from None
    except AuthenticationError:
        raise ConfigError(
            "ATLASSIAN_OAUTH_TOKEN was rejected by Atlassian (401); get a fresh access token."
        ) from None
    except (AtlassianError, ValueError):
        raise ConfigError(
            f"unexpected answer from {shown_url(gateway)}/oauth/token/accessible-resources."
        ) from None
    wanted = [
        site
        for site in reachable
        if site.cloud_id == settings.cloud_id or (settings.site_url and site.url == settings.site_url)
    ]
    if not wanted and len(reachable) == 1 and not settings.cloud_id:
        wanted = reachable
    if not wanted:
        names = ", ".join(site.url for site in reachable) or "none"
        raise ConfigError(f"the OAuth token has no access to the configured site; it can reach: {names}.")
    site = wanted[0]
    site_id = checked_cloud_id("the cloud id from the OAuth accessible-resources answer", site.cloud_id)
    return site_id, site.scopes


def _warn_about_foreign_hosts(settings: Settings) -> None:
    """Name every host outside Atlassian that --allow-any-url lets the credentials go to."""
    configured = (settings.site_url, settings.jsm_ops_url, settings.csm_url, settings.jira_url)
    hosts = hosts_outside_atlassian((*configured, settings.gateway_url))
    if hosts:
        log.warning("%s", foreign_hosts_warning(hosts))


def build(settings: Settings) -> Runtime:
    """A ready server for settings; raises ConfigError with one actionable line."""
    stack = ExitStack()
    try:
        tools = all_tools()
        check_tool_selection(tools, Access(settings, settings.scopes))  # before starting anything
        gateway = settings.gateway_url
        if settings.sandbox:
            settings, gateway = _start_sandbox(settings, stack)
        else:  # before the first request: discovery below already sends credentials
            _warn_about_foreign_hosts(settings)
        scopes = settings.scopes
        cloud_id = settings.cloud_id
        if settings.oauth_token:
            discovered_id, granted = discover_oauth_grant(settings, gateway)
            cloud_id = cloud_id or discovered_id
            scopes = granted if scopes is None else scopes & granted
        if not cloud_id and settings.site_url and not (settings.jsm_ops_url and settings.csm_url):
            cloud_id = discover_cloud_id(settings.site_url, settings.timeout_s)
        # OAuth tokens reach Jira through the gateway; basic auth goes to the site itself.
        oauth_jira = gateway + JIRA_OAUTH_BASE_PATH.format(cloudId=cloud_id)
        jira_default = oauth_jira if settings.oauth_token else settings.site_url or ""
        jsm_ops = settings.jsm_ops_url or api_base_url("jsm-ops", gateway, str(cloud_id))
        try:
            stakeholders = stakeholder_base(jsm_ops, settings.stakeholder_layout)
        except ValueError as exc:
            raise ConfigError(f"ATLASSIAN_STAKEHOLDER_LAYOUT={settings.stakeholder_layout}: {exc}.") from None
        endpoints = Endpoints(
            jsm_ops=jsm_ops,
            csm=settings.csm_url or api_base_url("csm", gateway, str(cloud_id)),
            jira=settings.jira_url or jira_default,
            stakeholders=stakeholders if stakeholders != jsm_ops else None,
        )
        if not endpoints.jira:
            raise ConfigError("set ATLASSIAN_SITE_URL so Jira group tools know your site.")
        access = Access(settings, scopes)
        check_tool_selection(tools, access)  # again with the scopes the OAuth token was granted
        for notice in unknown_scope_notices(settings.scopes or ()):
            log.warning("%s", notice)
        credential = Credential(settings.email, settings.api_token, settings.oauth_token)
        apis = ApiClients(endpoints, credential, timeout_s=settings.timeout_s)
        secrets = (*settings.secrets, *basic_auth_forms(settings.email, settings.api_token))
        key = settings.secret_key.encode() if settings.secret_key else None
        server = PeopleServer(tools, access, apis, secrets=secrets, sandbox=settings.sandbox, secret_key=key)
        return Runtime(server, settings, endpoints, stack)
    except BaseException:
        stack.close()
        raise
