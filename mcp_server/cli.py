"""`atlassian-people-mcp` / `python -m mcp_server`: parse flags, build the server, serve stdio or HTTP."""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
from collections.abc import Mapping

from dotenv import dotenv_values

from . import __version__
from .config import ConfigError, Settings, load_settings
from .http_serving import CannotServe, bind_socket, check_tls, http_app, serve_http
from .runtime import Runtime, build
from .startup import starting

__all__ = ["http_app", "main", "parse_args", "settings_from"]
log = logging.getLogger("atlassian_people_mcp")
LOG_LEVELS = ("debug", "info", "warning", "error")

EPILOG = """\
Atlassian settings (environment variables only, so secrets stay out of process listings):
  ATLASSIAN_SITE_URL       https://your-site.atlassian.net (or *.jira.com)
  ATLASSIAN_CLOUD_ID       cloud id; discovered from the site or OAuth token when omitted
  ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN   basic auth with an API token
  ATLASSIAN_OAUTH_TOKEN    an OAuth 2.0 (3LO) access token
  ATLASSIAN_SCOPES         scopes of a scoped API token
  ATLASSIAN_JSM_OPS_URL, ATLASSIAN_CSM_URL, ATLASSIAN_JIRA_URL, ATLASSIAN_API_URL   base URL overrides
                           (https on Atlassian hosts or loopback; others need --allow-any-url)
  ATLASSIAN_STAKEHOLDER_LAYOUT   reference (default) or openapi: where the stakeholder operations live
  MCP_SECRET_KEY           signs confirm tokens and cursors (32+ characters; the same on every replica)
  MCP_HTTP_TOKEN           bearer token HTTP clients must send (32+ characters off loopback)
  MCP_HTTP_MAX_CONNECTIONS open HTTP connections served at once (default 100; more get 503)
  MCP_HTTP_HEADER_TIMEOUT  seconds a client has to send request headers (default 10)
With no ATLASSIAN_* setting at all the server serves the sandbox (fake data) and says so.

Examples:
  stdio (what desktop clients launch):
    ATLASSIAN_SITE_URL=https://acme.atlassian.net ATLASSIAN_EMAIL=me@acme.com \\
      ATLASSIAN_API_TOKEN=... atlassian-people-mcp
  streamable HTTP on loopback, any free port:
    atlassian-people-mcp --transport http --port 0 --env-file ~/.config/atlassian-people.env
  streamable HTTP for other machines (token, allowed host names, TLS):
    MCP_HTTP_TOKEN=$(python -c 'import secrets; print(secrets.token_urlsafe(32))') \\
      atlassian-people-mcp --transport http --host 0.0.0.0 --allowed-hosts mcp.example.com \\
      --tls-cert cert.pem --tls-key key.pem
  try it on fake data:
    atlassian-people-mcp --sandbox
"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="atlassian-people-mcp",
        description="MCP server for Atlassian people and organization APIs (JSM ops, CSM, Jira groups).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = parser.add_argument
    add("--version", action="version", version=f"%(prog)s {__version__}")
    add("--transport", choices=("stdio", "http"), help="stdio (default) or streamable HTTP [MCP_TRANSPORT]")
    add("--host", help="HTTP bind address, default 127.0.0.1; ::1 for IPv6 loopback [MCP_HOST]")
    add("--port", type=int, help="HTTP port, default 8000; 0 picks a free one [MCP_PORT]")
    add(
        "--allowed-hosts",
        help="comma-separated host names/addresses clients use, for the Host check [MCP_ALLOWED_HOSTS]",
    )
    add("--tls-cert", help="TLS certificate file (PEM) for HTTPS [MCP_TLS_CERT]")
    add("--tls-key", help="TLS private key file (PEM) for HTTPS [MCP_TLS_KEY]")
    add("--sandbox", action="store_true", default=None, help="serve a local fake of the APIs [MCP_SANDBOX]")
    add(
        "--read-only",
        action="store_true",
        default=None,
        help="hide and refuse writes and deletes [MCP_READ_ONLY]",
    )
    add("--toolsets", help="comma-separated toolsets to enable, default all [MCP_TOOLSETS]")
    add("--tools", help="comma-separated allow list of tool names [MCP_TOOLS]")
    add("--exclude-tools", help="comma-separated deny list of tool names [MCP_EXCLUDE_TOOLS]")
    add(
        "--allow-any-url",
        action="store_true",
        default=None,
        help="let base URLs point at non-Atlassian https hosts (your proxy); they receive your "
        "credentials [MCP_ALLOW_ANY_URL]",
    )
    add(
        "--env-file",
        metavar="PATH",
        help="read settings from this dotenv file (the environment wins); no .env is read unless named here",
    )
    add(
        "--log-level",
        type=str.lower,
        choices=LOG_LEVELS,
        help="level of the server's own log on stderr, default info [MCP_LOG_LEVEL]",
    )
    return parser.parse_args(argv)


def environment(args: argparse.Namespace, environ: Mapping[str, str]) -> dict[str, str]:
    """The process environment over the explicit --env-file (no file is read implicitly: a `.env`
    planted in the working directory must not redirect credentials)."""
    env: dict[str, str] = {}
    if args.env_file:
        if not os.path.isfile(args.env_file):
            raise ConfigError(f"--env-file {args.env_file} does not exist.")
        env = {key: value for key, value in dotenv_values(args.env_file).items() if value is not None}
    env.update(environ)
    return env


def settings_from(args: argparse.Namespace, environ: Mapping[str, str]) -> Settings:
    return load_settings(
        env=environment(args, environ),
        transport=args.transport,
        host=args.host,
        port=args.port,
        sandbox=args.sandbox,
        read_only=args.read_only,
        toolsets=args.toolsets,
        tools=args.tools,
        exclude_tools=args.exclude_tools,
        allowed_hosts=args.allowed_hosts,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
        allow_any_url=args.allow_any_url,
    )


def _log_level(args: argparse.Namespace, environ: Mapping[str, str]) -> str:
    level = (args.log_level or environ.get("MCP_LOG_LEVEL") or "info").strip().lower()
    if level not in LOG_LEVELS:
        raise ConfigError(f"MCP_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {level[:16]!r}.")
    return level


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # Our own notices at the chosen level; libraries (the SDK logs every HTTP session, httpx every
    # request) at WARNING.
    logging.basicConfig(
        stream=sys.stderr, level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    runtime: Runtime | None = None
    listener: socket.socket | None = None
    try:
        environ = dict(os.environ)
        level = _log_level(args, environ)
        logging.getLogger("atlassian_people_mcp").setLevel(level.upper())
        with starting():  # no garbage collection until the server is built (see startup.py)
            settings = settings_from(args, environ)
            if settings.transport == "http":
                listener = bind_socket(settings.host, settings.port)  # before anything says "serving"
                check_tls(settings.tls_cert, settings.tls_key)
            runtime = build(settings)
        if listener is not None:
            serve_http(runtime, listener, log_level="warning" if level != "debug" else "info")
        else:
            runtime.server.run("stdio")
    except ConfigError as exc:
        print(f"atlassian-people-mcp: configuration error: {exc}", file=sys.stderr)
        return 2
    except CannotServe as exc:
        print(f"atlassian-people-mcp: cannot serve: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    finally:
        if runtime is not None:
            runtime.close()
        if listener is not None:
            listener.close()
    return 0
