"""HTTP handlers of the 29 stakeholder-comms operations of specs/jsm-ops.yaml.

Each handler reads the validated request, calls the store and renders the spec's response shape. As the
reference's examples show, Add members to stakeholder group and Get memberships by group ID answer with
stakeholder-group nodes: here the group itself (read members with getStakeholderGroupWithMemberships). Lists
with first/after/last/before use relay pagination (pageInfo + totalCount); cursor/limit lists use
cursor_limit. Operations whose spec documents no 404 answer an unknown reference with an empty result and
the response's `error` field, which the spec describes as the place for a failure message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from ...errors import ApiError, not_found
from ...pagination import RelayPage, cursor_limit, relay
from ...registry import HandlerTable, Reply, SandboxRequest
from .model import (
    ASSIGNMENT_ARI_KIND,
    INTERNAL,
    STAKEHOLDER_ARI_KIND,
    Assignment,
    Stakeholder,
    StakeholderGroup,
    ari,
    parse_ari,
)
from .rules import STAKEHOLDER_ARI_FORMAT
from .store import StakeholdersStore

HANDLERS = HandlerTable()
handles = HANDLERS.handles

T = TypeVar("T")

BULK_MAX = 1000
# The cloud id in either URL layout (atlassian_specs.layouts) of the stakeholder operations.
_CLOUD_ID = re.compile(r"/jsm/ops/(?:api|stakeholder-comms/cloudId)/([^/]+)/")
_AVATAR = "https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/{}/128"


class _View:
    """Renders store records in the spec's shapes for one request (ARIs carry the request's cloud id)."""

    def __init__(self, request: SandboxRequest) -> None:
        self.store: StakeholdersStore = request.state.stakeholders
        match = _CLOUD_ID.search(request.base_url)
        self.cloud_id = match.group(1) if match else "cloudId"

    def stakeholder(self, s: Stakeholder) -> dict[str, Any]:
        groups = [self.store.groups[gid] for gid in s.group_ids if gid in self.store.groups]
        return {
            "id": s.id,
            "ari": ari(self.cloud_id, STAKEHOLDER_ARI_KIND, s.id),
            "aaid": s.aaid,
            "stakeholderGroupId": s.stakeholder_group_id,
            "atlassianTeamId": s.atlassian_team_id,
            "type": s.type,
            "skipConfirmation": s.skip_confirmation,
            "status": s.status,
            "notificationPreference": {
                "id": s.preference_id,
                "emailId": s.email,
                "phoneNumber": s.phone_number,
                "phoneCountry": s.phone_country,
                "webhook": s.webhook,
                "preference": {channel: {"enabled": enabled} for channel, enabled in s.channels.items()},
                "insertedAt": s.inserted_at,
                "updatedAt": s.preference_updated_at,
            },
            "insertedAt": s.inserted_at,
            "updatedAt": s.updated_at,
            "name": self.store.display_name(s),
            "avatar": _AVATAR.format(s.aaid) if s.type == INTERNAL and s.aaid else None,
            "groups": [{"id": g.id, "name": g.name, "avatar": g.logo_url} for g in groups],
        }

    def stakeholders(self, items: Sequence[Stakeholder]) -> list[dict[str, Any]]:
        return [self.stakeholder(s) for s in items]

    @staticmethod
    def group(g: StakeholderGroup) -> dict[str, Any]:
        return {
            "id": g.id,
            "name": g.name,
            "description": g.description,
            "ownerId": g.owner_id,
            "logoUrl": g.logo_url,
            "status": g.status,
            "insertedAt": g.inserted_at,
            "updatedAt": g.updated_at,
            "services": list(g.services),
        }

    def memberships(self, g: StakeholderGroup) -> list[dict[str, Any]]:
        return [self.membership(s) for s in self.store.members(g)]

    @staticmethod
    def membership(s: Stakeholder) -> dict[str, Any]:
        return {"memberId": s.id, "memberType": s.type}

    def assignment(self, a: Assignment) -> dict[str, Any]:
        return {
            "id": a.id,
            "ari": ari(self.cloud_id, ASSIGNMENT_ARI_KIND, a.id),
            "assignmentType": a.assignment_type,
            "addedFrom": a.added_from,
            "externalAssignmentId": a.external_id,
            "insertedAt": a.inserted_at,
            "updatedAt": a.updated_at,
        }


def _relay(items: Sequence[T], query: Mapping[str, Any]) -> RelayPage:
    return relay(
        items,
        first=query.get("first"),
        after=query.get("after"),
        last=query.get("last"),
        before=query.get("before"),
    )


def _whole(items: Sequence[T]) -> RelayPage:
    """Everything on one page, for connections the spec gives no paging parameters."""
    return RelayPage(list(items), 0, has_next=False, has_previous=False, total=len(items))


def _body(request: SandboxRequest) -> dict[str, Any]:
    return request.body if isinstance(request.body, dict) else {}


def _object(source: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = source.get(key)
    if not isinstance(value, dict):
        raise ApiError(400, f"'{key}' is required.")
    return value


def _strings(source: Mapping[str, Any], key: str) -> list[str]:
    """A non-empty list of distinct ids, in the order given."""
    values = [value.strip() for value in source.get(key) or [] if isinstance(value, str) and value.strip()]
    if not values:
        raise ApiError(400, f"'{key}' must list at least one id.")
    if len(values) > BULK_MAX:
        raise ApiError(400, f"'{key}' lists {len(values)} ids; send at most {BULK_MAX} per request.")
    return list(dict.fromkeys(values))


def _entries(source: Mapping[str, Any], *, required: bool) -> list[Mapping[str, Any]]:
    entries = source.get("stakeholders")
    if not entries and not required:
        return []
    if not entries:
        raise ApiError(400, "'stakeholders' must list at least one stakeholder.")
    if len(entries) > BULK_MAX:
        raise ApiError(400, f"'stakeholders' lists {len(entries)}; send at most {BULK_MAX} per request.")
    return list(entries)


def _stakeholder(identifiers: Mapping[str, Any], view: _View) -> Stakeholder:
    found, described = view.store.find_stakeholder(identifiers, view.cloud_id)
    if found is None:
        raise not_found("Stakeholder with", described)
    return found


def _group(view: _View, group_id: str) -> StakeholderGroup:
    group = view.store.groups.get(group_id)
    if group is None:
        raise not_found("Stakeholder group", group_id)
    return group


def _done(message: str) -> Reply:
    return 200, {"success": True, "message": message}


# -- stakeholders ----------------------------------------------------------------------------------------


@handles("listStakeholders")
def list_stakeholders(request: SandboxRequest) -> Reply:
    view, query = _View(request), request.query
    items = view.store.search(
        status=query.get("status"),
        stakeholder_type=query.get("type"),
        search_field=query.get("searchField"),
        search_value=query.get("searchValue"),
        order_by=query.get("orderBy"),
        descending=bool(query.get("descending", False)),
    )
    page = _relay(items, query)
    connection = {
        "nodes": view.stakeholders(page.items),
        "pageInfo": page.page_info(),
        "totalCount": page.total,
    }
    return 200, {"connection": connection}


@handles("createStakeholder")
def create_stakeholder(request: SandboxRequest) -> Reply:
    view, body = _View(request), _body(request)
    applied = view.store.create(_object(body, "stakeholder"), body.get("joiningGroupId"))
    return 201, {"stakeholder": view.stakeholder(applied.stakeholder)}


@handles("updateStakeholder")
def update_stakeholder(request: SandboxRequest) -> Reply:
    view = _View(request)
    changes = _object(_body(request), "updateStakeholderInput")
    stakeholder = _stakeholder(_object(changes, "stakeholderIdInput"), view)
    view.store.update(stakeholder, changes.get("status"), changes.get("notificationPreference"))
    return 200, {"stakeholder": view.stakeholder(stakeholder)}


@handles("deleteStakeholder")
def delete_stakeholder(request: SandboxRequest) -> Reply:
    view = _View(request)
    stakeholder = view.store.stakeholders.get(request.path["stakeholderId"])
    if stakeholder is None:
        raise not_found("Stakeholder", request.path["stakeholderId"])
    name = view.store.display_name(stakeholder)
    view.store.delete(stakeholder)
    return _done(f"Stakeholder {stakeholder.id} ({name}) deleted.")


@handles("bulkCreateStakeholders")
def bulk_create_stakeholders(request: SandboxRequest) -> Reply:
    view, body = _View(request), _body(request)
    raws = _entries(body, required=True)
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
    store = _View(request).store
    requested = [value for value in _body(request).get("stakeholderIds") or [] if isinstance(value, str)]
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
    view = _View(request)
    target = _object(_body(request), "resendInviteInput")
    identifiers = {key: target.get(key) for key in ("emailId", "aaid")}
    if not any(isinstance(value, str) and value.strip() for value in identifiers.values()):
        raise ApiError(400, "Identify the stakeholder to re-invite with emailId or aaid.")
    stakeholder = _stakeholder(identifiers, view)
    sent = view.store.resend_invite(stakeholder)
    address = stakeholder.email or stakeholder.phone_number or stakeholder.webhook
    return _done(f"Invitation resent to {address} (invitation {sent}).")


@handles("getStakeholderByIdentifier")
def get_stakeholder_by_identifier(request: SandboxRequest) -> Reply:
    view = _View(request)
    return 200, {"stakeholder": view.stakeholder(_stakeholder(request.query, view))}


@handles("getStakeholdersByAris")
def get_stakeholders_by_aris(request: SandboxRequest) -> Reply:
    view = _View(request)
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
    view, query = _View(request), request.query
    items, unknown = view.store.flattened(list(query.get("groupIds") or []), list(query.get("teamIds") or []))
    page = _whole(items)
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
    view = _View(request)
    key = request.path["incidentKey"]
    incident = view.store.incident(key)
    if incident is None:
        raise not_found("Incident", key)
    return 200, {"stakeholders": view.stakeholders(view.store.stakeholders_of_similar_incidents(incident))}


# -- assignments -------------------------------------------------------------------------------------------


def _assigned(view: _View, query: Mapping[str, Any]) -> tuple[list[Stakeholder], str | None]:
    assignment, described = view.store.find_assignment(query, view.cloud_id)
    if assignment is None:
        return [], f"No assignment with {described}."
    return [view.store.stakeholders[sid] for sid in assignment.stakeholder_ids], None


@handles("getStakeholdersByAssignment")
def get_stakeholders_by_assignment(request: SandboxRequest) -> Reply:
    view = _View(request)
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
    view = _View(request)
    items, error = _assigned(view, request.query)
    page = _relay(items, request.query)
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
    view = _View(request)
    stakeholder, described = view.store.find_stakeholder(request.query, view.cloud_id)
    items = [view.store.assignments[aid] for aid in stakeholder.assignment_ids] if stakeholder else []
    page = _relay(items, request.query)
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
    view, body = _View(request), _body(request)
    stakeholder = _stakeholder(_object(body, "stakeholderIdInput"), view)
    assignment, described = view.store.find_assignment(_object(body, "assignmentIdInput"), view.cloud_id)
    if assignment is None:
        raise not_found("Assignment with", described)
    view.store.unassign(stakeholder, assignment)
    return _done(f"Stakeholder {stakeholder.id} removed from {assignment.external_id}.")


# -- stakeholder groups --------------------------------------------------------------------------------------


@handles("createStakeholderGroup")
def create_stakeholder_group(request: SandboxRequest) -> Reply:
    view, body = _View(request), _body(request)
    store = view.store
    details = _object(body, "stakeholderGroupInput")
    name = store.checked_group_name(details.get("name"))
    owner_id = details.get("ownerId") or request.principal.account_id
    owner = store.directory.get(owner_id)
    if owner is None:
        raise ApiError(422, f"No Atlassian account with id {owner_id} to own the group.")
    logo_url = _checked_logo(details.get("logoUrl"))
    entries = _entries(body, required=False)
    store.plan_all(entries, None)  # all members must be valid before the group exists
    now = store.now()
    group = StakeholderGroup(
        id=store.new_id(),
        name=name,
        description=details.get("description"),
        owner_id=owner.account_id,
        logo_url=logo_url,
        status=details.get("status") or "ACTIVE",
        inserted_at=now,  # server-managed: insertedAt/updatedAt in the input are ignored
        updated_at=now,
        services=list(dict.fromkeys(details.get("services") or [])),
    )
    store.add_group(group)
    store.created["groups"] += 1
    for entry in entries:
        store.apply(store.plan(entry["stakeholder"], group.id))
    return 201, {
        "group": view.group(group),
        "stakeholders": view.stakeholders(store.members(group)),
        "ownerName": owner.display_name,
        "ownerAvatar": _AVATAR.format(owner.account_id),
    }


def _checked_logo(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not re.match(r"^https?://[^\s/]+", value):
        raise ApiError(422, f"logoUrl '{value}' is not an http(s) URL.")
    return value


@handles("getStakeholderGroup")
def get_stakeholder_group(request: SandboxRequest) -> Reply:
    view = _View(request)
    return 200, {"group": view.group(_group(view, request.path["groupId"]))}


@handles("updateStakeholderGroup")
def update_stakeholder_group(request: SandboxRequest) -> Reply:
    view, body = _View(request), _body(request)
    store = view.store
    group = _group(view, request.path["groupId"])
    editable = ("name", "description", "ownerId", "logoUrl", "status", "services", "stakeholders")
    if not any(key in body for key in editable):
        raise ApiError(400, f"Nothing to update: give any of {', '.join(editable)}.")
    name = store.checked_group_name(body["name"], renaming=group) if "name" in body else group.name
    owner_id = body.get("ownerId", group.owner_id)
    if owner_id is not None and store.directory.get(owner_id) is None:
        raise ApiError(422, f"No Atlassian account with id {owner_id} to own the group.")
    logo_url = _checked_logo(body["logoUrl"]) if "logoUrl" in body else group.logo_url
    entries = _entries(body, required=False) if "stakeholders" in body else None
    if entries is not None:
        store.plan_all(entries, group.id)
    # Everything is valid: apply.
    if name != group.name:
        store.rename_group(group, name)
    group.description = body.get("description", group.description)
    group.owner_id, group.logo_url = owner_id, logo_url
    group.status = body.get("status", group.status)
    if "services" in body:
        group.services = list(dict.fromkeys(body["services"]))
    if entries is not None:  # the listed stakeholders become the members, replacing the others
        keep = {store.apply(store.plan(entry["stakeholder"], group.id)).stakeholder.id for entry in entries}
        for member in store.members(group):
            if member.id not in keep:
                store.remove_member(group, member)
    group.updated_at = store.now()
    return 200, {"group": view.group(group)}


@handles("deleteStakeholderGroup")
def delete_stakeholder_group(request: SandboxRequest) -> Reply:
    view = _View(request)
    group = _group(view, request.path["groupId"])
    standing_for = view.store.delete_group(group)
    extra = f"; its GROUP stakeholder {standing_for.id} was deleted too" if standing_for else ""
    return _done(f"Stakeholder group {group.id} ({group.name}) deleted{extra}.")


@handles("bulkDeleteStakeholderGroups")
def bulk_delete_stakeholder_groups(request: SandboxRequest) -> Reply:
    view = _View(request)
    group_ids = _strings(_body(request), "groupIds")
    unknown = [gid for gid in group_ids if gid not in view.store.groups]
    if unknown:  # the response cannot report per-group failures, so the request is all or nothing
        raise ApiError(422, f"No stakeholder group with id {', '.join(unknown)}; no group was deleted.")
    for gid in group_ids:
        view.store.delete_group(view.store.groups[gid])
    return _done(f"{len(group_ids)} stakeholder groups deleted.")


@handles("addStakeholderGroupMembers")
def add_stakeholder_group_members(request: SandboxRequest) -> Reply:
    view = _View(request)
    store = view.store
    group = _group(view, request.path["groupId"])
    entries = _entries(_body(request), required=True)
    store.plan_all(entries, group.id)
    for entry in entries:
        store.apply(store.plan(entry["stakeholder"], group.id))
    group.updated_at = store.now()
    return 200, {"connection": _group_connection(view, _whole([group]))}


@handles("removeStakeholderGroupMembers")
def remove_stakeholder_group_members(request: SandboxRequest) -> Reply:
    view = _View(request)
    store = view.store
    group = _group(view, request.path["groupId"])
    requested = _strings(_body(request), "stakeholderIds")
    unknown = [sid for sid in requested if sid not in store.stakeholders]
    if unknown:
        raise ApiError(422, f"No stakeholder with id {', '.join(unknown)}; no member was removed.")
    # Removing a stakeholder that is not a member is a no-op, so a retried request succeeds.
    removed = [sid for sid in requested if sid in group.member_ids]
    for sid in removed:
        store.remove_member(group, store.stakeholders[sid])
    if removed:
        group.updated_at = store.now()
    skipped = len(requested) - len(removed)
    note = f"; {skipped} were not members" if skipped else ""
    return _done(f"{len(removed)} members removed from {group.name}{note}.")


def _group_connection(view: _View, page: RelayPage) -> dict[str, Any]:
    return {
        "nodes": [view.group(g) for g in page.items],
        "pageInfo": page.page_info(),
        "totalCount": page.total,
    }


@handles("getStakeholderGroupsByMembership")
def get_stakeholder_groups_by_membership(request: SandboxRequest) -> Reply:
    view = _View(request)
    stakeholder = view.store.stakeholders.get(request.path["id"])
    if stakeholder is None:
        raise not_found("Stakeholder", request.path["id"])
    groups = [view.store.groups[gid] for gid in stakeholder.group_ids]
    return 200, _group_connection(view, _whole(groups))


@handles("getStakeholderGroupWithMemberships")
def get_stakeholder_group_with_memberships(request: SandboxRequest) -> Reply:
    view = _View(request)
    group = _group(view, request.path["id"])
    return 200, {"group": view.group(group), "memberships": view.memberships(group)}


@handles("listStakeholderGroupsWithMemberships")
def list_stakeholder_groups_with_memberships(request: SandboxRequest) -> Reply:
    view = _View(request)
    page = _relay(view.store.groups_sorted(), request.query)
    nodes = [view.group(g) | {"memberships": view.memberships(g)} for g in page.items]
    return 200, {"nodes": nodes, "pageInfo": page.page_info(), "totalCount": page.total}


@handles("listStakeholderGroupsWithStakeholders")
def list_stakeholder_groups_with_stakeholders(request: SandboxRequest) -> Reply:
    view = _View(request)
    page = _relay(view.store.groups_sorted(), request.query)
    groups = [
        {"group": view.group(g), "stakeholders": view.stakeholders(view.store.members(g))} for g in page.items
    ]
    return 200, {"groups": groups, "pageInfo": page.page_info(), "totalCount": page.total}


@handles("getStakeholderGroupsByName")
def get_stakeholder_groups_by_name(request: SandboxRequest) -> Reply:
    # Names are unique, so an exact name gives one group; part of a name finds every group containing it.
    view = _View(request)
    groups = view.store.groups_named_like(request.path["name"])
    return 200, _group_connection(view, _whole(groups))


@handles("getStakeholderGroupMemberships")
def get_stakeholder_group_memberships(request: SandboxRequest) -> Reply:
    view = _View(request)
    group = _group(view, request.path["groupId"])
    cursor = request.query.get("cursor")
    page, next_cursor = cursor_limit([group], cursor=cursor, limit=request.query.get("limit"))
    # endCursor is what to pass as `cursor` for the next page; null on the last page.
    page_info = {"hasNextPage": next_cursor is not None, "endCursor": next_cursor}
    return 200, {"nodes": [view.group(g) for g in page], "pageInfo": page_info, "totalCount": 1}


@handles("validateStakeholderGroupName")
def validate_stakeholder_group_name(request: SandboxRequest) -> Reply:
    name = request.path["name"]
    problem = _View(request).store.group_name_problem(name)
    if problem is not None:
        return 200, {"valid": False, "message": problem[1]}
    return 200, {"valid": True, "message": f"'{name.strip()}' is available."}
