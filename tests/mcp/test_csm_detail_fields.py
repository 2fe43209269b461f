"""csm_detail_fields_read / _write / _delete (detail field definitions) end to end against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import call, fails, text

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.areas.csm.store import CsmStore

pytestmark = pytest.mark.anyio
READ, WRITE, DELETE = "csm_detail_fields_read", "csm_detail_fields_write", "csm_detail_fields_delete"


def store(sandbox: SandboxServer) -> CsmStore:
    return sandbox.sandbox.state.csm


async def fields(client: Client, entity: str) -> dict[str, dict[str, Any]]:
    listed = await call(client, READ, entity=entity, limit=100)
    return {field["name"]: field for field in listed.structured_content["items"]}


async def test_fields_of_each_entity_page_to_the_end(client: Client, sandbox: SandboxServer) -> None:
    for entity in ("organization", "customer", "entitlement"):
        expected = [f.name for f in store(sandbox).ordered_fields(entity)]
        names: list[str] = []
        cursor = None
        while True:
            page = await call(client, READ, entity=entity, limit=1, **({"cursor": cursor} if cursor else {}))
            names += [item["name"] for item in page.structured_content["items"]]
            assert page.structured_content["total"] == len(expected)
            cursor = page.structured_content.get("next_cursor")
            if not cursor:
                break
        assert names == expected
    entitlement = await fields(client, "entitlement")
    assert entitlement["Add-ons"] == {
        "name": "Add-ons",
        "type": "MULTISELECT",
        "options": ["SSO", "Audit Log", "Sandbox", "Priority Routing"],
        "position": 2,
    }
    assert "entity" in await fails(client, READ, entity="product")
    assert "entity" in await fails(client, READ)


async def test_field_lifecycle_create_edit_remove_options_delete(
    client: Client, sandbox: SandboxServer
) -> None:
    created = await call(
        client,
        WRITE,
        action="create",
        entity="customer",
        name="Segment",
        type="SELECT",
        options=["SMB", "Mid"],
    )
    assert created.structured_content["item"]["options"] == ["SMB", "Mid"]
    assert (await fields(client, "customer"))["Segment"]["type"] == "SELECT"
    assert "Conflict" in await fails(
        client, WRITE, action="create", entity="customer", name="segment", type="SELECT", options=["A"]
    )

    edited = await call(
        client,
        WRITE,
        action="edit",
        entity="customer",
        field="segment",
        name="Market Segment",
        options=["Enterprise", "smb"],
    )
    assert edited.structured_content["item"]["options"] == ["SMB", "Mid", "Enterprise"]
    listed = await fields(client, "customer")
    assert "Segment" not in listed and listed["Market Segment"]["options"] == ["SMB", "Mid", "Enterprise"]
    renamed_only = await call(
        client, WRITE, action="edit", entity="customer", field="Market Segment", name="Segment"
    )
    assert renamed_only.structured_content["item"]["options"] == ["SMB", "Mid", "Enterprise"]

    # A customer holds "Mid": removing that option clears it, after a preview that says so.
    csm = store(sandbox)
    field_id = next(f.id for f in csm.fields["customer"].values() if f.name == "Segment")
    customer = next(iter(csm.customers.values()))
    customer.details[field_id] = ["Mid"]
    arguments = {"action": "remove_options", "entity": "customer", "field": "Segment", "options": ["mid"]}
    preview = await call(client, DELETE, **arguments)
    data = preview.structured_content
    assert data["preview"]["remove_options"] == ["Mid"]
    assert data["preview"]["remaining_options"] == ["SMB", "Enterprise"]
    assert "loses that value" in text(preview)
    assert customer.details[field_id] == ["Mid"]  # nothing changed yet
    refused = await fails(
        client, DELETE, **{**arguments, "options": ["SMB"]}, confirm_token=data["confirm_token"]
    )
    assert "does not match" in refused
    done = await call(client, DELETE, **arguments, confirm_token=data["confirm_token"])
    assert done.structured_content["item"]["options"] == ["SMB", "Enterprise"]
    assert field_id not in customer.details

    assert "delete the field instead" in await fails(
        client,
        DELETE,
        action="remove_options",
        entity="customer",
        field="Segment",
        options=["SMB", "Enterprise"],
    )
    assert "has no option(s) ['Gold']" in await fails(
        client, DELETE, action="remove_options", entity="customer", field="Segment", options=["Gold"]
    )

    customer.details[field_id] = ["SMB"]
    preview = await call(client, DELETE, action="delete", entity="customer", field="SEGMENT")
    data = preview.structured_content
    assert data["preview"]["delete_field"]["name"] == "Segment"
    assert "AND its values on every customer" in text(preview)
    assert "Segment" in await fields(client, "customer")
    refused = await fails(
        client,
        DELETE,
        action="delete",
        entity="customer",
        field="Region",
        confirm_token=data["confirm_token"],
    )
    assert "does not match" in refused
    await call(
        client,
        DELETE,
        action="delete",
        entity="customer",
        field="SEGMENT",
        confirm_token=data["confirm_token"],
    )
    assert "Segment" not in await fields(client, "customer")
    assert field_id not in customer.details
    gone = await fails(client, WRITE, action="edit", entity="customer", field="Segment", name="X")
    assert "No customer detail field is named 'Segment'" in gone and "Region" in gone
    assert "No customer detail field" in await fails(
        client, DELETE, action="delete", entity="customer", field="Segment"
    )


async def test_deleting_an_entitlement_field_removes_its_values_from_entitlements(
    client: Client, sandbox: SandboxServer
) -> None:
    csm = store(sandbox)
    entitlement_id = next(e.id for e in csm.entitlements.values() if e.details)
    before = await call(client, "csm_catalog_read", action="get_entitlement", entitlement=entitlement_id)
    assert "Support Level" in before.structured_content["item"]["details"]

    preview = await call(client, DELETE, action="delete", entity="entitlement", field="Support Level")
    token = preview.structured_content["confirm_token"]
    await call(
        client, DELETE, action="delete", entity="entitlement", field="Support Level", confirm_token=token
    )
    after = await call(client, "csm_catalog_read", action="get_entitlement", entitlement=entitlement_id)
    assert "Support Level" not in after.structured_content["item"]["details"]
    assert list(await fields(client, "entitlement")) == ["Add-ons"]


async def test_invalid_writes_say_what_to_pass(client: Client) -> None:
    assert "options" in await fails(
        client, WRITE, action="create", entity="organization", name="X", type="SELECT"
    )
    assert "type" in await fails(
        client, WRITE, action="create", entity="organization", name="X", type="TEXT", options=["a"]
    )
    assert "entity" in await fails(client, WRITE, action="create", name="X", type="SELECT", options=["a"])
    assert "name (the new name) and/or options" in await fails(
        client, WRITE, action="edit", entity="organization", field="Region"
    )
    assert "options" in await fails(
        client, WRITE, action="edit", entity="organization", field="Region", options=[]
    )
    assert "options" in await fails(
        client, DELETE, action="remove_options", entity="organization", field="Region"
    )
