"""JSM ops stakeholder communications: the stakeholders_read, _write and _delete tools (specs/jsm-ops.yaml,
tags Stakeholders and Stakeholder assignments). Identifier resolution is in stakeholder_lookup.py, incident
assignments in assignments.py."""

from __future__ import annotations

from typing import Any

from jsm_ops_client.api.stakeholder_assignments import (
    get_assignments_by_stakeholder,
    get_stakeholders_by_assignment,
    get_stakeholders_by_assignment_paginated,
    remove_stakeholder_assignment,
)
from jsm_ops_client.api.stakeholders import (
    bulk_create_stakeholders,
    bulk_delete_stakeholders,
    create_stakeholder,
    delete_stakeholder,
    get_flattened_stakeholders,
    get_stakeholders_by_aris,
    get_stakeholders_from_similar_incidents,
    list_stakeholders,
    resend_stakeholder_invite,
    update_stakeholder,
)
from jsm_ops_client.models import (
    BulkCreateStakeholdersRequest,
    BulkDeleteStakeholdersRequest,
    ResendStakeholderInviteRequest,
    StakeholderCommsCreateStakeholderInput,
    StakeholderCommsStakeholderStatus,
    StakeholderCommsStakeholderUpdateStatus,
    UpdateStakeholderRequest,
)
from jsm_ops_client.types import UNSET, Unset

from ...calls import ToolCall, to_data
from ...errors import ToolFailure
from ...registry import PAGED, PAGING_PROPERTIES, Action, Effect, ToolDef
from ...results import ToolResult, listing, outcome, per_item, single
from ...toolsets import Toolset
from .assignments import DEPRECATED_API, INCIDENT, assignments, by_incident, unassign
from .stakeholder_lookup import (
    FIND,
    FIND_GROUP,
    KEYS,
    LAYOUT_HINT,
    STAKEHOLDERS,
    TEXT,
    brief,
    bulk_created,
    complete_input,
    each,
    find_group,
    find_stakeholder,
    label,
    local_page,
    note,
    noted,
    paged_stakeholder_list,
    path_safe,
    present,
    resolve_all,
    row,
    slim,
    stakeholder_input,
    stakeholder_list,
    stakeholder_page,
    texts,
)

TOOLSET = Toolset.STAKEHOLDERS
STATUSES = [status.value for status in StakeholderCommsStakeholderStatus]
# Deleting goes through stakeholders_delete (with its confirmation), not a status change.
SETTABLE_STATUSES = [s.value for s in StakeholderCommsStakeholderUpdateStatus if s.value != "DELETED"]


async def list_all(call: ToolCall) -> ToolResult:
    after = call.page_position()
    search = call.arg("search")
    page = await call.hinted(LAYOUT_HINT).read(
        list_stakeholders,
        stakeholder_page,
        status=call.arg("status", UNSET),
        type_=call.arg("type", UNSET),
        search_field=("emailId" if "@" in search else "name") if search else UNSET,
        search_value=search or UNSET,
        order_by=call.arg("order_by", UNSET),
        descending=call.arg("descending", UNSET),
        first=call.limit,
        after=after or UNSET,
    )
    if not page.connection:
        raise ToolFailure(f"Atlassian returned no stakeholders: {page.error or 'no details'}; retry later.")
    return listing(
        "Stakeholders",
        [brief(s) for s in page.stakeholders],
        KEYS,
        line=row,
        next_cursor=call.next_cursor(page.end_cursor),
        total=page.total,
        footer=noted(page.error),
    )


async def get(call: ToolCall) -> ToolResult:
    wanted: list[str] = call.arg("stakeholders")
    aris = [w.strip() for w in wanted if w.strip().startswith("ari:")]
    found: dict[str, dict[str, Any]] = {}
    if aris:
        page = await call.api(get_stakeholders_by_aris, stakeholder_aris=aris)
        listed = page.stakeholders if present(page.stakeholders) else []
        found = {str(raw.get("ari")): slim(raw) for raw in (to_data(model) for model in listed)}
    items, failures = [], []
    for identifier in wanted:
        try:
            if identifier.strip() in aris:
                if identifier.strip() not in found:
                    raise ToolFailure(f"Not found: no stakeholder with ARI {identifier}.")
                items.append(found[identifier.strip()])
            else:
                items.append(await find_stakeholder(call, identifier))
        except ToolFailure as failure:
            if len(wanted) == 1:
                raise
            failures.append({"stakeholder": identifier, "error": str(failure)})
    if len(wanted) == 1:
        return single("Stakeholder", items[0], KEYS)
    footer = "".join(f"\n- not found {f['stakeholder']}: {f['error']}" for f in failures)
    return listing("Stakeholders", items, KEYS, failures=failures, line=row, footer=footer)


async def similar(call: ToolCall) -> ToolResult:
    incident = call.arg("incident").strip()
    if not path_safe(incident):
        raise ToolFailure(f"{incident!r} is not an incident key; pass one like INC-42.")
    found, error = await call.read(get_stakeholders_from_similar_incidents, stakeholder_list, incident)
    everyone = [brief(s) for s in found]
    items, next_cursor = local_page(call, everyone)
    return listing(
        f"Stakeholders of incidents similar to {incident}",
        items,
        KEYS,
        line=row,
        next_cursor=next_cursor,
        total=len(everyone),
        footer=noted(error),
    )


async def flattened(call: ToolCall) -> ToolResult:
    wanted: list[str] = call.arg("groups", [])
    teams = [g.strip()[5:].strip() for g in wanted if g.strip().lower().startswith("team:")]
    groups = [(await find_group(call, g))["id"] for g in wanted if not g.strip().lower().startswith("team:")]
    found, error = await call.read(
        get_flattened_stakeholders, paged_stakeholder_list, group_ids=groups or UNSET, team_ids=teams or UNSET
    )
    everyone = [brief(s) for s in found]
    items, next_cursor = local_page(call, everyone)
    return listing(
        "Individual stakeholders",
        items,
        KEYS,
        next_cursor=next_cursor,
        total=len(everyone),
        line=row,
        footer=noted(error),
    )


READ = ToolDef(
    name="stakeholders_read",
    toolset=TOOLSET,
    effect=Effect.READ,
    title="Read stakeholders",
    description=(
        "JSM ops incident stakeholders: people, teams and groups told about incidents. Listings give a "
        "status only when it is not ACTIVE."
    ),
    actions=(
        Action(
            "list",
            (list_stakeholders,),
            list_all,
            optional=("status", "type", "search", "order_by", "descending", *PAGED),
            doc="stakeholders with contacts; search is part of a name or an email. To find someone.",
        ),
        Action(
            "get",
            (get_stakeholders_by_aris, *FIND),
            get,
            required=("stakeholders",),
            doc="stakeholders by id, email, name, account id or ARI, with contacts and groups.",
        ),
        Action(
            "by_incident",
            (get_stakeholders_by_assignment_paginated, get_stakeholders_by_assignment),
            by_incident,
            required=("incident",),
            optional=("deprecated_api", *PAGED),
            doc="who is a stakeholder on incident.",
        ),
        Action(
            "similar",
            (get_stakeholders_from_similar_incidents,),
            similar,
            required=("incident",),
            optional=PAGED,
            doc="stakeholders of incidents similar to incident: suggestions to add.",
        ),
        Action(
            "flattened",
            (get_flattened_stakeholders, *FIND_GROUP),
            flattened,
            optional=("groups", *PAGED),
            doc="the individual people in groups (all groups if none), with emails and phones: how to "
            "reach a group.",
        ),
        Action(
            "assignments",
            (get_assignments_by_stakeholder, *FIND),
            assignments,
            required=("stakeholders",),
            optional=PAGED,
            doc="the incidents one stakeholder is assigned to.",
        ),
    ),
    properties={
        "stakeholders": STAKEHOLDERS,
        "incident": INCIDENT,
        "status": {
            "type": "string",
            "enum": STATUSES,
            "description": "Only this status",
        },
        "type": {
            "type": "string",
            "enum": ["EXTERNAL", "INTERNAL", "TEAM", "GROUP"],
            "description": "Only this kind",
        },
        "search": {**TEXT, "description": "Part of a name, or an email"},
        "order_by": {
            "type": "string",
            "enum": ["name", "insertedAt", "updatedAt"],
            "description": "Sort field",
        },
        "descending": {"type": "boolean", "description": "Sort descending"},
        "groups": texts("Group names or ids, or team:<team id>"),
        "deprecated_api": DEPRECATED_API,
        **PAGING_PROPERTIES,
    },
)


# -- write -----------------------------------------------------------------------------------------


def _sent_item(sent: list[str], index: int | Unset) -> str | int | None:
    """The identifier a bulk create error names by position (the position itself if out of range)."""
    if isinstance(index, Unset):
        return None
    return sent[index] if 0 <= index < len(sent) else index


async def create(call: ToolCall) -> ToolResult:
    wanted: list[str] = call.arg("stakeholders")
    incident = call.arg("incident")
    options = {"skip_confirmation": bool(call.arg("skip_confirmation", False)), "incident": incident}
    where = f" to {incident}" if incident else ""
    if len(wanted) == 1:
        fields = await stakeholder_input(call, wanted[0])
        body = StakeholderCommsCreateStakeholderInput.from_dict(
            {"stakeholder": complete_input(fields, **options)}
        )
        created = await call.api(create_stakeholder, body=body)
        if not present(created.stakeholder):
            return outcome(f"Added {wanted[0]}{where}.{note(created)}", item=fields)
        return single(f"Added{where}", slim(to_data(created.stakeholder)), KEYS)
    inputs, sent = [], []
    failures: list[dict[str, Any]] = []
    for identifier in wanted:
        try:
            inputs.append(complete_input(await stakeholder_input(call, identifier), **options))
            sent.append(identifier)
        except ToolFailure as failure:
            failures.append({"stakeholder": identifier, "error": str(failure)})
    done: list[dict[str, Any]] = []
    if inputs:
        body_many = BulkCreateStakeholdersRequest.from_dict({"stakeholders": inputs})
        # Read from the JSON body: the models' round trip was most of what a 50-item create added.
        done, errors = await call.read(bulk_create_stakeholders, bulk_created, body=body_many)
        failures += [{"stakeholder": _sent_item(sent, index), "error": error} for index, error in errors]
    text = f"Added {len(done)} of {len(wanted)}{where}:" + "".join(f"\n- {label(s)}" for s in done)
    text += "".join(f"\n- failed {f['stakeholder']}: {f['error']}" for f in failures)
    if failures:
        text += "\nRetry only the failed ones."
    return per_item(text, done, failures)


async def update(call: ToolCall) -> ToolResult:
    preference: dict[str, Any] = {}
    for arg, key in (("email", "emailId"), ("phone", "phoneNumber"), ("webhook", "webhook")):
        if arg in call.args:
            preference[key] = call.args[arg]
    if "channels" in call.args:
        enabled = set(call.args["channels"])
        preference["preference"] = {c: {"enabled": c in enabled} for c in ("email", "sms", "webhook")}
    changes: dict[str, Any] = {}
    if preference:
        changes["notificationPreference"] = preference
    if call.arg("status"):
        changes["status"] = call.arg("status")
    if not changes:
        raise ToolFailure("update needs status, email, phone, webhook or channels.")

    async def apply(identifier: str) -> dict[str, Any]:
        stakeholder = await find_stakeholder(call, identifier)
        body = UpdateStakeholderRequest.from_dict(
            {
                "updateStakeholderInput": {
                    "stakeholderIdInput": {"stakeholderId": stakeholder["id"]},
                    **changes,
                }
            }
        )
        updated = await call.api(update_stakeholder, body=body)
        return slim(to_data(updated.stakeholder)) if present(updated.stakeholder) else stakeholder

    return await each(call, call.arg("stakeholders"), apply, "Updated")


async def resend_invite(call: ToolCall) -> ToolResult:
    async def apply(identifier: str) -> dict[str, Any]:
        stakeholder = await find_stakeholder(call, identifier)
        if not stakeholder.get("email"):
            raise ToolFailure(
                f"{label(stakeholder)} has no email address; Atlassian re-sends invitations by email only."
            )
        target = {"emailId": stakeholder["email"]}
        if stakeholder.get("accountId"):
            target["aaid"] = stakeholder["accountId"]
        body = ResendStakeholderInviteRequest.from_dict({"resendInviteInput": target})
        await call.api(resend_stakeholder_invite, body=body)
        return stakeholder

    return await each(call, call.arg("stakeholders"), apply, "Invitation resent to")


WRITE = ToolDef(
    name="stakeholders_write",
    toolset=TOOLSET,
    effect=Effect.WRITE,
    title="Add/change stakeholders",
    description=(
        "Adds and changes incident stakeholders. A new email or phone becomes an external stakeholder, "
        "e-mailed an invitation (unless skip_confirmation), notified on each channel with an address."
    ),
    actions=(
        Action(
            "create",
            (create_stakeholder, bulk_create_stakeholders, *FIND, *FIND_GROUP),
            create,
            required=("stakeholders",),
            optional=("incident", "skip_confirmation"),
            doc="adds stakeholders, assigned to incident if given (else none). Retry only failed items.",
        ),
        Action(
            "update",
            (update_stakeholder, *FIND),
            update,
            required=("stakeholders",),
            optional=("status", "email", "phone", "webhook", "channels"),
            doc="changes status, contact addresses or enabled channels.",
        ),
        Action(
            "resend_invite",
            (resend_stakeholder_invite, *FIND),
            resend_invite,
            required=("stakeholders",),
            doc="e-mails the invitation again to INVITED stakeholders.",
        ),
    ),
    properties={
        "stakeholders": texts("Ids, names, emails, account ids, phones, webhook URLs, team:<id>, groups"),
        "incident": INCIDENT,
        "skip_confirmation": {"type": "boolean", "description": "Add new externals as active, no invitation"},
        "status": {"type": "string", "enum": SETTABLE_STATUSES, "description": "New status"},
        "email": {"type": "string", "maxLength": 255, "description": "New email address"},
        "phone": {"type": "string", "maxLength": 30, "description": "New phone number (+…)"},
        "webhook": {"type": "string", "maxLength": 2000, "description": "New webhook URL"},
        "channels": {
            "type": "array",
            "items": {"type": "string", "enum": ["email", "sms", "webhook"]},
            "description": "Channels to enable; the others are disabled",
        },
    },
)


# -- delete ----------------------------------------------------------------------------------------


async def delete(call: ToolCall) -> ToolResult:
    targets, unknown, gone = await resolve_all(call, call.arg("stakeholders"))
    if not targets:
        return call.nothing_left("; ".join(f["error"] for f in unknown) or "No stakeholder given.", gone)
    listed = "".join(f"\n- {label(s)}" for s in targets)
    pending = await call.confirm(
        {"delete": targets, "not_found": unknown},
        f"Delete {len(targets)} stakeholder(s) from every incident and group:{listed}",
    )
    if pending:
        return pending
    if len(targets) == 1:
        await call.api(delete_stakeholder, targets[0]["id"])
        return outcome(f"Deleted {label(targets[0])}.", items=targets, failures=unknown)
    body = BulkDeleteStakeholdersRequest.from_dict({"stakeholderIds": [s["id"] for s in targets]})
    result = await call.api(bulk_delete_stakeholders, body=body)
    deleted = set(result.successful_ids or [])
    done = [s for s in targets if s["id"] in deleted]
    failures = unknown + [{"stakeholder": e.stakeholder_id, "error": e.error} for e in (result.errors or [])]
    text = f"Deleted {len(done)} of {len(targets)}:" + "".join(f"\n- {label(s)}" for s in done)
    text += "".join(f"\n- failed {f['stakeholder']}: {f['error']}" for f in failures)
    return per_item(text, done, failures)


DELETE = ToolDef(
    name="stakeholders_delete",
    toolset=TOOLSET,
    effect=Effect.DELETE,
    title="Delete/unassign stakeholders",
    description=("Removes stakeholders."),
    actions=(
        Action(
            "delete",
            (delete_stakeholder, bulk_delete_stakeholders, *FIND),
            delete,
            required=("stakeholders",),
            doc="deletes stakeholders from every incident and group.",
        ),
        Action(
            "unassign",
            (
                remove_stakeholder_assignment,
                get_stakeholders_by_assignment_paginated,
                get_stakeholders_by_assignment,
                *FIND,
            ),
            unassign,
            required=("stakeholders", "incident"),
            optional=("deprecated_api",),
            doc="removes stakeholders from one incident only.",
        ),
    ),
    properties={"stakeholders": STAKEHOLDERS, "incident": INCIDENT, "deprecated_api": DEPRECATED_API},
    idempotent=True,
)

TOOLS = (READ, WRITE, DELETE)
