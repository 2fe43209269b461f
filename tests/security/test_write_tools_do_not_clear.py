"""Write tools must not make the destructive changes that delete tools guard (issue 8, "Confirmations"):
an empty detail value in csm_organizations_write / csm_customers_write would clear the field without a
preview or confirmation, even where delete tools are excluded. It is refused, naming the delete tool."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import call, connect, detail, fails

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio


async def organization_with_tier(client: Client) -> dict[str, Any]:
    made = await call(
        client,
        "csm_organizations_write",
        action="create",
        organizations=[{"name": "Tiered Co", "details": {"Tier": ["Gold"]}}],
    )
    organization: dict[str, Any] = made.structured_content["item"]
    assert detail(organization, "Tier") == ["Gold"]
    return organization


async def tier_of(client: Client, organization_id: str) -> list[str]:
    found = await call(client, "csm_organizations_read", action="get", organizations=[organization_id])
    return detail(found.structured_content["item"], "Tier")


@pytest.mark.parametrize("empty", [[], "", [" "]])
@pytest.mark.parametrize("action", ["update", "upsert"])
async def test_organization_write_refuses_to_clear_a_detail_value(
    client: Client, empty: Any, action: str
) -> None:
    organization = await organization_with_tier(client)
    message = await fails(
        client,
        "csm_organizations_write",
        action=action,
        organizations=[{"organization": organization["id"], "name": "Tiered Co", "details": {"Tier": empty}}],
    )
    assert "csm_organizations_delete action=clear_details" in message and "Nothing was changed" in message
    assert await tier_of(client, organization["id"]) == ["Gold"]


async def test_clearing_is_refused_even_when_delete_tools_are_excluded(sandbox: SandboxServer) -> None:
    async with connect(sandbox, MCP_EXCLUDE_TOOLS="csm_organizations_delete") as client:
        organization = await organization_with_tier(client)
        update = {"organization": organization["id"], "details": {"Tier": []}}
        await fails(client, "csm_organizations_write", action="update", organizations=[update])
        assert await tier_of(client, organization["id"]) == ["Gold"]


async def test_customer_write_refuses_to_clear_a_detail_value(client: Client, sandbox: SandboxServer) -> None:
    customer = next(iter(sandbox.sandbox.state.csm.customers.values()))
    message = await fails(
        client,
        "csm_customers_write",
        action="update",
        customers=[{"customer": customer.id, "details": {"Tier": ""}}],
    )
    assert "csm_customers_delete action=clear_details" in message
