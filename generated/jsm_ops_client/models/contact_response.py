from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_method import ContactMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_status import ContactStatus


T = TypeVar("T", bound="ContactResponse")


@_attrs_define
class ContactResponse:
    """Details of a contact.

    Attributes:
        id (str | Unset): ID of the contact.
        method (ContactMethod | Unset): Contact method. The reference shows `email` and `sms`; `mobile` (the mobile app,
            documented in responses) is set up by the app, not created through this API; `voice` is taken from the Opsgenie
            contact API this API descends from.
        to (str | Unset): Address of the contact: an email address or a phone number.
        status (ContactStatus | Unset): Status of a contact.
    """

    id: str | Unset = UNSET
    method: ContactMethod | Unset = UNSET
    to: str | Unset = UNSET
    status: ContactStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        to = self.to

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if method is not UNSET:
            field_dict["method"] = method
        if to is not UNSET:
            field_dict["to"] = to
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_status import ContactStatus

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _method = d.pop("method", UNSET)
        method: ContactMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = ContactMethod(_method)

        to = d.pop("to", UNSET)

        _status = d.pop("status", UNSET)
        status: ContactStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContactStatus.from_dict(_status)

        contact_response = cls(
            id=id,
            method=method,
            to=to,
            status=status,
        )

        contact_response.additional_properties = d
        return contact_response

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
