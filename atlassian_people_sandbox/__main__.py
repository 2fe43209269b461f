"""python -m atlassian_people_sandbox: serve the sandbox on loopback until interrupted."""

from __future__ import annotations

import argparse
import contextlib
import sys

from atlassian_specs.layouts import DEFAULT_LAYOUT, LAYOUTS

from . import auth, oauth
from .app import SandboxConfig
from .faults import FaultConfig
from .server import LOOPBACK, SandboxServer


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not a rate between 0 and 1")
    return value


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} must be zero or positive")
    return value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m atlassian_people_sandbox", description="Serve the Atlassian APIs sandbox."
    )
    parser.add_argument("--host", default=LOOPBACK, help="bind address (default %(default)s)")
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host (its credentials are public: anyone reaching it can use them)",
    )
    parser.add_argument("--port", type=_non_negative, default=0, help="port (default: a free one)")
    parser.add_argument(
        "--seed", type=int, default=7, help="seed of the generated data (default %(default)s)"
    )
    parser.add_argument(
        "--seed-size", type=_non_negative, default=50, help="records per collection (default %(default)s)"
    )
    parser.add_argument("--latency-ms", type=float, default=0.0, help="added latency per request")
    parser.add_argument("--jitter-ms", type=float, default=0.0, help="random extra latency, 0..N ms")
    parser.add_argument("--rate-429", type=_rate, default=0.0, help="share of requests answered 429")
    parser.add_argument("--rate-5xx", type=_rate, default=0.0, help="share of requests answered 502/503/504")
    parser.add_argument(
        "--rate-drop", type=_rate, default=0.0, help="share of connections dropped mid-response"
    )
    parser.add_argument(
        "--stakeholder-layout",
        choices=LAYOUTS,
        default=DEFAULT_LAYOUT,
        help="URL layout the stakeholder operations are served under (default %(default)s)",
    )
    parser.add_argument(
        "--drift",
        action="store_true",
        help="answer like an API that changed: unknown fields, unknown enum values, a changed type",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    faults = FaultConfig(
        latency_ms=args.latency_ms,
        jitter_ms=args.jitter_ms,
        rate_429=args.rate_429,
        rate_5xx=args.rate_5xx,
        rate_drop=args.rate_drop,
        seed=args.seed,
    )
    config = SandboxConfig(
        seed=args.seed,
        seed_size=args.seed_size,
        faults=faults,
        stakeholder_layout=args.stakeholder_layout,
        drift=args.drift,
    )
    try:
        server = SandboxServer(
            config,
            host=args.host,
            port=args.port,
            log_level="info",
            allow_remote=args.allow_remote,
        )
    except ValueError as exc:
        print(f"sandbox: {exc}", file=sys.stderr)
        return 2
    print(
        f"Sandbox on {server.url} (cloud id {server.cloud_id})\n"
        f"  JSM ops: {server.jsm_ops_url} (stakeholders: {server.stakeholders_url})\n"
        f"  CSM:     {server.csm_url}\n  Jira:    {server.jira_url}\n"
        f"  basic auth: {auth.ADMIN_EMAIL} / {auth.ADMIN_TOKEN} (site admin),\n    "
        f"{auth.AGENT_EMAIL} / {auth.AGENT_TOKEN} (JSM agent), "
        f"{auth.CUSTOMER_EMAIL} / {auth.CUSTOMER_TOKEN}\n"
        f"  bearer: {auth.ADMIN_OAUTH_TOKEN} (all scopes), {auth.READONLY_OAUTH_TOKEN} (read scopes)\n"
        f"  OAuth 2.0 (3LO) app for team mode: {oauth.APP_CLIENT_ID} / {oauth.APP_CLIENT_SECRET} "
        "(sign-in at /authorize, tokens at /oauth/token)",
        file=sys.stderr,
        flush=True,
    )
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
