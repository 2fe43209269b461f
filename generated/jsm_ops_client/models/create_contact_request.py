from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_method import ContactMethod

T = TypeVar("T", bound="CreateContactRequest")


@_attrs_define
class CreateContactRequest:
    """Request body of Create contact.

    Attributes:
        method (ContactMethod): Contact method. The reference shows `email` and `sms`; `mobile` (the mobile app,
            documented in responses) is set up by the app, not created through this API; `voice` is taken from the Opsgenie
            contact API this API descends from.
        to (str): Address of the contact: an email address, or a phone number for `sms`.
    """

    method: ContactMethod
    to: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = ContactMethod(d.pop("method"))

        to = d.pop("to")

        create_contact_request = cls(
            method=method,
            to=to,
        )

        create_contact_request.additional_properties = d
        return create_contact_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
