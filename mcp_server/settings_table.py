"""Every operator setting, declared once: its flag, environment variable, kind, default, help and whether it
is a secret.

The command line (`cli.py`), the environment names the server reads (`env_names.py`), the secrets kept out of
logs (`config.Settings.secrets`) and the README configuration table (`scripts/settings_reference.py`) are all
built from `SETTINGS`; `config.py` validates the values with the messages operators see.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .toolsets import TOOLSETS

# How a flag takes its value: text (any string), number (int), choice (one of choices), switch (present or
# not; its variable takes true/false).
Kind = Literal["text", "number", "choice", "switch"]


@dataclass(frozen=True)
class Setting:
    key: str  # the name code uses for it; a Settings field when that field holds the value as given
    variable: str | None  # environment variable (None: a flag only)
    flag: str | None  # command-line flag (None: environment only, so a secret stays out of process listings)
    kind: Kind
    default: str | None  # as shown to operators; None when unset means "not configured"
    help: str  # one line for --help
    doc: str  # the README's explanation (Markdown)
    secret: bool = False  # kept out of logs, results and errors
    choices: tuple[str, ...] = ()
    metavar: str | None = None
    folds_case: bool = False  # the flag accepts its choices in any case

    @property
    def flag_help(self) -> str:
        """The flag's --help line, naming its variable (as operators look flags up by either)."""
        return f"{self.help} [{self.variable}]" if self.variable else self.help


_HOSTS_ALLOWED = "https on Atlassian hosts or loopback; others need --allow-any-url"
_URL_OVERRIDE = (
    "base URL override (proxies, tests; https on Atlassian hosts or loopback, others need "
    "`--allow-any-url`); see [Security](#security-what-the-server-refuses-and-why)"
)

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "site_url",
        "ATLASSIAN_SITE_URL",
        None,
        "text",
        None,
        "https://your-site.atlassian.net (or *.jira.com)",
        "`https://your-site.atlassian.net` (or a legacy `*.jira.com` site; the cloud id is discovered from "
        "it; Jira groups are reached here with basic auth, and at "
        "`https://api.atlassian.com/ex/jira/{cloudId}` with an OAuth token)",
    ),
    Setting(
        "cloud_id",
        "ATLASSIAN_CLOUD_ID",
        None,
        "text",
        None,
        "cloud id; discovered from the site or OAuth token when omitted",
        "cloud id; discovered from the site (or the OAuth token) when omitted",
    ),
    Setting(
        "email",
        "ATLASSIAN_EMAIL",
        None,
        "text",
        None,
        "account email for basic auth (with ATLASSIAN_API_TOKEN)",
        "the account email of basic auth, with `ATLASSIAN_API_TOKEN`",
    ),
    Setting(
        "api_token",
        "ATLASSIAN_API_TOKEN",
        None,
        "text",
        None,
        "API token for basic auth (with ATLASSIAN_EMAIL)",
        "the API token of basic auth, with `ATLASSIAN_EMAIL`",
        secret=True,
    ),
    Setting(
        "oauth_token",
        "ATLASSIAN_OAUTH_TOKEN",
        None,
        "text",
        None,
        "an OAuth 2.0 (3LO) access token",
        "an OAuth 2.0 (3LO) access token; its granted scopes and sites are read from Atlassian's "
        "accessible-resources endpoint",
        secret=True,
    ),
    Setting(
        "scopes",
        "ATLASSIAN_SCOPES",
        None,
        "text",
        None,
        "scopes of a scoped API token",
        "the scopes of a scoped API token (space or comma separated): tools needing others are hidden; a "
        "scope no operation uses is named on stderr with the closest known one",
    ),
    Setting(
        "jsm_ops_url",
        "ATLASSIAN_JSM_OPS_URL",
        None,
        "text",
        None,
        f"JSM ops base URL override ({_HOSTS_ALLOWED})",
        "JSM ops " + _URL_OVERRIDE,
    ),
    Setting(
        "csm_url",
        "ATLASSIAN_CSM_URL",
        None,
        "text",
        None,
        f"CSM base URL override ({_HOSTS_ALLOWED})",
        "CSM " + _URL_OVERRIDE,
    ),
    Setting(
        "jira_url",
        "ATLASSIAN_JIRA_URL",
        None,
        "text",
        None,
        f"Jira base URL override ({_HOSTS_ALLOWED})",
        "Jira " + _URL_OVERRIDE,
    ),
    Setting(
        "gateway_url",
        "ATLASSIAN_API_URL",
        None,
        "text",
        "https://api.atlassian.com",
        "replaces https://api.atlassian.com (OAuth discovery, default JSM ops and CSM hosts)",
        "replaces `https://api.atlassian.com` (OAuth discovery and the default JSM ops and CSM hosts); "
        + _URL_OVERRIDE,
    ),
    Setting(
        "stakeholder_layout",
        "ATLASSIAN_STAKEHOLDER_LAYOUT",
        None,
        "choice",
        "reference",
        "reference (default) or openapi: where the stakeholder operations live",
        "where the JSM ops stakeholder operations live: `reference` (Atlassian's reference pages: "
        "`…/jsm/ops/api/{cloudId}/stakeholders/…`) or `openapi` (Atlassian's OpenAPI document: "
        "`…/jsm/ops/stakeholder-comms/cloudId/{cloudId}/api/stakeholders/…`); contacts are the same in both. "
        "`make live-check` tells which one your site answers",
    ),
    Setting(
        "allow_any_url",
        "MCP_ALLOW_ANY_URL",
        "--allow-any-url",
        "switch",
        "false",
        "let base URLs point at non-Atlassian https hosts (your proxy); they receive your credentials",
        "let base URLs point at an `https` host that is not Atlassian's (your own proxy). **Risk:** that "
        "host receives your email and API token or OAuth token; use it only for a proxy you run",
    ),
    Setting(
        "env_file",
        None,
        "--env-file",
        "text",
        None,
        "read settings from this dotenv file (the environment wins); no .env is read unless named here",
        "read settings from this dotenv file; the environment wins over it",
        metavar="PATH",
    ),
    Setting(
        "transport",
        "MCP_TRANSPORT",
        "--transport",
        "choice",
        "stdio",
        "stdio (default) or streamable HTTP",
        "`stdio` or `http` (streamable HTTP)",
        choices=("stdio", "http"),
    ),
    Setting(
        "host",
        "MCP_HOST",
        "--host",
        "text",
        "127.0.0.1",
        "HTTP bind address, default 127.0.0.1; ::1 for IPv6 loopback",
        "HTTP bind address; `::1` for IPv6 loopback; a non-loopback host needs `MCP_HTTP_TOKEN`",
    ),
    Setting(
        "port",
        "MCP_PORT",
        "--port",
        "number",
        "8000",
        "HTTP port, default 8000; 0 picks a free one",
        "HTTP port; `0` picks a free port and the banner prints it",
    ),
    Setting(
        "http_token",
        "MCP_HTTP_TOKEN",
        None,
        "text",
        None,
        "bearer token HTTP clients must send (32+ characters off loopback)",
        "bearer token HTTP clients must send (`Authorization: Bearer …`, scheme in any case); at least 32 "
        "characters for a non-loopback bind",
        secret=True,
    ),
    Setting(
        "secret_key",
        "MCP_SECRET_KEY",
        None,
        "text",
        None,
        "signs confirm tokens and cursors (32+ characters; the same on every replica)",
        "key (at least 32 random characters, e.g. `openssl rand -hex 32`) that signs confirm tokens and "
        "cursors; set the same value on every process behind one endpoint so they accept each other's. "
        "Unset: a random key per process, so tokens and cursors stop working after a restart",
        secret=True,
    ),
    Setting(
        "allowed_hosts",
        "MCP_ALLOWED_HOSTS",
        "--allowed-hosts",
        "text",
        None,
        "comma-separated host names/addresses clients use, for the Host check",
        "comma-separated names or addresses (optionally `:port`) clients use to reach the server, accepted "
        "in the `Host` header besides loopback (otherwise `421 Invalid Host`)",
    ),
    Setting(
        "tls_cert",
        "MCP_TLS_CERT",
        "--tls-cert",
        "text",
        None,
        "TLS certificate file (PEM) for HTTPS",
        "serve HTTPS with this PEM certificate (with `--tls-key`)",
    ),
    Setting(
        "tls_key",
        "MCP_TLS_KEY",
        "--tls-key",
        "text",
        None,
        "TLS private key file (PEM) for HTTPS",
        "the PEM private key of `--tls-cert`",
    ),
    Setting(
        "max_connections",
        "MCP_HTTP_MAX_CONNECTIONS",
        None,
        "number",
        "100",
        "open HTTP connections served at once (default 100; more get 503)",
        "open HTTP connections served at once (beyond: `503`)",
    ),
    Setting(
        "header_timeout_s",
        "MCP_HTTP_HEADER_TIMEOUT",
        None,
        "number",
        "10",
        "seconds a client has to send request headers (default 10)",
        "seconds a client has to send a request's headers (idle keep-alive connections close after 5 s)",
    ),
    Setting(
        "log_level",
        "MCP_LOG_LEVEL",
        "--log-level",
        "choice",
        "info",
        "level of the server's own log on stderr, default info",
        "`debug`, `info`, `warning` or `error` for the server's own log on stderr",
        choices=("debug", "info", "warning", "error"),
        folds_case=True,
    ),
    Setting(
        "mode",
        "MCP_MODE",
        "--mode",
        "choice",
        "single",
        "single (one Atlassian credential, default) or team (each person signs in with their own account)",
        "`single`: everyone uses the one Atlassian credential above; `team`: streamable HTTP where each "
        "person signs in with their own Atlassian account (OAuth), see "
        "[Team server](#team-server-each-person-as-themselves)",
        choices=("single", "team"),
    ),
    Setting(
        "public_url",
        "MCP_PUBLIC_URL",
        "--public-url",
        "text",
        None,
        "team mode: the https URL people's clients reach this server at (issuer and resource)",
        "team mode: the URL MCP clients reach the server at, e.g. `https://mcp.example.com` (https, or http "
        "on loopback); the OAuth issuer, and `<url>/mcp` the resource its tokens are bound to",
    ),
    Setting(
        "team_store",
        "MCP_TEAM_STORE",
        "--team-store",
        "text",
        None,
        "team mode (required): sqlite:////absolute/path.db or postgresql://… (replicas share one)",
        "team mode (required): where sign-ins, grants, tokens and the audit log live: "
        "`sqlite:////var/lib/atlassian-people/team.db` (an absolute path, four slashes; one host; a relative "
        "one is refused) or `postgresql://user:password@host/db` (every replica the same)",
    ),
    Setting(
        "team_keys",
        "MCP_TEAM_KEYS",
        None,
        "text",
        None,
        "team mode: key ring sealing Atlassian tokens at rest (`atlassian-people-mcp team new-key`)",
        "team mode: `id:key[,id:key…]` (from `atlassian-people-mcp team new-key`) sealing each person's "
        "Atlassian tokens with AES-GCM; the first key seals, all open; the same on every replica",
        secret=True,
    ),
    Setting(
        "calls_per_person",
        "MCP_TEAM_CALLS_PER_PERSON",
        None,
        "number",
        "4",
        "team mode: tool calls one person may run at once per replica (default 4; more wait)",
        "team mode: tool calls one person may run at once on each replica; more wait their turn, so one "
        "heavy user cannot spend the app's whole Atlassian rate budget",
    ),
    Setting(
        "oauth_client_id",
        "ATLASSIAN_OAUTH_CLIENT_ID",
        None,
        "text",
        None,
        "team mode: client id of your Atlassian OAuth 2.0 (3LO) app",
        "team mode: the client id of your OAuth 2.0 (3LO) app in Atlassian's developer console",
    ),
    Setting(
        "oauth_client_secret",
        "ATLASSIAN_OAUTH_CLIENT_SECRET",
        None,
        "text",
        None,
        "team mode: that app's secret",
        "team mode: that app's secret",
        secret=True,
    ),
    Setting(
        "auth_url",
        "ATLASSIAN_AUTH_URL",
        None,
        "text",
        "https://auth.atlassian.com",
        "team mode: replaces https://auth.atlassian.com (Atlassian's sign-in; tests, proxies)",
        "team mode: replaces `https://auth.atlassian.com`, Atlassian's authorization server; "
        + _URL_OVERRIDE,
    ),
    Setting(
        "sandbox",
        "MCP_SANDBOX",
        "--sandbox",
        "switch",
        "false",
        "serve a local fake of the APIs",
        "use the sandbox (fake data) even with credentials set",
    ),
    Setting(
        "read_only",
        "MCP_READ_ONLY",
        "--read-only",
        "switch",
        "false",
        "hide and refuse writes and deletes",
        "hide and refuse every write and delete tool",
    ),
    Setting(
        "toolsets",
        "MCP_TOOLSETS",
        "--toolsets",
        "text",
        "all",
        "comma-separated toolsets to enable, default all",
        "comma-separated toolsets: " + ", ".join(f"`{toolset}`" for toolset in TOOLSETS),
    ),
    Setting(
        "tools",
        "MCP_TOOLS",
        "--tools",
        "text",
        None,
        "comma-separated allow list of tool names",
        "allow list of tool names",
    ),
    Setting(
        "exclude_tools",
        "MCP_EXCLUDE_TOOLS",
        "--exclude-tools",
        "text",
        None,
        "comma-separated deny list of tool names",
        "deny list of tool names",
    ),
)

BY_KEY = {setting.key: setting for setting in SETTINGS}


def variable(key: str) -> str:
    """The environment variable of the setting key (KeyError for a key not in the table)."""
    name = BY_KEY[key].variable
    if name is None:
        raise KeyError(f"setting {key} has no environment variable")
    return name


def variables(prefix: str) -> tuple[str, ...]:
    """The environment variables starting with prefix, in table order."""
    return tuple(s.variable for s in SETTINGS if s.variable and s.variable.startswith(prefix))


SECRET_KEYS = tuple(setting.key for setting in SETTINGS if setting.secret)
