from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_stakeholder import StakeholderCommsStakeholder
    from ..models.stakeholder_comms_stakeholder_group import (
        StakeholderCommsStakeholderGroup,
    )


T = TypeVar("T", bound="StakeholderCommsStakeholderGroupAndStakeholders")


@_attrs_define
class StakeholderCommsStakeholderGroupAndStakeholders:
    """A stakeholder group with its stakeholder members.

    Attributes:
        group (StakeholderCommsStakeholderGroup | Unset): A stakeholder group.
        stakeholders (list[StakeholderCommsStakeholder] | Unset): Stakeholder members of the group.
    """

    group: StakeholderCommsStakeholderGroup | Unset = UNSET
    stakeholders: list[StakeholderCommsStakeholder] | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if stakeholders is not UNSET:
            field_dict["stakeholders"] = stakeholders

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

        stakeholder_comms_stakeholder_group_and_stakeholders = cls(
            group=group,
            stakeholders=stakeholders,
        )

        stakeholder_comms_stakeholder_group_and_stakeholders.additional_properties = d
        return stakeholder_comms_stakeholder_group_and_stakeholders

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
