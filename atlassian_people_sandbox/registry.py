"""Handler registry: each area module registers one function per operationId it implements."""

from __future__ import annotations

from collections.abc import Callable
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
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two sandbox handlers for {operation_id}")
        HANDLERS[operation_id] = function
        return function

    return register
