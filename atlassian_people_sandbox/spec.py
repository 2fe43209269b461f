"""The sandbox's view of the specs: each API's document and origin, and its operations.

Everything the sandbox enforces (scopes, product roles, parameter and body validation) comes from the
specs through atlassian_specs.operations, the same `Operation` model the MCP server uses, so the sandbox
cannot drift from what the generated clients and the server are told.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import atlassian_specs
from atlassian_specs.operations import Operation, api_base_path
from atlassian_specs.operations import operations as atlassian_operations

# Sandbox requests arrive on 127.0.0.1; openapi-core matches them against the spec's server URL, so each
# request is presented to it under this origin with the server variables filled in.
_SERVER_VARIABLE = re.compile(r"\{[^}]+\}")


@dataclass(frozen=True)
class ApiSpec:
    name: str
    document: dict[str, Any]
    origin: str  # scheme://host the spec's server uses, variables filled
    prefix: str  # server path, e.g. /jsm/ops/api/{cloudId}
    operations: tuple[Operation, ...]


def _origin(document: dict[str, Any]) -> str:
    server = document["servers"][0]
    defaults = {name: str(var.get("default", "sandbox")) for name, var in server.get("variables", {}).items()}
    parts = urlsplit(server["url"])
    netloc = _SERVER_VARIABLE.sub(lambda m: defaults.get(m.group(0)[1:-1], "sandbox"), parts.netloc)
    return f"{parts.scheme}://{netloc}"


@cache
def api_specs() -> tuple[ApiSpec, ...]:
    apis = []
    for name in atlassian_specs.SPEC_FILES:
        document = atlassian_specs.load(name)
        operations = tuple(op for op in atlassian_operations().values() if op.api == name)
        apis.append(ApiSpec(name, document, _origin(document), api_base_path(name), operations))
    return tuple(apis)


def all_operations() -> tuple[Operation, ...]:
    return tuple(op for api in api_specs() for op in api.operations)


def route_sort_key(route: str) -> tuple[int, ...]:
    """Literal segments before parameters at each depth (/organization/details beats /organization/{id})."""
    return tuple(1 if segment.startswith("{") else 0 for segment in route.strip("/").split("/"))
