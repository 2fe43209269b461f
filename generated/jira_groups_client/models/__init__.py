"""Contains all the data models used in inputs/outputs"""

from .add_group_bean import AddGroupBean
from .avatar_urls_bean import AvatarUrlsBean
from .bulk_get_jira_groups_access_type import BulkGetJiraGroupsAccessType
from .bulk_get_jira_groups_application_key import BulkGetJiraGroupsApplicationKey
from .error_collection import ErrorCollection
from .error_collection_errors import ErrorCollectionErrors
from .found_group import FoundGroup
from .found_groups import FoundGroups
from .group import Group
from .group_details import GroupDetails
from .group_label import GroupLabel
from .group_label_type import GroupLabelType
from .page_bean_group_details import PageBeanGroupDetails
from .page_bean_user_details import PageBeanUserDetails
from .paged_list_user_details_application_user import (
    PagedListUserDetailsApplicationUser,
)
from .paged_organization_users import PagedOrganizationUsers
from .paged_organizations import PagedOrganizations
from .self_link import SelfLink
from .service_desk_organization import ServiceDeskOrganization
from .service_desk_page_links import ServiceDeskPageLinks
from .service_desk_user import ServiceDeskUser
from .service_desk_user_links import ServiceDeskUserLinks
from .update_user_to_group_bean import UpdateUserToGroupBean
from .user import User
from .user_details import UserDetails

__all__ = (
    "AddGroupBean",
    "AvatarUrlsBean",
    "BulkGetJiraGroupsAccessType",
    "BulkGetJiraGroupsApplicationKey",
    "ErrorCollection",
    "ErrorCollectionErrors",
    "FoundGroup",
    "FoundGroups",
    "Group",
    "GroupDetails",
    "GroupLabel",
    "GroupLabelType",
    "PageBeanGroupDetails",
    "PageBeanUserDetails",
    "PagedListUserDetailsApplicationUser",
    "PagedOrganizationUsers",
    "PagedOrganizations",
    "SelfLink",
    "ServiceDeskOrganization",
    "ServiceDeskPageLinks",
    "ServiceDeskUser",
    "ServiceDeskUserLinks",
    "UpdateUserToGroupBean",
    "User",
    "UserDetails",
)
