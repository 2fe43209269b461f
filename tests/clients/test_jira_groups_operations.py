# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""Every jira-groups operation through the generated client, against a mocked transport.

Each test asserts the exact request (method, URL, query with repeated array parameters and the spec defaults
the client sends, headers, JSON body built from the generated request models) and parses the spec's seed
example for the success status.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any, Final, Protocol, TypeVar, cast

import attrs
import httpx
import jira_groups_client
import pytest
import respx
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
from spec_support import operation_by_id, operations, resolve, success_example

from atlassian_specs import load as load_spec

SPEC = "jira-groups"
BASE_URL = "https://your-domain.atlassian.net"
EMAIL = "agent@example.com"
API_TOKEN = "api-token-0123"
BASIC_AUTH = "Basic " + base64.b64encode(f"{EMAIL}:{API_TOKEN}".encode()).decode()
OAUTH_TOKEN = "oauth-access-token-xyz"

KNOWN_UNMODELLED: dict[str, list[str]] = {}  # seed examples with fields the schema does not model
FREE_FORM_MODELS = frozenset({"ErrorCollectionErrors"})  # models whose schema is a map and may hold any key

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., None])
NO_BODY: Final = object()


class Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=Model)


class DetailedResponse(Protocol):
    """What the tests read from the generated ``types.Response``."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> MutableMapping[str, str]: ...

    @property
    def parsed(self) -> object: ...


COVERED: dict[str, str] = {}


def covers(operation_id: str) -> Callable[[F], F]:
    """Register the test of one operation; test_every_operation_is_covered checks the set against the spec."""

    def register(test: F) -> F:
        assert operation_id not in COVERED, f"{operation_id} is already covered by {COVERED[operation_id]}"
        COVERED[operation_id] = test.__name__
        return test

    return register


def present(value: T | Unset) -> T:
    assert not isinstance(value, Unset), "field missing from the parsed response"
    return value


def given(value: T | Unset | None) -> T:
    assert value is not None and not isinstance(value, Unset), f"field is {value!r}"
    return value


def is_request_of(operation_id: str, method: str, path: str) -> bool:
    """Whether method + path (relative to the base URL, percent-encoded) is the spec's operation."""
    op = operation_by_id()[operation_id]
    parts = re.split(r"(\{[^}]+\})", op.path)
    pattern = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return method == op.method and re.fullmatch(pattern, path) is not None


def query_of(request: httpx.Request) -> dict[str, list[str]]:
    """Decoded query parameters; a repeated key keeps its values in order."""
    return {key: request.url.params.get_list(key) for key in request.url.params}


def unmodelled_fields(value: object, path: str = "$") -> list[str]:
    """Paths of properties that landed in ``additional_properties`` anywhere in a parsed model."""
    found: list[str] = []
    cls = type(value)
    if attrs.has(cls):
        extra = getattr(value, "additional_properties", {})
        if extra and cls.__name__ not in FREE_FORM_MODELS:
            found.append(f"{path} ({cls.__name__}): {sorted(extra)}")
        for attribute in attrs.fields(cls):
            if attribute.name != "additional_properties":
                found += unmodelled_fields(getattr(value, attribute.name), f"{path}.{attribute.name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += unmodelled_fields(item, f"{path}[{index}]")
    return found


@dataclass
class MockApi:
    """One catch-all respx route: a test sets the reply, calls the client, then asserts the request sent."""

    route: respx.Route
    operation_id: str | None = None
    status: int | None = None
    example: Any = None

    def reply(self, status: int, body: object = NO_BODY, headers: dict[str, str] | None = None) -> None:
        if body is NO_BODY:
            self.route.mock(return_value=httpx.Response(status, headers=headers))
        else:
            self.route.mock(return_value=httpx.Response(status, json=body, headers=headers))

    def reply_example(self, operation_id: str) -> Any:
        """Answer with the spec's seed example for the success status; return the example."""
        self.operation_id = operation_id
        self.status, self.example = success_example(operation_id)
        self.reply(self.status, NO_BODY if self.example is None else self.example)
        return self.example

    @property
    def request(self) -> httpx.Request:
        assert self.route.call_count == 1, f"expected one request, got {self.route.call_count}"
        request: httpx.Request = self.route.calls.last.request
        return request

    def assert_request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, list[str]] | None = None,
        body: object = NO_BODY,
        auth: str = BASIC_AUTH,
    ) -> None:
        """The request, exactly: method, URL (``path`` percent-encoded, as on the wire), the complete decoded
        query, auth, Accept and Content-Type headers, and the JSON body."""
        request = self.request
        assert request.method == method
        assert str(request.url).split("?")[0] == BASE_URL + path
        assert query_of(request) == (params or {})
        assert request.headers.get("Authorization") == auth
        assert request.headers.get("Accept") == "*/*"  # the generated clients set no Accept of their own
        if body is NO_BODY:
            assert request.content == b""
            assert "Content-Type" not in request.headers
        else:
            assert request.headers.get("Content-Type") == "application/json"
            assert json.loads(request.content) == body
        if self.operation_id is not None:
            self.assert_operation(self.operation_id)

    def assert_operation(self, operation_id: str) -> None:
        """The request went to ``operation_id`` (its method and path template in the spec)."""
        url = str(self.request.url).split("?")[0]
        assert url.startswith(BASE_URL + "/"), url
        assert is_request_of(operation_id, self.request.method, url.removeprefix(BASE_URL)), operation_id

    def parsed(self, response: DetailedResponse, model: type[M]) -> M:
        """The parsed success model: of the expected class, round-tripping the example exactly, and with every
        field of the example in a modelled attribute (none in additional_properties)."""
        assert self.operation_id is not None, "reply_example() first"
        assert response.status_code == self.status
        parsed = response.parsed
        assert isinstance(parsed, model), f"parsed {type(parsed).__name__}, expected {model.__name__}"
        assert parsed.to_dict() == self.example
        assert unmodelled_fields(parsed) == KNOWN_UNMODELLED.get(self.operation_id, [])
        return parsed

    def assert_no_content(self, response: DetailedResponse) -> None:
        assert self.operation_id is not None, "reply_example() first"
        assert self.example is None
        assert response.status_code == self.status
        assert response.content == b""
        assert response.parsed is None


@pytest.fixture
def api() -> Iterator[MockApi]:
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        yield MockApi(route=router.route())


def test_base_url_is_the_spec_server() -> None:
    server = load_spec(SPEC)["servers"][0]["url"]
    assert server.format(site="your-domain") == BASE_URL


def basic_client() -> AuthenticatedClient:
    client = jira_groups_client.Client(
        base_url=BASE_URL,
        raise_on_unexpected_status=True,
        httpx_args={"auth": httpx.BasicAuth(EMAIL, API_TOKEN)},
    )
    # Every operation declares security, so the generator types `client: AuthenticatedClient`; the functions
    # only call get_httpx_client(), so a Client with httpx basic auth (as the README shows) works.
    return cast(AuthenticatedClient, client)


@pytest.fixture
def client() -> AuthenticatedClient:
    return basic_client()


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


def test_every_operation_is_covered() -> None:
    documented = {op.operation_id for op in operations(SPEC)}
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
    assert set(MINIMAL_CALLS) == {op.operation_id for op in operations(SPEC)}


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
        int(status) for op in operations(SPEC) for status in op.definition["responses"] if status[0] != "2"
    }
    assert set(ERROR_CALLS) == documented
