from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detail_field_value import DetailFieldValue


T = TypeVar("T", bound="OrganizationWithDetails")


@_attrs_define
class OrganizationWithDetails:
    """An organization, including its details.

    Attributes:
        id (str): The ID of the organization.
        name (str): The name of the organization.
        details (list[DetailFieldValue] | Unset): The organization's detail fields and their values.
    """

    id: str
    name: str
    details: list[DetailFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.detail_field_value import DetailFieldValue

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _details = d.pop("details", UNSET)
        details: list[DetailFieldValue] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = DetailFieldValue.from_dict(details_item_data)

                details.append(details_item)

        organization_with_details = cls(
            id=id,
            name=name,
            details=details,
        )

        organization_with_details.additional_properties = d
        return organization_with_details

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
