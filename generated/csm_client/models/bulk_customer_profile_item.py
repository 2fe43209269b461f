from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_profile_operation import BulkProfileOperation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associate_organizations import AssociateOrganizations
    from ..models.associate_products import AssociateProducts
    from ..models.profile_detail_field_value_request import (
        ProfileDetailFieldValueRequest,
    )


T = TypeVar("T", bound="BulkCustomerProfileItem")


@_attrs_define
class BulkCustomerProfileItem:
    """One customer profile in a bulk request. Identify the customer by `email` or `customerId`; `email` is needed to
    create a new customer.

        Attributes:
            operation (BulkProfileOperation): What to do with one profile in a bulk request.
            customer_id (str | Unset): The ID of the customer.
            email (str | Unset): The email address of the customer.
            display_name (str | Unset): The display name of the customer.
            details (list[ProfileDetailFieldValueRequest] | Unset):
            associate_organizations (AssociateOrganizations | Unset): Organizations to add the customer to.
            associate_products (AssociateProducts | Unset): Products to entitle the organization or customer to.
    """

    operation: BulkProfileOperation
    customer_id: str | Unset = UNSET
    email: str | Unset = UNSET
    display_name: str | Unset = UNSET
    details: list[ProfileDetailFieldValueRequest] | Unset = UNSET
    associate_organizations: AssociateOrganizations | Unset = UNSET
    associate_products: AssociateProducts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation.value

        customer_id = self.customer_id

        email = self.email

        display_name = self.display_name

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        associate_organizations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.associate_organizations, Unset):
            associate_organizations = self.associate_organizations.to_dict()

        associate_products: dict[str, Any] | Unset = UNSET
        if not isinstance(self.associate_products, Unset):
            associate_products = self.associate_products.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if email is not UNSET:
            field_dict["email"] = email
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if details is not UNSET:
            field_dict["details"] = details
        if associate_organizations is not UNSET:
            field_dict["associateOrganizations"] = associate_organizations
        if associate_products is not UNSET:
            field_dict["associateProducts"] = associate_products

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.associate_organizations import AssociateOrganizations
        from ..models.associate_products import AssociateProducts
        from ..models.profile_detail_field_value_request import (
            ProfileDetailFieldValueRequest,
        )

        d = dict(src_dict)
        operation = BulkProfileOperation(d.pop("operation"))

        customer_id = d.pop("customerId", UNSET)

        email = d.pop("email", UNSET)

        display_name = d.pop("displayName", UNSET)

        _details = d.pop("details", UNSET)
        details: list[ProfileDetailFieldValueRequest] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ProfileDetailFieldValueRequest.from_dict(
                    details_item_data
                )

                details.append(details_item)

        _associate_organizations = d.pop("associateOrganizations", UNSET)
        associate_organizations: AssociateOrganizations | Unset
        if isinstance(_associate_organizations, Unset):
            associate_organizations = UNSET
        else:
            associate_organizations = AssociateOrganizations.from_dict(
                _associate_organizations
            )

        _associate_products = d.pop("associateProducts", UNSET)
        associate_products: AssociateProducts | Unset
        if isinstance(_associate_products, Unset):
            associate_products = UNSET
        else:
            associate_products = AssociateProducts.from_dict(_associate_products)

        bulk_customer_profile_item = cls(
            operation=operation,
            customer_id=customer_id,
            email=email,
            display_name=display_name,
            details=details,
            associate_organizations=associate_organizations,
            associate_products=associate_products,
        )

        bulk_customer_profile_item.additional_properties = d
        return bulk_customer_profile_item

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
