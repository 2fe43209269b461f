from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_page_info import StakeholderCommsPageInfo
    from ..models.stakeholder_comms_stakeholder_group import (
        StakeholderCommsStakeholderGroup,
    )


T = TypeVar("T", bound="StakeholderCommsStakeholderGroupConnection")


@_attrs_define
class StakeholderCommsStakeholderGroupConnection:
    """Connection-style response for listing stakeholder groups. Get memberships by group ID and Add members to stakeholder
    group answer with this shape too, as the reference's examples show (nodes are stakeholder groups, not members).

        Attributes:
            nodes (list[StakeholderCommsStakeholderGroup] | Unset): Stakeholder groups on this page.
            page_info (StakeholderCommsPageInfo | Unset): Cursor pagination information. `hasPreviousPage` and `startCursor`
                are only returned by some operations.
            total_count (int | Unset): Total number of stakeholder groups.
    """

    nodes: list[StakeholderCommsStakeholderGroup] | Unset = UNSET
    page_info: StakeholderCommsPageInfo | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if page_info is not UNSET:
            field_dict["pageInfo"] = page_info
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_page_info import StakeholderCommsPageInfo
        from ..models.stakeholder_comms_stakeholder_group import (
            StakeholderCommsStakeholderGroup,
        )

        d = dict(src_dict)
        _nodes = d.pop("nodes", UNSET)
        nodes: list[StakeholderCommsStakeholderGroup] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = StakeholderCommsStakeholderGroup.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        _page_info = d.pop("pageInfo", UNSET)
        page_info: StakeholderCommsPageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = StakeholderCommsPageInfo.from_dict(_page_info)

        total_count = d.pop("totalCount", UNSET)

        stakeholder_comms_stakeholder_group_connection = cls(
            nodes=nodes,
            page_info=page_info,
            total_count=total_count,
        )

        stakeholder_comms_stakeholder_group_connection.additional_properties = d
        return stakeholder_comms_stakeholder_group_connection

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
