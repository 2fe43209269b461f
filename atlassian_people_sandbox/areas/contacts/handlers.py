"""Sandbox handlers of the JSM ops user contacts operations (/v1/users/contacts)."""

from __future__ import annotations

from typing import Any

from ...errors import ApiError
from ...pagination import offset_size
from ...registry import HandlerTable, Reply, SandboxRequest
from .store import ADMIN_ROLES, MOBILE, Contact

HANDLERS = HandlerTable()
handles = HANDLERS.handles


def _acted_on(message: str, contact: Contact) -> dict[str, Any]:
    return {"message": message, "data": {"id": contact.contact_id, "name": contact.name}}


@handles("listUserContacts")
def list_user_contacts(request: SandboxRequest) -> Reply:
    principal = request.principal
    target = request.query.get("targetAccountId") or principal.account_id
    # The operation documents no 404: an account that is not a user simply has no contacts.
    if target != principal.account_id and not principal.roles & ADMIN_ROLES:
        raise ApiError(403, "Only an administrator may read another user's contacts (targetAccountId).")
    owned = request.state.contacts.owned_by(target)
    page, links = offset_size(
        owned, offset=request.query.get("offset"), size=request.query.get("size"), base_url=request.base_url
    )
    return 200, {"values": [contact.as_json_with_apply_order() for contact in page], "links": links}


@handles("createUserContact")
def create_user_contact(request: SandboxRequest) -> Reply:
    body = request.body
    if body["method"] == MOBILE:
        raise ApiError(
            422,
            "mobile contacts are set up by the mobile app; create an email, sms or voice contact.",
            field_errors={"method": "Not creatable."},
        )
    contact = request.state.contacts.add(request.principal.account_id, body["method"], body["to"])
    return 201, _acted_on("Created", contact)


@handles("getUserContact")
def get_user_contact(request: SandboxRequest) -> Reply:
    return 200, request.state.contacts.get(request.principal.account_id, request.path["id"]).as_json()


@handles("activateUserContact")
def activate_user_contact(request: SandboxRequest) -> Reply:
    contact = request.state.contacts.get(request.principal.account_id, request.path["id"])
    contact.enabled = True  # idempotent, like the upstream API: activating an active contact succeeds
    return 200, _acted_on("Activated", contact)


@handles("deactivateUserContact")
def deactivate_user_contact(request: SandboxRequest) -> Reply:
    contact = request.state.contacts.get(request.principal.account_id, request.path["id"])
    contact.enabled = False
    return 200, _acted_on("Deactivated", contact)


@handles("updateUserContact")
def update_user_contact(request: SandboxRequest) -> Reply:
    contact = request.state.contacts.update_address(
        request.principal.account_id, request.path["id"], request.body["to"]
    )
    return 200, _acted_on("Updated", contact)


@handles("deleteUserContact")
def delete_user_contact(request: SandboxRequest) -> Reply:
    request.state.contacts.delete(request.principal.account_id, request.path["id"])
    return 204, None
