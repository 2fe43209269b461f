# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""Every jsm-ops operation through the generated client, against a mocked transport: the checks across
operations (coverage, omitted parameters, OAuth, asyncio, documented errors). The per-operation tests are in
test_jsm_ops_stakeholders, test_jsm_ops_groups and test_jsm_ops_contacts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import jsm_ops_client
import pytest
from client_support import OAUTH_TOKEN, DetailedResponse, MockApi, covered_in
from jsm_ops_client import AuthenticatedClient
from jsm_ops_client.api.contacts import create_user_contact, get_user_contact, list_user_contacts
from jsm_ops_client.api.stakeholder_assignments import get_assignments_by_stakeholder
from jsm_ops_client.api.stakeholder_groups import (
    get_stakeholder_group,
    get_stakeholder_groups_by_name,
    list_stakeholder_groups_with_stakeholders,
    update_stakeholder_group,
)
from jsm_ops_client.api.stakeholders import (
    bulk_delete_stakeholders,
    get_flattened_stakeholders,
    get_stakeholder_by_identifier,
    list_stakeholders,
)
from jsm_ops_client.models import (
    BulkDeleteStakeholdersRequest,
    ContactMethod,
    CreateContactRequest,
    ErrorDetail,
    ErrorResponse,
    PaginatedResponseContactWithApplyOrderResponse,
    StakeholderCommsStakeholderGroupConnection,
    UpdateStakeholderGroupRequest,
)
from jsm_ops_support import BASE_URL, CLOUD_ID, SPEC, SUITE, present
from spec_support import operation_by_id, operations

from atlassian_specs import load as load_spec

api = SUITE.api_fixture()
client = SUITE.client_fixture(jsm_ops_client.Client)


def test_base_url_is_the_spec_server() -> None:
    server = load_spec(SPEC)["servers"][0]["url"]
    assert server.format(cloudId=CLOUD_ID) == BASE_URL


PER_OPERATION_MODULES = ["test_jsm_ops_stakeholders.py", "test_jsm_ops_groups.py", "test_jsm_ops_contacts.py"]


def test_every_operation_is_covered() -> None:
    covered = covered_in(Path(__file__).with_name(name) for name in PER_OPERATION_MODULES)
    documented = {op.operation_id for op in operations(SPEC)}
    assert set(covered) == documented, {
        "untested": documented - set(covered),
        "not in spec": set(covered) - documented,
    }


# --- across operations -------------------------------------------------------------------------------------

OPTIONAL_ONLY: dict[str, Callable[[AuthenticatedClient], DetailedResponse]] = {
    "listStakeholders": lambda c: list_stakeholders.sync_detailed(client=c),
    "getStakeholderByIdentifier": lambda c: get_stakeholder_by_identifier.sync_detailed(client=c),
    "getFlattenedStakeholders": lambda c: get_flattened_stakeholders.sync_detailed(client=c),
    "getAssignmentsByStakeholder": lambda c: get_assignments_by_stakeholder.sync_detailed(client=c),
    "listStakeholderGroupsWithStakeholders": lambda c: (
        list_stakeholder_groups_with_stakeholders.sync_detailed(client=c)
    ),
    "listUserContacts": lambda c: list_user_contacts.sync_detailed(client=c),
}


@pytest.mark.parametrize("operation_id", OPTIONAL_ONLY)
def test_omitted_optional_parameters_are_not_sent(
    api: MockApi, client: AuthenticatedClient, operation_id: str
) -> None:
    api.reply_example(operation_id)
    OPTIONAL_ONLY[operation_id](client)
    assert api.request.url.query == b""
    api.assert_operation(operation_id)


def test_empty_array_parameter_is_not_sent(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("getFlattenedStakeholders")
    get_flattened_stakeholders.sync_detailed(client=client, group_ids=[], team_ids=["team-1"])
    api.assert_request("GET", "/stakeholders/flattened_list", params={"teamIds": ["team-1"]})


def test_oauth_client_sends_bearer_token(api: MockApi) -> None:
    api.reply_example("listUserContacts")
    client = AuthenticatedClient(base_url=BASE_URL, token=OAUTH_TOKEN, raise_on_unexpected_status=True)
    response = list_user_contacts.sync_detailed(client=client, size=1)
    api.assert_request("GET", "/v1/users/contacts", params={"size": ["1"]}, auth=f"Bearer {OAUTH_TOKEN}")
    assert api.parsed(response, PaginatedResponseContactWithApplyOrderResponse).links


def test_asyncio_variant_sends_the_same_request(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("getStakeholderGroupsByName")
    response = asyncio.run(get_stakeholder_groups_by_name.asyncio_detailed("Ops / EU", client=client))
    api.assert_request("GET", "/stakeholder_groups/by_name/Ops%20%2F%20EU")
    assert api.parsed(response, StakeholderCommsStakeholderGroupConnection).total_count == 55


# One documented error per status family, each on an operation that documents it.
ERROR_CALLS: dict[int, tuple[str, Callable[[AuthenticatedClient], DetailedResponse]]] = {
    400: ("listStakeholders", lambda c: list_stakeholders.sync_detailed(client=c, first=-1)),
    401: ("getStakeholderGroup", lambda c: get_stakeholder_group.sync_detailed("grp-1", client=c)),
    403: (
        "bulkDeleteStakeholders",
        lambda c: bulk_delete_stakeholders.sync_detailed(
            client=c, body=BulkDeleteStakeholdersRequest(stakeholder_ids=["st-1"])
        ),
    ),
    404: ("getUserContact", lambda c: get_user_contact.sync_detailed("missing", client=c)),
    409: (
        "createUserContact",
        lambda c: create_user_contact.sync_detailed(
            client=c, body=CreateContactRequest(method=ContactMethod.EMAIL, to="dup@example.com")
        ),
    ),
    422: (
        "updateStakeholderGroup",
        lambda c: update_stakeholder_group.sync_detailed(
            "grp-1", client=c, body=UpdateStakeholderGroupRequest()
        ),
    ),
    429: ("listUserContacts", lambda c: list_user_contacts.sync_detailed(client=c)),
}


@pytest.mark.parametrize("status", sorted(ERROR_CALLS))
def test_documented_error_is_parsed(api: MockApi, client: AuthenticatedClient, status: int) -> None:
    operation_id, call = ERROR_CALLS[status]
    assert str(status) in operation_by_id()[operation_id].definition["responses"]
    body = {
        "message": f"Request failed with {status}",
        "errors": [{"status": status, "code": f"E{status}", "title": "Failure", "detail": "Explained."}],
    }
    api.reply(status, body, headers={"Retry-After": "17"} if status == 429 else None)
    response = call(client)  # raise_on_unexpected_status=True: documented errors parse, they don't raise
    api.assert_operation(operation_id)
    assert response.status_code == status
    error = response.parsed
    assert isinstance(error, ErrorResponse)
    assert error.message == f"Request failed with {status}"
    detail = present(error.errors)[0]
    assert isinstance(detail, ErrorDetail)
    assert (detail.status, detail.code, detail.detail) == (status, f"E{status}", "Explained.")
    if status == 429:
        assert response.headers["Retry-After"] == "17"


def test_error_families_match_the_spec() -> None:
    documented = {
        int(status) for op in operations(SPEC) for status in op.definition["responses"] if status[0] != "2"
    }
    assert set(ERROR_CALLS) == documented
