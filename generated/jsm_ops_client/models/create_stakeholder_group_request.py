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
    from ..models.stakeholder_comms_stakeholder_group_input import (
        StakeholderCommsStakeholderGroupInput,
    )


T = TypeVar("T", bound="CreateStakeholderGroupRequest")


@_attrs_define
class CreateStakeholderGroupRequest:
    """Request body of Create stakeholder group.

    Attributes:
        stakeholder_group_input (StakeholderCommsStakeholderGroupInput): Details of a stakeholder group.
        stakeholders (list[StakeholderCommsCreateStakeholderInput] | Unset): Initial members of the group.
    """

    stakeholder_group_input: StakeholderCommsStakeholderGroupInput
    stakeholders: list[StakeholderCommsCreateStakeholderInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stakeholder_group_input = self.stakeholder_group_input.to_dict()

        stakeholders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stakeholders, Unset):
            stakeholders = []
            for stakeholders_item_data in self.stakeholders:
                stakeholders_item = stakeholders_item_data.to_dict()
                stakeholders.append(stakeholders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stakeholderGroupInput": stakeholder_group_input,
            }
        )
        if stakeholders is not UNSET:
            field_dict["stakeholders"] = stakeholders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_create_stakeholder_input import (
            StakeholderCommsCreateStakeholderInput,
        )
        from ..models.stakeholder_comms_stakeholder_group_input import (
            StakeholderCommsStakeholderGroupInput,
        )

        d = dict(src_dict)
        stakeholder_group_input = StakeholderCommsStakeholderGroupInput.from_dict(
            d.pop("stakeholderGroupInput")
        )

        _stakeholders = d.pop("stakeholders", UNSET)
        stakeholders: list[StakeholderCommsCreateStakeholderInput] | Unset = UNSET
        if _stakeholders is not UNSET:
            stakeholders = []
            for stakeholders_item_data in _stakeholders:
                stakeholders_item = StakeholderCommsCreateStakeholderInput.from_dict(
                    stakeholders_item_data
                )

                stakeholders.append(stakeholders_item)

        create_stakeholder_group_request = cls(
            stakeholder_group_input=stakeholder_group_input,
            stakeholders=stakeholders,
        )

        create_stakeholder_group_request.additional_properties = d
        return create_stakeholder_group_request

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
