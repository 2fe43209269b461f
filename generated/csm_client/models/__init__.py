"""Contains all the data models used in inputs/outputs"""

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
