"""CSM products and entitlements (specs/csm.yaml, tags Products and Entitlements).

An entitlement links a product to an organization or a customer and holds entitlement detail values.
Products are accepted by name or id, organizations by name or id, customers by id (or an email already
seen in the call; see common.resolve_customer).
"""

from __future__ import annotations

import re
from typing import Any

from csm_client.api.customers import create_customer_entitlement, get_customer_entitlements
from csm_client.api.entitlements import delete_entitlement, get_entitlement, set_entitlement_detail
from csm_client.api.organizations import create_organization_entitlement, get_organization_entitlements
from csm_client.api.products import create_product, delete_product, get_product, get_products, rename_product
from csm_client.models import (
    CreateEntitlementRequest,
    CreateProductRequest,
    RenameProductRequest,
    SetDetailFieldValueRequest,
)
from csm_client.types import UNSET

from ...calls import ToolCall, to_data
from ...errors import ToolFailure
from ...outcomes import create_checked
from ...registry import PAGED, PAGING_PROPERTIES, Action, Effect, ToolDef, ToolResult
from ...results import listing, outcome, per_item, single
from ...toolsets import Toolset
from .common import DETAILS as DETAIL_PAIRS
from .common import detail_values, resolve_customer, resolve_organization, resolve_organizations

TOOLSET = Toolset.PRODUCTS
# Products and entitlements share tools (context budget); entitlement actions belong to their own toolset.
ENTITLEMENTS_TOOLSET = Toolset.ENTITLEMENTS
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
PRODUCT_SCAN_LIMIT = 2000  # products read when resolving a product name
PRODUCT_KEYS = ("name", "id")
ENTITLEMENT_KEYS = ("product", "entityType", "entityId", "id", "details")
_FIND_PRODUCT = "csm_catalog_read action=list_products lists them."
_FIND_ENTITLEMENT = "csm_catalog_read action=list_entitlements lists an organization's or customer's."

# Operations the identifier resolvers call (an action using one declares them).
PRODUCT_OPS = ("getProduct", "getProducts")
ORGANIZATION_OPS = ("fetchOrganizations",)  # common.resolve_organization(s)
CUSTOMER_OPS: tuple[str, ...] = ()  # common.resolve_customer calls nothing

_NAME = {"type": "string", "maxLength": 255}  # blank values are refused by the server and the handlers
PRODUCT = {**_NAME, "description": "Product name or id"}
ORGANIZATIONS = {
    "type": "array",
    "minItems": 1,
    "maxItems": 100,
    "items": _NAME,
    "description": "Organization names or ids",
}
CUSTOMERS = {"type": "array", "minItems": 1, "maxItems": 100, "items": _NAME, "description": "Customer ids"}
ENTITLEMENTS = {
    "type": "array",
    "minItems": 1,
    "maxItems": 100,
    "items": _NAME,
    "description": "Entitlement ids",
}
DETAILS = {
    **DETAIL_PAIRS,
    "minItems": 1,
    "description": 'Entitlement detail values, e.g. [{"field": "Support Level", "values": ["Premium"]}]',
}


# -- shared: products ------------------------------------------------------------------------------


async def all_products(call: ToolCall) -> list[dict[str, Any]]:
    cached: list[dict[str, Any]] | None = call.lookups.get("csm.products")
    if cached is not None:
        return cached
    found: list[dict[str, Any]] = []
    cursor: Any = UNSET
    while len(found) < PRODUCT_SCAN_LIMIT:
        page = await call.api(get_products, limit=100, cursor=cursor)
        results = [to_data(product) for product in page.results]
        found += results
        cursor = page.next_page_cursor
        if not results or not cursor or cursor is UNSET:
            break
    call.lookups["csm.products"] = found
    return found


async def resolve_product(call: ToolCall, text: str) -> dict[str, Any]:
    """The product ({id, name}) meant by a product id or exact name (case-insensitive)."""
    text = text.strip()
    cache: dict[str, dict[str, Any]] = call.lookups.setdefault("csm.product", {})
    if text in cache:
        return cache[text]
    if _UUID.match(text):
        product: dict[str, Any] = to_data(
            await call.api(get_product, product_id=text, lookup_hint=_FIND_PRODUCT)
        )
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


# -- shared: entitlements --------------------------------------------------------------------------


def entitlement_view(entitlement: Any) -> dict[str, Any]:
    """An entitlement compactly: product, holder and details as {field name: values}."""
    data: dict[str, Any] = to_data(entitlement)
    product = data.get("product") or {}
    entity = data.get("entitledEntity") or {}
    return {
        "id": data.get("id"),
        "product": product.get("name"),
        "productId": product.get("id"),
        "entityType": entity.get("type"),
        "entityId": entity.get("id"),
        "details": {d.get("name"): d.get("values") or [] for d in data.get("details") or []},
    }


def failed_lines(failures: list[dict[str, Any]]) -> str:
    return "".join(f"\n- failed {f['item']}: {f['error']}" for f in failures)


def holder_args(call: ToolCall) -> tuple[str, str]:
    """('organization' | 'customer', identifier) from exactly one of the two arguments."""
    organization, customer = call.arg("organization"), call.arg("customer")
    if bool(organization) == bool(customer):
        raise ToolFailure("Pass exactly one of organization or customer.")
    return ("organization", organization) if organization else ("customer", customer)


async def entitlements_of(call: ToolCall, kind: str, holder_id: str, product_id: str | None) -> list[Any]:
    product = product_id or UNSET
    if kind == "organization":
        return list(await call.api(get_organization_entitlements, organization_id=holder_id, product=product))
    return list(await call.api(get_customer_entitlements, customer_id=holder_id, product=product))


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
        if failure.status != 404:
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
    await call.api(delete_product, product_id=product["id"], lookup_hint=_FIND_PRODUCT)
    return outcome(f"Deleted product {product['name']} and its entitlements.", item=product)


# -- entitlements: read ----------------------------------------------------------------------------


async def get_one_entitlement(call: ToolCall) -> ToolResult:
    found = await call.api(
        get_entitlement, entitlement_id=call.arg("entitlement"), lookup_hint=_FIND_ENTITLEMENT
    )
    return single("Entitlement", entitlement_view(found), ENTITLEMENT_KEYS)


async def list_entitlements(call: ToolCall) -> ToolResult:
    kind, text = holder_args(call)
    holder_id = await (resolve_organization if kind == "organization" else resolve_customer)(call, text)
    product = await resolve_product(call, call.arg("product")) if call.arg("product") else None
    found = await entitlements_of(call, kind, holder_id, product["id"] if product else None)
    start = call.page_position() or 0
    items = [entitlement_view(e) for e in found[start : start + call.limit]]
    more = start + len(items) < len(found)
    return listing(
        f"Entitlements of {kind} {text}",
        items,
        ENTITLEMENT_KEYS,
        next_cursor=call.next_cursor(start + len(items)) if more and items else None,
        total=len(found),
    )


# -- entitlements: write ---------------------------------------------------------------------------


async def set_details(
    call: ToolCall, entitlement_id: str, details: dict[str, list[str]]
) -> tuple[dict[str, list[str]], list[str]]:
    """Set each field's values on one entitlement: (values held now, by field name; errors per field)."""
    held: dict[str, list[str]] = {}
    errors = []
    for field_name, values in details.items():
        try:
            result = await call.api(
                set_entitlement_detail,
                entitlement_id=entitlement_id,
                field_name=field_name,
                body=SetDetailFieldValueRequest(values=list(values)),
                lookup_hint="csm_detail_fields_read entity=entitlement lists the fields.",
            )
        except ToolFailure as failure:
            errors.append(f"{field_name}: {failure}")
            continue
        data = to_data(result)
        held[str(data.get("name") or field_name)] = list(data.get("values") or [])
    return held, errors


async def entitle(call: ToolCall) -> ToolResult:
    organizations: list[str] = list(dict.fromkeys(call.arg("organizations") or []))
    customers: list[str] = list(dict.fromkeys(call.arg("customers") or []))
    if not organizations and not customers:
        raise ToolFailure("Pass organizations and/or customers to entitle.")
    product = await resolve_product(call, call.arg("product"))
    body = CreateEntitlementRequest(product_id=product["id"])
    details = detail_values(call.arg("details"))
    org_ids, org_errors = await resolve_organizations(call, organizations) if organizations else ({}, {})
    targets = [("organization", t) for t in organizations] + [("customer", t) for t in customers]
    created: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    for number, (kind, text) in enumerate(targets):
        await call.progress(number, len(targets), f"entitling {kind} {text}")
        try:
            if kind == "customer":
                customer_id = await resolve_customer(call, text)
                found = await call.api(create_customer_entitlement, customer_id=customer_id, body=body)
            elif text.strip() in org_ids:
                organization_id = org_ids[text.strip()]
                found = await call.api(
                    create_organization_entitlement, organization_id=organization_id, body=body
                )
            else:
                raise ToolFailure(org_errors.get(text) or f"Organization {text!r} not found.")
        except ToolFailure as failure:
            failures.append({"item": text, "error": str(failure)})
            continue
        view = entitlement_view(found)
        if details:
            held, errors = await set_details(call, str(view["id"]), details)
            view["details"].update(held)
            if errors:
                problem = f"entitled ({view['id']}), but details failed: {'; '.join(errors)}"
                failures.append({"item": text, "entitlement": view["id"], "error": problem})
        created.append(view)
    await call.progress(len(targets), len(targets), "done")
    text = f"Entitled {len(created)} of {len(targets)} to {product['name']}."
    text += failed_lines(failures)
    return per_item(text, created, failures)


async def set_entitlement_details(call: ToolCall) -> ToolResult:
    ids: list[str] = list(dict.fromkeys(call.arg("entitlements")))
    details = detail_values(call.arg("details"))
    updated: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    for number, entitlement_id in enumerate(ids):
        await call.progress(number, len(ids), f"setting details of {entitlement_id}")
        held, errors = await set_details(call, entitlement_id, details)
        if errors:
            failures.append({"item": entitlement_id, "error": "; ".join(errors)})
        if held:
            updated.append({"id": entitlement_id, "details": held})
    text = f"Set details on {len(ids) - len(failures)} of {len(ids)} entitlement(s)."
    text += failed_lines(failures)
    return per_item(text, updated, failures)


# -- entitlements: delete --------------------------------------------------------------------------


async def doomed_entitlements(call: ToolCall) -> tuple[list[dict[str, Any]], list[dict[str, Any]], bool]:
    """The entitlements the arguments name (by id, or product + holders), what could not be found, and
    whether all of that is simply absent (not found, not entitled) rather than failed otherwise."""
    holders = [("organization", t) for t in dict.fromkeys(call.arg("organizations") or [])]
    holders += [("customer", t) for t in dict.fromkeys(call.arg("customers") or [])]
    if bool(holders) != bool(call.arg("product")) or not (holders or call.arg("entitlements")):
        raise ToolFailure("Pass entitlements (ids), and/or product with organizations and/or customers.")
    found: list[dict[str, Any]] = []
    missing: list[dict[str, Any]] = []
    gone = True
    for entitlement_id in dict.fromkeys(call.arg("entitlements") or []):
        try:
            found.append(entitlement_view(await call.api(get_entitlement, entitlement_id=entitlement_id)))
        except ToolFailure as failure:
            missing.append({"item": entitlement_id, "error": str(failure)})
            gone = gone and failure.status == 404
    product = await resolve_product(call, call.arg("product")) if holders else {}
    for kind, text in holders:
        try:
            resolver = resolve_organization if kind == "organization" else resolve_customer
            holder_id = await resolver(call, text)
            views = [entitlement_view(e) for e in await entitlements_of(call, kind, holder_id, product["id"])]
            own = [v for v in views if v["entityId"] == holder_id and v["entityType"] == kind.upper()]
            if not own:
                reason = f"not entitled to {product['name']}"
                if views:
                    reason += f" itself (only through organization {views[0]['entityId']}; remove it there)"
                raise ToolFailure(f"{kind} {text} is {reason}.", 404)
            found += own
        except ToolFailure as failure:
            missing.append({"item": text, "error": str(failure)})
            gone = gone and failure.status == 404
    unique = list({view["id"]: view for view in found}.values())
    return unique, missing, gone


async def delete_entitlements(call: ToolCall) -> ToolResult:
    doomed, missing, gone = await doomed_entitlements(call)
    if not doomed:
        return call.nothing_left("Nothing to delete: " + "; ".join(m["error"] for m in missing), gone)
    lines = "".join(
        f"\n- {v['product']} of {v['entityType']} {v['entityId']} ({v['id']}, details {v['details']})"
        for v in doomed
    )
    skipped = "".join(f"\n- skipped {m['item']}: {m['error']}" for m in missing)
    summary = f"Delete {len(doomed)} entitlement(s) with their detail values:{lines}{skipped}"
    pending = await call.confirm({"delete": doomed, "not_found": missing}, summary)
    if pending:
        return pending
    deleted, failures = [], list(missing)
    for number, view in enumerate(doomed):
        await call.progress(number, len(doomed), f"deleting {view['id']}")
        try:
            await call.api(delete_entitlement, entitlement_id=view["id"], lookup_hint=_FIND_ENTITLEMENT)
            deleted.append(view)
        except ToolFailure as failure:
            failures.append({"item": view["id"], "error": str(failure)})
    text = f"Deleted {len(deleted)} of {len(doomed) + len(missing)} entitlement(s).{failed_lines(failures)}"
    return per_item(text, deleted, failures)


# -- tools -----------------------------------------------------------------------------------------

HOLDER_OPS = ("getOrganizationEntitlements", "getCustomerEntitlements", *ORGANIZATION_OPS, *CUSTOMER_OPS)

READ = ToolDef(
    name="csm_catalog_read",
    toolset=TOOLSET,
    effect=Effect.READ,
    title="Read CSM products and entitlements",
    description="CSM products, and entitlements: a product granted to an organization or a customer.",
    actions=(
        Action("list_products", ("getProducts",), list_products, optional=PAGED, doc="every product."),
        Action("get_product", PRODUCT_OPS, get_one_product, required=("product",), doc="one product."),
        Action(
            "get_entitlement",
            ("getEntitlement",),
            get_one_entitlement,
            required=("entitlement",),
            toolset=ENTITLEMENTS_TOOLSET,
            doc="one entitlement with its detail values.",
        ),
        Action(
            "list_entitlements",
            (*HOLDER_OPS, *PRODUCT_OPS),
            list_entitlements,
            toolset=ENTITLEMENTS_TOOLSET,
            optional=("organization", "customer", "product", *PAGED),
            doc="entitlements of one organization or one customer (a customer's include those of its "
            "organizations), optionally only to product.",
        ),
    ),
    properties={
        "product": PRODUCT,
        "entitlement": {**_NAME, "description": "Entitlement id"},
        "organization": {**_NAME, "description": "Organization name or id"},
        "customer": {**_NAME, "description": "Customer id"},
        **PAGING_PROPERTIES,
    },
)

WRITE = ToolDef(
    name="csm_catalog_write",
    toolset=TOOLSET,
    effect=Effect.WRITE,
    title="Change CSM products, entitle to them",
    description=(
        "Creates and renames CSM products and entitles organizations and customers to them. Retry only "
        "failed items."
    ),
    actions=(
        Action(
            "create_product",
            ("createProduct", "getProducts"),
            create,
            required=("name",),
            doc="a product named name.",
        ),
        Action(
            "rename_product",
            ("renameProduct", *PRODUCT_OPS),
            rename,
            required=("product", "name"),
            doc="renames product to name.",
        ),
        Action(
            "entitle",
            (
                "createOrganizationEntitlement",
                "createCustomerEntitlement",
                "setEntitlementDetail",
                *ORGANIZATION_OPS,
                *CUSTOMER_OPS,
                *PRODUCT_OPS,
            ),
            entitle,
            required=("product",),
            toolset=ENTITLEMENTS_TOOLSET,
            optional=("organizations", "customers", "details"),
            doc="entitles organizations and/or customers to product, with details if given.",
        ),
        Action(
            "set_details",
            ("setEntitlementDetail",),
            set_entitlement_details,
            required=("entitlements", "details"),
            toolset=ENTITLEMENTS_TOOLSET,
            doc="sets detail values on entitlements.",
        ),
    ),
    properties={
        "product": PRODUCT,
        "name": {**_NAME, "description": "Product name"},
        "organizations": ORGANIZATIONS,
        "customers": CUSTOMERS,
        "entitlements": ENTITLEMENTS,
        "details": DETAILS,
    },
)

DELETE = ToolDef(
    name="csm_catalog_delete",
    toolset=TOOLSET,
    effect=Effect.DELETE,
    title="Delete CSM products or entitlements",
    description=("Deletes CSM products or entitlements, permanently."),
    actions=(
        Action(
            "delete_product",
            ("deleteProduct", *PRODUCT_OPS),
            delete_one_product,
            required=("product",),
            doc="product and every entitlement to it, of every organization and customer.",
        ),
        Action(
            "delete_entitlements",
            ("deleteEntitlement", "getEntitlement", *HOLDER_OPS, *PRODUCT_OPS),
            delete_entitlements,
            toolset=ENTITLEMENTS_TOOLSET,
            optional=("entitlements", "product", "organizations", "customers"),
            doc="entitlements by id, or those to product of organizations and/or customers.",
        ),
    ),
    properties={
        "product": PRODUCT,
        "entitlements": ENTITLEMENTS,
        "organizations": ORGANIZATIONS,
        "customers": CUSTOMERS,
    },
    idempotent=True,
)

TOOLS = (READ, WRITE, DELETE)
