# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""Every operation of specs/csm.yaml through the generated csm_client, against a mocked transport (respx).

Each row of ``CASES`` calls one generated ``sync_detailed`` function and states the request it must send:
method, URL (path parameters filled and percent-encoded), the complete query, the experimental and
idempotency headers and the JSON body (built from the generated request models). The mock answers with the
spec's example for the success status; the parsed model must round-trip that example and the row's check
spot-tests its values. Every row runs with basic auth (``Client`` + httpx.BasicAuth) and with OAuth
(``AuthenticatedClient``). The table is checked against the spec (headers, query parameters, request
examples) and must cover every operationId.
"""

from __future__ import annotations

import asyncio
from http import HTTPStatus
from typing import Any

import pytest
from client_support import BASIC_AUTH, unmodelled_fields
from csm_cases import BY_ID, CASES, PRIMARY
from csm_checks import check_bulk_accepted, check_customer_profile_with_entitlement_details, check_task
from csm_client import errors
from csm_client.api.customers import get_customer_profile
from csm_client.api.organizations import get_organization_detail_fields
from csm_client.api.tasks import get_task
from csm_client.models import DetailFieldList, DetailFieldTypeName
from csm_client.types import Response
from csm_support import (
    BASE_URL,
    BEARER_AUTH,
    CLOUD_ID,
    CUSTOMER_ID,
    IDEMPOTENCY_KEY,
    SPEC,
    TASK_ID,
    Case,
    MockApi,
    api_fixture,
    as_plain,
    assert_case_request,
    basic_client,
    bearer_client,
)

from atlassian_specs import load as load_spec

api = api_fixture()


def test_base_url_is_the_spec_server() -> None:
    assert load_spec(SPEC)["servers"][0]["url"].format(cloudId=CLOUD_ID) == BASE_URL


# ----------------------------------------------------------------------------- every operation, success path


@pytest.mark.parametrize("auth", ["basic", "bearer"])
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_operation(api: MockApi, case: Case, auth: str) -> None:
    example = api.reply_example(case.operation_id)

    response = case.call(basic_client() if auth == "basic" else bearer_client())

    assert_case_request(api, case, BASIC_AUTH if auth == "basic" else BEARER_AUTH)
    assert response.status_code == api.status
    assert isinstance(response.status_code, HTTPStatus)
    case.check(response.parsed)
    if api.status == HTTPStatus.NO_CONTENT:
        assert example is None
        assert response.content == b""
    else:
        assert as_plain(response.parsed) == example  # nothing of the example lost or altered by parsing
        assert unmodelled_fields(response.parsed, frozenset()) == []  # and every field of it modelled


@pytest.mark.parametrize("case", [case for case in PRIMARY if case.idempotency_key], ids=lambda case: case.id)
def test_bulk_operation_is_accepted_with_202(api: MockApi, case: Case) -> None:
    api.reply_example(case.operation_id)

    response = case.call(basic_client())

    assert api.status == HTTPStatus.ACCEPTED
    assert response.status_code is HTTPStatus.ACCEPTED
    assert api.request.headers["Idempotency-Key"] == IDEMPOTENCY_KEY
    check_bulk_accepted(response.parsed)


def test_bulk_operation_answered_200_is_unexpected(api: MockApi) -> None:
    api.reply(200, {"taskId": TASK_ID, "status": "PENDING"})
    with pytest.raises(errors.UnexpectedStatus) as raised:
        BY_ID["bulkManageOrganizations"].call(basic_client())
    assert raised.value.status_code == 200


# ----------------------------------------------------------------------------- other entry points


def test_sync_returns_the_parsed_model(api: MockApi) -> None:
    api.reply_example("getTask")

    task = get_task.sync(TASK_ID, client=basic_client())

    assert_case_request(api, BY_ID["getTask"])
    check_task(task)


def test_asyncio_detailed_sends_the_same_request(api: MockApi) -> None:
    case = BY_ID["getCustomerProfile"]
    example = api.reply_example(case.operation_id)

    async def run() -> Response[Any]:
        client = basic_client()
        async with client:
            return await get_customer_profile.asyncio_detailed(CUSTOMER_ID, client=client)

    response = asyncio.run(run())

    assert_case_request(api, case)
    check_customer_profile_with_entitlement_details(response.parsed)
    assert as_plain(response.parsed) == example


def test_unknown_detail_field_type_is_kept(api: MockApi) -> None:
    api.reply(200, {"results": [{"name": "Renewal date", "type": {"name": "DATE"}}]})

    response = get_organization_detail_fields.sync_detailed(client=basic_client())

    assert isinstance(response.parsed, DetailFieldList)
    type_name = response.parsed.results[0].type_.name
    assert type_name == "DATE"
    assert not type_name.is_known
    assert DetailFieldTypeName.SELECT.is_known
