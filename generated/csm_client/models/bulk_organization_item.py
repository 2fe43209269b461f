from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_account_operation import BulkAccountOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkOrganizationItem")


@_attrs_define
class BulkOrganizationItem:
    """One organization in a bulk request; `id` identifies an existing organization.

    Attributes:
        operation (BulkAccountOperation): What to do with one organization or customer account in a bulk request.
        id (str | Unset): The ID of the organization (UPDATE, DELETE).
        name (str | Unset): The name of the organization (CREATE, or the new name on UPDATE).
    """

    operation: BulkAccountOperation
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation.value

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        operation = BulkAccountOperation(d.pop("operation"))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        bulk_organization_item = cls(
            operation=operation,
            id=id,
            name=name,
        )

        bulk_organization_item.additional_properties = d
        return bulk_organization_item

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
