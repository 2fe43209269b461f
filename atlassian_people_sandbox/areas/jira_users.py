"""Sandbox area: Jira's user search (/rest/api/3/user/search) over the shared directory.

Like Jira: words of the display name and email address are matched by prefix, an accountId finds that one
user, the answer is a bare list (the next page starts at startAt + maxResults), and a caller without the
Browse users and groups permission gets an empty list rather than an error.
"""

from __future__ import annotations

import re
from typing import Any

from ..directory import User
from ..errors import ApiError
from ..pagination import start_at
from ..registry import HandlerTable, Reply, SandboxRequest
from .jira_groups.handlers import user_details

HANDLERS = HandlerTable()
handles = HANDLERS.handles

MAX_RESULTS = 1000
_WORD_BREAK = re.compile(r"[^\w]+")


def matches(user: User, query: str) -> bool:
    """Whether query is a prefix of the display name, the email, or one of their words (any case)."""
    wanted = query.strip().casefold()
    if not wanted:
        return False
    texts = (user.display_name.casefold(), user.email.casefold())
    if any(text.startswith(wanted) for text in texts):
        return True
    return any(word.startswith(wanted) for text in texts for word in _WORD_BREAK.split(text) if word)


@handles("findJiraUsers")
def find_jira_users(request: SandboxRequest) -> Reply:
    query: str | None = request.query.get("query")
    account_id: str | None = request.query.get("accountId")
    prop: str | None = request.query.get("property")
    if not (query or account_id or prop):
        raise ApiError(400, "One of 'query', 'accountId' or 'property' is required.")
    if "browse-users" not in request.principal.roles:
        return 200, []
    directory = request.state.directory
    found = sorted(directory.users.values(), key=lambda u: (u.display_name.casefold(), u.account_id))
    if account_id:
        found = [u for u in found if u.account_id == account_id]
    if query:
        found = [u for u in found if matches(u, query)]
    if prop:
        found = []  # no sandbox account has user properties, so no property query matches
    page, _, _, _ = start_at(
        found,
        start_at=request.query.get("startAt"),
        max_results=request.query.get("maxResults"),
        default=50,
        maximum=MAX_RESULTS,
    )
    site = request.base_url.split("/rest/", 1)[0]
    return 200, [_found(user, site) for user in page]


def _found(user: User, site: str) -> dict[str, Any]:
    details = user_details(user, site)
    return {key: value for key, value in details.items() if key not in ("key", "name")} | {"locale": "en_US"}
