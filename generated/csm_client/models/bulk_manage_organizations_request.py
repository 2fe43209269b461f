from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_organization_item import BulkOrganizationItem


T = TypeVar("T", bound="BulkManageOrganizationsRequest")


@_attrs_define
class BulkManageOrganizationsRequest:
    """Up to 50 organizations to create, update or delete.

    Attributes:
        organizations (list[BulkOrganizationItem]):
    """

    organizations: list[BulkOrganizationItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizations": organizations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_organization_item import BulkOrganizationItem

        d = dict(src_dict)
        organizations = []
        _organizations = d.pop("organizations")
        for organizations_item_data in _organizations:
            organizations_item = BulkOrganizationItem.from_dict(organizations_item_data)

            organizations.append(organizations_item)

        bulk_manage_organizations_request = cls(
            organizations=organizations,
        )

        bulk_manage_organizations_request.additional_properties = d
        return bulk_manage_organizations_request

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
