"""Serving streamable HTTP: the bearer-token guard, Host/Origin checks, connection limits, TLS, the banner.

The socket is bound before anything is printed, so a taken port is one clear line (exit 2) and never a
success banner followed by a traceback; `--port 0` prints the port actually bound.
"""

from __future__ import annotations

import errno
import hmac
import socket
import ssl
import sys
from typing import Any
from urllib.parse import urlsplit

from .runtime import Runtime
from .urls import is_loopback

KEEP_ALIVE_TIMEOUT_S = 5  # an idle kept-alive connection is closed after this
WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})


class CannotServe(Exception):
    """The HTTP listener could not be opened; the message is one line an operator can act on."""


def host_literal(host: str) -> str:
    """host as written in a URL or Host header: IPv6 addresses in brackets."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def bind_socket(host: str, port: int) -> socket.socket:
    """A socket bound to host:port (port 0: any free one), or CannotServe saying what to change."""
    try:
        family, kind, _, _, address = socket.getaddrinfo(
            host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror:
        raise CannotServe(f"cannot listen on {host}: not a local address or a name that resolves.") from None
    listener = socket.socket(family, kind)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(address)
    except OSError as exc:
        listener.close()
        where = f"{host_literal(host)}:{port}"
        if exc.errno == errno.EADDRINUSE:
            raise CannotServe(
                f"port {port} on {host} is already in use; choose another with --port N (or MCP_PORT), "
                "or --port 0 for any free port."
            ) from None
        raise CannotServe(f"cannot listen on {where}: {exc.strerror}.") from None
    listener.listen(2048)  # clients connecting from now on wait in the backlog until uvicorn accepts
    return listener


class BearerTokenGuard:
    """Require `Authorization: Bearer <MCP_HTTP_TOKEN>` on every HTTP request (the scheme name in any
    case, as RFC 7235 makes authentication schemes case-insensitive)."""

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self.expected = token.encode()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and not self._authorised(scope):
            body = b'{"error":"unauthorized","message":"send Authorization: Bearer <MCP_HTTP_TOKEN>"}'
            headers = [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")]
            await send({"type": "http.response.start", "status": 401, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)

    def _authorised(self, scope: Any) -> bool:
        supplied = dict(scope.get("headers", [])).get(b"authorization", b"")
        scheme, _, token = supplied.partition(b" ")
        # Compare the token even when the scheme is wrong, so timing says nothing about either.
        matches = hmac.compare_digest(token.strip(), self.expected)
        return scheme.lower() == b"bearer" and matches


class NoStandaloneStream:
    """Answer `GET /mcp` with 405: in stateless mode a server-to-client stream would have nothing to carry
    and stay open forever, one held connection per request (the MCP spec allows 405 here)."""

    def __init__(self, app: Any, path: str = "/mcp") -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"].rstrip("/") == self.path:
            headers = [(b"allow", b"POST"), (b"content-type", b"application/json")]
            body = b'{"error":"method not allowed","message":"this server is stateless: POST requests only"}'
            await send({"type": "http.response.start", "status": 405, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


def _host_forms(entry: str) -> tuple[str, str | None]:
    """(host as in a Host header, port or None) of an allowed-hosts entry."""
    if entry.startswith("["):
        host, _, rest = entry.partition("]")
        return host + "]", rest[1:] or None
    if entry.count(":") > 1:
        return f"[{entry}]", None  # a bare IPv6 address
    host, _, port = entry.partition(":")
    return host, port or None


def allowed_hosts(runtime: Runtime, port: int) -> tuple[list[str], list[str]]:
    """The Host header values and Origins a client may send (DNS-rebinding protection)."""
    settings = runtime.settings
    names = ["127.0.0.1", "localhost", "[::1]", *settings.allowed_hosts]
    if settings.host not in WILDCARD_HOSTS:
        names.append(settings.host)
    hosts: set[str] = set()
    origins: set[str] = set()
    scheme = "https" if settings.tls_cert else "http"
    for entry in names:
        host, fixed_port = _host_forms(entry.strip())
        host = host_literal(host)
        ports = [fixed_port] if fixed_port else [str(port)]
        hosts.update(f"{host}:{p}" for p in ports)
        origins.update(f"{scheme}://{host}:{p}" for p in ports)
        if not fixed_port:
            hosts.add(host)
            origins.add(f"{scheme}://{host}")
    if (
        settings.public_url
    ):  # team mode: browser-based clients send the public origin (often https at a proxy)
        public = urlsplit(settings.public_url)
        hosts.add(public.netloc)
        origins.add(f"{public.scheme}://{public.netloc}")
    return sorted(hosts), sorted(origins)


def http_app(runtime: Runtime, port: int | None = None) -> Any:
    from mcp.server.transport_security import TransportSecuritySettings

    settings = runtime.settings
    hosts, origins = allowed_hosts(runtime, settings.port if port is None else port)
    security = TransportSecuritySettings(
        enable_dns_rebinding_protection=True, allowed_hosts=hosts, allowed_origins=origins
    )
    app = NoStandaloneStream(
        runtime.server.streamable_http_app(
            stateless_http=True, transport_security=security, host=settings.host
        )
    )
    return BearerTokenGuard(app, settings.http_token) if settings.http_token else app


def banner(runtime: Runtime, port: int) -> str:
    settings = runtime.settings
    if settings.mode == "team":
        url = f"{settings.public_url}/mcp"
        return (
            f"atlassian-people-mcp: team server on {url} "
            f"(listening on {host_literal(settings.host)}:{port}); "
            "each person signs in with their own Atlassian account.\n"
            f"  Claude Code: claude mcp add --transport http atlassian-people {url}\n"
            "  Stop with Ctrl-C."
        )
    shown = settings.host
    if shown in WILDCARD_HOSTS:
        shown = _host_forms(settings.allowed_hosts[0])[0] if settings.allowed_hosts else "127.0.0.1"
    scheme = "https" if settings.tls_cert else "http"
    url = f"{scheme}://{host_literal(shown)}:{port}/mcp"
    header = ' --header "Authorization: Bearer $MCP_HTTP_TOKEN"' if settings.http_token else ""
    lines = [
        f"atlassian-people-mcp: streamable HTTP on {url}"
        + (" (SANDBOX: fake data)" if settings.sandbox else ""),
        f"  Claude Code: claude mcp add --transport http atlassian-people {url}{header}",
    ]
    if settings.http_token:
        lines.append("    (the token is not printed: $MCP_HTTP_TOKEN expands in your shell)")
    lines.append(
        f"  MCP Inspector: npx @modelcontextprotocol/inspector  (transport Streamable HTTP, URL {url})"
    )
    if settings.host in WILDCARD_HOSTS and not settings.allowed_hosts:
        lines.append(
            "  Clients reaching this machine by name or address need it in MCP_ALLOWED_HOSTS "
            "(otherwise 421 Invalid Host)."
        )
    if not is_loopback(settings.host) and not settings.tls_cert:
        lines.append("  Without --tls-cert/--tls-key, put an HTTPS reverse proxy in front (see README).")
    lines.append("  Stop with Ctrl-C.")
    return "\n".join(lines)


def check_tls(cert: str | None, key: str | None) -> None:
    """CannotServe unless cert and key (when given) are a usable, matching PEM pair."""
    if not (cert and key):
        return
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(cert, key)
    except (ssl.SSLError, OSError) as exc:
        raise CannotServe(
            f"cannot use the TLS certificate and key ({getattr(exc, 'reason', None) or type(exc).__name__}); "
            "check --tls-cert and --tls-key are a matching PEM certificate and private key."
        ) from None


def serve_http(runtime: Runtime, listener: socket.socket, log_level: str = "warning") -> None:
    """Serve on an already bound listener until interrupted."""
    # uvicorn's server and h11 protocol load only when serving HTTP: stdio starts without them.
    import uvicorn

    from .http_protocol import HeaderTimeoutH11Protocol

    settings = runtime.settings
    port = int(listener.getsockname()[1])
    config = uvicorn.Config(
        http_app(runtime, port),
        http=type("Protocol", (HeaderTimeoutH11Protocol,), {"header_timeout_s": settings.header_timeout_s}),
        log_level=log_level,
        timeout_keep_alive=KEEP_ALIVE_TIMEOUT_S,
        limit_concurrency=settings.max_connections,
        ssl_certfile=settings.tls_cert,
        ssl_keyfile=settings.tls_key,
        lifespan="auto",
    )
    config.load()
    print(banner(runtime, port), file=sys.stderr, flush=True)
    uvicorn.Server(config).run(sockets=[listener])
