"""JSM ops user contacts end to end: generated client -> HTTP -> sandbox, responses checked against spec."""
# Generated models type optional fields as `X | Unset`; these tests read them after the sandbox has set them,
# and a wrong guess fails the assertion anyway, so mypy's narrowing demands are waived here.

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import jsm_ops_client
import pytest
from conftest import jsm_client
from jsm_ops_client.api.contacts import (
    activate_user_contact,
    create_user_contact,
    deactivate_user_contact,
    delete_user_contact,
    get_user_contact,
    list_user_contacts,
    update_user_contact,
)
from jsm_ops_client.models import (
    ContactCreateResponse,
    ContactMethod,
    ContactResponse,
    ContactSuccessResponse,
    CreateContactRequest,
    ErrorResponse,
    PaginatedResponseContactWithApplyOrderResponse,
    UpdateContactRequest,
)
from jsm_ops_client.types import Unset
from presence import known, present

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import (
    ADMIN_EMAIL,
    AGENT_EMAIL,
    AGENT_TOKEN,
    CUSTOMER_EMAIL,
    CUSTOMER_TOKEN,
    READONLY_OAUTH_TOKEN,
)


def create(client: jsm_ops_client.Client, method: str, to: str) -> str:
    response = create_user_contact.sync_detailed(
        client=client, body=CreateContactRequest(method=ContactMethod(method), to=to)
    )
    assert response.status_code == 201, response.content
    assert isinstance(response.parsed, ContactCreateResponse)
    assert response.parsed.message == "Created"
    return str(present(response.parsed.data).id)


def all_contacts(client: jsm_ops_client.Client | jsm_ops_client.AuthenticatedClient) -> list[Any]:
    page = list_user_contacts.sync(client=client, size=1000)
    assert isinstance(page, PaginatedResponseContactWithApplyOrderResponse)
    return list(present(page.values))


def error_status(response: Any) -> int:
    assert isinstance(response.parsed, ErrorResponse), response.content
    assert response.parsed.message
    return int(response.status_code)


def test_each_seeded_principal_sees_its_own_contacts(sandbox: SandboxServer) -> None:
    for email, token in (
        (ADMIN_EMAIL, "sandbox-admin-token"),
        (AGENT_EMAIL, AGENT_TOKEN),
        (CUSTOMER_EMAIL, CUSTOMER_TOKEN),
    ):
        contacts = all_contacts(jsm_client(sandbox, (email, token)))
        assert contacts[0].method == ContactMethod.EMAIL and contacts[0].to == email
        assert [contact.apply_order for contact in contacts] == sorted(
            contact.apply_order for contact in contacts
        )
    admin = all_contacts(jsm_client(sandbox))
    assert {contact.method for contact in admin} == {
        ContactMethod.EMAIL,
        ContactMethod.SMS,
        ContactMethod.VOICE,
    }
    assert [contact.status.enabled for contact in admin if contact.method == ContactMethod.VOICE] == [False]


def test_contact_lifecycle(sandbox: SandboxServer, jsm: jsm_ops_client.Client) -> None:
    before = all_contacts(jsm)
    contact_id = create(jsm, "email", "oncall@example.org")

    got = get_user_contact.sync(contact_id, client=jsm)
    assert isinstance(got, ContactResponse)
    assert (got.id, got.method, got.to, present(got.status).enabled) == (
        contact_id,
        ContactMethod.EMAIL,
        "oncall@example.org",
        True,
    )
    listed = all_contacts(jsm)
    assert len(listed) == len(before) + 1
    assert listed[-1].id == contact_id and listed[-1].apply_order == max(c.apply_order for c in before) + 1

    updated = update_user_contact.sync(
        contact_id, client=jsm, body=UpdateContactRequest(to="pager@example.org")
    )
    assert (
        isinstance(updated, ContactSuccessResponse)
        and updated.message == "Updated"
        and present(updated.data).id == contact_id
    )
    refreshed = get_user_contact.sync(contact_id, client=jsm)
    assert isinstance(refreshed, ContactResponse) and refreshed.to == "pager@example.org"

    deactivated = deactivate_user_contact.sync(contact_id, client=jsm)
    assert isinstance(deactivated, ContactSuccessResponse) and deactivated.message == "Deactivated"
    disabled = get_user_contact.sync(contact_id, client=jsm)
    assert isinstance(disabled, ContactResponse) and present(disabled.status).enabled is False
    activated = activate_user_contact.sync(contact_id, client=jsm)
    assert isinstance(activated, ContactSuccessResponse) and activated.message == "Activated"
    enabled = get_user_contact.sync(contact_id, client=jsm)
    assert isinstance(enabled, ContactResponse) and present(enabled.status).enabled is True

    deleted = delete_user_contact.sync_detailed(contact_id, client=jsm)
    assert deleted.status_code == 204 and deleted.content == b""
    assert error_status(get_user_contact.sync_detailed(contact_id, client=jsm)) == 404
    assert error_status(delete_user_contact.sync_detailed(contact_id, client=jsm)) == 404
    assert [c.id for c in all_contacts(jsm)] == [c.id for c in before]
    assert (
        sandbox.sandbox.state.stats()["contacts"]["contacts"]
        == sandbox.sandbox.state.contacts.stats()["contacts"]
    )


def test_pagination_walks_every_contact_once(jsm: jsm_ops_client.Client) -> None:
    for number in range(4):
        create(jsm, "sms", f"49-151-000-00{number}{number}")
    expected = [contact.id for contact in all_contacts(jsm)]
    assert len(expected) == 7

    seen: list[str] = []
    offset, pages = 0, 0
    while True:
        page = list_user_contacts.sync(client=jsm, offset=offset, size=2)
        assert isinstance(page, PaginatedResponseContactWithApplyOrderResponse)
        pages += 1
        seen += [present(contact.id) for contact in present(page.values)]
        assert _query(present(page.links).last) == {"offset": ["6"], "size": ["2"]}
        if not present(page.links).next_:
            break
        assert _query(present(page.links).next_) == {"offset": [str(offset + 2)], "size": ["2"]}
        offset += 2
    assert seen == expected and pages == 4
    beyond = list_user_contacts.sync(client=jsm, offset=50, size=2)
    assert isinstance(beyond, PaginatedResponseContactWithApplyOrderResponse) and beyond.values == []


def test_negative_offset_is_rejected(jsm: jsm_ops_client.Client) -> None:
    assert error_status(list_user_contacts.sync_detailed(client=jsm, offset=-1)) == 400


def test_users_only_reach_their_own_contacts(sandbox: SandboxServer, jsm: jsm_ops_client.Client) -> None:
    agent = jsm_client(sandbox, (AGENT_EMAIL, AGENT_TOKEN))
    agents_contact = create(agent, "email", "agent-escalation@example.com")
    admins_ids = {contact.id for contact in all_contacts(jsm)}
    assert agents_contact not in admins_ids
    assert error_status(get_user_contact.sync_detailed(agents_contact, client=jsm)) == 404
    assert error_status(activate_user_contact.sync_detailed(agents_contact, client=jsm)) == 404
    assert error_status(deactivate_user_contact.sync_detailed(agents_contact, client=jsm)) == 404
    body = UpdateContactRequest(to="hijack@example.com")
    assert error_status(update_user_contact.sync_detailed(agents_contact, client=jsm, body=body)) == 404
    assert error_status(delete_user_contact.sync_detailed(agents_contact, client=jsm)) == 404
    # Untouched by the admin's attempts, and the same address is free for another user.
    still = get_user_contact.sync(agents_contact, client=agent)
    assert (
        isinstance(still, ContactResponse)
        and still.to == "agent-escalation@example.com"
        and present(still.status).enabled
    )
    create(jsm, "email", "agent-escalation@example.com")


def test_duplicate_contact_is_a_conflict(jsm: jsm_ops_client.Client) -> None:
    create(jsm, "email", "dup@example.com")
    duplicate = CreateContactRequest(method=ContactMethod.EMAIL, to="DUP@example.com")
    assert error_status(create_user_contact.sync_detailed(client=jsm, body=duplicate)) == 409
    create(jsm, "sms", "44-7700-900123")
    same_digits = CreateContactRequest(method=ContactMethod.SMS, to="+44 7700 900123")
    assert error_status(create_user_contact.sync_detailed(client=jsm, body=same_digits)) == 409
    create(jsm, "voice", "44-7700-900123")  # the same number may also be called

    other = create(jsm, "email", "other@example.com")
    clash = UpdateContactRequest(to="dup@example.com")
    assert error_status(update_user_contact.sync_detailed(other, client=jsm, body=clash)) == 409


@pytest.mark.parametrize(
    ("method", "to", "status"),
    [
        ("email", "not-an-email", 422),
        ("sms", "call me maybe", 422),
        ("voice", "12", 422),
        ("fax", "49-30-1234567", 400),  # not a method the spec allows: request validation
    ],
)
def test_invalid_contact_is_rejected(jsm: jsm_ops_client.Client, method: str, to: str, status: int) -> None:
    body = CreateContactRequest(method=ContactMethod(method), to=to)
    assert error_status(create_user_contact.sync_detailed(client=jsm, body=body)) == status


def test_only_email_contacts_can_be_updated(jsm: jsm_ops_client.Client) -> None:
    sms = create(jsm, "sms", "90-555-555-5555")
    response = update_user_contact.sync_detailed(
        sms, client=jsm, body=UpdateContactRequest(to="90-555-555-0000")
    )
    assert error_status(response) == 400
    assert isinstance(response.parsed, ErrorResponse) and "only email contacts" in str(
        response.parsed.message
    )
    unchanged = get_user_contact.sync(sms, client=jsm)
    assert isinstance(unchanged, ContactResponse) and unchanged.to == "90-555-555-5555"

    email = create(jsm, "email", "ops@example.com")
    invalid = update_user_contact.sync_detailed(email, client=jsm, body=UpdateContactRequest(to="nope"))
    assert error_status(invalid) == 422


def test_read_only_token_cannot_write(sandbox: SandboxServer) -> None:
    readonly = jsm_ops_client.AuthenticatedClient(
        base_url=sandbox.jsm_ops_url, token=READONLY_OAUTH_TOKEN, raise_on_unexpected_status=True
    )
    assert all_contacts(readonly)  # the read scope is granted
    body = CreateContactRequest(method=ContactMethod.EMAIL, to="ro@example.com")
    forbidden = create_user_contact.sync_detailed(client=readonly, body=body)
    assert error_status(forbidden) == 403
    assert "write:ops-config:jira-service-management" in str(forbidden.content)
    some_id = all_contacts(readonly)[0].id
    assert error_status(delete_user_contact.sync_detailed(some_id, client=readonly)) == 403
    assert error_status(deactivate_user_contact.sync_detailed(some_id, client=readonly)) == 403


def test_anonymous_caller_is_unauthorised(sandbox: SandboxServer) -> None:
    assert error_status(list_user_contacts.sync_detailed(client=jsm_client(sandbox, None))) == 401


def test_customer_manages_own_contacts(sandbox: SandboxServer) -> None:
    customer = jsm_client(sandbox, (CUSTOMER_EMAIL, CUSTOMER_TOKEN))
    contact_id = create(customer, "sms", "1-555-010-9999")
    assert contact_id in {contact.id for contact in all_contacts(customer)}
    assert delete_user_contact.sync_detailed(contact_id, client=customer).status_code == 204


def _query(link: Any) -> dict[str, list[str]]:
    assert isinstance(link, str) and link
    return parse_qs(urlsplit(link).query)


def test_admin_reads_another_users_contacts_by_target_account_id(sandbox: SandboxServer) -> None:
    agent = jsm_client(sandbox, (AGENT_EMAIL, AGENT_TOKEN))
    agents_ids = {contact.id for contact in all_contacts(agent)}
    agent_account = known(sandbox.sandbox.state.directory.by_email(AGENT_EMAIL)).account_id
    as_admin = list_user_contacts.sync(client=jsm_client(sandbox), target_account_id=agent_account, size=1000)
    assert isinstance(as_admin, PaginatedResponseContactWithApplyOrderResponse)
    assert {contact.id for contact in present(as_admin.values)} == agents_ids
    admin_account = known(sandbox.sandbox.state.directory.by_email(ADMIN_EMAIL)).account_id
    refused = list_user_contacts.sync_detailed(client=agent, target_account_id=admin_account)
    assert error_status(refused) == 403
    own = list_user_contacts.sync(client=agent, target_account_id=agent_account, size=1000)
    assert isinstance(own, PaginatedResponseContactWithApplyOrderResponse)
    assert {contact.id for contact in present(own.values)} == agents_ids


def test_links_name_the_first_page_and_answers_name_the_contact(jsm: jsm_ops_client.Client) -> None:
    page = list_user_contacts.sync(client=jsm, offset=1, size=1)
    assert isinstance(page, PaginatedResponseContactWithApplyOrderResponse)
    assert _query(present(page.links).first) == {"offset": ["0"], "size": ["1"]}
    contact_id = create(jsm, "email", "named@example.com")
    done = deactivate_user_contact.sync(contact_id, client=jsm)
    assert isinstance(done, ContactSuccessResponse) and present(done.data).name == "email named@example.com"
    found = get_user_contact.sync(contact_id, client=jsm)
    assert isinstance(found, ContactResponse)
    assert present(found.status).enabled is False and present(found.status).disabled_reason
    activate_user_contact.sync(contact_id, client=jsm)
    again = get_user_contact.sync(contact_id, client=jsm)
    assert isinstance(again, ContactResponse) and isinstance(present(again.status).disabled_reason, Unset)


def test_mobile_contacts_are_not_created_through_the_api(jsm: jsm_ops_client.Client) -> None:
    body = CreateContactRequest(method=ContactMethod.MOBILE, to="Pixel 9")
    response = create_user_contact.sync_detailed(client=jsm, body=body)
    assert error_status(response) == 422
    assert isinstance(response.parsed, ErrorResponse) and "mobile app" in str(response.parsed.message)
