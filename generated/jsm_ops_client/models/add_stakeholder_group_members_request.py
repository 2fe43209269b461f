from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_create_stakeholder_input import (
        StakeholderCommsCreateStakeholderInput,
    )


T = TypeVar("T", bound="AddStakeholderGroupMembersRequest")


@_attrs_define
class AddStakeholderGroupMembersRequest:
    """Request body of Add members to stakeholder group.

    Attributes:
        stakeholders (list[StakeholderCommsCreateStakeholderInput] | Unset): Stakeholders to add to the group.
    """

    stakeholders: list[StakeholderCommsCreateStakeholderInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stakeholders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stakeholders, Unset):
            stakeholders = []
            for stakeholders_item_data in self.stakeholders:
                stakeholders_item = stakeholders_item_data.to_dict()
                stakeholders.append(stakeholders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stakeholders is not UNSET:
            field_dict["stakeholders"] = stakeholders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_create_stakeholder_input import (
            StakeholderCommsCreateStakeholderInput,
        )

        d = dict(src_dict)
        _stakeholders = d.pop("stakeholders", UNSET)
        stakeholders: list[StakeholderCommsCreateStakeholderInput] | Unset = UNSET
        if _stakeholders is not UNSET:
            stakeholders = []
            for stakeholders_item_data in _stakeholders:
                stakeholders_item = StakeholderCommsCreateStakeholderInput.from_dict(
                    stakeholders_item_data
                )

                stakeholders.append(stakeholders_item)

        add_stakeholder_group_members_request = cls(
            stakeholders=stakeholders,
        )

        add_stakeholder_group_members_request.additional_properties = d
        return add_stakeholder_group_members_request

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
