# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""The csm-client operation table (csm_cases) against specs/csm.yaml: every operation covered, each row's
method, path, headers, query parameters and request example as the spec declares them.
"""

from __future__ import annotations

import re

import pytest
from csm_cases import BY_ID, CASES, PRIMARY
from csm_support import SPEC, Case, path_pattern, spec_parameters
from spec_support import operation_by_id, operations


def test_every_operation_is_covered() -> None:
    spec_ids = {op.operation_id for op in operations(SPEC)}
    assert len(spec_ids) == 50
    assert {case.operation_id for case in CASES} == spec_ids
    assert len(BY_ID) == len(PRIMARY), "one primary row per operation"
    assert len({case.id for case in CASES}) == len(CASES), "row ids are unique"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_row_matches_the_spec(case: Case) -> None:
    op = operation_by_id()[case.operation_id]
    assert op.spec == SPEC
    assert case.method == op.method
    assert re.fullmatch(path_pattern(op.path), case.path), f"{case.path} is not {op.path}"

    declared = spec_parameters(case.operation_id)
    headers = {p["name"] for p in declared if p["in"] == "header"}
    assert case.experimental == ("X-ExperimentalApi" in headers)
    assert (case.idempotency_key is not None) == ("Idempotency-Key" in headers)
    query = {p["name"]: p for p in declared if p["in"] == "query"}
    assert set(case.params) <= set(query)
    sent_anyway = {name for name, p in query.items() if p.get("required") or "default" in p["schema"]}
    if case.variant:
        assert set(case.params) - sent_anyway, "a variant row gives optional query parameters"
    else:
        assert set(case.params) == sent_anyway, "a primary row gives only the required query parameters"

    request_body = op.definition.get("requestBody")
    assert (case.body is None) == (request_body is None)
    if request_body and not case.variant:
        assert case.body == request_body["content"]["application/json"]["example"], (
            "the spec's request example"
        )


def test_variants_cover_every_optional_query_parameter() -> None:
    given = {(case.operation_id, name) for case in CASES if case.variant for name in case.params}
    optional = {
        (op.operation_id, p["name"])
        for op in operations(SPEC)
        for p in spec_parameters(op.operation_id)
        if p["in"] == "query" and not p.get("required")
    }
    assert given == optional
