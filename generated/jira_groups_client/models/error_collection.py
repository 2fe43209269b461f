from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_collection_errors import ErrorCollectionErrors


T = TypeVar("T", bound="ErrorCollection")


@_attrs_define
class ErrorCollection:
    """Error messages from an operation.

    Attributes:
        error_messages (list[str] | Unset): The list of error messages produced by this operation. For example, "input
            parameter 'key' must be provided".
        errors (ErrorCollectionErrors | Unset): The list of errors by parameter returned by the operation. For
            example,"projectKey": "Project keys must start with an uppercase letter, followed by one or more uppercase
            alphanumeric characters."
        status (int | Unset): The HTTP status code of the response.
    """

    error_messages: list[str] | Unset = UNSET
    errors: ErrorCollectionErrors | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_messages: list[str] | Unset = UNSET
        if not isinstance(self.error_messages, Unset):
            error_messages = self.error_messages

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_messages is not UNSET:
            field_dict["errorMessages"] = error_messages
        if errors is not UNSET:
            field_dict["errors"] = errors
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_collection_errors import ErrorCollectionErrors

        d = dict(src_dict)
        error_messages = cast(list[str], d.pop("errorMessages", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: ErrorCollectionErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ErrorCollectionErrors.from_dict(_errors)

        status = d.pop("status", UNSET)

        error_collection = cls(
            error_messages=error_messages,
            errors=errors,
            status=status,
        )

        error_collection.additional_properties = d
        return error_collection

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
