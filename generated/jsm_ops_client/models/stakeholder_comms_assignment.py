from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stakeholder_comms_added_from import StakeholderCommsAddedFrom
from ..models.stakeholder_comms_assignment_type import StakeholderCommsAssignmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StakeholderCommsAssignment")


@_attrs_define
class StakeholderCommsAssignment:
    """Assignment of a stakeholder to an entity such as an incident.

    Attributes:
        id (str | Unset): ID of the assignment.
        ari (str | Unset): Atlassian Resource Identifier (ARI) of the assignment.
        assignment_type (StakeholderCommsAssignmentType | Unset): Type of the entity a stakeholder is assigned to. Other
            values may be returned and are kept by the generated clients.
        added_from (StakeholderCommsAddedFrom | Unset): Where the stakeholder assignment was added from (Statuspage or
            Jira Service Management). Other values may be returned and are kept by the generated clients.
        external_assignment_id (None | str | Unset): ID of the assigned entity (for example the incident) in its own
            product.
        inserted_at (None | str | Unset): When the assignment was created. Timestamp as a string; the format is not
            guaranteed to be ISO 8601.
        updated_at (None | str | Unset): When the assignment was last updated. Timestamp as a string; the format is not
            guaranteed to be ISO 8601.
    """

    id: str | Unset = UNSET
    ari: str | Unset = UNSET
    assignment_type: StakeholderCommsAssignmentType | Unset = UNSET
    added_from: StakeholderCommsAddedFrom | Unset = UNSET
    external_assignment_id: None | str | Unset = UNSET
    inserted_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ari = self.ari

        assignment_type: str | Unset = UNSET
        if not isinstance(self.assignment_type, Unset):
            assignment_type = self.assignment_type.value

        added_from: str | Unset = UNSET
        if not isinstance(self.added_from, Unset):
            added_from = self.added_from.value

        external_assignment_id: None | str | Unset
        if isinstance(self.external_assignment_id, Unset):
            external_assignment_id = UNSET
        else:
            external_assignment_id = self.external_assignment_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ari is not UNSET:
            field_dict["ari"] = ari
        if assignment_type is not UNSET:
            field_dict["assignmentType"] = assignment_type
        if added_from is not UNSET:
            field_dict["addedFrom"] = added_from
        if external_assignment_id is not UNSET:
            field_dict["externalAssignmentId"] = external_assignment_id
        if inserted_at is not UNSET:
            field_dict["insertedAt"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        ari = d.pop("ari", UNSET)

        _assignment_type = d.pop("assignmentType", UNSET)
        assignment_type: StakeholderCommsAssignmentType | Unset
        if isinstance(_assignment_type, Unset):
            assignment_type = UNSET
        else:
            assignment_type = StakeholderCommsAssignmentType(_assignment_type)

        _added_from = d.pop("addedFrom", UNSET)
        added_from: StakeholderCommsAddedFrom | Unset
        if isinstance(_added_from, Unset):
            added_from = UNSET
        else:
            added_from = StakeholderCommsAddedFrom(_added_from)

        def _parse_external_assignment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_assignment_id = _parse_external_assignment_id(
            d.pop("externalAssignmentId", UNSET)
        )

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

        stakeholder_comms_assignment = cls(
            id=id,
            ari=ari,
            assignment_type=assignment_type,
            added_from=added_from,
            external_assignment_id=external_assignment_id,
            inserted_at=inserted_at,
            updated_at=updated_at,
        )

        stakeholder_comms_assignment.additional_properties = d
        return stakeholder_comms_assignment

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
