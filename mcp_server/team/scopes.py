"""Scopes on both sides of the team server.

Ours, which an MCP client asks for and the person approves on the consent page: reading, writing,
deleting. Atlassian's, which the operator registers for the app and every sign-in requests: computed from
the tools the settings enable (read-only mode drops the write and delete ones), choosing for each
operation the alternative that adds the fewest scopes, since Atlassian recommends fewer than 50 per app.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..access import Access
from ..registry import Effect, ToolDef

READ, WRITE, DELETE = "people:read", "people:write", "people:delete"
OUR_SCOPES = (READ, WRITE, DELETE)
EFFECT_OF_SCOPE = {READ: Effect.READ, WRITE: Effect.WRITE, DELETE: Effect.DELETE}
SCOPE_WORDS = {
    READ: "read people, groups, organizations and their details",
    WRITE: "create and change them (add members, edit details)",
    DELETE: "delete them and remove members (each delete is previewed and confirmed first)",
}
# Every sign-in: the person's identity (/me) and a refresh token, so nobody signs in again every hour.
IDENTITY_SCOPES = ("read:me", "offline_access")
ATLASSIAN_RECOMMENDED_MAX = 50


def effects_of(scopes: Iterable[str]) -> frozenset[Effect]:
    return frozenset(EFFECT_OF_SCOPE[scope] for scope in scopes if scope in EFFECT_OF_SCOPE)


def offered_scopes(access: Access, tools: Iterable[ToolDef]) -> list[str]:
    """Our scopes worth offering: those whose tools the operator's settings leave visible."""
    effects = {tool.effect for tool in tools if access.visible_actions(tool)}
    return [scope for scope in OUR_SCOPES if EFFECT_OF_SCOPE[scope] in effects]


def atlassian_scopes(access: Access, tools: Iterable[ToolDef]) -> list[str]:
    """The Atlassian scopes to register and request for everything the settings enable."""
    alternatives_per_operation: dict[str, tuple[frozenset[str], ...]] = {}
    for tool in tools:
        for action in access.visible_actions(tool):
            for requirement in action.requirements:
                if requirement.scope_alternatives:
                    alternatives_per_operation[requirement.operation_id] = requirement.scope_alternatives
    chosen: set[str] = set()
    # Operations with one way in first; then each other picks the alternative adding the fewest scopes.
    for alternatives in sorted(alternatives_per_operation.values(), key=len):
        best = min(alternatives, key=lambda alternative: (len(alternative - chosen), sorted(alternative)))
        chosen |= best
    return [*IDENTITY_SCOPES, *sorted(chosen)]
