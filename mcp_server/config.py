"""Operator settings: command-line flags over environment variables (over an explicit `--env-file`).

Everything is validated here, at start, so a bad setting fails with one clear line (`ConfigError`) and
never later inside a tool call.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from atlassian_specs.layouts import DEFAULT_LAYOUT, LAYOUTS, Layout

from .config_error import ConfigError
from .env_names import (
    ATLASSIAN_VARIABLES,
    borrowed_variables,
    did_you_mean,
    explain_unread,
    misspelled_settings,
    set_names,
    unknown_atlassian_variables,
)
from .settings_table import SECRET_KEYS, variable
from .team.settings import checked_public_url, team_problems
from .toolsets import TOOLSETS
from .urls import checked_cloud_id, checked_url, is_loopback

Transport = Literal["stdio", "http"]
Mode = Literal["single", "team"]

MIN_REMOTE_TOKEN_LENGTH = 32  # a bearer token guarding a non-loopback bind must resist guessing
__all__ = ["TOOLSETS", "ConfigError", "Settings", "is_loopback", "load_settings"]


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
    allowed_hosts: tuple[str, ...] = ()  # extra names/addresses clients may use in the Host header
    tls_cert: str | None = None
    tls_key: str | None = None
    max_connections: int = 100
    header_timeout_s: int = 10  # a client has this long to send a request's headers (slow-header attacks)
    sandbox_reason: str = ""  # why the sandbox serves (for the start-up notice), "" when not
    # Signs confirm tokens and cursors; shared by processes behind one endpoint. None: random per process.
    secret_key: str | None = field(default=None, repr=False)
    timeout_s: float = 30.0
    # Team mode (mcp_server/team): each person signs in with their own Atlassian account.
    mode: Mode = "single"
    public_url: str | None = None
    team_store: str = ""  # required in team mode: an absolute sqlite path or postgresql URL
    team_keys: str | None = field(default=None, repr=False)
    oauth_client_id: str | None = None
    oauth_client_secret: str | None = field(default=None, repr=False)
    auth_url: str = "https://auth.atlassian.com"
    calls_per_person: int = 4

    @property
    def has_credentials(self) -> bool:
        return bool(self.oauth_token or (self.email and self.api_token))

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must never appear in logs, results or errors."""
        values = (getattr(self, key) for key in SECRET_KEYS)  # the table's secrets are Settings fields
        return tuple(value for value in values if value)


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
    raise ConfigError(f"{name}={_shown(value)} is not a boolean; use true or false.")


def _shown(value: str) -> str:
    """value quoted for an error, unless it is long enough to be a pasted secret."""
    return repr(value) if len(value) <= 16 else f"a {len(value)}-character value"


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


MIN_SECRET_KEY_CHARS = 32


def _secret_key(env: Mapping[str, str]) -> str | None:
    """MCP_SECRET_KEY: a long random string (e.g. `openssl rand -hex 32`), the same for every process that
    must accept the others' confirm tokens and cursors."""
    value = _secret(variable("secret_key"), env)
    if value and len(value) < MIN_SECRET_KEY_CHARS:
        raise ConfigError(
            f"MCP_SECRET_KEY is too short ({len(value)} characters); use at least {MIN_SECRET_KEY_CHARS} "
            "random characters, e.g. from `openssl rand -hex 32`, or leave it unset for a random key."
        )
    return value


def _port(raw: object) -> int:
    try:
        chosen = int(str(raw))
    except ValueError:
        raise ConfigError(f"MCP_PORT must be a number, got {_shown(str(raw))}.") from None
    if not 0 <= chosen <= 65535:
        raise ConfigError(f"port must be between 0 and 65535, got {chosen}.")
    return chosen


def _positive(name: str, raw: str | None, default: int) -> int:
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise ConfigError(f"{name} must be a whole number of at least 1, got {_shown(raw)}.")
    return value


def _host_names(raw: str | None) -> tuple[str, ...]:
    """MCP_ALLOWED_HOSTS: names or addresses (optionally with :port) clients put in the Host header."""
    names = _split(raw)
    for name in names:
        if "/" in name or "@" in name or name.startswith(("http:", "https:")):
            raise ConfigError(
                f"MCP_ALLOWED_HOSTS entries are host names or addresses such as mcp.example.com or "
                f"10.0.0.5:8000, not URLs; got {_shown(name)}."
            )
    return tuple(names)


def _tls_files(cert: str | None, key: str | None) -> tuple[str | None, str | None]:
    if bool(cert) != bool(key):
        raise ConfigError("TLS needs both --tls-cert (MCP_TLS_CERT) and --tls-key (MCP_TLS_KEY).")
    for name, path in (("MCP_TLS_CERT", cert), ("MCP_TLS_KEY", key)):
        if path and not os.path.isfile(path):
            raise ConfigError(f"{name} file {path} does not exist.")
    return cert or None, key or None


def _toolsets(raw: str | None) -> frozenset[str]:
    if raw is None or raw.strip() in ("", "all"):
        return frozenset(TOOLSETS)
    chosen = frozenset(_split(raw))
    unknown = sorted(chosen - set(TOOLSETS))
    if unknown:
        hints = "".join(did_you_mean(name, TOOLSETS) for name in unknown[:1])
        raise ConfigError(
            f"unknown toolset(s) {', '.join(unknown)}{hints}; choose from {', '.join(TOOLSETS)}."
        )
    return chosen


def _check_serving(settings: Settings) -> None:
    if settings.transport != "http" or is_loopback(settings.host) or settings.mode == "team":
        return  # team mode: every request carries a person's OAuth token
    if not settings.http_token:
        raise ConfigError(
            f"refusing to serve on non-loopback address {settings.host} without MCP_HTTP_TOKEN; "
            f"set a client bearer token of at least {MIN_REMOTE_TOKEN_LENGTH} characters or bind 127.0.0.1."
        )
    if len(settings.http_token) < MIN_REMOTE_TOKEN_LENGTH:
        raise ConfigError(
            f"MCP_HTTP_TOKEN is {len(settings.http_token)} characters; a non-loopback bind needs at least "
            f"{MIN_REMOTE_TOKEN_LENGTH} (e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))')."
        )


def _credentials_problem(
    env: Mapping[str, str], email: str | None, api_token: str | None, oauth_token: str | None
) -> str | None:
    if bool(email) != bool(api_token):
        missing = "ATLASSIAN_API_TOKEN" if email else "ATLASSIAN_EMAIL"
        return f"{missing} is not set: basic auth needs both ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN"
    if oauth_token and api_token:
        return "set either ATLASSIAN_OAUTH_TOKEN or ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN, not both"
    if not (oauth_token or api_token):
        present = sorted(set_names(env) & set(ATLASSIAN_VARIABLES))
        return (
            f"{', '.join(present)} {'is' if len(present) == 1 else 'are'} set but no credentials: set "
            "ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN, or ATLASSIAN_OAUTH_TOKEN "
            "(or pass --sandbox for fake data)"
        )
    return None


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
    allowed_hosts: str | None = None,
    tls_cert: str | None = None,
    tls_key: str | None = None,
    allow_any_url: bool | None = None,
    mode: str | None = None,
    public_url: str | None = None,
    team_store: str | None = None,
) -> Settings:
    """Build Settings from flags (arguments) and the environment; raises ConfigError.

    The sandbox serves only when asked (--sandbox / MCP_SANDBOX) or when no Atlassian setting at all is
    present: a partial or misspelled configuration is an error, never a silent switch to fake data."""
    env = os.environ if env is None else env

    def raw(key: str) -> str | None:
        """The value of the setting's environment variable, as given."""
        return env.get(variable(key))

    def switch(key: str) -> bool:
        return _bool(variable(key), raw(key))

    unknown = unknown_atlassian_variables(env)
    if unknown:
        raise ConfigError(f"{explain_unread(unknown)}; see --help for the variables read.")
    misspelled = misspelled_settings(env)
    if misspelled:
        raise ConfigError(
            "; ".join(f"{name} is not read by this server; use {ours}" for name, ours in misspelled)
            + " (see --help for the variables read)."
        )

    chosen_mode = (mode or raw("mode") or Settings.mode).strip().lower()
    if chosen_mode not in ("single", "team"):
        raise ConfigError(f"MCP_MODE must be single or team, got {_shown(chosen_mode)}.")
    team = chosen_mode == "team"
    given_transport = transport or raw("transport")
    chosen_transport = (
        "http" if team and given_transport != "stdio" else given_transport or Settings.transport
    )
    if chosen_transport not in ("stdio", "http"):
        raise ConfigError(f"transport must be stdio or http, got {_shown(chosen_transport)}.")
    raw_tools = tools if tools is not None else raw("tools")
    raw_exclude = exclude_tools if exclude_tools is not None else raw("exclude_tools")
    any_url = allow_any_url if allow_any_url else switch("allow_any_url")

    def url(name: str) -> str | None:
        return checked_url(name, env.get(name), allow_any=any_url)

    email = (raw("email") or "").strip() or None
    api_token = _secret(variable("api_token"), env)
    oauth_token = _secret(variable("oauth_token"), env)
    raw_cloud_id = (raw("cloud_id") or "").strip()
    cloud_id = checked_cloud_id("ATLASSIAN_CLOUD_ID", raw_cloud_id) if raw_cloud_id else None
    raw_scopes = raw("scopes")

    layout = (raw("stakeholder_layout") or DEFAULT_LAYOUT).strip().lower()
    if layout not in LAYOUTS:
        raise ConfigError(
            f"ATLASSIAN_STAKEHOLDER_LAYOUT={_shown(layout)} is not a layout; use {' or '.join(LAYOUTS)} "
            "(`make live-check` reports which one your site answers)."
        )
    asked = sandbox if sandbox is not None else switch("sandbox")
    configured = set_names(env) & set(ATLASSIAN_VARIABLES)
    borrowed = borrowed_variables(env)
    sandbox_reason = "--sandbox / MCP_SANDBOX" if asked else ""
    if not asked and not configured:
        if sandbox is None and (raw("sandbox") or "").strip():  # explicitly false: never fake data
            raise ConfigError(
                "MCP_SANDBOX is false but no ATLASSIAN_* setting is present: set ATLASSIAN_SITE_URL and "
                "ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN (or ATLASSIAN_OAUTH_TOKEN) to reach your site"
            )
        if borrowed:
            raise ConfigError(
                f"{explain_unread(borrowed)} (or pass --sandbox to try the server on fake data)."
            )
        sandbox_reason = "no ATLASSIAN_* setting is present"
    if team:
        problem = team_problems(
            transport_given=given_transport,
            http_token=_secret(variable("http_token"), env),
            single_credentials=[
                variable(key)
                for key, value in (("api_token", api_token), ("oauth_token", oauth_token))
                if value
            ],
            client_id=(raw("oauth_client_id") or "").strip() or None,
            client_secret=_secret(variable("oauth_client_secret"), env),
            sandbox=bool(asked),
        )
        if problem:
            raise ConfigError(problem + ".")
        sandbox_reason = ""
    elif not sandbox_reason:
        problem = _credentials_problem(env, email, api_token, oauth_token)
        if problem:
            raise ConfigError(problem + (f"; {explain_unread(borrowed)}" if borrowed else "") + ".")

    tls = _tls_files(
        tls_cert if tls_cert is not None else raw("tls_cert"),
        tls_key if tls_key is not None else raw("tls_key"),
    )
    settings = Settings(
        transport=chosen_transport,  # type: ignore[arg-type]  # checked above
        host=(host or raw("host") or Settings.host).strip(),
        port=_port(port if port is not None else raw("port") or Settings.port),
        sandbox=bool(sandbox_reason),
        read_only=read_only if read_only is not None else switch("read_only"),
        toolsets=_toolsets(toolsets if toolsets is not None else raw("toolsets")),
        tools=frozenset(_split(raw_tools)) if raw_tools else None,
        exclude_tools=frozenset(_split(raw_exclude)),
        site_url=url(variable("site_url")),
        cloud_id=cloud_id,
        email=email,
        api_token=api_token,
        oauth_token=oauth_token,
        scopes=frozenset(_split(raw_scopes)) if raw_scopes else None,
        jsm_ops_url=url(variable("jsm_ops_url")),
        csm_url=url(variable("csm_url")),
        jira_url=url(variable("jira_url")),
        gateway_url=url(variable("gateway_url")) or Settings.gateway_url,
        stakeholder_layout=layout,
        http_token=_secret(variable("http_token"), env),
        allowed_hosts=_host_names(allowed_hosts if allowed_hosts is not None else raw("allowed_hosts")),
        tls_cert=tls[0],
        tls_key=tls[1],
        max_connections=_positive(
            variable("max_connections"), raw("max_connections"), Settings.max_connections
        ),
        header_timeout_s=_positive(
            variable("header_timeout_s"), raw("header_timeout_s"), Settings.header_timeout_s
        ),
        sandbox_reason=sandbox_reason,
        secret_key=_secret_key(env),
        mode="team" if team else "single",
        public_url=checked_public_url(public_url or raw("public_url")) if team else None,
        team_store=(team_store or raw("team_store") or Settings.team_store).strip(),
        team_keys=(raw("team_keys") or "").strip() or None,
        oauth_client_id=(raw("oauth_client_id") or "").strip() or None,
        oauth_client_secret=_secret(variable("oauth_client_secret"), env),
        auth_url=url(variable("auth_url")) or Settings.auth_url,
        calls_per_person=_positive(
            variable("calls_per_person"), raw("calls_per_person"), Settings.calls_per_person
        ),
    )
    if not settings.sandbox and not (settings.site_url or cloud_id or settings.jira_url):
        raise ConfigError(
            "set ATLASSIAN_SITE_URL (e.g. https://your-site.atlassian.net) or ATLASSIAN_CLOUD_ID."
        )
    _check_serving(settings)
    return settings
