# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""The organization rows of the csm-client operation table (csm_cases): organizations, their detail fields,
profiles, entitlements and bulk operations.
"""

from __future__ import annotations

from csm_checks import (
    check_bulk_accepted,
    check_detail_field,
    check_detail_field_list,
    check_detail_field_value,
    check_entitlement,
    check_fetched_organization_profiles,
    check_fetched_organizations,
    check_listed_entitlements,
    check_no_content,
    check_organization,
    check_organization_profile,
    check_organization_with_details,
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
from csm_client.models import (
    AssociateCustomers,
    AssociateProducts,
    BulkAccountOperation,
    BulkDetailOperation,
    BulkManageOrganizationDetailsRequest,
    BulkManageOrganizationProfilesRequest,
    BulkManageOrganizationsRequest,
    BulkOrganizationDetailItem,
    BulkOrganizationItem,
    BulkOrganizationProfileItem,
    BulkProfileOperation,
    CreateEntitlementRequest,
    CreateOrganizationProfileRequest,
    CreateOrganizationRequest,
    FetchOrganizationProfilesRequest,
    FetchOrganizationsRequest,
    UpdateOrganizationRequest,
)
from csm_support import (
    CUSTOMER_ID,
    CUSTOMER_ID_2,
    DETAIL_FIELD_BODY,
    EDIT_DETAIL_FIELD_BODY,
    ENTITLEMENT_BODY,
    IDEMPOTENCY_KEY,
    ORG_FIELD,
    ORG_FIELD_PATH,
    ORG_ID,
    PRODUCT_ID,
    PRODUCT_ID_2,
    SET_DETAIL_BODY,
    Case,
    detail_field_request,
    edit_detail_field_request,
    region,
    set_detail_request,
)

ORGANIZATION_CASES: list[Case] = [
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
]
