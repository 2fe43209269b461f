"""CSM organizations and organization profiles end to end."""

from __future__ import annotations

from typing import Any

import csm_client
from csm_client.api.customers import get_customer_profile
from csm_client.api.entitlements import get_entitlement
from csm_client.api.organizations import (
    create_organization,
    create_organization_profile,
    delete_organization,
    fetch_organization_profiles,
    fetch_organizations,
    get_organization,
    get_organization_entitlements,
    get_organization_profile,
    update_organization,
)
from csm_client.models import (
    AssociateCustomers,
    AssociateProducts,
    CreateOrganizationProfileRequest,
    CreateOrganizationRequest,
    FetchOrganizationProfilesRequest,
    FetchOrganizationsRequest,
    ProfileDetailFieldValueRequest,
    UpdateOrganizationRequest,
)
from csm_client.types import Response

from atlassian_people_sandbox import SandboxServer


def ok(response: Response[Any], status: int = 200) -> Any:
    assert response.status_code == status, response.content
    return response.parsed


def test_organization_lifecycle(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    created = ok(
        create_organization.sync_detailed(
            client=csm, body=CreateOrganizationRequest(name="Acme Robotics GmbH")
        )
    )
    assert created.name == "Acme Robotics GmbH" and created.id.isdigit()

    fetched = ok(get_organization.sync_detailed(created.id, client=csm)).to_dict()
    assert fetched == {"id": created.id, "name": "Acme Robotics GmbH", "details": []}

    found = ok(
        fetch_organizations.sync_detailed(
            client=csm,
            body=FetchOrganizationsRequest(
                organization_ids=[created.id, "424242"], organization_names=["acme robotics gmbh"]
            ),
        )
    )
    assert [o.to_dict() for o in found.organizations] == [{"id": created.id, "name": "Acme Robotics GmbH"}]

    renamed = ok(
        update_organization.sync_detailed(
            created.id, client=csm, body=UpdateOrganizationRequest(name="Acme Robotics AG")
        )
    )
    assert renamed.name == "Acme Robotics AG"
    assert ok(get_organization_profile.sync_detailed(created.id, client=csm)).name == "Acme Robotics AG"

    ok(delete_organization.sync_detailed(created.id, client=csm), 204)
    assert get_organization.sync_detailed(created.id, client=csm).status_code == 404
    assert get_organization_profile.sync_detailed(created.id, client=csm).status_code == 404
    assert delete_organization.sync_detailed(created.id, client=csm).status_code == 404
    assert (
        update_organization.sync_detailed(
            created.id, client=csm, body=UpdateOrganizationRequest(name="X")
        ).status_code
        == 404
    )


def test_organization_names_are_unique(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    taken = next(iter(sandbox.sandbox.state.csm.organizations.values())).name
    duplicate = create_organization.sync_detailed(
        client=csm, body=CreateOrganizationRequest(name=taken.upper())
    )
    assert duplicate.status_code == 409 and "already exists" in duplicate.content.decode()
    other = ok(
        create_organization.sync_detailed(client=csm, body=CreateOrganizationRequest(name="Fresh Name Ltd"))
    )
    assert (
        update_organization.sync_detailed(
            other.id, client=csm, body=UpdateOrganizationRequest(name=taken)
        ).status_code
        == 409
    )
    assert (
        create_organization.sync_detailed(client=csm, body=CreateOrganizationRequest(name="   ")).status_code
        == 400
    )


def test_organization_profile_with_details_customers_and_products(
    csm: csm_client.Client, sandbox: SandboxServer
) -> None:
    store = sandbox.sandbox.state.csm
    customer_ids = list(store.customers)[:2]
    product_ids = list(store.products)[:2]
    profile = ok(
        create_organization_profile.sync_detailed(
            client=csm,
            body=CreateOrganizationProfileRequest(
                name="Initech Payments Inc.",
                details=[
                    ProfileDetailFieldValueRequest(name="Region", values=["EU"]),
                    ProfileDetailFieldValueRequest(name="Tier", values=["Gold"]),
                ],
                associate_customers=AssociateCustomers(customer_ids=customer_ids),
                associate_products=AssociateProducts(product_ids=[*product_ids, product_ids[0]]),
            ),
        )
    ).to_dict()
    assert profile["details"] == [
        {"name": "Region", "value": {"type": "SELECT", "text": ["EU"]}},
        {"name": "Tier", "value": {"type": "SELECT", "text": ["Gold"]}},
    ]
    assert [c["id"] for c in profile["customers"]] == customer_ids
    assert [e["product"]["id"] for e in profile["entitlements"]] == product_ids
    assert {e["entitledEntity"]["type"] for e in profile["entitlements"]} == {"ORGANIZATION"}

    assert ok(get_organization_profile.sync_detailed(profile["id"], client=csm)).to_dict() == profile
    member = ok(get_customer_profile.sync_detailed(customer_ids[0], client=csm)).to_dict()
    assert {"id": profile["id"], "name": "Initech Payments Inc."} in member["organizations"]
    entitlements = ok(
        get_organization_entitlements.sync_detailed(profile["id"], client=csm, product=product_ids[1])
    )
    assert [e.product.id for e in entitlements] == [product_ids[1]]

    fetched = ok(
        fetch_organization_profiles.sync_detailed(
            client=csm,
            body=FetchOrganizationProfilesRequest(organization_names=["Initech Payments Inc.", "Nobody"]),
        )
    )
    assert [p.to_dict() for p in fetched.profiles] == [profile]

    # Deleting the organization removes its entitlements and memberships, not its customers.
    entitlement_id = profile["entitlements"][0]["id"]
    ok(delete_organization.sync_detailed(profile["id"], client=csm), 204)
    assert get_entitlement.sync_detailed(entitlement_id, client=csm).status_code == 404
    member = ok(get_customer_profile.sync_detailed(customer_ids[0], client=csm)).to_dict()
    assert profile["id"] not in [o["id"] for o in member["organizations"]]


def test_invalid_profile_creates_nothing(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    before = sandbox.sandbox.state.csm.stats()

    def attempt(**changes: Any) -> Response[Any]:
        body = CreateOrganizationProfileRequest(name="Half Made Ltd", **changes)
        return create_organization_profile.sync_detailed(client=csm, body=body)

    bad_value = attempt(details=[ProfileDetailFieldValueRequest(name="Tier", values=["Diamond"])])
    assert bad_value.status_code == 422 and "Diamond" in bad_value.content.decode()
    assert attempt(details=[ProfileDetailFieldValueRequest(name="Nope", values=["x"])]).status_code == 422
    assert attempt(associate_customers=AssociateCustomers(customer_ids=["qm:ghost"])).status_code == 422
    assert attempt(associate_products=AssociateProducts(product_ids=["no-such-product"])).status_code == 422
    assert sandbox.sandbox.state.csm.stats() == before
    found = ok(
        fetch_organizations.sync_detailed(
            client=csm, body=FetchOrganizationsRequest(organization_names=["Half Made Ltd"])
        )
    )
    assert found.organizations == []


def test_fetch_limits(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    many = [str(n) for n in range(51)]
    assert (
        fetch_organizations.sync_detailed(
            client=csm, body=FetchOrganizationsRequest(organization_ids=many)
        ).status_code
        == 422
    )
    found = ok(
        fetch_organizations.sync_detailed(
            client=csm, body=FetchOrganizationsRequest(organization_ids=many[:50])
        )
    )
    assert [o.id for o in found.organizations] == list(
        sandbox.sandbox.state.csm.organizations
    )  # seeded ids 1..n
    body = FetchOrganizationProfilesRequest(organization_ids=many[:26])
    assert fetch_organization_profiles.sync_detailed(client=csm, body=body).status_code == 422
