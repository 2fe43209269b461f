"""csm_catalog_read / csm_catalog_write / csm_catalog_delete (products and entitlements) end to end."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import call, fails, text

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.areas.csm.store import CsmStore

pytestmark = pytest.mark.anyio
READ, WRITE, DELETE = "csm_catalog_read", "csm_catalog_write", "csm_catalog_delete"


def store(sandbox: SandboxServer) -> CsmStore:
    return sandbox.sandbox.state.csm


async def walk(client: Client, tool: str, limit: int, **arguments: Any) -> tuple[list[dict[str, Any]], int]:
    """Every item of a listing, page by page; and the number of pages."""
    items: list[dict[str, Any]] = []
    cursor = None
    pages = 0
    while True:
        page = await call(client, tool, limit=limit, **arguments, **({"cursor": cursor} if cursor else {}))
        pages += 1
        items += page.structured_content["items"]
        cursor = page.structured_content.get("next_cursor")
        if not cursor:
            return items, pages


def unentitled_organizations(sandbox: SandboxServer, product_name: str) -> list[str]:
    csm = store(sandbox)
    product = next(p for p in csm.products.values() if p.name == product_name)
    held = {e.entity_id for e in csm.entitlements.values() if e.product_id == product.id}
    return [o.name for o in csm.organizations.values() if o.id not in held]


# -- products --------------------------------------------------------------------------------------


async def test_products_page_to_the_end_and_resolve_by_name_or_id(
    client: Client, sandbox: SandboxServer
) -> None:
    expected = [(p.id, p.name) for p in store(sandbox).products.values()]
    items, pages = await walk(client, READ, 2, action="list_products")
    assert [(p["id"], p["name"]) for p in items] == expected
    assert pages == -(-len(expected) // 2)

    by_name = await call(client, READ, action="get_product", product="  widget PRO ")
    product = by_name.structured_content["item"]
    assert product["name"] == "Widget Pro"
    by_id = await call(client, READ, action="get_product", product=product["id"])
    assert by_id.structured_content["item"] == product

    assert "No product is named 'Widget Ultra'" in await fails(
        client, READ, action="get_product", product="Widget Ultra"
    )
    missing = await fails(client, READ, action="get_product", product="00000000-0000-4000-8000-000000000000")
    assert "Not found" in missing and "list_products" in missing


async def test_product_lifecycle_with_confirmed_delete(client: Client, sandbox: SandboxServer) -> None:
    created = await call(client, WRITE, action="create_product", name="Quantum Ledger")
    product = created.structured_content["item"]
    assert "Quantum Ledger" in text(created)
    assert "Conflict" in await fails(client, WRITE, action="create_product", name="quantum ledger")

    renamed = await call(client, WRITE, action="rename_product", product="Quantum Ledger", name="Quantum Pro")
    assert renamed.structured_content["item"] == {"id": product["id"], "name": "Quantum Pro"}
    read = await call(client, READ, action="get_product", product=product["id"])
    assert read.structured_content["item"]["name"] == "Quantum Pro"

    organization = unentitled_organizations(sandbox, "Widget Pro")[0]
    entitled = await call(
        client, WRITE, action="entitle", product="Quantum Pro", organizations=[organization]
    )
    entitlement_id = entitled.structured_content["items"][0]["id"]

    preview = await call(client, DELETE, action="delete_product", product="quantum pro")
    data = preview.structured_content
    assert data["preview"]["delete_product"] == {"id": product["id"], "name": "Quantum Pro"}
    assert "EVERY entitlement" in text(preview) and "PREVIEW" in text(preview)
    assert product["id"] in store(sandbox).products  # nothing deleted yet
    assert entitlement_id in store(sandbox).entitlements

    changed = await fails(
        client, DELETE, action="delete_product", product="Widget Pro", confirm_token=data["confirm_token"]
    )
    assert "does not match" in changed
    assert "Widget Pro" in {p.name for p in store(sandbox).products.values()}

    done = await call(
        client, DELETE, action="delete_product", product="quantum pro", confirm_token=data["confirm_token"]
    )
    assert "Deleted product Quantum Pro" in text(done)
    assert "Not found" in await fails(client, READ, action="get_product", product=product["id"])
    assert "Not found" in await fails(client, READ, action="get_entitlement", entitlement=entitlement_id)


# -- entitlements ----------------------------------------------------------------------------------


async def test_entitle_many_organizations_by_name_with_details_and_per_item_failures(
    client: Client, sandbox: SandboxServer
) -> None:
    csm = store(sandbox)
    fresh = unentitled_organizations(sandbox, "Widget Pro")[:3]
    already = next(
        o.name
        for o in csm.organizations.values()
        if o.name not in unentitled_organizations(sandbox, "Widget Pro")
    )
    customer = next(c for c in csm.customers.values() if not csm.entitlements_of("CUSTOMER", c.id))
    before = len(csm.entitlements)

    result = await call(
        client,
        WRITE,
        action="entitle",
        product="widget pro",
        organizations=[name.upper() for name in fresh] + [already, "No Such Organization"],
        customers=[customer.id, "someone@nowhere.example.com"],
        details={"Support Level": ["premium"], "Add-ons": ["SSO", "Audit Log"]},
    )
    data = result.structured_content
    assert len(data["items"]) == 4 and len(csm.entitlements) == before + 4
    assert "Entitled 4 of 7 to Widget Pro" in text(result)
    for item in data["items"]:
        assert item["product"] == "Widget Pro"
        assert item["details"] == {"Support Level": ["Premium"], "Add-ons": ["SSO", "Audit Log"]}
    assert {i["entityId"] for i in data["items"] if i["entityType"] == "CUSTOMER"} == {customer.id}
    failed = {f["item"]: f["error"] for f in data["failures"]}
    assert set(failed) == {already, "No Such Organization", "someone@nowhere.example.com"}
    assert "Conflict" in failed[already]
    assert "No organization has the id or exact name" in failed["No Such Organization"]
    assert "pass the customer id" in failed["someone@nowhere.example.com"]

    listed = await call(client, READ, action="list_entitlements", organization=fresh[0], product="Widget Pro")
    [entitlement] = listed.structured_content["items"]
    assert entitlement["details"]["Support Level"] == ["Premium"]
    # The text reads the details as the other detail fields do, not as a Python dict.
    shown = "details: Support Level: Premium; Add-ons: SSO, Audit Log"
    got = await call(client, READ, action="get_entitlement", entitlement=entitlement["id"])
    preview = await call(client, DELETE, action="delete_entitlements", entitlements=[entitlement["id"]])
    for result in (listed, got, preview):
        assert shown in text(result) and "{" not in text(result) and "['" not in text(result), text(result)

    # Entitled, but a detail value is rejected: the entitlement stays and the failure says so.
    other = unentitled_organizations(sandbox, "Widget Lite")[0]
    partial = await call(
        client,
        WRITE,
        action="entitle",
        product="Widget Lite",
        organizations=[other],
        details={"Support Level": ["Diamond"]},
    )
    [failure] = partial.structured_content.get("failures", [])
    assert failure["entitlement"] == partial.structured_content["items"][0]["id"]
    assert "details failed" in failure["error"] and "Diamond" in failure["error"]

    assert "organizations and/or customers" in await fails(
        client, WRITE, action="entitle", product="Widget Pro"
    )
    assert "No product is named" in await fails(
        client, WRITE, action="entitle", product="Nope", organizations=[fresh[0]]
    )


async def test_list_entitlements_pages_and_includes_a_customers_organizations(
    client: Client, sandbox: SandboxServer
) -> None:
    csm = store(sandbox)
    organization = max(
        csm.organizations.values(), key=lambda o: len(csm.entitlements_of("ORGANIZATION", o.id))
    )
    expected = {e.id for e in csm.entitlements_of("ORGANIZATION", organization.id)}
    assert len(expected) >= 2
    items, pages = await walk(client, READ, 1, action="list_entitlements", organization=organization.name)
    assert {i["id"] for i in items} == expected and pages == len(expected)
    by_id, _ = await walk(client, READ, 100, action="list_entitlements", organization=organization.id)
    assert by_id == items

    member = organization.customer_ids[0]
    inherited, _ = await walk(client, READ, 100, action="list_entitlements", customer=member)
    assert expected <= {i["id"] for i in inherited}
    assert {i["entityType"] for i in inherited if i["id"] in expected} == {"ORGANIZATION"}

    one = items[0]
    filtered = await call(
        client, READ, action="list_entitlements", organization=organization.name, product=one["productId"]
    )
    assert filtered.structured_content["items"] == [one] and filtered.structured_content.get("total", 1) == 1

    got = await call(client, READ, action="get_entitlement", entitlement=one["id"])
    assert got.structured_content["item"] == one

    assert "exactly one of organization or customer" in await fails(client, READ, action="list_entitlements")
    assert "exactly one" in await fails(
        client, READ, action="list_entitlements", organization=organization.name, customer=member
    )
    assert "No organization has the id or exact name" in await fails(
        client, READ, action="list_entitlements", organization="Nobody Inc"
    )
    unknown = await fails(client, READ, action="list_entitlements", customer="qm:unknown")
    assert "Not found" in unknown
    missing = await fails(client, READ, action="get_entitlement", entitlement="nope")
    assert "Not found" in missing and "list_entitlements" in missing


async def test_set_details_on_several_entitlements(client: Client, sandbox: SandboxServer) -> None:
    csm = store(sandbox)
    first, second = list(csm.entitlements)[:2]
    result = await call(
        client,
        WRITE,
        action="set_details",
        entitlements=[first, second, "no-such-entitlement"],
        details={"Support Level": ["Enterprise"], "Add-ons": []},
    )
    data = result.structured_content
    assert [i["id"] for i in data["items"]] == [first, second]
    assert data["items"][0]["details"] == {"Support Level": ["Enterprise"], "Add-ons": []}
    [failure] = data["failures"]
    assert failure["item"] == "no-such-entitlement" and "Not found" in failure["error"]
    for entitlement_id in (first, second):
        read = await call(client, READ, action="get_entitlement", entitlement=entitlement_id)
        assert read.structured_content["item"]["details"] == {"Support Level": ["Enterprise"]}

    # When every item fails the whole call is an error result, still naming each item's problem.
    rejected = await fails(
        client,
        WRITE,
        action="set_details",
        entitlements=[first],
        details={"Support Level": ["Standard", "Premium"]},
    )
    assert "Set details on 0 of 1" in rejected and "Support Level" in rejected
    unknown_field = await fails(
        client, WRITE, action="set_details", entitlements=[first], details={"Nope": ["x"]}
    )
    assert "csm_detail_fields_read" in unknown_field
    assert "details" in await fails(client, WRITE, action="set_details", entitlements=[first])
    assert "details" in await fails(client, WRITE, action="set_details", entitlements=[first], details={})


async def test_delete_entitlements_previews_every_one_then_deletes_on_confirmation(
    client: Client, sandbox: SandboxServer
) -> None:
    csm = store(sandbox)
    organizations = unentitled_organizations(sandbox, "Widget Pro")[:2]
    entitled = await call(client, WRITE, action="entitle", product="Widget Pro", organizations=organizations)
    new_ids = [i["id"] for i in entitled.structured_content["items"]]
    by_id = next(e.id for e in csm.entitlements.values() if e.id not in new_ids)
    arguments: dict[str, Any] = {
        "action": "delete_entitlements",
        "entitlements": [by_id, "no-such-entitlement"],
        "product": "Widget Pro",
        "organizations": organizations,
    }
    before = len(csm.entitlements)

    preview = await call(client, DELETE, **arguments)
    data = preview.structured_content
    assert {v["id"] for v in data["preview"]["delete"]} == {by_id, *new_ids}
    assert [m["item"] for m in data["preview"]["not_found"]] == ["no-such-entitlement"]
    for entitlement_id in (by_id, *new_ids):
        assert entitlement_id in text(preview)
    assert len(csm.entitlements) == before  # nothing deleted yet

    refused = await fails(
        client,
        DELETE,
        **{**arguments, "organizations": organizations[:1]},
        confirm_token=data["confirm_token"],
    )
    assert "does not match" in refused and len(csm.entitlements) == before

    done = await call(client, DELETE, **arguments, confirm_token=data["confirm_token"])
    assert {i["id"] for i in done.structured_content["items"]} == {by_id, *new_ids}
    assert "Deleted 3 of 4" in text(done)
    assert len(csm.entitlements) == before - 3
    for entitlement_id in (by_id, *new_ids):
        assert "Not found" in await fails(client, READ, action="get_entitlement", entitlement=entitlement_id)

    # A customer entitled only through its organization: nothing of its own to delete.
    member = next(
        c
        for c in csm.customers.values()
        if not csm.entitlements_of("CUSTOMER", c.id)
        and csm.organizations_of(c.id)
        and csm.entitlements_of("ORGANIZATION", csm.organizations_of(c.id)[0].id)
    )
    inherited = csm.entitlements_of("ORGANIZATION", csm.organizations_of(member.id)[0].id)[0]
    inherited_product = csm.products[inherited.product_id].name
    nothing = await fails(
        client, DELETE, action="delete_entitlements", product=inherited_product, customers=[member.id]
    )
    assert "Nothing to delete" in nothing and "only through organization" in nothing
    assert "Pass entitlements" in await fails(client, DELETE, action="delete_entitlements")
    assert "Pass entitlements" in await fails(
        client, DELETE, action="delete_entitlements", organizations=organizations
    )


async def test_invalid_arguments_name_the_argument(client: Client) -> None:
    assert "limit" in await fails(client, READ, action="list_products", limit=0)
    assert "bogus" in await fails(client, READ, action="list_products", bogus=1)
    assert "action" in await fails(client, WRITE, action="explode")
    assert "name" in await fails(client, WRITE, action="create_product")
    assert "product" in await fails(client, DELETE, action="delete_product")
    assert "organizations" in await fails(
        client, WRITE, action="entitle", product="Widget Pro", organizations=[]
    )
    assert "cursor" in await fails(client, READ, action="list_products", cursor="garbage")
