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


T = TypeVar("T", bound="BulkCreateStakeholdersRequest")


@_attrs_define
class BulkCreateStakeholdersRequest:
    """Request body of Bulk create stakeholders.

    Attributes:
        stakeholders (list[StakeholderCommsStakeholderInput] | Unset): Stakeholders to create. The reference types the
            items as `undefined`; the example shows stakeholder input objects.
        joining_group_id (str | Unset): ID of a stakeholder group all new stakeholders join.
    """

    stakeholders: list[StakeholderCommsStakeholderInput] | Unset = UNSET
    joining_group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stakeholders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stakeholders, Unset):
            stakeholders = []
            for stakeholders_item_data in self.stakeholders:
                stakeholders_item = stakeholders_item_data.to_dict()
                stakeholders.append(stakeholders_item)

        joining_group_id = self.joining_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stakeholders is not UNSET:
            field_dict["stakeholders"] = stakeholders
        if joining_group_id is not UNSET:
            field_dict["joiningGroupId"] = joining_group_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_stakeholder_input import (
            StakeholderCommsStakeholderInput,
        )

        d = dict(src_dict)
        _stakeholders = d.pop("stakeholders", UNSET)
        stakeholders: list[StakeholderCommsStakeholderInput] | Unset = UNSET
        if _stakeholders is not UNSET:
            stakeholders = []
            for stakeholders_item_data in _stakeholders:
                stakeholders_item = StakeholderCommsStakeholderInput.from_dict(
                    stakeholders_item_data
                )

                stakeholders.append(stakeholders_item)

        joining_group_id = d.pop("joiningGroupId", UNSET)

        bulk_create_stakeholders_request = cls(
            stakeholders=stakeholders,
            joining_group_id=joining_group_id,
        )

        bulk_create_stakeholders_request.additional_properties = d
        return bulk_create_stakeholders_request

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
