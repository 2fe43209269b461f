"""End to end: the sandbox's JSM ops stakeholder-comms area (29 operations) through the generated client.

Every call goes over HTTP to the live sandbox, which validates each response against specs/jsm-ops.yaml,
so these tests check behaviour and conformance together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import jsm_ops_client
import pytest
from conftest import SEED_SIZE, jsm_client
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
    CreateStakeholderGroupRequest,
    ErrorResponse,
    RemoveStakeholderAssignmentRequest,
    RemoveStakeholderGroupMembersRequest,
    ResendStakeholderInviteRequest,
    StakeholderCommsCreateStakeholderInput,
    UpdateStakeholderGroupRequest,
    UpdateStakeholderRequest,
)

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import (
    ADMIN_EMAIL,
    ADMIN_TOKEN,
    AGENT_EMAIL,
    AGENT_TOKEN,
    CUSTOMER_EMAIL,
    CUSTOMER_TOKEN,
    READONLY_OAUTH_TOKEN,
)

Client = jsm_ops_client.Client


# -- helpers -------------------------------------------------------------------------------------------------


def ok(response: Any, status: int = 200) -> Any:
    """The parsed body of a successful response, failing with the body when the status differs."""
    assert response.status_code == status, response.content
    assert not isinstance(response.parsed, ErrorResponse)
    return response.parsed


def fails(response: Any, status: int) -> str:
    """The error message of a failed response with this status."""
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, ErrorResponse), response.content
    errors = response.parsed.errors
    assert isinstance(errors, list) and errors[0].status == status
    return str(response.parsed.message)


ADMIN_ACCOUNT_ID = (
    "5b10ac8d82e05b22cc7d4ef5"  # the sandbox admin's account (atlassian_people_sandbox/auth.py)
)
# The fields Atlassian requires in every stakeholder input, as a stakeholder without an assignment.
REQUIRED: dict[str, Any] = {
    "skipConfirmation": False,
    "assignmentType": None,
    "externalAssignmentId": None,
    "addedFrom": "STATUSPAGE",
    "preference": {},
}


def filled(stakeholder: dict[str, Any]) -> dict[str, Any]:
    return REQUIRED | stakeholder


def create(client: Client, stakeholder: dict[str, Any], **extra: Any) -> Any:
    body = StakeholderCommsCreateStakeholderInput.from_dict({"stakeholder": filled(stakeholder), **extra})
    return create_stakeholder.sync_detailed(client=client, body=body)


def walk(fetch: Callable[..., Any], nodes: Callable[[Any], list[Any]], size: int, **kwargs: Any) -> list[Any]:
    """Every item of a relay-paginated list, page by page forward; checks totalCount on each page."""
    items: list[Any] = []
    after = None
    while True:
        page = ok(fetch(first=size, **kwargs) if after is None else fetch(first=size, after=after, **kwargs))
        items += nodes(page)
        info = page.page_info if hasattr(page, "page_info") else page.connection.page_info
        if not info.has_next_page:
            total = page.total_count if hasattr(page, "total_count") else page.connection.total_count
            assert total == len(items)
            return items
        assert len(nodes(page)) == size
        after = info.end_cursor


def all_stakeholders(client: Client) -> list[Any]:
    return walk(
        lambda **kw: list_stakeholders.sync_detailed(client=client, **kw), lambda p: p.connection.nodes, 100
    )


def stats(sandbox: SandboxServer) -> dict[str, int]:
    result: dict[str, int] = httpx.get(f"{sandbox.url}/_sandbox/stats").json()["stakeholders"]
    return result


def free_account(sandbox: SandboxServer, client: Client) -> str:
    """An active Atlassian account that is not yet a stakeholder."""
    taken = {s.aaid for s in all_stakeholders(client)}
    users = sandbox.sandbox.state.directory.users.values()
    return next(
        u.account_id
        for u in users
        if u.account_type == "atlassian" and u.active and u.account_id not in taken
    )


def group_body(name: str, stakeholders: list[dict[str, Any]] | None = None, **details: Any) -> Any:
    entries = [{"stakeholder": filled(s)} for s in stakeholders or []]
    group = {"name": name, "ownerId": ADMIN_ACCOUNT_ID, "status": "ACTIVE", **details}
    return CreateStakeholderGroupRequest.from_dict({"stakeholderGroupInput": group, "stakeholders": entries})


def new_group(client: Client, name: str, stakeholders: list[dict[str, Any]] | None = None) -> Any:
    return ok(create_stakeholder_group.sync_detailed(client=client, body=group_body(name, stakeholders)), 201)


# -- stakeholders --------------------------------------------------------------------------------------------


def test_stakeholder_lifecycle(jsm: Client, sandbox: SandboxServer) -> None:
    created = ok(
        create(jsm, {"emailId": "Riley.Nguyen@acme-corp.example", "phoneCountry": "US"}), 201
    ).stakeholder
    assert created.type_ == "EXTERNAL" and created.status == "INVITED"  # not confirmed yet
    assert created.name == "Riley Nguyen"
    assert created.ari == f"ari:cloud:jira-servicemanagement:{sandbox.cloud_id}:stakeholder/{created.id}"
    assert created.notification_preference.preference.email.enabled is True
    assert created.notification_preference.preference.sms.enabled is False
    assert stats(sandbox)["stakeholdersCreated"] == 1

    for lookup in (
        {"stakeholder_id": created.id},
        {"email_id": "riley.nguyen@ACME-corp.example"},
        {"ari": created.ari},
    ):
        found = ok(get_stakeholder_by_identifier.sync_detailed(client=jsm, **lookup)).stakeholder
        assert found.id == created.id, lookup
    listed = ok(
        list_stakeholders.sync_detailed(client=jsm, search_field="emailId", search_value="riley.nguyen")
    )
    assert [s.id for s in listed.connection.nodes] == [created.id]

    update = UpdateStakeholderRequest.from_dict(
        {
            "updateStakeholderInput": {
                "stakeholderIdInput": {"stakeholderId": created.id},
                "status": "ACTIVE",
                "notificationPreference": {"phoneNumber": "+1 415 555 0199"},
            }
        }
    )
    updated = ok(update_stakeholder.sync_detailed(client=jsm, body=update)).stakeholder
    assert updated.status == "ACTIVE" and updated.notification_preference.phone_number == "+1 415 555 0199"
    assert updated.notification_preference.preference.sms.enabled is True  # a new phone number enables SMS
    again = ok(get_stakeholder_by_identifier.sync_detailed(client=jsm, stakeholder_id=created.id)).stakeholder
    assert again.status == "ACTIVE" and again.updated_at > created.updated_at

    done = ok(delete_stakeholder.sync_detailed(created.id, client=jsm))
    assert done.success is True and created.id in done.message
    assert "not found" in fails(
        get_stakeholder_by_identifier.sync_detailed(client=jsm, stakeholder_id=created.id), 404
    )
    fails(delete_stakeholder.sync_detailed(created.id, client=jsm), 404)
    fails(update_stakeholder.sync_detailed(client=jsm, body=update), 404)
    assert stats(sandbox)["stakeholders"] == SEED_SIZE


def test_create_validates_and_rejects_duplicates(jsm: Client, sandbox: SandboxServer) -> None:
    aaid = free_account(sandbox, jsm)
    user = sandbox.sandbox.state.directory.users[aaid]
    internal = ok(create(jsm, {"aaid": aaid}), 201).stakeholder
    assert (internal.type_, internal.status, internal.name) == ("INTERNAL", "ACTIVE", user.display_name)
    assert internal.notification_preference.email_id == user.email

    assert internal.id in fails(create(jsm, {"aaid": aaid}), 409)
    assert internal.id in fails(create(jsm, {"emailId": user.email.upper()}), 409)  # same person by email
    assert "No Atlassian account" in fails(create(jsm, {"aaid": "000000000000000000000000"}), 422)
    assert "INTERNAL" in fails(create(jsm, {"aaid": aaid, "stakeholderType": "EXTERNAL"}), 422)
    assert "needs emailId" in fails(create(jsm, {"stakeholderType": "EXTERNAL"}), 422)
    assert "not a valid email" in fails(create(jsm, {"emailId": "not-an-address"}), 422)
    assert "not an http(s) URL" in fails(create(jsm, {"webhook": "ftp://hooks.example"}), 422)
    no_phone = {"emailId": "sam@globex.example", "preference": {"sms": {"enabled": True}}}
    assert "no phoneNumber" in fails(create(jsm, no_phone), 422)
    assert "No stakeholder group" in fails(
        create(jsm, {"emailId": "sam@globex.example"}, joiningGroupId="nope"), 422
    )
    # The spec's schema rejects these before any handler runs.
    bad_type = httpx.post(
        f"{sandbox.jsm_ops_url}/stakeholders",
        json={"stakeholder": filled({"stakeholderType": "ROBOT"})},
        auth=(ADMIN_EMAIL, ADMIN_TOKEN),
    )
    assert bad_type.status_code == 400 and "stakeholderType" in bad_type.json()["message"]
    # Atlassian's validator requires these in every stakeholder input (null assignment = none).
    bare = httpx.post(
        f"{sandbox.jsm_ops_url}/stakeholders",
        json={"stakeholder": {"emailId": "bare@globex.example"}},
        auth=(ADMIN_EMAIL, ADMIN_TOKEN),
    )
    assert bare.status_code == 400
    for required in ("skipConfirmation", "assignmentType", "externalAssignmentId", "addedFrom", "preference"):
        assert f"'{required}' is a required property" in bare.json()["message"]
    assert stats(sandbox)["stakeholdersCreated"] == 1


def test_list_pages_forward_and_backward(jsm: Client) -> None:
    forward = walk(
        lambda **kw: list_stakeholders.sync_detailed(client=jsm, **kw), lambda p: p.connection.nodes, 7
    )
    assert len(forward) == SEED_SIZE == len({s.id for s in forward})

    backward: list[Any] = []
    before = None
    while True:
        page = ok(
            list_stakeholders.sync_detailed(client=jsm, last=7, **({"before": before} if before else {}))
        )
        backward = page.connection.nodes + backward
        assert page.connection.total_count == SEED_SIZE
        if not page.connection.page_info.has_previous_page:
            break
        before = page.connection.page_info.start_cursor
    assert [s.id for s in backward] == [s.id for s in forward]

    assert "not both" in fails(list_stakeholders.sync_detailed(client=jsm, first=2, last=2), 400)
    assert "Invalid cursor" in fails(list_stakeholders.sync_detailed(client=jsm, after="garbage!"), 400)
    fails(list_stakeholders.sync_detailed(client=jsm, first=-1), 400)
    empty = ok(list_stakeholders.sync_detailed(client=jsm, first=0)).connection
    assert empty.nodes == [] and empty.total_count == SEED_SIZE and empty.page_info.has_next_page is True


def test_list_filters_and_orders(jsm: Client) -> None:
    everyone = all_stakeholders(jsm)
    by_type: dict[str, int] = {}
    for kind in ("INTERNAL", "EXTERNAL", "TEAM", "GROUP"):
        page = ok(list_stakeholders.sync_detailed(client=jsm, type_=kind, first=100)).connection
        assert {s.type_ for s in page.nodes} <= {kind} and page.total_count == len(page.nodes)
        by_type[kind] = page.total_count
    assert sum(by_type.values()) == len(everyone) and by_type["INTERNAL"] > 0 and by_type["EXTERNAL"] > 0
    invited = ok(list_stakeholders.sync_detailed(client=jsm, status="invited", first=100)).connection
    assert invited.total_count == sum(1 for s in everyone if s.status == "INVITED")

    domain = next(
        s.notification_preference.email_id
        for s in everyone
        if s.type_ == "EXTERNAL" and s.notification_preference.email_id
    ).split("@")[1]
    matches = ok(list_stakeholders.sync_detailed(client=jsm, search_value=domain, first=100)).connection.nodes
    assert matches and all(domain in (s.notification_preference.email_id or "") for s in matches)

    named = ok(list_stakeholders.sync_detailed(client=jsm, order_by="name", first=100)).connection.nodes
    assert [s.name.casefold() for s in named] == sorted(s.name.casefold() for s in everyone)
    reverse = ok(list_stakeholders.sync_detailed(client=jsm, order_by="name", descending=True, first=100))
    assert [s.name.casefold() for s in reverse.connection.nodes] == sorted(
        (s.name.casefold() for s in everyone), reverse=True
    )
    newest = ok(list_stakeholders.sync_detailed(client=jsm, descending=True, first=3)).connection.nodes
    assert [s.id for s in newest] == [s.id for s in everyone[::-1][:3]]

    assert "orderBy" in fails(list_stakeholders.sync_detailed(client=jsm, order_by="shoeSize"), 400)
    assert "ACTIVE" in fails(list_stakeholders.sync_detailed(client=jsm, status="HAPPY"), 400)
    assert "searchField" in fails(
        list_stakeholders.sync_detailed(client=jsm, search_field="x", search_value="y"), 400
    )


def test_bulk_create_reports_each_item(jsm: Client, sandbox: SandboxServer) -> None:
    existing = next(
        s for s in all_stakeholders(jsm) if s.type_ == "EXTERNAL" and s.notification_preference.email_id
    )
    email = existing.notification_preference.email_id
    items = [
        {
            "emailId": "new.person@initech.example",
            "skipConfirmation": True,
            "externalAssignmentId": "INC-500",
        },
        {"emailId": email},  # exists and asks for nothing new
        {"phoneNumber": "12"},  # invalid
        {"emailId": email, "externalAssignmentId": "INC-500"},  # existing stakeholder, new assignment
        {"emailId": "NEW.person@initech.example"},  # created by item 0 just before
    ]
    body = BulkCreateStakeholdersRequest.from_dict({"stakeholders": [filled(i) for i in items]})
    result = ok(bulk_create_stakeholders.sync_detailed(client=jsm, body=body))
    assert (result.success, result.total_count, result.success_count, result.failure_count) == (
        False,
        5,
        2,
        3,
    )
    assert [e.index for e in result.errors] == [1, 2, 4]
    assert "already exists" in result.errors[0].error and "phoneNumber" in result.errors[1].error
    first, assigned = result.successful_stakeholders
    assert first.stakeholder.status == "ACTIVE" and first.assignment.external_assignment_id == "INC-500"
    assert assigned.stakeholder.id == existing.id and assigned.assignment.id == first.assignment.id
    after = stats(sandbox)
    assert (after["stakeholdersCreated"], after["assignmentsCreated"], after["createsApplied"]) == (1, 2, 3)

    # Replaying the request applies nothing twice.
    replay = ok(bulk_create_stakeholders.sync_detailed(client=jsm, body=body))
    assert replay.success_count == 0 and replay.failure_count == 5
    assert stats(sandbox) == after

    unknown_group = BulkCreateStakeholdersRequest.from_dict(
        {"stakeholders": [filled({"emailId": "x@y.example"})], "joiningGroupId": "missing"}
    )
    fails(bulk_create_stakeholders.sync_detailed(client=jsm, body=unknown_group), 422)
    fails(
        bulk_create_stakeholders.sync_detailed(
            client=jsm, body=BulkCreateStakeholdersRequest.from_dict({"stakeholders": []})
        ),
        400,
    )
    assert stats(sandbox) == after


def test_bulk_delete_reports_each_item(jsm: Client, sandbox: SandboxServer) -> None:
    victims = [s.id for s in all_stakeholders(jsm)[:2]]
    body = BulkDeleteStakeholdersRequest.from_dict(
        {"stakeholderIds": [victims[0], "missing", victims[1], victims[0]]}
    )
    result = ok(bulk_delete_stakeholders.sync_detailed(client=jsm, body=body))
    assert (result.success, result.success_count, result.failure_count) == (False, 2, 2)
    assert result.successful_ids == victims
    assert [(e.stakeholder_id, "not found" in e.error) for e in result.errors] == [
        ("missing", True),
        (victims[0], False),
    ]
    for sid in victims:
        fails(get_stakeholder_by_identifier.sync_detailed(client=jsm, stakeholder_id=sid), 404)
    assert stats(sandbox)["stakeholders"] == SEED_SIZE - 2
    fails(
        bulk_delete_stakeholders.sync_detailed(client=jsm, body=BulkDeleteStakeholdersRequest.from_dict({})),
        400,
    )


def test_resend_invite(jsm: Client, sandbox: SandboxServer) -> None:
    ok(create(jsm, {"emailId": "pending@hooli.example"}), 201)
    body = ResendStakeholderInviteRequest.from_dict(
        {"resendInviteInput": {"emailId": "pending@hooli.example"}}
    )
    done = ok(resend_stakeholder_invite.sync_detailed(client=jsm, body=body))
    assert done.success is True and "invitation 2" in done.message
    assert stats(sandbox)["invitationsSent"] == 2

    confirmed = ok(
        create(jsm, {"emailId": "confirmed@hooli.example", "skipConfirmation": True}), 201
    ).stakeholder
    assert confirmed.status == "ACTIVE"
    active = ResendStakeholderInviteRequest.from_dict(
        {"resendInviteInput": {"emailId": "confirmed@hooli.example"}}
    )
    assert "already confirmed" in fails(resend_stakeholder_invite.sync_detailed(client=jsm, body=active), 422)
    unknown = ResendStakeholderInviteRequest.from_dict(
        {"resendInviteInput": {"emailId": "nobody@hooli.example"}}
    )
    fails(resend_stakeholder_invite.sync_detailed(client=jsm, body=unknown), 404)
    by_account_only = httpx.post(  # emailId is required: an account id alone is refused
        f"{sandbox.jsm_ops_url}/stakeholders/resend_invite",
        json={"resendInviteInput": {"aaid": ADMIN_ACCOUNT_ID}},
        auth=(ADMIN_EMAIL, ADMIN_TOKEN),
    )
    assert by_account_only.status_code == 400 and "emailId" in by_account_only.json()["message"]


def test_get_by_aris(jsm: Client) -> None:
    first, second, gone = all_stakeholders(jsm)[:3]
    ok(delete_stakeholder.sync_detailed(gone.id, client=jsm))
    found = ok(
        get_stakeholders_by_aris.sync_detailed(
            client=jsm, stakeholder_aris=[second.ari, gone.ari, first.ari, second.ari]
        )
    )
    assert [s.id for s in found.stakeholders] == [second.id, first.id]
    assert "not a stakeholder ARI" in fails(
        get_stakeholders_by_aris.sync_detailed(client=jsm, stakeholder_aris=[first.id]), 400
    )


def test_lookup_needs_an_identifier(jsm: Client) -> None:
    fails(get_stakeholder_by_identifier.sync_detailed(client=jsm), 400)
    fails(get_stakeholder_by_identifier.sync_detailed(client=jsm, aaid="unknown"), 404)
    some = all_stakeholders(jsm)[0]
    wrong_type = "GROUP" if some.type_ != "GROUP" else "TEAM"
    fails(
        get_stakeholder_by_identifier.sync_detailed(
            client=jsm, stakeholder_id=some.id, stakeholder_type=wrong_type
        ),
        404,
    )


# -- assignments ---------------------------------------------------------------------------------------------


def test_assignments_end_to_end(jsm: Client) -> None:
    emails = [f"person{n}@vandelay.example" for n in range(12)]
    body = BulkCreateStakeholdersRequest.from_dict(
        {"stakeholders": [filled({"emailId": e, "externalAssignmentId": "INC-777"}) for e in emails]}
    )
    created = ok(bulk_create_stakeholders.sync_detailed(client=jsm, body=body))
    assert created.success_count == 12
    assignment = created.successful_stakeholders[0].assignment
    assert (assignment.assignment_type, assignment.added_from) == ("INCIDENT", "STATUSPAGE")

    on_incident = walk(
        lambda **kw: get_stakeholders_by_assignment_paginated.sync_detailed(
            client=jsm, external_assignment_id="INC-777", **kw
        ),
        lambda p: p.stakeholders,
        5,
    )
    assert [s.notification_preference.email_id for s in on_incident] == emails
    for lookup in ({"assignment_id": assignment.id}, {"ari": assignment.ari}):
        page = ok(get_stakeholders_by_assignment_paginated.sync_detailed(client=jsm, first=100, **lookup))
        assert page.total_count == 12
    deprecated = ok(
        get_stakeholders_by_assignment.sync_detailed(client=jsm, external_assignment_id="INC-777", limit=5)
    )
    assert [s.id for s in deprecated.stakeholders] == [s.id for s in on_incident[:5]]

    person = on_incident[0]
    assignments = ok(get_assignments_by_stakeholder.sync_detailed(client=jsm, stakeholder_id=person.id))
    assert [a.external_assignment_id for a in assignments.assignments] == [
        "INC-777"
    ] and assignments.total_count == 1

    remove = RemoveStakeholderAssignmentRequest.from_dict(
        {
            "stakeholderIdInput": {"emailId": emails[0]},
            "assignmentIdInput": {"externalAssignmentId": "INC-777"},
        }
    )
    assert ok(remove_stakeholder_assignment.sync_detailed(client=jsm, body=remove)).success is True
    assert "not assigned" in fails(remove_stakeholder_assignment.sync_detailed(client=jsm, body=remove), 404)
    left = ok(
        get_stakeholders_by_assignment_paginated.sync_detailed(
            client=jsm, assignment_id=assignment.id, first=100
        )
    )
    assert left.total_count == 11 and person.id not in {s.id for s in left.stakeholders}
    none = ok(get_assignments_by_stakeholder.sync_detailed(client=jsm, stakeholder_id=person.id))
    assert none.assignments == [] and none.total_count == 0

    unknown = RemoveStakeholderAssignmentRequest.from_dict(
        {
            "stakeholderIdInput": {"emailId": emails[1]},
            "assignmentIdInput": {"externalAssignmentId": "INC-404"},
        }
    )
    fails(remove_stakeholder_assignment.sync_detailed(client=jsm, body=unknown), 404)
    missing = ok(
        get_stakeholders_by_assignment_paginated.sync_detailed(client=jsm, external_assignment_id="INC-404")
    )
    assert missing.stakeholders == [] and "No assignment" in missing.error
    stranger = ok(get_assignments_by_stakeholder.sync_detailed(client=jsm, stakeholder_id="nobody"))
    assert stranger.assignments == [] and "No stakeholder" in stranger.error
    fails(get_stakeholders_by_assignment.sync_detailed(client=jsm), 400)
    fails(get_assignments_by_stakeholder.sync_detailed(client=jsm), 400)


def test_seeded_assignments_page_to_the_end(jsm: Client, sandbox: SandboxServer) -> None:
    internal = next(s for s in all_stakeholders(jsm) if s.type_ == "INTERNAL")
    for number in range(1, 8):
        create_result = create(jsm, {"aaid": internal.aaid, "externalAssignmentId": f"INC-9{number}"})
        ok(create_result, 201)
    assert "already exists" in fails(
        create(jsm, {"aaid": internal.aaid, "externalAssignmentId": "INC-91"}), 409
    )
    seen = walk(
        lambda **kw: get_assignments_by_stakeholder.sync_detailed(client=jsm, aaid=internal.aaid, **kw),
        lambda p: p.assignments,
        3,
    )
    assert {f"INC-9{n}" for n in range(1, 8)} <= {a.external_assignment_id for a in seen}
    assert stats(sandbox)["assignmentsCreated"] == 7


def test_stakeholders_from_similar_incidents(jsm: Client, sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.stakeholders
    incident = next(a for a in store.assignments.values() if store.similar_incidents(a))
    similar_keys = [a.external_id for a in store.similar_incidents(incident)]
    expected: set[str] = set()
    for key in similar_keys:  # what the API itself says is on each similar incident
        page = ok(
            get_stakeholders_by_assignment_paginated.sync_detailed(
                client=jsm, external_assignment_id=key, first=100
            )
        )
        expected |= {s.id for s in page.stakeholders}
    found = ok(get_stakeholders_from_similar_incidents.sync_detailed(incident.external_id, client=jsm))
    assert {s.id for s in found.stakeholders} == expected and len(found.stakeholders) == len(expected)

    assert "not found" in fails(
        get_stakeholders_from_similar_incidents.sync_detailed("INC-99999", client=jsm), 404
    )
    ok(create(jsm, {"emailId": "solo@acme-corp.example", "externalAssignmentId": "OPS-1"}), 201)
    assert ok(get_stakeholders_from_similar_incidents.sync_detailed("OPS-1", client=jsm)).stakeholders == []


def test_flattened_stakeholders_expand_groups_and_teams(jsm: Client, sandbox: SandboxServer) -> None:
    customers = new_group(
        jsm, "Flatten customers", [{"emailId": "a@soylent.example"}, {"emailId": "b@soylent.example"}]
    )
    wrapper = new_group(
        jsm,
        "Flatten wrapper",
        [
            {"stakeholderGroupId": customers.group.id},
            {"emailId": "a@soylent.example"},
            {"emailId": "c@soylent.example"},
        ],
    )
    assert {s.type_ for s in wrapper.stakeholders} == {"GROUP", "EXTERNAL"}
    flat = ok(get_flattened_stakeholders.sync_detailed(client=jsm, group_ids=[wrapper.group.id]))
    assert sorted(s.notification_preference.email_id for s in flat.stakeholders) == [
        "a@soylent.example",
        "b@soylent.example",
        "c@soylent.example",
    ]
    assert flat.total_count == 3 and flat.page_info.has_next_page is False

    directory = sandbox.sandbox.state.directory
    everyone = all_stakeholders(jsm)
    team_stakeholder = next(s for s in everyone if s.type_ == "TEAM")
    team_name = team_stakeholder.name.removesuffix(" team")
    expected = {s.id for s in everyone if s.type_ == "INTERNAL" and directory.users[s.aaid].team == team_name}
    by_team = ok(
        get_flattened_stakeholders.sync_detailed(client=jsm, team_ids=[team_stakeholder.atlassian_team_id])
    )
    assert {s.id for s in by_team.stakeholders} == expected

    unknown = ok(
        get_flattened_stakeholders.sync_detailed(client=jsm, group_ids=["missing", customers.group.id])
    )
    assert unknown.total_count == 2 and "missing" in unknown.error
    individuals = ok(get_flattened_stakeholders.sync_detailed(client=jsm))
    assert individuals.total_count == sum(1 for s in everyone if s.type_ in ("INTERNAL", "EXTERNAL"))


# -- stakeholder groups --------------------------------------------------------------------------------------


def test_group_lifecycle(jsm: Client, sandbox: SandboxServer) -> None:
    name = "Major incident crew"
    seeded_groups = stats(sandbox)["groups"]
    assert ok(validate_stakeholder_group_name.sync_detailed(name, client=jsm)).valid is True
    internal = next(s for s in all_stakeholders(jsm) if s.type_ == "INTERNAL")
    created = ok(
        create_stakeholder_group.sync_detailed(
            client=jsm,
            body=group_body(
                name,
                [{"emailId": "crew@acme-corp.example"}, {"aaid": internal.aaid}],
                description="Bridge",
                services=["svc-1"],
            ),
        ),
        201,
    )
    group = created.group
    assert (group.name, group.description, group.status, group.services) == (
        name,
        "Bridge",
        "ACTIVE",
        ["svc-1"],
    )
    assert created.owner_name == "Avery Admin"  # the caller owns a group created without ownerId
    assert [s.id for s in created.stakeholders][1] == internal.id and len(created.stakeholders) == 2
    assert stats(sandbox)["groupsCreated"] == 1 and stats(sandbox)["stakeholdersCreated"] == 1

    taken = ok(validate_stakeholder_group_name.sync_detailed(" major INCIDENT crew ", client=jsm))
    assert taken.valid is False and group.id in taken.message
    assert ok(validate_stakeholder_group_name.sync_detailed("   ", client=jsm)).valid is False
    assert group.id in fails(
        create_stakeholder_group.sync_detailed(client=jsm, body=group_body(name.upper())), 409
    )
    fails(create_stakeholder_group.sync_detailed(client=jsm, body=group_body(" ")), 400)
    fails(create_stakeholder_group.sync_detailed(client=jsm, body=group_body("Owned", ownerId="nobody")), 422)
    bad_member = group_body("Bad member", [{"emailId": "ok@acme-corp.example"}, {"aaid": "nobody"}])
    assert "stakeholders[1]" in fails(
        create_stakeholder_group.sync_detailed(client=jsm, body=bad_member), 422
    )
    assert (
        ok(validate_stakeholder_group_name.sync_detailed("Bad member", client=jsm)).valid is True
    )  # nothing applied

    assert ok(get_stakeholder_group.sync_detailed(group.id, client=jsm)).group.name == name
    by_name = ok(get_stakeholder_groups_by_name.sync_detailed("incident CREW", client=jsm))
    assert [g.id for g in by_name.nodes] == [group.id] and by_name.total_count == 1
    assert ok(get_stakeholder_groups_by_name.sync_detailed("no such group", client=jsm)).nodes == []

    rename = UpdateStakeholderGroupRequest.from_dict(
        {"name": "Incident bridge", "description": "Joins the bridge call"}
    )
    renamed = ok(update_stakeholder_group.sync_detailed(group.id, client=jsm, body=rename)).group
    assert (renamed.name, renamed.description, renamed.services) == (
        "Incident bridge",
        "Joins the bridge call",
        ["svc-1"],
    )
    assert ok(validate_stakeholder_group_name.sync_detailed(name, client=jsm)).valid is True
    clash = UpdateStakeholderGroupRequest.from_dict({"name": "executives"})
    assert "Executives" in fails(
        update_stakeholder_group.sync_detailed(group.id, client=jsm, body=clash), 409
    )
    fails(
        update_stakeholder_group.sync_detailed(
            group.id, client=jsm, body=UpdateStakeholderGroupRequest.from_dict({})
        ),
        400,
    )
    replace = UpdateStakeholderGroupRequest.from_dict(
        {"stakeholders": [{"stakeholder": filled({"emailId": "solo@acme-corp.example"})}]}
    )
    ok(update_stakeholder_group.sync_detailed(group.id, client=jsm, body=replace))
    members = ok(get_stakeholder_group_with_memberships.sync_detailed(group.id, client=jsm))
    assert members.group.name == "Incident bridge" and len(members.memberships) == 1
    assert members.memberships[0].member_type == "EXTERNAL"

    assert ok(delete_stakeholder_group.sync_detailed(group.id, client=jsm)).success is True
    fails(get_stakeholder_group.sync_detailed(group.id, client=jsm), 404)
    fails(delete_stakeholder_group.sync_detailed(group.id, client=jsm), 404)
    fails(update_stakeholder_group.sync_detailed(group.id, client=jsm, body=rename), 404)
    fails(get_stakeholder_group_with_memberships.sync_detailed(group.id, client=jsm), 404)
    assert stats(sandbox)["groups"] == seeded_groups


def test_group_members(jsm: Client) -> None:
    group = new_group(jsm, "Release watchers").group
    everyone = all_stakeholders(jsm)
    existing = [s.notification_preference.email_id for s in everyone if s.type_ == "EXTERNAL"]
    emails = [f"watcher{n}@hooli.example" for n in range(7)] + [e for e in existing if e][:2]
    entries = AddStakeholderGroupMembersRequest.from_dict(
        {"stakeholders": [{"stakeholder": filled({"emailId": e})} for e in emails]}
    )
    # As the reference's examples show, the answer's connection holds stakeholder-group nodes: the group.
    added = ok(add_stakeholder_group_members.sync_detailed(group.id, client=jsm, body=entries)).connection
    assert [(g.id, g.name, g.owner_id) for g in added.nodes] == [(group.id, group.name, ADMIN_ACCOUNT_ID)]
    assert added.total_count == 1 and added.nodes[0].updated_at >= group.updated_at
    walked = ok(get_stakeholder_group_with_memberships.sync_detailed(group.id, client=jsm)).memberships
    assert len(walked) == len(emails) and {m.member_type for m in walked} == {"EXTERNAL"}
    ok(add_stakeholder_group_members.sync_detailed(group.id, client=jsm, body=entries))
    again = ok(get_stakeholder_group_with_memberships.sync_detailed(group.id, client=jsm)).memberships
    assert [m.member_id for m in again] == [m.member_id for m in walked]  # already members: no change
    nodes = ok(get_stakeholder_group_memberships.sync_detailed(group.id, client=jsm, limit=4))
    assert [g.id for g in nodes.nodes] == [group.id] and nodes.total_count == 1
    assert nodes.page_info.has_next_page is False and nodes.page_info.end_cursor is None

    member_id = walked[0].member_id
    groups = ok(get_stakeholder_groups_by_membership.sync_detailed(member_id, client=jsm))
    assert group.id in {g.id for g in groups.nodes} and groups.total_count == len(groups.nodes)
    summary = ok(
        get_stakeholder_by_identifier.sync_detailed(client=jsm, stakeholder_id=member_id)
    ).stakeholder.groups
    assert "Release watchers" in {g.name for g in summary}
    fails(get_stakeholder_groups_by_membership.sync_detailed("nobody", client=jsm), 404)

    outsider = next(s.id for s in everyone if s.type_ == "INTERNAL")
    remove = RemoveStakeholderGroupMembersRequest.from_dict({"stakeholderIds": [member_id, outsider]})
    done = ok(remove_stakeholder_group_members.sync_detailed(group.id, client=jsm, body=remove))
    assert done.success is True and "1 were not members" in done.message
    left = ok(get_stakeholder_group_with_memberships.sync_detailed(group.id, client=jsm)).memberships
    assert len(left) == len(emails) - 1 and member_id not in {m.member_id for m in left}
    assert (
        ok(remove_stakeholder_group_members.sync_detailed(group.id, client=jsm, body=remove)).success is True
    )
    unknown = RemoveStakeholderGroupMembersRequest.from_dict({"stakeholderIds": ["nobody"]})
    fails(remove_stakeholder_group_members.sync_detailed(group.id, client=jsm, body=unknown), 422)
    fails(remove_stakeholder_group_members.sync_detailed("missing", client=jsm, body=remove), 404)

    bad = AddStakeholderGroupMembersRequest.from_dict(
        {
            "stakeholders": [
                {"stakeholder": filled({"emailId": "fine@hooli.example"})},
                {"stakeholder": filled({"emailId": "broken"})},
            ]
        }
    )
    assert "stakeholders[1]" in fails(
        add_stakeholder_group_members.sync_detailed(group.id, client=jsm, body=bad), 422
    )
    fails(
        get_stakeholder_by_identifier.sync_detailed(client=jsm, email_id="fine@hooli.example"), 404
    )  # all or nothing
    fails(add_stakeholder_group_members.sync_detailed("missing", client=jsm, body=bad), 404)
    fails(get_stakeholder_group_memberships.sync_detailed("missing", client=jsm), 404)


def test_group_listings_page_to_the_end(jsm: Client, sandbox: SandboxServer) -> None:
    for n in range(4):
        new_group(jsm, f"Cohort {n}", [{"emailId": f"cohort{n}@acme-corp.example"}])
    groups = walk(
        lambda **kw: list_stakeholder_groups_with_memberships.sync_detailed(client=jsm, **kw),
        lambda p: p.nodes,
        2,
    )
    assert len(groups) == stats(sandbox)["groups"] >= 7
    assert [g.name.casefold() for g in groups] == sorted(g.name.casefold() for g in groups)
    for g in groups[:3]:
        detail = ok(get_stakeholder_group_with_memberships.sync_detailed(g.id, client=jsm))
        assert [m.member_id for m in g.memberships] == [m.member_id for m in detail.memberships]
    with_people = walk(
        lambda **kw: list_stakeholder_groups_with_stakeholders.sync_detailed(client=jsm, **kw),
        lambda p: p.groups,
        3,
    )
    assert [entry.group.id for entry in with_people] == [g.id for g in groups]
    assert all(
        [s.id for s in entry.stakeholders] == [m.member_id for m in g.memberships]
        for entry, g in zip(with_people, groups, strict=True)
    )


def test_bulk_delete_groups(jsm: Client, sandbox: SandboxServer) -> None:
    one = new_group(jsm, "Doomed one").group
    two = new_group(jsm, "Doomed two").group
    standing = ok(create(jsm, {"stakeholderGroupId": two.id}), 201).stakeholder
    assert standing.type_ == "GROUP" and standing.name == "Doomed two"
    before = stats(sandbox)["groups"]
    mixed = BulkDeleteStakeholderGroupsRequest.from_dict({"groupIds": [one.id, "missing"]})
    assert "missing" in fails(bulk_delete_stakeholder_groups.sync_detailed(client=jsm, body=mixed), 422)
    assert stats(sandbox)["groups"] == before
    body = BulkDeleteStakeholderGroupsRequest.from_dict({"groupIds": [one.id, two.id, one.id]})
    assert ok(bulk_delete_stakeholder_groups.sync_detailed(client=jsm, body=body)).success is True
    assert stats(sandbox)["groups"] == before - 2
    fails(get_stakeholder_group.sync_detailed(one.id, client=jsm), 404)
    fails(
        get_stakeholder_by_identifier.sync_detailed(client=jsm, stakeholder_id=standing.id), 404
    )  # went with its group
    fails(
        bulk_delete_stakeholder_groups.sync_detailed(
            client=jsm, body=BulkDeleteStakeholderGroupsRequest.from_dict({"groupIds": []})
        ),
        400,
    )


# -- permissions ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["readonly-oauth", "customer"])
def test_write_needs_the_scope_and_the_role(sandbox: SandboxServer, who: str) -> None:
    if who == "readonly-oauth":
        client: Any = jsm_ops_client.AuthenticatedClient(
            base_url=sandbox.jsm_ops_url, token=READONLY_OAUTH_TOKEN, raise_on_unexpected_status=True
        )
        missing = "write:stakeholder-comms.stakeholder:jira-service-management"
        assert ok(list_stakeholders.sync_detailed(client=client, first=1)).connection.total_count == SEED_SIZE
    else:
        client = jsm_client(sandbox, (CUSTOMER_EMAIL, CUSTOMER_TOKEN))
        missing = "jsm-agent"
        assert missing in fails(list_stakeholders.sync_detailed(client=client), 403)
    assert missing in fails(create(client, {"emailId": "denied@acme-corp.example"}), 403)
    assert stats(sandbox)["stakeholders"] == SEED_SIZE


def test_agent_may_write_and_anonymous_may_not(sandbox: SandboxServer) -> None:
    agent = jsm_client(sandbox, (AGENT_EMAIL, AGENT_TOKEN))
    ok(create(agent, {"emailId": "allowed@acme-corp.example"}), 201)
    fails(list_stakeholders.sync_detailed(client=jsm_client(sandbox, None)), 401)


def test_assignments_by_stakeholder_page_backward_with_before(jsm: Client) -> None:
    person = max(all_stakeholders(jsm), key=lambda s: len(get_assignments(jsm, s.id)))
    every = [a.id for a in get_assignments(jsm, person.id)]
    assert len(every) >= 2
    first = ok(get_assignments_by_stakeholder.sync_detailed(client=jsm, stakeholder_id=person.id, first=1))
    second = ok(
        get_assignments_by_stakeholder.sync_detailed(
            client=jsm, stakeholder_id=person.id, first=1, after=first.page_info.end_cursor
        )
    )
    back = ok(
        get_assignments_by_stakeholder.sync_detailed(
            client=jsm, stakeholder_id=person.id, last=1, before=second.page_info.start_cursor
        )
    )
    assert [a.id for a in back.assignments] == [a.id for a in first.assignments] == every[:1]
    assert back.page_info.has_previous_page is False and back.page_info.has_next_page is True


def get_assignments(client: Client, stakeholder_id: str) -> list[Any]:
    page = ok(
        get_assignments_by_stakeholder.sync_detailed(client=client, stakeholder_id=stakeholder_id, first=100)
    )
    return list(page.assignments)
