"""Who a team-mode request acts for, and how that reaches the shared API clients.

The MCP request's bearer token (checked by the SDK's middleware) names a grant; the tool call runs with
that person in a context variable, and `PersonAuth` puts their current Atlassian access token on each
upstream request. The pooled clients are shared by everyone and keep no cookies, so nothing of one
person's session can ride along with another's requests.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import AsyncGenerator, Generator
from contextvars import ContextVar
from dataclasses import dataclass, field

import httpx

from ..access import Access
from ..clients import Credential
from ..errors import ToolFailure
from ..registry import Action, ToolDef
from .grants import GrantTokens
from .store import Grant


@dataclass(frozen=True)
class Person:
    grant: Grant
    client_id: str
    scopes: frozenset[str]  # ours, as approved for this client and carried by the token


current_person: ContextVar[Person | None] = ContextVar("current_person", default=None)


@dataclass(frozen=True)
class PersonAccess(Access):
    """The operator's settings ∩ what the person approved for this client ∩ what their Atlassian grant
    carries (`granted_scopes`): one answer for listing and calling, as in single-credential mode."""

    approved_effects: frozenset[str] = frozenset()

    def tool_refusal(self, tool: ToolDef) -> str | None:
        refused = super().tool_refusal(tool)
        if refused:
            return refused
        if tool.effect.value not in self.approved_effects:
            return (
                f"{tool.name} {'deletes' if tool.effect.value == 'delete' else 'changes'} data, which you "
                f"did not approve for this client; reconnect and tick '{tool.effect.value}' on the consent "
                "page."
            )
        return None

    def action_refusal(self, tool: ToolDef, action: Action) -> str | None:
        refused = super().action_refusal(tool, action)
        if refused and "which the token was not granted" in refused:
            return refused.replace("which the token was not granted", "which your Atlassian sign-in lacks")
        return refused


def person_signing_key(secret: bytes, account_id: str) -> bytes:
    """The key of a person's confirm tokens and cursors: shared by all replicas, different per person, so a
    token one person was given never confirms anything for another."""
    return hmac.new(secret, f"person|{account_id}".encode(), hashlib.sha256).digest()


class PersonAuth(httpx.Auth):
    """The current person's Atlassian access token on each request; one renewal and retry on a 401."""

    def __init__(self, grants: GrantTokens) -> None:
        self.grants = grants

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        person = current_person.get()
        if person is None:  # never send an upstream request without knowing for whom
            raise ToolFailure("No signed-in person for this request; sign in to the server again.")
        token = await self.grants.access_token(person.grant.grant_id)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            await response.aread()
            token = await self.grants.access_token(person.grant.grant_id, rejected=token)
            request.headers["Authorization"] = f"Bearer {token}"
            yield request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("team mode calls Atlassian asynchronously only")
        yield request  # unreachable: makes this the generator httpx expects


@dataclass(frozen=True)
class PersonCredential(Credential):
    """The credential of the shared API clients in team mode: whoever the request acts for."""

    person_auth: PersonAuth | None = field(default=None, repr=False)

    def auth(self) -> httpx.Auth | None:
        return self.person_auth

    def describe(self) -> str:
        person = current_person.get()
        who = f" ({person.grant.display_name})" if person else ""
        return f"your own Atlassian sign-in{who}"
