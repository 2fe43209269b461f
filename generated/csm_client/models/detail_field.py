from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detail_field_configuration import DetailFieldConfiguration
    from ..models.detail_field_type import DetailFieldType


T = TypeVar("T", bound="DetailField")


@_attrs_define
class DetailField:
    """A detail field definition.

    Attributes:
        name (str): The name of the detail field.
        type_ (DetailFieldType): The type of a detail field and, for SELECT and MULTISELECT fields, its options.
        configuration (DetailFieldConfiguration | Unset): The configuration of a detail field.
    """

    name: str
    type_: DetailFieldType
    configuration: DetailFieldConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.detail_field_configuration import DetailFieldConfiguration
        from ..models.detail_field_type import DetailFieldType

        d = dict(src_dict)
        name = d.pop("name")

        type_ = DetailFieldType.from_dict(d.pop("type"))

        _configuration = d.pop("configuration", UNSET)
        configuration: DetailFieldConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = DetailFieldConfiguration.from_dict(_configuration)

        detail_field = cls(
            name=name,
            type_=type_,
            configuration=configuration,
        )

        detail_field.additional_properties = d
        return detail_field

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
