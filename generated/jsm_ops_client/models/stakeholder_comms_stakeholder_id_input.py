from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stakeholder_comms_stakeholder_type import StakeholderCommsStakeholderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StakeholderCommsStakeholderIdInput")


@_attrs_define
class StakeholderCommsStakeholderIdInput:
    """Identifies a stakeholder by one of its identifiers.

    Attributes:
        stakeholder_id (str | Unset): ID of the stakeholder.
        ari (str | Unset): ARI of the stakeholder.
        aaid (str | Unset): Atlassian account ID of the stakeholder.
        email_id (str | Unset): Email address of the stakeholder.
        stakeholder_group_id (str | Unset): ID of the stakeholder group.
        atlassian_team_id (str | Unset): ID of the Atlassian team.
        stakeholder_type (StakeholderCommsStakeholderType | Unset): Type of stakeholder. The reference documents only
            `EXTERNAL` (notified by email, SMS or webhook); `INTERNAL` (an Atlassian account, `aaid`), `TEAM`
            (`atlassianTeamId`) and `GROUP` (`stakeholderGroupId`) are inferred from the identifiers a stakeholder can have.
            Other values may be returned and are kept by the generated clients.
    """

    stakeholder_id: str | Unset = UNSET
    ari: str | Unset = UNSET
    aaid: str | Unset = UNSET
    email_id: str | Unset = UNSET
    stakeholder_group_id: str | Unset = UNSET
    atlassian_team_id: str | Unset = UNSET
    stakeholder_type: StakeholderCommsStakeholderType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stakeholder_id = self.stakeholder_id

        ari = self.ari

        aaid = self.aaid

        email_id = self.email_id

        stakeholder_group_id = self.stakeholder_group_id

        atlassian_team_id = self.atlassian_team_id

        stakeholder_type: str | Unset = UNSET
        if not isinstance(self.stakeholder_type, Unset):
            stakeholder_type = self.stakeholder_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stakeholder_id is not UNSET:
            field_dict["stakeholderId"] = stakeholder_id
        if ari is not UNSET:
            field_dict["ari"] = ari
        if aaid is not UNSET:
            field_dict["aaid"] = aaid
        if email_id is not UNSET:
            field_dict["emailId"] = email_id
        if stakeholder_group_id is not UNSET:
            field_dict["stakeholderGroupId"] = stakeholder_group_id
        if atlassian_team_id is not UNSET:
            field_dict["atlassianTeamId"] = atlassian_team_id
        if stakeholder_type is not UNSET:
            field_dict["stakeholderType"] = stakeholder_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stakeholder_id = d.pop("stakeholderId", UNSET)

        ari = d.pop("ari", UNSET)

        aaid = d.pop("aaid", UNSET)

        email_id = d.pop("emailId", UNSET)

        stakeholder_group_id = d.pop("stakeholderGroupId", UNSET)

        atlassian_team_id = d.pop("atlassianTeamId", UNSET)

        _stakeholder_type = d.pop("stakeholderType", UNSET)
        stakeholder_type: StakeholderCommsStakeholderType | Unset
        if isinstance(_stakeholder_type, Unset):
            stakeholder_type = UNSET
        else:
            stakeholder_type = StakeholderCommsStakeholderType(_stakeholder_type)

        stakeholder_comms_stakeholder_id_input = cls(
            stakeholder_id=stakeholder_id,
            ari=ari,
            aaid=aaid,
            email_id=email_id,
            stakeholder_group_id=stakeholder_group_id,
            atlassian_team_id=atlassian_team_id,
            stakeholder_type=stakeholder_type,
        )

        stakeholder_comms_stakeholder_id_input.additional_properties = d
        return stakeholder_comms_stakeholder_id_input

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
