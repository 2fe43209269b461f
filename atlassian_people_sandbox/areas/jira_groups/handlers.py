"""Sandbox handlers of the Jira group operations (/rest/api/3/group..., /groups/picker)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode, urlsplit

from ...directory import Directory, User
from ...errors import ApiError
from ...pagination import start_at
from ...registry import HandlerTable, Reply, SandboxRequest
from .store import (
    APPLICATION_NAMES,
    EXPANDED_MEMBERS_LIMIT,
    PICKER_DEFAULT_LIMIT,
    PICKER_MAXIMUM_LIMIT,
    USERS_EXPAND,
    JiraGroup,
)

HANDLERS = HandlerTable()
handles = HANDLERS.handles

# -- JSON shapes -----------------------------------------------------------------------------------------


def _site(request: SandboxRequest) -> str:
    parts = urlsplit(request.base_url)
    return f"{parts.scheme}://{parts.netloc}"


def _url(site: str, path: str, params: Sequence[tuple[str, Any]]) -> str:
    rendered = [
        (name, str(value).lower() if isinstance(value, bool) else str(value)) for name, value in params
    ]
    return f"{site}{path}?{urlencode(rendered)}"


def user_details(user: User, site: str) -> dict[str, Any]:
    avatar = f"{site}/secure/useravatar?ownerId={user.account_id}"
    return {
        "accountId": user.account_id,
        "accountType": user.account_type,
        "active": user.active,
        "avatarUrls": {size: f"{avatar}&size={size}" for size in ("16x16", "24x24", "32x32", "48x48")},
        "displayName": user.display_name,
        "emailAddress": user.email,
        "key": "",
        "name": "",
        "self": _url(site, "/rest/api/3/user", [("accountId", user.account_id)]),
        "timeZone": user.time_zone,
    }


def _members(group: JiraGroup, directory: Directory, include_inactive: bool) -> list[User]:
    # Jira orders members by username, which Cloud does not expose; display name gives a stable order.
    members = [user for user in map(directory.get, group.member_ids) if user is not None]
    return sorted(
        (user for user in members if include_inactive or user.active),
        key=lambda user: (user.display_name.casefold(), user.account_id),
    )


def _expanded_range(expand: str | None) -> tuple[int, int] | None:
    """(start, count) of the members to embed for expand=users or users[start:end] (inclusive), else None."""
    for option in (expand or "").split(","):
        match = USERS_EXPAND.match(option.strip())
        if match is None:
            continue
        if match.group(1) is None:
            return 0, EXPANDED_MEMBERS_LIMIT
        first, last = int(match.group(1)), int(match.group(2))
        return first, max(0, min(last - first + 1, EXPANDED_MEMBERS_LIMIT))
    return None


def group_json(group: JiraGroup, request: SandboxRequest, expand: str | None = None) -> dict[str, Any]:
    site = _site(request)
    members = _members(group, request.state.directory, include_inactive=True)
    window = _expanded_range(expand)
    first, count = window or (0, 0)
    items = members[first : first + count]
    return {
        "expand": "users",
        "groupId": group.group_id,
        "name": group.name,
        "self": _url(site, "/rest/api/3/group", [("groupId", group.group_id)]),
        "users": {
            "size": len(members),
            "items": [user_details(user, site) for user in items],
            "max-results": EXPANDED_MEMBERS_LIMIT,
            "start-index": first,
            "end-index": first + len(items) - 1 if items else first,
        },
    }


def _page_bean(
    request: SandboxRequest,
    path: str,
    filters: list[tuple[str, Any]],
    items: Sequence[Any],
    default_size: int,
    maximum_size: int,
) -> tuple[dict[str, Any], list[Any]]:
    page, first, size, is_last = start_at(
        items,
        start_at=request.query.get("startAt"),
        max_results=request.query.get("maxResults"),
        default=default_size,
        maximum=maximum_size,
    )
    site = _site(request)
    bean: dict[str, Any] = {
        "self": _url(site, path, [*filters, ("startAt", first), ("maxResults", size)]),
        "maxResults": size,
        "startAt": first,
        "total": len(items),
        "isLast": is_last,
    }
    if not is_last and size > 0:
        bean["nextPage"] = _url(site, path, [*filters, ("startAt", first + size), ("maxResults", size)])
    return bean, page


def _group_from_query(request: SandboxRequest) -> JiraGroup:
    return request.state.jira.resolve(
        request.query.get("groupname"),
        request.query.get("groupId"),
        name_parameter="groupname",
        id_parameter="groupId",
    )


def _user(request: SandboxRequest, account_id: str | None) -> User:
    if not account_id:
        raise ApiError(
            400, "You must specify the account ID of the user.", field_errors={"accountId": "Required."}
        )
    user = request.state.directory.get(account_id)
    if user is None:
        raise ApiError(404, f"User with account ID '{account_id}' does not exist.")
    return user


# -- handlers ----------------------------------------------------------------------------------------------


@handles("getJiraGroup")
def get_jira_group(request: SandboxRequest) -> Reply:
    group = _group_from_query(request)
    return 200, group_json(group, request, request.query.get("expand"))


@handles("createJiraGroup")
def create_jira_group(request: SandboxRequest) -> Reply:
    group = request.state.jira.create(request.body["name"])
    return 201, group_json(group, request)


@handles("removeJiraGroup")
def remove_jira_group(request: SandboxRequest) -> Reply:
    store = request.state.jira
    group = _group_from_query(request)
    swap_name, swap_id = request.query.get("swapGroup"), request.query.get("swapGroupId")
    if swap_name and swap_id:
        raise ApiError(400, "Specify either 'swapGroup' or 'swapGroupId', not both.")
    if swap_name or swap_id:
        # Restrictions (comments and worklogs) move to the swap group; the sandbox holds none, so it only
        # validates the swap group the way Jira does: it must exist and differ from the deleted group.
        swap = store.by_id(swap_id) if swap_id else store.by_name(swap_name or "")
        if swap is None:
            raise ApiError(
                400, f"The group to transfer restrictions to, '{swap_id or swap_name}', does not exist."
            )
        if swap.group_id == group.group_id:
            raise ApiError(400, "You cannot transfer restrictions to the group you are deleting.")
    store.delete(group)
    return 200, None


@handles("bulkGetJiraGroups")
def bulk_get_jira_groups(request: SandboxRequest) -> Reply:
    query = request.query
    ids: list[str] = list(query.get("groupId") or [])
    names: list[str] = list(query.get("groupName") or [])
    access_type: str | None = query.get("accessType")
    application_key: str | None = query.get("applicationKey")
    wanted_names = {name.casefold() for name in names}
    groups = [
        group
        for group in request.state.jira.sorted_groups()
        # groupId and groupName select together: a group named by either is returned.
        if ((not ids and not names) or group.group_id in ids or group.name.casefold() in wanted_names)
        and (access_type is None or group.access_type == access_type)
        and (application_key is None or application_key in group.application_keys)
    ]
    filters: list[tuple[str, Any]] = [("groupId", group_id) for group_id in ids]
    filters += [("groupName", name) for name in names]
    filters += [
        (name, value)
        for name, value in (("accessType", access_type), ("applicationKey", application_key))
        if value
    ]
    bean, page = _page_bean(
        request, "/rest/api/3/group/bulk", filters, groups, default_size=50, maximum_size=50
    )
    return 200, bean | {"values": [group.details() for group in page]}


@handles("getJiraGroupMembers")
def get_jira_group_members(request: SandboxRequest) -> Reply:
    group = _group_from_query(request)
    include_inactive = bool(request.query.get("includeInactiveUsers", False))
    members = _members(group, request.state.directory, include_inactive)
    filters: list[tuple[str, Any]] = [("groupId", group.group_id), ("includeInactiveUsers", include_inactive)]
    bean, page = _page_bean(
        request, "/rest/api/3/group/member", filters, members, default_size=50, maximum_size=50
    )
    site = _site(request)
    return 200, bean | {"values": [user_details(user, site) for user in page]}


@handles("addUserToJiraGroup")
def add_user_to_jira_group(request: SandboxRequest) -> Reply:
    group = _group_from_query(request)
    user = _user(request, (request.body or {}).get("accountId"))
    if user.account_id in group.member_ids:
        raise ApiError(
            400, f"Cannot add user. User '{user.display_name}' is already a member of '{group.name}'."
        )
    group.member_ids.add(user.account_id)
    return 201, group_json(group, request)


@handles("removeUserFromJiraGroup")
def remove_user_from_jira_group(request: SandboxRequest) -> Reply:
    group = _group_from_query(request)
    user = _user(request, request.query.get("accountId"))
    if user.account_id not in group.member_ids:
        raise ApiError(
            400, f"Cannot remove user. User '{user.display_name}' is not a member of '{group.name}'."
        )
    group.member_ids.discard(user.account_id)
    return 200, None


# -- group picker ------------------------------------------------------------------------------------------


def _occurrences(name: str, query: str, case_insensitive: bool) -> list[int]:
    """Start indices of the non-overlapping occurrences of query in name."""
    haystack, needle = (name.casefold(), query.casefold()) if case_insensitive else (name, query)
    starts, position = [], haystack.find(needle)
    while needle and position >= 0:
        starts.append(position)
        position = haystack.find(needle, position + len(needle))
    return starts


def highlighted(name: str, query: str, case_insensitive: bool) -> str:
    """The group name as HTML, each match of the query in <b>, like Jira's picker."""
    parts, cursor = [], 0
    for start in _occurrences(name, query, case_insensitive):
        end = start + len(query)
        parts += [
            html.escape(name[cursor:start], quote=False),
            f"<b>{html.escape(name[start:end], quote=False)}</b>",
        ]
        cursor = end
    parts.append(html.escape(name[cursor:], quote=False))
    return "".join(parts)


def group_labels(group: JiraGroup) -> list[dict[str, str]]:
    """The picker's labels: admin access, and the product(s) membership gives access to."""
    labels = []
    if group.access_type in ("admin", "site-admin"):
        labels.append(
            {
                "text": "Admin",
                "title": "Users added to this group will be given administrative access",
                "type": "ADMIN",
            }
        )
    if group.access_type == "user" and group.application_keys:
        products = [APPLICATION_NAMES[key] for key in sorted(group.application_keys)]
        single = len(products) == 1
        labels.append(
            {
                "text": products[0] if single else "Multiple",
                "title": f"Users added to this group will be given access to {', '.join(products)}",
                "type": "SINGLE" if single else "MULTIPLE",
            }
        )
    return labels


@handles("findJiraGroups")
def find_jira_groups(request: SandboxRequest) -> Reply:
    query: str = request.query.get("query") or ""
    case_insensitive = bool(request.query.get("caseInsensitive", False))
    limit = request.query.get("maxResults")
    limit = PICKER_DEFAULT_LIMIT if limit is None else max(0, min(limit, PICKER_MAXIMUM_LIMIT))
    excluded_names = {name.casefold() for name in request.query.get("exclude") or []}
    excluded_ids = set(request.query.get("excludeId") or [])
    roles = request.principal.roles

    def matches(group: JiraGroup) -> bool:
        if group.group_id in excluded_ids or group.name.casefold() in excluded_names:
            return False
        if "browse-users" not in roles:
            # Without Browse users and groups, only a query naming a group exactly finds it.
            return (group.name.casefold() == query.casefold()) if case_insensitive else group.name == query
        return not query or bool(_occurrences(group.name, query, case_insensitive))

    # Jira answers callers without Browse projects with an empty list rather than 403; the spec's
    # x-permissions therefore only asks for a signed-in user and the filtering happens here.
    found = (
        [group for group in request.state.jira.sorted_groups() if matches(group)]
        if "browse-projects" in roles
        else []
    )
    shown = found[:limit]
    return 200, {
        "header": f"Showing {len(shown)} of {len(found)} matching groups",
        "total": len(found),
        "groups": [
            {
                "groupId": group.group_id,
                "name": group.name,
                "html": highlighted(group.name, query, case_insensitive),
                "labels": group_labels(group),
                # Plain Jira groups (not teams): no avatar, members managed by administrators; the
                # reference names no usage type values, so none is made up here.
                "avatarUrl": None,
                "managedBy": "admins",
                "usageType": None,
            }
            for group in shown
        ],
    }
