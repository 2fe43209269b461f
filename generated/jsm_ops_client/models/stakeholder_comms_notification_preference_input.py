from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_preference import StakeholderCommsPreference


T = TypeVar("T", bound="StakeholderCommsNotificationPreferenceInput")


@_attrs_define
class StakeholderCommsNotificationPreferenceInput:
    """New notification preference of a stakeholder.

    Attributes:
        email_id (str | Unset): Email address notifications are sent to.
        phone_number (str | Unset): Phone number SMS notifications are sent to.
        phone_country (str | Unset): Country of the phone number.
        webhook (str | Unset): Webhook URL notifications are sent to.
        preference (StakeholderCommsPreference | Unset): Notification channel preferences of a stakeholder.
    """

    email_id: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_country: str | Unset = UNSET
    webhook: str | Unset = UNSET
    preference: StakeholderCommsPreference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_id = self.email_id

        phone_number = self.phone_number

        phone_country = self.phone_country

        webhook = self.webhook

        preference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preference, Unset):
            preference = self.preference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_id is not UNSET:
            field_dict["emailId"] = email_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if phone_country is not UNSET:
            field_dict["phoneCountry"] = phone_country
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if preference is not UNSET:
            field_dict["preference"] = preference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_preference import StakeholderCommsPreference

        d = dict(src_dict)
        email_id = d.pop("emailId", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        phone_country = d.pop("phoneCountry", UNSET)

        webhook = d.pop("webhook", UNSET)

        _preference = d.pop("preference", UNSET)
        preference: StakeholderCommsPreference | Unset
        if isinstance(_preference, Unset):
            preference = UNSET
        else:
            preference = StakeholderCommsPreference.from_dict(_preference)

        stakeholder_comms_notification_preference_input = cls(
            email_id=email_id,
            phone_number=phone_number,
            phone_country=phone_country,
            webhook=webhook,
            preference=preference,
        )

        stakeholder_comms_notification_preference_input.additional_properties = d
        return stakeholder_comms_notification_preference_input

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
