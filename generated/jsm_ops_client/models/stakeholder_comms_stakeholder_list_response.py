from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_stakeholder import StakeholderCommsStakeholder


T = TypeVar("T", bound="StakeholderCommsStakeholderListResponse")


@_attrs_define
class StakeholderCommsStakeholderListResponse:
    """Response containing a list of stakeholders identified by Atlassian Resource Identifiers (ARIs).

    Attributes:
        stakeholders (list[StakeholderCommsStakeholder] | Unset): Stakeholders.
        error (None | str | Unset): Error message, if the operation failed; null or absent on success.
    """

    stakeholders: list[StakeholderCommsStakeholder] | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stakeholders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stakeholders, Unset):
            stakeholders = []
            for stakeholders_item_data in self.stakeholders:
                stakeholders_item = stakeholders_item_data.to_dict()
                stakeholders.append(stakeholders_item)

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stakeholders is not UNSET:
            field_dict["stakeholders"] = stakeholders
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_stakeholder import StakeholderCommsStakeholder

        d = dict(src_dict)
        _stakeholders = d.pop("stakeholders", UNSET)
        stakeholders: list[StakeholderCommsStakeholder] | Unset = UNSET
        if _stakeholders is not UNSET:
            stakeholders = []
            for stakeholders_item_data in _stakeholders:
                stakeholders_item = StakeholderCommsStakeholder.from_dict(
                    stakeholders_item_data
                )

                stakeholders.append(stakeholders_item)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        stakeholder_comms_stakeholder_list_response = cls(
            stakeholders=stakeholders,
            error=error,
        )

        stakeholder_comms_stakeholder_list_response.additional_properties = d
        return stakeholder_comms_stakeholder_list_response

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
