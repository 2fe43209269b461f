from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization import Organization
    from ..models.profile_detail_field import ProfileDetailField
    from ..models.profile_entitlement import ProfileEntitlement


T = TypeVar("T", bound="CustomerProfile")


@_attrs_define
class CustomerProfile:
    """A customer's profile, including their custom details, organizations and entitlements.

    Attributes:
        id (str): The ID of the customer.
        display_name (str | Unset): The display name of the customer.
        email (None | str | Unset): The email address of the customer (restricted).
        details (list[ProfileDetailField] | Unset):
        organizations (list[Organization] | Unset): The organizations the customer is in.
        entitlements (list[ProfileEntitlement] | Unset):
    """

    id: str
    display_name: str | Unset = UNSET
    email: None | str | Unset = UNSET
    details: list[ProfileDetailField] | Unset = UNSET
    organizations: list[Organization] | Unset = UNSET
    entitlements: list[ProfileEntitlement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        entitlements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entitlements, Unset):
            entitlements = []
            for entitlements_item_data in self.entitlements:
                entitlements_item = entitlements_item_data.to_dict()
                entitlements.append(entitlements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if details is not UNSET:
            field_dict["details"] = details
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization import Organization
        from ..models.profile_detail_field import ProfileDetailField
        from ..models.profile_entitlement import ProfileEntitlement

        d = dict(src_dict)
        id = d.pop("id")

        display_name = d.pop("displayName", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        _details = d.pop("details", UNSET)
        details: list[ProfileDetailField] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ProfileDetailField.from_dict(details_item_data)

                details.append(details_item)

        _organizations = d.pop("organizations", UNSET)
        organizations: list[Organization] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = []
            for organizations_item_data in _organizations:
                organizations_item = Organization.from_dict(organizations_item_data)

                organizations.append(organizations_item)

        _entitlements = d.pop("entitlements", UNSET)
        entitlements: list[ProfileEntitlement] | Unset = UNSET
        if _entitlements is not UNSET:
            entitlements = []
            for entitlements_item_data in _entitlements:
                entitlements_item = ProfileEntitlement.from_dict(entitlements_item_data)

                entitlements.append(entitlements_item)

        customer_profile = cls(
            id=id,
            display_name=display_name,
            email=email,
            details=details,
            organizations=organizations,
            entitlements=entitlements,
        )

        customer_profile.additional_properties = d
        return customer_profile

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
