"""Who is calling: credentials mapped to principals with OAuth scopes and product roles.

Like Atlassian: basic auth is an account email plus API token, bearer is an OAuth 2.0 (3LO) access token.
Classic API tokens carry no scopes (they act with the user's full permissions); scoped tokens and OAuth
tokens only reach operations whose scopes they were granted. Product roles stand for the permissions the
specs' ``x-permissions`` name.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass, field

from atlassian_specs.operations import READ_SCOPE_PREFIX, ROLE_NAMES, Operation, every_scope

ALL_ROLES = frozenset(ROLE_NAMES)


@dataclass(frozen=True)
class Principal:
    name: str
    email: str
    account_id: str
    display_name: str
    roles: frozenset[str]
    # None: an unscoped API token, limited only by roles. Otherwise the granted OAuth scopes.
    scopes: frozenset[str] | None = None

    def missing_scopes(self, op: Operation) -> frozenset[str]:
        """The scopes lacking for op (empty when allowed): the smallest gap among the alternatives."""
        gaps = op.scope_gaps(self.scopes) if self.scopes is not None else ()
        return gaps[0] if gaps else frozenset()

    def missing_roles(self, op: Operation) -> frozenset[str]:
        """The product roles lacking for op (empty when allowed): the smallest gap."""
        gaps = op.role_gaps(self.roles)
        return gaps[0] if gaps else frozenset()


@dataclass
class Credentials:
    """Registry of accepted credentials."""

    basic: dict[tuple[str, str], Principal] = field(default_factory=dict)
    bearer: dict[str, Principal] = field(default_factory=dict)
    # Access tokens issued at run time (the fake authorization server, oauth.py): token -> its account.
    issued: Callable[[str], Principal | None] | None = None

    def add_api_token(self, principal: Principal, token: str) -> None:
        self.basic[(principal.email, token)] = principal

    def add_bearer(self, token: str, principal: Principal) -> None:
        self.bearer[token] = principal

    def authenticate(self, authorization: str | None) -> Principal | None:
        if not authorization:
            return None
        scheme, _, value = authorization.partition(" ")
        scheme = scheme.lower()
        if scheme == "bearer":
            token = value.strip()
            fixed = self.bearer.get(token)
            return fixed if fixed is not None or self.issued is None else self.issued(token)
        if scheme == "basic":
            try:
                decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                return None
            email, sep, token = decoded.partition(":")
            return self.basic.get((email, token)) if sep else None
        return None


# Well-known sandbox credentials: documented in the README, printed by `python -m atlassian_people_sandbox`.
ADMIN_EMAIL, ADMIN_TOKEN = "admin@example.com", "sandbox-admin-token"
AGENT_EMAIL, AGENT_TOKEN = "agent@example.com", "sandbox-agent-token"
CUSTOMER_EMAIL, CUSTOMER_TOKEN = "customer@example.com", "sandbox-customer-token"
ADMIN_OAUTH_TOKEN = "sandbox-admin-oauth"
READONLY_OAUTH_TOKEN = "sandbox-readonly-oauth"


def default_credentials() -> tuple[Credentials, dict[str, Principal]]:
    """The sandbox's users: a site admin, a JSM agent and a portal customer, plus OAuth tokens (one with
    every scope the specs name, one with their read scopes)."""
    scopes = every_scope()
    admin = Principal("admin", ADMIN_EMAIL, "5b10ac8d82e05b22cc7d4ef5", "Avery Admin", ALL_ROLES)
    agent = Principal(
        "agent",
        AGENT_EMAIL,
        "5b10a2844c20165700ede21g",
        "Sam Agent",
        frozenset({"jsm-agent", "csm-user", "browse-users", "browse-projects", "authenticated"}),
    )
    customer = Principal(
        "customer", CUSTOMER_EMAIL, "qm:1a2b3c4d-customer", "Casey Customer", frozenset({"authenticated"})
    )
    credentials = Credentials()
    credentials.add_api_token(admin, ADMIN_TOKEN)
    credentials.add_api_token(agent, AGENT_TOKEN)
    credentials.add_api_token(customer, CUSTOMER_TOKEN)
    credentials.add_bearer(ADMIN_OAUTH_TOKEN, with_scopes(admin, scopes))
    credentials.add_bearer(
        READONLY_OAUTH_TOKEN,
        with_scopes(admin, frozenset(s for s in scopes if s.startswith(READ_SCOPE_PREFIX))),
    )
    return credentials, {"admin": admin, "agent": agent, "customer": customer}


def with_scopes(principal: Principal, scopes: frozenset[str]) -> Principal:
    return Principal(
        principal.name, principal.email, principal.account_id, principal.display_name, principal.roles, scopes
    )
