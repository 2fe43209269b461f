"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562), so importing one endpoint module loads only its own
models; `from <package>.models import Model` and type checkers (which read the imports below) work as usual.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .add_stakeholder_group_members_request import AddStakeholderGroupMembersRequest
    from .bulk_create_stakeholders_request import BulkCreateStakeholdersRequest
    from .bulk_delete_stakeholder_groups_request import (
        BulkDeleteStakeholderGroupsRequest,
    )
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
    from .remove_stakeholder_assignment_request import (
        RemoveStakeholderAssignmentRequest,
    )
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
    from .stakeholder_comms_group_create_response import (
        StakeholderCommsGroupCreateResponse,
    )
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
    from .stakeholder_comms_stakeholder_id_input import (
        StakeholderCommsStakeholderIdInput,
    )
    from .stakeholder_comms_stakeholder_input import StakeholderCommsStakeholderInput
    from .stakeholder_comms_stakeholder_list_response import (
        StakeholderCommsStakeholderListResponse,
    )
    from .stakeholder_comms_stakeholder_paginated_response import (
        StakeholderCommsStakeholderPaginatedResponse,
    )
    from .stakeholder_comms_stakeholder_response import (
        StakeholderCommsStakeholderResponse,
    )
    from .stakeholder_comms_stakeholder_status import StakeholderCommsStakeholderStatus
    from .stakeholder_comms_stakeholder_type import StakeholderCommsStakeholderType
    from .stakeholder_comms_stakeholder_update_status import (
        StakeholderCommsStakeholderUpdateStatus,
    )
    from .stakeholder_comms_update_stakeholder_input import (
        StakeholderCommsUpdateStakeholderInput,
    )
    from .stakeholder_comms_validation_response import (
        StakeholderCommsValidationResponse,
    )
    from .update_contact_request import UpdateContactRequest
    from .update_stakeholder_group_request import UpdateStakeholderGroupRequest
    from .update_stakeholder_request import UpdateStakeholderRequest

# Name -> the module that defines it.
_MODULES = {
    "AddStakeholderGroupMembersRequest": ".add_stakeholder_group_members_request",
    "BulkCreateStakeholdersRequest": ".bulk_create_stakeholders_request",
    "BulkDeleteStakeholderGroupsRequest": ".bulk_delete_stakeholder_groups_request",
    "BulkDeleteStakeholdersRequest": ".bulk_delete_stakeholders_request",
    "ContactCreateResponse": ".contact_create_response",
    "ContactIdData": ".contact_id_data",
    "ContactMethod": ".contact_method",
    "ContactPageLinks": ".contact_page_links",
    "ContactResponse": ".contact_response",
    "ContactStatus": ".contact_status",
    "ContactSuccessResponse": ".contact_success_response",
    "ContactWithApplyOrderResponse": ".contact_with_apply_order_response",
    "CreateContactRequest": ".create_contact_request",
    "CreateStakeholderGroupRequest": ".create_stakeholder_group_request",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "PaginatedResponseContactWithApplyOrderResponse": ".paginated_response_contact_with_apply_order_response",
    "RemoveStakeholderAssignmentRequest": ".remove_stakeholder_assignment_request",
    "RemoveStakeholderGroupMembersRequest": ".remove_stakeholder_group_members_request",
    "ResendStakeholderInviteRequest": ".resend_stakeholder_invite_request",
    "StakeholderCommsAddedFrom": ".stakeholder_comms_added_from",
    "StakeholderCommsAssignment": ".stakeholder_comms_assignment",
    "StakeholderCommsAssignmentIdInput": ".stakeholder_comms_assignment_id_input",
    "StakeholderCommsAssignmentPaginatedResponse": ".stakeholder_comms_assignment_paginated_response",
    "StakeholderCommsAssignmentType": ".stakeholder_comms_assignment_type",
    "StakeholderCommsBulkStakeholderCreateError": ".stakeholder_comms_bulk_stakeholder_create_error",
    "StakeholderCommsBulkStakeholderCreateResult": ".stakeholder_comms_bulk_stakeholder_create_result",
    "StakeholderCommsBulkStakeholderDeleteError": ".stakeholder_comms_bulk_stakeholder_delete_error",
    "StakeholderCommsBulkStakeholderDeleteResult": ".stakeholder_comms_bulk_stakeholder_delete_result",
    "StakeholderCommsChannelPreference": ".stakeholder_comms_channel_preference",
    "StakeholderCommsCreateStakeholderInput": ".stakeholder_comms_create_stakeholder_input",
    "StakeholderCommsGroupCreateResponse": ".stakeholder_comms_group_create_response",
    "StakeholderCommsGroupMemberConnectionResponse": ".stakeholder_comms_group_member_connection_response",
    "StakeholderCommsMembership": ".stakeholder_comms_membership",
    "StakeholderCommsNotificationPreference": ".stakeholder_comms_notification_preference",
    "StakeholderCommsNotificationPreferenceInput": ".stakeholder_comms_notification_preference_input",
    "StakeholderCommsPageInfo": ".stakeholder_comms_page_info",
    "StakeholderCommsPreference": ".stakeholder_comms_preference",
    "StakeholderCommsResendInviteInput": ".stakeholder_comms_resend_invite_input",
    "StakeholderCommsStakeholder": ".stakeholder_comms_stakeholder",
    "StakeholderCommsStakeholderConnection": ".stakeholder_comms_stakeholder_connection",
    "StakeholderCommsStakeholderConnectionResponse": ".stakeholder_comms_stakeholder_connection_response",
    "StakeholderCommsStakeholderCreateResult": ".stakeholder_comms_stakeholder_create_result",
    "StakeholderCommsStakeholderGroup": ".stakeholder_comms_stakeholder_group",
    "StakeholderCommsStakeholderGroupAndStakeholders": ".stakeholder_comms_stakeholder_group_and_stakeholders",
    "StakeholderCommsStakeholderGroupAndStakeholdersConnection": ".stakeholder_comms_stakeholder_group_and_stakeholders_connection",
    "StakeholderCommsStakeholderGroupConnection": ".stakeholder_comms_stakeholder_group_connection",
    "StakeholderCommsStakeholderGroupInput": ".stakeholder_comms_stakeholder_group_input",
    "StakeholderCommsStakeholderGroupMutationResponse": ".stakeholder_comms_stakeholder_group_mutation_response",
    "StakeholderCommsStakeholderGroupResponse": ".stakeholder_comms_stakeholder_group_response",
    "StakeholderCommsStakeholderGroupStatus": ".stakeholder_comms_stakeholder_group_status",
    "StakeholderCommsStakeholderGroupSummary": ".stakeholder_comms_stakeholder_group_summary",
    "StakeholderCommsStakeholderGroupWithMemberships": ".stakeholder_comms_stakeholder_group_with_memberships",
    "StakeholderCommsStakeholderGroupWithMembershipsConnection": ".stakeholder_comms_stakeholder_group_with_memberships_connection",
    "StakeholderCommsStakeholderGroupsAndMemberships": ".stakeholder_comms_stakeholder_groups_and_memberships",
    "StakeholderCommsStakeholderIdInput": ".stakeholder_comms_stakeholder_id_input",
    "StakeholderCommsStakeholderInput": ".stakeholder_comms_stakeholder_input",
    "StakeholderCommsStakeholderListResponse": ".stakeholder_comms_stakeholder_list_response",
    "StakeholderCommsStakeholderPaginatedResponse": ".stakeholder_comms_stakeholder_paginated_response",
    "StakeholderCommsStakeholderResponse": ".stakeholder_comms_stakeholder_response",
    "StakeholderCommsStakeholderStatus": ".stakeholder_comms_stakeholder_status",
    "StakeholderCommsStakeholderType": ".stakeholder_comms_stakeholder_type",
    "StakeholderCommsStakeholderUpdateStatus": ".stakeholder_comms_stakeholder_update_status",
    "StakeholderCommsUpdateStakeholderInput": ".stakeholder_comms_update_stakeholder_input",
    "StakeholderCommsValidationResponse": ".stakeholder_comms_validation_response",
    "UpdateContactRequest": ".update_contact_request",
    "UpdateStakeholderGroupRequest": ".update_stakeholder_group_request",
    "UpdateStakeholderRequest": ".update_stakeholder_request",
}

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
