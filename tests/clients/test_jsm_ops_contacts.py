# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""The jsm-ops user contact operations through the generated client, against a mocked transport (as in
test_jsm_ops_stakeholders).
"""

from __future__ import annotations

import jsm_ops_client
from client_support import MockApi
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
from jsm_ops_client.models import (
    ContactCreateResponse,
    ContactMethod,
    ContactResponse,
    ContactStatus,
    ContactSuccessResponse,
    ContactWithApplyOrderResponse,
    CreateContactRequest,
    PaginatedResponseContactWithApplyOrderResponse,
    UpdateContactRequest,
)
from jsm_ops_support import SUITE, covers, present

api = SUITE.api_fixture()
client = SUITE.client_fixture(jsm_ops_client.Client)


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
