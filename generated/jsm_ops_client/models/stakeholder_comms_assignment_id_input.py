from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stakeholder_comms_assignment_type import StakeholderCommsAssignmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StakeholderCommsAssignmentIdInput")


@_attrs_define
class StakeholderCommsAssignmentIdInput:
    """Identifies an assignment by one of its identifiers.

    Attributes:
        assignment_id (str | Unset): ID of the assignment.
        ari (str | Unset): ARI of the assignment.
        assignment_type (StakeholderCommsAssignmentType | Unset): Type of the entity a stakeholder is assigned to. Other
            values may be returned and are kept by the generated clients.
        external_assignment_id (str | Unset): ID of the assigned entity (for example the incident).
    """

    assignment_id: str | Unset = UNSET
    ari: str | Unset = UNSET
    assignment_type: StakeholderCommsAssignmentType | Unset = UNSET
    external_assignment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_id = self.assignment_id

        ari = self.ari

        assignment_type: str | Unset = UNSET
        if not isinstance(self.assignment_type, Unset):
            assignment_type = self.assignment_type.value

        external_assignment_id = self.external_assignment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignment_id is not UNSET:
            field_dict["assignmentId"] = assignment_id
        if ari is not UNSET:
            field_dict["ari"] = ari
        if assignment_type is not UNSET:
            field_dict["assignmentType"] = assignment_type
        if external_assignment_id is not UNSET:
            field_dict["externalAssignmentId"] = external_assignment_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assignment_id = d.pop("assignmentId", UNSET)

        ari = d.pop("ari", UNSET)

        _assignment_type = d.pop("assignmentType", UNSET)
        assignment_type: StakeholderCommsAssignmentType | Unset
        if isinstance(_assignment_type, Unset):
            assignment_type = UNSET
        else:
            assignment_type = StakeholderCommsAssignmentType(_assignment_type)

        external_assignment_id = d.pop("externalAssignmentId", UNSET)

        stakeholder_comms_assignment_id_input = cls(
            assignment_id=assignment_id,
            ari=ari,
            assignment_type=assignment_type,
            external_assignment_id=external_assignment_id,
        )

        stakeholder_comms_assignment_id_input.additional_properties = d
        return stakeholder_comms_assignment_id_input

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
