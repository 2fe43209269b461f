"""Incident assignments of JSM ops stakeholders: who is on an incident (the paginated by-assignment API, or
the deprecated one on request), the incidents of a stakeholder, and removing stakeholders from an incident."""

from __future__ import annotations

from typing import Any, TypedDict

from jsm_ops_client.api.stakeholder_assignments import (
    get_assignments_by_stakeholder,
    get_stakeholders_by_assignment,
    get_stakeholders_by_assignment_paginated,
    remove_stakeholder_assignment,
)
from jsm_ops_client.models import (
    RemoveStakeholderAssignmentRequest,
)
from jsm_ops_client.paging import GET_STAKEHOLDERS_BY_ASSIGNMENT_PAGINATED
from jsm_ops_client.types import UNSET

from ...calls import ToolCall, to_data
from ...errors import NotFound, ToolFailure, Unavailable
from ...results import ToolResult, listing, per_item
from .stakeholder_lookup import (
    KEYS,
    SCAN_LIMIT,
    TEXT,
    UUID,
    brief,
    find_stakeholder,
    label,
    note,
    present,
    resolve_all,
    row,
    slim_all,
)

ASSIGNMENT_KEYS = ("externalAssignmentId", "assignmentType", "addedFrom", "id", "insertedAt")
V1_LIMIT = 100  # the deprecated by-assignment API returns one page, of at most this many
DEPRECATED_API = {
    "type": "boolean",
    "description": "Use the deprecated API (first 100 only) if the paginated one fails",
}
INCIDENT = {**TEXT, "description": "Incident key such as INC-42, or an assignment id or ARI"}


class AssignmentParams(TypedDict, total=False):
    """How the assignment (incident) operations name an incident: by ARI, by id, or by its key and type."""

    ari: str
    assignment_id: str
    external_assignment_id: str
    assignment_type: str


def assignment_params(incident: str) -> AssignmentParams:
    wanted = incident.strip()
    if wanted.startswith("ari:"):
        return {"ari": wanted}
    if UUID.match(wanted):
        return {"assignment_id": wanted}
    return {"external_assignment_id": wanted, "assignment_type": "INCIDENT"}


def assignment_input(incident: str) -> dict[str, str]:
    """assignment_params as an AssignmentIdInput body."""
    names = {
        "assignment_id": "assignmentId",
        "external_assignment_id": "externalAssignmentId",
        "assignment_type": "assignmentType",
    }
    return {names.get(key, key): str(value) for key, value in assignment_params(incident).items()}


def _with_fallback_hint(failure: ToolFailure) -> ToolFailure:
    """The failure of the paginated by-assignment API, pointing to deprecated_api where it is unavailable."""
    if not _unavailable(failure):
        return failure
    return type(failure)(
        f"{failure} If the paginated by-assignment API stays unavailable on your site, retry "
        "with deprecated_api=true (the deprecated API: at most the first 100 stakeholders).",
        failure.status,
    )


def _unavailable(failure: ToolFailure) -> bool:
    """Whether the paginated listing seems absent or failing, so the deprecated one might serve."""
    return isinstance(failure, (NotFound, Unavailable))


async def incident_page(
    call: ToolCall, incident: str, position: Any, size: int
) -> tuple[list[dict[str, Any]], Any, int | None, str]:
    """(stakeholders, next position, total, note) of one page of an incident's stakeholders: the paginated
    API, or, only when the caller asks with deprecated_api, the deprecated one (one page of up to V1_LIMIT;
    Atlassian's current document no longer has it)."""
    params = assignment_params(incident)
    legacy = bool(call.arg("deprecated_api")) or (isinstance(position, dict) and "v1" in position)
    if not legacy:
        try:
            page = await call.api(
                get_stakeholders_by_assignment_paginated,
                **params,
                first=size,
                after=position.get("after", UNSET) if isinstance(position, dict) else UNSET,
            )
        except ToolFailure as failure:
            raise _with_fallback_hint(failure) from None
        else:
            info = page.page_info if present(page.page_info) else None
            more = bool(info and info.has_next_page and present(info.end_cursor))
            nxt = {"after": info.end_cursor} if more and info else None
            total = page.total_count if present(page.total_count) else None
            return slim_all(page.stakeholders), nxt, total, note(page)
    start = position["v1"] if isinstance(position, dict) else 0
    whole = await call.api(get_stakeholders_by_assignment, **params, limit=V1_LIMIT)
    items = slim_all(whole.stakeholders)
    end = start + size
    extra = note(whole) + ("\n(Deprecated by-assignment API: at most the first 100.)")
    return items[start:end], {"v1": end} if end < len(items) else None, len(items), extra


async def incident_stakeholders(call: ToolCall, incident: str) -> list[dict[str, Any]]:
    """Up to SCAN_LIMIT stakeholders on an incident: the paginated API's pages (its generated iterator's
    x-pagination), or the deprecated API's one page when the caller asks with deprecated_api."""
    if call.arg("deprecated_api"):
        items, _, _, _ = await incident_page(call, incident, None, SCAN_LIMIT)
        return items
    try:
        stakeholders = await call.scan(
            get_stakeholders_by_assignment_paginated,
            GET_STAKEHOLDERS_BY_ASSIGNMENT_PAGINATED,
            limit=SCAN_LIMIT,
            page_size=100,
            **assignment_params(incident),
        )
    except ToolFailure as failure:
        raise _with_fallback_hint(failure) from None
    return slim_all(stakeholders)


# -- read ------------------------------------------------------------------------------------------


async def by_incident(call: ToolCall) -> ToolResult:
    incident = call.arg("incident")
    items, position, total, extra = await incident_page(call, incident, call.page_position(), call.limit)
    return listing(
        f"Stakeholders on {incident}",
        [brief(s) for s in items],
        KEYS,
        line=row,
        next_cursor=call.next_cursor(position),
        total=total,
        footer=extra,
    )


async def assignments(call: ToolCall) -> ToolResult:
    wanted: list[str] = call.arg("stakeholders")
    if len(wanted) != 1:
        raise ToolFailure("assignments takes one stakeholder; call it once per stakeholder.")
    stakeholder = await find_stakeholder(call, wanted[0])
    after = call.page_position()
    page = await call.api(
        get_assignments_by_stakeholder,
        stakeholder_id=stakeholder["id"],
        first=call.limit,
        after=after or UNSET,
    )
    info = page.page_info if present(page.page_info) else None
    more = bool(info and info.has_next_page and present(info.end_cursor))
    items = [to_data(a) for a in (page.assignments or [])]
    return listing(
        f"Assignments of {stakeholder.get('name') or stakeholder['id']}",
        items,
        ASSIGNMENT_KEYS,
        next_cursor=call.next_cursor(info.end_cursor) if more and info else None,
        total=page.total_count if present(page.total_count) else None,
        footer=note(page),
    )


async def unassign(call: ToolCall) -> ToolResult:
    incident = call.arg("incident").strip()
    targets, unknown, gone = await resolve_all(call, call.arg("stakeholders"))
    on_incident = {s["id"] for s in await incident_stakeholders(call, incident)}
    matched = [s for s in targets if s["id"] in on_incident]
    not_on = [label(s) for s in targets if s["id"] not in on_incident]
    if not matched:
        unfound = "; ".join(f["error"] for f in unknown)
        why = f"None of them is a stakeholder on {incident}" if targets else unfound
        return call.nothing_left(f"{why}; nothing to remove.", gone)
    listed = "".join(f"\n- {label(s)}" for s in matched)
    pending = await call.confirm(
        {"incident": incident, "remove": matched, "not_on_incident": not_on, "not_found": unknown},
        f"Remove {len(matched)} stakeholder(s) from {incident}:{listed}",
    )
    if pending:
        return pending
    assignment = assignment_input(incident)
    done, failures = [], list(unknown)
    for stakeholder in matched:
        body = RemoveStakeholderAssignmentRequest.from_dict(
            {"stakeholderIdInput": {"stakeholderId": stakeholder["id"]}, "assignmentIdInput": assignment}
        )
        try:
            await call.api(remove_stakeholder_assignment, body=body)
            done.append(stakeholder)
        except ToolFailure as failure:
            failures.append({"stakeholder": stakeholder["id"], "error": str(failure)})
    text = f"Removed {len(done)} of {len(matched)} from {incident}." + "".join(
        f"\n- failed {f['stakeholder']}: {f['error']}" for f in failures
    )
    return per_item(text, done, failures)
