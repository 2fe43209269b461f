"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562), so importing one endpoint module loads only its own
models; `from <package>.models import Model` and type checkers (which read the imports below) work as usual.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

# Name -> the module that defines it.
_MODULES = {
    "AddGroupBean": ".add_group_bean",
    "AvatarUrlsBean": ".avatar_urls_bean",
    "BulkGetJiraGroupsAccessType": ".bulk_get_jira_groups_access_type",
    "BulkGetJiraGroupsApplicationKey": ".bulk_get_jira_groups_application_key",
    "ErrorCollection": ".error_collection",
    "ErrorCollectionErrors": ".error_collection_errors",
    "FoundGroup": ".found_group",
    "FoundGroups": ".found_groups",
    "Group": ".group",
    "GroupDetails": ".group_details",
    "GroupLabel": ".group_label",
    "GroupLabelType": ".group_label_type",
    "PageBeanGroupDetails": ".page_bean_group_details",
    "PageBeanUserDetails": ".page_bean_user_details",
    "PagedListUserDetailsApplicationUser": ".paged_list_user_details_application_user",
    "PagedOrganizationUsers": ".paged_organization_users",
    "PagedOrganizations": ".paged_organizations",
    "SelfLink": ".self_link",
    "ServiceDeskOrganization": ".service_desk_organization",
    "ServiceDeskPageLinks": ".service_desk_page_links",
    "ServiceDeskUser": ".service_desk_user",
    "ServiceDeskUserLinks": ".service_desk_user_links",
    "UpdateUserToGroupBean": ".update_user_to_group_bean",
    "User": ".user",
    "UserDetails": ".user_details",
}

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
