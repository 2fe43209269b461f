"""What every CSM handler shares: running under the store lock, input checks, restricted fields."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from ...auth import Principal
from ...registry import HandlerTable, Reply, SandboxRequest
from .store import CsmError, CsmStore

StoreHandler = Callable[[SandboxRequest, CsmStore], Reply]
T = TypeVar("T")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def store_operations(table: HandlerTable) -> Callable[[str], Callable[[StoreHandler], StoreHandler]]:
    """A decorator adding CSM handlers to table: each runs under the store's lock, after the bulk tasks due
    by now have advanced."""

    def operation(operation_id: str) -> Callable[[StoreHandler], StoreHandler]:
        def register(function: StoreHandler) -> StoreHandler:
            def handler(request: SandboxRequest) -> Reply:
                store = request.state.csm
                with store.lock:
                    store.advance_tasks()
                    return function(request, store)

            handler.__name__ = handler.__qualname__ = function.__name__
            table.add(operation_id, handler)
            return function

        return register

    return operation


def deleting(
    find: Callable[[CsmStore, str], T], id_parameter: str, delete: Callable[[CsmStore, T], None]
) -> StoreHandler:
    """The handler of a single delete: the record the path's id_parameter names (404 if unknown) goes, as
    delete removes it; 204 and no body."""

    def delete_one(request: SandboxRequest, store: CsmStore) -> Reply:
        delete(store, find(store, request.path[id_parameter]))
        return 204, None

    return delete_one


def required_text(value: Any, what: str) -> str:
    """A trimmed, non-blank string, or a 400 naming the field."""
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        raise CsmError(400, "INVALID_INPUT", f"'{what}' is required and must not be blank.")
    return text


def checked_email(value: Any) -> str:
    email = required_text(value, "email")
    if not _EMAIL.match(email):
        raise CsmError(400, "INVALID_EMAIL", f"'{email}' is not a valid email address.")
    return email


def shows_email(principal: Principal) -> bool:
    # Email addresses are restricted to the Administer Jira global permission.
    return "jira-admin" in principal.roles


def unique(values: list[str]) -> list[str]:
    """The values without repeats, first occurrence kept."""
    return list(dict.fromkeys(values))


def body_of(request: SandboxRequest) -> dict[str, Any]:
    return request.body if isinstance(request.body, dict) else {}


def too_many(what: str, limit: int, count: int) -> CsmError:
    return CsmError(422, "TOO_MANY_ITEMS", f"At most {limit} {what} can be requested at once; got {count}.")
