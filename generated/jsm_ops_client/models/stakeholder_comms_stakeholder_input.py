from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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
    """Details of a stakeholder to create.

    Attributes:
        aaid (str | Unset): Atlassian account ID, for an Atlassian user stakeholder.
        stakeholder_type (StakeholderCommsStakeholderType | Unset): Type of stakeholder. The reference documents only
            `EXTERNAL` (notified by email, SMS or webhook); `INTERNAL` (an Atlassian account, `aaid`), `TEAM`
            (`atlassianTeamId`) and `GROUP` (`stakeholderGroupId`) are inferred from the identifiers a stakeholder can have.
            Other values may be returned and are kept by the generated clients.
        skip_confirmation (bool | Unset): Add the stakeholder without asking them to confirm the subscription.
        assignment_type (StakeholderCommsAssignmentType | Unset): Type of the entity a stakeholder is assigned to. The
            reference documents only `INCIDENT`; other values may be returned and are kept by the generated clients.
        external_assignment_id (str | Unset): ID of the entity (for example the incident) to assign the stakeholder to.
        added_from (StakeholderCommsAddedFrom | Unset): Where the stakeholder assignment was added from. The reference
            documents only `STATUSPAGE`; other values may be returned and are kept by the generated clients.
        email_id (str | Unset): Email address of the stakeholder.
        atlassian_team_id (str | Unset): ID of the Atlassian team, for a team stakeholder.
        stakeholder_group_id (str | Unset): ID of the stakeholder group, for a group stakeholder.
        phone_number (str | Unset): Phone number for SMS notifications.
        phone_country (str | Unset): Country of the phone number.
        webhook (str | Unset): Webhook URL for notifications.
        preference (StakeholderCommsPreference | Unset): Notification channel preferences of a stakeholder.
    """

    aaid: str | Unset = UNSET
    stakeholder_type: StakeholderCommsStakeholderType | Unset = UNSET
    skip_confirmation: bool | Unset = UNSET
    assignment_type: StakeholderCommsAssignmentType | Unset = UNSET
    external_assignment_id: str | Unset = UNSET
    added_from: StakeholderCommsAddedFrom | Unset = UNSET
    email_id: str | Unset = UNSET
    atlassian_team_id: str | Unset = UNSET
    stakeholder_group_id: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_country: str | Unset = UNSET
    webhook: str | Unset = UNSET
    preference: StakeholderCommsPreference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aaid = self.aaid

        stakeholder_type: str | Unset = UNSET
        if not isinstance(self.stakeholder_type, Unset):
            stakeholder_type = self.stakeholder_type.value

        skip_confirmation = self.skip_confirmation

        assignment_type: str | Unset = UNSET
        if not isinstance(self.assignment_type, Unset):
            assignment_type = self.assignment_type.value

        external_assignment_id = self.external_assignment_id

        added_from: str | Unset = UNSET
        if not isinstance(self.added_from, Unset):
            added_from = self.added_from.value

        email_id = self.email_id

        atlassian_team_id = self.atlassian_team_id

        stakeholder_group_id = self.stakeholder_group_id

        phone_number = self.phone_number

        phone_country = self.phone_country

        webhook = self.webhook

        preference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preference, Unset):
            preference = self.preference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aaid is not UNSET:
            field_dict["aaid"] = aaid
        if stakeholder_type is not UNSET:
            field_dict["stakeholderType"] = stakeholder_type
        if skip_confirmation is not UNSET:
            field_dict["skipConfirmation"] = skip_confirmation
        if assignment_type is not UNSET:
            field_dict["assignmentType"] = assignment_type
        if external_assignment_id is not UNSET:
            field_dict["externalAssignmentId"] = external_assignment_id
        if added_from is not UNSET:
            field_dict["addedFrom"] = added_from
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
        if preference is not UNSET:
            field_dict["preference"] = preference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_preference import StakeholderCommsPreference

        d = dict(src_dict)
        aaid = d.pop("aaid", UNSET)

        _stakeholder_type = d.pop("stakeholderType", UNSET)
        stakeholder_type: StakeholderCommsStakeholderType | Unset
        if isinstance(_stakeholder_type, Unset):
            stakeholder_type = UNSET
        else:
            stakeholder_type = StakeholderCommsStakeholderType(_stakeholder_type)

        skip_confirmation = d.pop("skipConfirmation", UNSET)

        _assignment_type = d.pop("assignmentType", UNSET)
        assignment_type: StakeholderCommsAssignmentType | Unset
        if isinstance(_assignment_type, Unset):
            assignment_type = UNSET
        else:
            assignment_type = StakeholderCommsAssignmentType(_assignment_type)

        external_assignment_id = d.pop("externalAssignmentId", UNSET)

        _added_from = d.pop("addedFrom", UNSET)
        added_from: StakeholderCommsAddedFrom | Unset
        if isinstance(_added_from, Unset):
            added_from = UNSET
        else:
            added_from = StakeholderCommsAddedFrom(_added_from)

        email_id = d.pop("emailId", UNSET)

        atlassian_team_id = d.pop("atlassianTeamId", UNSET)

        stakeholder_group_id = d.pop("stakeholderGroupId", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        phone_country = d.pop("phoneCountry", UNSET)

        webhook = d.pop("webhook", UNSET)

        _preference = d.pop("preference", UNSET)
        preference: StakeholderCommsPreference | Unset
        if isinstance(_preference, Unset):
            preference = UNSET
        else:
            preference = StakeholderCommsPreference.from_dict(_preference)

        stakeholder_comms_stakeholder_input = cls(
            aaid=aaid,
            stakeholder_type=stakeholder_type,
            skip_confirmation=skip_confirmation,
            assignment_type=assignment_type,
            external_assignment_id=external_assignment_id,
            added_from=added_from,
            email_id=email_id,
            atlassian_team_id=atlassian_team_id,
            stakeholder_group_id=stakeholder_group_id,
            phone_number=phone_number,
            phone_country=phone_country,
            webhook=webhook,
            preference=preference,
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
