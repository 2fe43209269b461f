from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associate_customers import AssociateCustomers
    from ..models.associate_products import AssociateProducts
    from ..models.profile_detail_field_value_request import (
        ProfileDetailFieldValueRequest,
    )


T = TypeVar("T", bound="CreateOrganizationProfileRequest")


@_attrs_define
class CreateOrganizationProfileRequest:
    """The organization profile to create.

    Attributes:
        name (str): The name of the organization.
        details (list[ProfileDetailFieldValueRequest] | Unset): The organization's detail field values.
        associate_customers (AssociateCustomers | Unset): Customers to add to the organization.
        associate_products (AssociateProducts | Unset): Products to entitle the organization or customer to.
    """

    name: str
    details: list[ProfileDetailFieldValueRequest] | Unset = UNSET
    associate_customers: AssociateCustomers | Unset = UNSET
    associate_products: AssociateProducts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        associate_customers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.associate_customers, Unset):
            associate_customers = self.associate_customers.to_dict()

        associate_products: dict[str, Any] | Unset = UNSET
        if not isinstance(self.associate_products, Unset):
            associate_products = self.associate_products.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if associate_customers is not UNSET:
            field_dict["associateCustomers"] = associate_customers
        if associate_products is not UNSET:
            field_dict["associateProducts"] = associate_products

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.associate_customers import AssociateCustomers
        from ..models.associate_products import AssociateProducts
        from ..models.profile_detail_field_value_request import (
            ProfileDetailFieldValueRequest,
        )

        d = dict(src_dict)
        name = d.pop("name")

        _details = d.pop("details", UNSET)
        details: list[ProfileDetailFieldValueRequest] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ProfileDetailFieldValueRequest.from_dict(
                    details_item_data
                )

                details.append(details_item)

        _associate_customers = d.pop("associateCustomers", UNSET)
        associate_customers: AssociateCustomers | Unset
        if isinstance(_associate_customers, Unset):
            associate_customers = UNSET
        else:
            associate_customers = AssociateCustomers.from_dict(_associate_customers)

        _associate_products = d.pop("associateProducts", UNSET)
        associate_products: AssociateProducts | Unset
        if isinstance(_associate_products, Unset):
            associate_products = UNSET
        else:
            associate_products = AssociateProducts.from_dict(_associate_products)

        create_organization_profile_request = cls(
            name=name,
            details=details,
            associate_customers=associate_customers,
            associate_products=associate_products,
        )

        create_organization_profile_request.additional_properties = d
        return create_organization_profile_request

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
