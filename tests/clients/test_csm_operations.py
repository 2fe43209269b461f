# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""Every operation of specs/csm.yaml through the generated csm_client, against a mocked transport (respx).

Each row of ``CASES`` calls one generated ``sync_detailed`` function and states the request it must send:
method, URL (path parameters filled and percent-encoded), the complete query, the experimental and
idempotency headers and the JSON body (built from the generated request models). The mock answers with the
spec's example for the success status; the parsed model must round-trip that example and the row's check
spot-tests its values. Every row runs with basic auth (``Client`` + httpx.BasicAuth) and with OAuth
(``AuthenticatedClient``). The table is checked against the spec (headers, query parameters, request
examples) and must cover every operationId.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, TypeVar, cast

import attrs
import httpx
import pytest
import respx
from csm_client import AuthenticatedClient, Client, errors
from csm_client.api.customers import (
    bulk_manage_customer_accounts,
    bulk_manage_customer_details,
    bulk_manage_customer_profiles,
    create_customer_account,
    create_customer_detail_field,
    create_customer_entitlement,
    create_customer_profile,
    delete_customer_account,
    delete_customer_detail_field,
    edit_customer_detail_field,
    fetch_customer_profiles,
    get_customer,
    get_customer_account,
    get_customer_detail_fields,
    get_customer_entitlements,
    get_customer_profile,
    search_customers_by_detail_field,
    set_customer_detail,
    update_customer_account,
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
from csm_client.api.organizations import (
    bulk_manage_organization_details,
    bulk_manage_organization_profiles,
    bulk_manage_organizations,
    create_organization,
    create_organization_detail_field,
    create_organization_entitlement,
    create_organization_profile,
    delete_organization,
    delete_organization_detail_field,
    edit_organization_detail_field,
    fetch_organization_profiles,
    fetch_organizations,
    get_organization,
    get_organization_detail_fields,
    get_organization_entitlements,
    get_organization_profile,
    set_organization_detail,
    update_organization,
)
from csm_client.api.products import create_product, delete_product, get_product, get_products, rename_product
from csm_client.api.tasks import get_task
from csm_client.models import (
    AssociateCustomers,
    AssociateOrganizations,
    AssociateProducts,
    BulkAccountOperation,
    BulkCustomerDetailItem,
    BulkCustomerItem,
    BulkCustomerProfileItem,
    BulkDetailOperation,
    BulkManageCustomerAccountsRequest,
    BulkManageCustomerDetailsRequest,
    BulkManageCustomerProfilesRequest,
    BulkManageOrganizationDetailsRequest,
    BulkManageOrganizationProfilesRequest,
    BulkManageOrganizationsRequest,
    BulkOperationResponse,
    BulkOrganizationDetailItem,
    BulkOrganizationItem,
    BulkOrganizationProfileItem,
    BulkProfileOperation,
    CreateCustomerAccountRequest,
    CreateCustomerProfileRequest,
    CreateDetailFieldRequest,
    CreateEntitlementRequest,
    CreateOrganizationProfileRequest,
    CreateOrganizationRequest,
    CreateProductRequest,
    CustomerAccount,
    CustomerProfile,
    CustomerSearchPage,
    CustomerWithDetails,
    DetailField,
    DetailFieldList,
    DetailFieldType,
    DetailFieldTypeName,
    DetailFieldValue,
    EditDetailFieldRequest,
    EntitledEntityType,
    Entitlement,
    ErrorResponse,
    FetchCustomerProfilesRequest,
    FetchCustomerProfilesResponse,
    FetchOrganizationProfilesRequest,
    FetchOrganizationProfilesResponse,
    FetchOrganizationsRequest,
    FetchOrganizationsResponse,
    Organization,
    OrganizationProfile,
    OrganizationWithDetails,
    Product,
    ProductPage,
    ProfileDetailField,
    ProfileDetailFieldValueRequest,
    ProfileEntitlement,
    RenameProductRequest,
    SearchCustomersByDetailFieldRequest,
    SetDetailFieldValueRequest,
    Task,
    TaskStatus,
    UpdateCustomerAccountRequest,
    UpdateOrganizationRequest,
)
from csm_client.types import Response, Unset
from spec_support import operation_by_id, operations, success_example

from atlassian_specs import load as load_spec

SPEC = "csm"
CLOUD_ID = "a436116f-02ce-4520-8fbb-7301462a1674"
BASE_URL = f"https://api.atlassian.com/jsm/csm/cloudid/{CLOUD_ID}"
EMAIL = "agent@example.com"
API_TOKEN = "api-token-0123"
BASIC_AUTH = "Basic " + base64.b64encode(f"{EMAIL}:{API_TOKEN}".encode()).decode()
OAUTH_TOKEN = "oauth-access-token-xyz"
BEARER_AUTH = f"Bearer {OAUTH_TOKEN}"
IDEMPOTENCY_KEY = "0b6f3d1e-2a4c-4e8b-9d7f-5c3a1e9b7d2f"
# One verifying TLS context for every client: creating one per httpx.Client (~25 ms) dominates the runtime.
TLS = ssl.create_default_context()

# Identifiers from the spec's examples; each *_PATH constant is the percent-encoded form sent in a URL path.
ORG_ID = "123"
CUSTOMER_ID = "qm:9edf598a-85d4-4db9-bf2e-7245922b4ea8:0000e9d8-a22e-4220-ac63-412ff9eec053"
CUSTOMER_PATH = "qm%3A9edf598a-85d4-4db9-bf2e-7245922b4ea8%3A0000e9d8-a22e-4220-ac63-412ff9eec053"
CUSTOMER_ID_2 = "qm:10c2e972-eef6-4e0e-aa81-9a9e7a4ba9a7:3468699a-b2f0-4ae9-ab2d-155a5f5a8db4"
PRODUCT_ID = "3858a61a-d337-42e6-993e-e13e1c366d4f"
PRODUCT_ID_2 = "4858a61a-d337-42e6-993e-e13e1c366d4f"
ENTITLEMENT_ID = "3858a61a-d337-42e6-993e-e13e1c366d4f"
TASK_ID = "5f1c2b0e-8a4d-4d0a-9a57-1f0c3e2d7b11"
ORG_FIELD, ORG_FIELD_PATH = "Contract tier", "Contract%20tier"
ENTITLEMENT_FIELD, ENTITLEMENT_FIELD_PATH = "Support level/SLA", "Support%20level%2FSLA"

SELECT_OPTIONS = ["AU", "EU", "US"]

T = TypeVar("T")
Call = Callable[[AuthenticatedClient], Response[Any]]
Check = Callable[[object], None]


def present(value: T | Unset) -> T:
    """The value of an optional model field, failing the test if the field was left unset."""
    assert not isinstance(value, Unset), "field missing from the parsed response"
    return value


# ----------------------------------------------------------------------------- checks of parsed responses


def check_detail_field(parsed: object) -> None:
    assert isinstance(parsed, DetailField)
    assert parsed.name == "Region"
    assert parsed.type_.name is DetailFieldTypeName.SELECT
    assert parsed.type_.options == SELECT_OPTIONS


def check_detail_field_list(parsed: object) -> None:
    assert isinstance(parsed, DetailFieldList)
    assert len(parsed.results) == 1
    check_detail_field(parsed.results[0])
    assert present(parsed.results[0].configuration).position == 1


def check_detail_field_value(parsed: object) -> None:
    assert isinstance(parsed, DetailFieldValue)
    assert (parsed.id, parsed.name, parsed.values) == ("321", "Region", ["EU"])
    field_type = present(parsed.type_)
    assert field_type.name is DetailFieldTypeName.SELECT
    assert field_type.options == SELECT_OPTIONS


def check_organization(parsed: object) -> None:
    assert isinstance(parsed, Organization)
    assert (parsed.id, parsed.name) == ("123", "Atlassian")


def check_organization_with_details(parsed: object) -> None:
    assert isinstance(parsed, OrganizationWithDetails)
    assert (parsed.id, parsed.name) == ("123", "Atlassian")
    [detail] = present(parsed.details)
    check_detail_field_value(detail)
    assert present(detail.configuration).position == 1


def check_fetched_organizations(parsed: object) -> None:
    assert isinstance(parsed, FetchOrganizationsResponse)
    [organization] = parsed.organizations
    check_organization(organization)


def check_listed_entitlements(parsed: object) -> None:
    assert isinstance(parsed, list)
    [entitlement] = parsed
    assert isinstance(entitlement, Entitlement)
    assert entitlement.id == ENTITLEMENT_ID
    assert present(entitlement.product).name == "Acme Widget"
    assert present(entitlement.entitled_entity).type_ is EntitledEntityType.CUSTOMER
    [detail] = present(entitlement.details)
    assert detail.values == ["EU"]
    field_type = present(detail.type_)
    assert field_type.name is DetailFieldTypeName.SELECT
    assert isinstance(field_type.options, Unset)  # the example lists no options here
    assert isinstance(present(detail.configuration).position, Unset)  # configuration: {}


def check_entitlement(parsed: object) -> None:
    assert isinstance(parsed, Entitlement)
    assert parsed.id == ENTITLEMENT_ID
    product = present(parsed.product)
    assert isinstance(product, Product)
    assert (product.id, product.name) == (PRODUCT_ID, "Acme Widget")
    entity = present(parsed.entitled_entity)
    assert (entity.id, entity.type_) == ("123", EntitledEntityType.CUSTOMER)
    [detail] = present(parsed.details)
    check_detail_field_value(detail)
    assert present(detail.configuration).position == 1


def check_customer_entitlement(parsed: object) -> None:
    assert isinstance(parsed, Entitlement)
    entity = present(parsed.entitled_entity)
    assert (entity.id, entity.type_) == (CUSTOMER_ID, EntitledEntityType.CUSTOMER)
    assert parsed.details == []


def check_profile_details(details: list[ProfileDetailField] | Unset) -> None:
    [detail] = present(details)
    assert isinstance(detail, ProfileDetailField)
    assert detail.name == "Region"
    value = present(detail.value)
    assert value.type_ is DetailFieldTypeName.SELECT
    assert value.text == ["EU"]


def check_organization_profile(parsed: object) -> None:
    assert isinstance(parsed, OrganizationProfile)
    assert (parsed.id, parsed.name) == ("1", "Atlassian")
    check_profile_details(parsed.details)
    [entitlement] = present(parsed.entitlements)
    assert isinstance(entitlement, ProfileEntitlement)
    assert present(entitlement.product).name == "Acme Widget"
    assert present(entitlement.entitled_entity).id == "123"
    check_profile_details(entitlement.details)
    assert [customer.id for customer in present(parsed.customers)] == [CUSTOMER_ID]


def check_fetched_organization_profiles(parsed: object) -> None:
    assert isinstance(parsed, FetchOrganizationProfilesResponse)
    [profile] = parsed.profiles
    check_organization_profile(profile)


def check_bulk_accepted(parsed: object) -> None:
    assert isinstance(parsed, BulkOperationResponse)
    assert parsed.task_id == TASK_ID
    assert parsed.status is TaskStatus.PENDING


def check_customer_account(parsed: object) -> None:
    assert isinstance(parsed, CustomerAccount)
    assert (parsed.id, parsed.display_name, parsed.email) == (CUSTOMER_ID, "Jane Doe", "jane.doe@example.com")


def check_customer_with_details(parsed: object) -> None:
    assert isinstance(parsed, CustomerWithDetails)
    assert (parsed.id, parsed.display_name, parsed.email) == (CUSTOMER_ID, "Jane Doe", "jane.doe@example.com")
    [detail] = present(parsed.details)
    check_detail_field_value(detail)


def check_customer_search_page(parsed: object) -> None:
    assert isinstance(parsed, CustomerSearchPage)
    [customer] = parsed.results
    assert isinstance(customer, CustomerAccount)
    assert (customer.id, customer.display_name) == (CUSTOMER_ID, "Jane Doe")
    assert customer.email is None  # restricted: explicit null, not absent
    assert (parsed.page, parsed.max_results, parsed.total, parsed.is_last) == (1, 50, 1, True)


def check_customer_profile(parsed: object) -> None:
    assert isinstance(parsed, CustomerProfile)
    assert (parsed.id, parsed.email) == (CUSTOMER_ID, "jane.doe@example.com")
    check_profile_details(parsed.details)
    [organization] = present(parsed.organizations)
    check_organization(organization)
    [entitlement] = present(parsed.entitlements)
    assert present(entitlement.entitled_entity).id == CUSTOMER_ID


def check_customer_profile_with_entitlement_details(parsed: object) -> None:
    check_customer_profile(parsed)
    assert isinstance(parsed, CustomerProfile)
    check_profile_details(present(parsed.entitlements)[0].details)


def check_fetched_customer_profiles(parsed: object) -> None:
    assert isinstance(parsed, FetchCustomerProfilesResponse)
    [profile] = parsed.profiles
    assert isinstance(profile, CustomerProfile)
    assert profile.display_name == "Jane Doe"
    check_profile_details(profile.details)
    assert [org.name for org in present(profile.organizations)] == ["Atlassian"]
    assert profile.entitlements == []


def check_product(parsed: object, name: str = "Acme Widget") -> None:
    assert isinstance(parsed, Product)
    assert (parsed.id, parsed.name) == (PRODUCT_ID, name)


def check_product_page(parsed: object) -> None:
    assert isinstance(parsed, ProductPage)
    [product] = parsed.results
    check_product(product)
    assert parsed.next_page_cursor is None  # explicit null on the last page, not UNSET


def check_task(parsed: object) -> None:
    assert isinstance(parsed, Task)
    assert parsed.task_id == TASK_ID
    assert parsed.status is TaskStatus.COMPLETED
    assert parsed.progress == 100
    [failure] = present(parsed.failures)
    assert (failure.index, failure.identifier, failure.code) == (
        1,
        "Atlassian Pty Ltd",
        "NAME_ALREADY_EXISTS",
    )
    assert failure.message == "An organization with this name already exists."


def check_no_content(parsed: object) -> None:
    assert parsed is None


# ----------------------------------------------------------------------------- request bodies

DETAIL_FIELD_BODY = {"name": "Region", "type": {"name": "SELECT", "options": SELECT_OPTIONS}}
EDIT_DETAIL_FIELD_BODY = {"name": "Region", "options": SELECT_OPTIONS}
SET_DETAIL_BODY = {"values": ["EU"]}
ENTITLEMENT_BODY = {"productId": PRODUCT_ID}


def detail_field_request() -> CreateDetailFieldRequest:
    return CreateDetailFieldRequest(
        name="Region", type_=DetailFieldType(name=DetailFieldTypeName.SELECT, options=SELECT_OPTIONS)
    )


def edit_detail_field_request() -> EditDetailFieldRequest:
    return EditDetailFieldRequest(name="Region", options=SELECT_OPTIONS)


def set_detail_request() -> SetDetailFieldValueRequest:
    return SetDetailFieldValueRequest(values=["EU"])


def region(values: list[str]) -> list[ProfileDetailFieldValueRequest]:
    return [ProfileDetailFieldValueRequest(name="Region", values=values)]


# ----------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Case:
    operation_id: str
    call: Call
    method: str
    path: str  # relative to BASE_URL, percent-encoded as it must go on the wire
    check: Check
    params: dict[str, list[str]] = field(default_factory=dict)  # the complete decoded query
    body: Any = None  # the expected JSON body; None: no body at all
    experimental: bool = False  # sends X-ExperimentalApi: opt-in
    idempotency_key: str | None = None
    variant: str = ""  # extra rows for the same operation (optional parameters given)

    @property
    def id(self) -> str:
        return f"{self.operation_id}[{self.variant}]" if self.variant else self.operation_id


CASES: list[Case] = [
    # ------------------------------------------------------------------ organizations
    Case(
        "getOrganizationDetailFields",
        lambda c: get_organization_detail_fields.sync_detailed(client=c),
        "GET",
        "/api/v1/organization/details",
        check_detail_field_list,
    ),
    Case(
        "createOrganizationDetailField",
        lambda c: create_organization_detail_field.sync_detailed(client=c, body=detail_field_request()),
        "POST",
        "/api/v1/organization/details",
        check_detail_field,
        body=DETAIL_FIELD_BODY,
    ),
    Case(
        "editOrganizationDetailField",
        lambda c: edit_organization_detail_field.sync_detailed(
            ORG_FIELD, client=c, body=edit_detail_field_request()
        ),
        "PUT",
        f"/api/v1/organization/details/{ORG_FIELD_PATH}",
        check_detail_field,
        body=EDIT_DETAIL_FIELD_BODY,
    ),
    Case(
        "deleteOrganizationDetailField",
        lambda c: delete_organization_detail_field.sync_detailed(ORG_FIELD, client=c),
        "DELETE",
        f"/api/v1/organization/details/{ORG_FIELD_PATH}",
        check_no_content,
    ),
    Case(
        "getOrganization",
        lambda c: get_organization.sync_detailed(ORG_ID, client=c),
        "GET",
        "/api/v1/organization/123",
        check_organization_with_details,
    ),
    Case(
        "updateOrganization",
        lambda c: update_organization.sync_detailed(
            ORG_ID, client=c, body=UpdateOrganizationRequest(name="Atlassian")
        ),
        "PUT",
        "/api/v1/organization/123",
        check_organization,
        body={"name": "Atlassian"},
        experimental=True,
    ),
    Case(
        "deleteOrganization",
        lambda c: delete_organization.sync_detailed(ORG_ID, client=c),
        "DELETE",
        "/api/v1/organization/123",
        check_no_content,
        experimental=True,
    ),
    Case(
        "setOrganizationDetail",
        lambda c: set_organization_detail.sync_detailed(
            ORG_ID, client=c, body=set_detail_request(), field_name=ORG_FIELD
        ),
        "PUT",
        "/api/v1/organization/123/details",
        check_detail_field_value,
        params={"fieldName": [ORG_FIELD]},
        body=SET_DETAIL_BODY,
    ),
    Case(
        "getOrganizationEntitlements",
        lambda c: get_organization_entitlements.sync_detailed(ORG_ID, client=c),
        "GET",
        "/api/v1/organization/123/entitlement",
        check_listed_entitlements,
    ),
    Case(
        "getOrganizationEntitlements",
        lambda c: get_organization_entitlements.sync_detailed(ORG_ID, client=c, product=PRODUCT_ID),
        "GET",
        "/api/v1/organization/123/entitlement",
        check_listed_entitlements,
        params={"product": [PRODUCT_ID]},
        variant="product",
    ),
    Case(
        "createOrganizationEntitlement",
        lambda c: create_organization_entitlement.sync_detailed(
            ORG_ID, client=c, body=CreateEntitlementRequest(product_id=PRODUCT_ID)
        ),
        "POST",
        "/api/v1/organization/123/entitlement",
        check_entitlement,
        body=ENTITLEMENT_BODY,
    ),
    Case(
        "createOrganization",
        lambda c: create_organization.sync_detailed(
            client=c, body=CreateOrganizationRequest(name="Atlassian")
        ),
        "POST",
        "/api/v1/organization",
        check_organization,
        body={"name": "Atlassian"},
        experimental=True,
    ),
    Case(
        "fetchOrganizations",
        lambda c: fetch_organizations.sync_detailed(
            client=c,
            body=FetchOrganizationsRequest(organization_ids=["1", "2"], organization_names=["Atlassian"]),
        ),
        "POST",
        "/api/v1/organization/fetch",
        check_fetched_organizations,
        body={"organizationIds": ["1", "2"], "organizationNames": ["Atlassian"]},
        experimental=True,
    ),
    Case(
        "getOrganizationProfile",
        lambda c: get_organization_profile.sync_detailed(ORG_ID, client=c),
        "GET",
        "/api/v1/organization/profile/123",
        check_organization_profile,
        experimental=True,
    ),
    Case(
        "createOrganizationProfile",
        lambda c: create_organization_profile.sync_detailed(
            client=c,
            body=CreateOrganizationProfileRequest(
                name="Atlassian",
                details=region(["EU"]),
                associate_customers=AssociateCustomers(customer_ids=[CUSTOMER_ID, CUSTOMER_ID_2]),
                associate_products=AssociateProducts(product_ids=[PRODUCT_ID, PRODUCT_ID_2]),
            ),
        ),
        "POST",
        "/api/v1/organization/profile",
        check_organization_profile,
        body={
            "name": "Atlassian",
            "details": [{"name": "Region", "values": ["EU"]}],
            "associateCustomers": {"customerIds": [CUSTOMER_ID, CUSTOMER_ID_2]},
            "associateProducts": {"productIds": [PRODUCT_ID, PRODUCT_ID_2]},
        },
        experimental=True,
    ),
    Case(
        "fetchOrganizationProfiles",
        lambda c: fetch_organization_profiles.sync_detailed(
            client=c,
            body=FetchOrganizationProfilesRequest(
                organization_ids=["1", "2"], organization_names=["Atlassian"]
            ),
        ),
        "POST",
        "/api/v1/organization/profile/fetch",
        check_fetched_organization_profiles,
        body={"organizationIds": ["1", "2"], "organizationNames": ["Atlassian"]},
        experimental=True,
    ),
    Case(
        "bulkManageOrganizationProfiles",
        lambda c: bulk_manage_organization_profiles.sync_detailed(
            client=c,
            idempotency_key=IDEMPOTENCY_KEY,
            body=BulkManageOrganizationProfilesRequest(
                profiles=[
                    BulkOrganizationProfileItem(
                        operation=BulkProfileOperation.UPSERT,
                        name="Atlassian",
                        details=region(["EU"]),
                        associate_customers=AssociateCustomers(customer_ids=[CUSTOMER_ID]),
                        associate_products=AssociateProducts(product_ids=[PRODUCT_ID]),
                    )
                ]
            ),
        ),
        "POST",
        "/api/v1/organization/profile/bulk",
        check_bulk_accepted,
        body={
            "profiles": [
                {
                    "operation": "UPSERT",
                    "name": "Atlassian",
                    "details": [{"name": "Region", "values": ["EU"]}],
                    "associateCustomers": {"customerIds": [CUSTOMER_ID]},
                    "associateProducts": {"productIds": [PRODUCT_ID]},
                }
            ]
        },
        experimental=True,
        idempotency_key=IDEMPOTENCY_KEY,
    ),
    Case(
        "bulkManageOrganizations",
        lambda c: bulk_manage_organizations.sync_detailed(
            client=c,
            idempotency_key=IDEMPOTENCY_KEY,
            body=BulkManageOrganizationsRequest(
                organizations=[
                    BulkOrganizationItem(operation=BulkAccountOperation.CREATE, name="Atlassian"),
                    BulkOrganizationItem(
                        operation=BulkAccountOperation.UPDATE, id="123", name="Atlassian Pty Ltd"
                    ),
                ]
            ),
        ),
        "POST",
        "/api/v1/organization/bulk",
        check_bulk_accepted,
        body={
            "organizations": [
                {"operation": "CREATE", "name": "Atlassian"},
                {"operation": "UPDATE", "id": "123", "name": "Atlassian Pty Ltd"},
            ]
        },
        experimental=True,
        idempotency_key=IDEMPOTENCY_KEY,
    ),
    Case(
        "bulkManageOrganizationDetails",
        lambda c: bulk_manage_organization_details.sync_detailed(
            client=c,
            idempotency_key=IDEMPOTENCY_KEY,
            body=BulkManageOrganizationDetailsRequest(
                operations=[
                    BulkOrganizationDetailItem(
                        organization_id="123",
                        name="Region",
                        operation=BulkDetailOperation.UPDATE,
                        values=["EU"],
                    )
                ]
            ),
        ),
        "POST",
        "/api/v1/organization/details/bulk",
        check_bulk_accepted,
        body={
            "operations": [
                {"organizationId": "123", "name": "Region", "operation": "UPDATE", "values": ["EU"]}
            ]
        },
        experimental=True,
        idempotency_key=IDEMPOTENCY_KEY,
    ),
    # ------------------------------------------------------------------ customers
    Case(
        "getCustomerDetailFields",
        lambda c: get_customer_detail_fields.sync_detailed(client=c),
        "GET",
        "/api/v1/customer/details",
        check_detail_field_list,
    ),
    Case(
        "createCustomerDetailField",
        lambda c: create_customer_detail_field.sync_detailed(client=c, body=detail_field_request()),
        "POST",
        "/api/v1/customer/details",
        check_detail_field,
        body=DETAIL_FIELD_BODY,
    ),
    Case(
        "editCustomerDetailField",
        lambda c: edit_customer_detail_field.sync_detailed(
            "Region", client=c, body=edit_detail_field_request()
        ),
        "PUT",
        "/api/v1/customer/details/Region",
        check_detail_field,
        body=EDIT_DETAIL_FIELD_BODY,
    ),
    Case(
        "deleteCustomerDetailField",
        lambda c: delete_customer_detail_field.sync_detailed("Region", client=c),
        "DELETE",
        "/api/v1/customer/details/Region",
        check_no_content,
    ),
    Case(
        "getCustomer",
        lambda c: get_customer.sync_detailed(CUSTOMER_ID, client=c),
        "GET",
        f"/api/v1/customer/{CUSTOMER_PATH}",
        check_customer_with_details,
    ),
    Case(
        "searchCustomersByDetailField",
        lambda c: search_customers_by_detail_field.sync_detailed(
            client=c, body=SearchCustomersByDetailFieldRequest(field_name="Region", value="EU")
        ),
        "POST",
        "/api/v1/customer/search-by-detail-field",
        check_customer_search_page,
        body={"fieldName": "Region", "value": "EU"},
    ),
    Case(
        "searchCustomersByDetailField",
        lambda c: search_customers_by_detail_field.sync_detailed(
            client=c,
            body=SearchCustomersByDetailFieldRequest(field_name="Region", value="EU"),
            page=2,
            max_results=25,
        ),
        "POST",
        "/api/v1/customer/search-by-detail-field",
        check_customer_search_page,
        params={"page": ["2"], "maxResults": ["25"]},
        body={"fieldName": "Region", "value": "EU"},
        variant="page",
    ),
    Case(
        "setCustomerDetail",
        lambda c: set_customer_detail.sync_detailed(
            CUSTOMER_ID, client=c, body=set_detail_request(), field_name="Region"
        ),
        "PUT",
        f"/api/v1/customer/{CUSTOMER_PATH}/details",
        check_detail_field_value,
        params={"fieldName": ["Region"]},
        body=SET_DETAIL_BODY,
    ),
    Case(
        "getCustomerEntitlements",
        lambda c: get_customer_entitlements.sync_detailed(CUSTOMER_ID, client=c),
        "GET",
        f"/api/v1/customer/{CUSTOMER_PATH}/entitlement",
        check_listed_entitlements,
    ),
    Case(
        "getCustomerEntitlements",
        lambda c: get_customer_entitlements.sync_detailed(CUSTOMER_ID, client=c, product=PRODUCT_ID),
        "GET",
        f"/api/v1/customer/{CUSTOMER_PATH}/entitlement",
        check_listed_entitlements,
        params={"product": [PRODUCT_ID]},
        variant="product",
    ),
    Case(
        "createCustomerEntitlement",
        lambda c: create_customer_entitlement.sync_detailed(
            CUSTOMER_ID, client=c, body=CreateEntitlementRequest(product_id=PRODUCT_ID)
        ),
        "POST",
        f"/api/v1/customer/{CUSTOMER_PATH}/entitlement",
        check_customer_entitlement,
        body=ENTITLEMENT_BODY,
    ),
    Case(
        "createCustomerAccount",
        lambda c: create_customer_account.sync_detailed(
            client=c, body=CreateCustomerAccountRequest(display_name="Jane Doe", email="jane.doe@example.com")
        ),
        "POST",
        "/api/v1/customer",
        check_customer_account,
        body={"displayName": "Jane Doe", "email": "jane.doe@example.com"},
        experimental=True,
    ),
    Case(
        "getCustomerAccount",
        lambda c: get_customer_account.sync_detailed(CUSTOMER_ID, client=c),
        "GET",
        f"/api/v1/customer/account/{CUSTOMER_PATH}",
        check_customer_account,
        experimental=True,
    ),
    Case(
        "updateCustomerAccount",
        lambda c: update_customer_account.sync_detailed(
            CUSTOMER_ID, client=c, body=UpdateCustomerAccountRequest(display_name="Jane Doe")
        ),
        "PUT",
        f"/api/v1/customer/account/{CUSTOMER_PATH}",
        check_customer_account,
        body={"displayName": "Jane Doe"},
        experimental=True,
    ),
    Case(
        "deleteCustomerAccount",
        lambda c: delete_customer_account.sync_detailed(CUSTOMER_ID, client=c),
        "DELETE",
        f"/api/v1/customer/account/{CUSTOMER_PATH}",
        check_no_content,
        experimental=True,
    ),
    Case(
        "getCustomerProfile",
        lambda c: get_customer_profile.sync_detailed(CUSTOMER_ID, client=c),
        "GET",
        f"/api/v1/customer/profile/{CUSTOMER_PATH}",
        check_customer_profile_with_entitlement_details,
        experimental=True,
    ),
    Case(
        "createCustomerProfile",
        lambda c: create_customer_profile.sync_detailed(
            client=c,
            body=CreateCustomerProfileRequest(
                email="jane.doe@example.com",
                display_name="Jane Doe",
                details=region(["EU"]),
                associate_organizations=AssociateOrganizations(organization_ids=["123"]),
                associate_products=AssociateProducts(product_ids=[PRODUCT_ID]),
            ),
        ),
        "POST",
        "/api/v1/customer/profile",
        check_customer_profile,
        body={
            "email": "jane.doe@example.com",
            "displayName": "Jane Doe",
            "details": [{"name": "Region", "values": ["EU"]}],
            "associateOrganizations": {"organizationIds": ["123"]},
            "associateProducts": {"productIds": [PRODUCT_ID]},
        },
        experimental=True,
    ),
    Case(
        "fetchCustomerProfiles",
        lambda c: fetch_customer_profiles.sync_detailed(
            client=c, body=FetchCustomerProfilesRequest(customer_ids=[CUSTOMER_ID])
        ),
        "POST",
        "/api/v1/customer/profile/fetch",
        check_fetched_customer_profiles,
        body={"customerIds": [CUSTOMER_ID]},
        experimental=True,
    ),
    Case(
        "bulkManageCustomerDetails",
        lambda c: bulk_manage_customer_details.sync_detailed(
            client=c,
            idempotency_key=IDEMPOTENCY_KEY,
            body=BulkManageCustomerDetailsRequest(
                operations=[
                    BulkCustomerDetailItem(
                        customer_id=CUSTOMER_ID,
                        name="Region",
                        operation=BulkDetailOperation.UPDATE,
                        values=["EU"],
                    )
                ]
            ),
        ),
        "POST",
        "/api/v1/customer/details/bulk",
        check_bulk_accepted,
        body={
            "operations": [
                {"customerId": CUSTOMER_ID, "name": "Region", "operation": "UPDATE", "values": ["EU"]}
            ]
        },
        experimental=True,
        idempotency_key=IDEMPOTENCY_KEY,
    ),
    Case(
        "bulkManageCustomerAccounts",
        lambda c: bulk_manage_customer_accounts.sync_detailed(
            client=c,
            idempotency_key=IDEMPOTENCY_KEY,
            body=BulkManageCustomerAccountsRequest(
                customers=[
                    BulkCustomerItem(
                        operation=BulkAccountOperation.CREATE,
                        email="jane.doe@example.com",
                        display_name="Jane Doe",
                    )
                ]
            ),
        ),
        "POST",
        "/api/v1/customer/bulk",
        check_bulk_accepted,
        body={
            "customers": [{"operation": "CREATE", "email": "jane.doe@example.com", "displayName": "Jane Doe"}]
        },
        experimental=True,
        idempotency_key=IDEMPOTENCY_KEY,
    ),
    Case(
        "bulkManageCustomerProfiles",
        lambda c: bulk_manage_customer_profiles.sync_detailed(
            client=c,
            idempotency_key=IDEMPOTENCY_KEY,
            body=BulkManageCustomerProfilesRequest(
                profiles=[
                    BulkCustomerProfileItem(
                        operation=BulkProfileOperation.UPSERT,
                        email="jane.doe@example.com",
                        display_name="Jane Doe",
                        details=region(["EU"]),
                        associate_organizations=AssociateOrganizations(organization_ids=["123"]),
                    )
                ]
            ),
        ),
        "POST",
        "/api/v1/customer/profile/bulk",
        check_bulk_accepted,
        body={
            "profiles": [
                {
                    "operation": "UPSERT",
                    "email": "jane.doe@example.com",
                    "displayName": "Jane Doe",
                    "details": [{"name": "Region", "values": ["EU"]}],
                    "associateOrganizations": {"organizationIds": ["123"]},
                }
            ]
        },
        experimental=True,
        idempotency_key=IDEMPOTENCY_KEY,
    ),
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

PRIMARY = [case for case in CASES if not case.variant]
BY_ID = {case.operation_id: case for case in PRIMARY}


# ----------------------------------------------------------------------------- clients and the mocked API


def basic_client() -> AuthenticatedClient:
    client = Client(
        base_url=BASE_URL,
        raise_on_unexpected_status=True,
        httpx_args={"auth": httpx.BasicAuth(EMAIL, API_TOKEN)},
        verify_ssl=TLS,
    )
    # Every operation declares security, so the generator types `client: AuthenticatedClient`; the functions
    # only call get_httpx_client(), so a Client with httpx basic auth works.
    return cast(AuthenticatedClient, client)


def bearer_client() -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=BASE_URL, token=OAUTH_TOKEN, raise_on_unexpected_status=True, verify_ssl=TLS
    )


@dataclass
class MockApi:
    """One catch-all route: a test sets the reply, calls the client, then asserts the single request sent.

    Matching any request makes a wrong URL or body fail with a readable diff in the assertions rather than
    with a "not mocked" error.
    """

    route: respx.Route
    status: int | None = None

    def reply(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        self.status = status
        content = {} if body is None else {"json": body}
        self.route.mock(return_value=httpx.Response(status, headers=headers, **content))

    def reply_example(self, operation_id: str) -> Any:
        """Answer with the spec's success status and example; return the example."""
        status, example = success_example(operation_id)
        self.reply(int(status), example)
        return example

    @property
    def request(self) -> httpx.Request:
        assert self.route.call_count == 1, f"expected exactly one request, got {self.route.call_count}"
        request: httpx.Request = self.route.calls.last.request
        return request


@pytest.fixture
def api() -> Iterator[MockApi]:
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        yield MockApi(router.route())


def assert_case_request(api: MockApi, case: Case, auth: str = BASIC_AUTH) -> None:
    """The one request sent is exactly the row's: method, full URL, query, headers and JSON body."""
    request = api.request
    assert request.method == case.method
    assert str(request.url).split("?")[0] == BASE_URL + case.path
    assert {key: request.url.params.get_list(key) for key in request.url.params} == case.params
    headers = request.headers
    assert headers.get("Authorization") == auth
    assert headers.get("X-ExperimentalApi") == ("opt-in" if case.experimental else None)
    assert headers.get("Idempotency-Key") == case.idempotency_key
    if case.body is None:
        assert request.content == b""
        assert "Content-Type" not in headers
    else:
        assert headers.get("Content-Type") == "application/json"
        assert json.loads(request.content) == case.body


def as_plain(parsed: object) -> Any:
    """A parsed model (or list of models) back as JSON data, to compare with the example it came from."""
    if isinstance(parsed, list):
        return [as_plain(item) for item in parsed]
    to_dict = getattr(parsed, "to_dict", None)
    assert callable(to_dict), f"parsed a {type(parsed).__name__}, not a generated model"
    return to_dict()


def unmodelled_fields(value: object, path: str = "$") -> list[str]:
    """Paths of properties that landed in ``additional_properties`` anywhere in a parsed model."""
    found: list[str] = []
    model = type(value)
    if attrs.has(model):
        extra = getattr(value, "additional_properties", {})
        if extra:
            found.append(f"{path} ({model.__name__}): {sorted(extra)}")
        for attribute in attrs.fields(model):
            if attribute.name != "additional_properties":
                found += unmodelled_fields(getattr(value, attribute.name), f"{path}.{attribute.name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += unmodelled_fields(item, f"{path}[{index}]")
    return found


def error_payload(status: int) -> dict[str, Any]:
    return {
        "message": f"Request failed with status {status}.",
        "errors": [
            {"status": status, "code": f"E{status}", "title": "Request failed", "detail": "See message."}
        ],
    }


def documented_statuses(operation_id: str) -> set[int]:
    return {int(status) for status in operation_by_id()[operation_id].definition["responses"]}


def test_base_url_is_the_spec_server() -> None:
    assert load_spec(SPEC)["servers"][0]["url"].format(cloudId=CLOUD_ID) == BASE_URL


# ----------------------------------------------------------------------------- every operation, success path


@pytest.mark.parametrize("auth", ["basic", "bearer"])
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_operation(api: MockApi, case: Case, auth: str) -> None:
    example = api.reply_example(case.operation_id)

    response = case.call(basic_client() if auth == "basic" else bearer_client())

    assert_case_request(api, case, BASIC_AUTH if auth == "basic" else BEARER_AUTH)
    assert response.status_code == api.status
    assert isinstance(response.status_code, HTTPStatus)
    case.check(response.parsed)
    if api.status == HTTPStatus.NO_CONTENT:
        assert example is None
        assert response.content == b""
    else:
        assert as_plain(response.parsed) == example  # nothing of the example lost or altered by parsing
        assert unmodelled_fields(response.parsed) == []  # and every field of it modelled


@pytest.mark.parametrize("case", [case for case in PRIMARY if case.idempotency_key], ids=lambda case: case.id)
def test_bulk_operation_is_accepted_with_202(api: MockApi, case: Case) -> None:
    api.reply_example(case.operation_id)

    response = case.call(basic_client())

    assert api.status == HTTPStatus.ACCEPTED
    assert response.status_code is HTTPStatus.ACCEPTED
    assert api.request.headers["Idempotency-Key"] == IDEMPOTENCY_KEY
    check_bulk_accepted(response.parsed)


def test_bulk_operation_answered_200_is_unexpected(api: MockApi) -> None:
    api.reply(200, {"taskId": TASK_ID, "status": "PENDING"})
    with pytest.raises(errors.UnexpectedStatus) as raised:
        BY_ID["bulkManageOrganizations"].call(basic_client())
    assert raised.value.status_code == 200


# ----------------------------------------------------------------------------- error paths

ERROR_STATUSES = (401, 404, 409, 429)
ERROR_CASES = [
    pytest.param(case, status, id=f"{case.operation_id}-{status}")
    for case in PRIMARY
    for status in ERROR_STATUSES
    if status in documented_statuses(case.operation_id)
]


@pytest.mark.parametrize(("case", "status"), ERROR_CASES)
def test_documented_error_is_parsed(api: MockApi, case: Case, status: int) -> None:
    api.reply(status, error_payload(status), headers={"Retry-After": "30"} if status == 429 else None)

    response = case.call(basic_client())

    assert_case_request(api, case)
    assert response.status_code == status
    parsed = response.parsed
    assert isinstance(parsed, ErrorResponse)
    assert parsed.message == f"Request failed with status {status}."
    [detail] = present(parsed.errors)
    assert (detail.status, detail.code, detail.title) == (status, f"E{status}", "Request failed")
    if status == 429:
        assert response.headers["Retry-After"] == "30"


def test_not_found_carries_the_message(api: MockApi) -> None:
    api.reply(404, {"message": "Organization 999 does not exist."})

    response = get_organization_profile.sync_detailed("999", client=basic_client())

    assert response.status_code is HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.message == "Organization 999 does not exist."
    assert isinstance(response.parsed.errors, Unset)


def test_unauthorized_is_parsed(api: MockApi) -> None:
    api.reply(401, {"message": "Client must be authenticated to access this resource."})

    response = get_customer_profile.sync_detailed(CUSTOMER_ID, client=bearer_client())

    assert_case_request(api, BY_ID["getCustomerProfile"], BEARER_AUTH)
    assert response.status_code is HTTPStatus.UNAUTHORIZED
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.message == "Client must be authenticated to access this resource."


def test_conflict_on_reused_idempotency_key(api: MockApi) -> None:
    api.reply(409, {"message": "Idempotency key was used with a different request."})

    response = BY_ID["bulkManageCustomerAccounts"].call(basic_client())

    assert response.status_code is HTTPStatus.CONFLICT
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.message == "Idempotency key was used with a different request."


def test_too_many_requests_exposes_retry_after(api: MockApi) -> None:
    api.reply(429, {"message": "Rate limit exceeded."}, headers={"Retry-After": "17"})

    response = BY_ID["bulkManageCustomerProfiles"].call(basic_client())

    assert response.status_code is HTTPStatus.TOO_MANY_REQUESTS
    assert int(response.headers["Retry-After"]) == 17
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.message == "Rate limit exceeded."


def test_undocumented_status_raises(api: MockApi) -> None:
    assert 404 not in documented_statuses("getProducts")
    api.reply(404, error_payload(404))
    with pytest.raises(errors.UnexpectedStatus) as raised:
        get_products.sync_detailed(client=basic_client())
    assert raised.value.status_code == 404


# ----------------------------------------------------------------------------- other entry points


def test_sync_returns_the_parsed_model(api: MockApi) -> None:
    api.reply_example("getTask")

    task = get_task.sync(TASK_ID, client=basic_client())

    assert_case_request(api, BY_ID["getTask"])
    check_task(task)


def test_asyncio_detailed_sends_the_same_request(api: MockApi) -> None:
    case = BY_ID["getCustomerProfile"]
    example = api.reply_example(case.operation_id)

    async def run() -> Response[Any]:
        client = basic_client()
        async with client:
            return await get_customer_profile.asyncio_detailed(CUSTOMER_ID, client=client)

    response = asyncio.run(run())

    assert_case_request(api, case)
    check_customer_profile_with_entitlement_details(response.parsed)
    assert as_plain(response.parsed) == example


def test_unknown_detail_field_type_is_kept(api: MockApi) -> None:
    api.reply(200, {"results": [{"name": "Renewal date", "type": {"name": "DATE"}}]})

    response = get_organization_detail_fields.sync_detailed(client=basic_client())

    assert isinstance(response.parsed, DetailFieldList)
    type_name = response.parsed.results[0].type_.name
    assert type_name == "DATE"
    assert not type_name.is_known
    assert DetailFieldTypeName.SELECT.is_known


# ----------------------------------------------------------------------------- the table against the spec


def spec_parameters(operation_id: str) -> list[dict[str, Any]]:
    """The operation's parameters (path-level and its own), $refs resolved."""
    op = operation_by_id()[operation_id]
    document = load_spec(SPEC)
    found = []
    for parameter in [
        *document["paths"][op.path].get("parameters", []),
        *op.definition.get("parameters", []),
    ]:
        if "$ref" in parameter:
            parameter = document["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]]
        found.append(parameter)
    return found


def path_pattern(template: str) -> str:
    """A regular expression for the request paths of a spec path template."""
    parts = re.split(r"(\{[^}]+\})", template)
    return "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)


def test_every_operation_is_covered() -> None:
    spec_ids = {op.operation_id for op in operations(SPEC)}
    assert len(spec_ids) == 50
    assert {case.operation_id for case in CASES} == spec_ids
    assert len(BY_ID) == len(PRIMARY), "one primary row per operation"
    assert len({case.id for case in CASES}) == len(CASES), "row ids are unique"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_row_matches_the_spec(case: Case) -> None:
    op = operation_by_id()[case.operation_id]
    assert op.spec == SPEC
    assert case.method == op.method
    assert re.fullmatch(path_pattern(op.path), case.path), f"{case.path} is not {op.path}"

    declared = spec_parameters(case.operation_id)
    headers = {p["name"] for p in declared if p["in"] == "header"}
    assert case.experimental == ("X-ExperimentalApi" in headers)
    assert (case.idempotency_key is not None) == ("Idempotency-Key" in headers)
    query = {p["name"]: p for p in declared if p["in"] == "query"}
    assert set(case.params) <= set(query)
    sent_anyway = {name for name, p in query.items() if p.get("required") or "default" in p["schema"]}
    if case.variant:
        assert set(case.params) - sent_anyway, "a variant row gives optional query parameters"
    else:
        assert set(case.params) == sent_anyway, "a primary row gives only the required query parameters"

    request_body = op.definition.get("requestBody")
    assert (case.body is None) == (request_body is None)
    if request_body and not case.variant:
        assert case.body == request_body["content"]["application/json"]["example"], (
            "the spec's request example"
        )


def test_variants_cover_every_optional_query_parameter() -> None:
    given = {(case.operation_id, name) for case in CASES if case.variant for name in case.params}
    optional = {
        (op.operation_id, p["name"])
        for op in operations(SPEC)
        for p in spec_parameters(op.operation_id)
        if p["in"] == "query" and not p.get("required")
    }
    assert given == optional
