"""Organizations and their profiles (details, member customers, product entitlements)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...registry import HandlerTable, Reply, SandboxRequest
from .catalog import delete_entitlements_where, profile_entitlement_json
from .common import body_of, deleting, required_text, store_operations, too_many
from .detail_fields import profile_details_json, values_json
from .profiles import ProfileChange
from .store import CsmError, CsmStore, Organization

HANDLERS = HandlerTable()
csm_operation = store_operations(HANDLERS)

MAX_FETCHED_ORGANIZATIONS = 50
MAX_FETCHED_PROFILES = 25


def organization_json(organization: Organization) -> dict[str, Any]:
    return {"id": organization.id, "name": organization.name}


def profile_json(store: CsmStore, organization: Organization) -> dict[str, Any]:
    return {
        "id": organization.id,
        "name": organization.name,
        "details": profile_details_json(store, "organization", organization.details),
        "entitlements": [
            profile_entitlement_json(store, e) for e in store.entitlements_of("ORGANIZATION", organization.id)
        ],
        "customers": [{"id": customer_id} for customer_id in organization.customer_ids],
    }


# -- operations shared with the bulk endpoints ------------------------------------------------------------


def ensure_name_free(store: CsmStore, name: str, except_id: str | None = None) -> None:
    existing = store.organization_named(name)
    if existing is not None and existing.id != except_id:
        raise CsmError(
            409,
            "NAME_ALREADY_EXISTS",
            f"An organization with this name already exists: '{existing.name}' ({existing.id}).",
        )


def create_organization(store: CsmStore, name: Any) -> Organization:
    name = required_text(name, "name")
    ensure_name_free(store, name)
    organization = Organization(store.new_organization_id(), name)
    store.organizations[organization.id] = organization
    return organization


def rename_organization(store: CsmStore, organization: Organization, name: Any) -> Organization:
    name = required_text(name, "name")
    ensure_name_free(store, name, except_id=organization.id)
    organization.name = name
    return organization


def delete_organization(store: CsmStore, organization: Organization) -> None:
    # Its entitlements go with it; its customers stay, just no longer members.
    delete_entitlements_where(store, entity_id=organization.id)
    del store.organizations[organization.id]


def _fetched(store: CsmStore, body: Mapping[str, Any], limit: int) -> list[Organization]:
    """Organizations by id, then by name, each once; unknown ones omitted."""
    ids = [i for i in body.get("organizationIds") or [] if isinstance(i, str)]
    names = [n for n in body.get("organizationNames") or [] if isinstance(n, str)]
    if len(ids) + len(names) > limit:
        raise too_many("organizations", limit, len(ids) + len(names))
    found = [store.organizations.get(i) for i in ids] + [store.organization_named(n) for n in names]
    return list({o.id: o for o in found if o is not None}.values())


# -- handlers ---------------------------------------------------------------------------------------------


@csm_operation("getOrganization")
def get_organization(request: SandboxRequest, store: CsmStore) -> Reply:
    organization = store.organization(request.path["organizationId"])
    return 200, organization_json(organization) | {
        "details": values_json(store, "organization", organization.details)
    }


@csm_operation("createOrganization")
def create_organization_handler(request: SandboxRequest, store: CsmStore) -> Reply:
    return 200, organization_json(create_organization(store, body_of(request).get("name")))


@csm_operation("updateOrganization")
def update_organization(request: SandboxRequest, store: CsmStore) -> Reply:
    organization = store.organization(request.path["organizationId"])
    return 200, organization_json(rename_organization(store, organization, body_of(request).get("name")))


csm_operation("deleteOrganization")(deleting(CsmStore.organization, "organizationId", delete_organization))


@csm_operation("fetchOrganizations")
def fetch_organizations(request: SandboxRequest, store: CsmStore) -> Reply:
    found = _fetched(store, body_of(request), MAX_FETCHED_ORGANIZATIONS)
    return 200, {"organizations": [organization_json(o) for o in found]}


@csm_operation("getOrganizationProfile")
def get_organization_profile(request: SandboxRequest, store: CsmStore) -> Reply:
    return 200, profile_json(store, store.organization(request.path["organizationId"]))


@csm_operation("createOrganizationProfile")
def create_organization_profile(request: SandboxRequest, store: CsmStore) -> Reply:
    body = body_of(request)
    name = required_text(body.get("name"), "name")
    ensure_name_free(store, name)
    change = ProfileChange.checked(store, "organization", body)
    organization = create_organization(store, name)
    change.apply(store, organization)
    return 200, profile_json(store, organization)


@csm_operation("fetchOrganizationProfiles")
def fetch_organization_profiles(request: SandboxRequest, store: CsmStore) -> Reply:
    found = _fetched(store, body_of(request), MAX_FETCHED_PROFILES)
    return 200, {"profiles": [profile_json(store, o) for o in found]}
