# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""Documented and undocumented error statuses of the csm-client operations, against a mocked transport."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from csm_cases import BY_ID, PRIMARY
from csm_client import errors
from csm_client.api.customers import get_customer_profile
from csm_client.api.organizations import get_organization_profile
from csm_client.api.products import get_products
from csm_client.models import ErrorResponse
from csm_client.types import Unset
from csm_support import (
    BEARER_AUTH,
    CUSTOMER_ID,
    Case,
    MockApi,
    api_fixture,
    assert_case_request,
    basic_client,
    bearer_client,
    documented_statuses,
    error_payload,
    present,
)

api = api_fixture()


ERROR_STATUSES = (401, 404, 409, 429)
ERROR_CASES = [
    pytest.param(case, status, id=f"{case.operation_id}-{status}")
    for case in PRIMARY
    for status in ERROR_STATUSES
    if status in documented_statuses(case.operation_id)
]


@pytest.mark.parametrize(("case", "status"), ERROR_CASES)
def test_documented_error_is_parsed(api: MockApi, case: Case, status: int) -> None:
    api.reply(status, error_payload(status), headers={"Retry-After": "30"} if status == 429 else None)

    response = case.call(basic_client())

    assert_case_request(api, case)
    assert response.status_code == status
    parsed = response.parsed
    assert isinstance(parsed, ErrorResponse)
    assert parsed.message == f"Request failed with status {status}."
    [detail] = present(parsed.errors)
    assert (detail.status, detail.code, detail.title) == (status, f"E{status}", "Request failed")
    if status == 429:
        assert response.headers["Retry-After"] == "30"


def test_not_found_carries_the_message(api: MockApi) -> None:
    api.reply(404, {"message": "Organization 999 does not exist."})

    response = get_organization_profile.sync_detailed("999", client=basic_client())

    assert response.status_code is HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.message == "Organization 999 does not exist."
    assert isinstance(response.parsed.errors, Unset)


def test_unauthorized_is_parsed(api: MockApi) -> None:
    api.reply(401, {"message": "Client must be authenticated to access this resource."})

    response = get_customer_profile.sync_detailed(CUSTOMER_ID, client=bearer_client())

    assert_case_request(api, BY_ID["getCustomerProfile"], BEARER_AUTH)
    assert response.status_code is HTTPStatus.UNAUTHORIZED
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.message == "Client must be authenticated to access this resource."


def test_conflict_on_reused_idempotency_key(api: MockApi) -> None:
    api.reply(409, {"message": "Idempotency key was used with a different request."})

    response = BY_ID["bulkManageCustomerAccounts"].call(basic_client())

    assert response.status_code is HTTPStatus.CONFLICT
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.message == "Idempotency key was used with a different request."


def test_too_many_requests_exposes_retry_after(api: MockApi) -> None:
    api.reply(429, {"message": "Rate limit exceeded."}, headers={"Retry-After": "17"})

    response = BY_ID["bulkManageCustomerProfiles"].call(basic_client())

    assert response.status_code is HTTPStatus.TOO_MANY_REQUESTS
    assert int(response.headers["Retry-After"]) == 17
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.message == "Rate limit exceeded."


def test_undocumented_status_raises(api: MockApi) -> None:
    assert 404 not in documented_statuses("getProducts")
    api.reply(404, error_payload(404))
    with pytest.raises(errors.UnexpectedStatus) as raised:
        get_products.sync_detailed(client=basic_client())
    assert raised.value.status_code == 404
