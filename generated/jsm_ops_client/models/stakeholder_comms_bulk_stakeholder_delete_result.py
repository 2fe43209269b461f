from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stakeholder_comms_bulk_stakeholder_delete_error import (
        StakeholderCommsBulkStakeholderDeleteError,
    )


T = TypeVar("T", bound="StakeholderCommsBulkStakeholderDeleteResult")


@_attrs_define
class StakeholderCommsBulkStakeholderDeleteResult:
    """Result of a bulk stakeholder delete operation.

    Attributes:
        success (bool | Unset): Whether the operation succeeded.
        message (None | str | Unset): Message about the operation.
        total_count (int | Unset): Number of stakeholders in the request.
        success_count (int | Unset): Number of stakeholders deleted.
        failure_count (int | Unset): Number of stakeholders that could not be deleted.
        successful_ids (list[str] | Unset): IDs of the deleted stakeholders.
        errors (list[StakeholderCommsBulkStakeholderDeleteError] | Unset): Stakeholders that could not be deleted.
    """

    success: bool | Unset = UNSET
    message: None | str | Unset = UNSET
    total_count: int | Unset = UNSET
    success_count: int | Unset = UNSET
    failure_count: int | Unset = UNSET
    successful_ids: list[str] | Unset = UNSET
    errors: list[StakeholderCommsBulkStakeholderDeleteError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        total_count = self.total_count

        success_count = self.success_count

        failure_count = self.failure_count

        successful_ids: list[str] | Unset = UNSET
        if not isinstance(self.successful_ids, Unset):
            successful_ids = self.successful_ids

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if success_count is not UNSET:
            field_dict["successCount"] = success_count
        if failure_count is not UNSET:
            field_dict["failureCount"] = failure_count
        if successful_ids is not UNSET:
            field_dict["successfulIds"] = successful_ids
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stakeholder_comms_bulk_stakeholder_delete_error import (
            StakeholderCommsBulkStakeholderDeleteError,
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        total_count = d.pop("totalCount", UNSET)

        success_count = d.pop("successCount", UNSET)

        failure_count = d.pop("failureCount", UNSET)

        successful_ids = cast(list[str], d.pop("successfulIds", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: list[StakeholderCommsBulkStakeholderDeleteError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = StakeholderCommsBulkStakeholderDeleteError.from_dict(
                    errors_item_data
                )

                errors.append(errors_item)

        stakeholder_comms_bulk_stakeholder_delete_result = cls(
            success=success,
            message=message,
            total_count=total_count,
            success_count=success_count,
            failure_count=failure_count,
            successful_ids=successful_ids,
            errors=errors,
        )

        stakeholder_comms_bulk_stakeholder_delete_result.additional_properties = d
        return stakeholder_comms_bulk_stakeholder_delete_result

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
