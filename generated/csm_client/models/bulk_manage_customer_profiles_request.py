from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_customer_profile_item import BulkCustomerProfileItem


T = TypeVar("T", bound="BulkManageCustomerProfilesRequest")


@_attrs_define
class BulkManageCustomerProfilesRequest:
    """Up to 100 customer profiles to create, update or upsert.

    Attributes:
        profiles (list[BulkCustomerProfileItem]):
    """

    profiles: list[BulkCustomerProfileItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profiles = []
        for profiles_item_data in self.profiles:
            profiles_item = profiles_item_data.to_dict()
            profiles.append(profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profiles": profiles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_customer_profile_item import BulkCustomerProfileItem

        d = dict(src_dict)
        profiles = []
        _profiles = d.pop("profiles")
        for profiles_item_data in _profiles:
            profiles_item = BulkCustomerProfileItem.from_dict(profiles_item_data)

            profiles.append(profiles_item)

        bulk_manage_customer_profiles_request = cls(
            profiles=profiles,
        )

        bulk_manage_customer_profiles_request.additional_properties = d
        return bulk_manage_customer_profiles_request

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
