"""Bulk operations (asynchronous, idempotent) and task status.

A bulk request is checked as a whole first (400 for an item that cannot mean anything, e.g. UPDATE without
an id), then accepted as a task (202) whose items are applied one by one as time passes (see tasks.py).
Item-level problems that depend on state (unknown id, name taken, option not allowed) become the task's
per-item failures. Each item goes through the same code as its single-item endpoint.

Idempotency: the `Idempotency-Key` is scoped to the calling account and the operation. Repeating a request
with the same key and the same body returns the original task (202, its current status) and applies nothing
again; the same key with a different body is a 409, as the spec's Conflict response documents.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...registry import HandlerTable, Reply, SandboxRequest
from . import customers, organizations
from .common import body_of, store_operations
from .detail_fields import checked_values, find_field, store_values
from .profiles import ProfileChange
from .store import CsmError, CsmStore, EntityKind, IdempotentRequest
from .tasks import Task

HANDLERS = HandlerTable()
csm_operation = store_operations(HANDLERS)

Item = dict[str, Any]
# Applies one bulk item to the store; raises ApiError (usually CsmError, with a code) when the item fails.
ItemApplier = Callable[[CsmStore, Item], None]


def _needs(index: int, item: Item, *fields: str) -> None:
    missing = [name for name in fields if item.get(name) in (None, "", [])]
    if missing:
        raise CsmError(
            400,
            "INVALID_INPUT",
            f"Item {index} ({item.get('operation')}) needs {' and '.join(repr(name) for name in missing)}.",
        )


def _needs_one_of(index: int, item: Item, first: str, second: str) -> None:
    if not item.get(first) and not item.get(second):
        raise CsmError(
            400, "INVALID_INPUT", f"Item {index} ({item.get('operation')}) needs '{first}' or '{second}'."
        )


# -- organizations ----------------------------------------------------------------------------------------


def _check_organization(index: int, item: Item) -> None:
    required = {"CREATE": ("name",), "UPDATE": ("id", "name"), "DELETE": ("id",)}
    _needs(index, item, *required.get(item["operation"], ()))


def _apply_organization(store: CsmStore, item: Item) -> None:
    if item["operation"] == "CREATE":
        organizations.create_organization(store, item["name"])
    elif item["operation"] == "UPDATE":
        organizations.rename_organization(store, store.organization(item["id"]), item["name"])
    else:
        organizations.delete_organization(store, store.organization(item["id"]))


def _check_organization_profile(index: int, item: Item) -> None:
    if item["operation"] == "CREATE":
        _needs(index, item, "name")
    else:
        _needs_one_of(index, item, "id", "name")


def _apply_organization_profile(store: CsmStore, item: Item) -> None:
    existing = store.organizations.get(item["id"]) if item.get("id") else None
    if existing is None and not item.get("id") and item.get("name"):
        existing = store.organization_named(item["name"])
    operation = item["operation"]
    if operation == "CREATE" or (operation == "UPSERT" and existing is None and item.get("name")):
        organizations.ensure_name_free(store, item["name"])
        change = ProfileChange.checked(store, "organization", item)
        change.apply(store, organizations.create_organization(store, item["name"]))
        return
    if existing is None:  # UPDATE, or UPSERT given only an id: "will not create a new organization"
        raise CsmError(
            404, "ORGANIZATION_NOT_FOUND", f"Organization {item.get('id') or item.get('name')} not found."
        )
    change = ProfileChange.checked(store, "organization", item)
    if item.get("id") and item.get("name"):
        organizations.ensure_name_free(store, item["name"], except_id=existing.id)
        existing.name = item["name"].strip()
    change.apply(store, existing)


# -- customers --------------------------------------------------------------------------------------------


def _check_customer(index: int, item: Item) -> None:
    required = {"CREATE": ("email",), "UPDATE": ("customerId", "displayName"), "DELETE": ("customerId",)}
    _needs(index, item, *required.get(item["operation"], ()))


def _apply_customer(store: CsmStore, item: Item) -> None:
    if item["operation"] == "CREATE":
        customers.create_customer(store, item["email"], item.get("displayName"))
    elif item["operation"] == "UPDATE":
        customers.rename_customer(store.customer(item["customerId"]), item["displayName"])
    else:
        customers.delete_customer(store, store.customer(item["customerId"]))


def _check_customer_profile(index: int, item: Item) -> None:
    if item["operation"] == "CREATE":
        _needs(index, item, "email")
    else:
        _needs_one_of(index, item, "customerId", "email")


def _apply_customer_profile(store: CsmStore, item: Item) -> None:
    existing = store.customers.get(item["customerId"]) if item.get("customerId") else None
    if existing is None and not item.get("customerId") and item.get("email"):
        existing = store.customer_with_email(item["email"])
    operation = item["operation"]
    if operation == "CREATE" or (operation == "UPSERT" and existing is None and item.get("email")):
        customers.ensure_email_free(store, item["email"])
        change = ProfileChange.checked(store, "customer", item)
        change.apply(store, customers.create_customer(store, item["email"], item.get("displayName")))
        return
    if existing is None:  # UPDATE, or UPSERT given only a customerId: "will not create a new customer"
        raise CsmError(
            404, "CUSTOMER_NOT_FOUND", f"Customer {item.get('customerId') or item.get('email')} not found."
        )
    change = ProfileChange.checked(store, "customer", item)
    if item.get("displayName"):
        customers.rename_customer(existing, item["displayName"])
    change.apply(store, existing)


# -- detail values ----------------------------------------------------------------------------------------


def _check_detail(index: int, item: Item) -> None:
    if item["operation"] in ("UPDATE", "PATCH") and item.get("values") is None:
        raise CsmError(400, "INVALID_INPUT", f"Item {index} ({item['operation']}) needs 'values'.")


def _detail_applier(kind: EntityKind, id_key: str) -> ItemApplier:
    def apply(store: CsmStore, item: Item) -> None:
        holder = store.organization(item[id_key]) if kind == "organization" else store.customer(item[id_key])
        detail_field = find_field(store, kind, item["name"], missing_status=422)
        current = holder.details.get(detail_field.id, [])
        requested = item.get("values") or []
        if item["operation"] == "UPDATE":
            values = checked_values(detail_field, requested)
        elif item["operation"] == "PATCH":
            values = checked_values(detail_field, [*current, *requested])
        elif requested:  # DELETE of given values
            doomed = {value.casefold() for value in requested}
            values = [value for value in current if value.casefold() not in doomed]
        else:  # DELETE of the whole value
            values = []
        store_values(holder.details, detail_field, values)

    return apply


# -- the six bulk endpoints -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BulkOperation:
    operation_id: str
    items_key: str
    check: Callable[[int, Item], None]
    identify: Callable[[Item], str | None]
    apply: ItemApplier


BULK_OPERATIONS = (
    BulkOperation(
        "bulkManageOrganizations",
        "organizations",
        _check_organization,
        lambda item: item.get("id") or item.get("name"),
        _apply_organization,
    ),
    BulkOperation(
        "bulkManageOrganizationProfiles",
        "profiles",
        _check_organization_profile,
        lambda item: item.get("id") or item.get("name"),
        _apply_organization_profile,
    ),
    BulkOperation(
        "bulkManageOrganizationDetails",
        "operations",
        _check_detail,
        lambda item: item.get("organizationId"),
        _detail_applier("organization", "organizationId"),
    ),
    BulkOperation(
        "bulkManageCustomerAccounts",
        "customers",
        _check_customer,
        lambda item: item.get("customerId") or item.get("email"),
        _apply_customer,
    ),
    BulkOperation(
        "bulkManageCustomerProfiles",
        "profiles",
        _check_customer_profile,
        lambda item: item.get("customerId") or item.get("email"),
        _apply_customer_profile,
    ),
    BulkOperation(
        "bulkManageCustomerDetails",
        "operations",
        _check_detail,
        lambda item: item.get("customerId"),
        _detail_applier("customer", "customerId"),
    ),
)


def start_bulk(request: SandboxRequest, store: CsmStore, bulk: BulkOperation) -> Reply:
    key = (request.headers.get("idempotency-key") or "").strip()
    if not key:
        raise CsmError(400, "INVALID_INPUT", "The Idempotency-Key header must not be blank.")
    # Canonical JSON: the replay check, and a private copy of the items the task will work through.
    fingerprint = json.dumps(body_of(request), sort_keys=True, separators=(",", ":"))
    scope = (request.principal.account_id, bulk.operation_id, key)
    previous = store.idempotency.get(scope)
    if previous is not None:
        if previous.fingerprint != fingerprint:
            raise CsmError(
                409,
                "IDEMPOTENCY_KEY_REUSED",
                f"Idempotency-Key '{key}' was already used for a different {bulk.operation_id} request "
                f"(task {previous.task_id}); use a new key for a new request.",
            )
        store.counters["idempotentReplays"] += 1
        task = store.tasks[previous.task_id]
        return 202, {"taskId": task.id, "status": task.status(store.clock())}
    items: list[Item] = json.loads(fingerprint).get(bulk.items_key) or []
    if not items:
        raise CsmError(400, "INVALID_INPUT", f"'{bulk.items_key}' must hold at least one item.")
    for index, item in enumerate(items):
        bulk.check(index, item)
    task = Task(
        store.new_uuid(),
        bulk.operation_id,
        items,
        bulk.identify,
        functools.partial(bulk.apply, store),
        created_at=store.clock(),
    )
    store.tasks[task.id] = task
    store.idempotency[scope] = IdempotentRequest(task.id, fingerprint)
    return 202, {"taskId": task.id, "status": task.status(store.clock())}


def _register(bulk: BulkOperation) -> None:
    @csm_operation(bulk.operation_id)
    def handler(request: SandboxRequest, store: CsmStore) -> Reply:
        return start_bulk(request, store, bulk)


for _bulk in BULK_OPERATIONS:
    _register(_bulk)


@csm_operation("getTask")
def get_task(request: SandboxRequest, store: CsmStore) -> Reply:
    task = store.tasks.get(request.path["taskId"])
    if task is None:
        raise CsmError(404, "TASK_NOT_FOUND", f"Task {request.path['taskId']} not found.")
    return 200, task.to_json(store.clock())
