from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_customer_detail_item import BulkCustomerDetailItem


T = TypeVar("T", bound="BulkManageCustomerDetailsRequest")


@_attrs_define
class BulkManageCustomerDetailsRequest:
    """Detail field value changes across multiple customers and detail fields.

    Attributes:
        operations (list[BulkCustomerDetailItem]):
    """

    operations: list[BulkCustomerDetailItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operations = []
        for operations_item_data in self.operations:
            operations_item = operations_item_data.to_dict()
            operations.append(operations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operations": operations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_customer_detail_item import BulkCustomerDetailItem

        d = dict(src_dict)
        operations = []
        _operations = d.pop("operations")
        for operations_item_data in _operations:
            operations_item = BulkCustomerDetailItem.from_dict(operations_item_data)

            operations.append(operations_item)

        bulk_manage_customer_details_request = cls(
            operations=operations,
        )

        bulk_manage_customer_details_request.additional_properties = d
        return bulk_manage_customer_details_request

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
