"""Customers: accounts (email, display name), profiles (details, organizations, entitlements), search.

CSM customers are their own accounts (ids like qm:<uuid>:<uuid>), not the site's Atlassian users. Their
email address is restricted: only callers with the Administer Jira global permission see it.
"""

from __future__ import annotations

from typing import Any

from ...pagination import page_number
from ...registry import HandlerTable, Reply, SandboxRequest
from .catalog import delete_entitlements_where, profile_entitlement_json
from .common import (
    body_of,
    checked_email,
    deleting,
    required_text,
    shows_email,
    store_operations,
    too_many,
    unique,
)
from .detail_fields import (
    find_field,
    profile_details_json,
    values_json,
)
from .organizations import organization_json
from .profiles import ProfileChange
from .store import CsmError, CsmStore, Customer

HANDLERS = HandlerTable()
csm_operation = store_operations(HANDLERS)

MAX_FETCHED_PROFILES = 25
DEFAULT_SEARCH_PAGE = 50


def account_json(customer: Customer, with_email: bool) -> dict[str, Any]:
    return {
        "id": customer.id,
        "displayName": customer.display_name,
        "email": customer.email if with_email else None,
    }


def profile_json(store: CsmStore, customer: Customer, with_email: bool) -> dict[str, Any]:
    return account_json(customer, with_email) | {
        "details": profile_details_json(store, "customer", customer.details),
        "organizations": [organization_json(o) for o in store.organizations_of(customer.id)],
        "entitlements": [
            profile_entitlement_json(store, e) for e in store.entitlements_of("CUSTOMER", customer.id)
        ],
    }


# -- operations shared with the bulk endpoints ------------------------------------------------------------


def ensure_email_free(store: CsmStore, email: str) -> None:
    existing = store.customer_with_email(email)
    if existing is not None:
        raise CsmError(
            409, "EMAIL_ALREADY_EXISTS", f"A customer with email {email} already exists ({existing.id})."
        )


def create_customer(store: CsmStore, email: Any, display_name: Any) -> Customer:
    email = checked_email(email)
    ensure_email_free(store, email)
    # Like Atlassian, an account created without a name shows its email address.
    name = display_name.strip() if isinstance(display_name, str) and display_name.strip() else email
    customer = Customer(store.new_customer_id(), email, name)
    store.customers[customer.id] = customer
    return customer


def rename_customer(customer: Customer, display_name: Any) -> Customer:
    customer.display_name = required_text(display_name, "displayName")
    return customer


def delete_customer(store: CsmStore, customer: Customer) -> None:
    delete_entitlements_where(store, entity_id=customer.id)
    for organization in store.organizations_of(customer.id):
        organization.customer_ids.remove(customer.id)
    del store.customers[customer.id]


# -- handlers ---------------------------------------------------------------------------------------------


@csm_operation("getCustomer")
def get_customer(request: SandboxRequest, store: CsmStore) -> Reply:
    customer = store.customer(request.path["customerId"])
    return 200, account_json(customer, shows_email(request.principal)) | {
        "details": values_json(store, "customer", customer.details)
    }


@csm_operation("searchCustomersByDetailField")
def search_customers_by_detail_field(request: SandboxRequest, store: CsmStore) -> Reply:
    body = body_of(request)
    detail_field = find_field(
        store, "customer", required_text(body.get("fieldName"), "fieldName"), missing_status=422
    )
    wanted = required_text(body.get("value"), "value").casefold()
    matches = [
        c
        for c in store.customers.values()
        if any(v.casefold() == wanted for v in c.details.get(detail_field.id, []))
    ]
    # Per the spec: maxResults defaults to 50 when absent or below 1, and is capped at 100.
    max_results = request.query.get("maxResults")
    if not isinstance(max_results, int) or max_results < 1:
        max_results = DEFAULT_SEARCH_PAGE
    page, number, size, is_last = page_number(
        matches,
        page=request.query.get("page"),
        max_results=max_results,
        default=DEFAULT_SEARCH_PAGE,
        maximum=100,
    )
    with_email = shows_email(request.principal)
    return 200, {
        "results": [account_json(c, with_email) for c in page],
        "page": number,
        "maxResults": size,
        "total": len(matches),
        "isLast": is_last,
    }


@csm_operation("createCustomerAccount")
def create_customer_account(request: SandboxRequest, store: CsmStore) -> Reply:
    body = body_of(request)
    customer = create_customer(store, body.get("email"), body.get("displayName"))
    return 200, account_json(customer, shows_email(request.principal))


@csm_operation("getCustomerAccount")
def get_customer_account(request: SandboxRequest, store: CsmStore) -> Reply:
    return 200, account_json(store.customer(request.path["customerId"]), shows_email(request.principal))


@csm_operation("updateCustomerAccount")
def update_customer_account(request: SandboxRequest, store: CsmStore) -> Reply:
    customer = store.customer(request.path["customerId"])
    rename_customer(customer, body_of(request).get("displayName"))
    return 200, account_json(customer, shows_email(request.principal))


csm_operation("deleteCustomerAccount")(deleting(CsmStore.customer, "customerId", delete_customer))


@csm_operation("getCustomerProfile")
def get_customer_profile(request: SandboxRequest, store: CsmStore) -> Reply:
    customer = store.customer(request.path["customerId"])
    return 200, profile_json(store, customer, shows_email(request.principal))


@csm_operation("createCustomerProfile")
def create_customer_profile(request: SandboxRequest, store: CsmStore) -> Reply:
    """For an existing account (customerId) or a new one (email); an email already in use is a conflict."""
    body = body_of(request)
    customer_id, email = body.get("customerId"), body.get("email")
    if not customer_id and not email:
        raise CsmError(
            400, "INVALID_INPUT", "Give 'customerId' of an existing customer, or 'email' for a new one."
        )
    existing: Customer | None = None
    if customer_id:
        existing = store.customers.get(customer_id)
        if existing is None:
            raise CsmError(422, "CUSTOMER_NOT_FOUND", f"Customer {customer_id} does not exist.")
    else:
        ensure_email_free(store, checked_email(email))
    change = ProfileChange.checked(store, "customer", body)
    if existing is None:
        customer = create_customer(store, email, body.get("displayName"))
    else:
        customer = existing
        if isinstance(body.get("displayName"), str) and body["displayName"].strip():
            rename_customer(customer, body["displayName"])
    change.apply(store, customer)
    return 200, profile_json(store, customer, shows_email(request.principal))


@csm_operation("fetchCustomerProfiles")
def fetch_customer_profiles(request: SandboxRequest, store: CsmStore) -> Reply:
    ids = [i for i in body_of(request).get("customerIds") or [] if isinstance(i, str)]
    if len(ids) > MAX_FETCHED_PROFILES:
        raise too_many("customer profiles", MAX_FETCHED_PROFILES, len(ids))
    found = [store.customers[i] for i in unique(ids) if i in store.customers]
    with_email = shows_email(request.principal)
    return 200, {"profiles": [profile_json(store, c, with_email) for c in found]}
