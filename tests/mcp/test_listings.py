"""Listings and lookups through the MCP protocol against the sandbox: every organization and an organization's
customers in one paged call each (JSM organization listings), Jira users found by name or email in one
request (Jira user search), and SELECT field searches that say when a value is not an option."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import call, connect, fails, text

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import AGENT_EMAIL, AGENT_TOKEN

pytestmark = pytest.mark.anyio

ORGS = "csm_organizations_read"


async def every_page(client: Client, tool: str, **arguments: Any) -> tuple[list[dict[str, Any]], int]:
    """All items of a paged action, following next_cursor; and the number of calls it took."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    calls = 0
    while True:
        page = await call(client, tool, **arguments, **({"cursor": cursor} if cursor else {}))
        calls += 1
        items += page.structured_content["items"]
        cursor = page.structured_content.get("next_cursor")
        if not cursor:
            return items, calls


async def test_list_pages_through_every_organization(client: Client, sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.csm
    expected = {o.id: o.name for o in store.organizations.values()}
    listed, calls = await every_page(client, ORGS, action="list", limit=4)
    assert {o["id"]: o["name"] for o in listed} == expected
    assert len(listed) == len(expected) and calls == -(-len(expected) // 4)
    first = await call(client, ORGS, action="list", limit=4)
    assert all(o["name"] in text(first) and o["id"] in text(first) for o in first.structured_content["items"])
    # one request per page: the JSM listing, nothing else
    before = dict(sandbox.sandbox.requests)
    await call(client, ORGS, action="list")
    after = dict(sandbox.sandbox.requests)
    assert {op: n - before.get(op, 0) for op, n in after.items() if n != before.get(op, 0)} == {
        "listServiceDeskOrganizations": 1
    }


async def test_customers_of_an_organization_by_name_in_one_paged_call(
    client: Client, sandbox: SandboxServer
) -> None:
    store = sandbox.sandbox.state.csm
    organization = max(store.organizations.values(), key=lambda o: len(o.customer_ids))
    assert len(organization.customer_ids) > 2
    found, calls = await every_page(
        client, ORGS, action="customers", organizations=[organization.name.upper()], limit=2
    )
    assert [c["id"] for c in found] == organization.customer_ids
    assert calls == -(-len(organization.customer_ids) // 2)
    first = found[0]
    assert first["email"] == store.customers[first["id"]].email  # the admin sees emails
    page = await call(client, ORGS, action="customers", organizations=[organization.id])
    assert all(c["id"] in text(page) for c in page.structured_content["items"])


async def test_customers_of_an_unknown_organization_says_what_to_pass(client: Client) -> None:
    message = await fails(client, ORGS, action="customers", organizations=["Nobody Ltd"])
    assert "Nobody Ltd" in message and "id or exact name" in message


async def test_lookup_is_the_action_for_named_organizations(client: Client, sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.csm
    one = next(iter(store.organizations.values()))
    found = await call(client, ORGS, action="lookup", organizations=[one.name])
    assert found.structured_content["items"] == [{"id": one.id, "name": one.name}]


async def test_listing_is_hidden_from_a_token_without_its_scope(sandbox: SandboxServer) -> None:
    scopes = "read:organization:jira-service-management"
    async with connect(sandbox, ATLASSIAN_SCOPES=scopes) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        actions = set(tools[ORGS].input_schema["properties"]["action"]["enum"])
        assert "list" in actions and "lookup" in actions
        assert "customers" not in actions  # needs read:organization.user:jira-service-management too
        refused = await client.call_tool(ORGS, {"action": "customers", "organizations": ["1"]})
        assert refused.is_error and "read:organization.user:jira-service-management" in text(refused)


# -- searching a select field ------------------------------------------------------------------------

CUSTOMERS = "csm_customers_read"


async def test_search_for_a_value_that_is_no_option_lists_the_options(client: Client) -> None:
    message = await fails(client, CUSTOMERS, action="search", field="Region", value="EMEA")
    assert "Region is a SELECT field and 'EMEA' is not one of its options" in message
    assert "AU, EU, US" in message
    near = await fails(client, CUSTOMERS, action="search", field="region", value="EUR")
    assert "did you mean EU?" in near


async def test_search_for_an_option_still_answers_normally(client: Client, sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.csm
    found = await call(client, CUSTOMERS, action="search", field="Region", value="eu", limit=100)
    region = next(f.id for f in store.fields["customer"].values() if f.name == "Region")
    expected = {c.id for c in store.customers.values() if c.details.get(region) == ["EU"]}
    assert {c["id"] for c in found.structured_content["items"]} == expected


async def test_an_agent_who_cannot_read_field_definitions_gets_the_plain_answer(
    sandbox: SandboxServer,
) -> None:
    async with connect(sandbox, ATLASSIAN_EMAIL=AGENT_EMAIL, ATLASSIAN_API_TOKEN=AGENT_TOKEN) as client:
        found = await call(client, CUSTOMERS, action="search", field="Region", value="EMEA")
    assert found.structured_content["items"] == []


async def test_customer_descriptions_lead_with_how_to_find_customer_ids(client: Client) -> None:
    tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    description = str(tools[CUSTOMERS].description)
    assert description.startswith("CSM customers by id (qm:…), not email")
    assert "csm_organizations_read action=customers" in description
    organizations = str(tools[ORGS].description)
    assert organizations.startswith("CSM (JSM) organizations: list all")
    assert "- list(paged): every organization" in organizations
    assert "cannot list" not in organizations
