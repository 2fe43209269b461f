"""The sandbox's view of the specs: which operation a request is, and what it requires.

Everything the sandbox enforces (scopes, product roles, parameter and body validation) comes from the
specs, so the sandbox cannot drift from what the generated clients and the MCP server are told.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import atlassian_specs

# Sandbox requests arrive on 127.0.0.1; openapi-core matches them against the spec's server URL, so each
# request is presented to it under this origin with the server variables filled in.
_SERVER_VARIABLE = re.compile(r"\{[^}]+\}")


@dataclass(frozen=True)
class OperationSpec:
    api: str
    operation_id: str
    method: str
    path: str  # relative to the server, as in the spec
    route: str  # what the sandbox serves: server path prefix + path
    scope_alternatives: tuple[frozenset[str], ...]  # OAuth: any one alternative, all of its scopes
    role_alternatives: tuple[frozenset[str], ...]  # product permission: any one alternative, all of its roles
    header_params: tuple[dict[str, Any], ...]
    deprecated: bool

    @property
    def effect(self) -> str:
        return "read" if self.method == "GET" else "write"


@dataclass(frozen=True)
class ApiSpec:
    name: str
    document: dict[str, Any]
    origin: str  # scheme://host the spec's server uses, variables filled
    prefix: str  # server path, e.g. /jsm/ops/api/{cloudId}
    operations: tuple[OperationSpec, ...]


def _server(document: dict[str, Any]) -> tuple[str, str]:
    server = document["servers"][0]
    defaults = {name: str(var.get("default", "sandbox")) for name, var in server.get("variables", {}).items()}
    parts = urlsplit(server["url"])
    netloc = _SERVER_VARIABLE.sub(lambda m: defaults.get(m.group(0)[1:-1], "sandbox"), parts.netloc)
    return f"{parts.scheme}://{netloc}", parts.path.rstrip("/")


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operation(
    api: str, document: dict[str, Any], prefix: str, method: str, path: str, op: dict[str, Any]
) -> OperationSpec:
    scopes = tuple(
        frozenset(alternative["oAuth2"]) for alternative in op.get("security", []) if "oAuth2" in alternative
    )
    permissions = op.get("x-permissions", {})
    roles = tuple(frozenset(alternative) for alternative in permissions.get("anyOf", []))
    headers = tuple(
        param
        for param in (_resolve(document, p) for p in op.get("parameters", []))
        if param.get("in") == "header"
    )
    return OperationSpec(
        api=api,
        operation_id=op["operationId"],
        method=method.upper(),
        path=path,
        route=prefix + path,
        scope_alternatives=scopes,
        role_alternatives=roles,
        header_params=headers,
        deprecated=bool(op.get("deprecated", False)),
    )


@cache
def api_specs() -> tuple[ApiSpec, ...]:
    apis = []
    for name in atlassian_specs.SPEC_FILES:
        document = atlassian_specs.load(name)
        origin, prefix = _server(document)
        operations = tuple(
            _operation(name, document, prefix, method, path, item[method])
            for path, item in document["paths"].items()
            for method in atlassian_specs.HTTP_METHODS
            if method in item
        )
        apis.append(ApiSpec(name, document, origin, prefix, operations))
    return tuple(apis)


def all_operations() -> tuple[OperationSpec, ...]:
    return tuple(op for api in api_specs() for op in api.operations)


def route_sort_key(route: str) -> tuple[int, ...]:
    """Literal segments before parameters at each depth (/organization/details beats /organization/{id})."""
    return tuple(1 if segment.startswith("{") else 0 for segment in route.strip("/").split("/"))
