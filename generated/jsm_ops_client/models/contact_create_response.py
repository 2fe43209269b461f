from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_id_data import ContactIdData


T = TypeVar("T", bound="ContactCreateResponse")


@_attrs_define
class ContactCreateResponse:
    """Result of creating a contact.

    Attributes:
        message (str | Unset): Result message, for example `Created`.
        data (ContactIdData | Unset): Identifies the contact an operation acted on.
    """

    message: str | Unset = UNSET
    data: ContactIdData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_id_data import ContactIdData

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: ContactIdData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ContactIdData.from_dict(_data)

        contact_create_response = cls(
            message=message,
            data=data,
        )

        contact_create_response.additional_properties = d
        return contact_create_response

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
