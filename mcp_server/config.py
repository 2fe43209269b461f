"""Operator settings: command-line flags over environment variables over an optional `.env` file.

Everything is validated here, at start, so a bad setting fails with one clear line (`ConfigError`) and
never later inside a tool call.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from atlassian_specs.layouts import DEFAULT_LAYOUT, LAYOUTS, Layout

Transport = Literal["stdio", "http"]

TOOLSETS = (
    "stakeholders",
    "stakeholder-groups",
    "contacts",
    "organizations",
    "customers",
    "products",
    "entitlements",
    "detail-fields",
    "jira-groups",
)
_CLOUD_ID = re.compile(r"^[0-9a-fA-F-]{8,64}$")


class ConfigError(Exception):
    """A setting is missing or invalid; the message is one line an operator can act on."""


@dataclass(frozen=True)
class Settings:
    transport: Transport = "stdio"
    host: str = "127.0.0.1"
    port: int = 8000
    sandbox: bool = False
    read_only: bool = False
    toolsets: frozenset[str] = frozenset(TOOLSETS)
    tools: frozenset[str] | None = None  # allow list; None = all
    exclude_tools: frozenset[str] = frozenset()
    site_url: str | None = None
    cloud_id: str | None = None
    email: str | None = None
    api_token: str | None = field(default=None, repr=False)
    oauth_token: str | None = field(default=None, repr=False)
    scopes: frozenset[str] | None = None  # granted scopes of a scoped token; None = unknown/unscoped
    jsm_ops_url: str | None = None
    csm_url: str | None = None
    jira_url: str | None = None
    stakeholder_layout: Layout = DEFAULT_LAYOUT  # where the JSM ops stakeholder operations live
    gateway_url: str = "https://api.atlassian.com"  # OAuth discovery and the default JSM/CSM hosts
    http_token: str | None = field(default=None, repr=False)  # bearer token clients must send over HTTP
    timeout_s: float = 30.0

    @property
    def has_credentials(self) -> bool:
        return bool(self.oauth_token or (self.email and self.api_token))

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must never appear in logs, results or errors."""
        return tuple(s for s in (self.api_token, self.oauth_token, self.http_token) if s)


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").replace(" ", ",").split(",") if part.strip()]


def _bool(name: str, value: str | None) -> bool:
    if value is None or value == "":
        return False
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name}={value!r} is not a boolean; use true or false.")


def _url(name: str, value: str | None) -> str | None:
    if not value:
        return None
    parts = urlsplit(value.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ConfigError(
            f"{name} must be an http(s) URL such as https://your-site.atlassian.net, got {value!r}."
        )
    return value.strip().rstrip("/")


def _secret(name: str, env: Mapping[str, str]) -> str | None:
    """A token from the environment, surrounding whitespace (say a newline from a file) removed. One with
    spaces, control or non-ASCII characters inside is refused, naming the variable, never the value: it
    cannot be sent in a header, and the HTTP library's error (and debug log) would quote it."""
    value = (env.get(name) or "").strip()
    if value and not (value.isascii() and value.isprintable() and " " not in value):
        raise ConfigError(
            f"{name} contains spaces, control or non-ASCII characters; set it to the token alone."
        )
    return value or None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def load_settings(
    *,
    env: Mapping[str, str] | None = None,
    transport: str | None = None,
    host: str | None = None,
    port: int | None = None,
    sandbox: bool | None = None,
    read_only: bool | None = None,
    toolsets: str | None = None,
    tools: str | None = None,
    exclude_tools: str | None = None,
) -> Settings:
    """Build Settings from flags (arguments) and the environment; raises ConfigError."""
    env = os.environ if env is None else env

    chosen_transport = transport or env.get("MCP_TRANSPORT") or "stdio"
    if chosen_transport not in ("stdio", "http"):
        raise ConfigError(f"transport must be stdio or http, got {chosen_transport!r}.")

    chosen_host = host or env.get("MCP_HOST") or "127.0.0.1"
    raw_port = port if port is not None else env.get("MCP_PORT") or 8000
    try:
        chosen_port = int(raw_port)
    except ValueError:
        raise ConfigError(f"MCP_PORT must be a number, got {raw_port!r}.") from None
    if not 0 <= chosen_port <= 65535:
        raise ConfigError(f"port must be between 0 and 65535, got {chosen_port}.")

    raw_toolsets = toolsets if toolsets is not None else env.get("MCP_TOOLSETS")
    if raw_toolsets is None or raw_toolsets.strip() in ("", "all"):
        chosen_toolsets = frozenset(TOOLSETS)
    else:
        chosen_toolsets = frozenset(_split(raw_toolsets))
        unknown = sorted(chosen_toolsets - set(TOOLSETS))
        if unknown:
            raise ConfigError(f"unknown toolset(s) {', '.join(unknown)}; choose from {', '.join(TOOLSETS)}.")

    raw_tools = tools if tools is not None else env.get("MCP_TOOLS")
    allow = frozenset(_split(raw_tools)) if raw_tools else None
    raw_exclude = exclude_tools if exclude_tools is not None else env.get("MCP_EXCLUDE_TOOLS")
    deny = frozenset(_split(raw_exclude))

    email = env.get("ATLASSIAN_EMAIL") or None
    api_token = _secret("ATLASSIAN_API_TOKEN", env)
    oauth_token = _secret("ATLASSIAN_OAUTH_TOKEN", env)
    if bool(email) != bool(api_token):
        missing = "ATLASSIAN_API_TOKEN" if email else "ATLASSIAN_EMAIL"
        raise ConfigError(
            f"{missing} is not set: basic auth needs both ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN."
        )
    if oauth_token and api_token:
        raise ConfigError(
            "set either ATLASSIAN_OAUTH_TOKEN or ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN, not both."
        )

    cloud_id = env.get("ATLASSIAN_CLOUD_ID") or None
    if cloud_id and not _CLOUD_ID.match(cloud_id):
        raise ConfigError(f"ATLASSIAN_CLOUD_ID {cloud_id!r} does not look like a cloud id (a UUID).")
    raw_scopes = env.get("ATLASSIAN_SCOPES")
    scopes = frozenset(_split(raw_scopes)) if raw_scopes else None

    has_credentials = bool(oauth_token or api_token)
    use_sandbox = sandbox if sandbox is not None else _bool("MCP_SANDBOX", env.get("MCP_SANDBOX"))
    if not has_credentials:
        use_sandbox = True  # nothing to reach Atlassian with: serve the sandbox instead
    site_url = _url("ATLASSIAN_SITE_URL", env.get("ATLASSIAN_SITE_URL"))
    layout = (env.get("ATLASSIAN_STAKEHOLDER_LAYOUT") or DEFAULT_LAYOUT).strip().lower()
    if layout not in LAYOUTS:
        raise ConfigError(
            f"ATLASSIAN_STAKEHOLDER_LAYOUT={layout!r} is not a layout; use {' or '.join(LAYOUTS)} "
            "(`make live-check` reports which one your site answers)."
        )
    settings = Settings(
        transport=chosen_transport,  # type: ignore[arg-type]  # checked above
        host=chosen_host,
        port=chosen_port,
        sandbox=use_sandbox,
        read_only=read_only if read_only is not None else _bool("MCP_READ_ONLY", env.get("MCP_READ_ONLY")),
        toolsets=chosen_toolsets,
        tools=allow,
        exclude_tools=deny,
        site_url=site_url,
        cloud_id=cloud_id,
        email=email,
        api_token=api_token,
        oauth_token=oauth_token,
        scopes=scopes,
        jsm_ops_url=_url("ATLASSIAN_JSM_OPS_URL", env.get("ATLASSIAN_JSM_OPS_URL")),
        csm_url=_url("ATLASSIAN_CSM_URL", env.get("ATLASSIAN_CSM_URL")),
        jira_url=_url("ATLASSIAN_JIRA_URL", env.get("ATLASSIAN_JIRA_URL")),
        stakeholder_layout=layout,
        gateway_url=_url("ATLASSIAN_API_URL", env.get("ATLASSIAN_API_URL")) or "https://api.atlassian.com",
        http_token=_secret("MCP_HTTP_TOKEN", env),
    )
    if not settings.sandbox and not (site_url or cloud_id or settings.jira_url):
        raise ConfigError(
            "set ATLASSIAN_SITE_URL (e.g. https://your-site.atlassian.net) or ATLASSIAN_CLOUD_ID."
        )
    if settings.transport == "http" and not is_loopback(settings.host) and not settings.http_token:
        raise ConfigError(
            f"refusing to serve on non-loopback address {settings.host} without MCP_HTTP_TOKEN; "
            "set a client bearer token or bind 127.0.0.1."
        )
    return settings
