from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StakeholderCommsBulkStakeholderDeleteError")


@_attrs_define
class StakeholderCommsBulkStakeholderDeleteError:
    """A stakeholder that could not be deleted.

    Attributes:
        stakeholder_id (str | Unset): ID of the stakeholder.
        error (str | Unset): Why it failed.
    """

    stakeholder_id: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stakeholder_id = self.stakeholder_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stakeholder_id is not UNSET:
            field_dict["stakeholderId"] = stakeholder_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stakeholder_id = d.pop("stakeholderId", UNSET)

        error = d.pop("error", UNSET)

        stakeholder_comms_bulk_stakeholder_delete_error = cls(
            stakeholder_id=stakeholder_id,
            error=error,
        )

        stakeholder_comms_bulk_stakeholder_delete_error.additional_properties = d
        return stakeholder_comms_bulk_stakeholder_delete_error

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
