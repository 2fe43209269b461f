"""JSM ops stakeholders as the tools show them (one flat record, one line), and the identifier resolution
that the stakeholder and stakeholder group tools share: an id, email, account id, ARI or name to a record."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeGuard, TypeVar

from jsm_ops_client.api.stakeholder_groups import (
    get_stakeholder_group,
    get_stakeholder_groups_by_name,
    list_stakeholder_groups_with_memberships,
)
from jsm_ops_client.api.stakeholders import (
    get_stakeholder_by_identifier,
    list_stakeholders,
)
from jsm_ops_client.paging import LIST_STAKEHOLDER_GROUPS_WITH_MEMBERSHIPS
from jsm_ops_client.types import UNSET, Unset

from ...calls import ToolCall, to_data
from ...endpoints import uses
from ...errors import NotFound, Rejected, ToolFailure
from ...records import array, enum_field, in_model_order, obj
from ...results import ToolResult, per_item

T = TypeVar("T")

KEYS = ("name", "type", "status", "email", "phone", "webhook", "groups", "id")
SCAN_LIMIT = 1000  # stakeholders read when checking who is on an incident
ADDED_FROM = "JSM"  # stakeholders added through this server are added from Jira Service Management
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{5,23}$")
LOOKUP = "Find it with stakeholders_read action=list search=…"
# A listing names no identifier: its 404 means the site serves the stakeholder operations at another URL.
LAYOUT_HINT = (
    "A listing answering 404 means this site serves the stakeholder operations under the other URL "
    "layout: set ATLASSIAN_STAKEHOLDER_LAYOUT (reference or openapi; `make live-check` tells which)."
)

TEXT = {"type": "string", "maxLength": 255}  # emptiness is checked by the server (required) and resolution


def texts(description: str) -> dict[str, Any]:
    return {"type": "array", "maxItems": 50, "items": TEXT, "description": description}


STAKEHOLDERS = texts("Ids, emails, names, account ids or ARIs")


_EMPTY: tuple[object, ...] = (None, "", [], {})  # what present() counts as nothing


def present(value: T | Unset | None) -> TypeGuard[T]:
    """Whether a model field holds something (not left out, None or empty)."""
    return value not in _EMPTY and value is not UNSET


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
    # present() inlined: slim runs for every record of every listing.
    return {key: value for key, value in record.items() if value not in _EMPTY and value is not UNSET}


def brief(stakeholder: dict[str, Any], keys: tuple[str, ...] = KEYS) -> dict[str, Any]:
    """A stakeholder as listings show it: who it is and how to reach it (get has the rest); the status only
    when it is not ACTIVE, as the tool description says."""
    shown = {key: stakeholder[key] for key in keys if key in stakeholder}
    if shown.get("status") == "ACTIVE":
        del shown["status"]
    return shown


# The channels of StakeholderCommsPreference in the spec's order (see records.py).
CHANNELS = ("email", "sms", "webhook")


def stakeholder_record(raw: object) -> dict[str, Any]:
    """A stakeholder from a JSON body, equal where slim() reads it to the generated model's to_dict
    (records.py): the enums checked, the channels in the spec's order, and the nested values the model
    tolerates (keeps as received when it cannot read them) treated alike."""
    record = obj(raw)
    enum_field(record, "type")
    enum_field(record, "status")
    preference = record.get("notificationPreference")
    if isinstance(preference, dict) and isinstance(preference.get("preference"), dict):
        channels = preference["preference"]
        ordered = channels  # kept as received (order too) when the model cannot read a channel
        with contextlib.suppress(TypeError, ValueError):
            read = channels
            if not all(isinstance(value, dict) for name, value in channels.items() if name in CHANNELS):
                read = {name: obj(value) if name in CHANNELS else value for name, value in channels.items()}
            ordered = in_model_order(read, CHANNELS)
        if ordered is not channels:  # copied only when the model would have given something else
            record = record | {"notificationPreference": preference | {"preference": ordered}}
    groups = record.get("groups")
    if isinstance(groups, list) and not all(isinstance(group, dict) for group in groups):
        with contextlib.suppress(TypeError, ValueError):  # else kept as received, as the model keeps it
            record = record | {"groups": [obj(group) for group in groups]}
    return record


@dataclass(frozen=True)
class StakeholderPage:
    """A listStakeholders answer, read from its JSON body."""

    stakeholders: list[dict[str, Any]]  # slim records
    connection: bool  # whether the answer has a connection (else only its error)
    end_cursor: str | None  # where the next page starts, when there is one
    total: int | None
    error: object


def stakeholder_page(body: object) -> StakeholderPage:
    """A StakeholderCommsStakeholderConnectionResponse body, as list_all used the model (records.py)."""
    page = obj(body)
    connection = obj(page["connection"]) if "connection" in page else None
    nodes = array(connection["nodes"]) if connection and "nodes" in connection else []
    stakeholders = [slim(stakeholder_record(node)) for node in nodes]
    info = obj(connection["pageInfo"]) if connection and "pageInfo" in connection else {}
    more = bool(info.get("hasNextPage")) and present(info.get("endCursor"))
    total = connection.get("totalCount") if connection else None
    return StakeholderPage(
        stakeholders,
        connection is not None,
        info["endCursor"] if more else None,
        total if present(total) else None,
        page.get("error"),
    )


def bulk_created(body: object) -> tuple[list[dict[str, Any]], list[tuple[Any, Any]]]:
    """A StakeholderCommsBulkStakeholderCreateResult body (records.py): the created stakeholders slimmed,
    and (index, error) of each one that failed, as the models give them (UNSET where left out)."""
    result = obj(body)
    successes = array(result["successfulStakeholders"]) if "successfulStakeholders" in result else []
    created = [slim(stakeholder_record(obj(success)["stakeholder"])) for success in successes]
    errors = [obj(error) for error in array(result["errors"])] if "errors" in result else []
    return created, [(error.get("index", UNSET), error.get("error", UNSET)) for error in errors]


def stakeholder_list(body: object) -> tuple[list[dict[str, Any]], object]:
    """A StakeholderCommsStakeholderListResponse body (records.py): its stakeholders slimmed, and the
    error it notes."""
    page = obj(body)
    listed = array(page["stakeholders"]) if "stakeholders" in page else []
    return [slim(stakeholder_record(raw)) for raw in listed], page.get("error")


def paged_stakeholder_list(body: object) -> tuple[list[dict[str, Any]], object]:
    """stakeholder_list of a StakeholderCommsStakeholderPaginatedResponse, whose page info, when present,
    must be an object."""
    page = obj(body)
    if "pageInfo" in page:
        obj(page["pageInfo"])
    return stakeholder_list(page)


def slim_all(models: Any) -> list[dict[str, Any]]:
    return [slim(to_data(model)) for model in (models if present(models) else [])]


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
    return noted(getattr(response, "error", None))


def noted(error: object) -> str:
    """note() of an answer's `error` value."""
    return f"\nAtlassian noted: {error}" if present(error) else ""


def path_safe(text: str) -> bool:
    """Whether text can be a URL path segment as is (servers decode %2F back into a separator)."""
    return bool(text) and "/" not in text and "\\" not in text and text not in (".", "..")


def is_not_found(failure: ToolFailure) -> bool:
    """A 404, or a 400/422 for an identifier of the wrong kind: when guessing an identifier's kind, a miss."""
    return isinstance(failure, (NotFound, Rejected))


# -- identifier resolution (shared with stakeholder_groups.py) -------------------------------------


async def by_identifier(call: ToolCall, **params: str) -> dict[str, Any] | None:
    try:
        found = await call.api(get_stakeholder_by_identifier, **params)
    except ToolFailure as failure:
        if is_not_found(failure):
            return None
        raise
    stakeholder = found.stakeholder if found is not None else None
    return slim(to_data(stakeholder)) if present(stakeholder) else None


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


@uses(get_stakeholder_by_identifier, list_stakeholders)
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
        raise NotFound(
            f"Not found: no stakeholder matches {text.strip()!r}. Pass its id, email, account id or ARI. "
            + LOOKUP,
        )
    return found


async def _find_stakeholder(call: ToolCall, wanted: str) -> dict[str, Any] | None:
    if "@" in wanted:
        return await by_identifier(call, email_id=wanted)
    if wanted.startswith("ari:"):
        return await by_identifier(call, ari=wanted)
    keys: tuple[str, ...] = ()
    if UUID.match(wanted):
        keys = ("stakeholder_id", "stakeholder_group_id", "atlassian_team_id")
    elif not any(ch.isspace() for ch in wanted):
        keys = ("stakeholder_id", "aaid")
    for key in keys:
        found = await by_identifier(call, **{key: wanted})
        if found:
            return found
    if UUID.match(wanted):
        return None
    page = await call.api(list_stakeholders, search_field="name", search_value=wanted, first=50)
    connection = page.connection if present(page.connection) else None
    return _pick(wanted, slim_all(connection.nodes if connection else []), "stakeholder")


@uses(get_stakeholder_groups_by_name, list_stakeholder_groups_with_memberships)
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
    groups = await call.scan(
        list_stakeholder_groups_with_memberships,
        LIST_STAKEHOLDER_GROUPS_WITH_MEMBERSHIPS,
        limit=SCAN_LIMIT,
        page_size=100,
    )
    for node in groups:
        group = to_data(node)
        group.pop("memberships", None)
        if text.casefold() in str(group.get("name", "")).casefold():
            found.append(group)
    return found


@uses(get_stakeholder_group, groups_named_like)
async def lookup_group(call: ToolCall, text: str) -> dict[str, Any] | None:
    """The stakeholder group with this id, or this (or a uniquely matching part of its) name."""
    wanted = text.strip()
    if not wanted:
        raise ToolFailure("A group identifier is empty; pass a group id or name.")
    cache: dict[str, dict[str, Any] | None] = call.lookups.setdefault("group", {})
    if wanted.casefold() not in cache:
        cache[wanted.casefold()] = await _find_group(call, wanted)
    return cache[wanted.casefold()]


FIND = (lookup_stakeholder,)  # resolving a stakeholder identifier
FIND_GROUP = (lookup_group,)  # resolving a group id or name


async def find_group(call: ToolCall, text: str) -> dict[str, Any]:
    """lookup_group, failing when there is none."""
    found = await lookup_group(call, text)
    if found is None:
        raise NotFound(
            f"Not found: no stakeholder group matches {text.strip()!r}; pass its id or name "
            "(stakeholder_groups_read action=find lists matches).",
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
            if found is not None and present(found.group):
                return dict(to_data(found.group))
        if UUID.match(wanted):
            return None
    return _pick(wanted, await groups_named_like(call, wanted), "stakeholder group")


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
    if PHONE.match(wanted):
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
            gone = gone and isinstance(failure, NotFound)
    return list(found.values()), failures, gone
