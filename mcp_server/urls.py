"""Where credentials may be sent: the base-URL and cloud-id policy, checked once at start.

Every base URL receives the user's email and API token (or OAuth token), so each must be `https` on a
host Atlassian documents as its own (its cloud sites on `*.atlassian.net` and the older `*.jira.com`,
and the API gateway `api.atlassian.com`), or any scheme on loopback (tests, a local proxy). Anything
else needs an explicit opt-in (`--allow-any-url` / `MCP_ALLOW_ANY_URL`), and even then `https`.
A URL carrying `user:password@` is always refused: the client would send those as credentials too.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from .config_error import ConfigError
from .settings_table import variable

# Atlassian's first-party domains for cloud sites and its API gateway ("IP addresses and domains for
# Atlassian cloud products"); a planted URL anywhere else would receive the user's token.
ATLASSIAN_SITE_SUFFIXES = (".atlassian.net", ".jira.com")
ATLASSIAN_API_HOSTS = frozenset({"api.atlassian.com", "auth.atlassian.com"})  # gateway, OAuth
ALLOW_ANY_URL = variable("allow_any_url")

_CLOUD_ID = re.compile(r"^[0-9a-fA-F]{8}(-?[0-9a-fA-F]{4}){3}-?[0-9a-fA-F]{12}$")


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_atlassian_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    return host in ATLASSIAN_API_HOSTS or any(
        host.endswith(suffix) and len(host) > len(suffix) for suffix in ATLASSIAN_SITE_SUFFIXES
    )


def shown_url(value: str) -> str:
    """The URL as safe to print: scheme and host only (no userinfo, path or query that may hold a secret)."""
    try:
        parts = urlsplit(value.strip())
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "(an unparseable URL)"
    if ":" in host:
        host = f"[{host}]"
    return f"{parts.scheme}://{host}{port}" if parts.scheme and host else "(not a URL)"


def checked_url(name: str, value: str | None, *, allow_any: bool = False) -> str | None:
    """value as a base URL without trailing slash, or None when unset; raises ConfigError (never echoing
    a password, path or query) when credentials must not be sent there."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if any(char.isspace() or not char.isprintable() for char in value):
        # urlsplit silently drops some of them (a newline can turn evil.example into *.atlassian.net)
        raise ConfigError(f"{name} contains spaces or control characters; set the URL alone.")
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        parts.port  # noqa: B018  # raises ValueError on a malformed port
    except ValueError:
        raise ConfigError(f"{name} is not a valid URL; use e.g. https://your-site.atlassian.net.") from None
    if parts.scheme not in {"http", "https"} or not host:
        raise ConfigError(f"{name} must be an https URL such as https://your-site.atlassian.net.")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise ConfigError(
            f"{name} must not contain a user name or password (user:pass@host); "
            "set credentials only in ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN or ATLASSIAN_OAUTH_TOKEN."
        )
    if parts.query or parts.fragment:
        raise ConfigError(f"{name} must be a base URL without ?query or #fragment ({shown_url(value)}).")
    if is_loopback(host):
        return value.rstrip("/")
    if parts.scheme != "https":
        raise ConfigError(
            f"{name} uses plain http to {shown_url(value)}; credentials travel only over https "
            "(plain http is allowed to loopback addresses only)."
        )
    if not is_atlassian_host(host) and not allow_any:
        raise ConfigError(
            f"{name} points at {shown_url(value)}, which is not an Atlassian host (*.atlassian.net, "
            f"*.jira.com, api.atlassian.com); your credentials would be sent there. If that host is your "
            f"own proxy, opt in with --allow-any-url or {ALLOW_ANY_URL}=true."
        )
    return value.rstrip("/")


def hosts_outside_atlassian(urls: Iterable[str | None]) -> list[str]:
    """The hosts of checked base URLs that are neither Atlassian's nor loopback, each once: only
    --allow-any-url lets them through, and each will receive the credentials."""
    hosts: dict[str, None] = {}
    for url in urls:
        host = urlsplit(url).hostname if url else None
        if host and not is_atlassian_host(host) and not is_loopback(host):
            hosts[host] = None
    return list(hosts)


def foreign_hosts_warning(hosts: list[str]) -> str:
    """The start-up warning naming the hosts of hosts_outside_atlassian()."""
    which = "is not an Atlassian host" if len(hosts) == 1 else "are not Atlassian hosts"
    return (
        f"--allow-any-url / {ALLOW_ANY_URL} is on: your Atlassian credentials will be sent to "
        f"{', '.join(hosts)}, which {which}. Keep it only for a proxy you run; otherwise remove it and "
        "use your *.atlassian.net site."
    )


def is_cloud_id(value: str) -> bool:
    """A cloud id is a UUID; anything else (slashes, dots, query) could steer requests to other paths."""
    return bool(_CLOUD_ID.match(value))


def checked_cloud_id(source: str, value: object) -> str:
    """value as a cloud id, or ConfigError naming where it came from (never echoing the value)."""
    if isinstance(value, str) and is_cloud_id(value):
        return value
    raise ConfigError(
        f"{source} does not look like a cloud id (a UUID such as 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b); "
        "set ATLASSIAN_CLOUD_ID to your site's cloud id."
    )
