from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitled_entity_type import EntitledEntityType

T = TypeVar("T", bound="EntitledEntity")


@_attrs_define
class EntitledEntity:
    """The customer or organization an entitlement belongs to.

    Attributes:
        id (str): The ID of the customer or organization.
        type_ (EntitledEntityType): The kind of entity (the seed shows CUSTOMER; ORGANIZATION is inferred from
            organization entitlements).
    """

    id: str
    type_: EntitledEntityType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = EntitledEntityType(d.pop("type"))

        entitled_entity = cls(
            id=id,
            type_=type_,
        )

        entitled_entity.additional_properties = d
        return entitled_entity

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
