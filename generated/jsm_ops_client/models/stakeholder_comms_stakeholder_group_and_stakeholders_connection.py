from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_page_info import StakeholderCommsPageInfo
    from ..models.stakeholder_comms_stakeholder_group_and_stakeholders import (
        StakeholderCommsStakeholderGroupAndStakeholders,
    )


T = TypeVar("T", bound="StakeholderCommsStakeholderGroupAndStakeholdersConnection")


@_attrs_define
class StakeholderCommsStakeholderGroupAndStakeholdersConnection:
    """Paginated response for stakeholder groups with stakeholders.

    Attributes:
        groups (list[StakeholderCommsStakeholderGroupAndStakeholders] | Unset): Groups on this page.
        page_info (StakeholderCommsPageInfo | Unset): Cursor pagination information. `hasPreviousPage` and `startCursor`
            are only returned by some operations.
        total_count (int | Unset): Total number of stakeholder groups.
        error (None | str | Unset): Error message, if the operation failed; null or absent on success.
    """

    groups: list[StakeholderCommsStakeholderGroupAndStakeholders] | Unset = UNSET
    page_info: StakeholderCommsPageInfo | Unset = UNSET
    total_count: int | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

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
        if groups is not UNSET:
            field_dict["groups"] = groups
        if page_info is not UNSET:
            field_dict["pageInfo"] = page_info
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_page_info import StakeholderCommsPageInfo
        from ..models.stakeholder_comms_stakeholder_group_and_stakeholders import (
            StakeholderCommsStakeholderGroupAndStakeholders,
        )

        d = dict(src_dict)
        _groups = d.pop("groups", UNSET)
        groups: list[StakeholderCommsStakeholderGroupAndStakeholders] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = StakeholderCommsStakeholderGroupAndStakeholders.from_dict(
                    groups_item_data
                )

                groups.append(groups_item)

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

        stakeholder_comms_stakeholder_group_and_stakeholders_connection = cls(
            groups=groups,
            page_info=page_info,
            total_count=total_count,
            error=error,
        )

        stakeholder_comms_stakeholder_group_and_stakeholders_connection.additional_properties = d
        return stakeholder_comms_stakeholder_group_and_stakeholders_connection

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
