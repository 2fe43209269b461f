"""`atlassian-people-mcp` / `python -m mcp_server`: parse flags, build the server, serve stdio or HTTP."""

from __future__ import annotations

import argparse
import hmac
import logging
import sys
from typing import Any

from dotenv import dotenv_values

from .config import ConfigError, Settings, load_settings
from .runtime import Runtime, build

log = logging.getLogger("atlassian_people_mcp")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="atlassian-people-mcp",
        description="MCP server for Atlassian people and organization APIs (JSM ops, CSM, Jira groups).",
    )
    parser.add_argument("--transport", choices=("stdio", "http"), help="stdio (default) or streamable HTTP")
    parser.add_argument("--host", help="HTTP bind address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="HTTP port (default 8000)")
    parser.add_argument("--sandbox", action="store_true", default=None, help="serve a local fake of the APIs")
    parser.add_argument(
        "--read-only", action="store_true", default=None, help="hide and refuse writes and deletes"
    )
    parser.add_argument("--toolsets", help="comma-separated toolsets to enable (default all)")
    parser.add_argument("--tools", help="comma-separated allow list of tool names")
    parser.add_argument("--exclude-tools", help="comma-separated deny list of tool names")
    parser.add_argument("--env-file", default=".env", help="optional dotenv file (default .env)")
    return parser.parse_args(argv)


def settings_from(args: argparse.Namespace, environ: dict[str, str]) -> Settings:
    # The process environment wins over the .env file; flags win over both.
    env = {key: value for key, value in dotenv_values(args.env_file).items() if value is not None}
    env.update(environ)
    return load_settings(
        env=env,
        transport=args.transport,
        host=args.host,
        port=args.port,
        sandbox=args.sandbox,
        read_only=args.read_only,
        toolsets=args.toolsets,
        tools=args.tools,
        exclude_tools=args.exclude_tools,
    )


class BearerTokenGuard:
    """Require `Authorization: Bearer <MCP_HTTP_TOKEN>` on every HTTP request."""

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self.expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            supplied = dict(scope.get("headers", [])).get(b"authorization", b"")
            if not hmac.compare_digest(supplied, self.expected):
                body = b'{"error":"unauthorized","message":"send Authorization: Bearer <MCP_HTTP_TOKEN>"}'
                await send(
                    {
                        "type": "http.response.start",
                        "status": 401,
                        "headers": [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def http_app(runtime: Runtime) -> Any:
    from mcp.server.transport_security import TransportSecuritySettings

    settings = runtime.settings
    port = settings.port
    hosts = {settings.host, "127.0.0.1", "localhost"}
    security = TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=[f"{host}:{port}" for host in hosts] + sorted(hosts),
        allowed_origins=[f"http://{host}:{port}" for host in hosts],
    )
    app = runtime.server.streamable_http_app(
        stateless_http=True, transport_security=security, host=settings.host
    )
    return BearerTokenGuard(app, settings.http_token) if settings.http_token else app


def serve(runtime: Runtime) -> None:
    settings = runtime.settings
    if settings.transport == "stdio":
        runtime.server.run("stdio")
        return
    import uvicorn

    url = f"http://{settings.host}:{settings.port}/mcp"
    auth = " with header 'Authorization: Bearer $MCP_HTTP_TOKEN'" if settings.http_token else ""
    print(
        f"atlassian-people-mcp: streamable HTTP on {url}{auth}\n"
        f"  Claude Code: claude mcp add --transport http atlassian-people {url}\n"
        f"  MCP Inspector: npx @modelcontextprotocol/inspector  (transport Streamable HTTP, URL {url})\n"
        "  Stop with Ctrl-C.",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(http_app(runtime), host=settings.host, port=settings.port, log_level="warning")


def main(argv: list[str] | None = None) -> int:
    import os

    # Our own notices at INFO; libraries (the SDK logs every HTTP session, httpx every request) at WARNING.
    logging.basicConfig(
        stream=sys.stderr, level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("atlassian_people_mcp").setLevel(logging.INFO)
    args = parse_args(argv)
    try:
        runtime = build(settings_from(args, dict(os.environ)))
    except ConfigError as exc:
        print(f"atlassian-people-mcp: configuration error: {exc}", file=sys.stderr)
        return 2
    try:
        serve(runtime)
    except KeyboardInterrupt:
        pass
    except OSError as exc:  # e.g. the port is taken
        print(f"atlassian-people-mcp: cannot serve: {exc}", file=sys.stderr)
        return 1
    finally:
        runtime.close()
    return 0
