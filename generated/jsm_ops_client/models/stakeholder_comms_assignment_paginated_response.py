from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_assignment import StakeholderCommsAssignment
    from ..models.stakeholder_comms_page_info import StakeholderCommsPageInfo


T = TypeVar("T", bound="StakeholderCommsAssignmentPaginatedResponse")


@_attrs_define
class StakeholderCommsAssignmentPaginatedResponse:
    """Paginated response for assignments.

    Attributes:
        assignments (list[StakeholderCommsAssignment] | Unset): Assignments on this page.
        page_info (StakeholderCommsPageInfo | Unset): Cursor pagination information. `hasPreviousPage` and `startCursor`
            are only returned by some operations.
        total_count (int | Unset): Total number of assignments.
        error (None | str | Unset): Error message, if the operation failed; null or absent on success.
    """

    assignments: list[StakeholderCommsAssignment] | Unset = UNSET
    page_info: StakeholderCommsPageInfo | Unset = UNSET
    total_count: int | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignments, Unset):
            assignments = []
            for assignments_item_data in self.assignments:
                assignments_item = assignments_item_data.to_dict()
                assignments.append(assignments_item)

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        total_count = self.total_count

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignments is not UNSET:
            field_dict["assignments"] = assignments
        if page_info is not UNSET:
            field_dict["pageInfo"] = page_info
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_assignment import StakeholderCommsAssignment
        from ..models.stakeholder_comms_page_info import StakeholderCommsPageInfo

        d = dict(src_dict)
        _assignments = d.pop("assignments", UNSET)
        assignments: list[StakeholderCommsAssignment] | Unset = UNSET
        if _assignments is not UNSET:
            assignments = []
            for assignments_item_data in _assignments:
                assignments_item = StakeholderCommsAssignment.from_dict(
                    assignments_item_data
                )

                assignments.append(assignments_item)

        _page_info = d.pop("pageInfo", UNSET)
        page_info: StakeholderCommsPageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = StakeholderCommsPageInfo.from_dict(_page_info)

        total_count = d.pop("totalCount", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        stakeholder_comms_assignment_paginated_response = cls(
            assignments=assignments,
            page_info=page_info,
            total_count=total_count,
            error=error,
        )

        stakeholder_comms_assignment_paginated_response.additional_properties = d
        return stakeholder_comms_assignment_paginated_response

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
