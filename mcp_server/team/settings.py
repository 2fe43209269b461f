"""Team-mode settings checks, run by config.load_settings at start (no third-party imports here, so
single-credential mode never needs the team extra)."""

from __future__ import annotations

from urllib.parse import urlsplit

from ..config_error import ConfigError
from ..urls import is_loopback


def checked_public_url(raw: str | None) -> str:
    """MCP_PUBLIC_URL without a trailing slash: https, or http on loopback; no query, fragment or user."""
    value = (raw or "").strip().rstrip("/")
    if not value:
        raise ConfigError(
            "team mode needs MCP_PUBLIC_URL (or --public-url): the URL people's MCP clients reach this "
            "server at, e.g. https://mcp.example.com (the OAuth issuer; <url>/mcp is the resource)."
        )
    parts = urlsplit(value)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigError(
            f"MCP_PUBLIC_URL must be an https URL such as https://mcp.example.com, got {value!r}."
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigError(
            "MCP_PUBLIC_URL must be https off loopback (OAuth tokens and codes travel through it); put a TLS "
            "reverse proxy in front, or use --tls-cert/--tls-key."
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ConfigError("MCP_PUBLIC_URL must be a plain URL without user, query or fragment.")
    if parts.path:  # our consent page, callback and OAuth endpoints are served at the host's root
        raise ConfigError(
            f"MCP_PUBLIC_URL must be the root of a host, without a path (got {parts.path!r}): serve the team "
            "server on a host name of its own, e.g. https://mcp.example.com."
        )
    return value


def team_problems(
    *,
    transport_given: str | None,
    http_token: str | None,
    single_credentials: list[str],
    client_id: str | None,
    client_secret: str | None,
    sandbox: bool,
) -> str | None:
    if transport_given == "stdio":
        return "team mode serves streamable HTTP only; drop --transport stdio (MCP_TRANSPORT)"
    if sandbox:
        return (
            "team mode does not run the built-in sandbox; to try it offline, point ATLASSIAN_API_URL and "
            "ATLASSIAN_AUTH_URL at `python -m atlassian_people_sandbox` (see README, Team server)"
        )
    if http_token:
        return "team mode authenticates each person with OAuth; unset MCP_HTTP_TOKEN"
    if single_credentials:
        return (
            f"team mode acts with each person's own sign-in; unset {', '.join(single_credentials)} "
            "(single-credential settings)"
        )
    if not (client_id and client_secret):
        return (
            "team mode needs your Atlassian OAuth 2.0 (3LO) app: set ATLASSIAN_OAUTH_CLIENT_ID and "
            "ATLASSIAN_OAUTH_CLIENT_SECRET (README, Team server, explains registering it)"
        )
    return None
