from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stakeholder_comms_stakeholder_update_status import (
    StakeholderCommsStakeholderUpdateStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_notification_preference_input import (
        StakeholderCommsNotificationPreferenceInput,
    )
    from ..models.stakeholder_comms_stakeholder_id_input import (
        StakeholderCommsStakeholderIdInput,
    )


T = TypeVar("T", bound="StakeholderCommsUpdateStakeholderInput")


@_attrs_define
class StakeholderCommsUpdateStakeholderInput:
    """Stakeholder to update and its new values.

    Attributes:
        stakeholder_id_input (StakeholderCommsStakeholderIdInput): Identifies a stakeholder by one of its identifiers.
        status (StakeholderCommsStakeholderUpdateStatus | Unset): Status to set with Update stakeholder. Unlike a
            stakeholder's status in responses, update does not accept `INACTIVE`.
        notification_preference (StakeholderCommsNotificationPreferenceInput | Unset): New notification preference of a
            stakeholder.
    """

    stakeholder_id_input: StakeholderCommsStakeholderIdInput
    status: StakeholderCommsStakeholderUpdateStatus | Unset = UNSET
    notification_preference: StakeholderCommsNotificationPreferenceInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stakeholder_id_input = self.stakeholder_id_input.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        notification_preference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_preference, Unset):
            notification_preference = self.notification_preference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stakeholderIdInput": stakeholder_id_input,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if notification_preference is not UNSET:
            field_dict["notificationPreference"] = notification_preference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_notification_preference_input import (
            StakeholderCommsNotificationPreferenceInput,
        )
        from ..models.stakeholder_comms_stakeholder_id_input import (
            StakeholderCommsStakeholderIdInput,
        )

        d = dict(src_dict)
        stakeholder_id_input = StakeholderCommsStakeholderIdInput.from_dict(
            d.pop("stakeholderIdInput")
        )

        _status = d.pop("status", UNSET)
        status: StakeholderCommsStakeholderUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StakeholderCommsStakeholderUpdateStatus(_status)

        _notification_preference = d.pop("notificationPreference", UNSET)
        notification_preference: StakeholderCommsNotificationPreferenceInput | Unset
        if isinstance(_notification_preference, Unset):
            notification_preference = UNSET
        else:
            notification_preference = (
                StakeholderCommsNotificationPreferenceInput.from_dict(
                    _notification_preference
                )
            )

        stakeholder_comms_update_stakeholder_input = cls(
            stakeholder_id_input=stakeholder_id_input,
            status=status,
            notification_preference=notification_preference,
        )

        stakeholder_comms_update_stakeholder_input.additional_properties = d
        return stakeholder_comms_update_stakeholder_input

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
