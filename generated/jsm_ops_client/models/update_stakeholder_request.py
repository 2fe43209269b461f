from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stakeholder_comms_update_stakeholder_input import (
        StakeholderCommsUpdateStakeholderInput,
    )


T = TypeVar("T", bound="UpdateStakeholderRequest")


@_attrs_define
class UpdateStakeholderRequest:
    """Request body of Update stakeholder.

    Attributes:
        update_stakeholder_input (StakeholderCommsUpdateStakeholderInput): Stakeholder to update and its new values.
    """

    update_stakeholder_input: StakeholderCommsUpdateStakeholderInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_stakeholder_input = self.update_stakeholder_input.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updateStakeholderInput": update_stakeholder_input,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_update_stakeholder_input import (
            StakeholderCommsUpdateStakeholderInput,
        )

        d = dict(src_dict)
        update_stakeholder_input = StakeholderCommsUpdateStakeholderInput.from_dict(
            d.pop("updateStakeholderInput")
        )

        update_stakeholder_request = cls(
            update_stakeholder_input=update_stakeholder_input,
        )

        update_stakeholder_request.additional_properties = d
        return update_stakeholder_request

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
