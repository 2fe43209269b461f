"""CSM entitlements (specs/csm.yaml, tag Entitlements): an entitlement links a product to an organization or
a customer and holds entitlement detail values. The entitlement actions of the catalog tools (catalog.py
declares the tools)."""

from __future__ import annotations

from typing import Any

from csm_client.api.customers import create_customer_entitlement, get_customer_entitlements
from csm_client.api.entitlements import delete_entitlement, get_entitlement, set_entitlement_detail
from csm_client.api.organizations import create_organization_entitlement, get_organization_entitlements
from csm_client.models import (
    CreateEntitlementRequest,
    SetDetailFieldValueRequest,
)
from csm_client.types import UNSET

from ...calls import ToolCall, to_data
from ...errors import NotFound, ToolFailure
from ...results import ToolResult, describe, listing, per_item
from .common import detail_values, resolve_customer, resolve_organization, resolve_organizations
from .products import resolve_product

ENTITLEMENT_KEYS = ("product", "entityType", "entityId", "id")  # details: see entitlement_line
_FIND_ENTITLEMENT = "csm_catalog_read action=list_entitlements lists an organization's or customer's."


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


def details_text(details: dict[str, list[str]]) -> str:
    """Detail values as text reads them: `name: value, value` per field, fields apart by "; "."""
    return "; ".join(f"{name}: {', '.join(values) or '(empty)'}" for name, values in details.items())


def entitlement_line(view: dict[str, Any]) -> str:
    """An entitlement_view in one line: product, holder and id, then its detail values if any."""
    details = details_text(view.get("details") or {})
    return describe(view, ENTITLEMENT_KEYS) + (f", details: {details}" if details else "")


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


# -- entitlements: read ----------------------------------------------------------------------------


async def get_one_entitlement(call: ToolCall) -> ToolResult:
    found = await call.hinted(_FIND_ENTITLEMENT).api(get_entitlement, entitlement_id=call.arg("entitlement"))
    view = entitlement_view(found)
    return ToolResult({"item": view}, f"Entitlement: {entitlement_line(view)}")


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
        line=entitlement_line,
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
            result = await call.hinted("csm_detail_fields_read entity=entitlement lists the fields.").api(
                set_entitlement_detail,
                entitlement_id=entitlement_id,
                field_name=field_name,
                body=SetDetailFieldValueRequest(values=list(values)),
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
            gone = gone and isinstance(failure, NotFound)
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
                raise NotFound(f"{kind} {text} is {reason}.")
            found += own
        except ToolFailure as failure:
            missing.append({"item": text, "error": str(failure)})
            gone = gone and isinstance(failure, NotFound)
    unique = list({view["id"]: view for view in found}.values())
    return unique, missing, gone


async def delete_entitlements(call: ToolCall) -> ToolResult:
    doomed, missing, gone = await doomed_entitlements(call)
    if not doomed:
        return call.nothing_left("Nothing to delete: " + "; ".join(m["error"] for m in missing), gone)
    lines = "".join(
        f"\n- {v['product']} of {v['entityType']} {v['entityId']} ({v['id']}"
        + (f"; details: {details_text(v['details'])})" if v["details"] else ")")
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
            await call.hinted(_FIND_ENTITLEMENT).api(delete_entitlement, entitlement_id=view["id"])
            deleted.append(view)
        except ToolFailure as failure:
            failures.append({"item": view["id"], "error": str(failure)})
    text = f"Deleted {len(deleted)} of {len(doomed) + len(missing)} entitlement(s).{failed_lines(failures)}"
    return per_item(text, deleted, failures)
