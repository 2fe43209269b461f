from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stakeholder_comms_stakeholder_group_status import (
    StakeholderCommsStakeholderGroupStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StakeholderCommsStakeholderGroup")


@_attrs_define
class StakeholderCommsStakeholderGroup:
    """A stakeholder group.

    Attributes:
        id (str | Unset): ID of the stakeholder group.
        name (str | Unset): Name of the stakeholder group.
        description (None | str | Unset): Description of the stakeholder group.
        owner_id (None | str | Unset): Account ID of the owner of the group.
        logo_url (None | str | Unset): Logo URL of the group.
        status (StakeholderCommsStakeholderGroupStatus | Unset): Status of a stakeholder group. Other values may be
            returned and are kept by the generated clients.
        inserted_at (None | str | Unset): When the group was created. Timestamp as a string; the format is not
            guaranteed to be ISO 8601.
        updated_at (None | str | Unset): When the group was last updated. Timestamp as a string; the format is not
            guaranteed to be ISO 8601.
        services (list[str] | None | Unset): IDs of the services linked to the group.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    owner_id: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    status: StakeholderCommsStakeholderGroupStatus | Unset = UNSET
    inserted_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    services: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        inserted_at: None | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = self.inserted_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        services: list[str] | None | Unset
        if isinstance(self.services, Unset):
            services = UNSET
        elif isinstance(self.services, list):
            services = self.services

        else:
            services = self.services

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_id = _parse_owner_id(d.pop("ownerId", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logoUrl", UNSET))

        _status = d.pop("status", UNSET)
        status: StakeholderCommsStakeholderGroupStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StakeholderCommsStakeholderGroupStatus(_status)

        def _parse_inserted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inserted_at = _parse_inserted_at(d.pop("insertedAt", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        def _parse_services(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                services_type_0 = cast(list[str], data)

                return services_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        services = _parse_services(d.pop("services", UNSET))

        stakeholder_comms_stakeholder_group = cls(
            id=id,
            name=name,
            description=description,
            owner_id=owner_id,
            logo_url=logo_url,
            status=status,
            inserted_at=inserted_at,
            updated_at=updated_at,
            services=services,
        )

        stakeholder_comms_stakeholder_group.additional_properties = d
        return stakeholder_comms_stakeholder_group

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
