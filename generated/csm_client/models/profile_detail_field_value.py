from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.detail_field_type_name import DetailFieldTypeName
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileDetailFieldValue")


@_attrs_define
class ProfileDetailFieldValue:
    """The typed value of a detail field in a profile.

    Attributes:
        type_ (DetailFieldTypeName | Unset): The type of a detail field. The seed shows SELECT and documents
            MULTISELECT; other types (for example text, number or date fields) are returned as received.
        text (list[str] | Unset): The values of the field, as text.
    """

    type_: DetailFieldTypeName | Unset = UNSET
    text: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        text: list[str] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: DetailFieldTypeName | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DetailFieldTypeName(_type_)

        text = cast(list[str], d.pop("text", UNSET))

        profile_detail_field_value = cls(
            type_=type_,
            text=text,
        )

        profile_detail_field_value.additional_properties = d
        return profile_detail_field_value

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
