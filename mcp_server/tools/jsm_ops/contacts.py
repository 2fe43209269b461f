"""The calling user's JSM ops notification contacts (specs/jsm-ops.yaml, tag Contacts)."""

from __future__ import annotations

from typing import Any

from jsm_ops_client.api.contacts import (
    activate_user_contact,
    create_user_contact,
    deactivate_user_contact,
    delete_user_contact,
    get_user_contact,
    list_user_contacts,
    update_user_contact,
)
from jsm_ops_client.models import ContactMethod, CreateContactRequest, UpdateContactRequest
from jsm_ops_client.paging import LIST_USER_CONTACTS
from jsm_ops_client.types import UNSET

from ...calls import ToolCall, to_data
from ...endpoints import known
from ...errors import NotFound, ToolFailure
from ...outcomes import create_checked
from ...records import array, enum_field, in_model_order, obj
from ...registry import PAGED, PAGING_PROPERTIES, Action, Effect, ToolDef
from ...results import ToolResult, listing, outcome, single
from ...toolsets import Toolset
from ..jira_users import is_account_id

TOOLSET = Toolset.CONTACTS
KEYS = ("to", "method", "id", "status", "applyOrder")
# `mobile` contacts (the mobile app) are listed but only the app sets them up.
METHODS = [method.value for method in ContactMethod if method is not ContactMethod.MOBILE]
CONTACT = {
    "type": "string",
    "minLength": 1,
    "maxLength": 255,
    "description": "Contact id, its address, or its method (email|sms|voice) if you have one of that kind",
}
SCAN_LIMIT = 500


async def all_contacts(call: ToolCall) -> list[dict[str, Any]]:
    contacts = await call.scan(list_user_contacts, LIST_USER_CONTACTS, limit=SCAN_LIMIT, page_size=100)
    return [to_data(contact) for contact in contacts]


async def resolve(call: ToolCall) -> dict[str, Any]:
    """The contact meant by the `contact` argument: an id, an address, or a method with one contact."""
    wanted = str(call.arg("contact")).strip()
    contacts = await all_contacts(call)
    for field in ("id", "to"):
        hits = [c for c in contacts if str(c.get(field, "")).casefold() == wanted.casefold()]
        if len(hits) == 1:
            return hits[0]
    hits = [c for c in contacts if c.get("method") == wanted.lower()]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        options = ", ".join(f"{c['to']} ({c['id']})" for c in hits)
        raise ToolFailure(f"You have several {wanted} contacts: {options}. Pass the id or address.")
    raise NotFound(f"No contact matches {wanted!r}; contacts_read action=list shows yours.")


# -- read ------------------------------------------------------------------------------------------

# The fields of ContactWithApplyOrderResponse and ContactStatus in the spec's order (see records.py).
CONTACT_FIELDS = ("id", "method", "to", "status", "applyOrder")
STATUS_FIELDS = ("enabled", "disabledReason")


def contact_record(raw: object) -> dict[str, Any]:
    """A listed contact from the JSON body, as the generated model gave it (records.py)."""
    contact = obj(raw)
    enum_field(contact, "method")
    if "status" in contact:
        contact = contact | {"status": in_model_order(obj(contact["status"]), STATUS_FIELDS)}
    return in_model_order(contact, CONTACT_FIELDS)


def contact_page(body: object) -> tuple[list[dict[str, Any]], bool]:
    """A listUserContacts answer: its contacts, and whether it links a next page."""
    page = obj(body)
    contacts = [contact_record(raw) for raw in array(page["values"])] if "values" in page else []
    links = obj(page["links"]) if "links" in page else {}
    return contacts, bool(links.get("next"))


async def list_contacts(call: ToolCall) -> ToolResult:
    offset = call.page_position() or 0
    account = str(call.arg("account") or "").strip()
    if account and not is_account_id(account):
        raise ToolFailure(
            f"account takes an Atlassian account id, not {account!r} (an email or name would read as someone "
            "with no contacts). Find the id with jira_groups_read action=find_users query=<email or name>."
        )
    items, linked_next = await call.read(
        list_user_contacts, contact_page, offset=offset, size=call.limit, target_account_id=account or UNSET
    )
    more = linked_next and bool(items)
    return listing(
        f"Contacts of {account}" if account else "Your contacts",
        items,
        KEYS,
        next_cursor=call.next_cursor(offset + len(items)) if more else None,
    )


async def get_contact(call: ToolCall) -> ToolResult:
    contact = await resolve(call)
    detail = await call.api(get_user_contact, contact["id"])
    return single("Contact", to_data(detail) | {"applyOrder": contact.get("applyOrder")}, KEYS)


READ = ToolDef(
    name="contacts_read",
    toolset=TOOLSET,
    effect=Effect.READ,
    title="Read my notification contacts",
    description=(
        "JSM ops notification contacts (email, sms, voice, mobile app): yours, or with account another "
        "user's (admins only)."
    ),
    actions=(
        Action(
            "list",
            (list_user_contacts,),
            list_contacts,
            optional=("account", *PAGED),
            doc="all your contacts, or account's.",
        ),
        Action(
            "get",
            (get_user_contact, list_user_contacts),
            get_contact,
            required=("contact",),
            doc="one contact with its status.",
        ),
    ),
    properties={
        "contact": CONTACT,
        "account": {
            "type": "string",
            "maxLength": 128,
            "description": "Account id (not email) of another user",
        },
        **PAGING_PROPERTIES,
    },
)


# -- write -----------------------------------------------------------------------------------------


async def create(call: ToolCall) -> ToolResult:
    method, to = call.arg("method"), call.arg("to")

    async def find() -> str | None:
        same = [c for c in await all_contacts(call) if c.get("method") == method and c.get("to") == to]
        return f"id {same[0].get('id')}" if same else None

    created = await create_checked(
        call.api(create_user_contact, body=CreateContactRequest(method=ContactMethod(method), to=to)),
        find,
        f"the {method} contact {to}",
    )
    data = known(created.data)
    contact_id = data.id if data is not None else None
    return outcome(
        f"Created {call.arg('method')} contact {call.arg('to')} ({contact_id}).", item=to_data(created)
    )


async def update(call: ToolCall) -> ToolResult:
    contact = await resolve(call)
    if contact.get("method") != "email":
        raise ToolFailure(f"Only email contacts can be updated; {contact['to']} is {contact.get('method')}.")
    await call.api(update_user_contact, contact["id"], body=UpdateContactRequest(to=call.arg("to")))
    return outcome(f"Changed {contact['to']} to {call.arg('to')}.", item=contact | {"to": call.arg("to")})


async def activate(call: ToolCall) -> ToolResult:
    contact = await resolve(call)
    await call.api(activate_user_contact, contact["id"])
    return outcome(f"Activated {contact.get('method')} contact {contact['to']}.", item=contact)


async def deactivate(call: ToolCall) -> ToolResult:
    contact = await resolve(call)
    await call.api(deactivate_user_contact, contact["id"])
    return outcome(f"Deactivated {contact.get('method')} contact {contact['to']}.", item=contact)


WRITE = ToolDef(
    name="contacts_write",
    toolset=TOOLSET,
    effect=Effect.WRITE,
    title="Change my notification contacts",
    description="Changes your own JSM ops notification contacts, where incident alerts are sent.",
    actions=(
        Action(
            "create",
            (create_user_contact, list_user_contacts),
            create,
            required=("method", "to"),
            doc="adds a contact.",
        ),
        Action(
            "update",
            (update_user_contact, list_user_contacts),
            update,
            required=("contact", "to"),
            doc="changes an email contact's address (only email contacts can change).",
        ),
        Action(
            "activate",
            (activate_user_contact, list_user_contacts),
            activate,
            required=("contact",),
            doc="turns alerts to contact on.",
        ),
        Action(
            "deactivate",
            (deactivate_user_contact, list_user_contacts),
            deactivate,
            required=("contact",),
            doc="turns alerts to contact off.",
        ),
    ),
    properties={
        "contact": CONTACT,
        "method": {"type": "string", "enum": METHODS, "description": "Kind of contact"},
        "to": {
            "type": "string",
            "minLength": 3,
            "maxLength": 255,
            "description": "Email address or phone number",
        },
    },
    idempotent=False,
)


# -- delete ----------------------------------------------------------------------------------------


async def delete(call: ToolCall) -> ToolResult:
    try:
        contact = await resolve(call)
    except ToolFailure as failure:
        if not isinstance(failure, NotFound):
            raise
        return call.nothing_left(str(failure))
    pending = await call.confirm(
        {"delete": contact}, f"Delete your {contact.get('method')} contact {contact['to']}."
    )
    if pending:
        return pending
    await call.api(delete_user_contact, contact["id"])
    return outcome(f"Deleted {contact.get('method')} contact {contact['to']}.", item=contact)


DELETE = ToolDef(
    name="contacts_delete",
    toolset=TOOLSET,
    effect=Effect.DELETE,
    title="Delete a notification contact",
    description=("Deletes one of your contacts."),
    actions=(Action("delete", (delete_user_contact, list_user_contacts), delete, required=("contact",)),),
    properties={"contact": CONTACT},
    idempotent=True,
)

TOOLS = (READ, WRITE, DELETE)
