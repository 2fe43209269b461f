"""How we know the sandbox is faithful: schemathesis drives every operation of the three specs against a
live sandbox and checks each response against the spec.

Two passes per spec, each a pytest item per operation:

- positive (the bulk): the spec's own examples, then schemathesis' coverage cases (every enum value, the
  boundaries) and hypothesis-generated valid requests. Ids in paths and queries are usually drawn from the
  sandbox's seed data, so most requests reach a handler's success path instead of a 404.
- negative (a few per operation): requests that violate the spec, which the sandbox must turn away with
  a documented 4xx, never a 5xx.

Every response must be: no server error, a documented status code, a documented content type, a body
matching the response schema and documented headers. The server validates its own responses too
(``validate_responses=True``), so a drift schemathesis cannot see (or misreads) still comes back as a 500.
The sandbox is reset to its seed after every write it accepted, so generated deletes and creates never leak
into the next example and the seeded ids stay valid.

Reproducible: fixed seed, derandomized generation, no example database. Bounded: a handful of examples per
operation; the file runs in well under a minute and a half on two cores.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, TypeAlias, TypeVar

import pytest
import schemathesis
from conftest import SEED_SIZE
from schemathesis.checks import CheckFunction, not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    missing_required_header,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.specs.openapi.schemas import OpenApiSchema

import atlassian_specs
from atlassian_people_sandbox import SandboxConfig, SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN, default_credentials
from atlassian_people_sandbox.state import SandboxState

SEED = 20240607
POSITIVE_EXAMPLES = 8  # hypothesis examples per operation, on top of the spec's examples and coverage cases
NEGATIVE_EXAMPLES = 3
SEEDED_SHARE = 0.7  # how often an id parameter takes a seeded value rather than a generated one

CONFORMANCE: list[CheckFunction] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
# Invalid requests must also be rejected (4xx), including a missing required header (X-ExperimentalApi).
REJECTION: list[CheckFunction] = [*CONFORMANCE, negative_data_rejection, missing_required_header]

TestFunction = TypeVar("TestFunction", bound=Callable[..., None])
# What schemathesis passes as `case`; its operation type is generic in parameters these tests never touch.
Case: TypeAlias = schemathesis.Case[Any]

# The Jira spec documents deprecated parameters (username, userName, ...), which schemathesis sends like any
# other; the sandbox's request validator (openapi-core) warns on each one.
pytestmark = pytest.mark.filterwarnings("ignore:.* parameter is deprecated:DeprecationWarning")


def _seed_values() -> dict[str, list[str]]:
    """Ids and names that exist right after a reset: same seed and size as conftest's `sandbox_server`."""
    _, principals = default_credentials()
    config = SandboxConfig(seed_size=SEED_SIZE)
    state = SandboxState.seeded(config.seed, config.seed_size, principals)
    stakeholders, csm, jira = state.stakeholders, state.csm, state.jira
    admin = principals["admin"].account_id
    return {
        "stakeholderId": sorted(stakeholders.stakeholders),
        "stakeholderGroupId": sorted(stakeholders.groups),
        "stakeholderGroupName": sorted(group.name for group in stakeholders.groups.values()),
        "assignmentId": sorted(stakeholders.assignments),
        "incidentKey": sorted({assignment.external_id for assignment in stakeholders.assignments.values()}),
        "accountId": sorted(state.directory.users),
        # Contacts belong to their owner; the admin, who makes every call here, only sees its own.
        "contactId": sorted(
            contact.contact_id
            for contact in state.contacts.contacts.values()
            if contact.owner_account_id == admin
        ),
        "organizationId": sorted(csm.organizations),
        "customerId": sorted(csm.customers),
        "productId": sorted(csm.products),
        "entitlementId": sorted(csm.entitlements),
        "detailFieldName": sorted({field.name for kind in csm.fields.values() for field in kind.values()}),
        "jiraGroupId": sorted(jira.groups),
        "jiraGroupName": sorted(group.name for group in jira.groups.values()),
    }


def _seeded(dictionary: str) -> dict[str, Any]:
    return {"dictionary": dictionary, "probability": SEEDED_SHARE}


# Which parameters take seeded values: `location.name` for the whole spec, or per operation where one name
# means different things (jsm-ops' path `id` is a contact, a stakeholder or a stakeholder group).
PARAMETERS: dict[str, dict[str, Any]] = {
    "jsm-ops": {
        "path.stakeholderId": _seeded("stakeholderId"),
        "query.stakeholderId": _seeded("stakeholderId"),
        "path.groupId": _seeded("stakeholderGroupId"),
        "query.stakeholderGroupId": _seeded("stakeholderGroupId"),
        "query.groupIds": _seeded("stakeholderGroupId"),
        "path.name": _seeded("stakeholderGroupName"),
        "path.incidentKey": _seeded("incidentKey"),
        "query.assignmentId": _seeded("assignmentId"),
        "query.aaid": _seeded("accountId"),
    },
    "csm": {
        "path.organizationId": _seeded("organizationId"),
        "path.customerId": _seeded("customerId"),
        "path.productId": _seeded("productId"),
        "path.entitlementId": _seeded("entitlementId"),
        "path.fieldName": _seeded("detailFieldName"),
        "query.fieldName": _seeded("detailFieldName"),
    },
    "jira-groups": {
        "query.groupId": _seeded("jiraGroupId"),
        "query.groupname": _seeded("jiraGroupName"),
        "query.accountId": _seeded("accountId"),
    },
}
OPERATION_PARAMETERS: dict[str, list[dict[str, Any]]] = {
    "jsm-ops": [
        {"include-path-regex": r"^/v1/users/contacts/", "parameters": {"path.id": _seeded("contactId")}},
        {
            "include-path-regex": r"^/stakeholder_groups/by_membership/",
            "parameters": {"path.id": _seeded("stakeholderId")},
        },
        {
            "include-path-regex": r"^/stakeholder_groups/\{id\}/",
            "parameters": {"path.id": _seeded("stakeholderGroupId")},
        },
    ],
}
# Left out of the negative pass: every input is an optional or path string without constraints, so no
# request to them violates the spec (short of an unknown parameter, which is not invalid; see `_load`).
NOTHING_TO_VIOLATE = [
    "getStakeholderByIdentifier",
    "getOrganizationEntitlements",
    "getCustomerEntitlements",
    "getJiraGroup",
    "removeJiraGroup",
]
SEED_VALUES = _seed_values()


def _load(spec: str, *, negative: bool) -> OpenApiSchema:
    """The spec as a schemathesis schema, configured for one pass against the sandbox."""
    generation: dict[str, Any]
    operations: list[dict[str, Any]] = []
    if negative:
        generation = {
            "mode": "negative",
            "max-examples": NEGATIVE_EXAMPLES,
            # An unknown query parameter is not invalid: Atlassian's APIs ignore it and so does the sandbox.
            "allow-extra-parameters": False,
        }
        # Fuzzing only: coverage's exhaustive negative cases would cost more than the rest of the file.
        phases = {"examples": False, "coverage": False, "fuzzing": True}
        operations.append({"include-operation-id": NOTHING_TO_VIOLATE, "enabled": False})
    else:
        generation = {"mode": "positive", "max-examples": POSITIVE_EXAMPLES}
        phases = {"examples": True, "coverage": True, "fuzzing": True}
    config = schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "generation": generation
            | {
                "deterministic": True,
                "database": "none",
                # Every request authenticates as the site admin (all roles); auth is tested elsewhere.
                "with-security-parameters": False,
            },
            "phases": {name: {"enabled": enabled} for name, enabled in phases.items()}
            | {"stateful": {"enabled": False}},
            "auth": {"basic": {"username": ADMIN_EMAIL, "password": ADMIN_TOKEN}},
            "dictionaries": {name: {"values": values} for name, values in SEED_VALUES.items()},
            "parameters": PARAMETERS[spec],
            "operations": OPERATION_PARAMETERS.get(spec, []) + operations,
        }
    )
    # A copy: schemathesis normalises the document in place, and atlassian_specs.load() is shared and cached.
    return schemathesis.openapi.from_dict(copy.deepcopy(atlassian_specs.load(spec)), config=config)


def _parametrize(schema: OpenApiSchema) -> Callable[[TestFunction], TestFunction]:
    decorator: Callable[[TestFunction], TestFunction] = schema.parametrize()
    return decorator


@pytest.fixture(scope="module")
def server(sandbox_server: SandboxServer) -> SandboxServer:
    """The shared sandbox, back at its seed data (earlier test modules may have changed it)."""
    sandbox_server.sandbox.reset()
    return sandbox_server


def _call(case: Case, server: SandboxServer, base_url: str, checks: list[CheckFunction]) -> None:
    # Back to the seed after anything that may have changed it, so no example sees an earlier one's writes
    # and the seeded ids stay valid. Reads and rejected writes change nothing; a reset costs a few ms.
    try:
        response = case.call_and_validate(base_url=base_url, checks=checks, timeout=10)
    except BaseException:
        server.sandbox.reset()
        raise
    if case.method != "GET" and response.status_code < 400:
        server.sandbox.reset()


@_parametrize(_load("jsm-ops", negative=False))
def test_jsm_ops_positive(case: Case, server: SandboxServer) -> None:
    _call(case, server, server.jsm_ops_url, CONFORMANCE)


@_parametrize(_load("jsm-ops", negative=True))
def test_jsm_ops_negative(case: Case, server: SandboxServer) -> None:
    _call(case, server, server.jsm_ops_url, REJECTION)


@_parametrize(_load("csm", negative=False))
def test_csm_positive(case: Case, server: SandboxServer) -> None:
    _call(case, server, server.csm_url, CONFORMANCE)


@_parametrize(_load("csm", negative=True))
def test_csm_negative(case: Case, server: SandboxServer) -> None:
    _call(case, server, server.csm_url, REJECTION)


@_parametrize(_load("jira-groups", negative=False))
def test_jira_groups_positive(case: Case, server: SandboxServer) -> None:
    _call(case, server, server.jira_url, CONFORMANCE)


@_parametrize(_load("jira-groups", negative=True))
def test_jira_groups_negative(case: Case, server: SandboxServer) -> None:
    _call(case, server, server.jira_url, REJECTION)
