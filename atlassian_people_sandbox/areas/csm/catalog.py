"""Products and entitlements: an entitlement links a product to an organization or a customer."""

from __future__ import annotations

from typing import Any, Literal

from ...pagination import cursor_limit
from ...registry import HandlerTable, Reply, SandboxRequest
from .common import body_of, required_text, store_operations, unique
from .detail_fields import profile_details_json, values_json
from .store import CsmError, CsmStore, Entitlement, Product

HANDLERS = HandlerTable()
csm_operation = store_operations(HANDLERS)

EntityType = Literal["ORGANIZATION", "CUSTOMER"]
MAX_PRODUCTS_PER_PAGE = 100


# -- products -------------------------------------------------------------------------------------------


def product_json(product: Product) -> dict[str, Any]:
    return {"id": product.id, "name": product.name}


def _ensure_product_name_free(store: CsmStore, name: str, except_id: str | None = None) -> None:
    wanted = name.casefold()
    for product in store.products.values():
        if product.id != except_id and product.name.casefold() == wanted:
            raise CsmError(409, "NAME_ALREADY_EXISTS", f"A product named '{product.name}' already exists.")


def delete_entitlements_where(
    store: CsmStore, *, product_id: str | None = None, entity_id: str | None = None
) -> None:
    doomed = [
        e.id
        for e in store.entitlements.values()
        if (product_id is None or e.product_id == product_id)
        and (entity_id is None or e.entity_id == entity_id)
    ]
    for entitlement_id in doomed:
        del store.entitlements[entitlement_id]


@csm_operation("getProducts")
def get_products(request: SandboxRequest, store: CsmStore) -> Reply:
    # "Defaults to 100 if not specified or value given is less than 1 or greater than 100."
    limit = request.query.get("limit")
    if not isinstance(limit, int) or not 1 <= limit <= MAX_PRODUCTS_PER_PAGE:
        limit = MAX_PRODUCTS_PER_PAGE
    page, next_cursor = cursor_limit(
        list(store.products.values()),
        cursor=request.query.get("cursor"),
        limit=limit,
        maximum=MAX_PRODUCTS_PER_PAGE,
    )
    return 200, {"results": [product_json(p) for p in page], "nextPageCursor": next_cursor}


@csm_operation("createProduct")
def create_product(request: SandboxRequest, store: CsmStore) -> Reply:
    name = required_text(body_of(request).get("name"), "name")
    _ensure_product_name_free(store, name)
    product = Product(store.new_uuid(), name)
    store.products[product.id] = product
    return 200, product_json(product)


@csm_operation("getProduct")
def get_product(request: SandboxRequest, store: CsmStore) -> Reply:
    return 200, product_json(store.product(request.path["productId"]))


@csm_operation("renameProduct")
def rename_product(request: SandboxRequest, store: CsmStore) -> Reply:
    product = store.product(request.path["productId"])
    name = required_text(body_of(request).get("name"), "name")
    _ensure_product_name_free(store, name, except_id=product.id)
    product.name = name
    return 200, product_json(product)


@csm_operation("deleteProduct")
def delete_product(request: SandboxRequest, store: CsmStore) -> Reply:
    product = store.product(request.path["productId"])
    delete_entitlements_where(store, product_id=product.id)  # "and all entitlements associated with it"
    del store.products[product.id]
    return 204, None


# -- entitlements ---------------------------------------------------------------------------------------


def entitlement_json(store: CsmStore, entitlement: Entitlement) -> dict[str, Any]:
    return {
        "id": entitlement.id,
        "product": product_json(store.products[entitlement.product_id]),
        "entitledEntity": {"id": entitlement.entity_id, "type": entitlement.entity_type},
        "details": values_json(store, "entitlement", entitlement.details),
    }


def profile_entitlement_json(store: CsmStore, entitlement: Entitlement) -> dict[str, Any]:
    return entitlement_json(store, entitlement) | {
        "details": profile_details_json(store, "entitlement", entitlement.details)
    }


def referenced_products(store: CsmStore, product_ids: Any) -> list[Product]:
    """Products named in a request body (422 for an unknown one: the body, not the URL, is wrong)."""
    products = []
    for product_id in unique([p for p in product_ids or [] if isinstance(p, str)]):
        product = store.products.get(product_id)
        if product is None:
            raise CsmError(422, "PRODUCT_NOT_FOUND", f"Product {product_id} does not exist.")
        products.append(product)
    return products


def create_entitlement(
    store: CsmStore, product: Product, entity_type: EntityType, entity_id: str
) -> Entitlement:
    for existing in store.entitlements_of(entity_type, entity_id):
        if existing.product_id == product.id:
            raise CsmError(
                409,
                "ENTITLEMENT_ALREADY_EXISTS",
                f"{entity_type.title()} {entity_id} is already entitled to '{product.name}' ({existing.id}).",
            )
    entitlement = Entitlement(store.new_uuid(), product.id, entity_type, entity_id)
    store.entitlements[entitlement.id] = entitlement
    return entitlement


def entitle(store: CsmStore, products: list[Product], entity_type: EntityType, entity_id: str) -> None:
    """Profile associations: entitle to each product not yet entitled to."""
    held = {e.product_id for e in store.entitlements_of(entity_type, entity_id)}
    for product in products:
        if product.id not in held:
            create_entitlement(store, product, entity_type, entity_id)


def _product_filter(request: SandboxRequest) -> str | None:
    product_id = request.query.get("product")
    return product_id if isinstance(product_id, str) and product_id else None


@csm_operation("getOrganizationEntitlements")
def get_organization_entitlements(request: SandboxRequest, store: CsmStore) -> Reply:
    organization = store.organization(request.path["organizationId"])
    product_id = _product_filter(request)
    entitlements = [
        e
        for e in store.entitlements_of("ORGANIZATION", organization.id)
        if product_id in (None, e.product_id)
    ]
    return 200, [entitlement_json(store, e) for e in entitlements]


@csm_operation("createOrganizationEntitlement")
def create_organization_entitlement(request: SandboxRequest, store: CsmStore) -> Reply:
    organization = store.organization(request.path["organizationId"])
    [product] = referenced_products(store, [required_text(body_of(request).get("productId"), "productId")])
    return 200, entitlement_json(store, create_entitlement(store, product, "ORGANIZATION", organization.id))


@csm_operation("getCustomerEntitlements")
def get_customer_entitlements(request: SandboxRequest, store: CsmStore) -> Reply:
    customer = store.customer(request.path["customerId"])
    product_id = _product_filter(request)
    # Their own entitlements, then those inherited from each organization they are in.
    entitlements = store.entitlements_of("CUSTOMER", customer.id)
    for organization in store.organizations_of(customer.id):
        entitlements += store.entitlements_of("ORGANIZATION", organization.id)
    return 200, [entitlement_json(store, e) for e in entitlements if product_id in (None, e.product_id)]


@csm_operation("createCustomerEntitlement")
def create_customer_entitlement(request: SandboxRequest, store: CsmStore) -> Reply:
    customer = store.customer(request.path["customerId"])
    [product] = referenced_products(store, [required_text(body_of(request).get("productId"), "productId")])
    return 200, entitlement_json(store, create_entitlement(store, product, "CUSTOMER", customer.id))


@csm_operation("getEntitlement")
def get_entitlement(request: SandboxRequest, store: CsmStore) -> Reply:
    return 200, entitlement_json(store, store.entitlement(request.path["entitlementId"]))


@csm_operation("deleteEntitlement")
def delete_entitlement(request: SandboxRequest, store: CsmStore) -> Reply:
    entitlement = store.entitlement(request.path["entitlementId"])
    del store.entitlements[entitlement.id]  # its detail values live on it, so they go with it
    return 204, None
