from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StakeholderCommsMembership")


@_attrs_define
class StakeholderCommsMembership:
    """A member of a stakeholder group.

    Attributes:
        member_id (str | Unset): ID of the member.
        member_type (str | Unset): Type of the member.
    """

    member_id: str | Unset = UNSET
    member_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        member_type = self.member_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if member_id is not UNSET:
            field_dict["memberId"] = member_id
        if member_type is not UNSET:
            field_dict["memberType"] = member_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        member_id = d.pop("memberId", UNSET)

        member_type = d.pop("memberType", UNSET)

        stakeholder_comms_membership = cls(
            member_id=member_id,
            member_type=member_type,
        )

        stakeholder_comms_membership.additional_properties = d
        return stakeholder_comms_membership

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
