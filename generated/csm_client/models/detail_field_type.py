from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.detail_field_type_name import DetailFieldTypeName
from ..types import UNSET, Unset

T = TypeVar("T", bound="DetailFieldType")


@_attrs_define
class DetailFieldType:
    """The type of a detail field and, for SELECT and MULTISELECT fields, its options.

    Attributes:
        name (DetailFieldTypeName): The type of a detail field. The seed shows SELECT and documents MULTISELECT; other
            types (for example text, number or date fields) are returned as received.
        options (list[str] | Unset): The available options of a SELECT or MULTISELECT field.
    """

    name: DetailFieldTypeName
    options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = DetailFieldTypeName(d.pop("name"))

        options = cast(list[str], d.pop("options", UNSET))

        detail_field_type = cls(
            name=name,
            options=options,
        )

        detail_field_type.additional_properties = d
        return detail_field_type

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
