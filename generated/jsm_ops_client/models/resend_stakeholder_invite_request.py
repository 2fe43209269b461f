from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stakeholder_comms_resend_invite_input import (
        StakeholderCommsResendInviteInput,
    )


T = TypeVar("T", bound="ResendStakeholderInviteRequest")


@_attrs_define
class ResendStakeholderInviteRequest:
    """Request body of Resend stakeholder invite.

    Attributes:
        resend_invite_input (StakeholderCommsResendInviteInput): Identifies the stakeholder to re-invite, by email
            address.
    """

    resend_invite_input: StakeholderCommsResendInviteInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resend_invite_input = self.resend_invite_input.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resendInviteInput": resend_invite_input,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_resend_invite_input import (
            StakeholderCommsResendInviteInput,
        )

        d = dict(src_dict)
        resend_invite_input = StakeholderCommsResendInviteInput.from_dict(
            d.pop("resendInviteInput")
        )

        resend_stakeholder_invite_request = cls(
            resend_invite_input=resend_invite_input,
        )

        resend_stakeholder_invite_request.additional_properties = d
        return resend_stakeholder_invite_request

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
