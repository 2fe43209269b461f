"""The vendored specs: valid OpenAPI, covering the seed inventory, and following specs/CONVENTIONS.md."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from openapi_spec_validator import validate
from spec_support import AREA_SPEC, Operation, beyond_seeds, inventory, operations, resolve

from atlassian_specs import SPEC_FILES
from atlassian_specs import load as load_spec

ROLES = {
    "site-admin",
    "jira-admin",
    "jsm-agent",
    "csm-user",
    "browse-users",
    "browse-projects",
    "authenticated",
}
ERROR_STATUSES = {"400", "401", "403", "404", "409", "422", "429"}
ALL_OPERATIONS = operations()


def op_id(op: Operation) -> str:
    return f"{op.method} {op.path}"


@pytest.mark.parametrize("spec", SPEC_FILES)
def test_spec_is_valid_openapi(spec: str) -> None:
    document = load_spec(spec)
    assert document["openapi"] == "3.0.3"
    validate(document)


def test_inventory_has_the_94_seed_operations() -> None:
    rows = inventory()
    assert len(rows) == 94
    assert len({(row.method, row.path) for row in rows}) == 94


def test_beyond_seed_operations_are_the_three_of_the_reference_note() -> None:
    rows = beyond_seeds()
    assert {(row.method, row.path) for row in rows} == {
        ("GET", "/rest/servicedeskapi/organization"),
        ("GET", "/rest/servicedeskapi/organization/{organizationId}/user"),
        ("GET", "/rest/api/3/user/search"),
    }
    assert not {(row.method, row.path) for row in rows} & {(row.method, row.path) for row in inventory()}


@pytest.mark.parametrize("row", inventory() + beyond_seeds(), ids=lambda row: f"{row.method} {row.path}")
def test_every_inventory_operation_is_in_its_spec(row: Any) -> None:
    spec = AREA_SPEC[row.area]
    item = load_spec(spec)["paths"].get(row.path)
    assert item is not None, f"{row.path} missing from {SPEC_FILES[spec]}"
    definition = item.get(row.method.lower())
    assert definition is not None, f"{row.method} {row.path} missing from {SPEC_FILES[spec]}"
    successes = {
        status: resolve(spec, r) for status, r in definition["responses"].items() if str(status)[0] == "2"
    }
    assert successes, f"{row.method} {row.path} has no success response"
    for status, response in successes.items():
        if "content" not in response and row.method == "DELETE":
            continue  # a delete may answer with no body (204, or Jira's bare 200)
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        assert schema, f"{row.method} {row.path} {status} has no JSON schema"
        resolved = resolve(spec, schema)
        assert resolved.get("properties") or resolved.get("items") or resolved.get("additionalProperties"), (
            f"{row.method} {row.path} {status} has an empty schema"
        )


def test_specs_hold_only_inventory_operations() -> None:
    expected = {(row.method, row.path) for row in inventory() + beyond_seeds()}
    assert {(op.method, op.path) for op in ALL_OPERATIONS} == expected


def test_operation_ids_are_unique_across_specs() -> None:
    counts = Counter(op.operation_id for op in ALL_OPERATIONS)
    assert [name for name, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("op", ALL_OPERATIONS, ids=op_id)
def test_operation_documents_itself(op: Operation) -> None:
    definition = op.definition
    assert definition["operationId"][0].islower() and "_" not in definition["operationId"]
    assert definition.get("summary") and definition.get("description")
    tags = definition.get("tags", [])
    declared = {tag["name"] for tag in load_spec(op.spec).get("tags", [])}
    assert len(tags) == 1 and tags[0] in declared


@pytest.mark.parametrize("op", ALL_OPERATIONS, ids=op_id)
def test_security_lists_basic_auth_and_declared_oauth_scopes(op: Operation) -> None:
    document = load_spec(op.spec)
    schemes = document["components"]["securitySchemes"]
    assert schemes["basicAuth"] == {"type": "http", "scheme": "basic", **_extra(schemes["basicAuth"])}
    declared_scopes = set(schemes["oAuth2"]["flows"]["authorizationCode"]["scopes"])
    security = op.definition["security"]
    assert {"basicAuth": []} in security
    oauth = [scope for alternative in security for scope in alternative.get("oAuth2", [])]
    assert oauth, "no OAuth scope listed"
    assert set(oauth) <= declared_scopes


@pytest.mark.parametrize("op", ALL_OPERATIONS, ids=op_id)
def test_permissions_are_machine_readable(op: Operation) -> None:
    permissions = op.definition["x-permissions"]
    alternatives = permissions["anyOf"]
    assert alternatives and all(alternative for alternative in alternatives)
    assert {role for alternative in alternatives for role in alternative} <= ROLES
    assert permissions.get("text") or permissions.get("x-inferred") is True


@pytest.mark.parametrize("op", ALL_OPERATIONS, ids=op_id)
def test_error_responses_share_the_error_schema(op: Operation) -> None:
    responses = op.definition["responses"]
    assert {"401", "429"} <= {str(status) for status in responses}
    error_schema = "ErrorCollection" if op.spec == "jira-groups" else "ErrorResponse"
    for status, response in responses.items():
        if str(status) not in ERROR_STATUSES:
            continue
        schema = resolve(op.spec, response)["content"]["application/json"]["schema"]
        assert schema == {"$ref": f"#/components/schemas/{error_schema}"}


def test_csm_bulk_operations_take_an_idempotency_key() -> None:
    bulk = [op for op in operations("csm") if op.path.endswith("/bulk")]
    assert len(bulk) == 6
    for op in bulk:
        names = {resolve("csm", p)["name"] for p in op.definition.get("parameters", [])}
        assert "Idempotency-Key" in names, op_id(op)


@pytest.mark.parametrize("spec", SPEC_FILES)
def test_no_strict_date_formats(spec: str) -> None:
    # Live payloads are not always ISO 8601; a strict format would make the generated client crash on them.
    text = repr(load_spec(spec))
    assert "'format': 'date-time'" not in text and "'format': 'date'" not in text


def _extra(scheme: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in scheme.items() if key not in {"type", "scheme"}}
