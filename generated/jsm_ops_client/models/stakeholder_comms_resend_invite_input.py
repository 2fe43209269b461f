from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StakeholderCommsResendInviteInput")


@_attrs_define
class StakeholderCommsResendInviteInput:
    """Identifies the stakeholder to re-invite, by email address.

    Attributes:
        email_id (str): Email address of the stakeholder.
        aaid (str | Unset): Atlassian account ID of the stakeholder.
    """

    email_id: str
    aaid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_id = self.email_id

        aaid = self.aaid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emailId": email_id,
            }
        )
        if aaid is not UNSET:
            field_dict["aaid"] = aaid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email_id = d.pop("emailId")

        aaid = d.pop("aaid", UNSET)

        stakeholder_comms_resend_invite_input = cls(
            email_id=email_id,
            aaid=aaid,
        )

        stakeholder_comms_resend_invite_input.additional_properties = d
        return stakeholder_comms_resend_invite_input

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
