from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stakeholder_comms_stakeholder_status import (
    StakeholderCommsStakeholderStatus,
)
from ..models.stakeholder_comms_stakeholder_type import StakeholderCommsStakeholderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_notification_preference import (
        StakeholderCommsNotificationPreference,
    )
    from ..models.stakeholder_comms_stakeholder_group_summary import (
        StakeholderCommsStakeholderGroupSummary,
    )


T = TypeVar("T", bound="StakeholderCommsStakeholder")


@_attrs_define
class StakeholderCommsStakeholder:
    """A stakeholder in stakeholder communications.

    Attributes:
        id (str | Unset): ID of the stakeholder.
        ari (str | Unset): Atlassian Resource Identifier (ARI) of the stakeholder.
        aaid (None | str | Unset): Atlassian account ID of the stakeholder, if it is an Atlassian user.
        stakeholder_group_id (None | str | Unset): ID of the stakeholder group, if the stakeholder is a group.
        atlassian_team_id (None | str | Unset): ID of the Atlassian team, if the stakeholder is a team.
        type_ (StakeholderCommsStakeholderType | Unset): Type of stakeholder. The reference documents only `EXTERNAL`
            (notified by email, SMS or webhook); `INTERNAL` (an Atlassian account, `aaid`), `TEAM` (`atlassianTeamId`) and
            `GROUP` (`stakeholderGroupId`) are inferred from the identifiers a stakeholder can have. Other values may be
            returned and are kept by the generated clients.
        skip_confirmation (bool | Unset): Whether the stakeholder was added without confirming the subscription.
        status (StakeholderCommsStakeholderStatus | Unset): Status of a stakeholder. Atlassian documents `ACTIVE`,
            `PENDING_IDENTITY_SETUP`, `INVITED_PENDING_APPROVAL`, `NOT_INVITED`, `QUARANTINED` and `DELETED`; `INVITED` (an
            external stakeholder who has not yet confirmed the subscription, see Resend stakeholder invite) and `INACTIVE`
            are inferred and may only appear in responses. Other values may be returned and are kept by the generated
            clients.
        notification_preference (None | StakeholderCommsNotificationPreference | Unset):
        inserted_at (None | str | Unset): When the stakeholder was created. Timestamp as a string; the format is not
            guaranteed to be ISO 8601.
        updated_at (None | str | Unset): When the stakeholder was last updated. Timestamp as a string; the format is not
            guaranteed to be ISO 8601.
        name (None | str | Unset): Display name of the stakeholder.
        avatar (None | str | Unset): Avatar URL of the stakeholder.
        groups (list[StakeholderCommsStakeholderGroupSummary] | None | Unset): Stakeholder groups the stakeholder
            belongs to.
    """

    id: str | Unset = UNSET
    ari: str | Unset = UNSET
    aaid: None | str | Unset = UNSET
    stakeholder_group_id: None | str | Unset = UNSET
    atlassian_team_id: None | str | Unset = UNSET
    type_: StakeholderCommsStakeholderType | Unset = UNSET
    skip_confirmation: bool | Unset = UNSET
    status: StakeholderCommsStakeholderStatus | Unset = UNSET
    notification_preference: None | StakeholderCommsNotificationPreference | Unset = (
        UNSET
    )
    inserted_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    avatar: None | str | Unset = UNSET
    groups: list[StakeholderCommsStakeholderGroupSummary] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stakeholder_comms_notification_preference import (
            StakeholderCommsNotificationPreference,
        )

        id = self.id

        ari = self.ari

        aaid: None | str | Unset
        if isinstance(self.aaid, Unset):
            aaid = UNSET
        else:
            aaid = self.aaid

        stakeholder_group_id: None | str | Unset
        if isinstance(self.stakeholder_group_id, Unset):
            stakeholder_group_id = UNSET
        else:
            stakeholder_group_id = self.stakeholder_group_id

        atlassian_team_id: None | str | Unset
        if isinstance(self.atlassian_team_id, Unset):
            atlassian_team_id = UNSET
        else:
            atlassian_team_id = self.atlassian_team_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        skip_confirmation = self.skip_confirmation

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        notification_preference: dict[str, Any] | None | Unset
        if isinstance(self.notification_preference, Unset):
            notification_preference = UNSET
        elif isinstance(
            self.notification_preference, StakeholderCommsNotificationPreference
        ):
            notification_preference = self.notification_preference.to_dict()
        else:
            notification_preference = self.notification_preference

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = []
            for groups_type_0_item_data in self.groups:
                groups_type_0_item = groups_type_0_item_data.to_dict()
                groups.append(groups_type_0_item)

        else:
            groups = self.groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ari is not UNSET:
            field_dict["ari"] = ari
        if aaid is not UNSET:
            field_dict["aaid"] = aaid
        if stakeholder_group_id is not UNSET:
            field_dict["stakeholderGroupId"] = stakeholder_group_id
        if atlassian_team_id is not UNSET:
            field_dict["atlassianTeamId"] = atlassian_team_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if skip_confirmation is not UNSET:
            field_dict["skipConfirmation"] = skip_confirmation
        if status is not UNSET:
            field_dict["status"] = status
        if notification_preference is not UNSET:
            field_dict["notificationPreference"] = notification_preference
        if inserted_at is not UNSET:
            field_dict["insertedAt"] = inserted_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_notification_preference import (
            StakeholderCommsNotificationPreference,
        )
        from ..models.stakeholder_comms_stakeholder_group_summary import (
            StakeholderCommsStakeholderGroupSummary,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        ari = d.pop("ari", UNSET)

        def _parse_aaid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aaid = _parse_aaid(d.pop("aaid", UNSET))

        def _parse_stakeholder_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stakeholder_group_id = _parse_stakeholder_group_id(
            d.pop("stakeholderGroupId", UNSET)
        )

        def _parse_atlassian_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        atlassian_team_id = _parse_atlassian_team_id(d.pop("atlassianTeamId", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: StakeholderCommsStakeholderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StakeholderCommsStakeholderType(_type_)

        skip_confirmation = d.pop("skipConfirmation", UNSET)

        _status = d.pop("status", UNSET)
        status: StakeholderCommsStakeholderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StakeholderCommsStakeholderStatus(_status)

        def _parse_notification_preference(
            data: object,
        ) -> None | StakeholderCommsNotificationPreference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notification_preference_type_1 = (
                    StakeholderCommsNotificationPreference.from_dict(data)
                )

                return notification_preference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StakeholderCommsNotificationPreference | Unset, data)

        notification_preference = _parse_notification_preference(
            d.pop("notificationPreference", UNSET)
        )

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        def _parse_groups(
            data: object,
        ) -> list[StakeholderCommsStakeholderGroupSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = []
                _groups_type_0 = data
                for groups_type_0_item_data in _groups_type_0:
                    groups_type_0_item = (
                        StakeholderCommsStakeholderGroupSummary.from_dict(
                            groups_type_0_item_data
                        )
                    )

                    groups_type_0.append(groups_type_0_item)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[StakeholderCommsStakeholderGroupSummary] | None | Unset, data
            )

        groups = _parse_groups(d.pop("groups", UNSET))

        stakeholder_comms_stakeholder = cls(
            id=id,
            ari=ari,
            aaid=aaid,
            stakeholder_group_id=stakeholder_group_id,
            atlassian_team_id=atlassian_team_id,
            type_=type_,
            skip_confirmation=skip_confirmation,
            status=status,
            notification_preference=notification_preference,
            inserted_at=inserted_at,
            updated_at=updated_at,
            name=name,
            avatar=avatar,
            groups=groups,
        )

        stakeholder_comms_stakeholder.additional_properties = d
        return stakeholder_comms_stakeholder

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
