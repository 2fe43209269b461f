"""JSM organization listings and Jira user search, end to end against the sandbox (responses checked against
the spec). JSM organizations are the CSM ones: what CSM creates, the JSM listings show."""

from __future__ import annotations

import json
from typing import Any

import csm_client
import jira_groups_client
from conftest import jira_client
from csm_client.api.organizations import create_organization_profile
from csm_client.models import CreateOrganizationProfileRequest
from jira_groups_client.api.service_desk_organizations import (
    list_service_desk_organization_users,
    list_service_desk_organizations,
)
from jira_groups_client.api.users import find_jira_users

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import AGENT_EMAIL, AGENT_TOKEN, CUSTOMER_EMAIL, CUSTOMER_TOKEN


def body(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.content
    return json.loads(response.content)


def every_organization(jira: jira_groups_client.Client, limit: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    start = 0
    while True:
        page = body(list_service_desk_organizations.sync_detailed(client=jira, start=start, limit=limit))
        assert page["size"] == len(page["values"]) <= limit
        found += page["values"]
        if page["isLastPage"]:
            assert "next" not in page["_links"]
            return found
        assert f"start={start + limit}" in page["_links"]["next"]
        start += limit


def test_organizations_page_through_the_csm_organizations(
    jira: jira_groups_client.Client, sandbox: SandboxServer
) -> None:
    store = sandbox.sandbox.state.csm
    listed = every_organization(jira, limit=3)
    assert [o["id"] for o in listed] == sorted(store.organizations, key=int)
    assert {o["id"]: o["name"] for o in listed} == {o.id: o.name for o in store.organizations.values()}


def test_organization_created_through_csm_is_listed_with_its_customers(
    jira: jira_groups_client.Client, csm: csm_client.Client, sandbox: SandboxServer
) -> None:
    store = sandbox.sandbox.state.csm
    customers = list(store.customers)[:2]
    made = body(
        create_organization_profile.sync_detailed(
            client=csm,
            body=CreateOrganizationProfileRequest.from_dict(
                {"name": "Listing Test Ltd", "associateCustomers": {"customerIds": customers}}
            ),
        )
    )
    assert made["id"] in {o["id"] for o in every_organization(jira, limit=50)}
    page = body(list_service_desk_organization_users.sync_detailed(int(made["id"]), client=jira))
    assert [u["accountId"] for u in page["values"]] == customers
    assert page["values"][0]["emailAddress"] == store.customers[customers[0]].email  # admin sees emails


def test_organization_users_page_and_unknown_organization(
    jira: jira_groups_client.Client, sandbox: SandboxServer
) -> None:
    store = sandbox.sandbox.state.csm
    organization = max(store.organizations.values(), key=lambda o: len(o.customer_ids))
    first = body(
        list_service_desk_organization_users.sync_detailed(int(organization.id), client=jira, limit=1)
    )
    assert first["size"] == 1 and first["isLastPage"] is (len(organization.customer_ids) == 1)
    assert first["values"][0]["accountId"] == organization.customer_ids[0]
    missing = list_service_desk_organization_users.sync_detailed(99999, client=jira)
    assert missing.status_code == 404


def test_a_customer_sees_only_their_own_organizations(sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.csm
    customer_id = next(c.id for c in store.customers.values() if c.email == CUSTOMER_EMAIL)
    own = {o.id for o in store.organizations_of(customer_id)}
    as_customer = jira_client(sandbox, (CUSTOMER_EMAIL, CUSTOMER_TOKEN))
    listed = body(list_service_desk_organizations.sync_detailed(client=as_customer))
    assert {o["id"] for o in listed["values"]} == own
    # Reading an organization's users needs an agent.
    denied = list_service_desk_organization_users.sync_detailed(1, client=as_customer)
    assert denied.status_code == 403
    agent = jira_client(sandbox, (AGENT_EMAIL, AGENT_TOKEN))
    filtered = body(list_service_desk_organizations.sync_detailed(client=agent, account_id=customer_id))
    assert {o["id"] for o in filtered["values"]} == own


def test_user_search_matches_word_prefixes_of_names_and_emails(
    jira: jira_groups_client.Client, sandbox: SandboxServer
) -> None:
    by_name = body(find_jira_users.sync_detailed(client=jira, query="Avery Admin"))
    assert [u["displayName"] for u in by_name] == ["Avery Admin"]
    assert by_name[0]["accountId"] == "5b10ac8d82e05b22cc7d4ef5"
    by_word = body(find_jira_users.sync_detailed(client=jira, query="adm"))
    assert "Avery Admin" in {u["displayName"] for u in by_word}
    by_email = body(find_jira_users.sync_detailed(client=jira, query="AGENT@example.com"))
    assert [u["emailAddress"] for u in by_email] == [AGENT_EMAIL]
    assert body(find_jira_users.sync_detailed(client=jira, query="zzz-nobody")) == []
    by_id = body(find_jira_users.sync_detailed(client=jira, account_id="5b10ac8d82e05b22cc7d4ef5"))
    assert [u["displayName"] for u in by_id] == ["Avery Admin"]


def test_user_search_pages_and_needs_a_criterion(
    jira: jira_groups_client.Client, sandbox: SandboxServer
) -> None:
    everyone = body(find_jira_users.sync_detailed(client=jira, query="example", max_results=1000))
    assert len(everyone) > 5
    second = body(find_jira_users.sync_detailed(client=jira, query="example", start_at=2, max_results=2))
    assert second == everyone[2:4]
    assert find_jira_users.sync_detailed(client=jira).status_code == 400


def test_user_search_without_browse_users_is_empty(sandbox: SandboxServer) -> None:
    as_customer = jira_client(sandbox, (CUSTOMER_EMAIL, CUSTOMER_TOKEN))
    assert body(find_jira_users.sync_detailed(client=as_customer, query="Avery")) == []
