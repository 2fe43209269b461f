"""stakeholders_read, _write and _delete through a real MCP client against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import every_page, fails_with, ok, text

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.errors import ApiError
from atlassian_people_sandbox.registry import Handler, SandboxRequest

pytestmark = pytest.mark.anyio

READ, WRITE, DELETE = "stakeholders_read", "stakeholders_write", "stakeholders_delete"


def store(sandbox: SandboxServer) -> Any:
    return sandbox.sandbox.state.stakeholders


def on_incident(sandbox: SandboxServer, key: str) -> set[str]:
    incident = store(sandbox).incident(key)
    return set(incident.stakeholder_ids) if incident else set()


# -- read ------------------------------------------------------------------------------------------------


async def test_list_pages_to_the_end_and_filters_searches_and_sorts(
    client: Client, sandbox: SandboxServer
) -> None:
    everyone = await every_page(client, READ, {"action": "list", "limit": 7})
    ids = [s["id"] for s in everyone]
    assert len(ids) == len(set(ids)) == len(store(sandbox).stakeholders)

    invited = await ok(client, READ, {"action": "list", "status": "INVITED"})
    assert invited["items"] and {s["status"] for s in invited["items"]} == {"INVITED"}
    groups = await ok(client, READ, {"action": "list", "type": "GROUP"})
    assert {s["type"] for s in groups["items"]} == {"GROUP"}

    hooli = await ok(
        client, READ, {"action": "list", "search": "@hooli", "order_by": "name", "descending": True}
    )
    names = [s["name"] for s in hooli["items"]]
    assert names and all("hooli" in s["email"] for s in hooli["items"])
    assert names == sorted(names, key=str.casefold, reverse=True)
    by_name = await ok(client, READ, {"action": "list", "search": "schmidt"})
    assert [s["name"] for s in by_name["items"]] == ["Dana Schmidt"]


async def test_get_accepts_ids_emails_names_account_ids_and_aris(
    client: Client, sandbox: SandboxServer
) -> None:
    dana = (await ok(client, READ, {"action": "get", "stakeholders": ["Dana"]}))["item"]
    assert dana["name"] == "Dana Schmidt" and dana["email"] == "dana.schmidt@vandelay.example"
    admin = (await ok(client, READ, {"action": "get", "stakeholders": ["ADMIN@example.com"]}))["item"]
    assert admin["type"] == "INTERNAL" and admin["accountId"]
    assert "ari" not in dana  # derivable and long: not in results, but accepted as an identifier
    ari = f"ari:cloud:jira-servicemanagement:{sandbox.cloud_id}:stakeholder/{dana['id']}"
    for identifier in (dana["id"], ari, admin["accountId"], "dana schmidt"):
        found = await ok(client, READ, {"action": "get", "stakeholders": [identifier]})
        assert found["item"]["id"] in (dana["id"], admin["id"])

    many = await ok(
        client,
        READ,
        {"action": "get", "stakeholders": [ari, admin["id"], "nobody@example.org", "Elena"]},
    )
    assert [s["id"] for s in many["items"]] == [dana["id"], admin["id"]]
    problems = {f["stakeholder"]: f["error"] for f in many["failures"]}
    assert "Not found" in problems["nobody@example.org"]
    assert "3 stakeholders match 'Elena'" in problems["Elena"]  # ambiguous names are not guessed

    await fails_with(client, READ, {"action": "get", "stakeholders": ["nobody@example.org"]}, "Not found")
    await fails_with(
        client,
        READ,
        {"action": "get", "stakeholders": ["ari:cloud:jira-servicemanagement:x:stakeholder/nope"]},
        "Not found",
    )


async def test_by_incident_pages_to_the_end(client: Client, sandbox: SandboxServer) -> None:
    seen = await every_page(client, READ, {"action": "by_incident", "incident": "INC-5", "limit": 2})
    assert [s["id"] for s in seen] == list(store(sandbox).incident("INC-5").stakeholder_ids)
    empty = await client.call_tool(READ, {"action": "by_incident", "incident": "INC-999"})
    assert not empty.is_error and "0 of 0" in text(empty) and "No assignment" in text(empty)


async def test_by_incident_uses_the_deprecated_api_only_on_request(
    client: Client, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = list(store(sandbox).incident("INC-5").stakeholder_ids)
    v1_calls = 0
    handlers: dict[str, Handler] = sandbox.sandbox.handlers  # this sandbox's table, patched for the test
    v1 = handlers["getStakeholdersByAssignment"]

    def counted_v1(request: SandboxRequest) -> tuple[int, Any]:
        nonlocal v1_calls
        v1_calls += 1
        return v1(request)

    def unavailable(request: SandboxRequest) -> tuple[int, Any]:
        raise ApiError(500, "v2 is down")

    monkeypatch.setitem(handlers, "getStakeholdersByAssignment", counted_v1)
    await every_page(client, READ, {"action": "by_incident", "incident": "INC-5", "limit": 2})
    assert v1_calls == 0  # the paginated (v2) API serves while it works
    monkeypatch.setitem(handlers, "getStakeholdersByAssignmentPaginated", unavailable)
    refused = await client.call_tool(READ, {"action": "by_incident", "incident": "INC-5", "limit": 2})
    assert refused.is_error and "deprecated_api=true" in text(refused) and v1_calls == 0
    asked = {"action": "by_incident", "incident": "INC-5", "limit": 2, "deprecated_api": True}
    first = await client.call_tool(READ, asked)
    assert not first.is_error and "Deprecated by-assignment API" in text(first)
    seen = await every_page(client, READ, asked)
    assert [s["id"] for s in seen] == expected and v1_calls > 0


async def test_similar_flattened_and_assignments(client: Client, sandbox: SandboxServer) -> None:
    similar = await every_page(client, READ, {"action": "similar", "incident": "INC-5", "limit": 3})
    assert similar and len({s["id"] for s in similar}) == len(similar)
    await fails_with(client, READ, {"action": "similar", "incident": "INC-999"}, "Not found")

    executives = await ok(client, READ, {"action": "flattened", "groups": ["executives"]})
    group = store(sandbox).group_by_name("Executives")
    assert {s["id"] for s in executives["items"]} == set(group.member_ids)
    team = next(iter(store(sandbox).teams))
    with_team = await ok(client, READ, {"action": "flattened", "groups": ["Executives", f"team:{team}"]})
    assert len(with_team["items"]) >= len(executives["items"])
    individuals = await every_page(client, READ, {"action": "flattened", "limit": 10})
    expected = [s for s in store(sandbox).stakeholders.values() if s.type in ("INTERNAL", "EXTERNAL")]
    assert len(individuals) == len(expected)
    await fails_with(client, READ, {"action": "flattened", "groups": ["No such group"]}, "Not found")

    admin = await ok(client, READ, {"action": "assignments", "stakeholders": ["admin@example.com"]})
    keys = {a["externalAssignmentId"] for a in admin["items"]}
    admin_record = next(s for s in store(sandbox).stakeholders.values() if s.email == "admin@example.com")
    assert keys == {store(sandbox).assignments[a].external_id for a in admin_record.assignment_ids}
    paged = await every_page(
        client, READ, {"action": "assignments", "stakeholders": ["admin@example.com"], "limit": 1}
    )
    assert {a["externalAssignmentId"] for a in paged} == keys
    await fails_with(
        client,
        READ,
        {"action": "assignments", "stakeholders": ["a@b.example", "c@d.example"]},
        "one stakeholder",
    )


@pytest.mark.parametrize(
    ("tool", "arguments", "expected"),
    [
        (READ, {"action": "explode"}, "is not one of"),
        (READ, {"action": "list", "status": "ASLEEP"}, "status: 'ASLEEP' is not one of"),
        (READ, {"action": "list", "limit": 101}, "limit: 101 is greater than the maximum"),
        (READ, {"action": "get"}, "action get needs stakeholders"),
        (READ, {"action": "get", "stakeholders": []}, "action get needs stakeholders"),
        (READ, {"action": "by_incident"}, "action by_incident needs incident"),
        (READ, {"action": "list", "colour": "red"}, "is not an argument of"),
        (READ, {"action": "list", "cursor": "bogus"}, "call again without cursor"),
        (WRITE, {"action": "update", "stakeholders": ["Dana"]}, "update needs status"),
        (
            WRITE,
            {"action": "create", "stakeholders": ["x@y.example"], "incident": ["INC-1"]},
            "is not of type",
        ),
        (WRITE, {"action": "update", "stakeholders": ["Dana"], "channels": ["fax"]}, "is not one of"),
        (DELETE, {"action": "unassign", "stakeholders": ["Dana"]}, "action unassign needs incident"),
    ],
)
async def test_invalid_arguments_name_the_problem(
    client: Client, tool: str, arguments: dict[str, Any], expected: str
) -> None:
    await fails_with(client, tool, arguments, expected)


async def test_cursor_of_one_listing_is_refused_by_another(client: Client) -> None:
    page = await ok(client, READ, {"action": "list", "limit": 1})
    await fails_with(
        client,
        READ,
        {"action": "by_incident", "incident": "INC-5", "cursor": page.get("next_cursor")},
        "call again without cursor",
    )


# -- the typical request ---------------------------------------------------------------------------------
# "who are the stakeholders on INC-42, add the EU customer group and resend Dana's invite"


async def test_incident_stakeholders_add_group_and_resend_invite(
    client: Client, sandbox: SandboxServer
) -> None:
    before = await ok(client, READ, {"action": "by_incident", "incident": "INC-42"})
    assert before["items"] == []

    added = await ok(
        client,
        WRITE,
        {
            "action": "create",
            "incident": "INC-42",
            "stakeholders": ["EU customer", "dana.reyes@globex.example", "Amara Sharma", "+49 151 1234567"],
        },
    )
    assert not added["failures"] and len(added["items"]) == 4
    on_it = await ok(client, READ, {"action": "by_incident", "incident": "INC-42"})
    by_name = {s["name"]: s for s in on_it["items"]}
    assert by_name["EU customers"]["type"] == "GROUP"
    assert by_name["Dana Reyes"]["status"] == "INVITED"  # a new external stakeholder confirms first
    assert by_name["Amara Sharma"]["type"] == "INTERNAL"
    assert len(on_incident(sandbox, "INC-42")) == 4

    # "Dana" now names two stakeholders; the tool says so instead of guessing.
    await fails_with(
        client, WRITE, {"action": "resend_invite", "stakeholders": ["Dana"]}, "2 stakeholders match"
    )
    sent = store(sandbox).stats()["invitationsSent"]
    resent = await ok(client, WRITE, {"action": "resend_invite", "stakeholders": ["Dana Reyes"]})
    assert resent["items"][0]["email"] == "dana.reyes@globex.example"
    assert store(sandbox).stats()["invitationsSent"] == sent + 1
    await fails_with(
        client, WRITE, {"action": "resend_invite", "stakeholders": ["Dana Schmidt"]}, "no pending invitation"
    )


# -- write and delete ------------------------------------------------------------------------------------


async def test_create_update_delete_lifecycle(client: Client, sandbox: SandboxServer) -> None:
    created = await ok(
        client,
        WRITE,
        {"action": "create", "stakeholders": ["ops.lead@acme.example"], "skip_confirmation": True},
    )
    lead = created["item"]
    assert lead["status"] == "ACTIVE" and lead["email"] == "ops.lead@acme.example"
    await fails_with(
        client, WRITE, {"action": "create", "stakeholders": ["ops.lead@acme.example"]}, "Conflict"
    )

    updated = await ok(
        client,
        WRITE,
        {
            "action": "update",
            "stakeholders": [lead["id"]],
            "status": "QUARANTINED",
            "phone": "+4915100000099",
            "channels": ["sms"],
        },
    )
    assert not updated["failures"]
    read = (await ok(client, READ, {"action": "get", "stakeholders": ["ops.lead@acme.example"]}))["item"]
    assert (
        read["status"] == "QUARANTINED" and read["phone"] == "+4915100000099" and read["channels"] == ["sms"]
    )

    args = {"action": "delete", "stakeholders": ["ops.lead@acme.example"]}
    preview = await ok(client, DELETE, args)
    assert preview["preview"]["delete"][0]["id"] == lead["id"] and preview["confirm_token"]
    assert lead["id"] in store(sandbox).stakeholders  # nothing deleted yet
    token = preview["confirm_token"]
    await fails_with(
        client, DELETE, {**args, "stakeholders": ["Dana"], "confirm_token": token}, "does not match"
    )
    await fails_with(client, DELETE, {**args, "confirm_token": "123.bad"}, "malformed")
    assert lead["id"] in store(sandbox).stakeholders
    done = await ok(client, DELETE, {**args, "confirm_token": token})
    assert [s["id"] for s in done["items"]] == [lead["id"]]
    await fails_with(client, READ, {"action": "get", "stakeholders": [lead["id"]]}, "Not found")


async def test_bulk_create_and_update_report_per_item_failures(client: Client) -> None:
    created = await ok(
        client,
        WRITE,
        {
            "action": "create",
            "stakeholders": [
                "first.new@acme.example",
                "broken@",
                "Nobody Known Here",
                "https://hooks.acme.example/x",
            ],
        },
    )
    assert {s.get("email") or s.get("webhook") for s in created["items"]} == {
        "first.new@acme.example",
        "https://hooks.acme.example/x",
    }
    failed = {f["stakeholder"]: f["error"] for f in created["failures"]}
    assert set(failed) == {"broken@", "Nobody Known Here"} and "not a valid email" in failed["broken@"]

    updated = await ok(
        client,
        WRITE,
        {
            "action": "update",
            "stakeholders": ["first.new@acme.example", "ghost@acme.example"],
            "status": "QUARANTINED",
        },
    )
    assert [s["status"] for s in updated["items"]] == ["QUARANTINED"]
    assert [f["stakeholder"] for f in updated["failures"]] == ["ghost@acme.example"]


async def test_bulk_delete_previews_every_stakeholder(client: Client, sandbox: SandboxServer) -> None:
    await ok(
        client,
        WRITE,
        {"action": "create", "stakeholders": ["gone.one@acme.example", "gone.two@acme.example"]},
    )
    args = {
        "action": "delete",
        "stakeholders": ["gone.one@acme.example", "gone.two@acme.example", "nope@x.example"],
    }
    preview = await ok(client, DELETE, args)
    emails = {s["email"] for s in preview["preview"]["delete"]}
    assert emails == {"gone.one@acme.example", "gone.two@acme.example"}
    assert [f["stakeholder"] for f in preview["preview"]["not_found"]] == ["nope@x.example"]
    count = len(store(sandbox).stakeholders)
    done = await ok(client, DELETE, {**args, "confirm_token": preview["confirm_token"]})
    assert len(done["items"]) == 2 and len(store(sandbox).stakeholders) == count - 2
    await fails_with(client, DELETE, {"action": "delete", "stakeholders": ["nope@x.example"]}, "Not found")


async def test_unassign_previews_and_removes_only_from_the_incident(
    client: Client, sandbox: SandboxServer
) -> None:
    incident = store(sandbox).incident("INC-5")
    first, second = list(incident.stakeholder_ids)[:2]
    outsider = next(sid for sid in store(sandbox).stakeholders if sid not in incident.stakeholder_ids)
    args = {"action": "unassign", "incident": "INC-5", "stakeholders": [first, second, outsider]}
    preview = await ok(client, DELETE, args)
    assert {s["id"] for s in preview["preview"]["remove"]} == {first, second}
    assert len(preview["preview"]["not_on_incident"]) == 1
    assert {first, second} <= on_incident(sandbox, "INC-5")  # nothing changed yet
    await fails_with(
        client,
        DELETE,
        {**args, "stakeholders": [first], "confirm_token": preview["confirm_token"]},
        "does not match",
    )
    done = await ok(client, DELETE, {**args, "confirm_token": preview["confirm_token"]})
    assert {s["id"] for s in done["items"]} == {first, second}
    assert not {first, second} & on_incident(sandbox, "INC-5")
    assert first in store(sandbox).stakeholders  # still a stakeholder, only not on the incident
    await fails_with(
        client, DELETE, {**args, "stakeholders": [outsider]}, "None of them is a stakeholder on INC-5"
    )


async def test_incident_may_be_given_by_assignment_id_or_ari(client: Client, sandbox: SandboxServer) -> None:
    single = await ok(
        client, WRITE, {"action": "create", "stakeholders": ["Dana Schmidt"], "incident": "INC-77"}
    )
    assert single["item"]["name"] == "Dana Schmidt"  # an existing stakeholder is assigned, not duplicated
    assignments = await ok(client, READ, {"action": "assignments", "stakeholders": ["Dana Schmidt"]})
    [assignment] = [a for a in assignments["items"] if a["externalAssignmentId"] == "INC-77"]
    for incident in (assignment["id"], assignment["ari"]):
        on_it = await ok(client, READ, {"action": "by_incident", "incident": incident})
        assert [s["name"] for s in on_it["items"]] == ["Dana Schmidt"]
    args = {"action": "unassign", "incident": assignment["ari"], "stakeholders": ["Dana Schmidt"]}
    preview = await ok(client, DELETE, args)
    await ok(client, DELETE, {**args, "confirm_token": preview["confirm_token"]})
    assert on_incident(sandbox, "INC-77") == set()


async def test_create_fills_the_required_fields_as_described(client: Client, sandbox: SandboxServer) -> None:
    added = await ok(
        client,
        WRITE,
        {"action": "create", "stakeholders": ["hook.owner@acme.example"], "incident": "INC-4242"},
    )
    record = store(sandbox).stakeholders[added["item"]["id"]]
    assert record.status == "INVITED"  # the confirmation e-mail went out
    assignment = store(sandbox).incident("INC-4242")
    assert (assignment.assignment_type, assignment.added_from) == ("INCIDENT", "JSM")
    plain = await ok(client, WRITE, {"action": "create", "stakeholders": ["https://hooks.acme.example/x"]})
    webhook = store(sandbox).stakeholders[plain["item"]["id"]]
    assert not webhook.assignment_ids and webhook.channels == {"email": False, "sms": False, "webhook": True}


async def test_resend_invite_needs_an_email_address(client: Client, sandbox: SandboxServer) -> None:
    phone = await ok(client, WRITE, {"action": "create", "stakeholders": ["+44 7700 900123"]})
    await fails_with(
        client,
        WRITE,
        {"action": "resend_invite", "stakeholders": [phone["item"]["id"]]},
        "no email address",
        "by email only",
    )
