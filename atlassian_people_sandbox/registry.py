"""Handler tables: each area's handlers module fills its own table, one function per operationId it
implements; atlassian_people_sandbox.handlers lists the tables, so what the sandbox serves is written down
in one place rather than left to which modules happen to be imported."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import Headers

from atlassian_specs.operations import Operation

from .auth import Principal
from .state import SandboxState

# (status, JSON body or None for an empty response)
Reply = tuple[int, Any]


@dataclass
class SandboxRequest:
    op: Operation
    principal: Principal
    path: dict[str, Any]  # path parameters, typed per the spec (cloudId removed)
    query: dict[str, Any]  # query parameters, typed per the spec; absent ones are absent
    headers: Headers
    body: Any  # the validated JSON body, or None
    state: SandboxState
    base_url: str  # this request's URL without its query, for links


Handler = Callable[[SandboxRequest], Reply]


class HandlerTable:
    """One area's handlers by operationId."""

    def __init__(self) -> None:
        self._handlers: dict[str, Handler] = {}

    def handles(self, operation_id: str) -> Callable[[Handler], Handler]:
        def register(function: Handler) -> Handler:
            self.add(operation_id, function)
            return function

        return register

    def add(self, operation_id: str, function: Handler) -> None:
        if operation_id in self._handlers:
            raise RuntimeError(f"two sandbox handlers for {operation_id}")
        self._handlers[operation_id] = function

    def items(self) -> Iterator[tuple[str, Handler]]:
        return iter(self._handlers.items())


def combined(tables: tuple[HandlerTable, ...]) -> dict[str, Handler]:
    """Every table's handlers by operationId; two handlers for one operation is a bug, raised at start."""
    found: dict[str, Handler] = {}
    for table in tables:
        for operation_id, function in table.items():
            if operation_id in found:
                raise RuntimeError(f"two sandbox handlers for {operation_id}")
            found[operation_id] = function
    return found
