"""Assembling the team server from Settings: the store, the key ring, Atlassian's sign-in, the SDK's
authorization server and protected-resource metadata, our consent and callback pages, and the tools
acting for each person through the gateway (`https://api.atlassian.com/ex/jira/{cloudId}`, the JSM ops and
CSM gateway bases)."""

from __future__ import annotations

import hashlib
import hmac
import logging
from contextlib import ExitStack
from typing import Any
from urllib.parse import urlsplit

from mcp.server.auth.handlers.metadata import ProtectedResourceMetadataHandler
from mcp.server.auth.routes import build_resource_metadata_url, cors_middleware
from mcp.server.auth.settings import AuthSettings
from mcp.server.request_state import RequestStateSecurity
from mcp.shared.auth import ProtectedResourceMetadata
from starlette.applications import Starlette
from starlette.routing import Route

from atlassian_specs.layouts import stakeholder_base
from atlassian_specs.operations import JIRA_OAUTH_BASE_PATH, api_base_url

from ..access import Access
from ..clients import ApiClients, Endpoints
from ..config import ConfigError, Settings
from ..runtime import Runtime, discover_cloud_id
from ..selection import check_tool_selection
from ..tools import all_tools
from .atlassian import AtlassianOAuth
from .db import open_database
from .grants import GrantTokens
from .keyring import KeyRing
from .person import PersonAuth, PersonCredential
from .provider import TeamProvider
from .scopes import OUR_SCOPES, READ, atlassian_scopes, offered_scopes
from .server import TeamServer
from .signin import CALLBACK_PATH, SignIn
from .store import Store

log = logging.getLogger("atlassian_people_mcp")


def _derived(secret: bytes, purpose: str) -> bytes:
    return hmac.new(secret, f"atlassian-people-mcp|{purpose}".encode(), hashlib.sha256).digest()


class TeamHttpServer(TeamServer):
    """Serves protected-resource metadata advertising every scope a client may ask for: the SDK lists
    only the scopes every request needs, so clients would never ask to write."""

    resource_url: str = ""
    issuer_url: str = ""
    offered: tuple[str, ...] = ()

    def streamable_http_app(self, **options: Any) -> Starlette:
        app = super().streamable_http_app(**options)
        metadata = ProtectedResourceMetadata.model_validate(
            {
                "resource": self.resource_url,
                "authorization_servers": [self.issuer_url],  # a plain string: no trailing slash added
                "scopes_supported": list(self.offered),
                "resource_name": "Atlassian people",
            }
        )
        path = urlsplit(str(build_resource_metadata_url(metadata.resource))).path
        handler = ProtectedResourceMetadataHandler(metadata)
        ours = Route(
            path, endpoint=cors_middleware(handler.handle, ["GET", "OPTIONS"]), methods=["GET", "OPTIONS"]
        )
        app.router.routes[:] = [ours, *(r for r in app.router.routes if getattr(r, "path", None) != path)]
        return app


def team_endpoints(settings: Settings, cloud_id: str) -> Endpoints:
    gateway = settings.gateway_url
    jsm_ops = settings.jsm_ops_url or api_base_url("jsm-ops", gateway, cloud_id)
    try:
        stakeholders = stakeholder_base(jsm_ops, settings.stakeholder_layout)
    except ValueError as exc:
        raise ConfigError(f"ATLASSIAN_STAKEHOLDER_LAYOUT={settings.stakeholder_layout}: {exc}.") from None
    return Endpoints(
        jsm_ops=jsm_ops,
        csm=settings.csm_url or api_base_url("csm", gateway, cloud_id),
        jira=settings.jira_url or gateway + JIRA_OAUTH_BASE_PATH.format(cloudId=cloud_id),
        stakeholders=stakeholders if stakeholders != jsm_ops else None,
    )


def build_team(settings: Settings) -> Runtime:
    """A ready team server; raises ConfigError with one actionable line."""
    assert settings.public_url and settings.oauth_client_id and settings.oauth_client_secret  # load_settings
    stack = ExitStack()
    try:
        keys = KeyRing.parse("MCP_TEAM_KEYS", settings.team_keys)
        tools = all_tools()
        operator = Access(settings, None)
        check_tool_selection(tools, operator)
        db = open_database(settings.team_store)
        stack.callback(db.close)
        db.migrate()
        store = Store(db, keys)
        resealed, unopenable = store.reseal()
        if resealed:
            log.warning("re-encrypted %d grant(s) under key %s", resealed, keys.primary_id)
        if unopenable:
            log.warning(
                "%d grant(s) were sealed with a key no longer in MCP_TEAM_KEYS; those people sign in again",
                unopenable,
            )
        store.purge_expired()
        cloud_id = settings.cloud_id or discover_cloud_id(settings.site_url or "", settings.timeout_s)
        endpoints = team_endpoints(settings, cloud_id)
        atlassian = AtlassianOAuth(
            settings.oauth_client_id,
            settings.oauth_client_secret,
            settings.auth_url,
            settings.gateway_url,
            settings.timeout_s,
        )
        grants = GrantTokens(store, atlassian)
        apis = ApiClients(
            endpoints, PersonCredential(person_auth=PersonAuth(grants)), timeout_s=settings.timeout_s
        )
        offered = offered_scopes(operator, tools)
        provider = TeamProvider(store, settings.public_url, offered)
        # One secret shared by the replicas: MCP_SECRET_KEY if set, else the key ring's first key.
        shared = settings.secret_key.encode() if settings.secret_key else keys.key_of(keys.primary_id)
        auth = AuthSettings.model_validate(
            {
                "issuer_url": settings.public_url,
                "resource_server_url": provider.resource,
                "required_scopes": [READ],
                "client_registration_options": {
                    "enabled": True,
                    "valid_scopes": list(OUR_SCOPES),
                    "default_scopes": offered,
                },
                "revocation_options": {"enabled": True},
                "validate_token_resource": True,
            }
        )
        server = TeamHttpServer(
            tools,
            settings,
            apis,
            store,
            _derived(shared, "confirm"),
            secrets=settings.secrets,
            auth=auth,
            auth_server_provider=provider,
            request_state_security=RequestStateSecurity(keys=[_derived(shared, "request-state")]),
        )
        server.resource_url, server.issuer_url, server.offered = (
            provider.resource,
            settings.public_url,
            tuple(offered),
        )
        signin = SignIn(
            provider, atlassian, atlassian_scopes(operator, tools), cloud_id, _derived(shared, "csrf")
        )
        server.custom_route("/consent", methods=["GET", "POST"])(signin.consent)
        server.custom_route(CALLBACK_PATH, methods=["GET"])(signin.callback)
        return Runtime(server, settings, endpoints, stack)
    except BaseException:
        stack.close()
        raise
