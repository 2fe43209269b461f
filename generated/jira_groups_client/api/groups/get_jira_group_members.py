from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_collection import ErrorCollection
from ...models.page_bean_user_details import PageBeanUserDetails
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "getJiraGroupMembers"


def _get_kwargs(
    *,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    include_inactive_users: bool | Unset = False,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["groupname"] = groupname

    params["groupId"] = group_id

    params["includeInactiveUsers"] = include_inactive_users

    params["startAt"] = start_at

    params["maxResults"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/api/3/group/member",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorCollection | PageBeanUserDetails | None:
    if response.status_code == 200:
        response_200 = PageBeanUserDetails.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        try:
            response_400 = ErrorCollection.from_dict(response.json())

            return response_400

        except UNPARSEABLE:
            # A non-JSON or off-spec error body (e.g. a gateway's HTML page): no parsed value, but the
            # Response keeps the status, headers (Retry-After) and content.
            return None
    if response.status_code == 401:
        try:
            response_401 = ErrorCollection.from_dict(response.json())

            return response_401

        except UNPARSEABLE:
            # A non-JSON or off-spec error body (e.g. a gateway's HTML page): no parsed value, but the
            # Response keeps the status, headers (Retry-After) and content.
            return None
    if response.status_code == 403:
        try:
            response_403 = ErrorCollection.from_dict(response.json())

            return response_403

        except UNPARSEABLE:
            # A non-JSON or off-spec error body (e.g. a gateway's HTML page): no parsed value, but the
            # Response keeps the status, headers (Retry-After) and content.
            return None
    if response.status_code == 404:
        try:
            response_404 = ErrorCollection.from_dict(response.json())

            return response_404

        except UNPARSEABLE:
            # A non-JSON or off-spec error body (e.g. a gateway's HTML page): no parsed value, but the
            # Response keeps the status, headers (Retry-After) and content.
            return None
    if response.status_code == 429:
        try:
            response_429 = ErrorCollection.from_dict(response.json())

            return response_429

        except UNPARSEABLE:
            # A non-JSON or off-spec error body (e.g. a gateway's HTML page): no parsed value, but the
            # Response keeps the status, headers (Retry-After) and content.
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorCollection | PageBeanUserDetails]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> PageBeanUserDetails:
    if response.status_code == 200:
        response_200 = PageBeanUserDetails.from_dict(response.json())

        return response_200

    raise ValueError(
        f"HTTP {response.status_code} is not a success status the spec describes"
    )


# The two steps above under public names, for a caller that sends the request itself between them (the
# MCP server checks every request first); typed, so that a type checker sees the arguments and the result.
build_request = _get_kwargs
parse_success = _parse_success


def call(
    *,
    client: AuthenticatedClient | Client,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    include_inactive_users: bool | Unset = False,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
) -> PageBeanUserDetails:
    """Get users from group

     Returns a paginated list of all users in a group.

    Note that users are ordered by username, however the username is not returned in the results due to
    privacy reasons.

    Permissions required: either of:

     *  Browse users and groups global permission.
     *  Administer Jira global permission.
    **Permissions required:** Either of: Browse users and groups global permission. Administer Jira
    global permission.
    **OAuth 2.0 scopes** (any one of these sets): manage:jira-configuration; read:group:jira
    read:user:jira read:avatar:jira

    Args:
        groupname (str | Unset): As a group's name can change, use of `groupId` is recommended to
            identify a group. The name of the group. This parameter cannot be used with the `groupId`
            parameter.
        group_id (str | Unset): The ID of the group. This parameter cannot be used with the
            `groupname` parameter.
        include_inactive_users (bool | Unset): Include inactive users. Default: False.
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of items to return per page (number should
            be between 1 and 50). Default: 50.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        PageBeanUserDetails
    """

    kwargs = _get_kwargs(
        groupname=groupname,
        group_id=group_id,
        include_inactive_users=include_inactive_users,
        start_at=start_at,
        max_results=max_results,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    include_inactive_users: bool | Unset = False,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
) -> PageBeanUserDetails:
    """Get users from group

     Returns a paginated list of all users in a group.

    Note that users are ordered by username, however the username is not returned in the results due to
    privacy reasons.

    Permissions required: either of:

     *  Browse users and groups global permission.
     *  Administer Jira global permission.
    **Permissions required:** Either of: Browse users and groups global permission. Administer Jira
    global permission.
    **OAuth 2.0 scopes** (any one of these sets): manage:jira-configuration; read:group:jira
    read:user:jira read:avatar:jira

    Args:
        groupname (str | Unset): As a group's name can change, use of `groupId` is recommended to
            identify a group. The name of the group. This parameter cannot be used with the `groupId`
            parameter.
        group_id (str | Unset): The ID of the group. This parameter cannot be used with the
            `groupname` parameter.
        include_inactive_users (bool | Unset): Include inactive users. Default: False.
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of items to return per page (number should
            be between 1 and 50). Default: 50.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        PageBeanUserDetails
    """

    kwargs = _get_kwargs(
        groupname=groupname,
        group_id=group_id,
        include_inactive_users=include_inactive_users,
        start_at=start_at,
        max_results=max_results,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    include_inactive_users: bool | Unset = False,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
) -> Response[ErrorCollection | PageBeanUserDetails]:
    """Get users from group

     Returns a paginated list of all users in a group.

    Note that users are ordered by username, however the username is not returned in the results due to
    privacy reasons.

    Permissions required: either of:

     *  Browse users and groups global permission.
     *  Administer Jira global permission.
    **Permissions required:** Either of: Browse users and groups global permission. Administer Jira
    global permission.
    **OAuth 2.0 scopes** (any one of these sets): manage:jira-configuration; read:group:jira
    read:user:jira read:avatar:jira

    Args:
        groupname (str | Unset): As a group's name can change, use of `groupId` is recommended to
            identify a group. The name of the group. This parameter cannot be used with the `groupId`
            parameter.
        group_id (str | Unset): The ID of the group. This parameter cannot be used with the
            `groupname` parameter.
        include_inactive_users (bool | Unset): Include inactive users. Default: False.
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of items to return per page (number should
            be between 1 and 50). Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | PageBeanUserDetails]
    """

    kwargs = _get_kwargs(
        groupname=groupname,
        group_id=group_id,
        include_inactive_users=include_inactive_users,
        start_at=start_at,
        max_results=max_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    include_inactive_users: bool | Unset = False,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
) -> ErrorCollection | PageBeanUserDetails | None:
    """Get users from group

     Returns a paginated list of all users in a group.

    Note that users are ordered by username, however the username is not returned in the results due to
    privacy reasons.

    Permissions required: either of:

     *  Browse users and groups global permission.
     *  Administer Jira global permission.
    **Permissions required:** Either of: Browse users and groups global permission. Administer Jira
    global permission.
    **OAuth 2.0 scopes** (any one of these sets): manage:jira-configuration; read:group:jira
    read:user:jira read:avatar:jira

    Args:
        groupname (str | Unset): As a group's name can change, use of `groupId` is recommended to
            identify a group. The name of the group. This parameter cannot be used with the `groupId`
            parameter.
        group_id (str | Unset): The ID of the group. This parameter cannot be used with the
            `groupname` parameter.
        include_inactive_users (bool | Unset): Include inactive users. Default: False.
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of items to return per page (number should
            be between 1 and 50). Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | PageBeanUserDetails
    """

    return sync_detailed(
        client=client,
        groupname=groupname,
        group_id=group_id,
        include_inactive_users=include_inactive_users,
        start_at=start_at,
        max_results=max_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    include_inactive_users: bool | Unset = False,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
) -> Response[ErrorCollection | PageBeanUserDetails]:
    """Get users from group

     Returns a paginated list of all users in a group.

    Note that users are ordered by username, however the username is not returned in the results due to
    privacy reasons.

    Permissions required: either of:

     *  Browse users and groups global permission.
     *  Administer Jira global permission.
    **Permissions required:** Either of: Browse users and groups global permission. Administer Jira
    global permission.
    **OAuth 2.0 scopes** (any one of these sets): manage:jira-configuration; read:group:jira
    read:user:jira read:avatar:jira

    Args:
        groupname (str | Unset): As a group's name can change, use of `groupId` is recommended to
            identify a group. The name of the group. This parameter cannot be used with the `groupId`
            parameter.
        group_id (str | Unset): The ID of the group. This parameter cannot be used with the
            `groupname` parameter.
        include_inactive_users (bool | Unset): Include inactive users. Default: False.
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of items to return per page (number should
            be between 1 and 50). Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | PageBeanUserDetails]
    """

    kwargs = _get_kwargs(
        groupname=groupname,
        group_id=group_id,
        include_inactive_users=include_inactive_users,
        start_at=start_at,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    include_inactive_users: bool | Unset = False,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
) -> ErrorCollection | PageBeanUserDetails | None:
    """Get users from group

     Returns a paginated list of all users in a group.

    Note that users are ordered by username, however the username is not returned in the results due to
    privacy reasons.

    Permissions required: either of:

     *  Browse users and groups global permission.
     *  Administer Jira global permission.
    **Permissions required:** Either of: Browse users and groups global permission. Administer Jira
    global permission.
    **OAuth 2.0 scopes** (any one of these sets): manage:jira-configuration; read:group:jira
    read:user:jira read:avatar:jira

    Args:
        groupname (str | Unset): As a group's name can change, use of `groupId` is recommended to
            identify a group. The name of the group. This parameter cannot be used with the `groupId`
            parameter.
        group_id (str | Unset): The ID of the group. This parameter cannot be used with the
            `groupname` parameter.
        include_inactive_users (bool | Unset): Include inactive users. Default: False.
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of items to return per page (number should
            be between 1 and 50). Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | PageBeanUserDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            groupname=groupname,
            group_id=group_id,
            include_inactive_users=include_inactive_users,
            start_at=start_at,
            max_results=max_results,
        )
    ).parsed
