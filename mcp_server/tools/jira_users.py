"""Finding Jira users by name or email (Jira's user search, specs/jira-groups.yaml tag Users), for
jira_groups_read action=find_users and for resolving the people named in group membership changes.

An action that resolves users with `resolve_account` declares findJiraUsers.
"""

from __future__ import annotations

import re
from typing import Any

from jira_groups_client.api.users import find_jira_users

from ..calls import ToolCall, to_data
from ..errors import ToolFailure
from ..results import ToolResult, listing

USER_KEYS = ("displayName", "emailAddress", "accountId", "active")
SEARCH_PAGE = 50
# Atlassian account ids: 24 alphanumerics (older accounts), <number>:<uuid>, or qm:… for portal customers.
_ACCOUNT_ID = re.compile(r"^(?=[0-9a-z]*[0-9])[0-9a-z]{24}$|^\d+:[0-9a-f-]{36}$|^qm:\S+$", re.IGNORECASE)
PASS_ID = "pass the account id or email (jira_groups_read action=find_users query=… finds them)."


def is_account_id(text: str) -> bool:
    return bool(_ACCOUNT_ID.match(text.strip()))


def slim_user(raw: dict[str, Any]) -> dict[str, Any]:
    """A user without avatars and links (never needed to act on a user)."""
    keep = ("accountId", "displayName", "emailAddress", "active", "accountType")
    return {key: raw[key] for key in keep if raw.get(key) not in (None, "")}


async def search_users(
    call: ToolCall, query: str, start: int = 0, limit: int = SEARCH_PAGE
) -> list[dict[str, Any]]:
    found = await call.api(find_jira_users, query=query, start_at=start, max_results=limit)
    return [slim_user(to_data(user)) for user in (found or [])]


async def find_users(call: ToolCall) -> ToolResult:
    """Users whose display name or email starts with query (any word of it), paged by startAt."""
    start = call.page_position() or 0
    if not isinstance(start, int) or start < 0:
        raise ToolFailure("cursor is not a next_cursor from this search; call again without cursor.")
    query = str(call.arg("query") or "").strip()
    if not query:
        raise ToolFailure("action=find_users needs query: part of a display name or an email address.")
    items = await search_users(call, query, start, call.limit)
    # The search answers a bare list: a full page may have a next one, a short page is the last.
    next_cursor = call.next_cursor(start + len(items)) if len(items) == call.limit else None
    hint = "\nNo match (callers without the Browse users and groups permission always get none)."
    title = f"Jira users matching {query!r}"
    footer = hint if not items and not start else ""
    return listing(title, items, USER_KEYS, next_cursor=next_cursor, footer=footer)


def exact_matches(wanted: str, users: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Users whose account id, email or display name is exactly wanted (ignoring case)."""
    key = wanted.strip().casefold()
    return [
        user
        for user in users
        if user.get("accountId") == wanted.strip()
        or str(user.get("emailAddress") or "").casefold() == key
        or str(user.get("displayName") or "").casefold() == key
    ]


def ambiguous(wanted: str, users: list[dict[str, Any]]) -> ToolFailure:
    options = "; ".join(
        f"{u.get('displayName')} ({u.get('emailAddress') or 'email hidden'}, {u.get('accountId')})"
        for u in users[:10]
    )
    return ToolFailure(f"{len(users)} users match {wanted!r}: {options}. Pass the account id or email.")


async def resolve_account(call: ToolCall, user: str) -> dict[str, Any]:
    """The user an account id, email or exact display name stands for ({"accountId": …} at least).

    Account ids pass through unchecked (the API answers not-found for unknown ones); emails and names take
    one user search. Only an exact email or display name counts, so a write never lands on a look-alike.
    """
    wanted = user.strip()
    if is_account_id(wanted):
        return {"accountId": wanted}
    cache: dict[str, dict[str, Any]] = call.lookups.setdefault("jira.user", {})
    if wanted.casefold() in cache:
        return cache[wanted.casefold()]
    found = await search_users(call, wanted)
    hits = exact_matches(wanted, found)
    if not hits and "@" in wanted and len(found) == 1 and not found[0].get("emailAddress"):
        hits = found  # the email matched, but privacy settings hide it in the answer
    if len(hits) > 1:
        raise ambiguous(wanted, hits)
    if not hits:
        if found:
            near = "; ".join(f"{u.get('displayName')} ({u.get('accountId')})" for u in found[:5])
            raise ToolFailure(f"No Jira user is exactly {wanted!r} (similar: {near}); {PASS_ID}")
        raise ToolFailure(f"No Jira user matches {wanted!r}; {PASS_ID}")
    cache[wanted.casefold()] = hits[0]
    return hits[0]
