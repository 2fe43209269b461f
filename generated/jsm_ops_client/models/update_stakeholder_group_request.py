from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stakeholder_comms_stakeholder_group_status import (
    StakeholderCommsStakeholderGroupStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_create_stakeholder_input import (
        StakeholderCommsCreateStakeholderInput,
    )


T = TypeVar("T", bound="UpdateStakeholderGroupRequest")


@_attrs_define
class UpdateStakeholderGroupRequest:
    """Request body of Update stakeholder group.

    Attributes:
        name (str | Unset): Name of the stakeholder group.
        description (str | Unset): Description of the stakeholder group.
        owner_id (str | Unset): Account ID of the owner of the group.
        logo_url (str | Unset): Logo URL of the group.
        status (StakeholderCommsStakeholderGroupStatus | Unset): Status of a stakeholder group. Other values may be
            returned and are kept by the generated clients.
        inserted_at (str | Unset): Creation timestamp, as a string.
        updated_at (str | Unset): Update timestamp, as a string.
        services (list[str] | Unset): IDs of the services linked to the group.
        stakeholders (list[StakeholderCommsCreateStakeholderInput] | Unset): Stakeholders of the group.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    status: StakeholderCommsStakeholderGroupStatus | Unset = UNSET
    inserted_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    services: list[str] | Unset = UNSET
    stakeholders: list[StakeholderCommsCreateStakeholderInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        owner_id = self.owner_id

        logo_url = self.logo_url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        inserted_at = self.inserted_at

        updated_at = self.updated_at

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        stakeholders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stakeholders, Unset):
            stakeholders = []
            for stakeholders_item_data in self.stakeholders:
                stakeholders_item = stakeholders_item_data.to_dict()
                stakeholders.append(stakeholders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if status is not UNSET:
            field_dict["status"] = status
        if inserted_at is not UNSET:
            field_dict["insertedAt"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if services is not UNSET:
            field_dict["services"] = services
        if stakeholders is not UNSET:
            field_dict["stakeholders"] = stakeholders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_create_stakeholder_input import (
            StakeholderCommsCreateStakeholderInput,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        logo_url = d.pop("logoUrl", UNSET)

        _status = d.pop("status", UNSET)
        status: StakeholderCommsStakeholderGroupStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StakeholderCommsStakeholderGroupStatus(_status)

        inserted_at = d.pop("insertedAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        services = cast(list[str], d.pop("services", UNSET))

        _stakeholders = d.pop("stakeholders", UNSET)
        stakeholders: list[StakeholderCommsCreateStakeholderInput] | Unset = UNSET
        if _stakeholders is not UNSET:
            stakeholders = []
            for stakeholders_item_data in _stakeholders:
                stakeholders_item = StakeholderCommsCreateStakeholderInput.from_dict(
                    stakeholders_item_data
                )

                stakeholders.append(stakeholders_item)

        update_stakeholder_group_request = cls(
            name=name,
            description=description,
            owner_id=owner_id,
            logo_url=logo_url,
            status=status,
            inserted_at=inserted_at,
            updated_at=updated_at,
            services=services,
            stakeholders=stakeholders,
        )

        update_stakeholder_group_request.additional_properties = d
        return update_stakeholder_group_request

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
