from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detail_field_configuration import DetailFieldConfiguration
    from ..models.detail_field_type import DetailFieldType


T = TypeVar("T", bound="DetailFieldValue")


@_attrs_define
class DetailFieldValue:
    """A detail field with the values held for one organization, customer or entitlement.

    Attributes:
        name (str): The name of the detail field.
        id (str | Unset): The ID of the detail field.
        type_ (DetailFieldType | Unset): The type of a detail field and, for SELECT and MULTISELECT fields, its options.
        values (list[str] | Unset): The values of the field.
        configuration (DetailFieldConfiguration | Unset): The configuration of a detail field.
    """

    name: str
    id: str | Unset = UNSET
    type_: DetailFieldType | Unset = UNSET
    values: list[str] | Unset = UNSET
    configuration: DetailFieldConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if values is not UNSET:
            field_dict["values"] = values
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.detail_field_configuration import DetailFieldConfiguration
        from ..models.detail_field_type import DetailFieldType

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DetailFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DetailFieldType.from_dict(_type_)

        values = cast(list[str], d.pop("values", UNSET))

        _configuration = d.pop("configuration", UNSET)
        configuration: DetailFieldConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = DetailFieldConfiguration.from_dict(_configuration)

        detail_field_value = cls(
            name=name,
            id=id,
            type_=type_,
            values=values,
            configuration=configuration,
        )

        detail_field_value.additional_properties = d
        return detail_field_value

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
