"""stakeholder_groups_read / _write / _delete through a real MCP client against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import connect, every_page, fails_with, ok, text

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import AGENT_EMAIL, AGENT_TOKEN

pytestmark = pytest.mark.anyio

READ, WRITE, DELETE = "stakeholder_groups_read", "stakeholder_groups_write", "stakeholder_groups_delete"


def store(sandbox: SandboxServer) -> Any:
    return sandbox.sandbox.state.stakeholders


def member_ids(sandbox: SandboxServer, name: str) -> set[str]:
    group = store(sandbox).group_by_name(name)
    return set(group.member_ids) if group else set()


# -- read ------------------------------------------------------------------------------------------------


async def test_find_get_and_list_page_to_the_end(client: Client, sandbox: SandboxServer) -> None:
    found = await ok(client, READ, {"action": "find", "name": "e"})
    assert {g["name"] for g in found["items"]} == {g.name for g in store(sandbox).groups.values()}
    paged = await every_page(client, READ, {"action": "find", "name": "e", "limit": 1})
    assert [g["id"] for g in paged] == [g["id"] for g in found["items"]]

    eu = store(sandbox).group_by_name("EU customers")
    get = await ok(client, READ, {"action": "get", "group": "eu customers", "limit": 5})
    assert get["item"]["id"] == eu.id and get["total"] == len(eu.member_ids) and len(get["items"]) == 5
    members = await every_page(client, READ, {"action": "get", "group": eu.id, "limit": 5})
    assert [m["id"] for m in members] == list(eu.member_ids)

    listed = await every_page(client, READ, {"action": "list", "limit": 1})
    assert {g["name"]: g["members"] for g in listed} == {
        g.name: len(g.member_ids) for g in store(sandbox).groups.values()
    }
    full = await every_page(client, READ, {"action": "list_full", "limit": 2})
    by_name = {g["name"]: g for g in full}
    assert {s["id"] for s in by_name["EU customers"]["members"]} == set(eu.member_ids)
    assert all(s.get("name") for g in full for s in g["members"])

    dana = next(s for s in store(sandbox).stakeholders.values() if s.email == "dana.schmidt@vandelay.example")
    groups = await ok(client, READ, {"action": "of_member", "member": "dana.schmidt@vandelay.example"})
    assert {g["id"] for g in groups["items"]} == set(dana.group_ids)

    taken = await ok(client, READ, {"action": "validate_name", "name": "eu CUSTOMERS"})
    assert taken["item"]["valid"] is False and "already exists" in text(
        await client.call_tool(READ, {"action": "validate_name", "name": "eu CUSTOMERS"})
    )
    free = await ok(client, READ, {"action": "validate_name", "name": "Brand new"})
    assert free["item"]["valid"] is True


@pytest.mark.parametrize(
    ("tool", "arguments", "expected"),
    [
        (READ, {"action": "get", "group": "No such group"}, "Not found"),
        (READ, {"action": "get", "group": "00000000-0000-4000-8000-000000000000"}, "Not found"),
        (READ, {"action": "of_member", "member": "ghost@nowhere.example"}, "Not found"),
        (READ, {"action": "get"}, "action get needs group"),
        (READ, {"action": "list", "limit": 0}, "limit: 0 is less than the minimum"),
        (READ, {"action": "list", "group": 7}, "action list does not use group; it takes limit, cursor"),
        (WRITE, {"action": "create", "name": "EU customers"}, "Conflict"),
        (WRITE, {"action": "create", "name": "x", "members": ["Nobody Known Here"]}, "No group created"),
        (WRITE, {"action": "update", "group": "Executives"}, "update needs name, description or owner"),
        (WRITE, {"action": "add_members", "group": "Executives"}, "action add_members needs members"),
        (DELETE, {"action": "remove_members", "groups": ["Executives"], "members": ["Dana"]}, "not a member"),
        (DELETE, {"action": "delete", "groups": ["No such group"]}, "Not found"),
        (DELETE, {"action": "delete", "groups": ["Executives"], "extra": True}, "is not an argument of"),
    ],
)
async def test_errors_say_what_is_wrong(
    client: Client, tool: str, arguments: dict[str, Any], expected: str
) -> None:
    await fails_with(client, tool, arguments, expected)


# -- lifecycle -------------------------------------------------------------------------------------------


async def test_group_lifecycle_with_members(client: Client, sandbox: SandboxServer) -> None:
    dana = next(s for s in store(sandbox).stakeholders.values() if s.email == "dana.schmidt@vandelay.example")
    created = await ok(
        client,
        WRITE,
        {
            "action": "create",
            "name": "Launch partners",
            "description": "Partners of the spring launch",
            "members": ["Dana Schmidt", "partner.one@acme.example"],
        },
    )
    group = created["item"]
    assert group["name"] == "Launch partners" and len(group["members"]) == 2
    await ok(client, READ, {"action": "get", "group": "Launch partners"})
    assert (await ok(client, READ, {"action": "validate_name", "name": "launch partners"}))["item"][
        "valid"
    ] is False

    updated = await ok(
        client,
        WRITE,
        {"action": "update", "group": "Launch partners", "name": "Launch crew", "description": "New"},
    )
    assert updated["item"]["name"] == "Launch crew" and updated["item"]["description"] == "New"
    await fails_with(client, READ, {"action": "get", "group": "Launch partners"}, "Not found")

    kwame = next(s for s in store(sandbox).stakeholders.values() if s.email == "kwame.demir@globex.example")
    added = await ok(
        client,
        WRITE,
        {
            "action": "add_members",
            "group": "Launch crew",
            "members": [kwame.id, "new.partner@acme.example", "Zz Nobody"],
        },
    )
    assert len(added["items"]) == 2 and [f["member"] for f in added["failures"]] == ["Zz Nobody"]
    assert {dana.id, kwame.id} <= member_ids(sandbox, "Launch crew") and len(
        member_ids(sandbox, "Launch crew")
    ) == 4
    groups_of_dana = await ok(client, READ, {"action": "of_member", "member": dana.id})
    assert "Launch crew" in {g["name"] for g in groups_of_dana["items"]}

    args = {
        "action": "remove_members",
        "groups": ["Launch crew", "EU customers"],
        "members": ["Dana Schmidt", kwame.id],
    }
    preview = await ok(client, DELETE, args)
    plan = {
        entry["group"]["name"]: {s["id"] for s in entry["members"]} for entry in preview["preview"]["remove"]
    }
    assert plan == {"Launch crew": {dana.id, kwame.id}, "EU customers": {dana.id, kwame.id}}
    assert dana.id in member_ids(sandbox, "Launch crew")  # nothing changed yet
    token = preview["confirm_token"]
    await fails_with(
        client, DELETE, {**args, "groups": ["Launch crew"], "confirm_token": token}, "does not match"
    )
    removed = await ok(client, DELETE, {**args, "confirm_token": token})
    assert not removed["failures"]
    assert not {dana.id, kwame.id} & (
        member_ids(sandbox, "Launch crew") | member_ids(sandbox, "EU customers")
    )
    assert dana.id in store(sandbox).stakeholders  # removed from the groups, still a stakeholder

    delete = {"action": "delete", "groups": ["Launch crew"]}
    preview = await ok(client, DELETE, delete)
    [doomed] = preview["preview"]["delete"]
    assert doomed["name"] == "Launch crew" and doomed["members"] == 2
    assert store(sandbox).group_by_name("Launch crew") is not None
    await ok(client, DELETE, {**delete, "confirm_token": preview["confirm_token"]})
    await fails_with(client, READ, {"action": "get", "group": group["id"]}, "Not found")


async def test_owner_by_email_and_all_or_nothing_member_adds(client: Client, sandbox: SandboxServer) -> None:
    admin = next(s for s in store(sandbox).stakeholders.values() if s.email == "admin@example.com")
    priya = next(s for s in store(sandbox).stakeholders.values() if s.email == "priya.dubois6@example.com")
    created = await ok(
        client, WRITE, {"action": "create", "name": "Owned", "owner": "priya.dubois6@example.com"}
    )
    assert created["item"]["ownerId"] == priya.aaid
    updated = await ok(client, WRITE, {"action": "update", "group": "Owned", "owner": admin.aaid})
    assert updated["item"]["ownerId"] == admin.aaid
    await fails_with(
        client, WRITE, {"action": "update", "group": "Owned", "owner": "ghost@x.example"}, "Not found"
    )
    message = await fails_with(
        client,
        WRITE,
        {"action": "add_members", "group": "Owned", "members": ["fine@acme.example", "broken@"]},
        "No member was added",
        "[1] broken@",
    )
    assert "not a valid email" in message and member_ids(sandbox, "Owned") == set()


async def test_bulk_delete_lists_every_group_and_the_stakeholders_standing_for_them(
    client: Client, sandbox: SandboxServer
) -> None:
    for name in ("Temp A", "Temp B"):
        await ok(
            client, WRITE, {"action": "create", "name": name, "members": [f"{name[-1].lower()}@acme.example"]}
        )
    # Temp A is itself a stakeholder of an incident (a GROUP stakeholder), which goes with the group.
    await ok(
        client, "stakeholders_write", {"action": "create", "stakeholders": ["Temp A"], "incident": "INC-1"}
    )
    args = {"action": "delete", "groups": ["Temp A", "Temp B", "Temp C"]}
    preview = await ok(client, DELETE, args)
    assert [g["name"] for g in preview["preview"]["delete"]] == ["Temp A", "Temp B"]
    assert [s["name"] for s in preview["preview"]["delete_stakeholders"]] == ["Temp A"]
    assert [f["group"] for f in preview["preview"]["not_found"]] == ["Temp C"]
    count = len(store(sandbox).groups)
    done = await ok(client, DELETE, {**args, "confirm_token": preview["confirm_token"]})
    assert len(done["items"]) == 2 and len(store(sandbox).groups) == count - 2
    found = await ok(client, READ, {"action": "find", "name": "Temp"})
    assert found["items"] == []
    assert "a@acme.example" in {s.email for s in store(sandbox).stakeholders.values()}  # members stay


async def test_new_groups_and_members_get_the_stated_defaults(client: Client, sandbox: SandboxServer) -> None:
    """Atlassian requires owner, status and each member's assignment, confirmation and preference fields:
    the tool fills them as its description says (you own it, ACTIVE, no assignment, confirmation e-mail)."""
    admin = next(s for s in store(sandbox).stakeholders.values() if s.email == "admin@example.com")
    created = await ok(
        client, WRITE, {"action": "create", "name": "Defaults", "members": ["fresh@acme.example"]}
    )
    assert created["item"]["ownerId"] == admin.aaid and created["item"]["status"] == "ACTIVE"
    fresh = next(s for s in store(sandbox).stakeholders.values() if s.email == "fresh@acme.example")
    assert fresh.status == "INVITED" and not fresh.assignment_ids  # e-mailed to confirm; no assignment
    assert fresh.channels == {"email": True, "sms": False, "webhook": False}
    await ok(client, WRITE, {"action": "add_members", "group": "Defaults", "members": ["+49 151 0000 0042"]})
    phone = next(s for s in store(sandbox).stakeholders.values() if s.phone_number == "+49 151 0000 0042")
    assert phone.channels == {"email": False, "sms": True, "webhook": False} and not phone.assignment_ids


async def test_a_group_owner_is_required_when_your_account_is_unknown(sandbox: SandboxServer) -> None:
    agent_is_stakeholder = any(s.email == AGENT_EMAIL for s in store(sandbox).stakeholders.values())
    assert not agent_is_stakeholder
    async with connect(sandbox, ATLASSIAN_EMAIL=AGENT_EMAIL, ATLASSIAN_API_TOKEN=AGENT_TOKEN) as agent:
        await fails_with(
            agent,
            WRITE,
            {"action": "create", "name": "Ownerless"},
            f"{AGENT_EMAIL} is not an internal stakeholder",
            "pass owner",
        )
        assert store(sandbox).group_by_name("Ownerless") is None
        admin = next(s for s in store(sandbox).stakeholders.values() if s.email == "admin@example.com")
        owned = await ok(agent, WRITE, {"action": "create", "name": "Ownerless", "owner": admin.aaid})
        assert owned["item"]["ownerId"] == admin.aaid
