"""Arguments as real clients send them (through the MCP protocol): nulls from strict-mode clients, numbers as
strings, every mistake reported in one answer, and arguments the chosen action would silently ignore."""

from __future__ import annotations

import pytest
from mcp import Client
from mcp_support import call, detail, fails, ok, text

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio


async def test_an_argument_the_action_does_not_use_is_refused_with_its_arguments(client: Client) -> None:
    error = await fails(client, "jira_groups_read", action="list", query="team")
    assert "action list does not use query; it takes groups, limit, cursor" in error
    # the same argument is fine for the action that uses it
    found = await ok(client, "jira_groups_read", {"action": "find", "query": "team"})
    assert found["items"] and all("team" in g["name"] for g in found["items"])


async def test_null_means_absent_as_strict_clients_send_every_property(client: Client) -> None:
    # A strict-mode client sends every property of the schema, null where it has no value.
    nulls = {
        "stakeholders": None,
        "incident": None,
        "status": None,
        "type": None,
        "search": None,
        "order_by": None,
        "descending": None,
        "groups": None,
        "cursor": None,
    }
    listed = await ok(client, "stakeholders_read", {"action": "list", "limit": 5, **nulls})
    assert len(listed["items"]) == 5 and "next_cursor" in listed
    assert None not in listed.values()  # and absent values are left out of results, not sent as null


async def test_integers_and_booleans_sent_as_strings_are_read_as_meant(client: Client) -> None:
    listed = await ok(client, "stakeholders_read", {"action": "list", "limit": "3", "descending": "true"})
    assert len(listed["items"]) == 3
    assert "is not of type" in await fails(client, "stakeholders_read", action="list", limit="three")


async def test_enum_values_in_another_case_are_read_as_meant(client: Client) -> None:
    canonical = {"action": "list", "status": "ACTIVE", "order_by": "name", "limit": 5}
    expected = await ok(client, "stakeholders_read", canonical)
    assert expected["items"]
    other_case = {"action": "List", "status": "active", "order_by": " NAME ", "limit": 5}
    assert await ok(client, "stakeholders_read", other_case) == expected
    error = await fails(client, "stakeholders_read", action="list", status="activ")
    assert "status: 'activ' is not one of ACTIVE, DELETED, INACTIVE, INVITED," in error


async def test_every_problem_is_reported_in_one_answer(client: Client) -> None:
    error = await fails(
        client,
        "stakeholders_read",
        action="list",
        limit=0,
        status="ACTIV",
        type="PERSON",
        order_by="nme",
        descending="maybe",
        serch="Kwame",
        incident="INC-1",
    )
    for part in (
        "limit: 0 is less than the minimum of 1",
        "status: 'ACTIV' is not one of ACTIVE, DELETED, INACTIVE, INVITED,",
        "(did you mean ACTIVE?)",
        "type: 'PERSON' is not one of",
        "order_by: 'nme' is not one of name, insertedAt, updatedAt (did you mean name?)",
        "descending: 'maybe' is not of type 'boolean'",
        "serch is not an argument of stakeholders_read (did you mean search?)",
        "action list does not use incident",
    ):
        assert part in error, error
    assert error.count("\n- ") == 7


async def test_a_misspelled_action_gets_the_closest_one(client: Client) -> None:
    error = await fails(client, "jira_groups_read", action="membrs", group="jira-admins")
    assert "'membrs' is not one of find, find_users, list, get, members (did you mean members?)" in error


async def test_missing_arguments_are_named_with_the_other_problems(client: Client) -> None:
    error = await fails(client, "jira_groups_write", action="add_members", name="x")
    assert (
        "action add_members does not use name" in error and "action add_members needs group, users" in error
    )


async def test_a_single_action_tool_accepts_its_action_name(client: Client) -> None:
    fields = await call(client, "csm_detail_fields_read", action="list", entity="customer")
    assert "Tier" in text(fields)
    assert "action" in await fails(client, "csm_detail_fields_read", action="delete", entity="customer")
    unused = await fails(
        client, "csm_detail_fields_write", action="edit", entity="customer", field="Tier", type="TEXT"
    )
    assert "action edit does not use type; it takes entity, field, name, options." in unused


async def test_details_as_a_list_or_as_a_map_and_a_single_value_as_a_list(
    client: Client, sandbox: SandboxServer
) -> None:
    store = sandbox.sandbox.state.csm
    with store.lock:
        name = next(iter(store.organizations.values())).name
    for details, tier in (
        ([{"field": "Tier", "values": ["Gold"]}], "Gold"),
        ({"Tier": "Silver"}, "Silver"),  # the map form, and one value for a list
    ):
        await call(
            client,
            "csm_organizations_write",
            action="update",
            organizations=[{"organization": name, "details": details}],
        )
        profile = await ok(client, "csm_organizations_read", {"action": "get", "organizations": name})
        assert detail(profile["item"], "Tier") == [tier]
