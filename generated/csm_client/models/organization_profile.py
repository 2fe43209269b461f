from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile_customer import ProfileCustomer
    from ..models.profile_detail_field import ProfileDetailField
    from ..models.profile_entitlement import ProfileEntitlement


T = TypeVar("T", bound="OrganizationProfile")


@_attrs_define
class OrganizationProfile:
    """An organization's profile, including its custom details, product entitlements and customers.

    Attributes:
        id (str): The ID of the organization.
        name (str): The name of the organization.
        details (list[ProfileDetailField] | Unset):
        entitlements (list[ProfileEntitlement] | Unset):
        customers (list[ProfileCustomer] | Unset):
    """

    id: str
    name: str
    details: list[ProfileDetailField] | Unset = UNSET
    entitlements: list[ProfileEntitlement] | Unset = UNSET
    customers: list[ProfileCustomer] | Unset = UNSET
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

        entitlements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entitlements, Unset):
            entitlements = []
            for entitlements_item_data in self.entitlements:
                entitlements_item = entitlements_item_data.to_dict()
                entitlements.append(entitlements_item)

        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

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
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if customers is not UNSET:
            field_dict["customers"] = customers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.profile_customer import ProfileCustomer
        from ..models.profile_detail_field import ProfileDetailField
        from ..models.profile_entitlement import ProfileEntitlement

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _details = d.pop("details", UNSET)
        details: list[ProfileDetailField] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ProfileDetailField.from_dict(details_item_data)

                details.append(details_item)

        _entitlements = d.pop("entitlements", UNSET)
        entitlements: list[ProfileEntitlement] | Unset = UNSET
        if _entitlements is not UNSET:
            entitlements = []
            for entitlements_item_data in _entitlements:
                entitlements_item = ProfileEntitlement.from_dict(entitlements_item_data)

                entitlements.append(entitlements_item)

        _customers = d.pop("customers", UNSET)
        customers: list[ProfileCustomer] | Unset = UNSET
        if _customers is not UNSET:
            customers = []
            for customers_item_data in _customers:
                customers_item = ProfileCustomer.from_dict(customers_item_data)

                customers.append(customers_item)

        organization_profile = cls(
            id=id,
            name=name,
            details=details,
            entitlements=entitlements,
            customers=customers,
        )

        organization_profile.additional_properties = d
        return organization_profile

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
