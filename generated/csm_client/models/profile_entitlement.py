from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entitled_entity import EntitledEntity
    from ..models.product import Product
    from ..models.profile_detail_field import ProfileDetailField


T = TypeVar("T", bound="ProfileEntitlement")


@_attrs_define
class ProfileEntitlement:
    """An entitlement as shown in a profile, with its details in the profile shape.

    Attributes:
        id (str): The ID of the entitlement, as a UUID.
        product (Product | Unset): A product customers and organizations can be entitled to.
        entitled_entity (EntitledEntity | Unset): The customer or organization an entitlement belongs to.
        details (list[ProfileDetailField] | Unset):
    """

    id: str
    product: Product | Unset = UNSET
    entitled_entity: EntitledEntity | Unset = UNSET
    details: list[ProfileDetailField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        entitled_entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entitled_entity, Unset):
            entitled_entity = self.entitled_entity.to_dict()

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if product is not UNSET:
            field_dict["product"] = product
        if entitled_entity is not UNSET:
            field_dict["entitledEntity"] = entitled_entity
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entitled_entity import EntitledEntity
        from ..models.product import Product
        from ..models.profile_detail_field import ProfileDetailField

        d = dict(src_dict)
        id = d.pop("id")

        _product = d.pop("product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = Product.from_dict(_product)

        _entitled_entity = d.pop("entitledEntity", UNSET)
        entitled_entity: EntitledEntity | Unset
        if isinstance(_entitled_entity, Unset):
            entitled_entity = UNSET
        else:
            entitled_entity = EntitledEntity.from_dict(_entitled_entity)

        _details = d.pop("details", UNSET)
        details: list[ProfileDetailField] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ProfileDetailField.from_dict(details_item_data)

                details.append(details_item)

        profile_entitlement = cls(
            id=id,
            product=product,
            entitled_entity=entitled_entity,
            details=details,
        )

        profile_entitlement.additional_properties = d
        return profile_entitlement

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
