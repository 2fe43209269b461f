from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_desk_page_links import ServiceDeskPageLinks
    from ..models.service_desk_user import ServiceDeskUser


T = TypeVar("T", bound="PagedOrganizationUsers")


@_attrs_define
class PagedOrganizationUsers:
    """A page of the users (customers) of a Jira Service Management organization.

    Attributes:
        size (int | Unset): The number of items on this page.
        start (int | Unset): The index of the first item on this page.
        limit (int | Unset): The maximum number of items a page holds.
        is_last_page (bool | Unset): Whether this is the last page.
        field_expands (list[str] | Unset): The fields that can be expanded.
        field_links (ServiceDeskPageLinks | Unset): Links of a Jira Service Management page of results.
        values (list[ServiceDeskUser] | Unset): The users on this page.
    """

    size: int | Unset = UNSET
    start: int | Unset = UNSET
    limit: int | Unset = UNSET
    is_last_page: bool | Unset = UNSET
    field_expands: list[str] | Unset = UNSET
    field_links: ServiceDeskPageLinks | Unset = UNSET
    values: list[ServiceDeskUser] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        start = self.start

        limit = self.limit

        is_last_page = self.is_last_page

        field_expands: list[str] | Unset = UNSET
        if not isinstance(self.field_expands, Unset):
            field_expands = self.field_expands

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if start is not UNSET:
            field_dict["start"] = start
        if limit is not UNSET:
            field_dict["limit"] = limit
        if is_last_page is not UNSET:
            field_dict["isLastPage"] = is_last_page
        if field_expands is not UNSET:
            field_dict["_expands"] = field_expands
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.service_desk_page_links import ServiceDeskPageLinks
        from ..models.service_desk_user import ServiceDeskUser

        d = dict(src_dict)
        size = d.pop("size", UNSET)

        start = d.pop("start", UNSET)

        limit = d.pop("limit", UNSET)

        is_last_page = d.pop("isLastPage", UNSET)

        field_expands = cast(list[str], d.pop("_expands", UNSET))

        _field_links = d.pop("_links", UNSET)
        field_links: ServiceDeskPageLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = ServiceDeskPageLinks.from_dict(_field_links)

        _values = d.pop("values", UNSET)
        values: list[ServiceDeskUser] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = ServiceDeskUser.from_dict(values_item_data)

                values.append(values_item)

        paged_organization_users = cls(
            size=size,
            start=start,
            limit=limit,
            is_last_page=is_last_page,
            field_expands=field_expands,
            field_links=field_links,
            values=values,
        )

        paged_organization_users.additional_properties = d
        return paged_organization_users

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
