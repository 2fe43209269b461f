from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StakeholderCommsPageInfo")


@_attrs_define
class StakeholderCommsPageInfo:
    """Cursor pagination information. `hasPreviousPage` and `startCursor` are only returned by some operations.

    Attributes:
        has_next_page (bool | Unset): Whether there is a page after this one.
        end_cursor (None | str | Unset): Cursor of the last item of this page; pass it as `after` to get the next page.
        has_previous_page (bool | Unset): Whether there is a page before this one.
        start_cursor (None | str | Unset): Cursor of the first item of this page; pass it as `before` to get the
            previous page.
    """

    has_next_page: bool | Unset = UNSET
    end_cursor: None | str | Unset = UNSET
    has_previous_page: bool | Unset = UNSET
    start_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_next_page = self.has_next_page

        end_cursor: None | str | Unset
        if isinstance(self.end_cursor, Unset):
            end_cursor = UNSET
        else:
            end_cursor = self.end_cursor

        has_previous_page = self.has_previous_page

        start_cursor: None | str | Unset
        if isinstance(self.start_cursor, Unset):
            start_cursor = UNSET
        else:
            start_cursor = self.start_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_next_page is not UNSET:
            field_dict["hasNextPage"] = has_next_page
        if end_cursor is not UNSET:
            field_dict["endCursor"] = end_cursor
        if has_previous_page is not UNSET:
            field_dict["hasPreviousPage"] = has_previous_page
        if start_cursor is not UNSET:
            field_dict["startCursor"] = start_cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_next_page = d.pop("hasNextPage", UNSET)

        def _parse_end_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_cursor = _parse_end_cursor(d.pop("endCursor", UNSET))

        has_previous_page = d.pop("hasPreviousPage", UNSET)

        def _parse_start_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_cursor = _parse_start_cursor(d.pop("startCursor", UNSET))

        stakeholder_comms_page_info = cls(
            has_next_page=has_next_page,
            end_cursor=end_cursor,
            has_previous_page=has_previous_page,
            start_cursor=start_cursor,
        )

        stakeholder_comms_page_info.additional_properties = d
        return stakeholder_comms_page_info

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
