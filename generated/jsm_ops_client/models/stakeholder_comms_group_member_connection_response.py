from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_stakeholder_group_connection import (
        StakeholderCommsStakeholderGroupConnection,
    )


T = TypeVar("T", bound="StakeholderCommsGroupMemberConnectionResponse")


@_attrs_define
class StakeholderCommsGroupMemberConnectionResponse:
    """Response of Add members to stakeholder group. As the reference's example shows, its connection holds stakeholder-
    group nodes (the group the members were added to), not member records; read the members with Get stakeholder group
    with memberships.

        Attributes:
            connection (StakeholderCommsStakeholderGroupConnection | Unset): Connection-style response for listing
                stakeholder groups. Get memberships by group ID and Add members to stakeholder group answer with this shape too,
                as the reference's examples show (nodes are stakeholder groups, not members).
            error (None | str | Unset): Error message, if the operation failed; null or absent on success.
    """

    connection: StakeholderCommsStakeholderGroupConnection | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection, Unset):
            connection = self.connection.to_dict()

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection is not UNSET:
            field_dict["connection"] = connection
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_stakeholder_group_connection import (
            StakeholderCommsStakeholderGroupConnection,
        )

        d = dict(src_dict)
        _connection = d.pop("connection", UNSET)
        connection: StakeholderCommsStakeholderGroupConnection | Unset
        if isinstance(_connection, Unset):
            connection = UNSET
        else:
            connection = StakeholderCommsStakeholderGroupConnection.from_dict(
                _connection
            )

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        stakeholder_comms_group_member_connection_response = cls(
            connection=connection,
            error=error,
        )

        stakeholder_comms_group_member_connection_response.additional_properties = d
        return stakeholder_comms_group_member_connection_response

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
