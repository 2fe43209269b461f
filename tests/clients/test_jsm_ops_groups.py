# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""The jsm-ops stakeholder group operations through the generated client, against a mocked transport (as in
test_jsm_ops_stakeholders).
"""

from __future__ import annotations

import jsm_ops_client
from client_support import MockApi
from jsm_ops_client import AuthenticatedClient
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
from jsm_ops_client.models import (
    AddStakeholderGroupMembersRequest,
    BulkDeleteStakeholderGroupsRequest,
    CreateStakeholderGroupRequest,
    RemoveStakeholderGroupMembersRequest,
    StakeholderCommsCreateStakeholderInput,
    StakeholderCommsGroupCreateResponse,
    StakeholderCommsGroupMemberConnectionResponse,
    StakeholderCommsPreference,
    StakeholderCommsStakeholder,
    StakeholderCommsStakeholderGroup,
    StakeholderCommsStakeholderGroupAndStakeholdersConnection,
    StakeholderCommsStakeholderGroupConnection,
    StakeholderCommsStakeholderGroupInput,
    StakeholderCommsStakeholderGroupMutationResponse,
    StakeholderCommsStakeholderGroupResponse,
    StakeholderCommsStakeholderGroupsAndMemberships,
    StakeholderCommsStakeholderGroupStatus,
    StakeholderCommsStakeholderGroupWithMembershipsConnection,
    StakeholderCommsStakeholderInput,
    StakeholderCommsStakeholderType,
    StakeholderCommsValidationResponse,
    UpdateStakeholderGroupRequest,
)
from jsm_ops_support import NO_ASSIGNMENT, NO_ASSIGNMENT_JSON, SUITE, covers, given, present

api = SUITE.api_fixture()
client = SUITE.client_fixture(jsm_ops_client.Client)


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
