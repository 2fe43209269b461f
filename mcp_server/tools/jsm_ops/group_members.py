"""Stakeholder group membership: the members a tool call names as StakeholderInput entries, adding them
(saying who is new, invited or already in) and removing them after a preview."""

from __future__ import annotations

from typing import Any

from jsm_ops_client.api.stakeholder_groups import (
    add_stakeholder_group_members,
    get_stakeholder_group_with_memberships,
    remove_stakeholder_group_members,
)
from jsm_ops_client.models import (
    AddStakeholderGroupMembersRequest,
    RemoveStakeholderGroupMembersRequest,
)

from ...calls import ToolCall
from ...errors import NotFound, ToolFailure
from ...results import ToolResult, per_item
from .stakeholder_lookup import (
    complete_input,
    find_group,
    find_stakeholder,
    label,
    lookup_stakeholder,
    note,
    stakeholder_input,
)


def slim_group(raw: dict[str, Any], members: Any = None, *, full: bool = True) -> dict[str, Any]:
    """A group; listings (full=False) leave out the owner, logo, status and services (get has them)."""
    keep = ("id", "name", "description") + (("ownerId", "logoUrl", "status", "services") if full else ())
    group = {key: raw[key] for key in keep if raw.get(key) not in (None, "", [])}
    if members is not None:
        group["members"] = members
    return group


async def member_entries(
    call: ToolCall,
) -> tuple[list[dict[str, Any]], list[tuple[str, dict[str, str]]], list[dict[str, str]]]:
    """StakeholderInput entries for the `members` argument, (identifier, identifying fields) of each one
    sent, and the unresolved ones."""
    entries, sent, failures = [], [], []
    for identifier in call.arg("members", []):
        try:
            fields = await stakeholder_input(call, identifier)
        except ToolFailure as failure:
            failures.append({"member": identifier, "error": str(failure)})
            continue
        entries.append({"stakeholder": complete_input(fields)})
        sent.append((identifier, fields))
    return entries, sent, failures


async def _joining(call: ToolCall, identifier: str, fields: dict[str, Any], members: set[str]) -> str:
    """What adding this entry does: "already a member", "invited" (a new external stakeholder by email, who
    must confirm) or "added"."""
    existing = await lookup_stakeholder(call, identifier)
    if existing and existing["id"] in members:
        return "already a member"
    if not existing and fields.get("emailId"):
        return "invited"
    return "added"


_SAID = {
    "added": "added",
    "already a member": "already a member",
    "invited": "invited: new external stakeholder, e-mailed to confirm (status INVITED)",
}


async def add_members(call: ToolCall) -> ToolResult:
    group = await find_group(call, call.arg("group"))
    entries, sent, failures = await member_entries(call)
    if not entries:
        raise ToolFailure("; ".join(f"{f['member']}: {f['error']}" for f in failures))
    found = await call.api(get_stakeholder_group_with_memberships, group["id"])
    members = {m.member_id for m in (found.memberships or []) if isinstance(m.member_id, str)}
    outcomes = [await _joining(call, identifier, fields, members) for identifier, fields in sent]
    new = [e for e, status in zip(entries, outcomes, strict=True) if status != "already a member"]
    count: int | None = len(members)
    if new:
        body = AddStakeholderGroupMembersRequest.from_dict({"stakeholders": new})
        try:
            result = await call.api(add_stakeholder_group_members, group["id"], body=body)
        except ToolFailure as failure:  # all or nothing; Atlassian names items by position
            positions = ", ".join(
                f"[{index}] {identifier}"
                for index, identifier in enumerate(
                    i for (i, _), status in zip(sent, outcomes, strict=True) if status != "already a member"
                )
            )
            raise ToolFailure(f"{failure} No member was added. Items sent: {positions}.") from None
        count = len(members) + len(new)  # the answer is the group itself, not its members
    done = [
        {"member": identifier, **fields, "status": status}
        for (identifier, fields), status in zip(sent, outcomes, strict=True)
    ]
    tally = ", ".join(f"{outcomes.count(status)} {status}" for status in _SAID if status in outcomes)
    text = f"{group['name']}: {tally or 'none added'}, {len(failures)} failed"
    text += f" (now {count} members)." if count is not None else "."
    text += note(result) if new else ""
    text += "".join(f"\n- {d['member']}: {_SAID[d['status']]}" for d in done)
    text += "".join(f"\n- failed {f['member']}: {f['error']}" for f in failures)
    return per_item(text, done, failures)


async def remove_members(call: ToolCall) -> ToolResult:
    plan: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    skipped: list[dict[str, str]] = []
    gone = True  # every skip is a missing group, stakeholder or membership
    for wanted in call.arg("groups"):
        try:
            group = await find_group(call, wanted)
        except ToolFailure as failure:
            skipped.append({"group": wanted, "error": str(failure)})
            gone = gone and isinstance(failure, NotFound)
            continue
        found = await call.api(get_stakeholder_group_with_memberships, group["id"])
        current = {m.member_id for m in (found.memberships or [])}
        matched: dict[str, dict[str, Any]] = {}
        for identifier in call.arg("members"):
            try:
                stakeholder = await find_stakeholder(call, identifier)
            except ToolFailure as failure:
                problem = {"member": identifier, "error": str(failure)}
                gone = gone and isinstance(failure, NotFound)
                if problem not in skipped:
                    skipped.append(problem)
                continue
            if stakeholder["id"] in current:
                matched.setdefault(stakeholder["id"], stakeholder)
            else:
                skipped.append({"group": group["name"], "member": identifier, "error": "not a member"})
        if matched:
            plan.append((group, list(matched.values())))
    problems = "; ".join(f"{f.get('member') or f.get('group')}: {f['error']}" for f in skipped)
    if not plan:
        return call.nothing_left(f"Nothing to remove: {problems}", gone)
    listed = "".join(f"\n- from {g['name']}: {label(s)}" for g, people in plan for s in people)
    preview = {
        "remove": [{"group": slim_group(g), "members": people} for g, people in plan],
        "skipped": skipped,
    }
    count = sum(len(people) for _, people in plan)
    pending = await call.confirm(preview, f"Remove {count} membership(s):{listed}")
    if pending:
        return pending
    done, failures = [], list(skipped)
    for group, people in plan:
        body = RemoveStakeholderGroupMembersRequest.from_dict({"stakeholderIds": [s["id"] for s in people]})
        try:
            await call.api(remove_stakeholder_group_members, group["id"], body=body)
            done.append({"group": slim_group(group), "members": people})
        except ToolFailure as failure:
            failures.append({"group": group["name"], "error": str(failure)})
    removed = sum(len(entry["members"]) for entry in done)
    text = f"Removed {removed} of {count} membership(s)." + "".join(
        f"\n- {f.get('member') or f.get('group')}: {f['error']}" for f in failures
    )
    return per_item(text, done, failures)
