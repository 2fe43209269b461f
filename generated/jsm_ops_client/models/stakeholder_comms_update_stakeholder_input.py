from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stakeholder_comms_stakeholder_status import (
    StakeholderCommsStakeholderStatus,
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
        stakeholder_id_input (StakeholderCommsStakeholderIdInput | Unset): Identifies a stakeholder by one of its
            identifiers.
        status (StakeholderCommsStakeholderStatus | Unset): Status of a stakeholder. The reference documents only
            `ACTIVE`; `INVITED` (an external stakeholder who has not yet confirmed the subscription, see Resend stakeholder
            invite) and `INACTIVE` are inferred. Other values may be returned and are kept by the generated clients.
        notification_preference (StakeholderCommsNotificationPreferenceInput | Unset): New notification preference of a
            stakeholder.
    """

    stakeholder_id_input: StakeholderCommsStakeholderIdInput | Unset = UNSET
    status: StakeholderCommsStakeholderStatus | Unset = UNSET
    notification_preference: StakeholderCommsNotificationPreferenceInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stakeholder_id_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stakeholder_id_input, Unset):
            stakeholder_id_input = self.stakeholder_id_input.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        notification_preference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_preference, Unset):
            notification_preference = self.notification_preference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stakeholder_id_input is not UNSET:
            field_dict["stakeholderIdInput"] = stakeholder_id_input
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
        _stakeholder_id_input = d.pop("stakeholderIdInput", UNSET)
        stakeholder_id_input: StakeholderCommsStakeholderIdInput | Unset
        if isinstance(_stakeholder_id_input, Unset):
            stakeholder_id_input = UNSET
        else:
            stakeholder_id_input = StakeholderCommsStakeholderIdInput.from_dict(
                _stakeholder_id_input
            )

        _status = d.pop("status", UNSET)
        status: StakeholderCommsStakeholderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StakeholderCommsStakeholderStatus(_status)

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
