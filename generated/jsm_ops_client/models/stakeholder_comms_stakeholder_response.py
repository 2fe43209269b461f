from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_stakeholder import StakeholderCommsStakeholder


T = TypeVar("T", bound="StakeholderCommsStakeholderResponse")


@_attrs_define
class StakeholderCommsStakeholderResponse:
    """Response containing a single stakeholder.

    Attributes:
        stakeholder (None | StakeholderCommsStakeholder | Unset):
        error (None | str | Unset): Error message, if the operation failed; null or absent on success.
    """

    stakeholder: None | StakeholderCommsStakeholder | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stakeholder_comms_stakeholder import StakeholderCommsStakeholder

        stakeholder: dict[str, Any] | None | Unset
        if isinstance(self.stakeholder, Unset):
            stakeholder = UNSET
        elif isinstance(self.stakeholder, StakeholderCommsStakeholder):
            stakeholder = self.stakeholder.to_dict()
        else:
            stakeholder = self.stakeholder

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stakeholder is not UNSET:
            field_dict["stakeholder"] = stakeholder
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_stakeholder import StakeholderCommsStakeholder

        d = dict(src_dict)

        def _parse_stakeholder(
            data: object,
        ) -> None | StakeholderCommsStakeholder | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stakeholder_type_1 = StakeholderCommsStakeholder.from_dict(data)

                return stakeholder_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StakeholderCommsStakeholder | Unset, data)

        stakeholder = _parse_stakeholder(d.pop("stakeholder", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        stakeholder_comms_stakeholder_response = cls(
            stakeholder=stakeholder,
            error=error,
        )

        stakeholder_comms_stakeholder_response.additional_properties = d
        return stakeholder_comms_stakeholder_response

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
