# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""The customer rows of the csm-client operation table (csm_cases): customer accounts, their detail fields,
profiles, entitlements, search and bulk operations.
"""

from __future__ import annotations

from csm_checks import (
    check_bulk_accepted,
    check_customer_account,
    check_customer_entitlement,
    check_customer_profile,
    check_customer_profile_with_entitlement_details,
    check_customer_search_page,
    check_customer_with_details,
    check_detail_field,
    check_detail_field_list,
    check_detail_field_value,
    check_fetched_customer_profiles,
    check_listed_entitlements,
    check_no_content,
)
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
from csm_client.models import (
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
    BulkProfileOperation,
    CreateCustomerAccountRequest,
    CreateCustomerProfileRequest,
    CreateEntitlementRequest,
    FetchCustomerProfilesRequest,
    SearchCustomersByDetailFieldRequest,
    UpdateCustomerAccountRequest,
)
from csm_support import (
    CUSTOMER_ID,
    CUSTOMER_PATH,
    DETAIL_FIELD_BODY,
    EDIT_DETAIL_FIELD_BODY,
    ENTITLEMENT_BODY,
    IDEMPOTENCY_KEY,
    PRODUCT_ID,
    SET_DETAIL_BODY,
    Case,
    detail_field_request,
    edit_detail_field_request,
    region,
    set_detail_request,
)

CUSTOMER_CASES: list[Case] = [
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
]
