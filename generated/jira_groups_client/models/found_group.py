from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_label import GroupLabel


T = TypeVar("T", bound="FoundGroup")


@_attrs_define
class FoundGroup:
    """A group found in a search.

    Attributes:
        avatar_url (None | str | Unset): Avatar URL of the group (or team), if it has one.
        managed_by (None | str | Unset): Who manages the membership, for a group that is a team: `external` (synced from
            an external directory such as SCIM; members cannot be changed here), `admins` (only administrators change
            members), `team-members` (members invite new members) or `open` (anyone may join).
        usage_type (None | str | Unset): What kind of group this is, for example a user-base group or a team's
            collaboration group.
        group_id (None | str | Unset): The ID of the group, which uniquely identifies the group across all Atlassian
            products. For example, `952d12c3-5b5b-4d04-bb32-44d383afc4b2`.
        html (str | Unset): The group name with the matched query string highlighted with the HTML bold tag.
        labels (list[GroupLabel] | Unset):
        name (str | Unset): The name of the group. The name of a group is mutable, to reliably identify a group use
            `groupId`.
    """

    avatar_url: None | str | Unset = UNSET
    managed_by: None | str | Unset = UNSET
    usage_type: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    html: str | Unset = UNSET
    labels: list[GroupLabel] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        managed_by: None | str | Unset
        if isinstance(self.managed_by, Unset):
            managed_by = UNSET
        else:
            managed_by = self.managed_by

        usage_type: None | str | Unset
        if isinstance(self.usage_type, Unset):
            usage_type = UNSET
        else:
            usage_type = self.usage_type

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        html = self.html

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if managed_by is not UNSET:
            field_dict["managedBy"] = managed_by
        if usage_type is not UNSET:
            field_dict["usageType"] = usage_type
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if html is not UNSET:
            field_dict["html"] = html
        if labels is not UNSET:
            field_dict["labels"] = labels
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group_label import GroupLabel

        d = dict(src_dict)

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatarUrl", UNSET))

        def _parse_managed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        managed_by = _parse_managed_by(d.pop("managedBy", UNSET))

        def _parse_usage_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_type = _parse_usage_type(d.pop("usageType", UNSET))

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_id = _parse_group_id(d.pop("groupId", UNSET))

        html = d.pop("html", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[GroupLabel] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = GroupLabel.from_dict(labels_item_data)

                labels.append(labels_item)

        name = d.pop("name", UNSET)

        found_group = cls(
            avatar_url=avatar_url,
            managed_by=managed_by,
            usage_type=usage_type,
            group_id=group_id,
            html=html,
            labels=labels,
            name=name,
        )

        found_group.additional_properties = d
        return found_group

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
