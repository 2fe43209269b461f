"""CSM organizations: profiles, detail values, bulk operations and their tasks (specs/csm.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from csm_client.api.organizations import (
    bulk_manage_organization_details,
    bulk_manage_organization_profiles,
    bulk_manage_organizations,
    create_organization,
    create_organization_profile,
    delete_organization,
    fetch_organization_profiles,
    get_organization,
    get_organization_profile,
    set_organization_detail,
    update_organization,
)
from csm_client.api.tasks import get_task
from csm_client.models import (
    BulkManageOrganizationDetailsRequest,
    BulkManageOrganizationProfilesRequest,
    BulkManageOrganizationsRequest,
    CreateOrganizationProfileRequest,
    CreateOrganizationRequest,
    FetchOrganizationProfilesRequest,
    SetDetailFieldValueRequest,
    UpdateOrganizationRequest,
)

from ...calls import ToolCall, to_data
from ...errors import ToolFailure
from ...outcomes import create_checked
from ...registry import PAGED, PAGING_PROPERTIES, Action, Effect, ToolDef, ToolResult
from ...results import listing, more, outcome
from ...toolsets import Toolset
from .common import (
    DETAILS,
    IDEMPOTENCY_PROPERTY,
    NOT_FOUND,
    BulkOutcome,
    changes_line,
    compact_profile,
    detail_values,
    failure_lines,
    match_organizations,
    profile_details,
    profile_line,
    refuse_clearing,
    resolve_customer,
    resolve_organization,
    resolve_organizations,
    run_bulk,
    values_to_clear,
)
from .listings import all_organizations, organization_customers

TOOLSET = Toolset.ORGANIZATIONS
KEYS = ("name", "id")
PROFILE_FETCH_LIMIT = 25
ACCOUNT_CHUNK = 50  # bulkManageOrganizations
PROFILE_CHUNK = 100  # bulkManageOrganizationProfiles
DETAIL_CHUNK = 100  # bulkManageOrganizationDetails (no documented limit; kept modest)

TEXT = {"type": "string", "maxLength": 255}  # blank values are refused by the server and the handlers
ORGANIZATIONS = {"type": "array", "minItems": 1, "maxItems": 100, "items": TEXT}
TASK_ID = {"type": "string", "minLength": 1, "maxLength": 100, "description": "taskId of a bulk write"}
_GET = "Check the id, or pass the exact name."


def dedupe(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in texts if t.strip()))


# -- read ------------------------------------------------------------------------------------------


async def one_organization(call: ToolCall) -> str:
    wanted = dedupe(call.arg("organizations"))
    if len(wanted) != 1:
        raise ToolFailure(f"action={call.action.name} takes exactly one organization in organizations.")
    return await resolve_organization(call, wanted[0])


async def get_details(call: ToolCall) -> ToolResult:
    organization_id = await one_organization(call)
    found = to_data(await call.api(get_organization, organization_id=organization_id, lookup_hint=_GET))
    lines = [f"Organization {found.get('name')} ({found.get('id')}) detail values:"]
    for detail in found.get("details") or []:
        kind = detail.get("type") or {}
        options = f": {', '.join(kind['options'])}" if kind.get("options") else ""
        values = ", ".join(detail.get("values") or []) or "(empty)"
        lines.append(f"- {detail.get('name')} = {values} ({kind.get('name')}{options})")
    return ToolResult({"item": found}, "\n".join(lines))


def _page(call: ToolCall) -> tuple[list[str], str | None]:
    wanted = dedupe(call.arg("organizations"))
    offset = call.page_position() or 0
    page = wanted[offset : offset + call.limit]
    more = offset + len(page) < len(wanted)
    return page, call.next_cursor(offset + len(page)) if more else None


async def list_organizations(call: ToolCall) -> ToolResult:
    """The ids and names of the organizations named (action lookup)."""
    page, next_cursor = _page(call)
    matches = await match_organizations(call, page)
    items = list({o["id"]: o for t in page for o in matches.get(t, [])}.values())
    failures = [{"item": t, "error": "not found"} for t in page if not matches.get(t)]
    result = listing("Organizations", items, KEYS, next_cursor=next_cursor, failures=failures)
    return ToolResult(result.data, result.text + failure_lines(failures))


async def get_profiles(call: ToolCall) -> ToolResult:
    """One organization's profile (getOrganizationProfile), or a page of several (fetch…Profiles)."""
    page, next_cursor = _page(call)
    if len(page) == 1 and not next_cursor and not call.arg("cursor"):
        organization_id = await resolve_organization(call, page[0])
        profile = to_data(
            await call.api(get_organization_profile, organization_id=organization_id, lookup_hint=_GET)
        )
        return ToolResult({"item": compact_profile(profile)}, f"Organization: {profile_line(profile)}")
    resolved, errors = await resolve_organizations(call, page)
    ids = list(dict.fromkeys(resolved[t] for t in page if t in resolved))
    profiles: list[dict[str, Any]] = []
    for start in range(0, len(ids), PROFILE_FETCH_LIMIT):
        body = FetchOrganizationProfilesRequest(organization_ids=ids[start : start + PROFILE_FETCH_LIMIT])
        profiles += [to_data(p) for p in (await call.api(fetch_organization_profiles, body=body)).profiles]
    failures = [{"item": t, "error": e} for t, e in errors.items()]
    lines = [f"Organization profiles: {len(profiles)}"] + [f"- {profile_line(p)}" for p in profiles]
    data = {
        "items": [compact_profile(p) for p in profiles],
        "next_cursor": next_cursor,
        "failures": failures or None,
    }
    return ToolResult(data, "\n".join(lines) + failure_lines(failures) + more(next_cursor))


async def task_status(call: ToolCall) -> ToolResult:
    task = to_data(
        await call.api(
            get_task, task_id=call.arg("task_id"), lookup_hint="Pass a taskId a bulk action returned."
        )
    )
    failures = task.get("failures") or []
    text = f"Task {task.get('taskId')}: {task.get('status')} {task.get('progress') or 0}%"
    text += "".join(
        f"\n- failed item {f.get('index')} {f.get('identifier')}: {f.get('message')}" for f in failures
    )
    return ToolResult({"item": task, "failures": failures}, text)


TASK_DOC = "a bulk task's status and failures (a write still running gives its id)."
TASK_ACTION = Action("task", ("getTask",), task_status, required=("task_id",), doc=TASK_DOC)

READ = ToolDef(
    name="csm_organizations_read",
    toolset=TOOLSET,
    effect=Effect.READ,
    title="Read CSM organizations",
    description=(
        "CSM (JSM) organizations: list all, page an organization's customers, read profiles and detail "
        "values. organizations takes ids or exact names."
    ),
    actions=(
        Action(
            "list",
            ("listServiceDeskOrganizations",),
            all_organizations,
            optional=PAGED,
            doc="every organization (id, name); start here to find organizations.",
        ),
        Action(
            "customers",
            ("listServiceDeskOrganizationUsers", "fetchOrganizations"),
            organization_customers,
            required=("organizations",),
            optional=PAGED,
            doc="one organization's customers (id, name, email where visible).",
        ),
        Action(
            "get",
            ("getOrganizationProfile", "fetchOrganizationProfiles", "fetchOrganizations"),
            get_profiles,
            required=("organizations",),
            optional=PAGED,
            doc="profiles: detail values, customer ids, entitlements.",
        ),
        Action(
            "lookup",
            ("fetchOrganizations",),
            list_organizations,
            required=("organizations",),
            optional=PAGED,
            doc="ids and names only; to check which of organizations exist.",
        ),
        Action(
            "details",
            ("getOrganization", "fetchOrganizations"),
            get_details,
            required=("organizations",),
            doc="one organization's detail values with each field's type and options.",
        ),
        Action("task", ("getTask",), task_status, required=("task_id",), doc=TASK_DOC),
    ),
    properties={
        "organizations": {**ORGANIZATIONS, "description": "Organization ids or exact names"},
        "task_id": TASK_ID,
        **PAGING_PROPERTIES,
    },
)


# -- write -----------------------------------------------------------------------------------------


@dataclass
class Planned:
    """One input item, checked and with its identifiers resolved."""

    index: int
    label: str
    id: str | None
    name: str | None
    details: dict[str, list[str]]
    customers: list[str] = field(default_factory=list)

    @property
    def ref(self) -> dict[str, Any]:
        return {"index": self.index, "item": self.label}

    def profile_item(self, operation: str) -> dict[str, Any]:
        item: dict[str, Any] = {"operation": operation}
        if self.id:
            item["id"] = self.id
        if self.name:
            item["name"] = self.name
        if self.details:
            item["details"] = profile_details(self.details)
        if self.customers:
            item["associateCustomers"] = {"customerIds": self.customers}
        return item


async def plan(call: ToolCall, mode: str) -> tuple[list[Planned], list[dict[str, Any]]]:
    """Checked items (ToolFailure for malformed input) and per-item failures for unresolvable ones."""
    raw: list[dict[str, Any]] = call.arg("organizations")
    refuse_clearing(raw, "organizations", "csm_organizations_delete")
    for index, item in enumerate(raw):
        if mode == "create" and not item.get("name"):
            raise ToolFailure(f"organizations[{index}].name is required to create an organization.")
        if mode == "update" and not item.get("organization"):
            raise ToolFailure(f"organizations[{index}].organization (id or name) is required to update.")
        if mode == "upsert" and not (item.get("name") or item.get("organization")):
            raise ToolFailure(f"organizations[{index}] needs name (or organization, to update only).")
        changes = item.get("name") or item.get("details") or item.get("customers")
        if mode == "update" and not changes:
            raise ToolFailure(f"organizations[{index}] changes nothing: give name, details or customers.")
    if mode == "create":  # an organization to create has no identifier yet
        raw = [{k: v for k, v in item.items() if k != "organization"} for item in raw]
    resolved, errors = await resolve_organizations(
        call, [i["organization"] for i in raw if i.get("organization")]
    )
    planned: list[Planned] = []
    failures: list[dict[str, Any]] = []
    for index, item in enumerate(raw):
        label = str(item.get("organization") or item.get("name"))
        reference = str(item.get("organization") or "").strip()
        if reference and reference not in resolved and not (mode == "upsert" and item.get("name")):
            failures.append({"index": index, "item": label, "error": errors.get(reference, "not found")})
            continue
        try:
            customers = [await resolve_customer(call, c) for c in item.get("customers") or []]
        except ToolFailure as failure:
            failures.append({"index": index, "item": label, "error": str(failure)})
            continue
        details = detail_values(item.get("details"))
        planned.append(Planned(index, label, resolved.get(reference), item.get("name"), details, customers))
    return planned, failures


def written(
    planned: list[Planned], bulk: BulkOutcome, unresolved: list[dict[str, Any]], verb: str
) -> ToolResult:
    failures = unresolved + bulk.failures
    done = [p for p in planned if p.index not in bulk.failed_indexes]
    text = f"{verb} {len(done)} of {len(planned) + len(unresolved)} organizations. "
    text += bulk.summary() + failure_lines(failures)
    return outcome(text, tasks=bulk.tasks, failures=failures)


async def with_ids(
    call: ToolCall, result: ToolResult, planned: list[Planned], bulk: BulkOutcome
) -> ToolResult:
    """Add the {id, name} of every organization the bulk request did not fail on (for follow-up calls)."""
    if bulk.unfinished:
        return result
    done = [p for p in planned if p.index not in bulk.failed_indexes]
    matches = await match_organizations(call, [p.id or str(p.name) for p in done])
    items = [o for p in done for o in matches.get(p.id or str(p.name), [])[:1]]
    text = result.text + ("\nIds: " + ", ".join(f"{o['name']}={o['id']}" for o in items) if items else "")
    return ToolResult({**result.data, "items": items}, text)


async def create(call: ToolCall) -> ToolResult:
    planned, failures = await plan(call, "create")
    # One item without a caller's idempotency_key: the single endpoint (it takes no key, so a keyed create
    # goes through the bulk endpoint, which replays a repeated key instead of answering a conflict).
    if len(planned) == 1 and not failures and not call.arg("idempotency_key"):
        one = planned[0]
        if not one.details and not one.customers:
            sent = call.api(create_organization, body=CreateOrganizationRequest(name=str(one.name)))
        else:
            body = CreateOrganizationProfileRequest.from_dict(
                {k: v for k, v in one.profile_item("CREATE").items() if k != "operation"}
            )
            sent = call.api(create_organization_profile, body=body)

        async def find() -> str | None:
            same = (await match_organizations(call, [str(one.name)])).get(str(one.name).strip()) or []
            return f"id {same[0]['id']}" if same else None

        made = to_data(await create_checked(sent, find, f"the organization named {one.name!r}"))
        return outcome(f"Created organization {profile_line(made)}", item=made)
    bulk = await bulk_write(call, planned, "CREATE")
    return await with_ids(call, written(planned, bulk, failures, "Created"), planned, bulk)


async def bulk_write(call: ToolCall, planned: list[Planned], operation: str) -> BulkOutcome:
    """The cheapest bulk endpoint that can carry these items."""
    if not planned:
        return BulkOutcome()
    refs = [p.ref for p in planned]
    names_only = all(not p.details and not p.customers for p in planned)
    if operation in ("CREATE", "UPDATE") and names_only:
        items = [{"operation": operation, **({"id": p.id} if p.id else {}), "name": p.name} for p in planned]
        return await run_bulk(
            call,
            bulk_manage_organizations,
            lambda part: BulkManageOrganizationsRequest.from_dict({"organizations": part}),
            items,
            refs,
            ACCOUNT_CHUNK,
        )
    if operation == "UPDATE" and all(not p.name and not p.customers for p in planned):
        ops = [
            {"organizationId": p.id, "name": name, "operation": "UPDATE", "values": values}
            for p in planned
            for name, values in p.details.items()
        ]
        op_refs = [{**p.ref, "field": name} for p in planned for name in p.details]
        return await run_bulk(
            call,
            bulk_manage_organization_details,
            lambda part: BulkManageOrganizationDetailsRequest.from_dict({"operations": part}),
            ops,
            op_refs,
            DETAIL_CHUNK,
        )
    return await run_bulk(
        call,
        bulk_manage_organization_profiles,
        lambda part: BulkManageOrganizationProfilesRequest.from_dict({"profiles": part}),
        [p.profile_item(operation) for p in planned],
        refs,
        PROFILE_CHUNK,
    )


async def update_one(call: ToolCall, one: Planned) -> ToolResult:
    """Rename and set details of one organization with the synchronous endpoints."""
    organization_id = str(one.id)
    failures: list[dict[str, Any]] = []
    if one.name:
        try:
            await call.api(
                update_organization,
                organization_id=organization_id,
                body=UpdateOrganizationRequest(name=one.name),
            )
        except ToolFailure as failure:
            failures.append({**one.ref, "field": "name", "error": str(failure)})
    for name, values in one.details.items():
        try:
            await call.api(
                set_organization_detail,
                organization_id=organization_id,
                field_name=name,
                body=SetDetailFieldValueRequest(values=values),
            )
        except ToolFailure as failure:
            failures.append({**one.ref, "field": name, "error": str(failure)})
    profile = to_data(await call.api(get_organization_profile, organization_id=organization_id))
    failed = {f["field"] for f in failures}
    changed = {name: values for name, values in one.details.items() if name not in failed}
    verb = "Updated" if not failures else "Partly updated"
    text = f"{verb} organization {profile['name']} (id={profile['id']})"
    if changed:
        text += f": {changes_line(changed)}"
    text += "".join(f"\n- failed {f['field']}: {f['error']}" for f in failures)
    item = {"id": profile["id"], "name": profile["name"]} | ({"details": changed} if changed else {})
    return outcome(text, item=item, failures=failures or None)


async def update(call: ToolCall) -> ToolResult:
    planned, failures = await plan(call, "update")
    if len(planned) == 1 and not failures and not planned[0].customers:
        return await update_one(call, planned[0])
    bulk = await bulk_write(call, planned, "UPDATE")
    return await with_ids(call, written(planned, bulk, failures, "Updated"), planned, bulk)


async def upsert(call: ToolCall) -> ToolResult:
    planned, failures = await plan(call, "upsert")
    bulk = await bulk_write(call, planned, "UPSERT")
    return await with_ids(call, written(planned, bulk, failures, "Upserted"), planned, bulk)


ITEM = {
    "type": "object",
    "properties": {
        "organization": {**TEXT, "description": "Existing organization's id or exact name"},
        "name": {**TEXT, "description": "New name"},
        "details": DETAILS,
        "customers": {"type": "array", "maxItems": 100, "items": TEXT, "description": "Customer ids to add"},
    },
    "additionalProperties": False,
}
_BULK = ("getTask", "fetchOrganizations")

WRITE = ToolDef(
    name="csm_organizations_write",
    toolset=TOOLSET,
    effect=Effect.WRITE,
    title="Create and update CSM organizations",
    description=(
        "Creates and updates CSM organizations: name, detail values, customers to add. Several items run "
        "as a bulk task. To retry after an error without doubling, repeat with the idempotency_key the "
        "answer gave; retry only failed items."
    ),
    actions=(
        Action(
            "create",
            (
                "createOrganization",
                "createOrganizationProfile",
                "bulkManageOrganizations",
                "bulkManageOrganizationProfiles",
                *_BULK,
            ),
            create,
            required=("organizations",),
            optional=("idempotency_key",),
            doc="new organizations (each needs name).",
        ),
        Action(
            "update",
            (
                "updateOrganization",
                "setOrganizationDetail",
                "getOrganizationProfile",
                "bulkManageOrganizations",
                "bulkManageOrganizationDetails",
                "bulkManageOrganizationProfiles",
                *_BULK,
            ),
            update,
            required=("organizations",),
            optional=("idempotency_key",),
            doc="existing organizations (each needs organization); only the fields given change.",
        ),
        Action(
            "upsert",
            ("bulkManageOrganizationProfiles", *_BULK),
            upsert,
            required=("organizations",),
            optional=("idempotency_key",),
            doc="creates each organization or updates it if it exists, in one bulk task.",
        ),
    ),
    properties={
        "organizations": {
            "type": "array",
            "minItems": 1,
            "maxItems": 100,
            "items": ITEM,
            "description": "Organizations to write",
        },
        **IDEMPOTENCY_PROPERTY,
    },
)


# -- delete ----------------------------------------------------------------------------------------


async def targets(call: ToolCall) -> tuple[list[dict[str, Any]], list[dict[str, Any]], bool]:
    """Profiles of the organizations named, failures for the others, and whether those were all simply
    not found (rather than ambiguous)."""
    wanted = dedupe(call.arg("organizations"))
    resolved, errors = await resolve_organizations(call, wanted)
    ids = list(dict.fromkeys(resolved[t] for t in wanted if t in resolved))
    profiles: list[dict[str, Any]] = []
    for start in range(0, len(ids), PROFILE_FETCH_LIMIT):
        body = FetchOrganizationProfilesRequest(organization_ids=ids[start : start + PROFILE_FETCH_LIMIT])
        profiles += [to_data(p) for p in (await call.api(fetch_organization_profiles, body=body)).profiles]
    failures = [{"item": t, "error": e} for t, e in errors.items()]
    return profiles, failures, all(e.startswith(NOT_FOUND) for e in errors.values())


def none_found(call: ToolCall, failures: list[dict[str, Any]], gone: bool) -> ToolResult:
    return call.nothing_left(
        "None of the organizations was found; nothing to change." + failure_lines(failures), gone
    )


async def delete(call: ToolCall) -> ToolResult:
    profiles, missing, gone = await targets(call)
    if not profiles:
        return none_found(call, missing, gone)
    lines = "".join(f"\n- {profile_line(p, ids=False)}" for p in profiles)
    preview = {"delete": [{"id": p["id"], "name": p["name"]} for p in profiles], "not_found": missing or None}
    summary = (
        f"Permanently delete {len(profiles)} organization(s) and their entitlements (customers stay):{lines}"
    )
    pending = await call.confirm(preview, summary + failure_lines(missing))
    if pending:
        return pending
    if len(profiles) == 1:
        await call.api(delete_organization, organization_id=profiles[0]["id"], lookup_hint=_GET)
        deleted = [{"id": p["id"], "name": p["name"]} for p in profiles]
        return outcome(
            f"Deleted organization {profiles[0]['name']}.", items=deleted, failures=missing or None
        )
    items = [{"operation": "DELETE", "id": p["id"]} for p in profiles]
    bulk = await run_bulk(
        call,
        bulk_manage_organizations,
        lambda part: BulkManageOrganizationsRequest.from_dict({"organizations": part}),
        items,
        [{"index": i, "item": p["name"], "id": p["id"]} for i, p in enumerate(profiles)],
        ACCOUNT_CHUNK,
    )
    deleted = [
        {"id": p["id"], "name": p["name"]} for i, p in enumerate(profiles) if i not in bulk.failed_indexes
    ]
    text = f"Deleted {len(deleted)} of {len(profiles)} organizations. {bulk.summary()}"
    failures = missing + bulk.failures
    return outcome(text + failure_lines(failures), items=deleted, tasks=bulk.tasks, failures=failures)


async def clear_details(call: ToolCall) -> ToolResult:
    profiles, missing, gone = await targets(call)
    if not profiles:
        return none_found(call, missing, gone)
    clear = values_to_clear(profiles, call.arg("fields"))
    if not clear:
        return call.nothing_left("Those organizations hold no values for these fields; nothing to clear.")
    lines = "".join(f"\n- {p['name']}: {name} = {', '.join(values)}" for p, name, values in clear)
    preview = {"clear": [{"id": p["id"], "name": p["name"], "field": n, "values": v} for p, n, v in clear]}
    pending = await call.confirm(preview, f"Clear {len(clear)} detail value(s):{lines}")
    if pending:
        return pending
    bulk = await run_bulk(
        call,
        bulk_manage_organization_details,
        lambda part: BulkManageOrganizationDetailsRequest.from_dict({"operations": part}),
        [{"organizationId": p["id"], "name": n, "operation": "DELETE"} for p, n, _ in clear],
        [{"index": i, "item": p["name"], "field": n} for i, (p, n, _) in enumerate(clear)],
        DETAIL_CHUNK,
    )
    failures = missing + bulk.failures
    text = f"Cleared {len(clear) - len(bulk.failures)} of {len(clear)} detail values. {bulk.summary()}"
    return outcome(
        text + failure_lines(failures), items=preview["clear"], tasks=bulk.tasks, failures=failures
    )


_TARGETS = ("fetchOrganizations", "fetchOrganizationProfiles", "getTask")

DELETE = ToolDef(
    name="csm_organizations_delete",
    toolset=TOOLSET,
    effect=Effect.DELETE,
    title="Delete CSM organizations or their detail values",
    description=("Deletes CSM organizations or detail values, permanently."),
    actions=(
        Action(
            "delete",
            ("deleteOrganization", "bulkManageOrganizations", *_TARGETS),
            delete,
            required=("organizations",),
            doc="organizations with their entitlements; their customers stay.",
        ),
        Action(
            "clear_details",
            ("bulkManageOrganizationDetails", *_TARGETS),
            clear_details,
            required=("organizations", "fields"),
            doc="removes the values of fields from organizations.",
        ),
    ),
    properties={
        "organizations": {**ORGANIZATIONS, "description": "Organization ids or exact names"},
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
