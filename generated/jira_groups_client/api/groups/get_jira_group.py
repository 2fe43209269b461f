from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_collection import ErrorCollection
from ...models.group import Group
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "getJiraGroup"


def _get_kwargs(
    *,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["groupname"] = groupname

    params["groupId"] = group_id

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/api/3/group",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorCollection | Group | None:
    if response.status_code == 200:
        response_200 = Group.from_dict(response.json())

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
) -> Response[ErrorCollection | Group]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> Group:
    if response.status_code == 200:
        response_200 = Group.from_dict(response.json())

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
    expand: str | Unset = UNSET,
) -> Group:
    """Get group

     This operation is deprecated, use group/member.

    Returns all users in a group.

    Permissions required: either of:

     *  Browse users and groups global permission.
     *  Administer Jira global permission.
    **Permissions required:** Either of: Browse users and groups global permission. Administer Jira
    global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira read:user:jira
    read:avatar:jira

    Args:
        groupname (str | Unset): As a group's name can change, use of `groupId` is recommended to
            identify a group. The name of the group. This parameter cannot be used with the `groupId`
            parameter.
        group_id (str | Unset): The ID of the group. This parameter cannot be used with the
            `groupname` parameter.
        expand (str | Unset): List of fields to expand (for example `users`, or `users[51:100]`
            for a later page of members).

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        Group
    """

    kwargs = _get_kwargs(
        groupname=groupname,
        group_id=group_id,
        expand=expand,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Group:
    """Get group

     This operation is deprecated, use group/member.

    Returns all users in a group.

    Permissions required: either of:

     *  Browse users and groups global permission.
     *  Administer Jira global permission.
    **Permissions required:** Either of: Browse users and groups global permission. Administer Jira
    global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira read:user:jira
    read:avatar:jira

    Args:
        groupname (str | Unset): As a group's name can change, use of `groupId` is recommended to
            identify a group. The name of the group. This parameter cannot be used with the `groupId`
            parameter.
        group_id (str | Unset): The ID of the group. This parameter cannot be used with the
            `groupname` parameter.
        expand (str | Unset): List of fields to expand (for example `users`, or `users[51:100]`
            for a later page of members).

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        Group
    """

    kwargs = _get_kwargs(
        groupname=groupname,
        group_id=group_id,
        expand=expand,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[ErrorCollection | Group]:
    """Get group

     This operation is deprecated, use group/member.

    Returns all users in a group.

    Permissions required: either of:

     *  Browse users and groups global permission.
     *  Administer Jira global permission.
    **Permissions required:** Either of: Browse users and groups global permission. Administer Jira
    global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira read:user:jira
    read:avatar:jira

    Args:
        groupname (str | Unset): As a group's name can change, use of `groupId` is recommended to
            identify a group. The name of the group. This parameter cannot be used with the `groupId`
            parameter.
        group_id (str | Unset): The ID of the group. This parameter cannot be used with the
            `groupname` parameter.
        expand (str | Unset): List of fields to expand (for example `users`, or `users[51:100]`
            for a later page of members).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | Group]
    """

    kwargs = _get_kwargs(
        groupname=groupname,
        group_id=group_id,
        expand=expand,
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
    expand: str | Unset = UNSET,
) -> ErrorCollection | Group | None:
    """Get group

     This operation is deprecated, use group/member.

    Returns all users in a group.

    Permissions required: either of:

     *  Browse users and groups global permission.
     *  Administer Jira global permission.
    **Permissions required:** Either of: Browse users and groups global permission. Administer Jira
    global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira read:user:jira
    read:avatar:jira

    Args:
        groupname (str | Unset): As a group's name can change, use of `groupId` is recommended to
            identify a group. The name of the group. This parameter cannot be used with the `groupId`
            parameter.
        group_id (str | Unset): The ID of the group. This parameter cannot be used with the
            `groupname` parameter.
        expand (str | Unset): List of fields to expand (for example `users`, or `users[51:100]`
            for a later page of members).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | Group
    """

    return sync_detailed(
        client=client,
        groupname=groupname,
        group_id=group_id,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[ErrorCollection | Group]:
    """Get group

     This operation is deprecated, use group/member.

    Returns all users in a group.

    Permissions required: either of:

     *  Browse users and groups global permission.
     *  Administer Jira global permission.
    **Permissions required:** Either of: Browse users and groups global permission. Administer Jira
    global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira read:user:jira
    read:avatar:jira

    Args:
        groupname (str | Unset): As a group's name can change, use of `groupId` is recommended to
            identify a group. The name of the group. This parameter cannot be used with the `groupId`
            parameter.
        group_id (str | Unset): The ID of the group. This parameter cannot be used with the
            `groupname` parameter.
        expand (str | Unset): List of fields to expand (for example `users`, or `users[51:100]`
            for a later page of members).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | Group]
    """

    kwargs = _get_kwargs(
        groupname=groupname,
        group_id=group_id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> ErrorCollection | Group | None:
    """Get group

     This operation is deprecated, use group/member.

    Returns all users in a group.

    Permissions required: either of:

     *  Browse users and groups global permission.
     *  Administer Jira global permission.
    **Permissions required:** Either of: Browse users and groups global permission. Administer Jira
    global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira read:user:jira
    read:avatar:jira

    Args:
        groupname (str | Unset): As a group's name can change, use of `groupId` is recommended to
            identify a group. The name of the group. This parameter cannot be used with the `groupId`
            parameter.
        group_id (str | Unset): The ID of the group. This parameter cannot be used with the
            `groupname` parameter.
        expand (str | Unset): List of fields to expand (for example `users`, or `users[51:100]`
            for a later page of members).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | Group
    """

    return (
        await asyncio_detailed(
            client=client,
            groupname=groupname,
            group_id=group_id,
            expand=expand,
        )
    ).parsed
