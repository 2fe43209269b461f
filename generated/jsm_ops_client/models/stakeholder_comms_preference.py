from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_channel_preference import (
        StakeholderCommsChannelPreference,
    )


T = TypeVar("T", bound="StakeholderCommsPreference")


@_attrs_define
class StakeholderCommsPreference:
    """Notification channel preferences of a stakeholder.

    Attributes:
        email (StakeholderCommsChannelPreference | Unset): Whether notifications are sent over one channel.
        sms (StakeholderCommsChannelPreference | Unset): Whether notifications are sent over one channel.
        webhook (StakeholderCommsChannelPreference | Unset): Whether notifications are sent over one channel.
    """

    email: StakeholderCommsChannelPreference | Unset = UNSET
    sms: StakeholderCommsChannelPreference | Unset = UNSET
    webhook: StakeholderCommsChannelPreference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if sms is not UNSET:
            field_dict["sms"] = sms
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_channel_preference import (
            StakeholderCommsChannelPreference,
        )

        d = dict(src_dict)
        _email = d.pop("email", UNSET)
        email: StakeholderCommsChannelPreference | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = StakeholderCommsChannelPreference.from_dict(_email)

        _sms = d.pop("sms", UNSET)
        sms: StakeholderCommsChannelPreference | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = StakeholderCommsChannelPreference.from_dict(_sms)

        _webhook = d.pop("webhook", UNSET)
        webhook: StakeholderCommsChannelPreference | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = StakeholderCommsChannelPreference.from_dict(_webhook)

        stakeholder_comms_preference = cls(
            email=email,
            sms=sms,
            webhook=webhook,
        )

        stakeholder_comms_preference.additional_properties = d
        return stakeholder_comms_preference

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
