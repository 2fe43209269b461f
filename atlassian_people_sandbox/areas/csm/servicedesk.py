"""The Jira Service Management organization listings (/rest/servicedeskapi/organization, .../{id}/user).

JSM organizations and their customers are the CSM ones, so these read the same CsmStore: an organization
created through CSM is listed here with the same id, and its customers are the organization's members.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode, urlsplit

from ...pagination import start_at
from ...registry import HandlerTable, Reply, SandboxRequest
from .common import shows_email, store_operations
from .store import CsmError, CsmStore, Customer, Organization

HANDLERS = HandlerTable()
csm_operation = store_operations(HANDLERS)

PAGE_DEFAULT = 50
PAGE_MAXIMUM = 50  # the servicedeskapi caps its pages at 50


def _site(request: SandboxRequest) -> str:
    parts = urlsplit(request.base_url)
    return f"{parts.scheme}://{parts.netloc}"


def _paged(request: SandboxRequest, path: str, items: Sequence[Any]) -> tuple[dict[str, Any], list[Any]]:
    """The servicedeskapi page envelope (without values) and the items of the requested page."""
    page, first, size, is_last = start_at(
        items,
        start_at=request.query.get("start"),
        max_results=request.query.get("limit"),
        default=PAGE_DEFAULT,
        maximum=PAGE_MAXIMUM,
    )
    site = _site(request)
    links: dict[str, Any] = {"base": f"{site}/rest/servicedeskapi", "context": ""}
    extra = [("accountId", request.query["accountId"])] if request.query.get("accountId") else []
    if not is_last:
        links["next"] = f"{site}{path}?{urlencode([*extra, ('start', first + size), ('limit', size)])}"
    if first > 0:
        links["prev"] = (
            f"{site}{path}?{urlencode([*extra, ('start', max(0, first - size)), ('limit', size)])}"
        )
    envelope = {
        "_expands": [],
        "size": len(page),
        "start": first,
        "limit": size,
        "isLastPage": is_last,
        "_links": links,
    }
    return envelope, page


def _by_id(organizations: Sequence[Organization]) -> list[Organization]:
    return sorted(organizations, key=lambda o: (int(o.id) if o.id.isdigit() else 1 << 31, o.id))


@csm_operation("listServiceDeskOrganizations")
def list_service_desk_organizations(request: SandboxRequest, store: CsmStore) -> Reply:
    principal = request.principal
    organizations = list(store.organizations.values())
    account_id = request.query.get("accountId")
    if account_id:
        if "jsm-agent" not in principal.roles:
            raise CsmError(403, "FORBIDDEN", "Filtering organizations by accountId needs an agent licence.")
        organizations = store.organizations_of(account_id)
    if "jsm-agent" not in principal.roles:
        # A customer sees only the organizations they belong to.
        organizations = store.organizations_of(principal.account_id)
    site = _site(request)
    envelope, page = _paged(request, "/rest/servicedeskapi/organization", _by_id(organizations))
    values = [
        {
            "id": o.id,
            "name": o.name,
            "scimManaged": False,
            "_links": {"self": f"{site}/rest/servicedeskapi/organization/{o.id}"},
        }
        for o in page
    ]
    return 200, envelope | {"values": values}


def _user_json(request: SandboxRequest, customer: Customer, with_email: bool) -> dict[str, Any]:
    site = _site(request)
    user_url = f"{site}/rest/api/2/user?{urlencode({'accountId': customer.id})}"
    found: dict[str, Any] = {
        "accountId": customer.id,
        "displayName": customer.display_name,
        "active": True,
        "_links": {
            "self": user_url,
            "jiraRest": user_url,
            "avatarUrls": {
                size: f"{site}/secure/useravatar?{urlencode({'ownerId': customer.id, 'size': size})}"
                for size in ("16x16", "24x24", "32x32", "48x48")
            },
        },
    }
    if with_email:  # hidden otherwise, as the CSM API hides it (privacy: email is restricted)
        found["emailAddress"] = customer.email
    account = request.state.directory.get(customer.id)
    if account is not None:
        found["timeZone"] = account.time_zone
        found["active"] = account.active
    return found


@csm_operation("listServiceDeskOrganizationUsers")
def list_service_desk_organization_users(request: SandboxRequest, store: CsmStore) -> Reply:
    organization_id = str(request.path["organizationId"])
    organization = store.organizations.get(organization_id)
    if organization is None:
        raise CsmError(404, "ORGANIZATION_NOT_FOUND", f"Organization {organization_id} does not exist.")
    members = [store.customers[i] for i in organization.customer_ids if i in store.customers]
    path = f"/rest/servicedeskapi/organization/{organization.id}/user"
    envelope, page = _paged(request, path, members)
    with_email = shows_email(request.principal)
    return 200, envelope | {"values": [_user_json(request, c, with_email) for c in page]}
