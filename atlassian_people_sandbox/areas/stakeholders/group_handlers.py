"""HTTP handlers of the stakeholder-group operations of specs/jsm-ops.yaml (see handlers.py for the rules
both follow)."""

from __future__ import annotations

import re
from typing import Any

from ...errors import ApiError, not_found
from ...pagination import RelayPage, cursor_limit
from ...registry import HandlerTable, Reply, SandboxRequest
from .common import (
    AVATAR_URL,
    View,
    body_of,
    done,
    entries_of,
    group_of,
    object_at,
    relay_page,
    strings_at,
    whole,
)
from .model import StakeholderGroup

HANDLERS = HandlerTable()
handles = HANDLERS.handles


# -- stakeholder groups --------------------------------------------------------------------------------------


@handles("createStakeholderGroup")
def create_stakeholder_group(request: SandboxRequest) -> Reply:
    view, body = View(request), body_of(request)
    store = view.store
    details = object_at(body, "stakeholderGroupInput")
    name = store.checked_group_name(details.get("name"))
    owner_id = details.get("ownerId") or request.principal.account_id
    owner = store.directory.get(owner_id)
    if owner is None:
        raise ApiError(422, f"No Atlassian account with id {owner_id} to own the group.")
    logo_url = _checked_logo(details.get("logoUrl"))
    entries = entries_of(body, required=False)
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
        "ownerAvatar": AVATAR_URL.format(owner.account_id),
    }


def _checked_logo(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not re.match(r"^https?://[^\s/]+", value):
        raise ApiError(422, f"logoUrl '{value}' is not an http(s) URL.")
    return value


@handles("getStakeholderGroup")
def get_stakeholder_group(request: SandboxRequest) -> Reply:
    view = View(request)
    return 200, {"group": view.group(group_of(view, request.path["groupId"]))}


@handles("updateStakeholderGroup")
def update_stakeholder_group(request: SandboxRequest) -> Reply:
    view, body = View(request), body_of(request)
    store = view.store
    group = group_of(view, request.path["groupId"])
    editable = ("name", "description", "ownerId", "logoUrl", "status", "services", "stakeholders")
    if not any(key in body for key in editable):
        raise ApiError(400, f"Nothing to update: give any of {', '.join(editable)}.")
    name = store.checked_group_name(body["name"], renaming=group) if "name" in body else group.name
    owner_id = body.get("ownerId", group.owner_id)
    if owner_id is not None and store.directory.get(owner_id) is None:
        raise ApiError(422, f"No Atlassian account with id {owner_id} to own the group.")
    logo_url = _checked_logo(body["logoUrl"]) if "logoUrl" in body else group.logo_url
    entries = entries_of(body, required=False) if "stakeholders" in body else None
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
    view = View(request)
    group = group_of(view, request.path["groupId"])
    standing_for = view.store.delete_group(group)
    extra = f"; its GROUP stakeholder {standing_for.id} was deleted too" if standing_for else ""
    return done(f"Stakeholder group {group.id} ({group.name}) deleted{extra}.")


@handles("bulkDeleteStakeholderGroups")
def bulk_delete_stakeholder_groups(request: SandboxRequest) -> Reply:
    view = View(request)
    group_ids = strings_at(body_of(request), "groupIds")
    unknown = [gid for gid in group_ids if gid not in view.store.groups]
    if unknown:  # the response cannot report per-group failures, so the request is all or nothing
        raise ApiError(422, f"No stakeholder group with id {', '.join(unknown)}; no group was deleted.")
    for gid in group_ids:
        view.store.delete_group(view.store.groups[gid])
    return done(f"{len(group_ids)} stakeholder groups deleted.")


@handles("addStakeholderGroupMembers")
def add_stakeholder_group_members(request: SandboxRequest) -> Reply:
    view = View(request)
    store = view.store
    group = group_of(view, request.path["groupId"])
    entries = entries_of(body_of(request), required=True)
    store.plan_all(entries, group.id)
    for entry in entries:
        store.apply(store.plan(entry["stakeholder"], group.id))
    group.updated_at = store.now()
    return 200, {"connection": _group_connection(view, whole([group]))}


@handles("removeStakeholderGroupMembers")
def remove_stakeholder_group_members(request: SandboxRequest) -> Reply:
    view = View(request)
    store = view.store
    group = group_of(view, request.path["groupId"])
    requested = strings_at(body_of(request), "stakeholderIds")
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
    return done(f"{len(removed)} members removed from {group.name}{note}.")


def _group_connection(view: View, page: RelayPage) -> dict[str, Any]:
    return {
        "nodes": [view.group(g) for g in page.items],
        "pageInfo": page.page_info(),
        "totalCount": page.total,
    }


@handles("getStakeholderGroupsByMembership")
def get_stakeholder_groups_by_membership(request: SandboxRequest) -> Reply:
    view = View(request)
    stakeholder = view.store.stakeholders.get(request.path["id"])
    if stakeholder is None:
        raise not_found("Stakeholder", request.path["id"])
    groups = [view.store.groups[gid] for gid in stakeholder.group_ids]
    return 200, _group_connection(view, whole(groups))


@handles("getStakeholderGroupWithMemberships")
def get_stakeholder_group_with_memberships(request: SandboxRequest) -> Reply:
    view = View(request)
    group = group_of(view, request.path["id"])
    return 200, {"group": view.group(group), "memberships": view.memberships(group)}


@handles("listStakeholderGroupsWithMemberships")
def list_stakeholder_groups_with_memberships(request: SandboxRequest) -> Reply:
    view = View(request)
    page = relay_page(view.store.groups_sorted(), request.query)
    nodes = [view.group(g) | {"memberships": view.memberships(g)} for g in page.items]
    return 200, {"nodes": nodes, "pageInfo": page.page_info(), "totalCount": page.total}


@handles("listStakeholderGroupsWithStakeholders")
def list_stakeholder_groups_with_stakeholders(request: SandboxRequest) -> Reply:
    view = View(request)
    page = relay_page(view.store.groups_sorted(), request.query)
    groups = [
        {"group": view.group(g), "stakeholders": view.stakeholders(view.store.members(g))} for g in page.items
    ]
    return 200, {"groups": groups, "pageInfo": page.page_info(), "totalCount": page.total}


@handles("getStakeholderGroupsByName")
def get_stakeholder_groups_by_name(request: SandboxRequest) -> Reply:
    # Names are unique, so an exact name gives one group; part of a name finds every group containing it.
    view = View(request)
    groups = view.store.groups_named_like(request.path["name"])
    return 200, _group_connection(view, whole(groups))


@handles("getStakeholderGroupMemberships")
def get_stakeholder_group_memberships(request: SandboxRequest) -> Reply:
    view = View(request)
    group = group_of(view, request.path["groupId"])
    cursor = request.query.get("cursor")
    page, next_cursor = cursor_limit([group], cursor=cursor, limit=request.query.get("limit"))
    # endCursor is what to pass as `cursor` for the next page; null on the last page.
    page_info = {"hasNextPage": next_cursor is not None, "endCursor": next_cursor}
    return 200, {"nodes": [view.group(g) for g in page], "pageInfo": page_info, "totalCount": 1}


@handles("validateStakeholderGroupName")
def validate_stakeholder_group_name(request: SandboxRequest) -> Reply:
    name = request.path["name"]
    problem = View(request).store.group_name_problem(name)
    if problem is not None:
        return 200, {"valid": False, "message": problem[1]}
    return 200, {"valid": True, "message": f"'{name.strip()}' is available."}
