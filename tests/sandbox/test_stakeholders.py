"""End to end: the sandbox's JSM ops stakeholders (create, list, bulk, invite, lookups) and who may write
them, through the generated client. Assignments and groups are in test_stakeholder_assignments and
test_stakeholder_groups.

Every call goes over HTTP to the live sandbox, which validates each response against specs/jsm-ops.yaml,
so these tests check behaviour and conformance together.
"""

from __future__ import annotations

from typing import Any

import httpx
import jsm_ops_client
import pytest
from conftest import SEED_SIZE, jsm_client
from jsm_ops_client.api.stakeholders import (
    bulk_create_stakeholders,
    bulk_delete_stakeholders,
    delete_stakeholder,
    get_stakeholder_by_identifier,
    get_stakeholders_by_aris,
    list_stakeholders,
    resend_stakeholder_invite,
    update_stakeholder,
)
from jsm_ops_client.models import (
    BulkCreateStakeholdersRequest,
    BulkDeleteStakeholdersRequest,
    ResendStakeholderInviteRequest,
    UpdateStakeholderRequest,
)
from stakeholder_support import (
    ADMIN_ACCOUNT_ID,
    Client,
    all_stakeholders,
    create,
    fails,
    filled,
    free_account,
    ok,
    stats,
    walk,
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
