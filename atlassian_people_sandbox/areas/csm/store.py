"""CSM state: detail fields, organizations, customers, products, entitlements and bulk tasks, in memory.

Entities reference each other by id; the resource modules (organizations.py, customers.py, catalog.py,
detail_fields.py, bulk.py) hold the operations, so a bulk item and its single-item endpoint share one code
path.
Bulk tasks advance lazily: every CSM request (and `stats()`) first applies whatever task items are due by
now, under one lock, so work progresses with wall time and each item is applied exactly once.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from ...errors import ApiError
from .tasks import Task

EntityKind = Literal["organization", "customer", "entitlement"]
ENTITY_KINDS: tuple[EntityKind, ...] = ("organization", "customer", "entitlement")
KIND_LABELS: dict[EntityKind, str] = {
    "organization": "Organization",
    "customer": "Customer",
    "entitlement": "Entitlement",
}
MAX_DETAIL_FIELDS = 50  # "You can create up to 50 detail fields." (per entity kind)
CHOICE_TYPES = frozenset({"SELECT", "MULTISELECT"})


class CsmError(ApiError):
    """An ApiError with a machine-readable code, reported as-is in a bulk task's per-item failures."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(status, message)
        self.code = code


@dataclass
class DetailField:
    id: str
    name: str
    type_name: str
    options: list[str]
    position: int

    @property
    def has_options(self) -> bool:
        return self.type_name in CHOICE_TYPES


@dataclass
class Organization:
    id: str
    name: str
    details: dict[str, list[str]] = field(default_factory=dict)  # detail field id -> values
    customer_ids: list[str] = field(default_factory=list)  # members, in the order they joined


@dataclass
class Customer:
    id: str
    email: str
    display_name: str
    details: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Product:
    id: str
    name: str


@dataclass
class Entitlement:
    id: str
    product_id: str
    entity_type: Literal["ORGANIZATION", "CUSTOMER"]
    entity_id: str
    details: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class IdempotentRequest:
    task_id: str
    fingerprint: str  # canonical JSON of the body that created the task


@dataclass
class CsmStore:
    rng: random.Random
    fields: dict[EntityKind, dict[str, DetailField]] = field(
        default_factory=lambda: {kind: {} for kind in ENTITY_KINDS}
    )
    organizations: dict[str, Organization] = field(default_factory=dict)
    customers: dict[str, Customer] = field(default_factory=dict)
    products: dict[str, Product] = field(default_factory=dict)
    entitlements: dict[str, Entitlement] = field(default_factory=dict)
    tasks: dict[str, Task] = field(default_factory=dict)
    # (principal account id, operationId, Idempotency-Key) -> the task that key started
    idempotency: dict[tuple[str, str, str], IdempotentRequest] = field(default_factory=dict)
    clock: Callable[[], float] = time.monotonic
    # Handlers run on the server's thread while tests read stats() from theirs.
    lock: threading.RLock = field(default_factory=threading.RLock)
    next_organization_number: int = 1
    next_field_number: int = 301
    counters: dict[str, int] = field(
        default_factory=lambda: {
            "bulkItemsProcessed": 0,
            "bulkItemsApplied": 0,
            "bulkItemsFailed": 0,
            "idempotentReplays": 0,
        }
    )

    # -- ids -----------------------------------------------------------------------------------------

    def new_uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def new_organization_id(self) -> str:
        number, self.next_organization_number = (
            self.next_organization_number,
            self.next_organization_number + 1,
        )
        return str(number)

    def new_field_id(self) -> str:
        number, self.next_field_number = self.next_field_number, self.next_field_number + 1
        return str(number)

    def new_customer_id(self) -> str:
        # Customer-only accounts look like qm:<site uuid>:<account uuid> on Atlassian sites.
        return f"qm:{self.new_uuid()}:{self.new_uuid()}"

    # -- lookups (404 for path ids) -----------------------------------------------------------------

    def organization(self, organization_id: str) -> Organization:
        found = self.organizations.get(organization_id)
        if found is None:
            raise CsmError(404, "ORGANIZATION_NOT_FOUND", f"Organization {organization_id} not found.")
        return found

    def customer(self, customer_id: str) -> Customer:
        found = self.customers.get(customer_id)
        if found is None:
            raise CsmError(404, "CUSTOMER_NOT_FOUND", f"Customer {customer_id} not found.")
        return found

    def product(self, product_id: str) -> Product:
        found = self.products.get(product_id)
        if found is None:
            raise CsmError(404, "PRODUCT_NOT_FOUND", f"Product {product_id} not found.")
        return found

    def entitlement(self, entitlement_id: str) -> Entitlement:
        found = self.entitlements.get(entitlement_id)
        if found is None:
            raise CsmError(404, "ENTITLEMENT_NOT_FOUND", f"Entitlement {entitlement_id} not found.")
        return found

    def organization_named(self, name: str) -> Organization | None:
        wanted = name.strip().casefold()
        return next((o for o in self.organizations.values() if o.name.casefold() == wanted), None)

    def customer_with_email(self, email: str) -> Customer | None:
        wanted = email.strip().casefold()
        return next((c for c in self.customers.values() if c.email.casefold() == wanted), None)

    def organizations_of(self, customer_id: str) -> list[Organization]:
        return [o for o in self.organizations.values() if customer_id in o.customer_ids]

    def entitlements_of(self, entity_type: str, entity_id: str) -> list[Entitlement]:
        return [
            e for e in self.entitlements.values() if e.entity_type == entity_type and e.entity_id == entity_id
        ]

    def ordered_fields(self, kind: EntityKind) -> list[DetailField]:
        return sorted(self.fields[kind].values(), key=lambda f: f.position)

    # -- tasks ---------------------------------------------------------------------------------------

    def advance_tasks(self) -> None:
        """Apply every bulk item due by now, oldest task first."""
        now = self.clock()
        for task in self.tasks.values():
            if not task.finished:
                task.advance(self.counters, now)

    def stats(self) -> dict[str, int]:
        with self.lock:
            self.advance_tasks()
            return {
                "organizations": len(self.organizations),
                "customers": len(self.customers),
                "products": len(self.products),
                "entitlements": len(self.entitlements),
                "organizationDetailFields": len(self.fields["organization"]),
                "customerDetailFields": len(self.fields["customer"]),
                "entitlementDetailFields": len(self.fields["entitlement"]),
                "memberships": sum(len(o.customer_ids) for o in self.organizations.values()),
                "tasks": len(self.tasks),
                "tasksCompleted": sum(1 for t in self.tasks.values() if t.finished),
                **self.counters,
            }
