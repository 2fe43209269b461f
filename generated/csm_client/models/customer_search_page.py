from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_account import CustomerAccount


T = TypeVar("T", bound="CustomerSearchPage")


@_attrs_define
class CustomerSearchPage:
    """A page of customers matching a detail field search.

    Attributes:
        results (list[CustomerAccount]):
        page (int | Unset): The page returned.
        max_results (int | Unset): The maximum number of customers per page.
        total (int | None | Unset): The total number of matching customers, where known.
        is_last (bool | None | Unset): Whether this is the last page.
    """

    results: list[CustomerAccount]
    page: int | Unset = UNSET
    max_results: int | Unset = UNSET
    total: int | None | Unset = UNSET
    is_last: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        page = self.page

        max_results = self.max_results

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        is_last: bool | None | Unset
        if isinstance(self.is_last, Unset):
            is_last = UNSET
        else:
            is_last = self.is_last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if max_results is not UNSET:
            field_dict["maxResults"] = max_results
        if total is not UNSET:
            field_dict["total"] = total
        if is_last is not UNSET:
            field_dict["isLast"] = is_last

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_account import CustomerAccount

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = CustomerAccount.from_dict(results_item_data)

            results.append(results_item)

        page = d.pop("page", UNSET)

        max_results = d.pop("maxResults", UNSET)

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_is_last(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_last = _parse_is_last(d.pop("isLast", UNSET))

        customer_search_page = cls(
            results=results,
            page=page,
            max_results=max_results,
            total=total,
            is_last=is_last,
        )

        customer_search_page.additional_properties = d
        return customer_search_page

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
