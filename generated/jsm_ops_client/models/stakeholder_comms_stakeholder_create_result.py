from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_assignment import StakeholderCommsAssignment
    from ..models.stakeholder_comms_stakeholder import StakeholderCommsStakeholder


T = TypeVar("T", bound="StakeholderCommsStakeholderCreateResult")


@_attrs_define
class StakeholderCommsStakeholderCreateResult:
    """A stakeholder created by a bulk operation, with its assignment.

    Attributes:
        stakeholder (StakeholderCommsStakeholder | Unset): A stakeholder in stakeholder communications.
        assignment (None | StakeholderCommsAssignment | Unset):
        message (None | str | Unset): Message about this stakeholder.
        error (None | str | Unset): Error message, if the operation failed; null or absent on success.
    """

    stakeholder: StakeholderCommsStakeholder | Unset = UNSET
    assignment: None | StakeholderCommsAssignment | Unset = UNSET
    message: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stakeholder_comms_assignment import StakeholderCommsAssignment

        stakeholder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stakeholder, Unset):
            stakeholder = self.stakeholder.to_dict()

        assignment: dict[str, Any] | None | Unset
        if isinstance(self.assignment, Unset):
            assignment = UNSET
        elif isinstance(self.assignment, StakeholderCommsAssignment):
            assignment = self.assignment.to_dict()
        else:
            assignment = self.assignment

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stakeholder is not UNSET:
            field_dict["stakeholder"] = stakeholder
        if assignment is not UNSET:
            field_dict["assignment"] = assignment
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_assignment import StakeholderCommsAssignment
        from ..models.stakeholder_comms_stakeholder import StakeholderCommsStakeholder

        d = dict(src_dict)
        _stakeholder = d.pop("stakeholder", UNSET)
        stakeholder: StakeholderCommsStakeholder | Unset
        if isinstance(_stakeholder, Unset):
            stakeholder = UNSET
        else:
            stakeholder = StakeholderCommsStakeholder.from_dict(_stakeholder)

        def _parse_assignment(
            data: object,
        ) -> None | StakeholderCommsAssignment | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignment_type_1 = StakeholderCommsAssignment.from_dict(data)

                return assignment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StakeholderCommsAssignment | Unset, data)

        assignment = _parse_assignment(d.pop("assignment", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        stakeholder_comms_stakeholder_create_result = cls(
            stakeholder=stakeholder,
            assignment=assignment,
            message=message,
            error=error,
        )

        stakeholder_comms_stakeholder_create_result.additional_properties = d
        return stakeholder_comms_stakeholder_create_result

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
