from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_detail_operation import BulkDetailOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkOrganizationDetailItem")


@_attrs_define
class BulkOrganizationDetailItem:
    """One detail field value change for one organization.

    Attributes:
        organization_id (str): The ID of the organization.
        name (str): The name of the detail field.
        operation (BulkDetailOperation): What to do with one detail field value: UPDATE replaces the values, PATCH adds
            to them, DELETE removes them.
        values (list[str] | Unset): The values (not needed for DELETE).
    """

    organization_id: str
    name: str
    operation: BulkDetailOperation
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        name = self.name

        operation = self.operation.value

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizationId": organization_id,
                "name": name,
                "operation": operation,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organization_id = d.pop("organizationId")

        name = d.pop("name")

        operation = BulkDetailOperation(d.pop("operation"))

        values = cast(list[str], d.pop("values", UNSET))

        bulk_organization_detail_item = cls(
            organization_id=organization_id,
            name=name,
            operation=operation,
            values=values,
        )

        bulk_organization_detail_item.additional_properties = d
        return bulk_organization_detail_item

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
