"""The contacts store: JSM ops user contacts (/v1/users/contacts), the calling user's notification addresses.

Contacts belong to the account that calls: every operation is scoped to ``request.principal.account_id``,
so another user's contact id answers 404 exactly like an id that never existed (no existence leak). Only
listing takes ``targetAccountId``: an administrator may read another user's contacts.
"""

from __future__ import annotations

import random
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from ...auth import ADMIN_EMAIL, AGENT_EMAIL
from ...directory import Directory
from ...errors import ApiError, not_found

EMAIL = "email"
PHONE_METHODS = frozenset({"sms", "voice"})
MOBILE = "mobile"  # the mobile app's contact: set up by the app, never created through this API
ADMIN_ROLES = frozenset({"site-admin", "jira-admin"})

_EMAIL_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Opsgenie-style phone numbers: "<country code>-<number>", e.g. 90-555-555-5555; a leading + is tolerated.
_PHONE_NUMBER = re.compile(r"^\+?\d[\d\- ]*\d$")
_PHONE_DIGITS = (7, 15)  # E.164 allows at most 15 digits


@dataclass
class Contact:
    contact_id: str
    owner_account_id: str
    method: str
    to: str
    enabled: bool
    apply_order: int

    def as_json(self) -> dict[str, Any]:
        status: dict[str, Any] = {"enabled": self.enabled}
        if not self.enabled:
            status["disabledReason"] = "Deactivated by the user."
        return {"id": self.contact_id, "method": self.method, "to": self.to, "status": status}

    @property
    def name(self) -> str:
        return f"{self.method} {self.to}"

    def as_json_with_apply_order(self) -> dict[str, Any]:
        return self.as_json() | {"applyOrder": self.apply_order}


def normalised_address(method: str, to: str) -> str:
    """The form two addresses are compared in: emails case-insensitively, phone numbers by their digits."""
    if method == EMAIL:
        return to.strip().casefold()
    return "".join(character for character in to if character.isdigit())


def validated_address(method: str, to: str) -> str:
    """The address to store, or a 422 explaining what a valid one looks like for the method."""
    address = to.strip()
    if method == EMAIL:
        if not _EMAIL_ADDRESS.match(address):
            raise ApiError(
                422, f"'{to}' is not a valid email address.", field_errors={"to": "Invalid email address."}
            )
        return address
    digit_count = len(normalised_address(method, address))
    if not _PHONE_NUMBER.match(address) or not _PHONE_DIGITS[0] <= digit_count <= _PHONE_DIGITS[1]:
        raise ApiError(
            422,
            f"'{to}' is not a valid phone number for a {method} contact: use country code, dash and number, "
            "for example 90-555-555-5555.",
            field_errors={"to": "Invalid phone number."},
        )
    return address


@dataclass
class ContactsStore:
    contacts: dict[str, Contact] = field(default_factory=dict)
    # Ids of contacts created later come from here, so a replayed session gets the same ids.
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    # owner account id -> that owner's contacts by id: lookups stay O(own contacts) at any seed size.
    by_owner: dict[str, dict[str, Contact]] = field(default_factory=dict)

    def _new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def owned_by(self, account_id: str) -> list[Contact]:
        owned = self.by_owner.get(account_id, {}).values()
        return sorted(owned, key=lambda contact: (contact.apply_order, contact.contact_id))

    def get(self, account_id: str, contact_id: str) -> Contact:
        contact = self.contacts.get(contact_id)
        if contact is None or contact.owner_account_id != account_id:
            raise not_found("Contact", contact_id)
        return contact

    def _reject_duplicate(self, account_id: str, method: str, to: str, ignore_id: str | None = None) -> None:
        wanted = normalised_address(method, to)
        for contact in self.owned_by(account_id):
            if (
                contact.contact_id != ignore_id
                and contact.method == method
                and normalised_address(contact.method, contact.to) == wanted
            ):
                raise ApiError(
                    409,
                    f"You already have a {method} contact with address '{contact.to}': {contact.contact_id}.",
                )

    def add(self, account_id: str, method: str, to: str, enabled: bool = True) -> Contact:
        address = validated_address(method, to)
        self._reject_duplicate(account_id, method, address)
        owned = self.owned_by(account_id)
        # New contacts go last in the notification order; orders are not renumbered on delete.
        apply_order = max((contact.apply_order for contact in owned), default=-1) + 1
        contact = Contact(self._new_id(), account_id, method, address, enabled, apply_order)
        self.contacts[contact.contact_id] = contact
        self.by_owner.setdefault(account_id, {})[contact.contact_id] = contact
        return contact

    def update_address(self, account_id: str, contact_id: str, to: str) -> Contact:
        contact = self.get(account_id, contact_id)
        if contact.method != EMAIL:
            raise ApiError(
                400,
                f"Contact {contact_id} is an {contact.method} contact; only email contacts can be updated. "
                "Delete it and create a new one instead.",
            )
        address = validated_address(EMAIL, to)
        self._reject_duplicate(account_id, EMAIL, address, ignore_id=contact_id)
        contact.to = address
        return contact

    def delete(self, account_id: str, contact_id: str) -> None:
        self.get(account_id, contact_id)
        del self.contacts[contact_id]
        del self.by_owner[account_id][contact_id]

    @classmethod
    def seeded(cls, rng: random.Random, size: int, directory: Directory) -> ContactsStore:
        store = cls(rng=rng)
        for user in directory.users.values():
            store.add(user.account_id, EMAIL, user.email)
            # The admin and agent always have an SMS contact (and the admin a disabled voice one), so every
            # method and state is there to try; other users get SMS sometimes.
            if user.email in (ADMIN_EMAIL, AGENT_EMAIL) or rng.random() < 0.4:
                store.add(user.account_id, "sms", _phone_number(rng))
            if user.email == ADMIN_EMAIL:
                store.add(user.account_id, "voice", _phone_number(rng), enabled=False)
        return store

    def stats(self) -> dict[str, int]:
        return {
            "contacts": len(self.contacts),
            "enabled": sum(contact.enabled for contact in self.contacts.values()),
            "owners": len({contact.owner_account_id for contact in self.contacts.values()}),
        }


def _phone_number(rng: random.Random) -> str:
    country = rng.choice(("1", "44", "49", "90", "61"))
    return f"{country}-{rng.randint(200, 999)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
