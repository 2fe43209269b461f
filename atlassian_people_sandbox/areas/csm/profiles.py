"""What a profile request (details, associations, products) does, for organizations and customers alike."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from .catalog import entitle, referenced_products
from .common import unique
from .detail_fields import checked_profile_details, store_values
from .store import CsmError, CsmStore, Customer, DetailField, Organization, Product

ProfileKind = Literal["organization", "customer"]
T = TypeVar("T")


def _referenced(known: Mapping[str, T], ids: Any, noun: str) -> list[T]:
    """The records named by ids, each once; an unknown one is a 422 naming it."""
    found = []
    for record_id in unique([i for i in ids or [] if isinstance(i, str)]):
        record = known.get(record_id)
        if record is None:
            raise CsmError(422, f"{noun.upper()}_NOT_FOUND", f"{noun} {record_id} does not exist.")
        found.append(record)
    return found


def referenced_customers(store: CsmStore, customer_ids: Any) -> list[Customer]:
    return _referenced(store.customers, customer_ids, "Customer")


def referenced_organizations(store: CsmStore, organization_ids: Any) -> list[Organization]:
    return _referenced(store.organizations, organization_ids, "Organization")


@dataclass
class ProfileChange:
    """A validated profile request: applying it cannot fail half-way. An organization's request names the
    customers to add to it, a customer's the organizations to join."""

    kind: ProfileKind
    details: list[tuple[DetailField, list[str]]]
    memberships: list[tuple[str, str]]  # (organization id, customer id), one side filled in by apply()
    products: list[Product]

    @classmethod
    def checked(cls, store: CsmStore, kind: ProfileKind, body: Mapping[str, Any]) -> ProfileChange:
        details = checked_profile_details(
            store, kind, body.get("details")
        )  # checked first: its errors are the ones reported
        if kind == "organization":
            ids = (body.get("associateCustomers") or {}).get("customerIds")
            memberships = [("", customer.id) for customer in referenced_customers(store, ids)]
        else:
            ids = (body.get("associateOrganizations") or {}).get("organizationIds")
            memberships = [(organization.id, "") for organization in referenced_organizations(store, ids)]
        return cls(
            kind=kind,
            details=details,
            memberships=memberships,
            products=referenced_products(store, (body.get("associateProducts") or {}).get("productIds")),
        )

    def apply(self, store: CsmStore, entity: Organization | Customer) -> None:
        for detail_field, values in self.details:
            store_values(entity.details, detail_field, values)
        for organization_id, customer_id in self.memberships:
            organization = store.organizations[organization_id or entity.id]
            if (customer_id or entity.id) not in organization.customer_ids:
                organization.customer_ids.append(customer_id or entity.id)
        entitle(
            store, self.products, "ORGANIZATION" if self.kind == "organization" else "CUSTOMER", entity.id
        )
