from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.self_link import SelfLink


T = TypeVar("T", bound="ServiceDeskOrganization")


@_attrs_define
class ServiceDeskOrganization:
    """A Jira Service Management organization (the same one the CSM API manages).

    Attributes:
        id (str | Unset): The ID of the organization (a number, as text).
        name (str | Unset): The name of the organization.
        scim_managed (bool | Unset): Whether the organization is managed through SCIM (user provisioning).
        field_links (SelfLink | Unset): The link to the item itself.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    scim_managed: bool | Unset = UNSET
    field_links: SelfLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        scim_managed = self.scim_managed

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if scim_managed is not UNSET:
            field_dict["scimManaged"] = scim_managed
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.self_link import SelfLink

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        scim_managed = d.pop("scimManaged", UNSET)

        _field_links = d.pop("_links", UNSET)
        field_links: SelfLink | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = SelfLink.from_dict(_field_links)

        service_desk_organization = cls(
            id=id,
            name=name,
            scim_managed=scim_managed,
            field_links=field_links,
        )

        service_desk_organization.additional_properties = d
        return service_desk_organization

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
