"""CSM products (specs/csm.yaml, tag Products): resolving a product name or id, and the product actions of
the catalog tools (catalog.py declares the tools)."""

from __future__ import annotations

import re
from typing import Any

from csm_client.api.products import create_product, delete_product, get_product, get_products, rename_product
from csm_client.models import (
    CreateProductRequest,
    RenameProductRequest,
)
from csm_client.paging import GET_PRODUCTS
from csm_client.types import UNSET

from ...calls import ToolCall, to_data
from ...endpoints import uses
from ...errors import NotFound, ToolFailure
from ...outcomes import create_checked
from ...results import ToolResult, listing, outcome, single

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
PRODUCT_SCAN_LIMIT = 2000  # products read when resolving a product name
PRODUCT_KEYS = ("name", "id")
_FIND_PRODUCT = "csm_catalog_read action=list_products lists them."


# -- shared: products ------------------------------------------------------------------------------


@uses(get_products)
async def all_products(call: ToolCall) -> list[dict[str, Any]]:
    cached: list[dict[str, Any]] | None = call.lookups.get("csm.products")
    if cached is not None:
        return cached
    products = await call.scan(get_products, GET_PRODUCTS, limit=PRODUCT_SCAN_LIMIT, page_size=100)
    found = [to_data(product) for product in products]
    call.lookups["csm.products"] = found
    return found


@uses(get_product, all_products)
async def resolve_product(call: ToolCall, text: str) -> dict[str, Any]:
    """The product ({id, name}) meant by a product id or exact name (case-insensitive)."""
    text = text.strip()
    cache: dict[str, dict[str, Any]] = call.lookups.setdefault("csm.product", {})
    if text in cache:
        return cache[text]
    if _UUID.match(text):
        product: dict[str, Any] = to_data(await call.hinted(_FIND_PRODUCT).api(get_product, product_id=text))
    else:
        hits = [p for p in await all_products(call) if str(p.get("name", "")).casefold() == text.casefold()]
        if not hits:
            raise ToolFailure(
                f"No product is named {text!r}; pass its exact name or id. {_FIND_PRODUCT}", 404
            )
        if len(hits) > 1:
            raise ToolFailure(f"Several products are named {text!r}: {[p['id'] for p in hits]}; pass the id.")
        product = hits[0]
    cache[text] = product
    return product


# -- products: read --------------------------------------------------------------------------------


async def list_products(call: ToolCall) -> ToolResult:
    cursor = call.page_position()
    page = await call.api(get_products, limit=call.limit, cursor=cursor or UNSET)
    items = [to_data(product) for product in page.results]
    following = page.next_page_cursor if page.next_page_cursor is not UNSET else None
    return listing(
        "Products", items, PRODUCT_KEYS, next_cursor=call.next_cursor(following) if items else None
    )


async def get_one_product(call: ToolCall) -> ToolResult:
    return single("Product", await resolve_product(call, call.arg("product")), PRODUCT_KEYS)


# -- products: write -------------------------------------------------------------------------------


async def create(call: ToolCall) -> ToolResult:
    name = call.arg("name").strip()

    async def find() -> str | None:
        call.lookups.pop("csm.products", None)  # read afresh
        same = [p for p in await all_products(call) if str(p.get("name", "")).casefold() == name.casefold()]
        return f"id {same[0]['id']}" if same else None

    product = await create_checked(
        call.api(create_product, body=CreateProductRequest(name=name)), find, f"the product named {name!r}"
    )
    return single("Created product", to_data(product), PRODUCT_KEYS)


async def rename(call: ToolCall) -> ToolResult:
    product = await resolve_product(call, call.arg("product"))
    renamed = await call.api(
        rename_product, product_id=product["id"], body=RenameProductRequest(name=call.arg("name").strip())
    )
    return single(f"Renamed {product['name']}", to_data(renamed), PRODUCT_KEYS)


# -- products: delete ------------------------------------------------------------------------------


async def delete_one_product(call: ToolCall) -> ToolResult:
    try:
        product = await resolve_product(call, call.arg("product"))
    except ToolFailure as failure:
        if not isinstance(failure, NotFound):
            raise
        return call.nothing_left(str(failure))
    preview = {
        "delete_product": product,
        "also_deleted": "every entitlement to this product, of all organizations and customers, "
        "with its detail values",
    }
    summary = (
        f"Delete product {product['name']} ({product['id']}) and EVERY entitlement to it (all organizations "
        "and customers, with their detail values). Cannot be undone."
    )
    pending = await call.confirm(preview, summary)
    if pending:
        return pending
    await call.hinted(_FIND_PRODUCT).api(delete_product, product_id=product["id"])
    return outcome(f"Deleted product {product['name']} and its entitlements.", item=product)
