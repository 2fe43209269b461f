# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""Spot checks of the parsed csm-client models, one per response shape; a ``Case`` row names its check."""

from __future__ import annotations

from csm_client.models import (
    BulkOperationResponse,
    CustomerAccount,
    CustomerProfile,
    CustomerSearchPage,
    CustomerWithDetails,
    DetailField,
    DetailFieldList,
    DetailFieldTypeName,
    DetailFieldValue,
    EntitledEntityType,
    Entitlement,
    FetchCustomerProfilesResponse,
    FetchOrganizationProfilesResponse,
    FetchOrganizationsResponse,
    Organization,
    OrganizationProfile,
    OrganizationWithDetails,
    Product,
    ProductPage,
    ProfileDetailField,
    ProfileEntitlement,
    Task,
    TaskStatus,
)
from csm_client.types import Unset
from csm_support import CUSTOMER_ID, ENTITLEMENT_ID, PRODUCT_ID, SELECT_OPTIONS, TASK_ID, present

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
