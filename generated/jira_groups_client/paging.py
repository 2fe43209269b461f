"""Typed iterators over every page of the paged operations, from the specs' `x-pagination`.

    for item in iter_<operation>(client=client, <the operation's other arguments>): ...
    async for item in aiter_<operation>(client=client, ...): ...

`page_size` sets the operation's page size argument; the paging arguments themselves are managed here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from atlassian_people_runtime.paging import Pagination, aiterate, iterate

from .api.groups import bulk_get_jira_groups, get_jira_group_members
from .api.service_desk_organizations import (
    list_service_desk_organization_users,
    list_service_desk_organizations,
)
from .api.users import find_jira_users
from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .models import (
        GroupDetails,
        ServiceDeskOrganization,
        ServiceDeskUser,
        User,
        UserDetails,
    )


BULK_GET_JIRA_GROUPS = Pagination(
    operation="bulkGetJiraGroups",
    style="offset",
    position_param="start_at",
    size_param="max_results",
    items="values",
    next_cursor=None,
    has_more=None,
    is_last="is_last",
    first_page=1,
)


def iter_bulk_get_jira_groups(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[GroupDetails]:
    """Every item of bulkGetJiraGroups, page after page (`params`: its other arguments)."""
    return iterate(
        bulk_get_jira_groups.call,
        BULK_GET_JIRA_GROUPS,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_bulk_get_jira_groups(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[GroupDetails]:
    """Every item of bulkGetJiraGroups, page after page, for async clients."""
    return aiterate(
        bulk_get_jira_groups.acall,
        BULK_GET_JIRA_GROUPS,
        client=client,
        page_size=page_size,
        params=params,
    )


GET_JIRA_GROUP_MEMBERS = Pagination(
    operation="getJiraGroupMembers",
    style="offset",
    position_param="start_at",
    size_param="max_results",
    items="values",
    next_cursor=None,
    has_more=None,
    is_last="is_last",
    first_page=1,
)


def iter_get_jira_group_members(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[UserDetails]:
    """Every item of getJiraGroupMembers, page after page (`params`: its other arguments)."""
    return iterate(
        get_jira_group_members.call,
        GET_JIRA_GROUP_MEMBERS,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_get_jira_group_members(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[UserDetails]:
    """Every item of getJiraGroupMembers, page after page, for async clients."""
    return aiterate(
        get_jira_group_members.acall,
        GET_JIRA_GROUP_MEMBERS,
        client=client,
        page_size=page_size,
        params=params,
    )


FIND_JIRA_USERS = Pagination(
    operation="findJiraUsers",
    style="offset",
    position_param="start_at",
    size_param="max_results",
    items=".",
    next_cursor=None,
    has_more=None,
    is_last=None,
    first_page=1,
)


def iter_find_jira_users(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[User]:
    """Every item of findJiraUsers, page after page (`params`: its other arguments)."""
    return iterate(
        find_jira_users.call,
        FIND_JIRA_USERS,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_find_jira_users(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[User]:
    """Every item of findJiraUsers, page after page, for async clients."""
    return aiterate(
        find_jira_users.acall,
        FIND_JIRA_USERS,
        client=client,
        page_size=page_size,
        params=params,
    )


LIST_SERVICE_DESK_ORGANIZATIONS = Pagination(
    operation="listServiceDeskOrganizations",
    style="offset",
    position_param="start",
    size_param="limit",
    items="values",
    next_cursor=None,
    has_more=None,
    is_last="is_last_page",
    first_page=1,
)


def iter_list_service_desk_organizations(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[ServiceDeskOrganization]:
    """Every item of listServiceDeskOrganizations, page after page (`params`: its other arguments)."""
    return iterate(
        list_service_desk_organizations.call,
        LIST_SERVICE_DESK_ORGANIZATIONS,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_list_service_desk_organizations(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[ServiceDeskOrganization]:
    """Every item of listServiceDeskOrganizations, page after page, for async clients."""
    return aiterate(
        list_service_desk_organizations.acall,
        LIST_SERVICE_DESK_ORGANIZATIONS,
        client=client,
        page_size=page_size,
        params=params,
    )


LIST_SERVICE_DESK_ORGANIZATION_USERS = Pagination(
    operation="listServiceDeskOrganizationUsers",
    style="offset",
    position_param="start",
    size_param="limit",
    items="values",
    next_cursor=None,
    has_more=None,
    is_last="is_last_page",
    first_page=1,
)


def iter_list_service_desk_organization_users(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[ServiceDeskUser]:
    """Every item of listServiceDeskOrganizationUsers, page after page (`params`: its other arguments)."""
    return iterate(
        list_service_desk_organization_users.call,
        LIST_SERVICE_DESK_ORGANIZATION_USERS,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_list_service_desk_organization_users(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[ServiceDeskUser]:
    """Every item of listServiceDeskOrganizationUsers, page after page, for async clients."""
    return aiterate(
        list_service_desk_organization_users.acall,
        LIST_SERVICE_DESK_ORGANIZATION_USERS,
        client=client,
        page_size=page_size,
        params=params,
    )
