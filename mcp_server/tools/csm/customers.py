"""CSM customers: accounts, profiles, detail values, search and bulk operations (specs/csm.yaml).

The CSM API has no way to find a customer by email, so reads and deletes take customer ids; the profile
bulk endpoints (update, upsert) identify customers by email natively, so those accept either.
"""

from __future__ import annotations

from typing import Any

from csm_client.api.customers import (
    bulk_manage_customer_accounts,
    bulk_manage_customer_details,
    bulk_manage_customer_profiles,
    create_customer_account,
    create_customer_profile,
    delete_customer_account,
    fetch_customer_profiles,
    get_customer,
    get_customer_account,
    get_customer_detail_fields,
    get_customer_profile,
    search_customers_by_detail_field,
    set_customer_detail,
    update_customer_account,
)
from csm_client.models import (
    BulkManageCustomerAccountsRequest,
    BulkManageCustomerDetailsRequest,
    BulkManageCustomerProfilesRequest,
    CreateCustomerAccountRequest,
    CreateCustomerProfileRequest,
    FetchCustomerProfilesRequest,
    SearchCustomersByDetailFieldRequest,
    SetDetailFieldValueRequest,
    UpdateCustomerAccountRequest,
)

from ...calls import ToolCall, to_data
from ...endpoints import uses
from ...errors import ToolFailure
from ...registry import PAGED, PAGING_PROPERTIES, Action, Effect, ToolDef
from ...results import ToolResult, listing, outcome
from ...toolsets import Toolset
from . import profiles as shared
from .common import (
    BulkOutcome,
    detail_values,
    failure_lines,
    is_email,
    profile_line,
    refuse_clearing,
    remember_customer,
    resolve_customer,
    resolve_organizations,
)
from .options import not_an_option
from .organizations import TEXT
from .profile_tools import delete_tool, details_action, get_action, item_schema, write_tool
from .profiles import BulkEndpoints, Entity, Keys, Naming, Planned, ToolTexts

TOOLSET = Toolset.CUSTOMERS
KEYS = ("displayName", "id", "email")
_ID = (
    "Check the customer id (qm:…); csm_organizations_read action=customers lists an organization's, and "
    "csm_customers_read action=search finds customers by a detail value."
)
CUSTOMER_IDS = {"type": "array", "minItems": 1, "maxItems": 100, "items": TEXT, "description": "Customer ids"}


class CustomerApi:
    """The customer endpoints the shared profile code calls (a profiles.ProfileApi)."""

    @uses(fetch_customer_profiles)
    async def fetch(self, call: ToolCall, ids: list[str]) -> list[dict[str, Any]]:
        body = FetchCustomerProfilesRequest(customer_ids=ids)
        profiles = [to_data(p) for p in (await call.api(fetch_customer_profiles, body=body)).profiles]
        for profile in profiles:
            remember_customer(call, profile)
        return profiles

    @uses(resolve_customer, fetch)
    async def targets(self, call: ToolCall) -> tuple[list[dict[str, Any]], list[dict[str, Any]], bool]:
        """Profiles of the customers named, failures for those not found, and whether those were all simply
        absent (rather than unresolvable)."""
        profiles, failures = await profiles_of(call, shared.dedupe(call.arg("customers")))
        return profiles, failures, all(f["error"] == "not found" for f in failures)

    resolve = staticmethod(resolve_customer)

    @uses(update_customer_account)
    async def rename(self, call: ToolCall, customer_id: str, name: str) -> None:
        body = UpdateCustomerAccountRequest(display_name=name)
        await call.hinted(_ID).api(update_customer_account, customer_id=customer_id, body=body)

    @uses(set_customer_detail)
    async def set_detail(self, call: ToolCall, customer_id: str, field: str, values: list[str]) -> None:
        body = SetDetailFieldValueRequest(values=values)
        await call.hinted(_ID).api(set_customer_detail, customer_id=customer_id, field_name=field, body=body)

    @uses(get_customer)
    async def read_back(self, call: ToolCall, customer_id: str) -> dict[str, Any]:
        return dict(to_data(await call.hinted(_ID).api(get_customer, customer_id=customer_id)))

    @uses(delete_customer_account)
    async def remove(self, call: ToolCall, customer_id: str) -> None:
        await call.hinted(_ID).api(delete_customer_account, customer_id=customer_id)

    def ref(self, profile: dict[str, Any]) -> dict[str, Any]:
        return {key: profile[key] for key in ("id", "displayName", "email") if profile.get(key)}

    bulk = BulkEndpoints(
        (bulk_manage_customer_accounts, BulkManageCustomerAccountsRequest.from_dict),
        (bulk_manage_customer_details, BulkManageCustomerDetailsRequest.from_dict),
        (bulk_manage_customer_profiles, BulkManageCustomerProfilesRequest.from_dict),
    )


async def profiles_of(call: ToolCall, texts: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Profiles of the customers named (ids, or emails seen in this call), and failures for the rest."""
    failures: list[dict[str, Any]] = []
    ids = []
    for text in texts:
        try:
            ids.append(await resolve_customer(call, text))
        except ToolFailure as failure:
            failures.append({"item": text, "error": str(failure)})
    profiles = await shared.fetch_profiles(call, CUSTOMER, ids)
    found = {p["id"] for p in profiles}
    failures += [{"item": i, "error": "not found"} for i in ids if i not in found]
    return profiles, failures


CUSTOMER = Entity(
    noun="customer",
    links_to="organization",
    toolset=TOOLSET,
    keys=Keys(id="customerId", name="displayName", failure="id", cleared=("id",)),
    api=CustomerApi(),
    naming=Naming(
        title=lambda item: f"customer {item.get('displayName')} ({item['id']})",
        deleted=profile_line,
        cleared=lambda profile: f"{profile.get('displayName')} ({profile['id']})",
    ),
    tools=ToolTexts(
        write_fields="display name, detail values, organizations to join",
        create="new customers (customer is the email).",
        update="existing customers by id or email; only the fields given change.",
        upsert="creates each customer or updates it if its email exists, in one bulk task.",
        delete_argument=CUSTOMER_IDS,
        delete="customers with their entitlements and memberships.",
        delete_takes=", their entitlements and memberships",
    ),
)


# -- read ------------------------------------------------------------------------------------------


async def get_details(call: ToolCall) -> ToolResult:
    found = to_data(await call.hinted(_ID).api(get_customer, customer_id=await shared.one(call, CUSTOMER)))
    return ToolResult({"item": found}, shared.details_text(CUSTOMER, found))


async def get_account(call: ToolCall) -> ToolResult:
    found = to_data(
        await call.hinted(_ID).api(get_customer_account, customer_id=await shared.one(call, CUSTOMER))
    )
    remember_customer(call, found)
    return ToolResult({"item": found}, f"Customer: {profile_line(found)}")


async def get_profiles(call: ToolCall) -> ToolResult:
    """One customer's profile (getCustomerProfile), or a page of several (fetchCustomerProfiles)."""
    wanted = shared.dedupe(call.arg("customers"))
    offset = call.page_position() or 0
    page = wanted[offset : offset + call.limit]
    has_more = offset + len(page) < len(wanted)
    if len(wanted) == 1:
        customer_id = await resolve_customer(call, wanted[0])
        profile = to_data(await call.hinted(_ID).api(get_customer_profile, customer_id=customer_id))
        return shared.profile_result(CUSTOMER, profile)
    profiles, failures = await profiles_of(call, page)
    next_cursor = call.next_cursor(offset + len(page)) if has_more else None
    return shared.profiles_page(CUSTOMER, profiles, failures, next_cursor)


async def search(call: ToolCall) -> ToolResult:
    # the cursor keeps the page size it was issued with, so pages stay aligned whatever limit comes next
    position = call.page_position() or [1, call.limit]
    if not (isinstance(position, list) and len(position) == 2 and all(isinstance(n, int) for n in position)):
        raise ToolFailure("cursor is not a next_cursor from this search; call again without cursor.")
    page_number, size = position
    body = SearchCustomersByDetailFieldRequest(field_name=call.arg("field"), value=call.arg("value"))
    found = await call.hinted("csm_detail_fields_read lists the customer detail fields.").api(
        search_customers_by_detail_field, body=body, page=page_number, max_results=size
    )
    data = to_data(found)
    items = data.get("results") or []
    if not items and page_number == 1:
        problem = await not_an_option(call, call.arg("field"), call.arg("value"))
        if problem:
            raise ToolFailure(problem)
    for item in items:
        remember_customer(call, item)
    is_last = data.get("isLast")
    total = data.get("total")
    if is_last is None:  # not stated: more pages exist while full pages come back (or the total says so)
        is_last = len(items) < size if total is None else page_number * size >= total
    more = not is_last and bool(items)
    return listing(
        f"Customers with {call.arg('field')}={call.arg('value')}",
        items,
        KEYS,
        next_cursor=call.next_cursor([page_number + 1, size]) if more else None,
        total=total,
    )


READ = ToolDef(
    name="csm_customers_read",
    toolset=TOOLSET,
    effect=Effect.READ,
    title="Read CSM customers",
    description=(
        "CSM customers by id (qm:…), not email: find ids with search, or list an organization's customers "
        "with csm_organizations_read action=customers."
    ),
    actions=(
        get_action(
            CUSTOMER,
            get_profiles,
            (get_customer_profile, fetch_customer_profiles),
            "profiles: detail values, organizations, entitlements.",
        ),
        details_action(CUSTOMER, get_details, (get_customer,)),
        Action(
            "account", (get_customer_account,), get_account, required=("customers",), doc="name and email."
        ),
        Action(
            "search",
            (search_customers_by_detail_field, get_customer_detail_fields),
            search,
            required=("field", "value"),
            optional=PAGED,
            doc="customers whose detail field holds value, e.g. field=Tier value=Gold.",
        ),
    ),
    properties={
        "customers": CUSTOMER_IDS,
        "field": {**TEXT, "description": "Customer detail field name"},
        "value": {**TEXT, "description": "Value to look for"},
        **PAGING_PROPERTIES,
    },
)


# -- write -----------------------------------------------------------------------------------------


async def plan(call: ToolCall, mode: str) -> tuple[list[Planned], list[dict[str, Any]]]:
    """Checked items (ToolFailure for malformed input) and per-item failures for unresolvable ones."""
    raw: list[dict[str, Any]] = call.arg("customers")
    refuse_clearing(raw, "customers", "csm_customers_delete")
    for index, item in enumerate(raw):
        if mode == "create" and not is_email(item["customer"]):
            raise ToolFailure(f"customers[{index}].customer must be the new customer's email to create it.")
        changes = item.get("name") or item.get("details") or item.get("organizations")
        if mode == "update" and not changes:
            raise ToolFailure(f"customers[{index}] changes nothing: give name, details or organizations.")
    names = [o for item in raw for o in item.get("organizations") or []]
    resolved, errors = await resolve_organizations(call, names) if names else ({}, {})
    planned: list[Planned] = []
    failures: list[dict[str, Any]] = []
    for index, item in enumerate(raw):
        reference = str(item.get("customer") or "").strip()
        label = reference
        missing = [o.strip() for o in item.get("organizations") or [] if o.strip() not in resolved]
        if missing:
            failures.append({"index": index, "item": label, "error": errors.get(missing[0], "not found")})
            continue
        email = reference if is_email(reference) else None
        customer_id = None if email else reference
        planned.append(
            Planned(
                index,
                label,
                customer_id,
                email,
                item.get("name"),
                detail_values(item.get("details")),
                list(dict.fromkeys(resolved[o.strip()] for o in item.get("organizations") or [])),
            )
        )
    return planned, failures


def written(
    planned: list[Planned], bulk: BulkOutcome, unresolved: list[dict[str, Any]], verb: str
) -> ToolResult:
    done, failures, text = shared.written(CUSTOMER, planned, bulk, unresolved, verb)
    items = [{k: v for k, v in (("id", p.id), ("email", p.email)) if v} for p in done]
    if not bulk.unfinished and any(not p.id for p in done):
        text += " (Bulk tasks return no customer ids; search or an organization profile finds them.)"
    return outcome(text + failure_lines(failures), items=items, tasks=bulk.tasks, failures=failures)


async def create(call: ToolCall) -> ToolResult:
    planned, failures = await plan(call, "create")
    # One item without a caller's idempotency_key: the single endpoint (it takes no key, so a keyed create
    # goes through the bulk endpoint, which replays a repeated key instead of answering a conflict).
    if len(planned) == 1 and not failures and not call.arg("idempotency_key"):
        one = planned[0]
        if not one.details and not one.links:
            body: Any = CreateCustomerAccountRequest.from_dict(one.profile_item(CUSTOMER, None))
            made = to_data(await call.api(create_customer_account, body=body))
        else:
            body = CreateCustomerProfileRequest.from_dict(one.profile_item(CUSTOMER, None))
            made = to_data(await call.api(create_customer_profile, body=body))
        remember_customer(call, made)
        return outcome(f"Created customer {profile_line(made)}", item=made)
    return written(planned, await shared.bulk_write(call, CUSTOMER, planned, "CREATE"), failures, "Created")


async def update(call: ToolCall) -> ToolResult:
    planned, failures = await plan(call, "update")
    if len(planned) == 1 and not failures and planned[0].id and not planned[0].links:
        return await shared.update_one(call, CUSTOMER, planned[0])
    return written(planned, await shared.bulk_write(call, CUSTOMER, planned, "UPDATE"), failures, "Updated")


async def upsert(call: ToolCall) -> ToolResult:
    planned, failures = await plan(call, "upsert")
    return written(planned, await shared.bulk_write(call, CUSTOMER, planned, "UPSERT"), failures, "Upserted")


ORGANIZATIONS_TO_JOIN = {
    "type": "array",
    "maxItems": 50,
    "items": TEXT,
    "description": "Organization ids or names to join",
}
ITEM = item_schema(
    CUSTOMER,
    "Email, or id of an existing customer",
    "Display name",
    ("organizations", ORGANIZATIONS_TO_JOIN),
    required=True,
)
WRITE = write_tool(
    CUSTOMER, (create, update, upsert), ITEM, (create_customer_account, create_customer_profile)
)


# -- delete ----------------------------------------------------------------------------------------


DELETE = delete_tool(CUSTOMER)

TOOLS = (READ, WRITE, DELETE)
