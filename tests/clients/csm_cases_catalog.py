# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""The product, entitlement and task rows of the csm-client operation table (csm_cases)."""

from __future__ import annotations

from csm_checks import (
    check_detail_field,
    check_detail_field_list,
    check_detail_field_value,
    check_entitlement,
    check_no_content,
    check_product,
    check_product_page,
    check_task,
)
from csm_client.api.entitlements import (
    create_entitlement_detail_field,
    delete_entitlement,
    delete_entitlement_detail_field,
    edit_entitlement_detail_field,
    get_entitlement,
    get_entitlement_detail_fields,
    set_entitlement_detail,
)
from csm_client.api.products import create_product, delete_product, get_product, get_products, rename_product
from csm_client.api.tasks import get_task
from csm_client.models import CreateProductRequest, RenameProductRequest
from csm_support import (
    DETAIL_FIELD_BODY,
    EDIT_DETAIL_FIELD_BODY,
    ENTITLEMENT_FIELD,
    ENTITLEMENT_FIELD_PATH,
    ENTITLEMENT_ID,
    PRODUCT_ID,
    SET_DETAIL_BODY,
    TASK_ID,
    Case,
    detail_field_request,
    edit_detail_field_request,
    set_detail_request,
)

CATALOG_CASES: list[Case] = [
    # ------------------------------------------------------------------ products
    Case(
        "getProducts",  # limit has a spec default of 100, which the generated client always sends
        lambda c: get_products.sync_detailed(client=c),
        "GET",
        "/api/v1/product",
        check_product_page,
        params={"limit": ["100"]},
    ),
    Case(
        "getProducts",
        lambda c: get_products.sync_detailed(client=c, limit=10, cursor="cursor-page-2"),
        "GET",
        "/api/v1/product",
        check_product_page,
        params={"limit": ["10"], "cursor": ["cursor-page-2"]},
        variant="cursor",
    ),
    Case(
        "createProduct",
        lambda c: create_product.sync_detailed(client=c, body=CreateProductRequest(name="Acme Widget")),
        "POST",
        "/api/v1/product",
        check_product,
        body={"name": "Acme Widget"},
    ),
    Case(
        "getProduct",
        lambda c: get_product.sync_detailed(PRODUCT_ID, client=c),
        "GET",
        f"/api/v1/product/{PRODUCT_ID}",
        check_product,
    ),
    Case(
        "renameProduct",
        lambda c: rename_product.sync_detailed(
            PRODUCT_ID, client=c, body=RenameProductRequest(name="Acme Widget Pro")
        ),
        "PUT",
        f"/api/v1/product/{PRODUCT_ID}",
        lambda parsed: check_product(parsed, name="Acme Widget Pro"),
        body={"name": "Acme Widget Pro"},
    ),
    Case(
        "deleteProduct",
        lambda c: delete_product.sync_detailed(PRODUCT_ID, client=c),
        "DELETE",
        f"/api/v1/product/{PRODUCT_ID}",
        check_no_content,
    ),
    # ------------------------------------------------------------------ entitlements
    Case(
        "getEntitlementDetailFields",
        lambda c: get_entitlement_detail_fields.sync_detailed(client=c),
        "GET",
        "/api/v1/entitlement/details",
        check_detail_field_list,
    ),
    Case(
        "createEntitlementDetailField",
        lambda c: create_entitlement_detail_field.sync_detailed(client=c, body=detail_field_request()),
        "POST",
        "/api/v1/entitlement/details",
        check_detail_field,
        body=DETAIL_FIELD_BODY,
    ),
    Case(
        "editEntitlementDetailField",
        lambda c: edit_entitlement_detail_field.sync_detailed(
            ENTITLEMENT_FIELD, client=c, body=edit_detail_field_request()
        ),
        "PUT",
        f"/api/v1/entitlement/details/{ENTITLEMENT_FIELD_PATH}",
        check_detail_field,
        body=EDIT_DETAIL_FIELD_BODY,
    ),
    Case(
        "deleteEntitlementDetailField",
        lambda c: delete_entitlement_detail_field.sync_detailed(ENTITLEMENT_FIELD, client=c),
        "DELETE",
        f"/api/v1/entitlement/details/{ENTITLEMENT_FIELD_PATH}",
        check_no_content,
    ),
    Case(
        "getEntitlement",
        lambda c: get_entitlement.sync_detailed(ENTITLEMENT_ID, client=c),
        "GET",
        f"/api/v1/entitlement/{ENTITLEMENT_ID}",
        check_entitlement,
    ),
    Case(
        "deleteEntitlement",
        lambda c: delete_entitlement.sync_detailed(ENTITLEMENT_ID, client=c),
        "DELETE",
        f"/api/v1/entitlement/{ENTITLEMENT_ID}",
        check_no_content,
    ),
    Case(
        "setEntitlementDetail",
        lambda c: set_entitlement_detail.sync_detailed(
            ENTITLEMENT_ID, client=c, body=set_detail_request(), field_name=ENTITLEMENT_FIELD
        ),
        "PUT",
        f"/api/v1/entitlement/{ENTITLEMENT_ID}/details",
        check_detail_field_value,
        params={"fieldName": [ENTITLEMENT_FIELD]},
        body=SET_DETAIL_BODY,
    ),
    # ------------------------------------------------------------------ tasks
    Case(
        "getTask",
        lambda c: get_task.sync_detailed(TASK_ID, client=c),
        "GET",
        f"/api/v1/tasks/{TASK_ID}",
        check_task,
        experimental=True,
    ),
]
