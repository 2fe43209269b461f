"""JSM ops stakeholder communications: stakeholders and their incident assignments (specs/jsm-ops.yaml, tags
Stakeholders and Stakeholder assignments). Also the identifier resolution stakeholder_groups.py shares."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from jsm_ops_client.api.stakeholder_assignments import (
    get_assignments_by_stakeholder,
    get_stakeholders_by_assignment,
    get_stakeholders_by_assignment_paginated,
    remove_stakeholder_assignment,
)
from jsm_ops_client.api.stakeholder_groups import (
    get_stakeholder_group,
    get_stakeholder_groups_by_name,
    list_stakeholder_groups_with_memberships,
)
from jsm_ops_client.api.stakeholders import (
    bulk_create_stakeholders,
    bulk_delete_stakeholders,
    create_stakeholder,
    delete_stakeholder,
    get_flattened_stakeholders,
    get_stakeholder_by_identifier,
    get_stakeholders_by_aris,
    get_stakeholders_from_similar_incidents,
    list_stakeholders,
    resend_stakeholder_invite,
    update_stakeholder,
)
from jsm_ops_client.models import (
    BulkCreateStakeholdersRequest,
    BulkDeleteStakeholdersRequest,
    RemoveStakeholderAssignmentRequest,
    ResendStakeholderInviteRequest,
    StakeholderCommsCreateStakeholderInput,
    StakeholderCommsStakeholderStatus,
    StakeholderCommsStakeholderUpdateStatus,
    UpdateStakeholderRequest,
)
from jsm_ops_client.types import UNSET

from ..calls import ToolCall, to_data
from ..errors import ToolFailure
from ..registry import PAGED, PAGING_PROPERTIES, Action, Effect, ToolDef, ToolResult
from ..results import listing, outcome, per_item, single
from ..toolsets import Toolset

TOOLSET = Toolset.STAKEHOLDERS
KEYS = ("name", "type", "status", "email", "phone", "webhook", "groups", "id")
ASSIGNMENT_KEYS = ("externalAssignmentId", "assignmentType", "addedFrom", "id", "insertedAt")
FIND = ("getStakeholderByIdentifier", "listStakeholders")  # resolving a stakeholder identifier
# resolving a group id or name
FIND_GROUP = ("getStakeholderGroup", "getStakeholderGroupsByName", "listStakeholderGroupsWithMemberships")
SCAN_LIMIT = 1000  # stakeholders read when checking who is on an incident
V1_LIMIT = 100  # the deprecated by-assignment API returns one page, of at most this many
ADDED_FROM = "JSM"  # stakeholders added through this server are added from Jira Service Management
STATUSES = [status.value for status in StakeholderCommsStakeholderStatus]
# Deleting goes through stakeholders_delete (with its confirmation), not a status change.
SETTABLE_STATUSES = [s.value for s in StakeholderCommsStakeholderUpdateStatus if s.value != "DELETED"]
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{5,23}$")
_LOOKUP = "Find it with stakeholders_read action=list search=…"
# A listing names no identifier: its 404 means the site serves the stakeholder operations at another URL.
LAYOUT_HINT = (
    "A listing answering 404 means this site serves the stakeholder operations under the other URL "
    "layout: set ATLASSIAN_STAKEHOLDER_LAYOUT (reference or openapi; `make live-check` tells which)."
)

TEXT = {"type": "string", "maxLength": 255}  # emptiness is checked by the server (required) and resolution


def texts(description: str) -> dict[str, Any]:
    return {"type": "array", "maxItems": 50, "items": TEXT, "description": description}


STAKEHOLDERS = texts("Ids, emails, names, account ids or ARIs")
DEPRECATED_API = {
    "type": "boolean",
    "description": "Use the deprecated API (first 100 only) if the paginated one fails",
}
INCIDENT = {**TEXT, "description": "Incident key such as INC-42, or an assignment id or ARI"}


def _present(value: Any) -> bool:
    return value not in (None, "", [], {}) and value is not UNSET


def slim(raw: dict[str, Any]) -> dict[str, Any]:
    """A stakeholder record without the nesting, empty fields and the ARI (derivable, and long)."""
    preference = raw.get("notificationPreference") or {}
    channels = preference.get("preference") or {}
    record = {
        "id": raw.get("id"),
        "name": raw.get("name"),
        "type": raw.get("type"),
        "status": raw.get("status"),
        "email": preference.get("emailId"),
        "phone": preference.get("phoneNumber"),
        "webhook": preference.get("webhook"),
        "accountId": raw.get("aaid"),
        "teamId": raw.get("atlassianTeamId"),
        "groupId": raw.get("stakeholderGroupId"),
        "groups": [group.get("name") for group in raw.get("groups") or []],
        "channels": [name for name, option in channels.items() if (option or {}).get("enabled")],
    }
    return {key: value for key, value in record.items() if _present(value)}


def brief(stakeholder: dict[str, Any], keys: tuple[str, ...] = KEYS) -> dict[str, Any]:
    """A stakeholder as listings show it: who it is and how to reach it (get has the rest); the status only
    when it is not ACTIVE, as the tool description says."""
    shown = {key: stakeholder[key] for key in keys if key in stakeholder}
    if shown.get("status") == "ACTIVE":
        del shown["status"]
    return shown


def slim_all(models: Any) -> list[dict[str, Any]]:
    return [slim(to_data(model)) for model in (models if _present(models) else [])]


def label(stakeholder: dict[str, Any]) -> str:
    contact = next((stakeholder[k] for k in ("email", "phone", "webhook", "type") if stakeholder.get(k)), "")
    return f"{stakeholder.get('name') or stakeholder['id']} <{contact}> {stakeholder['id']}"


def row(stakeholder: dict[str, Any]) -> str:
    """One stakeholder as a line of a listing: name, <how to reach them>, kind, status, [groups], id."""
    reach = [str(stakeholder[k]) for k in ("email", "phone", "webhook") if stakeholder.get(k)]
    parts = [str(stakeholder.get("name") or "")] + ([f"<{', '.join(reach)}>"] if reach else [])
    parts += [str(stakeholder.get(k)) for k in ("type", "status") if stakeholder.get(k)]
    if stakeholder.get("groups"):
        parts.append(f"[{', '.join(stakeholder['groups'])}]")
    return " ".join([*parts, f"id={stakeholder['id']}"])


def note(response: Any) -> str:
    """The `error` some answers carry beside a (partial or empty) result, as a line of text."""
    error = getattr(response, "error", None)
    return f"\nAtlassian noted: {error}" if _present(error) else ""


def path_safe(text: str) -> bool:
    """Whether text can be a URL path segment as is (servers decode %2F back into a separator)."""
    return bool(text) and "/" not in text and "\\" not in text and text not in (".", "..")


def is_not_found(failure: ToolFailure) -> bool:
    """A 404, or a 400/422 for an identifier of the wrong kind: when guessing an identifier's kind, a miss."""
    return failure.status in (400, 404, 422)


# -- identifier resolution (shared with stakeholder_groups.py) -------------------------------------


async def by_identifier(call: ToolCall, **params: str) -> dict[str, Any] | None:
    try:
        found = await call.api(get_stakeholder_by_identifier, **params)
    except ToolFailure as failure:
        if is_not_found(failure):
            return None
        raise
    stakeholder = found.stakeholder if found is not None else None
    return slim(to_data(stakeholder)) if _present(stakeholder) else None


def _pick(wanted: str, candidates: list[dict[str, Any]], kind: str) -> dict[str, Any] | None:
    """The exact (case-insensitive) name match, else the only candidate; ambiguity is an error."""
    exact = [c for c in candidates if str(c.get("name", "")).casefold() == wanted.casefold()]
    hits = exact or candidates
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        options = "; ".join(f"{c.get('name')} ({c.get('email') or c['id']})" for c in hits[:10])
        raise ToolFailure(f"{len(hits)} {kind}s match {wanted!r}: {options}. Pass the id or email.")
    return None


async def lookup_stakeholder(call: ToolCall, text: str) -> dict[str, Any] | None:
    """The stakeholder an id, email, account id, ARI, group/team id or (part of a) name stands for."""
    wanted = text.strip()
    if not wanted:
        raise ToolFailure("A stakeholder identifier is empty; pass an id, email, name or account id.")
    cache: dict[str, dict[str, Any] | None] = call.lookups.setdefault("stakeholder", {})
    if wanted.casefold() not in cache:
        cache[wanted.casefold()] = await _find_stakeholder(call, wanted)
    return cache[wanted.casefold()]


async def find_stakeholder(call: ToolCall, text: str) -> dict[str, Any]:
    """lookup_stakeholder, failing when there is none."""
    found = await lookup_stakeholder(call, text)
    if found is None:
        raise ToolFailure(
            f"Not found: no stakeholder matches {text.strip()!r}. Pass its id, email, account id or ARI. "
            + _LOOKUP,
            404,
        )
    return found


async def _find_stakeholder(call: ToolCall, wanted: str) -> dict[str, Any] | None:
    if "@" in wanted:
        return await by_identifier(call, email_id=wanted)
    if wanted.startswith("ari:"):
        return await by_identifier(call, ari=wanted)
    keys: tuple[str, ...] = ()
    if _UUID.match(wanted):
        keys = ("stakeholder_id", "stakeholder_group_id", "atlassian_team_id")
    elif not any(ch.isspace() for ch in wanted):
        keys = ("stakeholder_id", "aaid")
    for key in keys:
        found = await by_identifier(call, **{key: wanted})
        if found:
            return found
    if _UUID.match(wanted):
        return None
    page = await call.api(list_stakeholders, search_field="name", search_value=wanted, first=50)
    connection = page.connection if _present(page.connection) else None
    return _pick(wanted, slim_all(connection.nodes if connection else []), "stakeholder")


async def lookup_group(call: ToolCall, text: str) -> dict[str, Any] | None:
    """The stakeholder group with this id, or this (or a uniquely matching part of its) name."""
    wanted = text.strip()
    if not wanted:
        raise ToolFailure("A group identifier is empty; pass a group id or name.")
    cache: dict[str, dict[str, Any] | None] = call.lookups.setdefault("group", {})
    if wanted.casefold() not in cache:
        cache[wanted.casefold()] = await _find_group(call, wanted)
    return cache[wanted.casefold()]


async def find_group(call: ToolCall, text: str) -> dict[str, Any]:
    """lookup_group, failing when there is none."""
    found = await lookup_group(call, text)
    if found is None:
        raise ToolFailure(
            f"Not found: no stakeholder group matches {text.strip()!r}; pass its id or name "
            "(stakeholder_groups_read action=find lists matches).",
            404,
        )
    return found


async def _find_group(call: ToolCall, wanted: str) -> dict[str, Any] | None:
    if path_safe(wanted) and not any(ch.isspace() for ch in wanted):
        try:
            found = await call.api(get_stakeholder_group, wanted)
        except ToolFailure as failure:
            if not is_not_found(failure):
                raise
        else:
            if found is not None and _present(found.group):
                return dict(to_data(found.group))
        if _UUID.match(wanted):
            return None
    return _pick(wanted, await groups_named_like(call, wanted), "stakeholder group")


async def groups_named_like(call: ToolCall, text: str) -> list[dict[str, Any]]:
    """Groups whose name contains text: by the by-name API, or, for text it cannot take in its path (a
    slash, a dot segment), by reading the groups (up to SCAN_LIMIT)."""
    if path_safe(text):
        try:
            page = await call.api(get_stakeholder_groups_by_name, text)
        except ToolFailure as failure:
            if is_not_found(failure):
                return []
            raise
        return [to_data(group) for group in (page.nodes or [])]
    found: list[dict[str, Any]] = []
    after: Any = UNSET
    for _ in range(SCAN_LIMIT // 100):
        listed = await call.api(list_stakeholder_groups_with_memberships, first=100, after=after)
        for node in listed.nodes or []:
            group = to_data(node)
            group.pop("memberships", None)
            if text.casefold() in str(group.get("name", "")).casefold():
                found.append(group)
        info = listed.page_info if _present(listed.page_info) else None
        if not (info and info.has_next_page and _present(info.end_cursor)):
            break
        after = info.end_cursor
    return found


def identity(stakeholder: dict[str, Any]) -> dict[str, str]:
    """The StakeholderInput fields that name an existing stakeholder."""
    for field, key in (
        ("accountId", "aaid"),
        ("teamId", "atlassianTeamId"),
        ("groupId", "stakeholderGroupId"),
        ("email", "emailId"),
        ("phone", "phoneNumber"),
        ("webhook", "webhook"),
    ):
        if stakeholder.get(field):
            return {key: stakeholder[field]}
    raise ToolFailure(f"Stakeholder {stakeholder['id']} has no identifier Atlassian accepts for this.")


async def stakeholder_input(call: ToolCall, text: str) -> dict[str, str]:
    """StakeholderInput fields for what a person wrote: an address, a team, a group or a stakeholder."""
    wanted = text.strip()
    if "@" in wanted:
        return {"emailId": wanted}
    if wanted.lower().startswith(("http://", "https://")):
        return {"webhook": wanted}
    if _PHONE.match(wanted):
        return {"phoneNumber": wanted}
    if wanted.lower().startswith("team:"):
        return {"atlassianTeamId": wanted[5:].strip()}
    group = await lookup_group(call, wanted)
    if group and wanted.casefold() in (group["id"].casefold(), str(group.get("name")).casefold()):
        return {"stakeholderGroupId": group["id"]}
    existing = await lookup_stakeholder(call, wanted)
    if existing:
        return identity(existing)
    if group:  # a group whose name contains the text, when no stakeholder matches it
        return {"stakeholderGroupId": group["id"]}
    if not any(ch.isspace() for ch in wanted):
        return {"aaid": wanted}  # a new stakeholder for this Atlassian account
    raise ToolFailure(
        f"No stakeholder or stakeholder group matches {wanted!r}; pass an email, phone (+…), webhook URL, "
        "account id, team:<team id>, or a group name."
    )


def complete_input(
    fields: dict[str, str], *, skip_confirmation: bool = False, incident: str | None = None
) -> dict[str, Any]:
    """A StakeholderInput with every field Atlassian requires: unless asked otherwise the stakeholder gets no
    assignment, is sent the confirmation e-mail, is added from JSM and is notified on each channel it has an
    address for (an account, team or group by email)."""
    by_address = {"email": "emailId", "sms": "phoneNumber", "webhook": "webhook"}
    has_email = not fields.keys() & {"phoneNumber", "webhook"}  # accounts, teams and groups have email
    channels = {
        channel: key in fields or (channel == "email" and has_email) for channel, key in by_address.items()
    }
    return fields | {
        "skipConfirmation": skip_confirmation,
        "assignmentType": "INCIDENT" if incident else None,
        "externalAssignmentId": incident.strip() if incident else None,
        "addedFrom": ADDED_FROM,
        "preference": {channel: {"enabled": enabled} for channel, enabled in channels.items()},
    }


async def each(
    call: ToolCall, identifiers: list[str], apply: Callable[[str], Awaitable[dict[str, Any]]], verb: str
) -> ToolResult:
    """Apply to each identifier, collecting per-item failures; a single identifier's failure is the error."""
    done, failures = [], []
    for identifier in identifiers:
        try:
            done.append(await apply(identifier))
        except ToolFailure as failure:
            if len(identifiers) == 1:
                raise
            failures.append({"stakeholder": identifier, "error": str(failure)})
    text = f"{verb} {len(done)} of {len(identifiers)}:" + "".join(f"\n- {label(s)}" for s in done)
    text += "".join(f"\n- failed {f['stakeholder']}: {f['error']}" for f in failures)
    if failures:
        text += "\nRetry only the failed ones."
    return per_item(text, done, failures)


def local_page(call: ToolCall, items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str | None]:
    """A page of a list the API returns whole."""
    start = call.page_position() or 0
    end = start + call.limit
    return items[start:end], call.next_cursor(end) if end < len(items) else None


# -- assignments -----------------------------------------------------------------------------------


def assignment_params(incident: str) -> dict[str, str]:
    wanted = incident.strip()
    if wanted.startswith("ari:"):
        return {"ari": wanted}
    if _UUID.match(wanted):
        return {"assignment_id": wanted}
    return {"external_assignment_id": wanted, "assignment_type": "INCIDENT"}


def assignment_input(incident: str) -> dict[str, str]:
    """assignment_params as an AssignmentIdInput body."""
    names = {
        "assignment_id": "assignmentId",
        "external_assignment_id": "externalAssignmentId",
        "assignment_type": "assignmentType",
    }
    return {names.get(key, key): value for key, value in assignment_params(incident).items()}


def _unavailable(failure: ToolFailure) -> bool:
    """Whether the paginated listing seems absent or failing, so the deprecated one might serve."""
    return failure.status is not None and (failure.status == 404 or failure.status >= 500)


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
            if _unavailable(failure):
                raise ToolFailure(
                    f"{failure} If the paginated by-assignment API stays unavailable on your site, retry "
                    "with deprecated_api=true (the deprecated API: at most the first 100 stakeholders).",
                    failure.status,
                ) from None
            raise
        else:
            info = page.page_info if _present(page.page_info) else None
            more = bool(info and info.has_next_page and _present(info.end_cursor))
            nxt = {"after": info.end_cursor} if more and info else None
            total = page.total_count if _present(page.total_count) else None
            return slim_all(page.stakeholders), nxt, total, note(page)
    start = position["v1"] if isinstance(position, dict) else 0
    whole = await call.api(get_stakeholders_by_assignment, **params, limit=V1_LIMIT)
    items = slim_all(whole.stakeholders)
    end = start + size
    extra = note(whole) + ("\n(Deprecated by-assignment API: at most the first 100.)")
    return items[start:end], {"v1": end} if end < len(items) else None, len(items), extra


async def incident_stakeholders(call: ToolCall, incident: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    position: Any = None
    while len(found) < SCAN_LIMIT:
        items, position, _, _ = await incident_page(call, incident, position, 100)
        found += items
        if position is None or not items:
            break
    return found


# -- read ------------------------------------------------------------------------------------------


async def list_all(call: ToolCall) -> ToolResult:
    after = call.page_position()
    search = call.arg("search")
    page = await call.api(
        list_stakeholders,
        lookup_hint=LAYOUT_HINT,
        status=call.arg("status", UNSET),
        type_=call.arg("type", UNSET),
        search_field=("emailId" if "@" in search else "name") if search else UNSET,
        search_value=search or UNSET,
        order_by=call.arg("order_by", UNSET),
        descending=call.arg("descending", UNSET),
        first=call.limit,
        after=after or UNSET,
    )
    connection = page.connection if _present(page.connection) else None
    if connection is None:
        raise ToolFailure(f"Atlassian returned no stakeholders: {page.error or 'no details'}; retry later.")
    info = connection.page_info if _present(connection.page_info) else None
    more = bool(info and info.has_next_page and _present(info.end_cursor))
    result = listing(
        "Stakeholders",
        [brief(s) for s in slim_all(connection.nodes)],
        KEYS,
        line=row,
        next_cursor=call.next_cursor(info.end_cursor) if more and info else None,
        total=connection.total_count if _present(connection.total_count) else None,
    )
    return ToolResult(result.data, result.text + note(page))


async def get(call: ToolCall) -> ToolResult:
    wanted: list[str] = call.arg("stakeholders")
    aris = [w.strip() for w in wanted if w.strip().startswith("ari:")]
    found: dict[str, dict[str, Any]] = {}
    if aris:
        page = await call.api(get_stakeholders_by_aris, stakeholder_aris=aris)
        listed = page.stakeholders if _present(page.stakeholders) else []
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
    result = listing("Stakeholders", items, KEYS, failures=failures, line=row)
    text = result.text + "".join(f"\n- not found {f['stakeholder']}: {f['error']}" for f in failures)
    return ToolResult(result.data, text)


async def by_incident(call: ToolCall) -> ToolResult:
    incident = call.arg("incident")
    items, position, total, extra = await incident_page(call, incident, call.page_position(), call.limit)
    result = listing(
        f"Stakeholders on {incident}",
        [brief(s) for s in items],
        KEYS,
        line=row,
        next_cursor=call.next_cursor(position),
        total=total,
    )
    return ToolResult(result.data, result.text + extra)


async def similar(call: ToolCall) -> ToolResult:
    incident = call.arg("incident").strip()
    if not path_safe(incident):
        raise ToolFailure(f"{incident!r} is not an incident key; pass one like INC-42.")
    found = await call.api(get_stakeholders_from_similar_incidents, incident)
    everyone = [brief(s) for s in slim_all(found.stakeholders)]
    items, next_cursor = local_page(call, everyone)
    result = listing(
        f"Stakeholders of incidents similar to {incident}",
        items,
        KEYS,
        line=row,
        next_cursor=next_cursor,
        total=len(everyone),
    )
    return ToolResult(result.data, result.text + note(found))


async def flattened(call: ToolCall) -> ToolResult:
    wanted: list[str] = call.arg("groups", [])
    teams = [g.strip()[5:].strip() for g in wanted if g.strip().lower().startswith("team:")]
    groups = [(await find_group(call, g))["id"] for g in wanted if not g.strip().lower().startswith("team:")]
    found = await call.api(get_flattened_stakeholders, group_ids=groups or UNSET, team_ids=teams or UNSET)
    everyone = [brief(s) for s in slim_all(found.stakeholders)]
    items, next_cursor = local_page(call, everyone)
    result = listing(
        "Individual stakeholders", items, KEYS, next_cursor=next_cursor, total=len(everyone), line=row
    )
    return ToolResult(result.data, result.text + note(found))


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
    info = page.page_info if _present(page.page_info) else None
    more = bool(info and info.has_next_page and _present(info.end_cursor))
    items = [to_data(a) for a in (page.assignments or [])]
    result = listing(
        f"Assignments of {stakeholder.get('name') or stakeholder['id']}",
        items,
        ASSIGNMENT_KEYS,
        next_cursor=call.next_cursor(info.end_cursor) if more and info else None,
        total=page.total_count if _present(page.total_count) else None,
    )
    return ToolResult(result.data, result.text + note(page))


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
            ("listStakeholders",),
            list_all,
            optional=("status", "type", "search", "order_by", "descending", *PAGED),
            doc="stakeholders with contacts; search is part of a name or an email. To find someone.",
        ),
        Action(
            "get",
            ("getStakeholdersByAris", *FIND),
            get,
            required=("stakeholders",),
            doc="stakeholders by id, email, name, account id or ARI, with contacts and groups.",
        ),
        Action(
            "by_incident",
            ("getStakeholdersByAssignmentPaginated", "getStakeholdersByAssignment"),
            by_incident,
            required=("incident",),
            optional=("deprecated_api", *PAGED),
            doc="who is a stakeholder on incident.",
        ),
        Action(
            "similar",
            ("getStakeholdersFromSimilarIncidents",),
            similar,
            required=("incident",),
            optional=PAGED,
            doc="stakeholders of incidents similar to incident: suggestions to add.",
        ),
        Action(
            "flattened",
            ("getFlattenedStakeholders", *FIND_GROUP),
            flattened,
            optional=("groups", *PAGED),
            doc="the individual people in groups (all groups if none), with emails and phones: how to "
            "reach a group.",
        ),
        Action(
            "assignments",
            ("getAssignmentsByStakeholder", *FIND),
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
        if not _present(created.stakeholder):
            return outcome(f"Added {wanted[0]}{where}.{note(created)}", item=fields)
        return single(f"Added{where}", slim(to_data(created.stakeholder)), KEYS)
    inputs, sent, failures = [], [], []
    for identifier in wanted:
        try:
            inputs.append(complete_input(await stakeholder_input(call, identifier), **options))
            sent.append(identifier)
        except ToolFailure as failure:
            failures.append({"stakeholder": identifier, "error": str(failure)})
    done: list[dict[str, Any]] = []
    if inputs:
        body_many = BulkCreateStakeholdersRequest.from_dict({"stakeholders": inputs})
        result = await call.api(bulk_create_stakeholders, body=body_many)
        done = [slim(to_data(r.stakeholder)) for r in (result.successful_stakeholders or [])]
        failures += [
            {"stakeholder": sent[e.index] if 0 <= e.index < len(sent) else e.index, "error": e.error}
            for e in (result.errors or [])
        ]
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
        return slim(to_data(updated.stakeholder)) if _present(updated.stakeholder) else stakeholder

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
            ("createStakeholder", "bulkCreateStakeholders", *FIND, *FIND_GROUP),
            create,
            required=("stakeholders",),
            optional=("incident", "skip_confirmation"),
            doc="adds stakeholders, assigned to incident if given (else none). Retry only failed items.",
        ),
        Action(
            "update",
            ("updateStakeholder", *FIND),
            update,
            required=("stakeholders",),
            optional=("status", "email", "phone", "webhook", "channels"),
            doc="changes status, contact addresses or enabled channels.",
        ),
        Action(
            "resend_invite",
            ("resendStakeholderInvite", *FIND),
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


async def resolve_all(
    call: ToolCall, identifiers: list[str]
) -> tuple[list[dict[str, Any]], list[dict[str, str]], bool]:
    """The stakeholders found, the failures of the others, and whether those were all simply not found."""
    found: dict[str, dict[str, Any]] = {}
    failures = []
    gone = True
    for identifier in identifiers:
        try:
            stakeholder = await find_stakeholder(call, identifier)
            found.setdefault(stakeholder["id"], stakeholder)
        except ToolFailure as failure:
            failures.append({"stakeholder": identifier, "error": str(failure)})
            gone = gone and failure.status == 404
    return list(found.values()), failures, gone


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


DELETE = ToolDef(
    name="stakeholders_delete",
    toolset=TOOLSET,
    effect=Effect.DELETE,
    title="Delete/unassign stakeholders",
    description=("Removes stakeholders."),
    actions=(
        Action(
            "delete",
            ("deleteStakeholder", "bulkDeleteStakeholders", *FIND),
            delete,
            required=("stakeholders",),
            doc="deletes stakeholders from every incident and group.",
        ),
        Action(
            "unassign",
            (
                "removeStakeholderAssignment",
                "getStakeholdersByAssignmentPaginated",
                "getStakeholdersByAssignment",
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
