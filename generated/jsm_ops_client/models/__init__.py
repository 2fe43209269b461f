"""Contains all the data models used in inputs/outputs"""

from .add_stakeholder_group_members_request import AddStakeholderGroupMembersRequest
from .bulk_create_stakeholders_request import BulkCreateStakeholdersRequest
from .bulk_delete_stakeholder_groups_request import BulkDeleteStakeholderGroupsRequest
from .bulk_delete_stakeholders_request import BulkDeleteStakeholdersRequest
from .contact_create_response import ContactCreateResponse
from .contact_id_data import ContactIdData
from .contact_method import ContactMethod
from .contact_page_links import ContactPageLinks
from .contact_response import ContactResponse
from .contact_status import ContactStatus
from .contact_success_response import ContactSuccessResponse
from .contact_with_apply_order_response import ContactWithApplyOrderResponse
from .create_contact_request import CreateContactRequest
from .create_stakeholder_group_request import CreateStakeholderGroupRequest
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .paginated_response_contact_with_apply_order_response import (
    PaginatedResponseContactWithApplyOrderResponse,
)
from .remove_stakeholder_assignment_request import RemoveStakeholderAssignmentRequest
from .remove_stakeholder_group_members_request import (
    RemoveStakeholderGroupMembersRequest,
)
from .resend_stakeholder_invite_request import ResendStakeholderInviteRequest
from .stakeholder_comms_added_from import StakeholderCommsAddedFrom
from .stakeholder_comms_assignment import StakeholderCommsAssignment
from .stakeholder_comms_assignment_id_input import StakeholderCommsAssignmentIdInput
from .stakeholder_comms_assignment_paginated_response import (
    StakeholderCommsAssignmentPaginatedResponse,
)
from .stakeholder_comms_assignment_type import StakeholderCommsAssignmentType
from .stakeholder_comms_bulk_stakeholder_create_error import (
    StakeholderCommsBulkStakeholderCreateError,
)
from .stakeholder_comms_bulk_stakeholder_create_result import (
    StakeholderCommsBulkStakeholderCreateResult,
)
from .stakeholder_comms_bulk_stakeholder_delete_error import (
    StakeholderCommsBulkStakeholderDeleteError,
)
from .stakeholder_comms_bulk_stakeholder_delete_result import (
    StakeholderCommsBulkStakeholderDeleteResult,
)
from .stakeholder_comms_channel_preference import StakeholderCommsChannelPreference
from .stakeholder_comms_create_stakeholder_input import (
    StakeholderCommsCreateStakeholderInput,
)
from .stakeholder_comms_group_create_response import StakeholderCommsGroupCreateResponse
from .stakeholder_comms_group_member_connection_response import (
    StakeholderCommsGroupMemberConnectionResponse,
)
from .stakeholder_comms_membership import StakeholderCommsMembership
from .stakeholder_comms_notification_preference import (
    StakeholderCommsNotificationPreference,
)
from .stakeholder_comms_notification_preference_input import (
    StakeholderCommsNotificationPreferenceInput,
)
from .stakeholder_comms_page_info import StakeholderCommsPageInfo
from .stakeholder_comms_preference import StakeholderCommsPreference
from .stakeholder_comms_resend_invite_input import StakeholderCommsResendInviteInput
from .stakeholder_comms_stakeholder import StakeholderCommsStakeholder
from .stakeholder_comms_stakeholder_connection import (
    StakeholderCommsStakeholderConnection,
)
from .stakeholder_comms_stakeholder_connection_response import (
    StakeholderCommsStakeholderConnectionResponse,
)
from .stakeholder_comms_stakeholder_create_result import (
    StakeholderCommsStakeholderCreateResult,
)
from .stakeholder_comms_stakeholder_group import StakeholderCommsStakeholderGroup
from .stakeholder_comms_stakeholder_group_and_stakeholders import (
    StakeholderCommsStakeholderGroupAndStakeholders,
)
from .stakeholder_comms_stakeholder_group_and_stakeholders_connection import (
    StakeholderCommsStakeholderGroupAndStakeholdersConnection,
)
from .stakeholder_comms_stakeholder_group_connection import (
    StakeholderCommsStakeholderGroupConnection,
)
from .stakeholder_comms_stakeholder_group_input import (
    StakeholderCommsStakeholderGroupInput,
)
from .stakeholder_comms_stakeholder_group_mutation_response import (
    StakeholderCommsStakeholderGroupMutationResponse,
)
from .stakeholder_comms_stakeholder_group_response import (
    StakeholderCommsStakeholderGroupResponse,
)
from .stakeholder_comms_stakeholder_group_status import (
    StakeholderCommsStakeholderGroupStatus,
)
from .stakeholder_comms_stakeholder_group_summary import (
    StakeholderCommsStakeholderGroupSummary,
)
from .stakeholder_comms_stakeholder_group_with_memberships import (
    StakeholderCommsStakeholderGroupWithMemberships,
)
from .stakeholder_comms_stakeholder_group_with_memberships_connection import (
    StakeholderCommsStakeholderGroupWithMembershipsConnection,
)
from .stakeholder_comms_stakeholder_groups_and_memberships import (
    StakeholderCommsStakeholderGroupsAndMemberships,
)
from .stakeholder_comms_stakeholder_id_input import StakeholderCommsStakeholderIdInput
from .stakeholder_comms_stakeholder_input import StakeholderCommsStakeholderInput
from .stakeholder_comms_stakeholder_list_response import (
    StakeholderCommsStakeholderListResponse,
)
from .stakeholder_comms_stakeholder_paginated_response import (
    StakeholderCommsStakeholderPaginatedResponse,
)
from .stakeholder_comms_stakeholder_response import StakeholderCommsStakeholderResponse
from .stakeholder_comms_stakeholder_status import StakeholderCommsStakeholderStatus
from .stakeholder_comms_stakeholder_type import StakeholderCommsStakeholderType
from .stakeholder_comms_stakeholder_update_status import (
    StakeholderCommsStakeholderUpdateStatus,
)
from .stakeholder_comms_update_stakeholder_input import (
    StakeholderCommsUpdateStakeholderInput,
)
from .stakeholder_comms_validation_response import StakeholderCommsValidationResponse
from .update_contact_request import UpdateContactRequest
from .update_stakeholder_group_request import UpdateStakeholderGroupRequest
from .update_stakeholder_request import UpdateStakeholderRequest

__all__ = (
    "AddStakeholderGroupMembersRequest",
    "BulkCreateStakeholdersRequest",
    "BulkDeleteStakeholderGroupsRequest",
    "BulkDeleteStakeholdersRequest",
    "ContactCreateResponse",
    "ContactIdData",
    "ContactMethod",
    "ContactPageLinks",
    "ContactResponse",
    "ContactStatus",
    "ContactSuccessResponse",
    "ContactWithApplyOrderResponse",
    "CreateContactRequest",
    "CreateStakeholderGroupRequest",
    "ErrorDetail",
    "ErrorResponse",
    "PaginatedResponseContactWithApplyOrderResponse",
    "RemoveStakeholderAssignmentRequest",
    "RemoveStakeholderGroupMembersRequest",
    "ResendStakeholderInviteRequest",
    "StakeholderCommsAddedFrom",
    "StakeholderCommsAssignment",
    "StakeholderCommsAssignmentIdInput",
    "StakeholderCommsAssignmentPaginatedResponse",
    "StakeholderCommsAssignmentType",
    "StakeholderCommsBulkStakeholderCreateError",
    "StakeholderCommsBulkStakeholderCreateResult",
    "StakeholderCommsBulkStakeholderDeleteError",
    "StakeholderCommsBulkStakeholderDeleteResult",
    "StakeholderCommsChannelPreference",
    "StakeholderCommsCreateStakeholderInput",
    "StakeholderCommsGroupCreateResponse",
    "StakeholderCommsGroupMemberConnectionResponse",
    "StakeholderCommsMembership",
    "StakeholderCommsNotificationPreference",
    "StakeholderCommsNotificationPreferenceInput",
    "StakeholderCommsPageInfo",
    "StakeholderCommsPreference",
    "StakeholderCommsResendInviteInput",
    "StakeholderCommsStakeholder",
    "StakeholderCommsStakeholderConnection",
    "StakeholderCommsStakeholderConnectionResponse",
    "StakeholderCommsStakeholderCreateResult",
    "StakeholderCommsStakeholderGroup",
    "StakeholderCommsStakeholderGroupAndStakeholders",
    "StakeholderCommsStakeholderGroupAndStakeholdersConnection",
    "StakeholderCommsStakeholderGroupConnection",
    "StakeholderCommsStakeholderGroupInput",
    "StakeholderCommsStakeholderGroupMutationResponse",
    "StakeholderCommsStakeholderGroupResponse",
    "StakeholderCommsStakeholderGroupStatus",
    "StakeholderCommsStakeholderGroupSummary",
    "StakeholderCommsStakeholderGroupWithMemberships",
    "StakeholderCommsStakeholderGroupWithMembershipsConnection",
    "StakeholderCommsStakeholderGroupsAndMemberships",
    "StakeholderCommsStakeholderIdInput",
    "StakeholderCommsStakeholderInput",
    "StakeholderCommsStakeholderListResponse",
    "StakeholderCommsStakeholderPaginatedResponse",
    "StakeholderCommsStakeholderResponse",
    "StakeholderCommsStakeholderStatus",
    "StakeholderCommsStakeholderType",
    "StakeholderCommsStakeholderUpdateStatus",
    "StakeholderCommsUpdateStakeholderInput",
    "StakeholderCommsValidationResponse",
    "UpdateContactRequest",
    "UpdateStakeholderGroupRequest",
    "UpdateStakeholderRequest",
)
