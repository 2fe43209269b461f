"""The contract of every Atlassian operation, read once from the specs: the one `Operation` model.

The MCP server (scopes, permissions, retry safety), the sandbox (routing, authorisation), the scripts and
the tests all ask this module what an operation is and requires, so none of them works it out again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from . import HTTP_METHODS, SPEC_FILES, load

# The product roles the specs' `x-permissions` name, in words.
ROLE_NAMES = {
    "site-admin": "Site administration (member of site-admin)",
    "jira-admin": "Administer Jira global permission",
    "jsm-agent": "Jira Service Management agent",
    "csm-user": "Customer Service Management or Jira Service Management user",
    "browse-users": "Browse users and groups global permission",
    "browse-projects": "Browse projects project permission",
    "authenticated": "any signed-in user",
}
# Where OAuth 2.0 clients reach the site-based Jira API: {gateway}/ex/jira/{cloudId} + the spec's paths.
JIRA_OAUTH_BASE_PATH = "/ex/jira/{cloudId}"
# OAuth scopes that grant reading only (read:servicedesk-request, read:jira-user, ...).
READ_SCOPE_PREFIX = "read:"
_READ_METHODS = frozenset({"GET", "HEAD"})
_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")


class BaseKind(StrEnum):
    """Where an API's base URL lives: Atlassian's API gateway (keyed by cloud id) or the site itself."""

    GATEWAY = "gateway"
    SITE = "site"


@dataclass(frozen=True)
class Operation:
    operation_id: str
    api: str  # a key of atlassian_specs.SPEC_FILES: jsm-ops | csm | jira-groups
    method: str  # upper case
    path: str  # relative to the API's base URL, as in the spec
    base_path: str  # the path of the spec's server URL, e.g. /jsm/ops/api/{cloudId} ("" for a site)
    base_kind: BaseKind
    scope_alternatives: tuple[frozenset[str], ...]  # OAuth: any one alternative, all of its scopes
    role_alternatives: tuple[frozenset[str], ...]  # product permission: any one alternative, all its roles
    permission_text: str  # the spec's own wording of the permission, links removed ("" when none)
    success_statuses: frozenset[int]  # the 2xx answers the spec documents
    tags: frozenset[str]
    # The spec's x-pagination (style, parameters, fields) when the operation is paged; a mapping, so left
    # out of comparison and hashing.
    pagination: Mapping[str, Any] | None = field(default=None, compare=False)

    @property
    def route(self) -> str:
        """The full URL path below the host: base path + operation path."""
        return self.base_path + self.path

    @property
    def reads_only(self) -> bool:
        """Whether the operation changes no data: GET, or a POST (fetch, search) whose every accepted OAuth
        scope is a read scope. Drives retry safety, 'changes data' and the read-only mode."""
        if self.method in _READ_METHODS:
            return True
        scopes = [scope for alternative in self.scope_alternatives for scope in alternative]
        return bool(scopes) and all(scope.startswith(READ_SCOPE_PREFIX) for scope in scopes)

    def scope_gaps(self, granted: frozenset[str]) -> tuple[frozenset[str], ...]:
        """What each scope alternative lacks, smallest first; empty when some alternative is fully granted
        (or the operation names no scope)."""
        return _gaps(self.scope_alternatives, granted)

    def role_gaps(self, roles: frozenset[str]) -> tuple[frozenset[str], ...]:
        """What each product-role alternative lacks, smallest first; empty when the roles suffice."""
        return _gaps(self.role_alternatives, roles)

    def missing_scopes(self, granted: frozenset[str]) -> str | None:
        """None when some alternative is fully granted, else what is lacking, in words ("a, or b + c")."""
        gaps = self.scope_gaps(granted)
        return ", or ".join(" + ".join(sorted(gap)) for gap in gaps) if gaps else None

    @property
    def permission(self) -> str:
        """The product permission in words, from the spec."""
        if self.permission_text:
            return self.permission_text
        return " or ".join(
            " and ".join(ROLE_NAMES.get(role, role) for role in sorted(alternative))
            for alternative in self.role_alternatives
        )

    def scopes_in_words(self) -> str:
        return " or ".join(" + ".join(sorted(alternative)) for alternative in self.scope_alternatives)


def _gaps(alternatives: tuple[frozenset[str], ...], held: frozenset[str]) -> tuple[frozenset[str], ...]:
    gaps = [alternative - held for alternative in alternatives]
    if not gaps or any(not gap for gap in gaps):
        return ()
    return tuple(sorted(gaps, key=lambda gap: (len(gap), sorted(gap))))


def server_url(api: str) -> str:
    """The spec's server URL template, e.g. https://api.atlassian.com/jsm/ops/api/{cloudId}."""
    url: str = load(api)["servers"][0]["url"]
    return url


def api_base_path(api: str) -> str:
    """The path of an API's base URL, with its `{cloudId}` placeholder ("" for the site-based Jira API)."""
    return urlsplit(server_url(api)).path.rstrip("/")


def api_base_url(api: str, root: str, cloud_id: str) -> str:
    """An API's base URL under root (Atlassian's gateway, a site, or the sandbox): root + its base path."""
    return root.rstrip("/") + api_base_path(api).format(cloudId=cloud_id)


def base_kind(api: str) -> BaseKind:
    return BaseKind.GATEWAY if "{cloudId}" in server_url(api) else BaseKind.SITE


def _operation(api: str, method: str, path: str, op: dict[str, Any]) -> Operation:
    permissions = op.get("x-permissions", {})
    return Operation(
        operation_id=op["operationId"],
        api=api,
        method=method.upper(),
        path=path,
        base_path=api_base_path(api),
        base_kind=base_kind(api),
        scope_alternatives=tuple(
            frozenset(alternative["oAuth2"])
            for alternative in op.get("security", [])
            if alternative.get("oAuth2")
        ),
        role_alternatives=tuple(frozenset(a) for a in permissions.get("anyOf", [])),
        permission_text=_LINK.sub(r"\1", permissions.get("text", "")).strip(),
        success_statuses=frozenset(
            int(code) for code in op.get("responses", {}) if str(code).isdigit() and 200 <= int(code) < 300
        ),
        tags=frozenset(op.get("tags", [])),
        pagination=op.get("x-pagination"),
    )


@cache
def operations() -> Mapping[str, Operation]:
    """Every operation of every spec, by operationId, in spec order."""
    return {
        item[method]["operationId"]: _operation(api, method, path, item[method])
        for api in SPEC_FILES
        for path, item in load(api)["paths"].items()
        for method in HTTP_METHODS
        if method in item
    }


def operation(operation_id: str) -> Operation:
    try:
        return operations()[operation_id]
    except KeyError:
        raise KeyError(f"{operation_id} is not an operation in specs/") from None


def every_scope() -> frozenset[str]:
    """Every OAuth scope some operation accepts."""
    return frozenset(
        scope
        for op in operations().values()
        for alternative in op.scope_alternatives
        for scope in alternative
    )
