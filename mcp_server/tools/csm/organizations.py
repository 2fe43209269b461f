"""CSM organizations: profiles, detail values, bulk operations and their tasks (specs/csm.yaml)."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from csm_client.api.organizations import (
    bulk_manage_organization_details,
    bulk_manage_organization_profiles,
    bulk_manage_organizations,
    create_organization,
    create_organization_profile,
    delete_organization,
    fetch_organization_profiles,
    fetch_organizations,
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
from jira_groups_client.api.service_desk_organizations import (
    list_service_desk_organization_users,
    list_service_desk_organizations,
)

from ...calls import ToolCall, to_data
from ...endpoints import uses
from ...errors import ToolFailure
from ...outcomes import create_checked
from ...registry import PAGED, PAGING_PROPERTIES, Action, Effect, ToolDef
from ...results import ToolResult, listing, outcome
from ...toolsets import Toolset
from . import profiles as shared
from .common import (
    NOT_FOUND,
    BulkOutcome,
    detail_values,
    failure_lines,
    match_organizations,
    organizations_named,
    profile_line,
    refuse_clearing,
    resolve_customer,
    resolve_organization,
    resolve_organizations,
)
from .listings import all_organizations, organization_customers
from .profile_tools import delete_tool, details_action, get_action, item_schema, write_tool
from .profiles import BulkEndpoints, Entity, Keys, Naming, Planned, ToolTexts

TOOLSET = Toolset.ORGANIZATIONS
KEYS = ("name", "id")

TEXT = {"type": "string", "maxLength": 255}  # blank values are refused by the server and the handlers
ORGANIZATIONS = {"type": "array", "minItems": 1, "maxItems": 100, "items": TEXT}
TASK_ID = {"type": "string", "minLength": 1, "maxLength": 100, "description": "taskId of a bulk write"}
_GET = "Check the id, or pass the exact name."


class OrganizationApi:
    """The organization endpoints the shared profile code calls (a profiles.ProfileApi)."""

    @uses(fetch_organization_profiles)
    async def fetch(self, call: ToolCall, ids: list[str]) -> list[dict[str, Any]]:
        body = FetchOrganizationProfilesRequest(organization_ids=ids)
        return [to_data(p) for p in (await call.api(fetch_organization_profiles, body=body)).profiles]

    @uses(resolve_organizations, fetch)
    async def targets(self, call: ToolCall) -> tuple[list[dict[str, Any]], list[dict[str, Any]], bool]:
        """Profiles of the organizations named, failures for the others, and whether those were all simply
        not found (rather than ambiguous)."""
        wanted = shared.dedupe(call.arg("organizations"))
        resolved, errors = await resolve_organizations(call, wanted)
        ids = list(dict.fromkeys(resolved[t] for t in wanted if t in resolved))
        profiles = await shared.fetch_profiles(call, ORGANIZATION, ids)
        failures = [{"item": t, "error": e} for t, e in errors.items()]
        return profiles, failures, all(e.startswith(NOT_FOUND) for e in errors.values())

    resolve = staticmethod(resolve_organization)

    @uses(update_organization)
    async def rename(self, call: ToolCall, organization_id: str, name: str) -> None:
        body = UpdateOrganizationRequest(name=name)
        await call.api(update_organization, organization_id=organization_id, body=body)

    @uses(set_organization_detail)
    async def set_detail(self, call: ToolCall, organization_id: str, field: str, values: list[str]) -> None:
        body = SetDetailFieldValueRequest(values=values)
        await call.api(set_organization_detail, organization_id=organization_id, field_name=field, body=body)

    @uses(get_organization_profile)
    async def read_back(self, call: ToolCall, organization_id: str) -> dict[str, Any]:
        return dict(to_data(await call.api(get_organization_profile, organization_id=organization_id)))

    @uses(delete_organization)
    async def remove(self, call: ToolCall, organization_id: str) -> None:
        await call.hinted(_GET).api(delete_organization, organization_id=organization_id)

    def ref(self, profile: dict[str, Any]) -> dict[str, Any]:
        return {"id": profile["id"], "name": profile["name"]}

    bulk = BulkEndpoints(
        (bulk_manage_organizations, BulkManageOrganizationsRequest.from_dict),
        (bulk_manage_organization_details, BulkManageOrganizationDetailsRequest.from_dict),
        (bulk_manage_organization_profiles, BulkManageOrganizationProfilesRequest.from_dict),
    )


ORGANIZATION = Entity(
    noun="organization",
    links_to="customer",
    toolset=TOOLSET,
    keys=Keys(id="id", name="name", failure="name", cleared=("id", "name")),
    api=OrganizationApi(),
    naming=Naming(
        title=lambda item: f"organization {item['name']} (id={item['id']})",
        deleted=lambda profile: str(profile["name"]),
        cleared=lambda profile: str(profile["name"]),
    ),
    tools=ToolTexts(
        write_fields="name, detail values, customers to add",
        create="new organizations (each needs name).",
        update="existing organizations (each needs organization); only the fields given change.",
        upsert="creates each organization or updates it if it exists, in one bulk task.",
        delete_argument={**ORGANIZATIONS, "description": "Organization ids or exact names"},
        delete="organizations with their entitlements; their customers stay.",
        delete_takes=" and their entitlements (customers stay)",
    ),
)


# -- read ------------------------------------------------------------------------------------------


async def get_details(call: ToolCall) -> ToolResult:
    organization_id = await shared.one(call, ORGANIZATION)
    found = to_data(await call.hinted(_GET).api(get_organization, organization_id=organization_id))
    return ToolResult({"item": found}, shared.details_text(ORGANIZATION, found))


def _page(call: ToolCall) -> tuple[list[str], str | None]:
    wanted = shared.dedupe(call.arg("organizations"))
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
    footer = failure_lines(failures)
    return listing("Organizations", items, KEYS, next_cursor=next_cursor, failures=failures, footer=footer)


async def get_profiles(call: ToolCall) -> ToolResult:
    """One organization's profile (getOrganizationProfile), or a page of several (fetch…Profiles)."""
    page, next_cursor = _page(call)
    if len(page) == 1 and not next_cursor and not call.arg("cursor"):
        organization_id = await resolve_organization(call, page[0])
        profile = to_data(
            await call.hinted(_GET).api(get_organization_profile, organization_id=organization_id)
        )
        return shared.profile_result(ORGANIZATION, profile)
    resolved, errors = await resolve_organizations(call, page)
    ids = list(dict.fromkeys(resolved[t] for t in page if t in resolved))
    profiles = await shared.fetch_profiles(call, ORGANIZATION, ids)
    failures = [{"item": t, "error": e} for t, e in errors.items()]
    return shared.profiles_page(ORGANIZATION, profiles, failures, next_cursor)


async def task_status(call: ToolCall) -> ToolResult:
    task = to_data(
        await call.hinted("Pass a taskId a bulk action returned.").api(get_task, task_id=call.arg("task_id"))
    )
    failures = task.get("failures") or []
    text = f"Task {task.get('taskId')}: {task.get('status')} {task.get('progress') or 0}%"
    text += "".join(
        f"\n- failed item {f.get('index')} {f.get('identifier')}: {f.get('message')}" for f in failures
    )
    return ToolResult({"item": task, "failures": failures}, text)


TASK_DOC = "a bulk task's status and failures (a write still running gives its id)."
TASK_ACTION = Action("task", (get_task,), task_status, required=("task_id",), doc=TASK_DOC)

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
            (list_service_desk_organizations,),
            all_organizations,
            optional=PAGED,
            doc="every organization (id, name); start here to find organizations.",
        ),
        Action(
            "customers",
            (list_service_desk_organization_users, fetch_organizations),
            organization_customers,
            required=("organizations",),
            optional=PAGED,
            doc="one organization's customers (id, name, email where visible).",
        ),
        get_action(
            ORGANIZATION,
            get_profiles,
            (get_organization_profile, fetch_organization_profiles, resolve_organization),
            "profiles: detail values, customer ids, entitlements.",
        ),
        Action(
            "lookup",
            (fetch_organizations,),
            list_organizations,
            required=("organizations",),
            optional=PAGED,
            doc="ids and names only; to check which of organizations exist.",
        ),
        details_action(ORGANIZATION, get_details, (get_organization, resolve_organization)),
        Action("task", (get_task,), task_status, required=("task_id",), doc=TASK_DOC),
    ),
    properties={
        "organizations": {**ORGANIZATIONS, "description": "Organization ids or exact names"},
        "task_id": TASK_ID,
        **PAGING_PROPERTIES,
    },
)


# -- write -----------------------------------------------------------------------------------------


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
        planned.append(
            Planned(index, label, resolved.get(reference), None, item.get("name"), details, customers)
        )
    return planned, failures


def written(
    planned: list[Planned], bulk: BulkOutcome, unresolved: list[dict[str, Any]], verb: str
) -> ToolResult:
    _, failures, text = shared.written(ORGANIZATION, planned, bulk, unresolved, verb)
    return outcome(text + failure_lines(failures), tasks=bulk.tasks, failures=failures)


async def with_ids(
    call: ToolCall, result: ToolResult, planned: list[Planned], bulk: BulkOutcome
) -> ToolResult:
    """Add the {id, name} of every organization the bulk request did not fail on (for follow-up calls)."""
    if bulk.unfinished:
        return result
    done = [p for p in planned if p.index not in bulk.failed_indexes]
    # by id where the item had one, else by the name it was written with (the task's answer has no ids)
    matches = await organizations_named(
        call, [p.id for p in done if p.id], [str(p.name) for p in done if not p.id]
    )
    items = [o for p in done for o in matches.get(p.id or str(p.name), [])[:1]]
    text = result.text + ("\nIds: " + ", ".join(f"{o['name']}={o['id']}" for o in items) if items else "")
    return ToolResult({**result.data, "items": items}, text)


async def create(call: ToolCall) -> ToolResult:
    planned, failures = await plan(call, "create")
    # One item without a caller's idempotency_key: the single endpoint (it takes no key, so a keyed create
    # goes through the bulk endpoint, which replays a repeated key instead of answering a conflict).
    if len(planned) == 1 and not failures and not call.arg("idempotency_key"):
        one = planned[0]
        if not one.details and not one.links:
            sent: Awaitable[object] = call.api(
                create_organization, body=CreateOrganizationRequest(name=str(one.name))
            )
        else:
            body = CreateOrganizationProfileRequest.from_dict(one.profile_item(ORGANIZATION, None))
            sent = call.api(create_organization_profile, body=body)

        async def find() -> str | None:
            same = (await match_organizations(call, [str(one.name)])).get(str(one.name).strip()) or []
            return f"id {same[0]['id']}" if same else None

        made = to_data(await create_checked(sent, find, f"the organization named {one.name!r}"))
        return outcome(f"Created organization {profile_line(made)}", item=made)
    bulk = await shared.bulk_write(call, ORGANIZATION, planned, "CREATE")
    return await with_ids(call, written(planned, bulk, failures, "Created"), planned, bulk)


async def update(call: ToolCall) -> ToolResult:
    planned, failures = await plan(call, "update")
    if len(planned) == 1 and not failures and not planned[0].links:
        return await shared.update_one(call, ORGANIZATION, planned[0])
    bulk = await shared.bulk_write(call, ORGANIZATION, planned, "UPDATE")
    return await with_ids(call, written(planned, bulk, failures, "Updated"), planned, bulk)


async def upsert(call: ToolCall) -> ToolResult:
    planned, failures = await plan(call, "upsert")
    bulk = await shared.bulk_write(call, ORGANIZATION, planned, "UPSERT")
    return await with_ids(call, written(planned, bulk, failures, "Upserted"), planned, bulk)


ITEM = item_schema(
    ORGANIZATION,
    "Existing organization's id or exact name",
    "New name",
    ("customers", {"type": "array", "maxItems": 100, "items": TEXT, "description": "Customer ids to add"}),
)
WRITE = write_tool(
    ORGANIZATION, (create, update, upsert), ITEM, (create_organization, create_organization_profile)
)


# -- delete ----------------------------------------------------------------------------------------


DELETE = delete_tool(ORGANIZATION)

TOOLS = (READ, WRITE, DELETE)
