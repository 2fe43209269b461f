"""CSM products (cursor pagination) and entitlements end to end."""

from __future__ import annotations

from typing import Any

import csm_client
from csm_client.api.entitlements import delete_entitlement, get_entitlement, set_entitlement_detail
from csm_client.api.organizations import create_organization_entitlement, get_organization_entitlements
from csm_client.api.products import create_product, delete_product, get_product, get_products, rename_product
from csm_client.models import (
    CreateEntitlementRequest,
    CreateProductRequest,
    RenameProductRequest,
    SetDetailFieldValueRequest,
)
from csm_client.types import Response

from atlassian_people_sandbox import SandboxServer


def ok(response: Response[Any], status: int = 200) -> Any:
    assert response.status_code == status, response.content
    return response.parsed


def test_product_pages_walk_to_the_end(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    expected = [(p.id, p.name) for p in sandbox.sandbox.state.csm.products.values()]
    assert len(expected) > 3 and "Widget Pro" in [name for _, name in expected]
    seen: list[tuple[str, str]] = []
    cursor: str | None = None
    pages = 0
    while True:
        page = ok(get_products.sync_detailed(client=csm, limit=3, **({"cursor": cursor} if cursor else {})))
        pages += 1
        seen += [(p.id, p.name) for p in page.results]
        cursor = page.next_page_cursor
        if cursor is None:
            break
        assert len(page.results) == 3
    assert seen == expected and pages == -(-len(expected) // 3)

    # "Defaults to 100 if ... less than 1 or greater than 100."
    for limit in (0, 101, 100):
        everything = ok(get_products.sync_detailed(client=csm, limit=limit))
        assert len(everything.results) == len(expected) and everything.next_page_cursor is None
    assert get_products.sync_detailed(client=csm, cursor="not-a-cursor").status_code == 400


def test_product_lifecycle(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    product = ok(create_product.sync_detailed(client=csm, body=CreateProductRequest(name="Quantum Ledger")))
    assert ok(get_product.sync_detailed(product.id, client=csm)).to_dict() == {
        "id": product.id,
        "name": "Quantum Ledger",
    }
    assert (
        create_product.sync_detailed(client=csm, body=CreateProductRequest(name="widget pro")).status_code
        == 409
    )
    renamed = ok(
        rename_product.sync_detailed(
            product.id, client=csm, body=RenameProductRequest(name="Quantum Ledger 2")
        )
    )
    assert renamed.name == "Quantum Ledger 2"
    assert (
        rename_product.sync_detailed(
            product.id, client=csm, body=RenameProductRequest(name="Widget Lite")
        ).status_code
        == 409
    )
    listed = ok(get_products.sync_detailed(client=csm)).results
    assert (product.id, "Quantum Ledger 2") in [(p.id, p.name) for p in listed]

    # Deleting a product deletes every entitlement to it.
    organization_id = next(iter(sandbox.sandbox.state.csm.organizations))
    entitlement = ok(
        create_organization_entitlement.sync_detailed(
            organization_id, client=csm, body=CreateEntitlementRequest(product_id=product.id)
        )
    )
    ok(delete_product.sync_detailed(product.id, client=csm), 204)
    assert get_product.sync_detailed(product.id, client=csm).status_code == 404
    assert get_entitlement.sync_detailed(entitlement.id, client=csm).status_code == 404
    assert delete_product.sync_detailed(product.id, client=csm).status_code == 404
    assert (
        rename_product.sync_detailed(product.id, client=csm, body=RenameProductRequest(name="Z")).status_code
        == 404
    )


def test_organization_entitlement_lifecycle(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.csm
    organization_id = next(iter(store.organizations))
    held = {e.product_id for e in store.entitlements_of("ORGANIZATION", organization_id)}
    product_id = next(p for p in store.products if p not in held)

    created = ok(
        create_organization_entitlement.sync_detailed(
            organization_id, client=csm, body=CreateEntitlementRequest(product_id=product_id)
        )
    ).to_dict()
    assert created["entitledEntity"] == {"id": organization_id, "type": "ORGANIZATION"}
    assert created["product"] == {"id": product_id, "name": store.products[product_id].name}
    assert created["details"] == []

    detail = SetDetailFieldValueRequest(values=["Premium"])
    ok(
        set_entitlement_detail.sync_detailed(
            created["id"], client=csm, field_name="Support Level", body=detail
        )
    )
    fetched = ok(get_entitlement.sync_detailed(created["id"], client=csm)).to_dict()
    assert [(d["name"], d["values"]) for d in fetched["details"]] == [("Support Level", ["Premium"])]
    listed = ok(get_organization_entitlements.sync_detailed(organization_id, client=csm))
    assert created["id"] in [e.id for e in listed]
    only = ok(get_organization_entitlements.sync_detailed(organization_id, client=csm, product=product_id))
    assert [e.id for e in only] == [created["id"]]

    body = CreateEntitlementRequest(product_id=product_id)
    assert (
        create_organization_entitlement.sync_detailed(organization_id, client=csm, body=body).status_code
        == 409
    )
    unknown_product = CreateEntitlementRequest(product_id="no-such-product")
    refused = create_organization_entitlement.sync_detailed(organization_id, client=csm, body=unknown_product)
    assert refused.status_code == 422 and "no-such-product" in refused.content.decode()
    assert create_organization_entitlement.sync_detailed("999999", client=csm, body=body).status_code == 404
    assert get_organization_entitlements.sync_detailed("999999", client=csm).status_code == 404

    ok(delete_entitlement.sync_detailed(created["id"], client=csm), 204)
    assert get_entitlement.sync_detailed(created["id"], client=csm).status_code == 404
    assert delete_entitlement.sync_detailed(created["id"], client=csm).status_code == 404
    assert (
        set_entitlement_detail.sync_detailed(
            created["id"], client=csm, field_name="Support Level", body=detail
        ).status_code
        == 404
    )
