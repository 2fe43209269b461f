"""Listing every organization and an organization's customers, through the Jira Service Management API
(specs/jira-groups.yaml, tag Service desk organizations): the CSM API itself cannot list either, and JSM's
organizations and customers are the CSM ones (same ids).

An action that calls these declares listServiceDeskOrganizations, or listServiceDeskOrganizationUsers and
fetchOrganizations (to resolve an organization name).
"""

from __future__ import annotations

from typing import Any

from jira_groups_client.api.service_desk_organizations import (
    list_service_desk_organization_users,
    list_service_desk_organizations,
)
from jira_groups_client.types import UNSET

from ...calls import ToolCall, to_data
from ...errors import ToolFailure
from ...results import ToolResult, listing
from .common import remember_customer, resolve_organization

PAGE_MAXIMUM = 50  # the servicedeskapi's largest page


def _page_position(call: ToolCall) -> int:
    start = call.page_position() or 0
    if not isinstance(start, int) or start < 0:
        raise ToolFailure("cursor is not a next_cursor from this listing; call again without cursor.")
    return start


def _next(call: ToolCall, page: Any, start: int, count: int) -> str | None:
    last = page.is_last_page if page.is_last_page is not UNSET else count == 0
    return None if last or not count else call.next_cursor(start + count)


async def all_organizations(call: ToolCall) -> ToolResult:
    """Every organization (id and name), a page at a time."""
    start = _page_position(call)
    page = await call.api(list_service_desk_organizations, start=start, limit=min(call.limit, PAGE_MAXIMUM))
    items = [{"id": o.id, "name": o.name} for o in (page.values or []) if o.id is not UNSET]
    return listing("Organizations", items, ("name", "id"), next_cursor=_next(call, page, start, len(items)))


async def organization_customers(call: ToolCall) -> ToolResult:
    """The customers of one organization (id, name, email where visible), a page at a time."""
    wanted = list(dict.fromkeys(t.strip() for t in call.arg("organizations") if t.strip()))
    if len(wanted) != 1:
        raise ToolFailure("action=customers takes exactly one organization in organizations.")
    organization_id = await resolve_organization(call, wanted[0])
    if not organization_id.isdigit():
        raise ToolFailure(f"Organization id {organization_id!r} is not numeric; pass the id the API shows.")
    start = _page_position(call)
    page = await call.hinted("Check the organization id with csm_organizations_read action=list.").api(
        list_service_desk_organization_users,
        int(organization_id),
        start=start,
        limit=min(call.limit, PAGE_MAXIMUM),
    )
    items: list[dict[str, Any]] = []
    for user in page.values or []:
        raw = to_data(user)
        customer = {
            "id": raw.get("accountId"),
            "displayName": raw.get("displayName"),
            "email": raw.get("emailAddress"),
            "active": raw.get("active"),
        }
        customer = {key: value for key, value in customer.items() if value not in (None, "")}
        remember_customer(call, customer)
        items.append(customer)
    return listing(
        f"Customers of organization {wanted[0]} ({organization_id})",
        items,
        ("displayName", "id", "email"),
        next_cursor=_next(call, page, start, len(items)),
        organization={"id": organization_id},
    )
