from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_preference import StakeholderCommsPreference


T = TypeVar("T", bound="StakeholderCommsNotificationPreference")


@_attrs_define
class StakeholderCommsNotificationPreference:
    """Notification preference (contact details and channels) of a stakeholder.

    Attributes:
        id (str | Unset): ID of the notification preference.
        email_id (None | str | Unset): Email address notifications are sent to.
        phone_number (None | str | Unset): Phone number SMS notifications are sent to.
        phone_country (None | str | Unset): Country of the phone number.
        webhook (None | str | Unset): Webhook URL notifications are sent to.
        preference (None | StakeholderCommsPreference | Unset): Enabled channels. The reference renders this as an empty
            object in responses; typed here like the request-side preference object.
        inserted_at (None | str | Unset): When the preference was created. Timestamp as a string; the format is not
            guaranteed to be ISO 8601.
        updated_at (None | str | Unset): When the preference was last updated. Timestamp as a string; the format is not
            guaranteed to be ISO 8601.
    """

    id: str | Unset = UNSET
    email_id: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    phone_country: None | str | Unset = UNSET
    webhook: None | str | Unset = UNSET
    preference: None | StakeholderCommsPreference | Unset = UNSET
    inserted_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stakeholder_comms_preference import StakeholderCommsPreference

        id = self.id

        email_id: None | str | Unset
        if isinstance(self.email_id, Unset):
            email_id = UNSET
        else:
            email_id = self.email_id

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        phone_country: None | str | Unset
        if isinstance(self.phone_country, Unset):
            phone_country = UNSET
        else:
            phone_country = self.phone_country

        webhook: None | str | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        else:
            webhook = self.webhook

        preference: dict[str, Any] | None | Unset
        if isinstance(self.preference, Unset):
            preference = UNSET
        elif isinstance(self.preference, StakeholderCommsPreference):
            preference = self.preference.to_dict()
        else:
            preference = self.preference

        inserted_at: None | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = self.inserted_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        if inserted_at is not UNSET:
            field_dict["insertedAt"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_preference import StakeholderCommsPreference

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_email_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_id = _parse_email_id(d.pop("emailId", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        def _parse_phone_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_country = _parse_phone_country(d.pop("phoneCountry", UNSET))

        def _parse_webhook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook = _parse_webhook(d.pop("webhook", UNSET))

        def _parse_preference(
            data: object,
        ) -> None | StakeholderCommsPreference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preference_type_1 = StakeholderCommsPreference.from_dict(data)

                return preference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StakeholderCommsPreference | Unset, data)

        preference = _parse_preference(d.pop("preference", UNSET))

        def _parse_inserted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inserted_at = _parse_inserted_at(d.pop("insertedAt", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        stakeholder_comms_notification_preference = cls(
            id=id,
            email_id=email_id,
            phone_number=phone_number,
            phone_country=phone_country,
            webhook=webhook,
            preference=preference,
            inserted_at=inserted_at,
            updated_at=updated_at,
        )

        stakeholder_comms_notification_preference.additional_properties = d
        return stakeholder_comms_notification_preference

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
