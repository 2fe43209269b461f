from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_stakeholder_input import (
        StakeholderCommsStakeholderInput,
    )


T = TypeVar("T", bound="StakeholderCommsCreateStakeholderInput")


@_attrs_define
class StakeholderCommsCreateStakeholderInput:
    """A stakeholder to create, optionally joining a group.

    Attributes:
        stakeholder (StakeholderCommsStakeholderInput): Details of a stakeholder to create. Atlassian's validator
            requires `skipConfirmation`, `assignmentType`, `externalAssignmentId`, `addedFrom` and `preference`; send null
            for `assignmentType` and `externalAssignmentId` to add the stakeholder without an assignment.
        joining_group_id (str | Unset): ID of a stakeholder group the new stakeholder joins.
    """

    stakeholder: StakeholderCommsStakeholderInput
    joining_group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stakeholder = self.stakeholder.to_dict()

        joining_group_id = self.joining_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stakeholder": stakeholder,
            }
        )
        if joining_group_id is not UNSET:
            field_dict["joiningGroupId"] = joining_group_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_stakeholder_input import (
            StakeholderCommsStakeholderInput,
        )

        d = dict(src_dict)
        stakeholder = StakeholderCommsStakeholderInput.from_dict(d.pop("stakeholder"))

        joining_group_id = d.pop("joiningGroupId", UNSET)

        stakeholder_comms_create_stakeholder_input = cls(
            stakeholder=stakeholder,
            joining_group_id=joining_group_id,
        )

        stakeholder_comms_create_stakeholder_input.additional_properties = d
        return stakeholder_comms_create_stakeholder_input

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
