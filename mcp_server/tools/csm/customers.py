"""CSM customers: accounts, profiles, detail values, search and bulk operations (specs/csm.yaml).

The CSM API has no way to find a customer by email, so reads and deletes take customer ids; the profile
bulk endpoints (update, upsert) identify customers by email natively, so those accept either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
from ...errors import ToolFailure
from ...registry import PAGED, PAGING_PROPERTIES, Action, Effect, ToolDef, ToolResult
from ...results import listing, more, outcome
from ...toolsets import Toolset
from .common import (
    DETAILS,
    IDEMPOTENCY_PROPERTY,
    BulkOutcome,
    changes_line,
    compact_profile,
    detail_values,
    failure_lines,
    is_email,
    profile_details,
    profile_line,
    refuse_clearing,
    remember_customer,
    resolve_customer,
    resolve_organizations,
    run_bulk,
    values_to_clear,
)
from .options import not_an_option
from .organizations import TEXT

TOOLSET = Toolset.CUSTOMERS
KEYS = ("displayName", "id", "email")
PROFILE_FETCH_LIMIT = 25
ACCOUNT_CHUNK = 50  # bulkManageCustomerAccounts
PROFILE_CHUNK = 100  # bulkManageCustomerProfiles
DETAIL_CHUNK = 100  # bulkManageCustomerDetails
_ID = (
    "Check the customer id (qm:…); csm_organizations_read action=customers lists an organization's, and "
    "csm_customers_read action=search finds customers by a detail value."
)
CUSTOMER_IDS = {"type": "array", "minItems": 1, "maxItems": 100, "items": TEXT, "description": "Customer ids"}


def dedupe(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in texts if t.strip()))


async def fetch_profiles(call: ToolCall, ids: list[str]) -> list[dict[str, Any]]:
    profiles: list[dict[str, Any]] = []
    for start in range(0, len(ids), PROFILE_FETCH_LIMIT):
        body = FetchCustomerProfilesRequest(customer_ids=ids[start : start + PROFILE_FETCH_LIMIT])
        profiles += [to_data(p) for p in (await call.api(fetch_customer_profiles, body=body)).profiles]
    for profile in profiles:
        remember_customer(call, profile)
    return profiles


# -- read ------------------------------------------------------------------------------------------


async def one_customer(call: ToolCall) -> str:
    wanted = dedupe(call.arg("customers"))
    if len(wanted) != 1:
        raise ToolFailure(f"action={call.action.name} takes exactly one customer in customers.")
    return await resolve_customer(call, wanted[0])


def details_text(found: dict[str, Any]) -> str:
    lines = [f"Customer {found.get('displayName')} ({found.get('id')}) detail values:"]
    for detail in found.get("details") or []:
        kind = detail.get("type") or {}
        options = f": {', '.join(kind['options'])}" if kind.get("options") else ""
        values = ", ".join(detail.get("values") or []) or "(empty)"
        lines.append(f"- {detail.get('name')} = {values} ({kind.get('name')}{options})")
    return "\n".join(lines)


async def get_details(call: ToolCall) -> ToolResult:
    found = to_data(await call.api(get_customer, customer_id=await one_customer(call), lookup_hint=_ID))
    return ToolResult({"item": found}, details_text(found))


async def get_account(call: ToolCall) -> ToolResult:
    found = to_data(
        await call.api(get_customer_account, customer_id=await one_customer(call), lookup_hint=_ID)
    )
    remember_customer(call, found)
    return ToolResult({"item": found}, f"Customer: {profile_line(found)}")


async def get_profiles(call: ToolCall) -> ToolResult:
    """One customer's profile (getCustomerProfile), or a page of several (fetchCustomerProfiles)."""
    wanted = dedupe(call.arg("customers"))
    offset = call.page_position() or 0
    page = wanted[offset : offset + call.limit]
    has_more = offset + len(page) < len(wanted)
    if len(wanted) == 1:
        customer_id = await resolve_customer(call, wanted[0])
        profile = to_data(await call.api(get_customer_profile, customer_id=customer_id, lookup_hint=_ID))
        return ToolResult({"item": compact_profile(profile)}, f"Customer: {profile_line(profile)}")
    profiles, failures = await profiles_of(call, page)
    next_cursor = call.next_cursor(offset + len(page)) if has_more else None
    lines = [f"Customer profiles: {len(profiles)}"] + [f"- {profile_line(p)}" for p in profiles]
    data = {
        "items": [compact_profile(p) for p in profiles],
        "next_cursor": next_cursor,
        "failures": failures or None,
    }
    return ToolResult(data, "\n".join(lines) + failure_lines(failures) + more(next_cursor))


async def search(call: ToolCall) -> ToolResult:
    # the cursor keeps the page size it was issued with, so pages stay aligned whatever limit comes next
    position = call.page_position() or [1, call.limit]
    if not (isinstance(position, list) and len(position) == 2 and all(isinstance(n, int) for n in position)):
        raise ToolFailure("cursor is not a next_cursor from this search; call again without cursor.")
    page_number, size = position
    body = SearchCustomersByDetailFieldRequest(field_name=call.arg("field"), value=call.arg("value"))
    found = await call.api(
        search_customers_by_detail_field,
        body=body,
        page=page_number,
        max_results=size,
        lookup_hint="csm_detail_fields_read lists the customer detail fields.",
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
        Action(
            "get",
            ("getCustomerProfile", "fetchCustomerProfiles"),
            get_profiles,
            required=("customers",),
            optional=PAGED,
            doc="profiles: detail values, organizations, entitlements.",
        ),
        Action(
            "details",
            ("getCustomer",),
            get_details,
            required=("customers",),
            doc="one customer's detail values with each field's type and options.",
        ),
        Action(
            "account", ("getCustomerAccount",), get_account, required=("customers",), doc="name and email."
        ),
        Action(
            "search",
            ("searchCustomersByDetailField", "getCustomerDetailFields"),
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


@dataclass
class Planned:
    """One input item, checked, with organizations resolved."""

    index: int
    label: str
    id: str | None
    email: str | None
    name: str | None
    details: dict[str, list[str]]
    organizations: list[str] = field(default_factory=list)

    @property
    def ref(self) -> dict[str, Any]:
        return {"index": self.index, "item": self.label}

    def profile_item(self, operation: str | None) -> dict[str, Any]:
        item: dict[str, Any] = {"operation": operation} if operation else {}
        if self.id:
            item["customerId"] = self.id
        if self.email:
            item["email"] = self.email
        if self.name:
            item["displayName"] = self.name
        if self.details:
            item["details"] = profile_details(self.details)
        if self.organizations:
            item["associateOrganizations"] = {"organizationIds": self.organizations}
        return item


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
    failures = unresolved + bulk.failures
    done = [p for p in planned if p.index not in bulk.failed_indexes]
    text = f"{verb} {len(done)} of {len(planned) + len(unresolved)} customers. {bulk.summary()}"
    items = [{k: v for k, v in (("id", p.id), ("email", p.email)) if v} for p in done]
    if not bulk.unfinished and any(not p.id for p in done):
        text += " (Bulk tasks return no customer ids; search or an organization profile finds them.)"
    return outcome(text + failure_lines(failures), items=items, tasks=bulk.tasks, failures=failures)


async def bulk_write(call: ToolCall, planned: list[Planned], operation: str) -> BulkOutcome:
    """The cheapest bulk endpoint that can carry these items."""
    if not planned:
        return BulkOutcome()
    refs = [p.ref for p in planned]
    plain = all(not p.details and not p.organizations for p in planned)
    by_id = all(p.id for p in planned)
    if plain and (operation == "CREATE" or (operation == "UPDATE" and by_id)):
        items = [
            {
                "operation": operation,
                **{k: v for k, v in p.profile_item(None).items() if k != "email" or not p.id},
            }
            for p in planned
        ]
        return await run_bulk(
            call,
            bulk_manage_customer_accounts,
            lambda part: BulkManageCustomerAccountsRequest.from_dict({"customers": part}),
            items,
            refs,
            ACCOUNT_CHUNK,
        )
    if operation == "UPDATE" and by_id and all(not p.name and not p.organizations for p in planned):
        ops = [
            {"customerId": p.id, "name": name, "operation": "UPDATE", "values": values}
            for p in planned
            for name, values in p.details.items()
        ]
        return await run_bulk(
            call,
            bulk_manage_customer_details,
            lambda part: BulkManageCustomerDetailsRequest.from_dict({"operations": part}),
            ops,
            [{**p.ref, "field": name} for p in planned for name in p.details],
            DETAIL_CHUNK,
        )
    return await run_bulk(
        call,
        bulk_manage_customer_profiles,
        lambda part: BulkManageCustomerProfilesRequest.from_dict({"profiles": part}),
        [p.profile_item(operation) for p in planned],
        refs,
        PROFILE_CHUNK,
    )


async def create(call: ToolCall) -> ToolResult:
    planned, failures = await plan(call, "create")
    # One item without a caller's idempotency_key: the single endpoint (it takes no key, so a keyed create
    # goes through the bulk endpoint, which replays a repeated key instead of answering a conflict).
    if len(planned) == 1 and not failures and not call.arg("idempotency_key"):
        one = planned[0]
        if not one.details and not one.organizations:
            body: Any = CreateCustomerAccountRequest.from_dict(one.profile_item(None))
            made = to_data(await call.api(create_customer_account, body=body))
        else:
            body = CreateCustomerProfileRequest.from_dict(one.profile_item(None))
            made = to_data(await call.api(create_customer_profile, body=body))
        remember_customer(call, made)
        return outcome(f"Created customer {profile_line(made)}", item=made)
    return written(planned, await bulk_write(call, planned, "CREATE"), failures, "Created")


async def update_one(call: ToolCall, one: Planned) -> ToolResult:
    """Rename and set details of one customer with the synchronous endpoints."""
    customer_id = str(one.id)
    failures: list[dict[str, Any]] = []
    if one.name:
        try:
            await call.api(
                update_customer_account,
                customer_id=customer_id,
                body=UpdateCustomerAccountRequest(display_name=one.name),
                lookup_hint=_ID,
            )
        except ToolFailure as failure:
            failures.append({**one.ref, "field": "name", "error": str(failure)})
    for name, values in one.details.items():
        try:
            await call.api(
                set_customer_detail,
                customer_id=customer_id,
                field_name=name,
                body=SetDetailFieldValueRequest(values=values),
                lookup_hint=_ID,
            )
        except ToolFailure as failure:
            failures.append({**one.ref, "field": name, "error": str(failure)})
    found = to_data(await call.api(get_customer, customer_id=customer_id, lookup_hint=_ID))
    failed = {f["field"] for f in failures}
    changed = {name: values for name, values in one.details.items() if name not in failed}
    item = {key: found.get(key) for key in ("id", "displayName", "email") if found.get(key)}
    text = (
        "Updated" if not failures else "Partly updated"
    ) + f" customer {item.get('displayName')} ({item['id']})"
    if changed:
        text += f": {changes_line(changed)}"
        item["details"] = changed
    text += "".join(f"\n- failed {f['field']}: {f['error']}" for f in failures)
    return outcome(text, item=item, failures=failures or None)


async def update(call: ToolCall) -> ToolResult:
    planned, failures = await plan(call, "update")
    if len(planned) == 1 and not failures and planned[0].id and not planned[0].organizations:
        return await update_one(call, planned[0])
    return written(planned, await bulk_write(call, planned, "UPDATE"), failures, "Updated")


async def upsert(call: ToolCall) -> ToolResult:
    planned, failures = await plan(call, "upsert")
    return written(planned, await bulk_write(call, planned, "UPSERT"), failures, "Upserted")


ITEM = {
    "type": "object",
    "properties": {
        "customer": {**TEXT, "description": "Email, or id of an existing customer"},
        "name": {**TEXT, "description": "Display name"},
        "details": DETAILS,
        "organizations": {
            "type": "array",
            "maxItems": 50,
            "items": TEXT,
            "description": "Organization ids or names to join",
        },
    },
    "required": ["customer"],
    "additionalProperties": False,
}
_BULK = ("getTask", "fetchOrganizations")

WRITE = ToolDef(
    name="csm_customers_write",
    toolset=TOOLSET,
    effect=Effect.WRITE,
    title="Create and update CSM customers",
    description=(
        "Creates and updates CSM customers: display name, detail values, organizations to join. Several "
        "items run as a bulk task. To retry after an error without doubling, repeat with the "
        "idempotency_key the answer gave; retry only failed items."
    ),
    actions=(
        Action(
            "create",
            (
                "createCustomerAccount",
                "createCustomerProfile",
                "bulkManageCustomerAccounts",
                "bulkManageCustomerProfiles",
                *_BULK,
            ),
            create,
            required=("customers",),
            optional=("idempotency_key",),
            doc="new customers (customer is the email).",
        ),
        Action(
            "update",
            (
                "updateCustomerAccount",
                "setCustomerDetail",
                "getCustomer",
                "bulkManageCustomerAccounts",
                "bulkManageCustomerDetails",
                "bulkManageCustomerProfiles",
                *_BULK,
            ),
            update,
            required=("customers",),
            optional=("idempotency_key",),
            doc="existing customers by id or email; only the fields given change.",
        ),
        Action(
            "upsert",
            ("bulkManageCustomerProfiles", *_BULK),
            upsert,
            required=("customers",),
            optional=("idempotency_key",),
            doc="creates each customer or updates it if its email exists, in one bulk task.",
        ),
    ),
    properties={
        "customers": {
            "type": "array",
            "minItems": 1,
            "maxItems": 100,
            "items": ITEM,
            "description": "Customers to write",
        },
        **IDEMPOTENCY_PROPERTY,
    },
)


# -- delete ----------------------------------------------------------------------------------------


async def profiles_of(call: ToolCall, texts: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Profiles of the customers named (ids, or emails seen in this call), and failures for the rest."""
    failures: list[dict[str, Any]] = []
    ids = []
    for text in texts:
        try:
            ids.append(await resolve_customer(call, text))
        except ToolFailure as failure:
            failures.append({"item": text, "error": str(failure)})
    profiles = await fetch_profiles(call, ids)
    found = {p["id"] for p in profiles}
    failures += [{"item": i, "error": "not found"} for i in ids if i not in found]
    return profiles, failures


def _ref(profile: dict[str, Any]) -> dict[str, Any]:
    return {key: profile[key] for key in ("id", "displayName", "email") if profile.get(key)}


async def targets(call: ToolCall) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Profiles of the customers named, and failures for those not found."""
    return await profiles_of(call, dedupe(call.arg("customers")))


def none_found(call: ToolCall, failures: list[dict[str, Any]]) -> ToolResult:
    """Nothing to change; absent (rather than unresolvable) only when every failure is "not found"."""
    gone = all(f["error"] == "not found" for f in failures)
    return call.nothing_left(
        "None of the customers was found; nothing to change." + failure_lines(failures), gone
    )


async def delete(call: ToolCall) -> ToolResult:
    profiles, missing = await targets(call)
    if not profiles:
        return none_found(call, missing)
    lines = "".join(f"\n- {profile_line(p, ids=False)}" for p in profiles)
    preview = {"delete": [_ref(p) for p in profiles], "not_found": missing or None}
    summary = f"Permanently delete {len(profiles)} customer(s), their entitlements and memberships:{lines}"
    pending = await call.confirm(preview, summary + failure_lines(missing))
    if pending:
        return pending
    if len(profiles) == 1:
        await call.api(delete_customer_account, customer_id=profiles[0]["id"], lookup_hint=_ID)
        gone_one = [_ref(profiles[0])]
        return outcome(
            f"Deleted customer {profile_line(profiles[0])}.", items=gone_one, failures=missing or None
        )
    bulk = await run_bulk(
        call,
        bulk_manage_customer_accounts,
        lambda part: BulkManageCustomerAccountsRequest.from_dict({"customers": part}),
        [{"operation": "DELETE", "customerId": p["id"]} for p in profiles],
        [{"index": i, "item": p["id"]} for i, p in enumerate(profiles)],
        ACCOUNT_CHUNK,
    )
    gone = [_ref(p) for i, p in enumerate(profiles) if i not in bulk.failed_indexes]
    failures = missing + bulk.failures
    text = f"Deleted {len(gone)} of {len(profiles)} customers. {bulk.summary()}"
    return outcome(text + failure_lines(failures), items=gone, tasks=bulk.tasks, failures=failures)


async def clear_details(call: ToolCall) -> ToolResult:
    profiles, missing = await targets(call)
    if not profiles:
        return none_found(call, missing)
    clear = values_to_clear(profiles, call.arg("fields"))
    if not clear:
        return call.nothing_left("Those customers hold no values for these fields; nothing to clear.")
    lines = "".join(f"\n- {p.get('displayName')} ({p['id']}): {n} = {', '.join(v)}" for p, n, v in clear)
    preview = {"clear": [{"id": p["id"], "field": n, "values": v} for p, n, v in clear]}
    pending = await call.confirm(preview, f"Clear {len(clear)} detail value(s):{lines}")
    if pending:
        return pending
    bulk = await run_bulk(
        call,
        bulk_manage_customer_details,
        lambda part: BulkManageCustomerDetailsRequest.from_dict({"operations": part}),
        [{"customerId": p["id"], "name": n, "operation": "DELETE"} for p, n, _ in clear],
        [{"index": i, "item": p["id"], "field": n} for i, (p, n, _) in enumerate(clear)],
        DETAIL_CHUNK,
    )
    failures = missing + bulk.failures
    text = f"Cleared {len(clear) - len(bulk.failures)} of {len(clear)} detail values. {bulk.summary()}"
    return outcome(
        text + failure_lines(failures), items=preview["clear"], tasks=bulk.tasks, failures=failures
    )


DELETE = ToolDef(
    name="csm_customers_delete",
    toolset=TOOLSET,
    effect=Effect.DELETE,
    title="Delete CSM customers or their detail values",
    description=("Deletes CSM customers or detail values, permanently."),
    actions=(
        Action(
            "delete",
            ("deleteCustomerAccount", "bulkManageCustomerAccounts", "fetchCustomerProfiles", "getTask"),
            delete,
            required=("customers",),
            doc="customers with their entitlements and memberships.",
        ),
        Action(
            "clear_details",
            ("bulkManageCustomerDetails", "fetchCustomerProfiles", "getTask"),
            clear_details,
            required=("customers", "fields"),
            doc="removes the values of fields from customers.",
        ),
    ),
    properties={
        "customers": CUSTOMER_IDS,
        "fields": {
            "type": "array",
            "minItems": 1,
            "maxItems": 50,
            "items": TEXT,
            "description": "Detail field names",
        },
    },
    idempotent=True,
)

TOOLS = (READ, WRITE, DELETE)
