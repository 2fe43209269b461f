"""`atlassian-people-mcp` / `python -m mcp_server`: parse flags, build the server, serve stdio or HTTP."""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
from collections.abc import Mapping
from typing import Any

from dotenv import dotenv_values

from . import __version__
from .config import ConfigError, Settings, load_settings
from .http_serving import CannotServe, bind_socket, check_tls, http_app, serve_http
from .runtime import Runtime, build
from .settings_table import BY_KEY, SETTINGS, Setting, variable
from .startup import starting

__all__ = ["http_app", "main", "parse_args", "settings_from"]
log = logging.getLogger("atlassian_people_mcp")
LOG_LEVELS = BY_KEY["log_level"].choices

ENVIRONMENT_ONLY = [setting for setting in SETTINGS if setting.flag is None and setting.variable]
_WIDTH = max(len(setting.variable or "") for setting in ENVIRONMENT_ONLY) + 2
EPILOG = (
    "Settings read from environment variables only, so secrets stay out of process listings:\n"
    + "".join(f"  {setting.variable:<{_WIDTH}}{setting.help}\n" for setting in ENVIRONMENT_ONLY)
    + """\
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
)


def _flag_options(setting: Setting) -> dict[str, Any]:
    """argparse options of a setting's flag, by its kind."""
    options: dict[str, Any] = {"help": setting.flag_help}
    if setting.kind == "switch":
        options.update(action="store_true", default=None)  # None: not given, so the variable decides
    elif setting.kind == "number":
        options["type"] = int
    elif setting.kind == "choice":
        options["choices"] = setting.choices
        if setting.folds_case:
            options["type"] = str.lower
    if setting.metavar:
        options["metavar"] = setting.metavar
    return options


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="atlassian-people-mcp",
        description="MCP server for Atlassian people and organization APIs (JSM ops, CSM, Jira groups).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    for setting in SETTINGS:
        if setting.flag is not None:
            parser.add_argument(setting.flag, dest=setting.key, **_flag_options(setting))
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
        mode=args.mode,
        public_url=args.public_url,
        team_store=args.team_store,
    )


def _log_level(args: argparse.Namespace, environ: Mapping[str, str]) -> str:
    level = (args.log_level or environ.get(variable("log_level")) or "info").strip().lower()
    if level not in LOG_LEVELS:
        raise ConfigError(f"MCP_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {level[:16]!r}.")
    return level


def _build(settings: Settings) -> Runtime:
    if settings.mode != "team":
        return build(settings)
    try:  # the team extra (cryptography, psycopg) is installed only where team mode runs
        from .team.app import build_team
    except ImportError as exc:
        raise ConfigError(
            f"team mode needs the team extra ({exc.name} is missing): "
            "pip install 'atlassian-people-mcp[team]'."
        ) from None
    return build_team(settings)


def _team(argv: list[str]) -> int:
    try:
        from .team.commands import team_command
    except ImportError as exc:
        print(f"atlassian-people-mcp: the team commands need the team extra ({exc.name} is missing).")
        return 2

    def settings_for(flags: list[str]) -> Settings:
        return settings_from(parse_args(flags), {**os.environ, "MCP_MODE": "single", "MCP_SANDBOX": "true"})

    try:
        return team_command(argv, settings_for, os.environ)
    except ConfigError as exc:
        print(f"atlassian-people-mcp: configuration error: {exc}", file=sys.stderr)
        return 2


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["team"]:
        return _team(arguments[1:])
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
            runtime = _build(settings)
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
