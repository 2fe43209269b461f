# mypy: disable-error-code="import-untyped, import-not-found"
"""The jira-groups spec's operations beyond groups (Jira user search, JSM organization listings) through the
generated client, against a mocked transport: the exact request and the parsed seed example."""

from __future__ import annotations

import jira_groups_client
import pytest
from client_support import ClientSuite, Fields, MockApi, query_of
from jira_groups_client import AuthenticatedClient
from jira_groups_client.api.service_desk_organizations import (
    list_service_desk_organization_users,
    list_service_desk_organizations,
)
from jira_groups_client.api.users import find_jira_users
from jira_groups_client.models import (
    ErrorCollection,
    PagedOrganizations,
    PagedOrganizationUsers,
    ServiceDeskOrganization,
    ServiceDeskUser,
    User,
)
from jira_groups_client.types import Unset
from spec_support import operations

SPEC = "jira-groups"
BASE_URL = "https://your-domain.atlassian.net"
SUITE = ClientSuite(SPEC, BASE_URL, free_form_models=frozenset({"ErrorCollectionErrors"}))
COVERED = SUITE.covered
covers = SUITE.covers
present = Fields(Unset).present
api = SUITE.api_fixture()
client = SUITE.client_fixture(jira_groups_client.Client)


@covers("findJiraUsers")
def test_find_jira_users(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("findJiraUsers")
    response = find_jira_users.sync_detailed(client=client, query="mia", start_at=50, max_results=25)
    api.assert_request(
        "GET", "/rest/api/3/user/search", params={"query": ["mia"], "startAt": ["50"], "maxResults": ["25"]}
    )
    # A bare list, not a page object.
    users = response.parsed
    assert isinstance(users, list) and len(users) == 1
    user = users[0]
    assert isinstance(user, User)
    assert user.to_dict() == example[0]
    assert (user.account_id, user.display_name, user.email_address, user.locale) == (
        "5b10a2844c20165700ede21g",
        "Mia Krystof",
        "mia@example.com",
        "en_US",
    )
    assert user.additional_properties == {}


def test_find_jira_users_sends_only_what_is_given(api: MockApi, client: AuthenticatedClient) -> None:
    api.reply_example("findJiraUsers")
    find_jira_users.sync_detailed(client=client, account_id="5b10a2844c20165700ede21g")
    assert query_of(api.request) == {
        "accountId": ["5b10a2844c20165700ede21g"],
        "startAt": ["0"],
        "maxResults": ["50"],
    }


@covers("listServiceDeskOrganizations")
def test_list_service_desk_organizations(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("listServiceDeskOrganizations")
    response = list_service_desk_organizations.sync_detailed(client=client, start=2, limit=2)
    api.assert_request("GET", "/rest/servicedeskapi/organization", params={"start": ["2"], "limit": ["2"]})
    page = api.parsed(response, PagedOrganizations)
    assert (page.size, page.start, page.limit, page.is_last_page) == (2, 0, 2, False)
    assert present(page.field_links).next_ == example["_links"]["next"]
    first = present(page.values)[0]
    assert isinstance(first, ServiceDeskOrganization)
    assert (first.id, first.name, first.scim_managed) == ("1", "Charlie Cakes Franchises", False)


@covers("listServiceDeskOrganizationUsers")
def test_list_service_desk_organization_users(api: MockApi, client: AuthenticatedClient) -> None:
    example = api.reply_example("listServiceDeskOrganizationUsers")
    response = list_service_desk_organization_users.sync_detailed(7, client=client, start=0, limit=10)
    api.assert_request(
        "GET", "/rest/servicedeskapi/organization/7/user", params={"start": ["0"], "limit": ["10"]}
    )
    page = api.parsed(response, PagedOrganizationUsers)
    assert page.is_last_page is True
    user = present(page.values)[0]
    assert isinstance(user, ServiceDeskUser)
    assert user.account_id == example["values"][0]["accountId"]
    assert (user.display_name, user.email_address, user.active) == ("Fred F. User", "fred@example.com", True)


@pytest.mark.parametrize(
    ("status", "call"),
    [
        (404, lambda c: list_service_desk_organization_users.sync_detailed(99, client=c)),
        (400, lambda c: find_jira_users.sync_detailed(client=c)),
        (403, lambda c: list_service_desk_organizations.sync_detailed(client=c, account_id="x")),
    ],
)
def test_documented_errors_parse(
    api: MockApi, client: AuthenticatedClient, status: int, call: object
) -> None:
    body = {"errorMessages": [f"Failed with {status}."], "errors": {}, "status": status}
    api.reply(status, body)
    assert callable(call)
    response = call(client)
    assert response.status_code == status
    assert isinstance(response.parsed, ErrorCollection)
    assert response.parsed.error_messages == [f"Failed with {status}."]


def test_every_operation_is_covered() -> None:
    documented = {op.operation_id for op in operations(SPEC) if op.definition["tags"] != ["Groups"]}
    assert set(COVERED) == documented
