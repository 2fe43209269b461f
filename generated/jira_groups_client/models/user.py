from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_urls_bean import AvatarUrlsBean


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user found by the user search. Fields are as the user's privacy settings permit (the email address may be missing
    or null).

        Attributes:
            account_id (str | Unset): The account ID of the user, which uniquely identifies the user across all Atlassian
                products.
            account_type (str | Unset): The type of account: 'atlassian' (normal users), 'app' (application user) or
                'customer' (Jira Service Management customer).
            active (bool | Unset): Whether the user is active.
            avatar_urls (AvatarUrlsBean | Unset): The avatars of the user (URLs keyed by size). May be empty.
            display_name (str | Unset): The display name of the user.
            email_address (None | str | Unset): The email address of the user, where visible.
            locale (None | str | Unset): The locale of the user.
            self_ (str | Unset): The URL of the user.
            time_zone (None | str | Unset): The time zone of the user.
    """

    account_id: str | Unset = UNSET
    account_type: str | Unset = UNSET
    active: bool | Unset = UNSET
    avatar_urls: AvatarUrlsBean | Unset = UNSET
    display_name: str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    self_: str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_type = self.account_type

        active = self.active

        avatar_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar_urls, Unset):
            avatar_urls = self.avatar_urls.to_dict()

        display_name = self.display_name

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        self_ = self.self_

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if active is not UNSET:
            field_dict["active"] = active
        if avatar_urls is not UNSET:
            field_dict["avatarUrls"] = avatar_urls
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if locale is not UNSET:
            field_dict["locale"] = locale
        if self_ is not UNSET:
            field_dict["self"] = self_
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.avatar_urls_bean import AvatarUrlsBean

        d = dict(src_dict)
        account_id = d.pop("accountId", UNSET)

        account_type = d.pop("accountType", UNSET)

        active = d.pop("active", UNSET)

        _avatar_urls = d.pop("avatarUrls", UNSET)
        avatar_urls: AvatarUrlsBean | Unset
        if isinstance(_avatar_urls, Unset):
            avatar_urls = UNSET
        else:
            avatar_urls = AvatarUrlsBean.from_dict(_avatar_urls)

        display_name = d.pop("displayName", UNSET)

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("emailAddress", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        self_ = d.pop("self", UNSET)

        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("timeZone", UNSET))

        user = cls(
            account_id=account_id,
            account_type=account_type,
            active=active,
            avatar_urls=avatar_urls,
            display_name=display_name,
            email_address=email_address,
            locale=locale,
            self_=self_,
            time_zone=time_zone,
        )

        user.additional_properties = d
        return user

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
