# The generated packages carry no py.typed (regenerate.py passes --meta none): run mypy with
# --follow-untyped-imports to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped"
"""The generated clients survive what live servers send, through real endpoint calls on a mocked transport.

For each package: (a) an enum value the spec does not list is kept as a pseudo-member (``is_known`` False)
and round-trips, (b) unknown properties land in ``additional_properties`` and round-trip, (c) missing optional
fields are ``UNSET`` (and explicit nulls ``None``) without crashing, (d) a status code no operation documents,
registered or not, gives ``parsed=None``, or ``errors.UnexpectedStatus`` with ``raise_on_unexpected_status``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Protocol, cast

import csm_client
import httpx
import jira_groups_client
import jsm_ops_client
import pytest
import respx
from csm_client.api.tasks import get_task
from csm_client.models import Task, TaskFailure, TaskStatus
from csm_client.types import Unset as CsmUnset
from jira_groups_client.api.groups import find_jira_groups, get_jira_group
from jira_groups_client.models import (
    FoundGroups,
    Group,
    GroupLabel,
    GroupLabelType,
    PagedListUserDetailsApplicationUser,
)
from jira_groups_client.types import Unset as JiraUnset
from jsm_ops_client.api.contacts import get_user_contact
from jsm_ops_client.api.stakeholders import list_stakeholders
from jsm_ops_client.models import (
    ContactResponse,
    ContactStatus,
    StakeholderCommsStakeholderConnectionResponse,
    StakeholderCommsStakeholderStatus,
    StakeholderCommsStakeholderType,
)
from jsm_ops_client.types import Unset as JsmUnset

CLOUD_ID = "a436116f-02ce-4520-8fbb-7301462a1674"
JSM_OPS_URL = f"https://api.atlassian.com/jsm/ops/api/{CLOUD_ID}"
CSM_URL = f"https://api.atlassian.com/jsm/csm/cloudid/{CLOUD_ID}"
JIRA_URL = "https://your-domain.atlassian.net"
EMAIL, API_TOKEN = "agent@example.com", "api-token-0123"
BASIC_AUTH = "Basic " + base64.b64encode(f"{EMAIL}:{API_TOKEN}".encode()).decode()


def client_kwargs(base_url: str, raise_on_unexpected_status: bool) -> dict[str, Any]:
    return {
        "base_url": base_url,
        "raise_on_unexpected_status": raise_on_unexpected_status,
        "httpx_args": {"auth": httpx.BasicAuth(EMAIL, API_TOKEN)},
    }


# The generator types `client: AuthenticatedClient` (every operation declares security); a Client with httpx
# basic auth works the same at run time.
def jsm_client(raise_on_unexpected_status: bool = True) -> jsm_ops_client.AuthenticatedClient:
    client = jsm_ops_client.Client(**client_kwargs(JSM_OPS_URL, raise_on_unexpected_status))
    return cast(jsm_ops_client.AuthenticatedClient, client)


def csm_client_(raise_on_unexpected_status: bool = True) -> csm_client.AuthenticatedClient:
    client = csm_client.Client(**client_kwargs(CSM_URL, raise_on_unexpected_status))
    return cast(csm_client.AuthenticatedClient, client)


def jira_client(raise_on_unexpected_status: bool = True) -> jira_groups_client.AuthenticatedClient:
    client = jira_groups_client.Client(**client_kwargs(JIRA_URL, raise_on_unexpected_status))
    return cast(jira_groups_client.AuthenticatedClient, client)


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_mocked=True, assert_all_called=True) as mocked:
        yield mocked


def serve(router: respx.MockRouter, method: str, url: str, status: int, body: Any) -> respx.Route:
    """Answer ``method url`` (query ignored) with ``body``: raw bytes, or anything else as JSON."""
    response = (
        httpx.Response(status, content=body) if isinstance(body, bytes) else httpx.Response(status, json=body)
    )
    parsed = httpx.URL(url)
    route = router.route(method=method, scheme=parsed.scheme, host=parsed.host, path=parsed.path)
    return route.mock(return_value=response)


def sent_with_auth(route: respx.Route) -> bool:
    return route.call_count == 1 and route.calls.last.request.headers.get("Authorization") == BASIC_AUTH


# --- jsm_ops_client ----------------------------------------------------------------------------------------

CONTACT_URL = f"{JSM_OPS_URL}/v1/users/contacts/c-1"


class TestJsmOps:
    def test_unknown_enum_values_are_kept(self, router: respx.MockRouter) -> None:
        node = {"id": "st-1", "type": "PARTNER", "status": "SUSPENDED", "skipConfirmation": False}
        payload = {"connection": {"nodes": [node, {"id": "st-2", "type": "EXTERNAL"}], "totalCount": 2}}
        route = serve(router, "GET", f"{JSM_OPS_URL}/stakeholders/list", 200, payload)
        page = list_stakeholders.sync(client=jsm_client())
        assert sent_with_auth(route)
        assert isinstance(page, StakeholderCommsStakeholderConnectionResponse)
        assert not isinstance(page.connection, JsmUnset)
        assert not isinstance(page.connection.nodes, JsmUnset)
        unknown, known = page.connection.nodes
        assert isinstance(unknown.type_, StakeholderCommsStakeholderType)
        assert unknown.type_.value == "PARTNER"
        assert unknown.type_.is_known is False
        assert isinstance(unknown.status, StakeholderCommsStakeholderStatus)
        assert (unknown.status.value, unknown.status.is_known) == ("SUSPENDED", False)
        assert known.type_ is StakeholderCommsStakeholderType.EXTERNAL
        assert isinstance(known.type_, StakeholderCommsStakeholderType) and known.type_.is_known is True
        assert page.to_dict() == payload

    def test_unknown_properties_land_in_additional_properties(self, router: respx.MockRouter) -> None:
        payload = {
            "id": "c-1",
            "method": "email",
            "to": "pat@example.com",
            "status": {"enabled": True, "disabledReason": None, "verifiedAt": "2025-01-01"},
            "createdAt": "2024-12-31T23:59:59Z",
            "teams": [{"id": "t-1"}],
        }
        serve(router, "GET", CONTACT_URL, 200, payload)
        contact = get_user_contact.sync("c-1", client=jsm_client())
        assert isinstance(contact, ContactResponse)
        assert contact.additional_properties == {
            "createdAt": "2024-12-31T23:59:59Z",
            "teams": [{"id": "t-1"}],
        }
        assert contact["createdAt"] == "2024-12-31T23:59:59Z"
        assert isinstance(contact.status, ContactStatus)
        assert contact.status.enabled is True
        assert contact.status.additional_properties == {"verifiedAt": "2025-01-01"}
        assert contact.status.disabled_reason is None  # modelled since Atlassian documents it
        assert contact.to_dict() == payload

    def test_missing_optional_fields_are_unset(self, router: respx.MockRouter) -> None:
        serve(router, "GET", CONTACT_URL, 200, {"id": "c-1", "status": {}})
        contact = get_user_contact.sync("c-1", client=jsm_client())
        assert isinstance(contact, ContactResponse)
        assert contact.id == "c-1"
        assert isinstance(contact.method, JsmUnset)
        assert isinstance(contact.to, JsmUnset)
        assert isinstance(contact.status, ContactStatus)
        assert isinstance(contact.status.enabled, JsmUnset)
        assert contact.to_dict() == {"id": "c-1", "status": {}}

    def test_explicit_nulls_are_none(self, router: respx.MockRouter) -> None:
        node = {"id": "st-1", "aaid": None, "notificationPreference": None, "groups": None}
        payload = {"connection": {"nodes": [node], "pageInfo": {"hasNextPage": False, "endCursor": None}}}
        serve(router, "GET", f"{JSM_OPS_URL}/stakeholders/list", 200, payload)
        page = list_stakeholders.sync(client=jsm_client())
        assert isinstance(page, StakeholderCommsStakeholderConnectionResponse)
        assert not isinstance(page.connection, JsmUnset)
        assert not isinstance(page.connection.nodes, JsmUnset)
        stakeholder = page.connection.nodes[0]
        assert (stakeholder.aaid, stakeholder.notification_preference, stakeholder.groups) == (
            None,
            None,
            None,
        )
        assert isinstance(stakeholder.type_, JsmUnset)
        assert page.to_dict() == payload


# --- csm_client --------------------------------------------------------------------------------------------

TASK_URL = f"{CSM_URL}/api/v1/tasks/task-1"


class TestCsm:
    def test_unknown_enum_value_is_kept(self, router: respx.MockRouter) -> None:
        payload = {"taskId": "task-1", "status": "CANCELLED"}
        route = serve(router, "GET", TASK_URL, 200, payload)
        task = get_task.sync("task-1", client=csm_client_())
        assert sent_with_auth(route)
        assert isinstance(task, Task)
        assert isinstance(task.status, TaskStatus)
        assert (task.status.value, task.status.is_known) == ("CANCELLED", False)
        assert task.status is not TaskStatus.COMPLETED
        assert TaskStatus("COMPLETED").is_known is True
        assert task.to_dict() == payload

    def test_unknown_properties_land_in_additional_properties(self, router: respx.MockRouter) -> None:
        failure = {"index": 0, "code": "DUPLICATE", "hint": "rename it"}
        payload = {
            "taskId": "task-1",
            "status": "FAILED",
            "failures": [failure],
            "startedBy": {"accountId": "a"},
        }
        serve(router, "GET", TASK_URL, 200, payload)
        task = get_task.sync("task-1", client=csm_client_())
        assert isinstance(task, Task)
        assert task.status is TaskStatus.FAILED
        assert task.additional_properties == {"startedBy": {"accountId": "a"}}
        assert not isinstance(task.failures, CsmUnset)
        assert isinstance(task.failures[0], TaskFailure)
        assert task.failures[0].code == "DUPLICATE"
        assert task.failures[0].additional_properties == {"hint": "rename it"}
        assert task.to_dict() == payload

    def test_missing_optional_fields_are_unset(self, router: respx.MockRouter) -> None:
        payload = {"taskId": "task-1", "status": "PENDING", "progress": None}
        serve(router, "GET", TASK_URL, 200, payload)
        task = get_task.sync("task-1", client=csm_client_())
        assert isinstance(task, Task)
        assert task.progress is None
        assert isinstance(task.failures, CsmUnset)
        assert task.to_dict() == payload


# --- jira_groups_client ------------------------------------------------------------------------------------


class TestJiraGroups:
    def test_unknown_enum_value_is_kept(self, router: respx.MockRouter) -> None:
        labels = [{"text": "Managed", "type": "TEAM_MANAGED"}, {"text": "Admin", "type": "ADMIN"}]
        payload = {"groups": [{"name": "devs", "labels": labels}], "total": 1}
        route = serve(router, "GET", f"{JIRA_URL}/rest/api/3/groups/picker", 200, payload)
        found = find_jira_groups.sync(client=jira_client(), query="dev")
        assert sent_with_auth(route)
        assert isinstance(found, FoundGroups)
        assert not isinstance(found.groups, JiraUnset)
        group_labels = found.groups[0].labels
        assert not isinstance(group_labels, JiraUnset)
        unknown, admin = group_labels
        assert isinstance(unknown, GroupLabel)
        assert isinstance(unknown.type_, GroupLabelType)
        assert (unknown.type_.value, unknown.type_.is_known) == ("TEAM_MANAGED", False)
        assert admin.type_ is GroupLabelType.ADMIN
        assert found.to_dict() == payload

    def test_unknown_properties_land_in_additional_properties(self, router: respx.MockRouter) -> None:
        user = {"accountId": "5b10", "displayName": "Mia", "locale": "en_AU", "avatarUrls": {"64x64": "u"}}
        payload = {"name": "devs", "users": {"items": [user], "size": 1, "pages": 1}, "managedBy": "scim"}
        serve(router, "GET", f"{JIRA_URL}/rest/api/3/group", 200, payload)
        group = get_jira_group.sync(client=jira_client(), groupname="devs")
        assert isinstance(group, Group)
        assert group.additional_properties == {"managedBy": "scim"}
        assert isinstance(group.users, PagedListUserDetailsApplicationUser)
        assert group.users.additional_properties == {"pages": 1}
        assert not isinstance(group.users.items, JiraUnset)
        member = group.users.items[0]
        assert member.additional_properties == {"locale": "en_AU"}
        assert not isinstance(member.avatar_urls, JiraUnset)
        assert member.avatar_urls.additional_properties == {"64x64": "u"}
        assert group.to_dict() == payload

    def test_missing_optional_fields_are_unset(self, router: respx.MockRouter) -> None:
        payload = {"name": "devs", "groupId": None}
        serve(router, "GET", f"{JIRA_URL}/rest/api/3/group", 200, payload)
        group = get_jira_group.sync(client=jira_client(), groupname="devs")
        assert isinstance(group, Group)
        assert group.group_id is None
        assert isinstance(group.users, JiraUnset)
        assert isinstance(group.self_, JiraUnset)
        assert group.to_dict() == payload


# --- statuses no operation documents -----------------------------------------------------------------------


class DetailedResponse(Protocol):
    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> MutableMapping[str, str]: ...

    @property
    def parsed(self) -> object: ...


@dataclass(frozen=True)
class Target:
    """One endpoint of a package, called with a client that raises on unexpected statuses or not."""

    url: str
    call: Callable[[bool], DetailedResponse]
    unexpected_status: type[Exception]


TARGETS = {
    "jsm_ops_client": Target(
        CONTACT_URL,
        lambda raising: get_user_contact.sync_detailed("c-1", client=jsm_client(raising)),
        jsm_ops_client.errors.UnexpectedStatus,
    ),
    "csm_client": Target(
        TASK_URL,
        lambda raising: get_task.sync_detailed("task-1", client=csm_client_(raising)),
        csm_client.errors.UnexpectedStatus,
    ),
    "jira_groups_client": Target(
        f"{JIRA_URL}/rest/api/3/group",
        lambda raising: get_jira_group.sync_detailed(client=jira_client(raising), groupname="devs"),
        jira_groups_client.errors.UnexpectedStatus,
    ),
}
# 418 and 500 are registered HTTP statuses the specs don't list; 520 (Cloudflare) and 599 are not registered.
UNLISTED_STATUSES = [418, 500, 520, 599]
BODY = b'{"message": "from an edge proxy"}'


@pytest.mark.parametrize("status", UNLISTED_STATUSES)
@pytest.mark.parametrize("package", TARGETS)
def test_unlisted_status_gives_parsed_none(router: respx.MockRouter, package: str, status: int) -> None:
    target = TARGETS[package]
    serve(router, "GET", target.url, status, BODY)
    response = target.call(False)
    assert response.parsed is None
    assert response.status_code == status
    # Registered codes come back as HTTPStatus, others as the plain int (types.status_code_of).
    assert isinstance(response.status_code, HTTPStatus) is (status in {418, 500})
    assert response.content == BODY


@pytest.mark.parametrize("status", UNLISTED_STATUSES)
@pytest.mark.parametrize("package", TARGETS)
def test_unlisted_status_raises_unexpected_status(
    router: respx.MockRouter, package: str, status: int
) -> None:
    target = TARGETS[package]
    serve(router, "GET", target.url, status, BODY)
    with pytest.raises(target.unexpected_status) as raised:
        target.call(True)
    assert raised.value.status_code == status  # type: ignore[attr-defined]
    assert raised.value.content == BODY  # type: ignore[attr-defined]
    assert json.loads(BODY)["message"] in str(raised.value)
