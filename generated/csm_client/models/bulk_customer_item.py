from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_account_operation import BulkAccountOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkCustomerItem")


@_attrs_define
class BulkCustomerItem:
    """One customer account in a bulk request; `customerId` identifies an existing customer.

    Attributes:
        operation (BulkAccountOperation): What to do with one organization or customer account in a bulk request.
        customer_id (str | Unset): The ID of the customer (UPDATE, DELETE).
        email (str | Unset): The email address of the customer (CREATE).
        display_name (str | Unset): The display name of the customer.
    """

    operation: BulkAccountOperation
    customer_id: str | Unset = UNSET
    email: str | Unset = UNSET
    display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation.value

        customer_id = self.customer_id

        email = self.email

        display_name = self.display_name

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        operation = BulkAccountOperation(d.pop("operation"))

        customer_id = d.pop("customerId", UNSET)

        email = d.pop("email", UNSET)

        display_name = d.pop("displayName", UNSET)

        bulk_customer_item = cls(
            operation=operation,
            customer_id=customer_id,
            email=email,
            display_name=display_name,
        )

        bulk_customer_item.additional_properties = d
        return bulk_customer_item

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
