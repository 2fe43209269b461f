"""JSM ops stakeholder groups and their members (specs/jsm-ops.yaml, tag Stakeholder groups)."""

from __future__ import annotations

from typing import Any

from jsm_ops_client.api.stakeholder_groups import (
    add_stakeholder_group_members,
    bulk_delete_stakeholder_groups,
    create_stakeholder_group,
    delete_stakeholder_group,
    get_stakeholder_group_with_memberships,
    get_stakeholder_groups_by_membership,
    list_stakeholder_groups_with_memberships,
    list_stakeholder_groups_with_stakeholders,
    remove_stakeholder_group_members,
    update_stakeholder_group,
    validate_stakeholder_group_name,
)
from jsm_ops_client.api.stakeholders import get_stakeholder_by_identifier
from jsm_ops_client.models import (
    BulkDeleteStakeholderGroupsRequest,
    CreateStakeholderGroupRequest,
    UpdateStakeholderGroupRequest,
)
from jsm_ops_client.types import UNSET

from ...calls import ToolCall, to_data
from ...errors import NotFound, ToolFailure
from ...outcomes import create_checked
from ...registry import PAGED, PAGING_PROPERTIES, Action, Effect, ToolDef
from ...results import ToolResult, listing, more, outcome, single
from ...toolsets import Toolset
from .group_members import add_members, member_entries, remove_members, slim_group
from .stakeholder_lookup import (
    FIND,
    FIND_GROUP,
    LAYOUT_HINT,
    TEXT,
    brief,
    by_identifier,
    find_group,
    find_stakeholder,
    groups_named_like,
    label,
    local_page,
    lookup_stakeholder,
    path_safe,
    row,
    slim_all,
    texts,
)

TOOLSET = Toolset.STAKEHOLDER_GROUPS
GROUP_KEYS = ("name", "id", "members", "description")
MEMBER_KEYS = ("memberId", "memberType")
# A member of a listed group: who and how to reach them (its groups include the one listed).
CONTACT_KEYS = ("name", "status", "email", "phone", "webhook", "id")

GROUP = {**TEXT, "description": "Group id or name"}
MEMBERS = texts("Stakeholder ids, emails or names")


def _connection_page(call: ToolCall, page: Any) -> tuple[str | None, int | None]:
    info = page.page_info if page.page_info is not UNSET else None
    more = bool(info and info.has_next_page and info.end_cursor not in (None, UNSET))
    total = page.total_count if page.total_count is not UNSET else None
    return (call.next_cursor(info.end_cursor) if more and info else None), total


# -- read ------------------------------------------------------------------------------------------


async def find(call: ToolCall) -> ToolResult:
    everyone = [slim_group(g) for g in await groups_named_like(call, call.arg("name").strip())]
    items, next_cursor = local_page(call, everyone)
    return listing("Stakeholder groups", items, GROUP_KEYS, next_cursor=next_cursor, total=len(everyone))


async def get(call: ToolCall) -> ToolResult:
    # Members come from the group-with-memberships answer: Get memberships by group ID answers with
    # stakeholder-group nodes, not members (as Atlassian's reference shows).
    group = slim_group(await find_group(call, call.arg("group")))
    found = await call.api(get_stakeholder_group_with_memberships, group["id"])
    everyone = [
        {"id": m.member_id, "type": m.member_type}
        for m in (found.memberships or [])
        if m.member_id not in (None, UNSET)
    ]
    items, next_cursor = local_page(call, everyone)
    return listing(
        f"Members of {group['name']}",
        items,
        MEMBER_KEYS,
        next_cursor=next_cursor,
        total=len(everyone),
        line=lambda m: f"{m['id']} {m['type']}",
        header=single("Stakeholder group", group, GROUP_KEYS).text + "\n",
        item=group,
    )


async def list_groups(call: ToolCall) -> ToolResult:
    page = await call.hinted(LAYOUT_HINT).api(
        list_stakeholder_groups_with_memberships, first=call.limit, after=call.page_position() or UNSET
    )
    next_cursor, total = _connection_page(call, page)
    items = []
    for node in page.nodes or []:
        raw = to_data(node)
        items.append(slim_group(raw, len(raw.get("memberships") or []), full=False))
    lines = [f"Stakeholder groups: {len(items)}" + (f" of {total}" if total is not None else "")]
    lines += [
        f"- {g['name']} (id={g['id']}): {g['members']} members; {g.get('description', '')}" for g in items
    ]
    data = {"items": items, "next_cursor": next_cursor, "total": total}
    return ToolResult(data, "\n".join(lines) + more(next_cursor))


async def list_full(call: ToolCall) -> ToolResult:
    page = await call.hinted(LAYOUT_HINT).api(
        list_stakeholder_groups_with_stakeholders, first=call.limit, after=call.page_position() or UNSET
    )
    next_cursor, total = _connection_page(call, page)
    items = [
        slim_group(
            to_data(entry.group), [brief(s, CONTACT_KEYS) for s in slim_all(entry.stakeholders)], full=False
        )
        for entry in (page.groups or [])
        if entry.group is not UNSET
    ]
    lines = [f"Stakeholder groups: {len(items)}" + (f" of {total}" if total is not None else "")]
    for group in items:
        lines.append(f"- {group['name']} (id={group['id']}), {len(group['members'])} members:")
        lines += [f"  - {row(s)}" for s in group["members"]]
    data = {"items": items, "next_cursor": next_cursor, "total": total}
    return ToolResult(data, "\n".join(lines) + more(next_cursor))


async def validate_name(call: ToolCall) -> ToolResult:
    name = call.arg("name").strip()
    if not path_safe(name):
        raise ToolFailure(
            f"{name!r} cannot be checked: group names here must not contain / or \\ or be . or .."
        )
    found = await call.api(validate_stakeholder_group_name, name)
    valid = bool(found.valid)
    message = found.message if found.message not in (None, UNSET) else ""
    verdict = "is available" if valid else "cannot be used"
    return outcome(f"{name!r} {verdict}. {message}".strip(), item={"name": name, "valid": valid})


async def of_member(call: ToolCall) -> ToolResult:
    stakeholder = await find_stakeholder(call, call.arg("member"))
    page = await call.api(get_stakeholder_groups_by_membership, stakeholder["id"])
    everyone = [slim_group(to_data(g)) for g in (page.nodes or [])]
    items, next_cursor = local_page(call, everyone)
    return listing(
        f"Groups of {stakeholder.get('name') or stakeholder['id']}",
        items,
        GROUP_KEYS,
        next_cursor=next_cursor,
        total=len(everyone),
    )


READ = ToolDef(
    name="stakeholder_groups_read",
    toolset=TOOLSET,
    effect=Effect.READ,
    title="Read stakeholder groups",
    description="JSM ops stakeholder groups: named sets of stakeholders told about incidents together.",
    actions=(
        Action(
            "find",
            (groups_named_like,),
            find,
            required=("name",),
            optional=PAGED,
            doc="groups whose name contains name.",
        ),
        Action(
            "get",
            (get_stakeholder_group_with_memberships, *FIND_GROUP),
            get,
            required=("group",),
            optional=PAGED,
            doc="one group and its member ids (stakeholders_read flattened gives their contacts).",
        ),
        Action(
            "list",
            (list_stakeholder_groups_with_memberships,),
            list_groups,
            optional=PAGED,
            doc="every group with its number of members.",
        ),
        Action(
            "list_full",
            (list_stakeholder_groups_with_stakeholders,),
            list_full,
            optional=PAGED,
            doc="every group with its members' names and contacts.",
        ),
        Action(
            "of_member",
            (get_stakeholder_groups_by_membership, *FIND),
            of_member,
            required=("member",),
            optional=PAGED,
            doc="the groups one stakeholder belongs to.",
        ),
        Action(
            "validate_name",
            (validate_stakeholder_group_name,),
            validate_name,
            required=("name",),
            doc="whether name can be used for a new group.",
        ),
    ),
    properties={
        "group": GROUP,
        "name": {**TEXT, "description": "Group name, or part of one for find"},
        "member": {**TEXT, "description": "Stakeholder id, email or name"},
        **PAGING_PROPERTIES,
    },
)


# -- write -----------------------------------------------------------------------------------------


async def _details(call: ToolCall) -> dict[str, Any]:
    fields = {"name": "name", "description": "description", "owner": "ownerId"}
    details = {key: call.args[arg].strip() for arg, key in fields.items() if arg in call.args}
    owner = details.get("ownerId", "")
    if "@" in owner:  # an email: the account of the internal stakeholder with it
        account = (await find_stakeholder(call, owner)).get("accountId")
        if not account:
            raise ToolFailure(
                f"{owner} is not an Atlassian account's stakeholder; pass the owner's account id."
            )
        details["ownerId"] = account
    return details


async def _own_account(call: ToolCall) -> str:
    """The caller's account id, for the owner Atlassian requires of a new group. These APIs have no "who am
    I": it is the account of the internal stakeholder with the login email (basic auth)."""
    email = call.apis.credential.email
    found = await lookup_stakeholder(call, email) if email else None
    if found and found.get("accountId"):
        return str(found["accountId"])
    whose = f"{email} is not an internal stakeholder" if email else "an OAuth token names no email"
    raise ToolFailure(
        f"A new group needs an owner and your account could not be found ({whose}); pass owner: an account "
        "id (the id in your Atlassian profile URL) or the email of an internal stakeholder."
    )


async def create(call: ToolCall) -> ToolResult:
    entries, _, failures = await member_entries(call)
    if failures:
        raise ToolFailure(
            "No group created; fix these members: "
            + "; ".join(f"{f['member']}: {f['error']}" for f in failures)
        )
    details = await _details(call)
    if "ownerId" not in details:
        details["ownerId"] = await _own_account(call)
    body = CreateStakeholderGroupRequest.from_dict(
        {"stakeholderGroupInput": details | {"status": "ACTIVE"}, "stakeholders": entries}
    )
    name = str(call.arg("name")).strip()

    async def find() -> str | None:
        same = [
            g for g in await groups_named_like(call, name) if str(g.get("name")).casefold() == name.casefold()
        ]
        return f"id {same[0]['id']}" if same else None

    created = await create_checked(
        call.api(create_stakeholder_group, body=body), find, f"the stakeholder group named {name!r}"
    )
    people = slim_all(created.stakeholders)
    group = slim_group(to_data(created.group), people)
    text = f"Created stakeholder group {group.get('name')} ({group.get('id')}) with {len(people)} members"
    return outcome(text + "".join(f"\n- {label(s)}" for s in people), item=group)


async def update(call: ToolCall) -> ToolResult:
    group = await find_group(call, call.arg("group"))
    changes = await _details(call)
    if not changes:
        raise ToolFailure("update needs name, description or owner.")
    updated = await call.api(
        update_stakeholder_group, group["id"], body=UpdateStakeholderGroupRequest.from_dict(changes)
    )
    item = slim_group(to_data(updated.group)) if updated.group not in (None, UNSET) else group | changes
    return single("Updated stakeholder group", item, GROUP_KEYS)


WRITE = ToolDef(
    name="stakeholder_groups_write",
    toolset=TOOLSET,
    effect=Effect.WRITE,
    title="Change stakeholder groups",
    description=(
        "Creates and changes stakeholder groups (new ones ACTIVE, owned by you unless owner). A member email "
        "no stakeholder has becomes a new external stakeholder, e-mailed an invitation (status INVITED); "
        "one already a member is reported, not re-added."
    ),
    actions=(
        Action(
            "create",
            (create_stakeholder_group, *FIND, *FIND_GROUP),
            create,
            required=("name",),
            optional=("description", "owner", "members"),
            doc="a group, with members if given; owner defaults to you.",
        ),
        Action(
            "update",
            (update_stakeholder_group, *FIND, *FIND_GROUP),
            update,
            required=("group",),
            optional=("name", "description", "owner"),
            doc="renames group or changes its description or owner.",
        ),
        Action(
            "add_members",
            (add_stakeholder_group_members, get_stakeholder_group_with_memberships, *FIND, *FIND_GROUP),
            add_members,
            required=("group", "members"),
            doc="adds existing stakeholders or new emails, phones, account ids; says who was added, "
            "invited or already a member.",
        ),
    ),
    properties={
        "group": GROUP,
        "name": {**TEXT, "description": "Group name (new name for update)"},
        "description": {"type": "string", "maxLength": 1000, "description": "Group description"},
        "owner": {**TEXT, "description": "Owner's account id or email"},
        "members": MEMBERS,
    },
)


# -- delete ----------------------------------------------------------------------------------------


async def delete(call: ToolCall) -> ToolResult:
    targets: dict[str, dict[str, Any]] = {}
    member_ids: dict[str, list[str]] = {}  # bound by the confirmation: who loses the group
    unknown = []
    gone = True
    for identifier in call.arg("groups"):
        try:
            group = await find_group(call, identifier)
            found = await call.api(get_stakeholder_group_with_memberships, group["id"])
            memberships = found.memberships or []
            targets.setdefault(group["id"], slim_group(group, len(memberships)))
            member_ids[group["id"]] = sorted(str(m.member_id) for m in memberships)
        except ToolFailure as failure:
            unknown.append({"group": identifier, "error": str(failure)})
            gone = gone and isinstance(failure, NotFound)
    if not targets:
        return call.nothing_left("; ".join(f["error"] for f in unknown), gone)
    groups = list(targets.values())
    # A group added as a stakeholder (type GROUP) is deleted with it.
    standing = [s for g in groups if (s := await by_identifier(call, stakeholder_group_id=g["id"]))]
    listed = "".join(f"\n- {g['name']} ({g['id']}), {g['members']} members" for g in groups)
    listed += "".join(f"\n- and its GROUP stakeholder {label(s)}" for s in standing)
    summary = f"Delete {len(groups)} stakeholder group(s); members stay stakeholders:{listed}"
    preview = {"delete": groups, "delete_stakeholders": standing, "not_found": unknown}
    pending = await call.confirm(preview, summary, state=member_ids)
    if pending:
        return pending
    if len(groups) == 1:
        await call.api(delete_stakeholder_group, groups[0]["id"])
    else:
        body = BulkDeleteStakeholderGroupsRequest.from_dict({"groupIds": [g["id"] for g in groups]})
        await call.api(bulk_delete_stakeholder_groups, body=body)
    text = f"Deleted {len(groups)} group(s): {', '.join(g['name'] for g in groups)}."
    return outcome(text, items=groups, failures=unknown)


DELETE = ToolDef(
    name="stakeholder_groups_delete",
    toolset=TOOLSET,
    effect=Effect.DELETE,
    title="Delete stakeholder groups/members",
    description=("Deletes stakeholder groups or memberships; members stay stakeholders."),
    actions=(
        Action(
            "delete",
            (
                delete_stakeholder_group,
                bulk_delete_stakeholder_groups,
                get_stakeholder_group_with_memberships,
                get_stakeholder_by_identifier,
                *FIND_GROUP,
            ),
            delete,
            required=("groups",),
            doc="deletes groups (and a group's own GROUP stakeholder).",
        ),
        Action(
            "remove_members",
            (remove_stakeholder_group_members, get_stakeholder_group_with_memberships, *FIND, *FIND_GROUP),
            remove_members,
            required=("groups", "members"),
            doc="removes members from groups.",
        ),
    ),
    properties={
        "groups": texts("Group ids or names"),
        "members": MEMBERS,
    },
    idempotent=True,
)

TOOLS = (READ, WRITE, DELETE)
