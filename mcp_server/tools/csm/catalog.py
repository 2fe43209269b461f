"""CSM products and entitlements (specs/csm.yaml, tags Products and Entitlements).

An entitlement links a product to an organization or a customer and holds entitlement detail values.
Products are accepted by name or id, organizations by name or id, customers by id (or an email already
seen in the call; see common.resolve_customer). The handlers are in products.py and entitlements.py.
"""

from __future__ import annotations

from csm_client.api.customers import create_customer_entitlement, get_customer_entitlements
from csm_client.api.entitlements import delete_entitlement, get_entitlement, set_entitlement_detail
from csm_client.api.organizations import create_organization_entitlement, get_organization_entitlements
from csm_client.api.products import create_product, delete_product, get_products, rename_product

from ...registry import PAGED, PAGING_PROPERTIES, Action, Effect, ToolDef
from ...toolsets import Toolset
from .common import DETAILS as DETAIL_PAIRS
from .common import resolve_customer, resolve_organizations
from .entitlements import (
    delete_entitlements,
    entitle,
    get_one_entitlement,
    list_entitlements,
    set_entitlement_details,
)
from .products import create, delete_one_product, get_one_product, list_products, rename, resolve_product

TOOLSET = Toolset.PRODUCTS
# Products and entitlements share tools (context budget); entitlement actions belong to their own toolset.
ENTITLEMENTS_TOOLSET = Toolset.ENTITLEMENTS

# The identifier resolvers (helpers that declare the endpoints they call).
PRODUCT_OPS = (resolve_product,)
ORGANIZATION_OPS = (resolve_organizations,)
CUSTOMER_OPS = (resolve_customer,)

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


# -- tools -----------------------------------------------------------------------------------------

HOLDER_OPS = (get_organization_entitlements, get_customer_entitlements, *ORGANIZATION_OPS, *CUSTOMER_OPS)

READ = ToolDef(
    name="csm_catalog_read",
    toolset=TOOLSET,
    effect=Effect.READ,
    title="Read CSM products and entitlements",
    description="CSM products, and entitlements: a product granted to an organization or a customer.",
    actions=(
        Action("list_products", (get_products,), list_products, optional=PAGED, doc="every product."),
        Action("get_product", PRODUCT_OPS, get_one_product, required=("product",), doc="one product."),
        Action(
            "get_entitlement",
            (get_entitlement,),
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
            (create_product, get_products),
            create,
            required=("name",),
            doc="a product named name.",
        ),
        Action(
            "rename_product",
            (rename_product, *PRODUCT_OPS),
            rename,
            required=("product", "name"),
            doc="renames product to name.",
        ),
        Action(
            "entitle",
            (
                create_organization_entitlement,
                create_customer_entitlement,
                set_entitlement_detail,
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
            (set_entitlement_detail,),
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
            (delete_product, *PRODUCT_OPS),
            delete_one_product,
            required=("product",),
            doc="product and every entitlement to it, of every organization and customer.",
        ),
        Action(
            "delete_entitlements",
            (delete_entitlement, get_entitlement, *HOLDER_OPS, *PRODUCT_OPS),
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
