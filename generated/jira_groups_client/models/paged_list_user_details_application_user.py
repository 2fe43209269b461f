from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_details import UserDetails


T = TypeVar("T", bound="PagedListUserDetailsApplicationUser")


@_attrs_define
class PagedListUserDetailsApplicationUser:
    """A paged list of the users that are members of a group. A maximum of 50 users is returned in the list; to access
    additional users append `[start-index:end-index]` to the expand request. For example, to access the next 50 users,
    use `?expand=users[51:100]`.

        Attributes:
            end_index (int | Unset): The index of the last item returned on the page.
            items (list[UserDetails] | Unset): The list of items.
            max_results (int | Unset): The maximum number of results that could be on the page.
            size (int | Unset): The number of items on the page.
            start_index (int | Unset): The index of the first item returned on the page.
    """

    end_index: int | Unset = UNSET
    items: list[UserDetails] | Unset = UNSET
    max_results: int | Unset = UNSET
    size: int | Unset = UNSET
    start_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_index = self.end_index

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        max_results = self.max_results

        size = self.size

        start_index = self.start_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_index is not UNSET:
            field_dict["end-index"] = end_index
        if items is not UNSET:
            field_dict["items"] = items
        if max_results is not UNSET:
            field_dict["max-results"] = max_results
        if size is not UNSET:
            field_dict["size"] = size
        if start_index is not UNSET:
            field_dict["start-index"] = start_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_details import UserDetails

        d = dict(src_dict)
        end_index = d.pop("end-index", UNSET)

        _items = d.pop("items", UNSET)
        items: list[UserDetails] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = UserDetails.from_dict(items_item_data)

                items.append(items_item)

        max_results = d.pop("max-results", UNSET)

        size = d.pop("size", UNSET)

        start_index = d.pop("start-index", UNSET)

        paged_list_user_details_application_user = cls(
            end_index=end_index,
            items=items,
            max_results=max_results,
            size=size,
            start_index=start_index,
        )

        paged_list_user_details_application_user.additional_properties = d
        return paged_list_user_details_application_user

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
