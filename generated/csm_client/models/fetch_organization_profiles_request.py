from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchOrganizationProfilesRequest")


@_attrs_define
class FetchOrganizationProfilesRequest:
    """The organization profiles to fetch, by ID or name (at most 25). The seed lists a third, unnamed array-of-strings
    field that is not modelled here.

        Attributes:
            organization_ids (list[str] | Unset): The IDs of the organizations.
            organization_names (list[str] | Unset): The names of the organizations.
    """

    organization_ids: list[str] | Unset = UNSET
    organization_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_ids: list[str] | Unset = UNSET
        if not isinstance(self.organization_ids, Unset):
            organization_ids = self.organization_ids

        organization_names: list[str] | Unset = UNSET
        if not isinstance(self.organization_names, Unset):
            organization_names = self.organization_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_ids is not UNSET:
            field_dict["organizationIds"] = organization_ids
        if organization_names is not UNSET:
            field_dict["organizationNames"] = organization_names

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organization_ids = cast(list[str], d.pop("organizationIds", UNSET))

        organization_names = cast(list[str], d.pop("organizationNames", UNSET))

        fetch_organization_profiles_request = cls(
            organization_ids=organization_ids,
            organization_names=organization_names,
        )

        fetch_organization_profiles_request.additional_properties = d
        return fetch_organization_profiles_request

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
