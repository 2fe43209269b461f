from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_stakeholder import StakeholderCommsStakeholder
    from ..models.stakeholder_comms_stakeholder_group import (
        StakeholderCommsStakeholderGroup,
    )


T = TypeVar("T", bound="StakeholderCommsGroupCreateResponse")


@_attrs_define
class StakeholderCommsGroupCreateResponse:
    """Response containing a newly created stakeholder group with its initial members.

    Attributes:
        group (StakeholderCommsStakeholderGroup | Unset): A stakeholder group.
        stakeholders (list[StakeholderCommsStakeholder] | Unset): Initial members of the group.
        owner_name (None | str | Unset): Display name of the group owner.
        owner_avatar (None | str | Unset): Avatar URL of the group owner.
        error (None | str | Unset): Error message, if the operation failed; null or absent on success.
    """

    group: StakeholderCommsStakeholderGroup | Unset = UNSET
    stakeholders: list[StakeholderCommsStakeholder] | Unset = UNSET
    owner_name: None | str | Unset = UNSET
    owner_avatar: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        stakeholders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stakeholders, Unset):
            stakeholders = []
            for stakeholders_item_data in self.stakeholders:
                stakeholders_item = stakeholders_item_data.to_dict()
                stakeholders.append(stakeholders_item)

        owner_name: None | str | Unset
        if isinstance(self.owner_name, Unset):
            owner_name = UNSET
        else:
            owner_name = self.owner_name

        owner_avatar: None | str | Unset
        if isinstance(self.owner_avatar, Unset):
            owner_avatar = UNSET
        else:
            owner_avatar = self.owner_avatar

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if stakeholders is not UNSET:
            field_dict["stakeholders"] = stakeholders
        if owner_name is not UNSET:
            field_dict["ownerName"] = owner_name
        if owner_avatar is not UNSET:
            field_dict["ownerAvatar"] = owner_avatar
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_stakeholder import StakeholderCommsStakeholder
        from ..models.stakeholder_comms_stakeholder_group import (
            StakeholderCommsStakeholderGroup,
        )

        d = dict(src_dict)
        _group = d.pop("group", UNSET)
        group: StakeholderCommsStakeholderGroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = StakeholderCommsStakeholderGroup.from_dict(_group)

        _stakeholders = d.pop("stakeholders", UNSET)
        stakeholders: list[StakeholderCommsStakeholder] | Unset = UNSET
        if _stakeholders is not UNSET:
            stakeholders = []
            for stakeholders_item_data in _stakeholders:
                stakeholders_item = StakeholderCommsStakeholder.from_dict(
                    stakeholders_item_data
                )

                stakeholders.append(stakeholders_item)

        def _parse_owner_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_name = _parse_owner_name(d.pop("ownerName", UNSET))

        def _parse_owner_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_avatar = _parse_owner_avatar(d.pop("ownerAvatar", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        stakeholder_comms_group_create_response = cls(
            group=group,
            stakeholders=stakeholders,
            owner_name=owner_name,
            owner_avatar=owner_avatar,
            error=error,
        )

        stakeholder_comms_group_create_response.additional_properties = d
        return stakeholder_comms_group_create_response

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
