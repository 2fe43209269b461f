"""CSM customers end to end: accounts, profiles, search by detail field, entitlements."""

from __future__ import annotations

from typing import Any

import csm_client
from conftest import csm_client_for
from csm_client.api.customers import (
    create_customer_account,
    create_customer_entitlement,
    create_customer_profile,
    delete_customer_account,
    fetch_customer_profiles,
    get_customer,
    get_customer_account,
    get_customer_entitlements,
    get_customer_profile,
    search_customers_by_detail_field,
    set_customer_detail,
    update_customer_account,
)
from csm_client.api.organizations import get_organization_profile
from csm_client.models import (
    AssociateOrganizations,
    AssociateProducts,
    CreateCustomerAccountRequest,
    CreateCustomerProfileRequest,
    CreateEntitlementRequest,
    FetchCustomerProfilesRequest,
    ProfileDetailFieldValueRequest,
    SearchCustomersByDetailFieldRequest,
    SetDetailFieldValueRequest,
    UpdateCustomerAccountRequest,
)
from csm_client.types import Response

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import AGENT_EMAIL, AGENT_TOKEN


def ok(response: Response[Any], status: int = 200) -> Any:
    assert response.status_code == status, response.content
    return response.parsed


def test_customer_account_lifecycle(csm: csm_client.Client) -> None:
    created = ok(
        create_customer_account.sync_detailed(
            client=csm,
            body=CreateCustomerAccountRequest(email="jane.doe@example.com", display_name="Jane Doe"),
        )
    )
    assert created.id.startswith("qm:") and created.email == "jane.doe@example.com"
    assert ok(get_customer_account.sync_detailed(created.id, client=csm)).to_dict() == created.to_dict()

    updated = ok(
        update_customer_account.sync_detailed(
            created.id, client=csm, body=UpdateCustomerAccountRequest(display_name="Jane Q. Doe")
        )
    )
    assert updated.display_name == "Jane Q. Doe"
    customer = ok(get_customer.sync_detailed(created.id, client=csm)).to_dict()
    assert customer == {
        "id": created.id,
        "displayName": "Jane Q. Doe",
        "email": "jane.doe@example.com",
        "details": [],
    }
    profile = ok(get_customer_profile.sync_detailed(created.id, client=csm)).to_dict()
    assert profile["organizations"] == [] and profile["entitlements"] == [] and profile["details"] == []

    ok(delete_customer_account.sync_detailed(created.id, client=csm), 204)
    for operation in (get_customer_account, get_customer, get_customer_profile, delete_customer_account):
        assert operation.sync_detailed(created.id, client=csm).status_code == 404


def test_customer_account_validation(csm: csm_client.Client) -> None:
    body = CreateCustomerAccountRequest(email="dup@example.com")
    first = ok(create_customer_account.sync_detailed(client=csm, body=body))
    assert first.display_name == "dup@example.com"  # no name given: shown by email
    again = create_customer_account.sync_detailed(
        client=csm, body=CreateCustomerAccountRequest(email="DUP@example.com")
    )
    assert again.status_code == 409 and first.id in again.content.decode()
    bad = create_customer_account.sync_detailed(
        client=csm, body=CreateCustomerAccountRequest(email="not-an-email")
    )
    assert bad.status_code == 400 and "not-an-email" in bad.content.decode()
    blank = update_customer_account.sync_detailed(
        first.id, client=csm, body=UpdateCustomerAccountRequest(display_name=" ")
    )
    assert blank.status_code == 400


def test_email_is_restricted_to_jira_admins(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    customer_id = next(iter(sandbox.sandbox.state.csm.customers))
    agent = csm_client_for(sandbox, (AGENT_EMAIL, AGENT_TOKEN))
    assert ok(get_customer_account.sync_detailed(customer_id, client=csm)).email
    assert ok(get_customer_account.sync_detailed(customer_id, client=agent)).email is None
    assert ok(get_customer_profile.sync_detailed(customer_id, client=agent)).email is None


def search(client: csm_client.Client, field: str, value: str, **paging: int) -> Response[Any]:
    body = SearchCustomersByDetailFieldRequest(field_name=field, value=value)
    return search_customers_by_detail_field.sync_detailed(client=client, body=body, **paging)


def test_search_by_detail_field_walks_every_page(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.csm
    tier = next(f for f in store.fields["customer"].values() if f.name == "Tier")
    gold = [c.id for c in store.customers.values() if c.details.get(tier.id) == ["Gold"]]
    assert len(gold) >= 3, "the seed should hold several Gold customers"

    seen: list[str] = []
    page = 1
    while True:
        result = ok(search(csm, "Tier", "Gold", page=page, max_results=2))
        assert (result.page, result.max_results, result.total) == (page, 2, len(gold))
        seen += [c.id for c in result.results]
        if result.is_last:
            break
        assert len(result.results) == 2
        page += 1
    assert seen == gold
    assert ok(search(csm, "Tier", "Gold", page=page + 1, max_results=2)).results == []

    # A customer whose tier is set to Gold shows up; the default page holds everyone.
    newcomer = ok(
        create_customer_account.sync_detailed(
            client=csm, body=CreateCustomerAccountRequest(email="g@example.com")
        )
    )
    body = SetDetailFieldValueRequest(values=["Gold"])
    ok(set_customer_detail.sync_detailed(newcomer.id, client=csm, field_name="Tier", body=body))
    everyone = ok(search(csm, "tier", "gold"))
    assert (everyone.page, everyone.max_results, everyone.is_last) == (1, 50, True)
    assert [c.id for c in everyone.results] == [*gold, newcomer.id]


def test_search_errors(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    unknown = search(csm, "Shoe size", "9")
    assert unknown.status_code == 422 and "Shoe size" in unknown.content.decode()
    assert search(csm, "Tier", "Gold", page=0).status_code == 400
    assert ok(search(csm, "Tier", "Gold", max_results=0)).max_results == 50
    assert ok(search(csm, "Tier", "Gold", max_results=500)).max_results == 100
    agent = csm_client_for(sandbox, (AGENT_EMAIL, AGENT_TOKEN))
    assert all(c.email is None for c in ok(search(agent, "Tier", "Bronze")).results)


def test_customer_profile_for_new_and_existing_customers(
    csm: csm_client.Client, sandbox: SandboxServer
) -> None:
    store = sandbox.sandbox.state.csm
    organization_id, product_id = next(iter(store.organizations)), next(iter(store.products))
    profile = ok(
        create_customer_profile.sync_detailed(
            client=csm,
            body=CreateCustomerProfileRequest(
                email="ravi.iyer@example.com",
                display_name="Ravi Iyer",
                details=[ProfileDetailFieldValueRequest(name="Region", values=["AU"])],
                associate_organizations=AssociateOrganizations(organization_ids=[organization_id]),
                associate_products=AssociateProducts(product_ids=[product_id]),
            ),
        )
    ).to_dict()
    assert profile["details"] == [{"name": "Region", "value": {"type": "SELECT", "text": ["AU"]}}]
    assert [o["id"] for o in profile["organizations"]] == [organization_id]
    assert [(e["product"]["id"], e["entitledEntity"]) for e in profile["entitlements"]] == [
        (product_id, {"id": profile["id"], "type": "CUSTOMER"})
    ]
    organization = ok(get_organization_profile.sync_detailed(organization_id, client=csm)).to_dict()
    assert {"id": profile["id"]} in organization["customers"]

    duplicate = CreateCustomerProfileRequest(email="Ravi.Iyer@example.com")
    assert create_customer_profile.sync_detailed(client=csm, body=duplicate).status_code == 409
    assert (
        create_customer_profile.sync_detailed(client=csm, body=CreateCustomerProfileRequest()).status_code
        == 400
    )
    ghost = CreateCustomerProfileRequest(customer_id="qm:ghost")
    assert create_customer_profile.sync_detailed(client=csm, body=ghost).status_code == 422

    account = ok(
        create_customer_account.sync_detailed(
            client=csm, body=CreateCustomerAccountRequest(email="x@example.com")
        )
    )
    existing = CreateCustomerProfileRequest(
        customer_id=account.id, details=[ProfileDetailFieldValueRequest(name="Tier", values=["Silver"])]
    )
    updated = ok(create_customer_profile.sync_detailed(client=csm, body=existing)).to_dict()
    assert updated["id"] == account.id and updated["details"][0]["value"]["text"] == ["Silver"]

    fetched = ok(
        fetch_customer_profiles.sync_detailed(
            client=csm,
            body=FetchCustomerProfilesRequest(customer_ids=[account.id, "qm:ghost", profile["id"]]),
        )
    )
    assert [p.id for p in fetched.profiles] == [account.id, profile["id"]]
    too_many = FetchCustomerProfilesRequest(customer_ids=[f"qm:{n}" for n in range(26)])
    assert fetch_customer_profiles.sync_detailed(client=csm, body=too_many).status_code == 422


def test_customer_entitlements_include_their_organizations(
    csm: csm_client.Client, sandbox: SandboxServer
) -> None:
    store = sandbox.sandbox.state.csm
    organization = next(o for o in store.organizations.values() if o.customer_ids)
    customer_id = organization.customer_ids[0]
    inherited = {e.id for e in store.entitlements_of("ORGANIZATION", organization.id)}
    own_product = next(
        p
        for p in store.products
        if p not in {e.product_id for e in store.entitlements_of("CUSTOMER", customer_id)}
    )
    created = ok(
        create_customer_entitlement.sync_detailed(
            customer_id, client=csm, body=CreateEntitlementRequest(product_id=own_product)
        )
    )
    assert created.entitled_entity.to_dict() == {"id": customer_id, "type": "CUSTOMER"}
    listed = ok(get_customer_entitlements.sync_detailed(customer_id, client=csm))
    ids = {e.id for e in listed}
    assert created.id in ids and inherited <= ids
    filtered = ok(get_customer_entitlements.sync_detailed(customer_id, client=csm, product=own_product))
    assert created.id in {e.id for e in filtered} and {e.product.id for e in filtered} == {own_product}
    again = create_customer_entitlement.sync_detailed(
        customer_id, client=csm, body=CreateEntitlementRequest(own_product)
    )
    assert again.status_code == 409
    assert get_customer_entitlements.sync_detailed("qm:ghost", client=csm).status_code == 404

    # Deleting the customer deletes their own entitlements and memberships.
    ok(delete_customer_account.sync_detailed(customer_id, client=csm), 204)
    assert created.id not in store.entitlements and customer_id not in organization.customer_ids
