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
from jira_groups_client.models import AddGroupBean, UpdateUserToGroupBean
from jira_groups_client.types import UNSET

from ..calls import ToolCall, to_data
from ..errors import ToolFailure
from ..outcomes import create_checked
from ..registry import PAGING_PROPERTIES, Action, Effect, ToolDef, ToolResult
from ..results import listing, outcome, per_item, single

TOOLSET = "jira-groups"
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
    "description": "Account ids or emails",
}


def group_params(group: str) -> dict[str, Any]:
    """Jira takes either groupId or groupname; accept whichever the person has."""
    return {"group_id": group} if _GROUP_ID.match(group) else {"groupname": group}


# -- read ------------------------------------------------------------------------------------------


async def find(call: ToolCall) -> ToolResult:
    found = await call.api(
        find_jira_groups,
        query=call.arg("query", ""),
        max_results=call.limit,
        case_insensitive=True,
    )
    items = [to_data(group) for group in (found.groups or [])]
    total = found.total if found.total is not UNSET else None
    return listing("Groups matching", items, GROUP_KEYS, total=total)


async def list_groups(call: ToolCall) -> ToolResult:
    start = call.page_position() or 0
    names = [g for g in call.arg("groups", []) if not _GROUP_ID.match(g)]
    ids = [g for g in call.arg("groups", []) if _GROUP_ID.match(g)]
    page = await call.api(
        bulk_get_jira_groups,
        start_at=start,
        max_results=call.limit,
        group_name=names or UNSET,
        group_id=ids or UNSET,
    )
    items = [to_data(group) for group in (page.values or [])]
    more = page.is_last is False
    return listing(
        "Groups",
        items,
        GROUP_KEYS,
        next_cursor=call.next_cursor(start + len(items)) if more and items else None,
        total=page.total if page.total is not UNSET else None,
    )


async def get_group(call: ToolCall) -> ToolResult:
    group = await call.api(
        get_jira_group, **group_params(call.arg("group")), expand="users", lookup_hint=_FIND
    )
    data = to_data(group)
    users = data.get("users", {}).get("items", [])
    result = single("Group", data, GROUP_KEYS)
    lines = [result.text] + [f"- {u.get('displayName')} ({u.get('accountId')})" for u in users[:50]]
    return ToolResult(result.data, "\n".join(lines))


async def members(call: ToolCall) -> ToolResult:
    start = call.page_position() or 0
    page = await call.api(
        get_jira_group_members,
        **group_params(call.arg("group")),
        include_inactive_users=bool(call.arg("include_inactive", False)),
        start_at=start,
        max_results=min(call.limit, 50),
        lookup_hint=_FIND,
    )
    items = [to_data(user) for user in (page.values or [])]
    more = page.is_last is False
    return listing(
        f"Members of {call.arg('group')}",
        items,
        USER_KEYS,
        next_cursor=call.next_cursor(start + len(items)) if more and items else None,
        total=page.total if page.total is not UNSET else None,
    )


_FIND = "Use jira_groups_read action=find to look the group up."

READ = ToolDef(
    name="jira_groups_read",
    toolset=TOOLSET,
    effect=Effect.READ,
    title="Read Jira groups",
    description=(
        "Find Jira groups and their members. find: groups whose name contains query. list: all groups, or "
        "those named in groups. get: one group with its first 50 members (deprecated Jira API). members: "
        "a group's members, paged."
    ),
    actions=(
        Action("find", ("findJiraGroups",), find),
        Action("list", ("bulkGetJiraGroups",), list_groups),
        Action("get", ("getJiraGroup",), get_group, required=("group",)),
        Action("members", ("getJiraGroupMembers",), members, required=("group",)),
    ),
    properties={
        "query": {"type": "string", "maxLength": 255},
        "group": GROUP,
        "groups": {
            "type": "array",
            "maxItems": 50,
            "items": {"type": "string", "minLength": 1, "maxLength": 255},
        },
        "include_inactive": {"type": "boolean", "default": False},
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
    found: list[dict[str, Any]] = []
    start = 0
    while len(found) < MEMBER_SCAN_LIMIT:
        page = await call.api(
            get_jira_group_members,
            **group_params(group),
            include_inactive_users=True,
            start_at=start,
            max_results=50,
            lookup_hint=_FIND,
        )
        values = [to_data(user) for user in (page.values or [])]
        found += values
        if page.is_last is not False or not values:
            return found
        start += len(values)
    return found


def match_members(
    wanted: list[str], members_: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Members matching account ids or emails (case-insensitive), and the identifiers that matched none."""
    matched: dict[str, dict[str, Any]] = {}
    unmatched = []
    for identifier in wanted:
        key = identifier.casefold()
        hits = [
            m
            for m in members_
            if m.get("accountId") == identifier or str(m.get("emailAddress") or "").casefold() == key
        ]
        if not hits:
            unmatched.append(identifier)
        for member in hits:
            matched[member["accountId"]] = member
    return list(matched.values()), unmatched


# -- write -----------------------------------------------------------------------------------------


async def create(call: ToolCall) -> ToolResult:
    name = call.arg("name")

    async def find() -> str | None:
        found = await existing_group(call, name)
        return f"groupId {found['groupId']}" if found else None

    group = await create_checked(
        call.api(create_jira_group, body=AddGroupBean(name=name)), find, f"the Jira group named {name!r}"
    )
    return single("Created group", to_data(group), GROUP_KEYS)


async def resolve_account(call: ToolCall, user: str) -> str:
    """An account id for `user` (an account id, or an email found among members of the site's groups)."""
    if "@" not in user:
        return user
    accounts: dict[str, str] = call.lookups.setdefault("jira.account", {})
    if user.casefold() not in accounts:
        accounts[user.casefold()] = await _account_by_email(call, user)
    return accounts[user.casefold()]


async def _account_by_email(call: ToolCall, user: str) -> str:
    start = 0
    scanned = 0
    while scanned < 20:  # bounded: emails are resolved from group memberships, the only user data here
        page = await call.api(bulk_get_jira_groups, start_at=start, max_results=50)
        groups = page.values or []
        for group in groups:
            if scanned >= 20:
                break
            scanned += 1
            name = group.name if group.name is not UNSET else None
            if not name:
                continue
            hits, _ = match_members([user], await group_members(call, name, cached=True))
            if hits:
                return str(hits[0]["accountId"])
        if page.is_last is not False or not groups:
            break
        start += len(groups)
    raise ToolFailure(
        f"No account with email {user} found among members of the site's groups; pass the account id instead."
    )


async def add_members(call: ToolCall) -> ToolResult:
    group = call.arg("group")
    added, failures = [], []
    for user in call.arg("users"):
        try:
            account_id = await resolve_account(call, user)
            await call.api(
                add_user_to_jira_group,
                **group_params(group),
                body=UpdateUserToGroupBean(account_id=account_id),
            )
            added.append({"user": user, "accountId": account_id})
        except ToolFailure as failure:
            failures.append({"user": user, "error": str(failure)})
    text = f"Added {len(added)} of {len(added) + len(failures)} to {group}."
    text += "".join(f"\n- failed {f['user']}: {f['error']}" for f in failures)
    return per_item(text, added, failures)


WRITE = ToolDef(
    name="jira_groups_write",
    toolset=TOOLSET,
    effect=Effect.WRITE,
    title="Create Jira groups, add members",
    description=(
        "create: a Jira group named name. add_members: add users (account ids or emails) to group; "
        "per-user failures are returned, retry only those."
    ),
    actions=(
        Action("create", ("createJiraGroup", "bulkGetJiraGroups"), create, required=("name",)),
        Action(
            "add_members",
            ("addUserToJiraGroup", "bulkGetJiraGroups", "getJiraGroupMembers"),
            add_members,
            required=("group", "users"),
        ),
    ),
    properties={
        "name": {"type": "string", "minLength": 1, "maxLength": 255},
        "group": GROUP,
        "users": USERS,
    },
)


# -- delete ----------------------------------------------------------------------------------------


async def existing_group(call: ToolCall, group: str) -> dict[str, Any] | None:
    """The group ({name, groupId}) named by a group name or id, or None when there is none."""
    ids = [group] if _GROUP_ID.match(group) else UNSET
    page = await call.api(
        bulk_get_jira_groups, group_id=ids, group_name=UNSET if ids else [group], max_results=2
    )
    found = [to_data(g) for g in (page.values or [])]
    return found[0] if len(found) == 1 else None


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
    await call.api(remove_jira_group, group_id=target["groupId"], **swap_params, lookup_hint=_FIND)
    return outcome(f"Deleted group {target['name']}.", item=preview)


async def remove_members(call: ToolCall) -> ToolResult:
    group = call.arg("group")
    target = await existing_group(call, group)
    if target is None:
        return call.nothing_left(f"No Jira group is named {group!r} (or has that id). {_FIND}")
    current = await group_members(call, target["groupId"])
    matched, unmatched = match_members(call.arg("users"), current)
    if not matched:
        return call.nothing_left(f"None of {', '.join(unmatched)} is a member of {group}; nothing to remove.")
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
    return per_item(text, removed, failures)


DELETE = ToolDef(
    name="jira_groups_delete",
    toolset=TOOLSET,
    effect=Effect.DELETE,
    title="Delete Jira groups, remove members",
    description=(
        "delete_group: delete group (optionally moving its restrictions to swap_group). remove_members: "
        "remove users (account ids or emails) from group. First call previews; repeat with confirm_token."
    ),
    actions=(
        Action(
            "delete_group",
            ("removeJiraGroup", "getJiraGroupMembers", "bulkGetJiraGroups"),
            delete_group,
            required=("group",),
        ),
        Action(
            "remove_members",
            ("removeUserFromJiraGroup", "getJiraGroupMembers", "bulkGetJiraGroups"),
            remove_members,
            required=("group", "users"),
        ),
    ),
    properties={"group": GROUP, "users": USERS, "swap_group": GROUP},
    idempotent=True,
)

TOOLS = (READ, WRITE, DELETE)
