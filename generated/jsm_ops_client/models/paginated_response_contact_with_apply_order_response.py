from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_page_links import ContactPageLinks
    from ..models.contact_with_apply_order_response import ContactWithApplyOrderResponse


T = TypeVar("T", bound="PaginatedResponseContactWithApplyOrderResponse")


@_attrs_define
class PaginatedResponseContactWithApplyOrderResponse:
    """A page of the contacts of a user.

    Attributes:
        values (list[ContactWithApplyOrderResponse] | Unset): Contacts on this page.
        links (ContactPageLinks | Unset): Links to other pages of the list, URLs with `offset` and `size` query
            parameters (the reference's example abbreviates them as `url?offset=2&size=1`). `next` is absent on the last
            page.
    """

    values: list[ContactWithApplyOrderResponse] | Unset = UNSET
    links: ContactPageLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_page_links import ContactPageLinks
        from ..models.contact_with_apply_order_response import (
            ContactWithApplyOrderResponse,
        )

        d = dict(src_dict)
        _values = d.pop("values", UNSET)
        values: list[ContactWithApplyOrderResponse] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = ContactWithApplyOrderResponse.from_dict(values_item_data)

                values.append(values_item)

        _links = d.pop("links", UNSET)
        links: ContactPageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ContactPageLinks.from_dict(_links)

        paginated_response_contact_with_apply_order_response = cls(
            values=values,
            links=links,
        )

        paginated_response_contact_with_apply_order_response.additional_properties = d
        return paginated_response_contact_with_apply_order_response

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
