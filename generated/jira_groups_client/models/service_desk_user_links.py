from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_urls_bean import AvatarUrlsBean


T = TypeVar("T", bound="ServiceDeskUserLinks")


@_attrs_define
class ServiceDeskUserLinks:
    """Links of a Jira Service Management user.

    Attributes:
        self_ (str | Unset): The URL of the user.
        jira_rest (str | Unset): The URL of the user in the Jira platform REST API.
        avatar_urls (AvatarUrlsBean | Unset): The avatars of the user (URLs keyed by size). May be empty.
    """

    self_: str | Unset = UNSET
    jira_rest: str | Unset = UNSET
    avatar_urls: AvatarUrlsBean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        jira_rest = self.jira_rest

        avatar_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar_urls, Unset):
            avatar_urls = self.avatar_urls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if jira_rest is not UNSET:
            field_dict["jiraRest"] = jira_rest
        if avatar_urls is not UNSET:
            field_dict["avatarUrls"] = avatar_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.avatar_urls_bean import AvatarUrlsBean

        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        jira_rest = d.pop("jiraRest", UNSET)

        _avatar_urls = d.pop("avatarUrls", UNSET)
        avatar_urls: AvatarUrlsBean | Unset
        if isinstance(_avatar_urls, Unset):
            avatar_urls = UNSET
        else:
            avatar_urls = AvatarUrlsBean.from_dict(_avatar_urls)

        service_desk_user_links = cls(
            self_=self_,
            jira_rest=jira_rest,
            avatar_urls=avatar_urls,
        )

        service_desk_user_links.additional_properties = d
        return service_desk_user_links

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
