"""Behind a TLS proxy, clients reach a team server by its public name and https origin: both pass the
DNS-rebinding checks without listing them again in MCP_ALLOWED_HOSTS."""

from __future__ import annotations

from types import SimpleNamespace

from mcp_server.config import Settings
from mcp_server.http_serving import allowed_hosts


def test_the_public_url_is_an_allowed_host_and_origin() -> None:
    settings = Settings(mode="team", public_url="https://mcp.example.com")
    hosts, origins = allowed_hosts(SimpleNamespace(settings=settings), 8000)  # type: ignore[arg-type]
    assert "mcp.example.com" in hosts and "https://mcp.example.com" in origins
    assert "127.0.0.1:8000" in hosts  # the proxy may still reach it by its bind address


def test_single_credential_mode_allows_only_what_it_did() -> None:
    hosts, origins = allowed_hosts(SimpleNamespace(settings=Settings()), 8000)  # type: ignore[arg-type]
    assert "mcp.example.com" not in hosts and not any("https" in origin for origin in origins)
