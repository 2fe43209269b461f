from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_details import GroupDetails


T = TypeVar("T", bound="PageBeanGroupDetails")


@_attrs_define
class PageBeanGroupDetails:
    """A page of items.

    Attributes:
        is_last (bool | Unset): Whether this is the last page.
        max_results (int | Unset): The maximum number of items that could be returned.
        next_page (None | str | Unset): If there is another page of results, the URL of the next page.
        self_ (str | Unset): The URL of the page.
        start_at (int | Unset): The index of the first item returned.
        total (int | Unset): The number of items returned.
        values (list[GroupDetails] | Unset): The list of items.
    """

    is_last: bool | Unset = UNSET
    max_results: int | Unset = UNSET
    next_page: None | str | Unset = UNSET
    self_: str | Unset = UNSET
    start_at: int | Unset = UNSET
    total: int | Unset = UNSET
    values: list[GroupDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_last = self.is_last

        max_results = self.max_results

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        self_ = self.self_

        start_at = self.start_at

        total = self.total

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_last is not UNSET:
            field_dict["isLast"] = is_last
        if max_results is not UNSET:
            field_dict["maxResults"] = max_results
        if next_page is not UNSET:
            field_dict["nextPage"] = next_page
        if self_ is not UNSET:
            field_dict["self"] = self_
        if start_at is not UNSET:
            field_dict["startAt"] = start_at
        if total is not UNSET:
            field_dict["total"] = total
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group_details import GroupDetails

        d = dict(src_dict)
        is_last = d.pop("isLast", UNSET)

        max_results = d.pop("maxResults", UNSET)

        def _parse_next_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page = _parse_next_page(d.pop("nextPage", UNSET))

        self_ = d.pop("self", UNSET)

        start_at = d.pop("startAt", UNSET)

        total = d.pop("total", UNSET)

        _values = d.pop("values", UNSET)
        values: list[GroupDetails] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = GroupDetails.from_dict(values_item_data)

                values.append(values_item)

        page_bean_group_details = cls(
            is_last=is_last,
            max_results=max_results,
            next_page=next_page,
            self_=self_,
            start_at=start_at,
            total=total,
            values=values,
        )

        page_bean_group_details.additional_properties = d
        return page_bean_group_details

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
