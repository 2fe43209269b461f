from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_desk_user_links import ServiceDeskUserLinks


T = TypeVar("T", bound="ServiceDeskUser")


@_attrs_define
class ServiceDeskUser:
    """A user (customer) of a Jira Service Management organization.

    Attributes:
        account_id (str | Unset): The account ID of the user (for a customer, the id the CSM API uses too).
        display_name (str | Unset): The display name of the user.
        email_address (None | str | Unset): The email address of the user; absent or null where privacy settings hide
            it.
        active (bool | Unset): Whether the user is active.
        time_zone (None | str | Unset): The time zone of the user.
        field_links (ServiceDeskUserLinks | Unset): Links of a Jira Service Management user.
    """

    account_id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    active: bool | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    field_links: ServiceDeskUserLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        display_name = self.display_name

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        active = self.active

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if active is not UNSET:
            field_dict["active"] = active
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.service_desk_user_links import ServiceDeskUserLinks

        d = dict(src_dict)
        account_id = d.pop("accountId", UNSET)

        display_name = d.pop("displayName", UNSET)

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("emailAddress", UNSET))

        active = d.pop("active", UNSET)

        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("timeZone", UNSET))

        _field_links = d.pop("_links", UNSET)
        field_links: ServiceDeskUserLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = ServiceDeskUserLinks.from_dict(_field_links)

        service_desk_user = cls(
            account_id=account_id,
            display_name=display_name,
            email_address=email_address,
            active=active,
            time_zone=time_zone,
            field_links=field_links,
        )

        service_desk_user.additional_properties = d
        return service_desk_user

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
