from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_customer_item import BulkCustomerItem


T = TypeVar("T", bound="BulkManageCustomerAccountsRequest")


@_attrs_define
class BulkManageCustomerAccountsRequest:
    """Up to 50 customer accounts to create, update or delete.

    Attributes:
        customers (list[BulkCustomerItem]):
    """

    customers: list[BulkCustomerItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customers = []
        for customers_item_data in self.customers:
            customers_item = customers_item_data.to_dict()
            customers.append(customers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customers": customers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_customer_item import BulkCustomerItem

        d = dict(src_dict)
        customers = []
        _customers = d.pop("customers")
        for customers_item_data in _customers:
            customers_item = BulkCustomerItem.from_dict(customers_item_data)

            customers.append(customers_item)

        bulk_manage_customer_accounts_request = cls(
            customers=customers,
        )

        bulk_manage_customer_accounts_request.additional_properties = d
        return bulk_manage_customer_accounts_request

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
