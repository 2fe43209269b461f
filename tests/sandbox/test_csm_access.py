"""CSM access rules end to end: experimental opt-in and idempotency headers, auth, scopes and roles."""

from __future__ import annotations

import httpx
import pytest
from conftest import csm_client_for
from csm_client import AuthenticatedClient
from csm_client.api.organizations import (
    create_organization,
    create_organization_detail_field,
    get_organization_detail_fields,
)
from csm_client.api.products import create_product, get_products
from csm_client.api.tasks import get_task
from csm_client.models import (
    CreateDetailFieldRequest,
    CreateOrganizationRequest,
    CreateProductRequest,
    DetailFieldType,
    DetailFieldTypeName,
)

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import (
    ADMIN_EMAIL,
    ADMIN_TOKEN,
    AGENT_EMAIL,
    AGENT_TOKEN,
    CUSTOMER_EMAIL,
    CUSTOMER_TOKEN,
    READONLY_OAUTH_TOKEN,
)


def raw(sandbox: SandboxServer, auth: tuple[str, str] | None = (ADMIN_EMAIL, ADMIN_TOKEN)) -> httpx.Client:
    return httpx.Client(base_url=sandbox.csm_url, auth=httpx.BasicAuth(*auth) if auth else None)


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/api/v1/organization", {"name": "No Opt-in Ltd"}),
        ("GET", "/api/v1/organization/profile/1", None),
        ("GET", "/api/v1/tasks/some-task", None),
        ("POST", "/api/v1/customer/profile/fetch", {"customerIds": []}),
    ],
)
def test_experimental_operations_need_the_opt_in_header(
    sandbox: SandboxServer, method: str, path: str, body: dict[str, object] | None
) -> None:
    with raw(sandbox) as client:
        missing = client.request(method, path, json=body)
        wrong = client.request(method, path, json=body, headers={"X-ExperimentalApi": "yes please"})
    for response in (missing, wrong):
        assert response.status_code == 400, response.text
        error = response.json()
        assert "X-ExperimentalApi" in error["message"] and error["errors"][0]["status"] == 400
    assert sandbox.sandbox.state.csm.organization_named("No Opt-in Ltd") is None


def test_bulk_operations_need_an_idempotency_key(sandbox: SandboxServer) -> None:
    body = {"organizations": [{"operation": "CREATE", "name": "Keyless Ltd"}]}
    with raw(sandbox) as client:
        missing = client.post("/api/v1/organization/bulk", json=body, headers={"X-ExperimentalApi": "opt-in"})
        blank = client.post(
            "/api/v1/organization/bulk",
            json=body,
            headers={"X-ExperimentalApi": "opt-in", "Idempotency-Key": ""},
        )
    assert missing.status_code == 400 and "Idempotency-Key" in missing.json()["message"]
    assert blank.status_code == 400 and "Idempotency-Key" in blank.json()["message"]
    assert sandbox.sandbox.state.csm.stats()["tasks"] == 0


def test_request_bodies_are_validated_against_the_spec(sandbox: SandboxServer) -> None:
    with raw(sandbox) as client:
        unknown_type = client.post(
            "/api/v1/organization/details", json={"name": "Size", "type": {"name": "SHOE"}}
        )
        no_name = client.post("/api/v1/product", json={})
    assert unknown_type.status_code == 400 and "SHOE" in unknown_type.text
    assert no_name.status_code == 400 and "name" in no_name.text


def test_unauthenticated_requests_are_refused(sandbox: SandboxServer) -> None:
    with raw(sandbox, auth=None) as client:
        response = client.get("/api/v1/product")
    assert response.status_code == 401 and response.json()["errors"][0]["code"] == "UNAUTHORIZED"
    with raw(sandbox, auth=(ADMIN_EMAIL, "wrong-token")) as client:
        assert client.get("/api/v1/product").status_code == 401


def test_read_only_oauth_token_cannot_write(sandbox: SandboxServer) -> None:
    readonly = AuthenticatedClient(
        base_url=sandbox.csm_url, token=READONLY_OAUTH_TOKEN, raise_on_unexpected_status=True
    )
    assert get_products.sync_detailed(client=readonly).status_code == 200
    refused = create_product.sync_detailed(client=readonly, body=CreateProductRequest(name="Sneaky"))
    assert refused.status_code == 403 and "write:product:jira-service-management" in refused.content.decode()
    assert sandbox.sandbox.state.csm.stats()["products"] == len(sandbox.sandbox.state.csm.products)
    assert all(p.name != "Sneaky" for p in sandbox.sandbox.state.csm.products.values())


def test_portal_customer_lacks_csm_roles(sandbox: SandboxServer) -> None:
    customer = csm_client_for(sandbox, (CUSTOMER_EMAIL, CUSTOMER_TOKEN))
    body = CreateOrganizationRequest(name="Customer Made Ltd")
    refused = create_organization.sync_detailed(client=customer, body=body)
    assert refused.status_code == 403 and "csm-user" in refused.content.decode()
    assert get_organization_detail_fields.sync_detailed(client=customer).status_code == 403  # jira-admin
    assert get_task.sync_detailed("any", client=customer).status_code == 403
    assert sandbox.sandbox.state.csm.organization_named("Customer Made Ltd") is None


def test_agent_lacks_jira_admin(sandbox: SandboxServer) -> None:
    agent = csm_client_for(sandbox, (AGENT_EMAIL, AGENT_TOKEN))
    field = CreateDetailFieldRequest(
        name="Agent field", type_=DetailFieldType(name=DetailFieldTypeName.SELECT, options=["A"])
    )
    refused = create_organization_detail_field.sync_detailed(client=agent, body=field)
    assert refused.status_code == 403 and "jira-admin" in refused.content.decode()
    # ...but may do what a CSM user and JSM agent may.
    assert (
        create_organization.sync_detailed(
            client=agent, body=CreateOrganizationRequest(name="Agent Co")
        ).status_code
        == 200
    )
    assert get_products.sync_detailed(client=agent).status_code == 200
