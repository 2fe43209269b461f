from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stakeholder_comms_assignment_id_input import (
        StakeholderCommsAssignmentIdInput,
    )
    from ..models.stakeholder_comms_stakeholder_id_input import (
        StakeholderCommsStakeholderIdInput,
    )


T = TypeVar("T", bound="RemoveStakeholderAssignmentRequest")


@_attrs_define
class RemoveStakeholderAssignmentRequest:
    """Request body of Remove stakeholder assignment.

    Attributes:
        stakeholder_id_input (StakeholderCommsStakeholderIdInput): Identifies a stakeholder by one of its identifiers.
        assignment_id_input (StakeholderCommsAssignmentIdInput): Identifies an assignment by one of its identifiers.
    """

    stakeholder_id_input: StakeholderCommsStakeholderIdInput
    assignment_id_input: StakeholderCommsAssignmentIdInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stakeholder_id_input = self.stakeholder_id_input.to_dict()

        assignment_id_input = self.assignment_id_input.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stakeholderIdInput": stakeholder_id_input,
                "assignmentIdInput": assignment_id_input,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_assignment_id_input import (
            StakeholderCommsAssignmentIdInput,
        )
        from ..models.stakeholder_comms_stakeholder_id_input import (
            StakeholderCommsStakeholderIdInput,
        )

        d = dict(src_dict)
        stakeholder_id_input = StakeholderCommsStakeholderIdInput.from_dict(
            d.pop("stakeholderIdInput")
        )

        assignment_id_input = StakeholderCommsAssignmentIdInput.from_dict(
            d.pop("assignmentIdInput")
        )

        remove_stakeholder_assignment_request = cls(
            stakeholder_id_input=stakeholder_id_input,
            assignment_id_input=assignment_id_input,
        )

        remove_stakeholder_assignment_request.additional_properties = d
        return remove_stakeholder_assignment_request

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
