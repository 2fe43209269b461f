"""Jira groups and group membership (specs/jira-groups.yaml)."""

from __future__ import annotations

import re
from typing import Any

from jira_groups_client.api.groups import (
    add_user_to_jira_group,
    bulk_get_jira_groups,
    create_jira_group,
    find_jira_groups,
    get_jira_group,
    get_jira_group_members,
    remove_jira_group,
    remove_user_from_jira_group,
)
from jira_groups_client.api.users import find_jira_users
from jira_groups_client.models import AddGroupBean, UpdateUserToGroupBean
from jira_groups_client.paging import GET_JIRA_GROUP_MEMBERS
from jira_groups_client.types import UNSET

from ..calls import ToolCall, to_data
from ..endpoints import known
from ..errors import Rejected, ToolFailure
from ..outcomes import create_checked
from ..records import array, enum_field, obj
from ..registry import PAGED, PAGING_PROPERTIES, Action, Effect, ToolDef
from ..results import ToolResult, listing, outcome, per_item, single
from ..toolsets import Toolset
from .jira_users import PASS_ID, ambiguous, exact_matches, find_users, resolve_account

TOOLSET = Toolset.JIRA_GROUPS
_GROUP_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
GROUP_KEYS = ("name", "groupId")
USER_KEYS = ("displayName", "emailAddress", "accountId", "active")
MEMBER_SCAN_LIMIT = 1000  # members read when resolving emails within a group

GROUP = {"type": "string", "minLength": 1, "maxLength": 255, "description": "Group name or group id"}
USERS = {
    "type": "array",
    "minItems": 1,
    "maxItems": 50,
    "items": {"type": "string", "minLength": 1, "maxLength": 255},
    "description": "Account ids, emails or exact display names",
}


def slim_group(raw: dict[str, Any]) -> dict[str, Any]:
    return {key: raw[key] for key in GROUP_KEYS if raw.get(key)}


def slim_user(raw: dict[str, Any]) -> dict[str, Any]:
    """A Jira user without avatar URLs, self links and empty legacy fields; `active` only when false."""
    user = {key: raw[key] for key in ("accountId", "displayName", "emailAddress") if key in raw}
    return user | ({"active": False} if raw.get("active") is False else {})


def user_line(user: dict[str, Any]) -> str:
    email = f" <{user['emailAddress']}>" if user.get("emailAddress") else ""
    return f"{user.get('displayName')}{email} accountId={user.get('accountId')}" + (
        " (inactive)" if user.get("active") is False else ""
    )


def group_params(group: str) -> dict[str, Any]:
    """Jira takes either groupId or groupname; accept whichever the person has."""
    return {"group_id": group} if _GROUP_ID.match(group) else {"groupname": group}


# -- read ------------------------------------------------------------------------------------------


def found_groups(body: object) -> tuple[list[dict[str, Any]], Any]:
    """A findJiraGroups answer (FoundGroups) from its JSON body, as the model gave it (records.py): the
    groups slimmed, their labels' types checked as the model checks them, and the total."""
    page = obj(body)
    return [found_group(raw) for raw in array(page["groups"])] if "groups" in page else [], page.get("total")


def found_group(raw: object) -> dict[str, Any]:
    """One FoundGroup, slimmed, its labels' types checked as the model checks them."""
    group = obj(raw)
    for label in array(group["labels"]) if "labels" in group else []:
        enum_field(obj(label), "type")
    return slim_group(group)


def group_page(body: object) -> tuple[list[dict[str, Any]], bool, Any]:
    """A bulkGetJiraGroups answer (PageBeanGroupDetails) from its JSON body (records.py): the groups
    slimmed, whether Jira says it is not the last page, and the total."""
    page = obj(body)
    groups = [slim_group(obj(raw)) for raw in array(page["values"])] if "values" in page else []
    return groups, page.get("isLast") is False, page.get("total")


async def find(call: ToolCall) -> ToolResult:
    items, total = await call.read(
        find_jira_groups,
        found_groups,
        query=call.arg("query", ""),
        max_results=call.limit,
        case_insensitive=True,
    )
    return listing("Groups matching", items, GROUP_KEYS, total=total)


async def list_groups(call: ToolCall) -> ToolResult:
    start = call.page_position() or 0
    names = [g for g in call.arg("groups", []) if not _GROUP_ID.match(g)]
    ids = [g for g in call.arg("groups", []) if _GROUP_ID.match(g)]
    items, more, total = await call.read(
        bulk_get_jira_groups,
        group_page,
        start_at=start,
        max_results=call.limit,
        group_name=names or UNSET,
        group_id=ids or UNSET,
    )
    return listing(
        "Groups",
        items,
        GROUP_KEYS,
        next_cursor=call.next_cursor(start + len(items)) if more and items else None,
        total=total,
    )


async def get_group(call: ToolCall) -> ToolResult:
    group = await call.hinted(_FIND).api(get_jira_group, **group_params(call.arg("group")), expand="users")
    data = to_data(group)
    users = [slim_user(user) for user in data.get("users", {}).get("items", [])]
    total = data.get("users", {}).get("size")
    item = slim_group(data) | {"members": users}
    head = single("Group", slim_group(data), GROUP_KEYS).text
    lines = [f"{head}; members: {len(users)}" + (f" of {total}" if total is not None else "")]
    lines += [f"- {user_line(user)}" for user in users]
    if total is not None and total > len(users):
        lines.append(f"The rest: jira_groups_read action=members group={item['groupId']}")
    return ToolResult({"item": item}, "\n".join(lines))


async def members(call: ToolCall) -> ToolResult:
    start = call.page_position() or 0
    page = await call.hinted(_FIND).api(
        get_jira_group_members,
        **group_params(call.arg("group")),
        include_inactive_users=bool(call.arg("include_inactive", False)),
        start_at=start,
        max_results=min(call.limit, 50),
    )
    items = [slim_user(to_data(user)) for user in (page.values or [])]
    more = page.is_last is False
    return listing(
        f"Members of {call.arg('group')}",
        items,
        USER_KEYS,
        line=user_line,
        next_cursor=call.next_cursor(start + len(items)) if more and items else None,
        total=known(page.total),
    )


_FIND = "Use jira_groups_read action=find to look the group up."

READ = ToolDef(
    name="jira_groups_read",
    toolset=TOOLSET,
    effect=Effect.READ,
    title="Read Jira groups",
    description="Jira groups, their members, and Jira users. group takes a group name or group id.",
    actions=(
        Action(
            "find",
            (find_jira_groups,),
            find,
            optional=("query", "limit"),
            doc="groups whose name contains query (all if empty), up to limit; to look a group up.",
        ),
        Action(
            "find_users",
            (find_jira_users,),
            find_users,
            required=("query",),
            optional=PAGED,
            doc="users whose name or email starts with query, with account ids; to find a person.",
        ),
        Action(
            "list",
            (bulk_get_jira_groups,),
            list_groups,
            optional=("groups", *PAGED),
            doc="every group with its id, or only those in groups; to page through all groups.",
        ),
        Action(
            "get",
            (get_jira_group,),
            get_group,
            required=("group",),
            doc="one group with its first 50 members (deprecated Jira API; members reads them all).",
        ),
        Action(
            "members",
            (get_jira_group_members,),
            members,
            required=("group",),
            optional=("include_inactive", *PAGED),
            doc="a group's members: names, emails, account ids; at most 50 a page.",
        ),
    ),
    properties={
        "query": {
            "type": "string",
            "maxLength": 255,
            "description": "find: part of a group name; find_users: start of a name or email",
        },
        "group": GROUP,
        "groups": {
            "type": "array",
            "maxItems": 50,
            "items": {"type": "string", "minLength": 1, "maxLength": 255},
            "description": "Group names or ids",
        },
        "include_inactive": {"type": "boolean", "default": False, "description": "Include inactive users"},
        **PAGING_PROPERTIES,
    },
)


# -- membership resolution -------------------------------------------------------------------------


async def group_members(call: ToolCall, group: str, cached: bool = False) -> list[dict[str, Any]]:
    """Every member (active or not) of a group, up to MEMBER_SCAN_LIMIT; cached: as already read in this
    call (for lookups; a preview that a confirmation binds always reads afresh)."""
    cache: dict[str, list[dict[str, Any]]] = call.lookups.setdefault("jira.members", {})
    if cached and group in cache:
        return cache[group]
    cache[group] = await _read_members(call, group)
    return cache[group]


async def _read_members(call: ToolCall, group: str) -> list[dict[str, Any]]:
    members = await call.scan(
        get_jira_group_members,
        GET_JIRA_GROUP_MEMBERS,
        limit=MEMBER_SCAN_LIMIT,
        page_size=50,
        lookup_hint=_FIND,
        **group_params(group),
        include_inactive_users=True,
    )
    return [slim_user(to_data(user)) for user in members]


def match_members(
    wanted: list[str], members_: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Members matching account ids, emails or exact display names (case-insensitive), and the identifiers
    that matched none; a display name shared by several members is a ToolFailure listing them."""
    matched: dict[str, dict[str, Any]] = {}
    unmatched = []
    for identifier in wanted:
        hits = exact_matches(identifier, members_)
        by_id_or_email = [
            m for m in hits if str(m.get("displayName") or "").casefold() != identifier.casefold()
        ]
        if len(hits) > 1 and not by_id_or_email:
            raise ambiguous(identifier, hits)
        hits = by_id_or_email or hits
        if not hits:
            unmatched.append(identifier)
        for member in hits:
            matched[member["accountId"]] = member
    return list(matched.values()), unmatched


# -- write -----------------------------------------------------------------------------------------


async def existing_group(call: ToolCall, group: str) -> dict[str, Any] | None:
    """The group ({name, groupId}) named by a group name or id, or None when there is none."""
    ids = [group] if _GROUP_ID.match(group) else UNSET
    page = await call.api(
        bulk_get_jira_groups, group_id=ids, group_name=UNSET if ids else [group], max_results=2
    )
    found = [to_data(g) for g in (page.values or [])]
    return found[0] if len(found) == 1 else None


async def create(call: ToolCall) -> ToolResult:
    name = call.arg("name")

    async def find() -> str | None:
        found = await existing_group(call, name)
        return f"groupId {found['groupId']}" if found else None

    group = await create_checked(
        call.api(create_jira_group, body=AddGroupBean(name=name)), find, f"the Jira group named {name!r}"
    )
    return single("Created group", to_data(group), GROUP_KEYS)


async def is_member(call: ToolCall, group: str, account_id: str) -> bool:
    return any(m.get("accountId") == account_id for m in await group_members(call, group))


async def add_members(call: ToolCall) -> ToolResult:
    group = call.arg("group")
    added, already, failures = [], [], []
    handled: set[str] = set()  # the same person named twice (id, email, name) is added once
    for user in call.arg("users"):
        try:
            account = await resolve_account(call, user)
            account_id = str(account["accountId"])
            if account_id in handled:
                continue
            handled.add(account_id)
            try:
                await call.hinted(_FIND).api(
                    add_user_to_jira_group,
                    **group_params(group),
                    body=UpdateUserToGroupBean(account_id=account_id),
                )
            except ToolFailure as failure:
                # Jira refuses to add a member twice (400); that person is where they should be.
                if not isinstance(failure, Rejected) or not await is_member(call, group, account_id):
                    raise
                already.append({"user": user, "accountId": account_id, "status": "already a member"})
                continue
            added.append({"user": user, "accountId": account_id, "status": "added"})
        except ToolFailure as failure:
            failures.append({"user": user, "error": str(failure)})
    done = added + already
    text = f"{group}: {len(added)} added, {len(already)} already a member, {len(failures)} failed."
    text += "".join(f"\n- added {a['user']} ({a['accountId']})" for a in added)
    text += "".join(f"\n- {a['user']} ({a['accountId']}) is already a member" for a in already)
    text += "".join(f"\n- failed {f['user']}: {f['error']}" for f in failures)
    return per_item(text, done, failures)


WRITE = ToolDef(
    name="jira_groups_write",
    toolset=TOOLSET,
    effect=Effect.WRITE,
    title="Create Jira groups, add members",
    description=(
        "Creates Jira groups and adds members. Members get the group's permissions and product access "
        "(which may take a license); someone already in the group is reported as already a member."
    ),
    actions=(
        Action(
            "create",
            (create_jira_group, bulk_get_jira_groups),
            create,
            required=("name",),
            doc="an empty group named name.",
        ),
        Action(
            "add_members",
            (add_user_to_jira_group, find_jira_users, get_jira_group_members),
            add_members,
            required=("group", "users"),
            doc="adds users (account ids, emails or exact display names) to group; retry only failed ones.",
        ),
    ),
    properties={
        "name": {"type": "string", "minLength": 1, "maxLength": 255, "description": "New group name"},
        "group": GROUP,
        "users": USERS,
    },
)


# -- delete ----------------------------------------------------------------------------------------


async def delete_group(call: ToolCall) -> ToolResult:
    group = call.arg("group")
    target = await existing_group(call, group)
    if target is None:
        return call.nothing_left(f"No Jira group is named {group!r} (or has that id). {_FIND}")
    # Bound by the confirmation: the group's id and exactly who is in it (not only how many).
    members_ = await group_members(call, target["groupId"])
    count = len(members_)
    preview = {"delete_group": target, "members": count, "swap_group": call.arg("swap_group")}
    many = "+" if count >= MEMBER_SCAN_LIMIT else ""
    summary = f"Delete Jira group {target['name']} ({target['groupId']}; {count}{many} members lose it)."
    state = sorted(str(m.get("accountId")) for m in members_)
    pending = await call.confirm(preview, summary, state=state)
    if pending:
        return pending
    swap = call.arg("swap_group")
    swap_params = {}
    if swap:
        swap_params = {"swap_group_id": swap} if _GROUP_ID.match(swap) else {"swap_group": swap}
    await call.hinted(_FIND).api(remove_jira_group, group_id=target["groupId"], **swap_params)
    return outcome(f"Deleted group {target['name']}.", item=preview)


async def remove_members(call: ToolCall) -> ToolResult:
    group = call.arg("group")
    target = await existing_group(call, group)
    if target is None:
        return call.nothing_left(f"No Jira group is named {group!r} (or has that id). {_FIND}")
    current = await group_members(call, target["groupId"])
    matched, unmatched = match_members(call.arg("users"), current)
    if not matched:
        return call.nothing_left(
            f"None of {', '.join(unmatched)} is a member of {group} (by account id, email or exact display "
            f"name); nothing to remove. Check with jira_groups_read action=members, or {PASS_ID}"
        )
    preview = {"group": target, "remove": matched, "not_members": unmatched}
    listing_text = "".join(
        f"\n- {m.get('displayName')} <{m.get('emailAddress')}> {m['accountId']}" for m in matched
    )
    pending = await call.confirm(preview, f"Remove {len(matched)} member(s) from {group}:{listing_text}")
    if pending:
        return pending
    removed, failures = [], []
    for member in matched:
        try:
            await call.api(
                remove_user_from_jira_group, group_id=target["groupId"], account_id=member["accountId"]
            )
            removed.append(member)
        except ToolFailure as failure:
            failures.append({"accountId": member["accountId"], "error": str(failure)})
    text = f"Removed {len(removed)} of {len(matched)} from {group}."
    text += "".join(f"\n- failed {f['accountId']}: {f['error']}" for f in failures)
    text += "".join(f"\n- not a member, left alone: {user}" for user in unmatched)
    return per_item(text, removed, failures)


DELETE = ToolDef(
    name="jira_groups_delete",
    toolset=TOOLSET,
    effect=Effect.DELETE,
    title="Delete Jira groups, remove members",
    description=("Deletes Jira groups or removes members; members lose the group's permissions."),
    actions=(
        Action(
            "delete_group",
            (remove_jira_group, get_jira_group_members, bulk_get_jira_groups),
            delete_group,
            required=("group",),
            optional=("swap_group",),
            doc="deletes group; swap_group takes over its restrictions on issues and comments.",
        ),
        Action(
            "remove_members",
            (remove_user_from_jira_group, get_jira_group_members, bulk_get_jira_groups),
            remove_members,
            required=("group", "users"),
            doc="removes users (account ids, emails or exact display names of members) from group.",
        ),
    ),
    properties={
        "group": GROUP,
        "users": {**USERS, "description": "Account ids, emails or exact display names of members"},
        "swap_group": {**GROUP, "description": "Group name or id to receive the restrictions"},
    },
    idempotent=True,
)

TOOLS = (READ, WRITE, DELETE)
