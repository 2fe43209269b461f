"""What each Atlassian operation requires, as the server asks it: the specs' `Operation` model.

Tools never retype scopes or product permissions: they declare the operationIds they call, and the
requirements follow from atlassian_specs.operations (the specs' `security` and `x-permissions`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from atlassian_specs.operations import Operation, operation, operations

# An operation as a tool's requirement: the same model the sandbox enforces.
Requirement = Operation

__all__ = ["Requirement", "operation_id_of_module", "requirement", "requirements", "snake_case"]


def requirements() -> Mapping[str, Requirement]:
    return operations()


def requirement(operation_id: str) -> Requirement:
    return operation(operation_id)


def snake_case(operation_id: str) -> str:
    """The generated module name of an operationId (getJiraGroup -> get_jira_group)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


@cache
def operation_id_of_module() -> dict[tuple[str, str], str]:
    """(client package, module name) -> operationId, to recognise generated endpoint functions."""
    packages = {"jsm-ops": "jsm_ops_client", "csm": "csm_client", "jira-groups": "jira_groups_client"}
    return {(packages[r.api], snake_case(r.operation_id)): r.operation_id for r in requirements().values()}
