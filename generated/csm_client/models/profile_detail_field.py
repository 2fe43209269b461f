from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile_detail_field_value import ProfileDetailFieldValue


T = TypeVar("T", bound="ProfileDetailField")


@_attrs_define
class ProfileDetailField:
    """A detail field and its value, in a profile.

    Attributes:
        name (str): The name of the detail field.
        value (ProfileDetailFieldValue | Unset): The typed value of a detail field in a profile.
    """

    name: str
    value: ProfileDetailFieldValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.profile_detail_field_value import ProfileDetailFieldValue

        d = dict(src_dict)
        name = d.pop("name")

        _value = d.pop("value", UNSET)
        value: ProfileDetailFieldValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = ProfileDetailFieldValue.from_dict(_value)

        profile_detail_field = cls(
            name=name,
            value=value,
        )

        profile_detail_field.additional_properties = d
        return profile_detail_field

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
