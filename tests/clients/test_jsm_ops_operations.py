# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""Every jsm-ops operation through the generated client, against a mocked transport.

Each test asserts the exact request (method, URL with encoded path parameters, query, headers, JSON body built
from the generated request models) and parses the spec's seed example for the success status.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import jsm_ops_client
import pytest
from client_support import OAUTH_TOKEN, ClientSuite, DetailedResponse, Fields, MockApi
from jsm_ops_client import AuthenticatedClient
from jsm_ops_client.api.contacts import (
    activate_user_contact,
    create_user_contact,
    deactivate_user_contact,
    delete_user_contact,
    get_user_contact,
    list_user_contacts,
    update_user_contact,
)
from jsm_ops_client.api.stakeholder_assignments import (
    get_assignments_by_stakeholder,
    get_stakeholders_by_assignment,
    get_stakeholders_by_assignment_paginated,
    remove_stakeholder_assignment,
)
from jsm_ops_client.api.stakeholder_groups import (
    add_stakeholder_group_members,
    bulk_delete_stakeholder_groups,
    create_stakeholder_group,
    delete_stakeholder_group,
    get_stakeholder_group,
    get_stakeholder_group_memberships,
    get_stakeholder_group_with_memberships,
    get_stakeholder_groups_by_membership,
    get_stakeholder_groups_by_name,
    list_stakeholder_groups_with_memberships,
    list_stakeholder_groups_with_stakeholders,
    remove_stakeholder_group_members,
    update_stakeholder_group,
    validate_stakeholder_group_name,
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
    AddStakeholderGroupMembersRequest,
    BulkCreateStakeholdersRequest,
    BulkDeleteStakeholderGroupsRequest,
    BulkDeleteStakeholdersRequest,
    ContactCreateResponse,
    ContactMethod,
    ContactResponse,
    ContactStatus,
    ContactSuccessResponse,
    ContactWithApplyOrderResponse,
    CreateContactRequest,
    CreateStakeholderGroupRequest,
    ErrorDetail,
    ErrorResponse,
    PaginatedResponseContactWithApplyOrderResponse,
    RemoveStakeholderAssignmentRequest,
    RemoveStakeholderGroupMembersRequest,
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
    StakeholderCommsGroupCreateResponse,
    StakeholderCommsGroupMemberConnectionResponse,
    StakeholderCommsNotificationPreference,
    StakeholderCommsNotificationPreferenceInput,
    StakeholderCommsPreference,
    StakeholderCommsResendInviteInput,
    StakeholderCommsStakeholder,
    StakeholderCommsStakeholderConnectionResponse,
    StakeholderCommsStakeholderGroup,
    StakeholderCommsStakeholderGroupAndStakeholdersConnection,
    StakeholderCommsStakeholderGroupConnection,
    StakeholderCommsStakeholderGroupInput,
    StakeholderCommsStakeholderGroupMutationResponse,
    StakeholderCommsStakeholderGroupResponse,
    StakeholderCommsStakeholderGroupsAndMemberships,
    StakeholderCommsStakeholderGroupStatus,
    StakeholderCommsStakeholderGroupSummary,
    StakeholderCommsStakeholderGroupWithMembershipsConnection,
    StakeholderCommsStakeholderIdInput,
    StakeholderCommsStakeholderInput,
    StakeholderCommsStakeholderListResponse,
    StakeholderCommsStakeholderPaginatedResponse,
    StakeholderCommsStakeholderResponse,
    StakeholderCommsStakeholderStatus,
    StakeholderCommsStakeholderType,
    StakeholderCommsStakeholderUpdateStatus,
    StakeholderCommsUpdateStakeholderInput,
    StakeholderCommsValidationResponse,
    UpdateContactRequest,
    UpdateStakeholderGroupRequest,
    UpdateStakeholderRequest,
)
from jsm_ops_client.types import Unset
from spec_support import operation_by_id, operations

from atlassian_specs import load as load_spec

SPEC = "jsm-ops"
CLOUD_ID = "a436116f-02ce-4520-8fbb-7301462a1674"
BASE_URL = f"https://api.atlassian.com/jsm/ops/api/{CLOUD_ID}"
# The required assignment fields of a stakeholder input, for a stakeholder added without an assignment.
NO_ASSIGNMENT: dict[str, Any] = {
    "skip_confirmation": False,
    "assignment_type": None,
    "external_assignment_id": None,
    "added_from": StakeholderCommsAddedFrom.JSM,
}
NO_ASSIGNMENT_JSON = {
    "skipConfirmation": False,
    "assignmentType": None,
    "externalAssignmentId": None,
    "addedFrom": "JSM",
}

# Every seed example field is modelled (an entry here would name one the spec's schema lacks).
SUITE = ClientSuite(SPEC, BASE_URL, known_unmodelled={})
COVERED = SUITE.covered
covers = SUITE.covers
present = Fields(Unset).present
given = Fields(Unset).given
api = SUITE.api_fixture()
client = SUITE.client_fixture(jsm_ops_client.Client)


def test_base_url_is_the_spec_server() -> None:
    server = load_spec(SPEC)["servers"][0]["url"]
    assert server.format(cloudId=CLOUD_ID) == BASE_URL


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


# --- stakeholder groups ------------------------------------------------------------------------------------


@covers("createStakeholderGroup")
def test_create_stakeholder_group(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("createStakeholderGroup")
    body = CreateStakeholderGroupRequest(
        stakeholder_group_input=StakeholderCommsStakeholderGroupInput(
            name="Exec team",
            description="Leadership",
            owner_id="557058:owner",
            status=StakeholderCommsStakeholderGroupStatus.ACTIVE,
            services=["svc-1", "svc-2"],
        ),
        stakeholders=[
            StakeholderCommsCreateStakeholderInput(
                stakeholder=StakeholderCommsStakeholderInput(
                    email_id="ceo@example.com",
                    stakeholder_type=StakeholderCommsStakeholderType.EXTERNAL,
                    **NO_ASSIGNMENT,
                    preference=StakeholderCommsPreference(),
                )
            )
        ],
    )
    response = create_stakeholder_group.sync_detailed(client=client, body=body)
    api.assert_request(
        "POST",
        "/stakeholder_groups",
        body={
            "stakeholderGroupInput": {
                "name": "Exec team",
                "description": "Leadership",
                "ownerId": "557058:owner",
                "status": "ACTIVE",
                "services": ["svc-1", "svc-2"],
            },
            "stakeholders": [
                {
                    "stakeholder": {
                        "emailId": "ceo@example.com",
                        "stakeholderType": "EXTERNAL",
                        **NO_ASSIGNMENT_JSON,
                        "preference": {},
                    }
                }
            ],
        },
    )
    created = api.parsed(response, StakeholderCommsGroupCreateResponse)
    group = present(created.group)
    assert group.status is StakeholderCommsStakeholderGroupStatus.ACTIVE
    assert given(group.services) == example["group"]["services"]
    assert isinstance(present(created.stakeholders)[0], StakeholderCommsStakeholder)
    assert created.owner_name == example["ownerName"]


@covers("getStakeholderGroup")
def test_get_stakeholder_group(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getStakeholderGroup")
    response = get_stakeholder_group.sync_detailed("grp/1", client=client)
    api.assert_request("GET", "/stakeholder_groups/grp%2F1")
    group = given(api.parsed(response, StakeholderCommsStakeholderGroupResponse).group)
    assert isinstance(group, StakeholderCommsStakeholderGroup)
    assert group.name == example["group"]["name"]
    assert group.owner_id == example["group"]["ownerId"]


@covers("updateStakeholderGroup")
def test_update_stakeholder_group(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("updateStakeholderGroup")
    body = UpdateStakeholderGroupRequest(
        name="Exec & board", logo_url="https://example.com/logo.png", services=[]
    )
    response = update_stakeholder_group.sync_detailed("grp-1", client=client, body=body)
    api.assert_request(
        "PUT",
        "/stakeholder_groups/grp-1",
        body={"name": "Exec & board", "logoUrl": "https://example.com/logo.png", "services": []},
    )
    group = given(api.parsed(response, StakeholderCommsStakeholderGroupResponse).group)
    assert group.logo_url == example["group"]["logoUrl"]


@covers("deleteStakeholderGroup")
def test_delete_stakeholder_group(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("deleteStakeholderGroup")
    response = delete_stakeholder_group.sync_detailed("grp-1", client=client)
    api.assert_request("POST", "/stakeholder_groups/grp-1/delete")
    assert api.parsed(response, StakeholderCommsStakeholderGroupMutationResponse).success is True


@covers("addStakeholderGroupMembers")
def test_add_stakeholder_group_members(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("addStakeholderGroupMembers")
    body = AddStakeholderGroupMembersRequest(
        stakeholders=[
            StakeholderCommsCreateStakeholderInput(
                stakeholder=StakeholderCommsStakeholderInput(
                    atlassian_team_id="team-9", **NO_ASSIGNMENT, preference=StakeholderCommsPreference()
                ),
                joining_group_id="grp-1",
            )
        ]
    )
    response = add_stakeholder_group_members.sync_detailed("grp 1", client=client, body=body)
    api.assert_request(
        "POST",
        "/stakeholder_groups/grp%201/members",
        body={
            "stakeholders": [
                {
                    "stakeholder": {"atlassianTeamId": "team-9", **NO_ASSIGNMENT_JSON, "preference": {}},
                    "joiningGroupId": "grp-1",
                }
            ]
        },
    )
    result = api.parsed(response, StakeholderCommsGroupMemberConnectionResponse)
    connection = present(result.connection)
    assert isinstance(connection, StakeholderCommsStakeholderGroupConnection)
    group = present(connection.nodes)[0]
    assert isinstance(group, StakeholderCommsStakeholderGroup)
    assert group.owner_id == example["connection"]["nodes"][0]["ownerId"]
    assert group.status is StakeholderCommsStakeholderGroupStatus.ACTIVE
    assert present(connection.page_info).has_next_page is True
    assert connection.total_count == example["connection"]["totalCount"]


@covers("removeStakeholderGroupMembers")
def test_remove_stakeholder_group_members(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("removeStakeholderGroupMembers")
    body = RemoveStakeholderGroupMembersRequest(stakeholder_ids=["st-1"])
    response = remove_stakeholder_group_members.sync_detailed("grp-1", client=client, body=body)
    api.assert_request("POST", "/stakeholder_groups/grp-1/members/remove", body={"stakeholderIds": ["st-1"]})
    assert api.parsed(response, StakeholderCommsStakeholderGroupMutationResponse).success is True


@covers("getStakeholderGroupsByMembership")
def test_get_stakeholder_groups_by_membership(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getStakeholderGroupsByMembership")
    response = get_stakeholder_groups_by_membership.sync_detailed("st-1", client=client)
    api.assert_request("GET", "/stakeholder_groups/by_membership/st-1")
    result = api.parsed(response, StakeholderCommsStakeholderGroupConnection)
    group = present(result.nodes)[0]
    assert group.status is StakeholderCommsStakeholderGroupStatus.ACTIVE
    assert present(result.page_info).end_cursor == example["pageInfo"]["endCursor"]
    assert result.total_count == example["totalCount"]


@covers("getStakeholderGroupWithMemberships")
def test_get_stakeholder_group_with_memberships(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getStakeholderGroupWithMemberships")
    response = get_stakeholder_group_with_memberships.sync_detailed("grp-1", client=client)
    api.assert_request("GET", "/stakeholder_groups/grp-1/with_memberships")
    result = api.parsed(response, StakeholderCommsStakeholderGroupsAndMemberships)
    membership = present(result.memberships)[0]
    assert membership.member_id == example["memberships"][0]["memberId"]
    assert membership.member_type == example["memberships"][0]["memberType"]
    assert present(result.group).id == example["group"]["id"]


@covers("listStakeholderGroupsWithMemberships")
def test_list_stakeholder_groups_with_memberships(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("listStakeholderGroupsWithMemberships")
    response = list_stakeholder_groups_with_memberships.sync_detailed(client=client, first=10, after="c-3")
    api.assert_request(
        "GET", "/stakeholder_groups/with_memberships", params={"first": ["10"], "after": ["c-3"]}
    )
    result = api.parsed(response, StakeholderCommsStakeholderGroupWithMembershipsConnection)
    assert present(result.nodes)[0].name == example["nodes"][0]["name"]
    assert present(result.page_info).has_next_page is True
    assert result.total_count == example["totalCount"]


@covers("listStakeholderGroupsWithStakeholders")
def test_list_stakeholder_groups_with_stakeholders(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("listStakeholderGroupsWithStakeholders")
    response = list_stakeholder_groups_with_stakeholders.sync_detailed(client=client, last=3, before="c-7")
    api.assert_request(
        "GET", "/stakeholder_groups/with_stakeholders", params={"last": ["3"], "before": ["c-7"]}
    )
    result = api.parsed(response, StakeholderCommsStakeholderGroupAndStakeholdersConnection)
    entry = present(result.groups)[0]
    assert present(entry.group).name == example["groups"][0]["group"]["name"]
    assert present(entry.stakeholders)[0].type_ is StakeholderCommsStakeholderType.EXTERNAL
    assert result.total_count == example["totalCount"]


@covers("getStakeholderGroupsByName")
def test_get_stakeholder_groups_by_name(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getStakeholderGroupsByName")
    response = get_stakeholder_groups_by_name.sync_detailed("Ops / EU #1?", client=client)
    api.assert_request("GET", "/stakeholder_groups/by_name/Ops%20%2F%20EU%20%231%3F")
    result = api.parsed(response, StakeholderCommsStakeholderGroupConnection)
    assert present(result.nodes)[0].description == example["nodes"][0]["description"]
    assert result.total_count == example["totalCount"]


@covers("getStakeholderGroupMemberships")
def test_get_stakeholder_group_memberships(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getStakeholderGroupMemberships")
    response = get_stakeholder_group_memberships.sync_detailed("grp-1", client=client, cursor="c-1", limit=50)
    api.assert_request(
        "GET", "/stakeholder_groups/grp-1/memberships", params={"cursor": ["c-1"], "limit": ["50"]}
    )
    result = api.parsed(response, StakeholderCommsStakeholderGroupConnection)
    group = present(result.nodes)[0]
    assert isinstance(group, StakeholderCommsStakeholderGroup)
    assert given(group.services) == example["nodes"][0]["services"]
    assert present(result.page_info).has_next_page is True
    assert result.total_count == example["totalCount"]


@covers("validateStakeholderGroupName")
def test_validate_stakeholder_group_name(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("validateStakeholderGroupName")
    response = validate_stakeholder_group_name.sync_detailed("R&D team", client=client)
    api.assert_request("GET", "/stakeholder_groups/validate/name/R%26D%20team")
    result = api.parsed(response, StakeholderCommsValidationResponse)
    assert result.valid is True
    assert result.message == example["message"]


@covers("bulkDeleteStakeholderGroups")
def test_bulk_delete_stakeholder_groups(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("bulkDeleteStakeholderGroups")
    body = BulkDeleteStakeholderGroupsRequest(group_ids=["grp-1", "grp-2"])
    response = bulk_delete_stakeholder_groups.sync_detailed(client=client, body=body)
    api.assert_request("POST", "/stakeholder_groups/bulk_delete", body={"groupIds": ["grp-1", "grp-2"]})
    assert api.parsed(response, StakeholderCommsStakeholderGroupMutationResponse).success is True


# --- contacts ----------------------------------------------------------------------------------------------


@covers("listUserContacts")
def test_list_user_contacts(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("listUserContacts")
    response = list_user_contacts.sync_detailed(
        client=client, offset=0, size=2, target_account_id="557058:other"
    )
    api.assert_request(
        "GET",
        "/v1/users/contacts",
        params={"offset": ["0"], "size": ["2"], "targetAccountId": ["557058:other"]},
    )
    page = api.parsed(response, PaginatedResponseContactWithApplyOrderResponse)
    first, second = present(page.values)
    assert isinstance(first, ContactWithApplyOrderResponse)
    assert first.method is ContactMethod.EMAIL
    assert second.method is ContactMethod.SMS
    assert second.to == "90-555-555-5555"
    assert second.apply_order == 1
    assert present(first.status).enabled is True
    links = present(page.links)
    assert links.next_ == example["links"]["next"]
    assert links.last == "url?offset=2&size=1"


def test_contact_fields_beyond_the_seed_examples(api: MockApi, client: AuthenticatedClient) -> None:
    """links.first, status.disabledReason, the mobile method and data.name are modelled fields."""
    api.reply(
        200,
        {
            "values": [
                {
                    "id": "c-1",
                    "method": "mobile",
                    "to": "Pixel 9",
                    "status": {"enabled": False, "disabledReason": "App signed out"},
                    "applyOrder": 0,
                }
            ],
            "links": {"first": "url?offset=0&size=1", "last": "url?offset=0&size=1"},
        },
    )
    page = list_user_contacts.sync(client=client)
    assert isinstance(page, PaginatedResponseContactWithApplyOrderResponse)
    contact = present(page.values)[0]
    assert contact.method is ContactMethod.MOBILE
    status = present(contact.status)
    assert (status.enabled, status.disabled_reason) == (False, "App signed out")
    assert present(page.links).first == "url?offset=0&size=1"
    api.reply(200, {"message": "Activated", "data": {"id": "c-1", "name": "Work email"}})
    done = activate_user_contact.sync("c-1", client=client)
    assert isinstance(done, ContactSuccessResponse)
    data = present(done.data)
    assert (data.name, data.additional_properties) == ("Work email", {})


@covers("createUserContact")
def test_create_user_contact(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("createUserContact")
    body = CreateContactRequest(method=ContactMethod.EMAIL, to="test@atlassian.com")
    response = create_user_contact.sync_detailed(client=client, body=body)
    api.assert_request("POST", "/v1/users/contacts", body={"method": "email", "to": "test@atlassian.com"})
    created = api.parsed(response, ContactCreateResponse)
    assert created.message == "Created"
    assert present(created.data).id == "35c958bb-ecc3-4cfa-8976-3830daa6231e"


@covers("activateUserContact")
def test_activate_user_contact(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("activateUserContact")
    response = activate_user_contact.sync_detailed("35c958bb-ecc3-4cfa-8976-3830daa6231e", client=client)
    api.assert_request("PATCH", "/v1/users/contacts/35c958bb-ecc3-4cfa-8976-3830daa6231e/activate")
    result = api.parsed(response, ContactSuccessResponse)
    assert result.message == "Activated"
    assert present(result.data).id == "35c958bb-ecc3-4cfa-8976-3830daa6231e"


@covers("deactivateUserContact")
def test_deactivate_user_contact(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("deactivateUserContact")
    response = deactivate_user_contact.sync_detailed("c/1", client=client)
    api.assert_request("PATCH", "/v1/users/contacts/c%2F1/deactivate")
    assert api.parsed(response, ContactSuccessResponse).message == "Deactivated"


@covers("getUserContact")
def test_get_user_contact(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("getUserContact")
    response = get_user_contact.sync_detailed("35c958bb-ecc3-4cfa-8976-3830daa6231e", client=client)
    api.assert_request("GET", "/v1/users/contacts/35c958bb-ecc3-4cfa-8976-3830daa6231e")
    contact = api.parsed(response, ContactResponse)
    assert contact.method is ContactMethod.EMAIL
    assert contact.to == "test@atlassian.com"
    assert isinstance(contact.status, ContactStatus)
    assert contact.status.enabled is True


@covers("deleteUserContact")
def test_delete_user_contact(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("deleteUserContact")
    response = delete_user_contact.sync_detailed("c 1", client=client)
    api.assert_request("DELETE", "/v1/users/contacts/c%201")
    api.assert_no_content(response)
    assert response.status_code == 204


@covers("updateUserContact")
def test_update_user_contact(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("updateUserContact")
    body = UpdateContactRequest(to="90-5555559999")
    response = update_user_contact.sync_detailed("06ba9237", client=client, body=body)
    api.assert_request("PATCH", "/v1/users/contacts/06ba9237", body={"to": "90-5555559999"})
    result = api.parsed(response, ContactSuccessResponse)
    assert result.message == "Updated"
    assert present(result.data).id == "06ba9237-d45d-40f3-a340-4a89acbdb61a"


def test_every_operation_is_covered() -> None:
    documented = {op.operation_id for op in operations(SPEC)}
    assert set(COVERED) == documented, {
        "untested": documented - set(COVERED),
        "not in spec": set(COVERED) - documented,
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
