"""Writes whose outcome is unknown: the request was sent, but its answer was lost (timeout, broken
connection, a 5xx after sending), is not one the API documents, or cannot be read.

Such a write may have been applied. It is never repeated automatically and never reported as an internal
error: the failure says so, says how to check, and, when the request carried an Idempotency-Key, gives the
key to repeat the call with so that the API replays the first attempt instead of applying it twice.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx

from atlassian_people_runtime.transport import READ_POST_SUFFIXES

from .errors import OutcomeUnknown, ToolFailure

_READ_METHODS = frozenset({"GET", "HEAD"})
T = TypeVar("T")


def changes_data(method: str, path: str) -> bool:
    """Whether a request changes data (reads include CSM's POST fetch and search)."""
    if method in _READ_METHODS:
        return False
    return not (method == "POST" and path.endswith(READ_POST_SUFFIXES))


def is_write(request: httpx.Request) -> bool:
    return changes_data(request.method, request.url.path)


def never_sent(exc: httpx.TransportError) -> bool:
    """Whether the request failed before any of it reached Atlassian."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def request_of(exc: httpx.TransportError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:  # no request attached
        return None


def unknown_outcome(cause: str, read_tool: str, idempotency_key: str | None) -> OutcomeUnknown:
    replay = (
        f", or repeat this exact call with idempotency_key={idempotency_key}: the API then replays the first "
        "attempt instead of applying it twice"
        if idempotency_key
        else ""
    )
    return OutcomeUnknown(
        f"{cause}; the change may have been applied (it was not repeated automatically). Check with "
        f"{read_tool} before repeating it{replay}."
    )


async def create_checked(create: Awaitable[T], find: Callable[[], Awaitable[str | None]], what: str) -> T:
    """Await a create of an object with a natural key (a name); if its outcome is unknown, look the object
    up by that key and say whether it exists now, instead of leaving the caller to guess or repeat it."""
    try:
        return await create
    except OutcomeUnknown as lost:
        try:
            found = await find()
        except ToolFailure:
            raise lost from None
        if found:
            raise OutcomeUnknown(
                f"{lost} Checked since: {what} exists now ({found}), so the create was applied; do not "
                "repeat it."
            ) from None
        raise OutcomeUnknown(
            f"{lost} Checked since: {what} does not exist, so it was not applied; repeating the call is safe."
        ) from None
