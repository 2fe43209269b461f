"""HTTP handlers of the stakeholder and assignment operations of specs/jsm-ops.yaml (the group ones are
in group_handlers.py).

Each handler reads the validated request, calls the store and renders the spec's response shape. As the
reference's examples show, Add members to stakeholder group and Get memberships by group ID answer with
stakeholder-group nodes: here the group itself (read members with getStakeholderGroupWithMemberships). Lists
with first/after/last/before use relay pagination (pageInfo + totalCount); cursor/limit lists use
cursor_limit. Operations whose spec documents no 404 answer an unknown reference with an empty result and
the response's `error` field, which the spec describes as the place for a failure message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...errors import ApiError, not_found
from ...pagination import cursor_limit
from ...registry import HandlerTable, Reply, SandboxRequest
from .common import (
    BULK_MAX,
    View,
    body_of,
    done,
    entries_of,
    object_at,
    relay_page,
    stakeholder_of,
    whole,
)
from .model import (
    STAKEHOLDER_ARI_KIND,
    Stakeholder,
    parse_ari,
)
from .rules import STAKEHOLDER_ARI_FORMAT

HANDLERS = HandlerTable()
handles = HANDLERS.handles


# -- stakeholders ----------------------------------------------------------------------------------------


@handles("listStakeholders")
def list_stakeholders(request: SandboxRequest) -> Reply:
    view, query = View(request), request.query
    items = view.store.search(
        status=query.get("status"),
        stakeholder_type=query.get("type"),
        search_field=query.get("searchField"),
        search_value=query.get("searchValue"),
        order_by=query.get("orderBy"),
        descending=bool(query.get("descending", False)),
    )
    page = relay_page(items, query)
    connection = {
        "nodes": view.stakeholders(page.items),
        "pageInfo": page.page_info(),
        "totalCount": page.total,
    }
    return 200, {"connection": connection}


@handles("createStakeholder")
def create_stakeholder(request: SandboxRequest) -> Reply:
    view, body = View(request), body_of(request)
    applied = view.store.create(object_at(body, "stakeholder"), body.get("joiningGroupId"))
    return 201, {"stakeholder": view.stakeholder(applied.stakeholder)}


@handles("updateStakeholder")
def update_stakeholder(request: SandboxRequest) -> Reply:
    view = View(request)
    changes = object_at(body_of(request), "updateStakeholderInput")
    stakeholder = stakeholder_of(object_at(changes, "stakeholderIdInput"), view)
    view.store.update(stakeholder, changes.get("status"), changes.get("notificationPreference"))
    return 200, {"stakeholder": view.stakeholder(stakeholder)}


@handles("deleteStakeholder")
def delete_stakeholder(request: SandboxRequest) -> Reply:
    view = View(request)
    stakeholder = view.store.stakeholders.get(request.path["stakeholderId"])
    if stakeholder is None:
        raise not_found("Stakeholder", request.path["stakeholderId"])
    name = view.store.display_name(stakeholder)
    view.store.delete(stakeholder)
    return done(f"Stakeholder {stakeholder.id} ({name}) deleted.")


@handles("bulkCreateStakeholders")
def bulk_create_stakeholders(request: SandboxRequest) -> Reply:
    view, body = View(request), body_of(request)
    raws = entries_of(body, required=True)
    joining = body.get("joiningGroupId")
    if joining and joining not in view.store.groups:
        raise ApiError(422, f"No stakeholder group with id {joining} to join; no stakeholder was created.")
    created: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for index, raw in enumerate(raws):
        try:
            applied = view.store.create(raw, joining)
        except ApiError as error:  # one bad item does not stop the others
            errors.append({"index": index, "error": error.message})
            continue
        assignment = applied.assignment
        message = "Created." if applied.created else "Existing stakeholder "
        if not applied.created:
            message += f"assigned to {assignment.external_id}." if assignment else "added to the group."
        item = {"stakeholder": view.stakeholder(applied.stakeholder), "message": message}
        if (
            assignment is not None
        ):  # left out rather than null: the spec's nullable allOf does not validate null
            item["assignment"] = view.assignment(assignment)
        created.append(item)
    return 200, {
        "success": not errors,
        "message": f"{len(created)} of {len(raws)} stakeholders created or assigned.",
        "totalCount": len(raws),
        "successCount": len(created),
        "failureCount": len(errors),
        "successfulStakeholders": created,
        "errors": errors,
    }


@handles("bulkDeleteStakeholders")
def bulk_delete_stakeholders(request: SandboxRequest) -> Reply:
    store = View(request).store
    requested = [value for value in body_of(request).get("stakeholderIds") or [] if isinstance(value, str)]
    if not requested:
        raise ApiError(400, "'stakeholderIds' must list at least one id.")
    if len(requested) > BULK_MAX:
        raise ApiError(
            400, f"'stakeholderIds' lists {len(requested)} ids; send at most {BULK_MAX} per request."
        )
    deleted: list[str] = []
    errors: list[dict[str, str]] = []
    for sid in requested:
        stakeholder = store.stakeholders.get(sid)
        if stakeholder is None:
            reason = "Listed more than once; deleted once." if sid in deleted else "Stakeholder not found."
            errors.append({"stakeholderId": sid, "error": reason})
            continue
        store.delete(stakeholder)
        deleted.append(sid)
    return 200, {
        "success": not errors,
        "message": f"{len(deleted)} of {len(requested)} stakeholders deleted.",
        "totalCount": len(requested),
        "successCount": len(deleted),
        "failureCount": len(errors),
        "successfulIds": deleted,
        "errors": errors,
    }


@handles("resendStakeholderInvite")
def resend_stakeholder_invite(request: SandboxRequest) -> Reply:
    view = View(request)
    target = object_at(body_of(request), "resendInviteInput")
    identifiers = {key: target.get(key) for key in ("emailId", "aaid")}
    if not any(isinstance(value, str) and value.strip() for value in identifiers.values()):
        raise ApiError(400, "Identify the stakeholder to re-invite with emailId or aaid.")
    stakeholder = stakeholder_of(identifiers, view)
    sent = view.store.resend_invite(stakeholder)
    address = stakeholder.email or stakeholder.phone_number or stakeholder.webhook
    return done(f"Invitation resent to {address} (invitation {sent}).")


@handles("getStakeholderByIdentifier")
def get_stakeholder_by_identifier(request: SandboxRequest) -> Reply:
    view = View(request)
    return 200, {"stakeholder": view.stakeholder(stakeholder_of(request.query, view))}


@handles("getStakeholdersByAris")
def get_stakeholders_by_aris(request: SandboxRequest) -> Reply:
    view = View(request)
    found: dict[str, Stakeholder] = {}
    for value in request.query.get("stakeholderAris") or []:
        if parse_ari(value, STAKEHOLDER_ARI_KIND) is None:
            raise ApiError(
                400,
                f"'{value}' is not a stakeholder ARI ({STAKEHOLDER_ARI_FORMAT}).",
            )
        stakeholder = view.store.by_ari(value, view.cloud_id)
        if stakeholder is not None:  # ARIs of deleted or foreign stakeholders are left out
            found.setdefault(stakeholder.id, stakeholder)
    return 200, {"stakeholders": view.stakeholders(list(found.values()))}


@handles("getFlattenedStakeholders")
def get_flattened_stakeholders(request: SandboxRequest) -> Reply:
    view, query = View(request), request.query
    items, unknown = view.store.flattened(list(query.get("groupIds") or []), list(query.get("teamIds") or []))
    page = whole(items)
    result: dict[str, Any] = {
        "stakeholders": view.stakeholders(page.items),
        "pageInfo": page.page_info(),
        "totalCount": page.total,
    }
    if unknown:
        result["error"] = f"No stakeholder group or team with id {', '.join(unknown)}."
    return 200, result


@handles("getStakeholdersFromSimilarIncidents")
def get_stakeholders_from_similar_incidents(request: SandboxRequest) -> Reply:
    view = View(request)
    key = request.path["incidentKey"]
    incident = view.store.incident(key)
    if incident is None:
        raise not_found("Incident", key)
    return 200, {"stakeholders": view.stakeholders(view.store.stakeholders_of_similar_incidents(incident))}


# -- assignments -------------------------------------------------------------------------------------------


def _assigned(view: View, query: Mapping[str, Any]) -> tuple[list[Stakeholder], str | None]:
    assignment, described = view.store.find_assignment(query, view.cloud_id)
    if assignment is None:
        return [], f"No assignment with {described}."
    return [view.store.stakeholders[sid] for sid in assignment.stakeholder_ids], None


@handles("getStakeholdersByAssignment")
def get_stakeholders_by_assignment(request: SandboxRequest) -> Reply:
    view = View(request)
    items, error = _assigned(view, request.query)
    # This deprecated operation's response has no cursor for the next page, hence the larger default.
    page, _ = cursor_limit(
        items, cursor=request.query.get("cursor"), limit=request.query.get("limit"), default=100
    )
    result: dict[str, Any] = {"stakeholders": view.stakeholders(page)}
    if error:
        result["error"] = error
    return 200, result


@handles("getStakeholdersByAssignmentPaginated")
def get_stakeholders_by_assignment_paginated(request: SandboxRequest) -> Reply:
    view = View(request)
    items, error = _assigned(view, request.query)
    page = relay_page(items, request.query)
    result = {
        "stakeholders": view.stakeholders(page.items),
        "pageInfo": page.page_info(),
        "totalCount": page.total,
    }
    if error:
        result["error"] = error
    return 200, result


@handles("getAssignmentsByStakeholder")
def get_assignments_by_stakeholder(request: SandboxRequest) -> Reply:
    view = View(request)
    stakeholder, described = view.store.find_stakeholder(request.query, view.cloud_id)
    items = [view.store.assignments[aid] for aid in stakeholder.assignment_ids] if stakeholder else []
    page = relay_page(items, request.query)
    result: dict[str, Any] = {
        "assignments": [view.assignment(a) for a in page.items],
        "pageInfo": page.page_info(),
        "totalCount": page.total,
    }
    if stakeholder is None:
        result["error"] = f"No stakeholder with {described}."
    return 200, result


@handles("removeStakeholderAssignment")
def remove_stakeholder_assignment(request: SandboxRequest) -> Reply:
    view, body = View(request), body_of(request)
    stakeholder = stakeholder_of(object_at(body, "stakeholderIdInput"), view)
    assignment, described = view.store.find_assignment(object_at(body, "assignmentIdInput"), view.cloud_id)
    if assignment is None:
        raise not_found("Assignment with", described)
    view.store.unassign(stakeholder, assignment)
    return done(f"Stakeholder {stakeholder.id} removed from {assignment.external_id}.")
