"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562), so importing one endpoint module loads only its own
models; `from <package>.models import Model` and type checkers (which read the imports below) work as usual.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .associate_customers import AssociateCustomers
    from .associate_organizations import AssociateOrganizations
    from .associate_products import AssociateProducts
    from .bulk_account_operation import BulkAccountOperation
    from .bulk_customer_detail_item import BulkCustomerDetailItem
    from .bulk_customer_item import BulkCustomerItem
    from .bulk_customer_profile_item import BulkCustomerProfileItem
    from .bulk_detail_operation import BulkDetailOperation
    from .bulk_manage_customer_accounts_request import BulkManageCustomerAccountsRequest
    from .bulk_manage_customer_details_request import BulkManageCustomerDetailsRequest
    from .bulk_manage_customer_profiles_request import BulkManageCustomerProfilesRequest
    from .bulk_manage_organization_details_request import (
        BulkManageOrganizationDetailsRequest,
    )
    from .bulk_manage_organization_profiles_request import (
        BulkManageOrganizationProfilesRequest,
    )
    from .bulk_manage_organizations_request import BulkManageOrganizationsRequest
    from .bulk_operation_response import BulkOperationResponse
    from .bulk_organization_detail_item import BulkOrganizationDetailItem
    from .bulk_organization_item import BulkOrganizationItem
    from .bulk_organization_profile_item import BulkOrganizationProfileItem
    from .bulk_profile_operation import BulkProfileOperation
    from .create_customer_account_request import CreateCustomerAccountRequest
    from .create_customer_profile_request import CreateCustomerProfileRequest
    from .create_detail_field_request import CreateDetailFieldRequest
    from .create_entitlement_request import CreateEntitlementRequest
    from .create_organization_profile_request import CreateOrganizationProfileRequest
    from .create_organization_request import CreateOrganizationRequest
    from .create_product_request import CreateProductRequest
    from .customer_account import CustomerAccount
    from .customer_profile import CustomerProfile
    from .customer_search_page import CustomerSearchPage
    from .customer_with_details import CustomerWithDetails
    from .detail_field import DetailField
    from .detail_field_configuration import DetailFieldConfiguration
    from .detail_field_list import DetailFieldList
    from .detail_field_type import DetailFieldType
    from .detail_field_type_name import DetailFieldTypeName
    from .detail_field_value import DetailFieldValue
    from .edit_detail_field_request import EditDetailFieldRequest
    from .entitled_entity import EntitledEntity
    from .entitled_entity_type import EntitledEntityType
    from .entitlement import Entitlement
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .experimental_api_opt_in import ExperimentalApiOptIn
    from .fetch_customer_profiles_request import FetchCustomerProfilesRequest
    from .fetch_customer_profiles_response import FetchCustomerProfilesResponse
    from .fetch_organization_profiles_request import FetchOrganizationProfilesRequest
    from .fetch_organization_profiles_response import FetchOrganizationProfilesResponse
    from .fetch_organizations_request import FetchOrganizationsRequest
    from .fetch_organizations_response import FetchOrganizationsResponse
    from .organization import Organization
    from .organization_profile import OrganizationProfile
    from .organization_with_details import OrganizationWithDetails
    from .product import Product
    from .product_page import ProductPage
    from .profile_customer import ProfileCustomer
    from .profile_detail_field import ProfileDetailField
    from .profile_detail_field_value import ProfileDetailFieldValue
    from .profile_detail_field_value_request import ProfileDetailFieldValueRequest
    from .profile_entitlement import ProfileEntitlement
    from .rename_product_request import RenameProductRequest
    from .search_customers_by_detail_field_request import (
        SearchCustomersByDetailFieldRequest,
    )
    from .set_detail_field_value_request import SetDetailFieldValueRequest
    from .task import Task
    from .task_failure import TaskFailure
    from .task_status import TaskStatus
    from .update_customer_account_request import UpdateCustomerAccountRequest
    from .update_organization_request import UpdateOrganizationRequest

# Name -> the module that defines it.
_MODULES = {
    "AssociateCustomers": ".associate_customers",
    "AssociateOrganizations": ".associate_organizations",
    "AssociateProducts": ".associate_products",
    "BulkAccountOperation": ".bulk_account_operation",
    "BulkCustomerDetailItem": ".bulk_customer_detail_item",
    "BulkCustomerItem": ".bulk_customer_item",
    "BulkCustomerProfileItem": ".bulk_customer_profile_item",
    "BulkDetailOperation": ".bulk_detail_operation",
    "BulkManageCustomerAccountsRequest": ".bulk_manage_customer_accounts_request",
    "BulkManageCustomerDetailsRequest": ".bulk_manage_customer_details_request",
    "BulkManageCustomerProfilesRequest": ".bulk_manage_customer_profiles_request",
    "BulkManageOrganizationDetailsRequest": ".bulk_manage_organization_details_request",
    "BulkManageOrganizationProfilesRequest": ".bulk_manage_organization_profiles_request",
    "BulkManageOrganizationsRequest": ".bulk_manage_organizations_request",
    "BulkOperationResponse": ".bulk_operation_response",
    "BulkOrganizationDetailItem": ".bulk_organization_detail_item",
    "BulkOrganizationItem": ".bulk_organization_item",
    "BulkOrganizationProfileItem": ".bulk_organization_profile_item",
    "BulkProfileOperation": ".bulk_profile_operation",
    "CreateCustomerAccountRequest": ".create_customer_account_request",
    "CreateCustomerProfileRequest": ".create_customer_profile_request",
    "CreateDetailFieldRequest": ".create_detail_field_request",
    "CreateEntitlementRequest": ".create_entitlement_request",
    "CreateOrganizationProfileRequest": ".create_organization_profile_request",
    "CreateOrganizationRequest": ".create_organization_request",
    "CreateProductRequest": ".create_product_request",
    "CustomerAccount": ".customer_account",
    "CustomerProfile": ".customer_profile",
    "CustomerSearchPage": ".customer_search_page",
    "CustomerWithDetails": ".customer_with_details",
    "DetailField": ".detail_field",
    "DetailFieldConfiguration": ".detail_field_configuration",
    "DetailFieldList": ".detail_field_list",
    "DetailFieldType": ".detail_field_type",
    "DetailFieldTypeName": ".detail_field_type_name",
    "DetailFieldValue": ".detail_field_value",
    "EditDetailFieldRequest": ".edit_detail_field_request",
    "EntitledEntity": ".entitled_entity",
    "EntitledEntityType": ".entitled_entity_type",
    "Entitlement": ".entitlement",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "ExperimentalApiOptIn": ".experimental_api_opt_in",
    "FetchCustomerProfilesRequest": ".fetch_customer_profiles_request",
    "FetchCustomerProfilesResponse": ".fetch_customer_profiles_response",
    "FetchOrganizationProfilesRequest": ".fetch_organization_profiles_request",
    "FetchOrganizationProfilesResponse": ".fetch_organization_profiles_response",
    "FetchOrganizationsRequest": ".fetch_organizations_request",
    "FetchOrganizationsResponse": ".fetch_organizations_response",
    "Organization": ".organization",
    "OrganizationProfile": ".organization_profile",
    "OrganizationWithDetails": ".organization_with_details",
    "Product": ".product",
    "ProductPage": ".product_page",
    "ProfileCustomer": ".profile_customer",
    "ProfileDetailField": ".profile_detail_field",
    "ProfileDetailFieldValue": ".profile_detail_field_value",
    "ProfileDetailFieldValueRequest": ".profile_detail_field_value_request",
    "ProfileEntitlement": ".profile_entitlement",
    "RenameProductRequest": ".rename_product_request",
    "SearchCustomersByDetailFieldRequest": ".search_customers_by_detail_field_request",
    "SetDetailFieldValueRequest": ".set_detail_field_value_request",
    "Task": ".task",
    "TaskFailure": ".task_failure",
    "TaskStatus": ".task_status",
    "UpdateCustomerAccountRequest": ".update_customer_account_request",
    "UpdateOrganizationRequest": ".update_organization_request",
}

__all__ = (
    "AssociateCustomers",
    "AssociateOrganizations",
    "AssociateProducts",
    "BulkAccountOperation",
    "BulkCustomerDetailItem",
    "BulkCustomerItem",
    "BulkCustomerProfileItem",
    "BulkDetailOperation",
    "BulkManageCustomerAccountsRequest",
    "BulkManageCustomerDetailsRequest",
    "BulkManageCustomerProfilesRequest",
    "BulkManageOrganizationDetailsRequest",
    "BulkManageOrganizationProfilesRequest",
    "BulkManageOrganizationsRequest",
    "BulkOperationResponse",
    "BulkOrganizationDetailItem",
    "BulkOrganizationItem",
    "BulkOrganizationProfileItem",
    "BulkProfileOperation",
    "CreateCustomerAccountRequest",
    "CreateCustomerProfileRequest",
    "CreateDetailFieldRequest",
    "CreateEntitlementRequest",
    "CreateOrganizationProfileRequest",
    "CreateOrganizationRequest",
    "CreateProductRequest",
    "CustomerAccount",
    "CustomerProfile",
    "CustomerSearchPage",
    "CustomerWithDetails",
    "DetailField",
    "DetailFieldConfiguration",
    "DetailFieldList",
    "DetailFieldType",
    "DetailFieldTypeName",
    "DetailFieldValue",
    "EditDetailFieldRequest",
    "EntitledEntity",
    "EntitledEntityType",
    "Entitlement",
    "ErrorDetail",
    "ErrorResponse",
    "ExperimentalApiOptIn",
    "FetchCustomerProfilesRequest",
    "FetchCustomerProfilesResponse",
    "FetchOrganizationProfilesRequest",
    "FetchOrganizationProfilesResponse",
    "FetchOrganizationsRequest",
    "FetchOrganizationsResponse",
    "Organization",
    "OrganizationProfile",
    "OrganizationWithDetails",
    "Product",
    "ProductPage",
    "ProfileCustomer",
    "ProfileDetailField",
    "ProfileDetailFieldValue",
    "ProfileDetailFieldValueRequest",
    "ProfileEntitlement",
    "RenameProductRequest",
    "SearchCustomersByDetailFieldRequest",
    "SetDetailFieldValueRequest",
    "Task",
    "TaskFailure",
    "TaskStatus",
    "UpdateCustomerAccountRequest",
    "UpdateOrganizationRequest",
)

# Type checkers see the imports above, not a catch-all attribute hook.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # later lookups skip this hook
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
