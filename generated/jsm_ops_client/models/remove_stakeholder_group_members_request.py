from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveStakeholderGroupMembersRequest")


@_attrs_define
class RemoveStakeholderGroupMembersRequest:
    """Request body of Remove members from stakeholder group.

    Attributes:
        stakeholder_ids (list[str] | Unset): IDs of the stakeholders to remove from the group.
    """

    stakeholder_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stakeholder_ids: list[str] | Unset = UNSET
        if not isinstance(self.stakeholder_ids, Unset):
            stakeholder_ids = self.stakeholder_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stakeholder_ids is not UNSET:
            field_dict["stakeholderIds"] = stakeholder_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stakeholder_ids = cast(list[str], d.pop("stakeholderIds", UNSET))

        remove_stakeholder_group_members_request = cls(
            stakeholder_ids=stakeholder_ids,
        )

        remove_stakeholder_group_members_request.additional_properties = d
        return remove_stakeholder_group_members_request

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
