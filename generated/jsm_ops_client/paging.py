"""Typed iterators over every page of the paged operations, from the specs' `x-pagination`.

    for item in iter_<operation>(client=client, <the operation's other arguments>): ...
    async for item in aiter_<operation>(client=client, ...): ...

`page_size` sets the operation's page size argument; the paging arguments themselves are managed here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from atlassian_people_runtime.paging import Pagination, aiterate, iterate

from .api.contacts import list_user_contacts
from .api.stakeholder_assignments import (
    get_assignments_by_stakeholder,
    get_stakeholders_by_assignment_paginated,
)
from .api.stakeholder_groups import (
    get_stakeholder_group_memberships,
    list_stakeholder_groups_with_memberships,
    list_stakeholder_groups_with_stakeholders,
)
from .api.stakeholders import list_stakeholders
from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .models import (
        ContactWithApplyOrderResponse,
        StakeholderCommsAssignment,
        StakeholderCommsStakeholder,
        StakeholderCommsStakeholderGroup,
        StakeholderCommsStakeholderGroupAndStakeholders,
        StakeholderCommsStakeholderGroupWithMemberships,
    )


LIST_STAKEHOLDERS = Pagination(
    operation="listStakeholders",
    style="cursor",
    position_param="after",
    size_param="first",
    items="connection.nodes",
    next_cursor="connection.page_info.end_cursor",
    has_more="connection.page_info.has_next_page",
    is_last=None,
    first_page=1,
)


def iter_list_stakeholders(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[StakeholderCommsStakeholder]:
    """Every item of listStakeholders, page after page (`params`: its other arguments)."""
    return iterate(
        list_stakeholders.call,
        LIST_STAKEHOLDERS,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_list_stakeholders(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[StakeholderCommsStakeholder]:
    """Every item of listStakeholders, page after page, for async clients."""
    return aiterate(
        list_stakeholders.acall,
        LIST_STAKEHOLDERS,
        client=client,
        page_size=page_size,
        params=params,
    )


GET_STAKEHOLDERS_BY_ASSIGNMENT_PAGINATED = Pagination(
    operation="getStakeholdersByAssignmentPaginated",
    style="cursor",
    position_param="after",
    size_param="first",
    items="stakeholders",
    next_cursor="page_info.end_cursor",
    has_more="page_info.has_next_page",
    is_last=None,
    first_page=1,
)


def iter_get_stakeholders_by_assignment_paginated(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[StakeholderCommsStakeholder]:
    """Every item of getStakeholdersByAssignmentPaginated, page after page (`params`: its other arguments)."""
    return iterate(
        get_stakeholders_by_assignment_paginated.call,
        GET_STAKEHOLDERS_BY_ASSIGNMENT_PAGINATED,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_get_stakeholders_by_assignment_paginated(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[StakeholderCommsStakeholder]:
    """Every item of getStakeholdersByAssignmentPaginated, page after page, for async clients."""
    return aiterate(
        get_stakeholders_by_assignment_paginated.acall,
        GET_STAKEHOLDERS_BY_ASSIGNMENT_PAGINATED,
        client=client,
        page_size=page_size,
        params=params,
    )


LIST_STAKEHOLDER_GROUPS_WITH_MEMBERSHIPS = Pagination(
    operation="listStakeholderGroupsWithMemberships",
    style="cursor",
    position_param="after",
    size_param="first",
    items="nodes",
    next_cursor="page_info.end_cursor",
    has_more="page_info.has_next_page",
    is_last=None,
    first_page=1,
)


def iter_list_stakeholder_groups_with_memberships(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[StakeholderCommsStakeholderGroupWithMemberships]:
    """Every item of listStakeholderGroupsWithMemberships, page after page (`params`: its other arguments)."""
    return iterate(
        list_stakeholder_groups_with_memberships.call,
        LIST_STAKEHOLDER_GROUPS_WITH_MEMBERSHIPS,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_list_stakeholder_groups_with_memberships(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[StakeholderCommsStakeholderGroupWithMemberships]:
    """Every item of listStakeholderGroupsWithMemberships, page after page, for async clients."""
    return aiterate(
        list_stakeholder_groups_with_memberships.acall,
        LIST_STAKEHOLDER_GROUPS_WITH_MEMBERSHIPS,
        client=client,
        page_size=page_size,
        params=params,
    )


LIST_STAKEHOLDER_GROUPS_WITH_STAKEHOLDERS = Pagination(
    operation="listStakeholderGroupsWithStakeholders",
    style="cursor",
    position_param="after",
    size_param="first",
    items="groups",
    next_cursor="page_info.end_cursor",
    has_more="page_info.has_next_page",
    is_last=None,
    first_page=1,
)


def iter_list_stakeholder_groups_with_stakeholders(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[StakeholderCommsStakeholderGroupAndStakeholders]:
    """Every item of listStakeholderGroupsWithStakeholders, page after page (`params`: its other arguments)."""
    return iterate(
        list_stakeholder_groups_with_stakeholders.call,
        LIST_STAKEHOLDER_GROUPS_WITH_STAKEHOLDERS,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_list_stakeholder_groups_with_stakeholders(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[StakeholderCommsStakeholderGroupAndStakeholders]:
    """Every item of listStakeholderGroupsWithStakeholders, page after page, for async clients."""
    return aiterate(
        list_stakeholder_groups_with_stakeholders.acall,
        LIST_STAKEHOLDER_GROUPS_WITH_STAKEHOLDERS,
        client=client,
        page_size=page_size,
        params=params,
    )


GET_STAKEHOLDER_GROUP_MEMBERSHIPS = Pagination(
    operation="getStakeholderGroupMemberships",
    style="cursor",
    position_param="cursor",
    size_param="limit",
    items="nodes",
    next_cursor="page_info.end_cursor",
    has_more="page_info.has_next_page",
    is_last=None,
    first_page=1,
)


def iter_get_stakeholder_group_memberships(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[StakeholderCommsStakeholderGroup]:
    """Every item of getStakeholderGroupMemberships, page after page (`params`: its other arguments)."""
    return iterate(
        get_stakeholder_group_memberships.call,
        GET_STAKEHOLDER_GROUP_MEMBERSHIPS,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_get_stakeholder_group_memberships(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[StakeholderCommsStakeholderGroup]:
    """Every item of getStakeholderGroupMemberships, page after page, for async clients."""
    return aiterate(
        get_stakeholder_group_memberships.acall,
        GET_STAKEHOLDER_GROUP_MEMBERSHIPS,
        client=client,
        page_size=page_size,
        params=params,
    )


GET_ASSIGNMENTS_BY_STAKEHOLDER = Pagination(
    operation="getAssignmentsByStakeholder",
    style="cursor",
    position_param="after",
    size_param="first",
    items="assignments",
    next_cursor="page_info.end_cursor",
    has_more="page_info.has_next_page",
    is_last=None,
    first_page=1,
)


def iter_get_assignments_by_stakeholder(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[StakeholderCommsAssignment]:
    """Every item of getAssignmentsByStakeholder, page after page (`params`: its other arguments)."""
    return iterate(
        get_assignments_by_stakeholder.call,
        GET_ASSIGNMENTS_BY_STAKEHOLDER,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_get_assignments_by_stakeholder(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[StakeholderCommsAssignment]:
    """Every item of getAssignmentsByStakeholder, page after page, for async clients."""
    return aiterate(
        get_assignments_by_stakeholder.acall,
        GET_ASSIGNMENTS_BY_STAKEHOLDER,
        client=client,
        page_size=page_size,
        params=params,
    )


LIST_USER_CONTACTS = Pagination(
    operation="listUserContacts",
    style="offset",
    position_param="offset",
    size_param="size",
    items="values",
    next_cursor=None,
    has_more="links.next_",
    is_last=None,
    first_page=1,
)


def iter_list_user_contacts(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[ContactWithApplyOrderResponse]:
    """Every item of listUserContacts, page after page (`params`: its other arguments)."""
    return iterate(
        list_user_contacts.call,
        LIST_USER_CONTACTS,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_list_user_contacts(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[ContactWithApplyOrderResponse]:
    """Every item of listUserContacts, page after page, for async clients."""
    return aiterate(
        list_user_contacts.acall,
        LIST_USER_CONTACTS,
        client=client,
        page_size=page_size,
        params=params,
    )
