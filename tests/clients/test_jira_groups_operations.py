# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""Every Jira group operation (tag Groups of jira-groups.yaml) through the generated client, against a mocked
transport (the spec's other operations: test_jira_site_operations.py).

Each test asserts the exact request (method, URL, query with repeated array parameters and the spec defaults
the client sends, headers, JSON body built from the generated request models) and parses the spec's seed
example for the success status.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import jira_groups_client
import pytest
from client_support import OAUTH_TOKEN, ClientSuite, DetailedResponse, Fields, MockApi, query_of
from jira_groups_client import AuthenticatedClient
from jira_groups_client.api.groups import (
    add_user_to_jira_group,
    bulk_get_jira_groups,
    create_jira_group,
    find_jira_groups,
    get_jira_group,
    get_jira_group_members,
    remove_jira_group,
    remove_user_from_jira_group,
)
from jira_groups_client.models import (
    AddGroupBean,
    AvatarUrlsBean,
    BulkGetJiraGroupsAccessType,
    BulkGetJiraGroupsApplicationKey,
    ErrorCollection,
    FoundGroup,
    FoundGroups,
    Group,
    GroupDetails,
    PageBeanGroupDetails,
    PageBeanUserDetails,
    PagedListUserDetailsApplicationUser,
    UpdateUserToGroupBean,
    UserDetails,
)
from jira_groups_client.types import Unset
from spec_support import operation_by_id, operations, resolve

from atlassian_specs import load as load_spec

SPEC = "jira-groups"
BASE_URL = "https://your-domain.atlassian.net"

SUITE = ClientSuite(
    SPEC,
    BASE_URL,
    known_unmodelled={},  # seed examples with fields the schema does not model
    free_form_models=frozenset({"ErrorCollectionErrors"}),  # map schemas: may hold any key
)
COVERED = SUITE.covered
covers = SUITE.covers
present = Fields(Unset).present
api = SUITE.api_fixture()
client = SUITE.client_fixture(jira_groups_client.Client)


GROUP_OPERATIONS = {op.operation_id for op in operations(SPEC) if op.definition["tags"] == ["Groups"]}


def test_base_url_is_the_spec_server() -> None:
    server = load_spec(SPEC)["servers"][0]["url"]
    assert server.format(site="your-domain") == BASE_URL


GROUP_ID = "276f955c-63d7-42c8-9520-92d01dca0625"
ACCOUNT_ID = "5b10ac8d82e05b22cc7d4ef5"


@covers("getJiraGroup")
def test_get_jira_group(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getJiraGroup")
    response = get_jira_group.sync_detailed(client=client, group_id=GROUP_ID, expand="users")
    api.assert_request("GET", "/rest/api/3/group", params={"groupId": [GROUP_ID], "expand": ["users"]})
    group = api.parsed(response, Group)
    users = present(group.users)
    assert isinstance(users, PagedListUserDetailsApplicationUser)
    assert users.end_index == example["users"]["end-index"]
    assert users.start_index == example["users"]["start-index"]
    assert users.max_results == example["users"]["max-results"]
    assert users.size == example["users"]["size"]
    user = present(users.items)[0]
    assert isinstance(user, UserDetails)
    assert user.account_id == example["users"]["items"][0]["accountId"]
    assert user.active is True
    assert isinstance(user.avatar_urls, AvatarUrlsBean)
    assert group.self_ == example["self"]


@covers("createJiraGroup")
def test_create_jira_group(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("createJiraGroup")
    response = create_jira_group.sync_detailed(client=client, body=AddGroupBean(name="power-users"))
    api.assert_request("POST", "/rest/api/3/group", body={"name": "power-users"})
    group = api.parsed(response, Group)
    assert group.group_id == GROUP_ID
    assert group.name == "power-users"
    users = present(group.users)
    assert (users.start_index, users.end_index, users.size, users.max_results) == (0, 0, 1, 50)
    user = present(users.items)[0]
    assert (user.display_name, user.active, user.account_id) == (
        "Mia Krystof",
        False,
        "5b10a2844c20165700ede21g",
    )
    assert isinstance(user.email_address, Unset)


@covers("removeJiraGroup")
def test_remove_jira_group(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("removeJiraGroup")
    response = remove_jira_group.sync_detailed(client=client, group_id=GROUP_ID, swap_group_id="grp-2")
    api.assert_request(
        "DELETE", "/rest/api/3/group", params={"groupId": [GROUP_ID], "swapGroupId": ["grp-2"]}
    )
    api.assert_no_content(response)
    assert response.status_code == 200


@covers("bulkGetJiraGroups")
def test_bulk_get_jira_groups(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("bulkGetJiraGroups")
    response = bulk_get_jira_groups.sync_detailed(
        client=client,
        start_at=10,
        max_results=2,
        group_id=[GROUP_ID, "6e87dc72-4f1f-421f-9382-2fee8b652487"],
        group_name=["jdog-developers", "juvenal bot"],
        access_type=BulkGetJiraGroupsAccessType.SITE_ADMIN,
        application_key=BulkGetJiraGroupsApplicationKey.JIRA_SOFTWARE,
    )
    api.assert_request(
        "GET",
        "/rest/api/3/group/bulk",
        params={
            "startAt": ["10"],
            "maxResults": ["2"],
            "groupId": [GROUP_ID, "6e87dc72-4f1f-421f-9382-2fee8b652487"],
            "groupName": ["jdog-developers", "juvenal bot"],
            "accessType": ["site-admin"],
            "applicationKey": ["jira-software"],
        },
    )
    page = api.parsed(response, PageBeanGroupDetails)
    assert (page.is_last, page.max_results, page.start_at, page.total) == (True, 10, 0, 2)
    first, second = present(page.values)
    assert isinstance(first, GroupDetails)
    assert (first.group_id, first.name) == (GROUP_ID, "jdog-developers")
    assert second.name == "juvenal-bot"
    assert isinstance(page.next_page, Unset)


@covers("getJiraGroupMembers")
def test_get_jira_group_members(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("getJiraGroupMembers")
    response = get_jira_group_members.sync_detailed(
        client=client, group_id=GROUP_ID, include_inactive_users=True, start_at=2, max_results=2
    )
    api.assert_request(
        "GET",
        "/rest/api/3/group/member",
        params={
            "groupId": [GROUP_ID],
            "includeInactiveUsers": ["true"],
            "startAt": ["2"],
            "maxResults": ["2"],
        },
    )
    page = api.parsed(response, PageBeanUserDetails)
    assert page.is_last is False
    assert page.next_page == example["nextPage"]
    assert (page.start_at, page.max_results, page.total) == (3, 2, 5)
    mia, will = present(page.values)
    assert (mia.account_id, mia.email_address, mia.time_zone) == (
        "5b10a2844c20165700ede21g",
        "mia@example.com",
        "Australia/Sydney",
    )
    assert will.active is False
    assert will.account_type == "atlassian"


@covers("addUserToJiraGroup")
def test_add_user_to_jira_group(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("addUserToJiraGroup")
    response = add_user_to_jira_group.sync_detailed(
        client=client, group_id=GROUP_ID, body=UpdateUserToGroupBean(account_id=ACCOUNT_ID)
    )
    api.assert_request(
        "POST", "/rest/api/3/group/user", params={"groupId": [GROUP_ID]}, body={"accountId": ACCOUNT_ID}
    )
    group = api.parsed(response, Group)
    assert present(group.users).end_index == example["users"]["end-index"]
    assert present(present(group.users).items)[0].display_name == example["users"]["items"][0]["displayName"]


@covers("removeUserFromJiraGroup")
def test_remove_user_from_jira_group(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("removeUserFromJiraGroup")
    response = remove_user_from_jira_group.sync_detailed(
        client=client, groupname="site admins", account_id=ACCOUNT_ID
    )
    api.assert_request(
        "DELETE", "/rest/api/3/group/user", params={"groupname": ["site admins"], "accountId": [ACCOUNT_ID]}
    )
    assert b"groupname=site+admins" in api.request.url.query
    api.assert_no_content(response)


@covers("findJiraGroups")
def test_find_jira_groups(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("findJiraGroups")
    response = find_jira_groups.sync_detailed(
        client=client,
        query="j",
        exclude=["jira-admins", "site-admins"],
        exclude_id=["0f1f7e7b-1b1b-4c4c-8d8d-9e9e9e9e9e9e"],
        max_results=20,
        case_insensitive=True,
        account_id=ACCOUNT_ID,
    )
    api.assert_request(
        "GET",
        "/rest/api/3/groups/picker",
        params={
            "accountId": [ACCOUNT_ID],
            "query": ["j"],
            "exclude": ["jira-admins", "site-admins"],
            "excludeId": ["0f1f7e7b-1b1b-4c4c-8d8d-9e9e9e9e9e9e"],
            "maxResults": ["20"],
            "caseInsensitive": ["true"],
        },
    )
    found = api.parsed(response, FoundGroups)
    assert (found.header, found.total) == ("Showing 20 of 25 matching groups", 25)
    group = present(found.groups)[0]
    assert isinstance(group, FoundGroup)
    assert (group.group_id, group.html, group.name) == (GROUP_ID, "<b>j</b>dog-developers", "jdog-developers")
    assert isinstance(group.labels, Unset)


def test_found_groups_carry_avatar_managed_by_and_usage_type(
    api: MockApi, client: AuthenticatedClient
) -> None:
    """Fields Atlassian's document gives picker items: modelled, not left in additional_properties."""
    api.reply(
        200,
        {
            "groups": [
                {
                    "name": "ops-team",
                    "groupId": GROUP_ID,
                    "avatarUrl": "https://avatars.example/ops.png",
                    "managedBy": "admins",
                    "usageType": "TEAM_COLLABORATION",
                }
            ],
            "total": 1,
        },
    )
    found = find_jira_groups.sync(client=client, query="ops")
    assert isinstance(found, FoundGroups)
    group = present(found.groups)[0]
    assert (group.avatar_url, group.managed_by, group.usage_type) == (
        "https://avatars.example/ops.png",
        "admins",
        "TEAM_COLLABORATION",
    )
    assert group.additional_properties == {}


def test_every_operation_is_covered() -> None:
    documented = GROUP_OPERATIONS
    assert set(COVERED) == documented, {
        "untested": documented - set(COVERED),
        "not in spec": set(COVERED) - documented,
    }


# --- across operations -------------------------------------------------------------------------------------

# Each operation with only its required arguments: the query must hold exactly those and the spec's defaults.
MINIMAL_CALLS: dict[str, tuple[Callable[[AuthenticatedClient], DetailedResponse], dict[str, list[str]]]] = {
    "getJiraGroup": (lambda c: get_jira_group.sync_detailed(client=c), {}),
    "createJiraGroup": (lambda c: create_jira_group.sync_detailed(client=c, body=AddGroupBean(name="g")), {}),
    "removeJiraGroup": (lambda c: remove_jira_group.sync_detailed(client=c), {}),
    "bulkGetJiraGroups": (lambda c: bulk_get_jira_groups.sync_detailed(client=c), {}),
    "getJiraGroupMembers": (lambda c: get_jira_group_members.sync_detailed(client=c), {}),
    "addUserToJiraGroup": (
        lambda c: add_user_to_jira_group.sync_detailed(client=c, body=UpdateUserToGroupBean()),
        {},
    ),
    "removeUserFromJiraGroup": (
        lambda c: remove_user_from_jira_group.sync_detailed(client=c, account_id=ACCOUNT_ID),
        {"accountId": [ACCOUNT_ID]},
    ),
    "findJiraGroups": (lambda c: find_jira_groups.sync_detailed(client=c), {}),
}


def spec_query_defaults(operation_id: str) -> dict[str, list[str]]:
    """The query parameters of an operation that have a default in the spec, serialised as httpx does."""
    defaults = {}
    for parameter in operation_by_id()[operation_id].definition.get("parameters", []):
        parameter = resolve(SPEC, parameter)
        if parameter["in"] == "query" and "default" in parameter["schema"]:
            default = parameter["schema"]["default"]
            defaults[parameter["name"]] = [
                str(default).lower() if isinstance(default, bool) else str(default)
            ]
    return defaults


@pytest.mark.parametrize("operation_id", MINIMAL_CALLS)
def test_only_required_parameters_and_spec_defaults_are_sent(
    api: MockApi, client: AuthenticatedClient, operation_id: str
) -> None:
    call, required = MINIMAL_CALLS[operation_id]
    api.reply_example(operation_id)
    call(client)
    api.assert_operation(operation_id)
    assert query_of(api.request) == required | spec_query_defaults(operation_id)


def test_minimal_calls_cover_every_operation() -> None:
    assert set(MINIMAL_CALLS) == GROUP_OPERATIONS


def test_spec_defaults_are_the_ones_the_client_sends() -> None:
    # Guards the test above against a spec losing its defaults (it would then pass vacuously).
    assert spec_query_defaults("bulkGetJiraGroups") == {"startAt": ["0"], "maxResults": ["50"]}
    assert spec_query_defaults("getJiraGroupMembers") == {
        "includeInactiveUsers": ["false"],
        "startAt": ["0"],
        "maxResults": ["50"],
    }
    assert spec_query_defaults("findJiraGroups") == {"caseInsensitive": ["false"]}


def test_oauth_client_sends_bearer_token(api: MockApi) -> None:
    api.reply_example("getJiraGroup")
    client = AuthenticatedClient(base_url=BASE_URL, token=OAUTH_TOKEN, raise_on_unexpected_status=True)
    response = get_jira_group.sync_detailed(client=client, groupname="jira-admins")
    api.assert_request(
        "GET", "/rest/api/3/group", params={"groupname": ["jira-admins"]}, auth=f"Bearer {OAUTH_TOKEN}"
    )
    assert api.parsed(response, Group).name == "<string>"


def test_asyncio_variant_sends_the_same_request(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("findJiraGroups")
    response = asyncio.run(find_jira_groups.asyncio_detailed(client=client, query="dev", exclude=["a", "b"]))
    api.assert_request(
        "GET",
        "/rest/api/3/groups/picker",
        params={"query": ["dev"], "exclude": ["a", "b"], "caseInsensitive": ["false"]},
    )
    assert api.parsed(response, FoundGroups).total == 25


# One documented error per status family, each on an operation that documents it.
ERROR_CALLS: dict[int, tuple[str, Callable[[AuthenticatedClient], DetailedResponse]]] = {
    400: ("getJiraGroupMembers", lambda c: get_jira_group_members.sync_detailed(client=c)),
    401: ("findJiraGroups", lambda c: find_jira_groups.sync_detailed(client=c, query="x")),
    403: (
        "createJiraGroup",
        lambda c: create_jira_group.sync_detailed(client=c, body=AddGroupBean(name="g")),
    ),
    404: ("getJiraGroup", lambda c: get_jira_group.sync_detailed(client=c, group_id="missing")),
    429: ("bulkGetJiraGroups", lambda c: bulk_get_jira_groups.sync_detailed(client=c)),
}


@pytest.mark.parametrize("status", sorted(ERROR_CALLS))
def test_documented_error_is_parsed(api: MockApi, client: AuthenticatedClient, status: int) -> None:
    operation_id, call = ERROR_CALLS[status]
    assert str(status) in operation_by_id()[operation_id].definition["responses"]
    body = {
        "errorMessages": [f"Failed with {status}."],
        "errors": {"groupId": "Not a group ID."},
        "status": status,
    }
    api.reply(status, body, headers={"Retry-After": "42"} if status == 429 else None)
    response = call(client)  # raise_on_unexpected_status=True: documented errors parse, they don't raise
    api.assert_operation(operation_id)
    assert response.status_code == status
    error = response.parsed
    assert isinstance(error, ErrorCollection)
    assert error.error_messages == [f"Failed with {status}."]
    assert present(error.errors).additional_properties == {"groupId": "Not a group ID."}
    assert error.status == status
    assert error.to_dict() == body
    if status == 429:
        assert response.headers["Retry-After"] == "42"


def test_error_families_match_the_spec() -> None:
    documented = {
        int(status)
        for op in operations(SPEC)
        if op.operation_id in GROUP_OPERATIONS
        for status in op.definition["responses"]
        if status[0] != "2"
    }
    assert set(ERROR_CALLS) == documented
