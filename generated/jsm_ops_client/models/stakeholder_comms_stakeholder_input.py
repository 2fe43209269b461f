from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stakeholder_comms_added_from import StakeholderCommsAddedFrom
from ..models.stakeholder_comms_assignment_type import StakeholderCommsAssignmentType
from ..models.stakeholder_comms_stakeholder_type import StakeholderCommsStakeholderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_preference import StakeholderCommsPreference


T = TypeVar("T", bound="StakeholderCommsStakeholderInput")


@_attrs_define
class StakeholderCommsStakeholderInput:
    """Details of a stakeholder to create. Atlassian's validator requires `skipConfirmation`, `assignmentType`,
    `externalAssignmentId`, `addedFrom` and `preference`; send null for `assignmentType` and `externalAssignmentId` to
    add the stakeholder without an assignment.

        Attributes:
            skip_confirmation (bool): Add the stakeholder without asking them to confirm the subscription.
            assignment_type (None | StakeholderCommsAssignmentType): Type of the entity to assign the stakeholder to; null
                for no assignment.
            external_assignment_id (None | str): ID of the entity (for example the incident) to assign the stakeholder to;
                null for no assignment.
            added_from (StakeholderCommsAddedFrom): Where the stakeholder assignment was added from (Statuspage or Jira
                Service Management). Other values may be returned and are kept by the generated clients.
            preference (StakeholderCommsPreference): Notification channel preferences of a stakeholder.
            aaid (str | Unset): Atlassian account ID, for an Atlassian user stakeholder.
            stakeholder_type (StakeholderCommsStakeholderType | Unset): Type of stakeholder. The reference documents only
                `EXTERNAL` (notified by email, SMS or webhook); `INTERNAL` (an Atlassian account, `aaid`), `TEAM`
                (`atlassianTeamId`) and `GROUP` (`stakeholderGroupId`) are inferred from the identifiers a stakeholder can have.
                Other values may be returned and are kept by the generated clients.
            email_id (str | Unset): Email address of the stakeholder.
            atlassian_team_id (str | Unset): ID of the Atlassian team, for a team stakeholder.
            stakeholder_group_id (str | Unset): ID of the stakeholder group, for a group stakeholder.
            phone_number (str | Unset): Phone number for SMS notifications.
            phone_country (str | Unset): Country of the phone number.
            webhook (str | Unset): Webhook URL for notifications.
    """

    skip_confirmation: bool
    assignment_type: None | StakeholderCommsAssignmentType
    external_assignment_id: None | str
    added_from: StakeholderCommsAddedFrom
    preference: StakeholderCommsPreference
    aaid: str | Unset = UNSET
    stakeholder_type: StakeholderCommsStakeholderType | Unset = UNSET
    email_id: str | Unset = UNSET
    atlassian_team_id: str | Unset = UNSET
    stakeholder_group_id: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_country: str | Unset = UNSET
    webhook: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skip_confirmation = self.skip_confirmation

        assignment_type: None | str
        if isinstance(self.assignment_type, StakeholderCommsAssignmentType):
            assignment_type = self.assignment_type.value
        else:
            assignment_type = self.assignment_type

        external_assignment_id: None | str
        external_assignment_id = self.external_assignment_id

        added_from = self.added_from.value

        preference = self.preference.to_dict()

        aaid = self.aaid

        stakeholder_type: str | Unset = UNSET
        if not isinstance(self.stakeholder_type, Unset):
            stakeholder_type = self.stakeholder_type.value

        email_id = self.email_id

        atlassian_team_id = self.atlassian_team_id

        stakeholder_group_id = self.stakeholder_group_id

        phone_number = self.phone_number

        phone_country = self.phone_country

        webhook = self.webhook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skipConfirmation": skip_confirmation,
                "assignmentType": assignment_type,
                "externalAssignmentId": external_assignment_id,
                "addedFrom": added_from,
                "preference": preference,
            }
        )
        if aaid is not UNSET:
            field_dict["aaid"] = aaid
        if stakeholder_type is not UNSET:
            field_dict["stakeholderType"] = stakeholder_type
        if email_id is not UNSET:
            field_dict["emailId"] = email_id
        if atlassian_team_id is not UNSET:
            field_dict["atlassianTeamId"] = atlassian_team_id
        if stakeholder_group_id is not UNSET:
            field_dict["stakeholderGroupId"] = stakeholder_group_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if phone_country is not UNSET:
            field_dict["phoneCountry"] = phone_country
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_preference import StakeholderCommsPreference

        d = dict(src_dict)
        skip_confirmation = d.pop("skipConfirmation")

        def _parse_assignment_type(
            data: object,
        ) -> None | StakeholderCommsAssignmentType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignment_type_type_1 = StakeholderCommsAssignmentType(data)

                return assignment_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StakeholderCommsAssignmentType, data)

        assignment_type = _parse_assignment_type(d.pop("assignmentType"))

        def _parse_external_assignment_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_assignment_id = _parse_external_assignment_id(
            d.pop("externalAssignmentId")
        )

        added_from = StakeholderCommsAddedFrom(d.pop("addedFrom"))

        preference = StakeholderCommsPreference.from_dict(d.pop("preference"))

        aaid = d.pop("aaid", UNSET)

        _stakeholder_type = d.pop("stakeholderType", UNSET)
        stakeholder_type: StakeholderCommsStakeholderType | Unset
        if isinstance(_stakeholder_type, Unset):
            stakeholder_type = UNSET
        else:
            stakeholder_type = StakeholderCommsStakeholderType(_stakeholder_type)

        email_id = d.pop("emailId", UNSET)

        atlassian_team_id = d.pop("atlassianTeamId", UNSET)

        stakeholder_group_id = d.pop("stakeholderGroupId", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        phone_country = d.pop("phoneCountry", UNSET)

        webhook = d.pop("webhook", UNSET)

        stakeholder_comms_stakeholder_input = cls(
            skip_confirmation=skip_confirmation,
            assignment_type=assignment_type,
            external_assignment_id=external_assignment_id,
            added_from=added_from,
            preference=preference,
            aaid=aaid,
            stakeholder_type=stakeholder_type,
            email_id=email_id,
            atlassian_team_id=atlassian_team_id,
            stakeholder_group_id=stakeholder_group_id,
            phone_number=phone_number,
            phone_country=phone_country,
            webhook=webhook,
        )

        stakeholder_comms_stakeholder_input.additional_properties = d
        return stakeholder_comms_stakeholder_input

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
