from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_membership import StakeholderCommsMembership
    from ..models.stakeholder_comms_stakeholder_group import (
        StakeholderCommsStakeholderGroup,
    )


T = TypeVar("T", bound="StakeholderCommsStakeholderGroupsAndMemberships")


@_attrs_define
class StakeholderCommsStakeholderGroupsAndMemberships:
    """Response containing a stakeholder group with its members.

    Attributes:
        group (StakeholderCommsStakeholderGroup | Unset): A stakeholder group.
        memberships (list[StakeholderCommsMembership] | Unset): Members of the group.
        error (None | str | Unset): Error message, if the operation failed; null or absent on success.
    """

    group: StakeholderCommsStakeholderGroup | Unset = UNSET
    memberships: list[StakeholderCommsMembership] | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

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
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_membership import StakeholderCommsMembership
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

        _memberships = d.pop("memberships", UNSET)
        memberships: list[StakeholderCommsMembership] | Unset = UNSET
        if _memberships is not UNSET:
            memberships = []
            for memberships_item_data in _memberships:
                memberships_item = StakeholderCommsMembership.from_dict(
                    memberships_item_data
                )

                memberships.append(memberships_item)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        stakeholder_comms_stakeholder_groups_and_memberships = cls(
            group=group,
            memberships=memberships,
            error=error,
        )

        stakeholder_comms_stakeholder_groups_and_memberships.additional_properties = d
        return stakeholder_comms_stakeholder_groups_and_memberships

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
