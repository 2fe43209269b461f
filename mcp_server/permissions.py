"""What each Atlassian operation requires, read from the specs' `security` and `x-permissions`.

Tools never retype scopes or product permissions: they declare the operationIds they call, and the
requirements follow from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import atlassian_specs

ROLE_NAMES = {
    "site-admin": "Site administration (member of site-admin)",
    "jira-admin": "Administer Jira global permission",
    "jsm-agent": "Jira Service Management agent",
    "csm-user": "Customer Service Management or Jira Service Management user",
    "browse-users": "Browse users and groups global permission",
    "browse-projects": "Browse projects project permission",
    "authenticated": "any signed-in user",
}


@dataclass(frozen=True)
class Requirement:
    operation_id: str
    api: str  # jsm-ops | csm | jira-groups
    method: str
    path: str
    scope_alternatives: tuple[frozenset[str], ...]  # any one alternative, all of its scopes
    role_alternatives: tuple[frozenset[str], ...]
    permission_text: str
    success_statuses: frozenset[int] = frozenset({200})  # the 2xx answers the spec documents

    def missing_scopes(self, granted: frozenset[str]) -> str | None:
        """None when some alternative is fully granted, else what is lacking, in words ("a, or b + c")."""
        if not self.scope_alternatives:
            return None
        gaps = [alternative - granted for alternative in self.scope_alternatives]
        if any(not gap for gap in gaps):
            return None
        return ", or ".join(
            " + ".join(sorted(gap)) for gap in sorted(gaps, key=lambda g: (len(g), sorted(g)))
        )

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


_SUCCESS_CODES = frozenset(str(code) for code in range(200, 300))
_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")


@cache
def requirements() -> dict[str, Requirement]:
    found: dict[str, Requirement] = {}
    for api in atlassian_specs.SPEC_FILES:
        document = atlassian_specs.load(api)
        for path, item in document["paths"].items():
            for method in atlassian_specs.HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                permissions = op.get("x-permissions", {})
                found[op["operationId"]] = Requirement(
                    operation_id=op["operationId"],
                    api=api,
                    method=method.upper(),
                    path=path,
                    scope_alternatives=tuple(
                        frozenset(alternative["oAuth2"])
                        for alternative in op.get("security", [])
                        if alternative.get("oAuth2")
                    ),
                    role_alternatives=tuple(frozenset(a) for a in permissions.get("anyOf", [])),
                    permission_text=_LINK.sub(r"\1", permissions.get("text", "")).strip(),
                    success_statuses=frozenset(
                        int(code)
                        for code in op.get("responses", {})
                        if str(code).isdigit() and 200 <= int(code) < 300
                    ),
                )
    return found


def requirement(operation_id: str) -> Requirement:
    try:
        return requirements()[operation_id]
    except KeyError:
        raise KeyError(f"{operation_id} is not an operation in specs/") from None


def snake_case(operation_id: str) -> str:
    """The generated module name of an operationId (getJiraGroup -> get_jira_group)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


@cache
def operation_id_of_module() -> dict[tuple[str, str], str]:
    """(client package, module name) -> operationId, to recognise generated endpoint functions."""
    packages = {"jsm-ops": "jsm_ops_client", "csm": "csm_client", "jira-groups": "jira_groups_client"}
    return {(packages[r.api], snake_case(r.operation_id)): r.operation_id for r in requirements().values()}
