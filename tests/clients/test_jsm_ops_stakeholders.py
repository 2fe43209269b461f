# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""The jsm-ops stakeholder and stakeholder assignment operations through the generated client, against a
mocked transport.

Each test asserts the exact request (method, URL with encoded path parameters, query, headers, JSON body built
from the generated request models) and parses the spec's seed example for the success status.
"""

from __future__ import annotations

import jsm_ops_client
from client_support import MockApi
from jsm_ops_client import AuthenticatedClient
from jsm_ops_client.api.stakeholder_assignments import (
    get_assignments_by_stakeholder,
    get_stakeholders_by_assignment,
    get_stakeholders_by_assignment_paginated,
    remove_stakeholder_assignment,
)
from jsm_ops_client.api.stakeholders import (
    bulk_create_stakeholders,
    bulk_delete_stakeholders,
    create_stakeholder,
    delete_stakeholder,
    get_flattened_stakeholders,
    get_stakeholder_by_identifier,
    get_stakeholders_by_aris,
    get_stakeholders_from_similar_incidents,
    list_stakeholders,
    resend_stakeholder_invite,
    update_stakeholder,
)
from jsm_ops_client.models import (
    BulkCreateStakeholdersRequest,
    BulkDeleteStakeholdersRequest,
    RemoveStakeholderAssignmentRequest,
    ResendStakeholderInviteRequest,
    StakeholderCommsAddedFrom,
    StakeholderCommsAssignment,
    StakeholderCommsAssignmentIdInput,
    StakeholderCommsAssignmentPaginatedResponse,
    StakeholderCommsAssignmentType,
    StakeholderCommsBulkStakeholderCreateResult,
    StakeholderCommsBulkStakeholderDeleteResult,
    StakeholderCommsChannelPreference,
    StakeholderCommsCreateStakeholderInput,
    StakeholderCommsNotificationPreference,
    StakeholderCommsNotificationPreferenceInput,
    StakeholderCommsPreference,
    StakeholderCommsResendInviteInput,
    StakeholderCommsStakeholder,
    StakeholderCommsStakeholderConnectionResponse,
    StakeholderCommsStakeholderGroupMutationResponse,
    StakeholderCommsStakeholderGroupSummary,
    StakeholderCommsStakeholderIdInput,
    StakeholderCommsStakeholderInput,
    StakeholderCommsStakeholderListResponse,
    StakeholderCommsStakeholderPaginatedResponse,
    StakeholderCommsStakeholderResponse,
    StakeholderCommsStakeholderStatus,
    StakeholderCommsStakeholderType,
    StakeholderCommsStakeholderUpdateStatus,
    StakeholderCommsUpdateStakeholderInput,
    UpdateStakeholderRequest,
)
from jsm_ops_support import NO_ASSIGNMENT, NO_ASSIGNMENT_JSON, SUITE, covers, given, present

api = SUITE.api_fixture()
client = SUITE.client_fixture(jsm_ops_client.Client)


# --- stakeholders ------------------------------------------------------------------------------------------


@covers("listStakeholders")
def test_list_stakeholders(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("listStakeholders")
    response = list_stakeholders.sync_detailed(
        client=client,
        status="ACTIVE",
        type_="EXTERNAL",
        search_field="name",
        search_value="Ops & Co/EU",
        order_by="name",
        descending=True,
        first=25,
        after="cursor-1",
    )
    api.assert_request(
        "GET",
        "/stakeholders/list",
        params={
            "status": ["ACTIVE"],
            "type": ["EXTERNAL"],
            "searchField": ["name"],
            "searchValue": ["Ops & Co/EU"],
            "orderBy": ["name"],
            "descending": ["true"],
            "first": ["25"],
            "after": ["cursor-1"],
        },
    )
    assert b"searchValue=Ops+%26+Co%2FEU" in api.request.url.query
    page = api.parsed(response, StakeholderCommsStakeholderConnectionResponse)
    connection = present(page.connection)
    node = present(connection.nodes)[0]
    assert isinstance(node, StakeholderCommsStakeholder)
    assert node.type_ is StakeholderCommsStakeholderType.EXTERNAL
    assert node.status is StakeholderCommsStakeholderStatus.ACTIVE
    assert node.skip_confirmation is True
    assert isinstance(node.notification_preference, StakeholderCommsNotificationPreference)
    assert isinstance(given(node.groups)[0], StakeholderCommsStakeholderGroupSummary)
    assert present(connection.page_info).has_next_page is True
    assert connection.total_count == example["connection"]["totalCount"]


@covers("createStakeholder")
def test_create_stakeholder(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("createStakeholder")
    body = StakeholderCommsCreateStakeholderInput(
        stakeholder=StakeholderCommsStakeholderInput(
            stakeholder_type=StakeholderCommsStakeholderType.EXTERNAL,
            email_id="pat@example.com",
            skip_confirmation=False,
            assignment_type=StakeholderCommsAssignmentType.INCIDENT,
            external_assignment_id="OPS-42",
            added_from=StakeholderCommsAddedFrom.STATUSPAGE,
            preference=StakeholderCommsPreference(
                email=StakeholderCommsChannelPreference(enabled=True),
                sms=StakeholderCommsChannelPreference(enabled=False),
            ),
        ),
        joining_group_id="grp-1",
    )
    response = create_stakeholder.sync_detailed(client=client, body=body)
    api.assert_request(
        "POST",
        "/stakeholders",
        body={
            "stakeholder": {
                "stakeholderType": "EXTERNAL",
                "emailId": "pat@example.com",
                "skipConfirmation": False,
                "assignmentType": "INCIDENT",
                "externalAssignmentId": "OPS-42",
                "addedFrom": "STATUSPAGE",
                "preference": {"email": {"enabled": True}, "sms": {"enabled": False}},
            },
            "joiningGroupId": "grp-1",
        },
    )
    created = api.parsed(response, StakeholderCommsStakeholderResponse)
    stakeholder = given(created.stakeholder)
    assert stakeholder.id == example["stakeholder"]["id"]
    preference = given(stakeholder.notification_preference)
    assert preference.email_id == example["stakeholder"]["notificationPreference"]["emailId"]
    assert stakeholder.type_ is StakeholderCommsStakeholderType.EXTERNAL


@covers("updateStakeholder")
def test_update_stakeholder(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("updateStakeholder")
    body = UpdateStakeholderRequest(
        update_stakeholder_input=StakeholderCommsUpdateStakeholderInput(
            stakeholder_id_input=StakeholderCommsStakeholderIdInput(
                stakeholder_id="st-1", stakeholder_type=StakeholderCommsStakeholderType.EXTERNAL
            ),
            status=StakeholderCommsStakeholderUpdateStatus.QUARANTINED,
            notification_preference=StakeholderCommsNotificationPreferenceInput(
                phone_number="+61 400 000 000",
                phone_country="AU",
                preference=StakeholderCommsPreference(sms=StakeholderCommsChannelPreference(enabled=True)),
            ),
        )
    )
    response = update_stakeholder.sync_detailed(client=client, body=body)
    api.assert_request(
        "PUT",
        "/stakeholders/update",
        body={
            "updateStakeholderInput": {
                "stakeholderIdInput": {"stakeholderId": "st-1", "stakeholderType": "EXTERNAL"},
                "status": "QUARANTINED",
                "notificationPreference": {
                    "phoneNumber": "+61 400 000 000",
                    "phoneCountry": "AU",
                    "preference": {"sms": {"enabled": True}},
                },
            }
        },
    )
    updated = api.parsed(response, StakeholderCommsStakeholderResponse)
    stakeholder = given(updated.stakeholder)
    assert stakeholder.status is StakeholderCommsStakeholderStatus.ACTIVE
    assert stakeholder.updated_at == example["stakeholder"]["updatedAt"]


@covers("deleteStakeholder")
def test_delete_stakeholder(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("deleteStakeholder")
    response = delete_stakeholder.sync_detailed("st/1 é", client=client)
    api.assert_request("POST", "/stakeholders/st%2F1%20%C3%A9/delete")
    result = api.parsed(response, StakeholderCommsStakeholderGroupMutationResponse)
    assert result.success is True
    assert result.message == example["message"]


@covers("bulkCreateStakeholders")
def test_bulk_create_stakeholders(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("bulkCreateStakeholders")
    body = BulkCreateStakeholdersRequest(
        stakeholders=[
            StakeholderCommsStakeholderInput(
                email_id="a@example.com", **NO_ASSIGNMENT, preference=StakeholderCommsPreference()
            ),
            StakeholderCommsStakeholderInput(
                aaid="557058:f58131cb",
                stakeholder_type=StakeholderCommsStakeholderType.INTERNAL,
                skip_confirmation=True,
                assignment_type=StakeholderCommsAssignmentType.SITE,
                external_assignment_id="site-1",
                added_from=StakeholderCommsAddedFrom.JSM,
                preference=StakeholderCommsPreference(email=StakeholderCommsChannelPreference(enabled=True)),
            ),
        ],
        joining_group_id="grp-1",
    )
    response = bulk_create_stakeholders.sync_detailed(client=client, body=body)
    api.assert_request(
        "POST",
        "/stakeholders/bulk",
        body={
            "stakeholders": [
                {"emailId": "a@example.com", **NO_ASSIGNMENT_JSON, "preference": {}},
                {
                    "aaid": "557058:f58131cb",
                    "stakeholderType": "INTERNAL",
                    "skipConfirmation": True,
                    "assignmentType": "SITE",
                    "externalAssignmentId": "site-1",
                    "addedFrom": "JSM",
                    "preference": {"email": {"enabled": True}},
                },
            ],
            "joiningGroupId": "grp-1",
        },
    )
    result = api.parsed(response, StakeholderCommsBulkStakeholderCreateResult)
    assert result.total_count == example["totalCount"]
    assert result.failure_count == example["failureCount"]
    created = present(result.successful_stakeholders)[0]
    assert present(created.stakeholder).type_ is StakeholderCommsStakeholderType.EXTERNAL
    assignment = given(created.assignment)
    assert isinstance(assignment, StakeholderCommsAssignment)
    assert assignment.assignment_type is StakeholderCommsAssignmentType.INCIDENT
    assert present(result.errors)[0].index == example["errors"][0]["index"]


@covers("bulkDeleteStakeholders")
def test_bulk_delete_stakeholders(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("bulkDeleteStakeholders")
    body = BulkDeleteStakeholdersRequest(stakeholder_ids=["st-1", "st-2"])
    response = bulk_delete_stakeholders.sync_detailed(client=client, body=body)
    api.assert_request("POST", "/stakeholders/bulk_delete", body={"stakeholderIds": ["st-1", "st-2"]})
    result = api.parsed(response, StakeholderCommsBulkStakeholderDeleteResult)
    assert result.success_count == example["successCount"]
    assert present(result.successful_ids) == example["successfulIds"]
    assert present(result.errors)[0].stakeholder_id == example["errors"][0]["stakeholderId"]


@covers("resendStakeholderInvite")
def test_resend_stakeholder_invite(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("resendStakeholderInvite")
    body = ResendStakeholderInviteRequest(
        resend_invite_input=StakeholderCommsResendInviteInput(email_id="pat@example.com")
    )
    response = resend_stakeholder_invite.sync_detailed(client=client, body=body)
    api.assert_request(
        "POST", "/stakeholders/resend_invite", body={"resendInviteInput": {"emailId": "pat@example.com"}}
    )
    assert api.parsed(response, StakeholderCommsStakeholderGroupMutationResponse).success is True


@covers("getStakeholderByIdentifier")
def test_get_stakeholder_by_identifier(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getStakeholderByIdentifier")
    response = get_stakeholder_by_identifier.sync_detailed(
        client=client, email_id="pat+ops@example.com", stakeholder_type="EXTERNAL"
    )
    api.assert_request(
        "GET",
        "/stakeholders/get",
        params={"emailId": ["pat+ops@example.com"], "stakeholderType": ["EXTERNAL"]},
    )
    stakeholder = given(api.parsed(response, StakeholderCommsStakeholderResponse).stakeholder)
    assert stakeholder.ari == example["stakeholder"]["ari"]
    assert isinstance(stakeholder.notification_preference, StakeholderCommsNotificationPreference)


@covers("getStakeholdersByAris")
def test_get_stakeholders_by_aris(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getStakeholdersByAris")
    aris = ["ari:cloud:stakeholder::1", "ari:cloud:stakeholder::2"]
    response = get_stakeholders_by_aris.sync_detailed(client=client, stakeholder_aris=aris)
    api.assert_request("GET", "/stakeholders/by_ari", params={"stakeholderAris": aris})
    result = api.parsed(response, StakeholderCommsStakeholderListResponse)
    stakeholder = present(result.stakeholders)[0]
    assert stakeholder.id == example["stakeholders"][0]["id"]
    assert stakeholder.status is StakeholderCommsStakeholderStatus.ACTIVE


@covers("getFlattenedStakeholders")
def test_get_flattened_stakeholders(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getFlattenedStakeholders")
    response = get_flattened_stakeholders.sync_detailed(
        client=client, group_ids=["grp-1", "grp 2"], team_ids=["team-1"], external_user_context_token="ctx"
    )
    api.assert_request(
        "GET",
        "/stakeholders/flattened_list",
        params={"groupIds": ["grp-1", "grp 2"], "teamIds": ["team-1"], "externalUserContextToken": ["ctx"]},
    )
    result = api.parsed(response, StakeholderCommsStakeholderPaginatedResponse)
    assert present(result.stakeholders)[0].type_ is StakeholderCommsStakeholderType.EXTERNAL
    assert present(result.page_info).has_next_page is example["pageInfo"]["hasNextPage"]
    assert result.total_count == example["totalCount"]


@covers("getStakeholdersFromSimilarIncidents")
def test_get_stakeholders_from_similar_incidents(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getStakeholdersFromSimilarIncidents")
    response = get_stakeholders_from_similar_incidents.sync_detailed("OPS-7", client=client)
    api.assert_request("GET", "/stakeholders/from_similar_incidents/OPS-7")
    result = api.parsed(response, StakeholderCommsStakeholderListResponse)
    assert present(result.stakeholders)[0].aaid == example["stakeholders"][0]["aaid"]


# --- stakeholder assignments -------------------------------------------------------------------------------


@covers("getStakeholdersByAssignment")
def test_get_stakeholders_by_assignment(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getStakeholdersByAssignment")
    response = get_stakeholders_by_assignment.sync_detailed(
        client=client, assignment_type="INCIDENT", external_assignment_id="OPS-42", limit=10, cursor="c-2"
    )
    api.assert_request(
        "GET",
        "/stakeholders/by_assignment",
        params={
            "assignmentType": ["INCIDENT"],
            "externalAssignmentId": ["OPS-42"],
            "limit": ["10"],
            "cursor": ["c-2"],
        },
    )
    result = api.parsed(response, StakeholderCommsStakeholderListResponse)
    assert present(result.stakeholders)[0].name == example["stakeholders"][0]["name"]


@covers("getStakeholdersByAssignmentPaginated")
def test_get_stakeholders_by_assignment_paginated(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getStakeholdersByAssignmentPaginated")
    response = get_stakeholders_by_assignment_paginated.sync_detailed(
        client=client, assignment_id="as-1", last=5, before="c-9"
    )
    api.assert_request(
        "GET",
        "/stakeholders/by_assignment/v2",
        params={"assignmentId": ["as-1"], "last": ["5"], "before": ["c-9"]},
    )
    result = api.parsed(response, StakeholderCommsStakeholderPaginatedResponse)
    page_info = present(result.page_info)
    assert page_info.has_next_page is example["pageInfo"]["hasNextPage"]
    assert page_info.end_cursor == example["pageInfo"]["endCursor"]
    assert result.total_count == example["totalCount"]


@covers("removeStakeholderAssignment")
def test_remove_stakeholder_assignment(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("removeStakeholderAssignment")
    body = RemoveStakeholderAssignmentRequest(
        stakeholder_id_input=StakeholderCommsStakeholderIdInput(aaid="557058:f58131cb"),
        assignment_id_input=StakeholderCommsAssignmentIdInput(
            assignment_type=StakeholderCommsAssignmentType.INCIDENT, external_assignment_id="OPS-42"
        ),
    )
    response = remove_stakeholder_assignment.sync_detailed(client=client, body=body)
    api.assert_request(
        "POST",
        "/stakeholders/assignments/remove",
        body={
            "stakeholderIdInput": {"aaid": "557058:f58131cb"},
            "assignmentIdInput": {"assignmentType": "INCIDENT", "externalAssignmentId": "OPS-42"},
        },
    )
    assert api.parsed(response, StakeholderCommsStakeholderGroupMutationResponse).success is True


@covers("getAssignmentsByStakeholder")
def test_get_assignments_by_stakeholder(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getAssignmentsByStakeholder")
    response = get_assignments_by_stakeholder.sync_detailed(
        client=client, stakeholder_id="st-1", first=20, after="c-1", last=5, before="c-9"
    )
    api.assert_request(
        "GET",
        "/assignments/by_stakeholder/v2",
        params={
            "stakeholderId": ["st-1"],
            "first": ["20"],
            "after": ["c-1"],
            "last": ["5"],
            "before": ["c-9"],
        },
    )
    result = api.parsed(response, StakeholderCommsAssignmentPaginatedResponse)
    assignment = present(result.assignments)[0]
    assert assignment.assignment_type is StakeholderCommsAssignmentType.INCIDENT
    assert assignment.added_from is StakeholderCommsAddedFrom.STATUSPAGE
    page_info = present(result.page_info)
    assert page_info.has_previous_page is example["pageInfo"]["hasPreviousPage"]
    assert page_info.start_cursor == example["pageInfo"]["startCursor"]
    assert result.total_count == example["totalCount"]
