from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stakeholder_comms_stakeholder_group_status import (
    StakeholderCommsStakeholderGroupStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StakeholderCommsStakeholderGroupInput")


@_attrs_define
class StakeholderCommsStakeholderGroupInput:
    """Details of a stakeholder group.

    Attributes:
        owner_id (str): Account ID of the owner of the group.
        status (StakeholderCommsStakeholderGroupStatus): Status of a stakeholder group. Other values may be returned and
            are kept by the generated clients.
        name (str | Unset): Name of the stakeholder group.
        description (str | Unset): Description of the stakeholder group.
        logo_url (str | Unset): Logo URL of the group.
        inserted_at (str | Unset): Creation timestamp, as a string.
        updated_at (str | Unset): Update timestamp, as a string.
        services (list[str] | Unset): IDs of the services linked to the group.
    """

    owner_id: str
    status: StakeholderCommsStakeholderGroupStatus
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    inserted_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    services: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_id = self.owner_id

        status = self.status.value

        name = self.name

        description = self.description

        logo_url = self.logo_url

        inserted_at = self.inserted_at

        updated_at = self.updated_at

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ownerId": owner_id,
                "status": status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if inserted_at is not UNSET:
            field_dict["insertedAt"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        owner_id = d.pop("ownerId")

        status = StakeholderCommsStakeholderGroupStatus(d.pop("status"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        logo_url = d.pop("logoUrl", UNSET)

        inserted_at = d.pop("insertedAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        services = cast(list[str], d.pop("services", UNSET))

        stakeholder_comms_stakeholder_group_input = cls(
            owner_id=owner_id,
            status=status,
            name=name,
            description=description,
            logo_url=logo_url,
            inserted_at=inserted_at,
            updated_at=updated_at,
            services=services,
        )

        stakeholder_comms_stakeholder_group_input.additional_properties = d
        return stakeholder_comms_stakeholder_group_input

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
