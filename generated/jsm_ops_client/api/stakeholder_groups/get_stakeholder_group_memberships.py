from typing import Any
from urllib.parse import quote

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stakeholder_comms_stakeholder_group_connection import (
    StakeholderCommsStakeholderGroupConnection,
)
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "getStakeholderGroupMemberships"


def _get_kwargs(
    group_id: str,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stakeholder_groups/{group_id}/memberships".format(
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StakeholderCommsStakeholderGroupConnection | None:
    if response.status_code == 200:
        response_200 = StakeholderCommsStakeholderGroupConnection.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        try:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        except UNPARSEABLE:
            # A non-JSON or off-spec error body (e.g. a gateway's HTML page): no parsed value, but the
            # Response keeps the status, headers (Retry-After) and content.
            return None
    if response.status_code == 401:
        try:
            response_401 = ErrorResponse.from_dict(response.json())

            return response_401

        except UNPARSEABLE:
            # A non-JSON or off-spec error body (e.g. a gateway's HTML page): no parsed value, but the
            # Response keeps the status, headers (Retry-After) and content.
            return None
    if response.status_code == 403:
        try:
            response_403 = ErrorResponse.from_dict(response.json())

            return response_403

        except UNPARSEABLE:
            # A non-JSON or off-spec error body (e.g. a gateway's HTML page): no parsed value, but the
            # Response keeps the status, headers (Retry-After) and content.
            return None
    if response.status_code == 404:
        try:
            response_404 = ErrorResponse.from_dict(response.json())

            return response_404

        except UNPARSEABLE:
            # A non-JSON or off-spec error body (e.g. a gateway's HTML page): no parsed value, but the
            # Response keeps the status, headers (Retry-After) and content.
            return None
    if response.status_code == 429:
        try:
            response_429 = ErrorResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StakeholderCommsStakeholderGroupConnection]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(
    response: httpx.Response,
) -> StakeholderCommsStakeholderGroupConnection:
    if response.status_code == 200:
        response_200 = StakeholderCommsStakeholderGroupConnection.from_dict(
            response.json()
        )

        return response_200

    raise ValueError(
        f"HTTP {response.status_code} is not a success status the spec describes"
    )


# The two steps above under public names, for a caller that sends the request itself between them (the
# MCP server checks every request first); typed, so that a type checker sees the arguments and the result.
build_request = _get_kwargs
parse_success = _parse_success


def call(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> StakeholderCommsStakeholderGroupConnection:
    """Get memberships by group ID

     Get all members for a stakeholder group.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        group_id (str): ID of the stakeholder group.
        cursor (str | Unset): Cursor of the page to return, from a previous response.
        limit (int | Unset): Maximum number of items to return.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsStakeholderGroupConnection
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        cursor=cursor,
        limit=limit,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> StakeholderCommsStakeholderGroupConnection:
    """Get memberships by group ID

     Get all members for a stakeholder group.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        group_id (str): ID of the stakeholder group.
        cursor (str | Unset): Cursor of the page to return, from a previous response.
        limit (int | Unset): Maximum number of items to return.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsStakeholderGroupConnection
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        cursor=cursor,
        limit=limit,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | StakeholderCommsStakeholderGroupConnection]:
    """Get memberships by group ID

     Get all members for a stakeholder group.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        group_id (str): ID of the stakeholder group.
        cursor (str | Unset): Cursor of the page to return, from a previous response.
        limit (int | Unset): Maximum number of items to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsStakeholderGroupConnection]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | StakeholderCommsStakeholderGroupConnection | None:
    """Get memberships by group ID

     Get all members for a stakeholder group.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        group_id (str): ID of the stakeholder group.
        cursor (str | Unset): Cursor of the page to return, from a previous response.
        limit (int | Unset): Maximum number of items to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsStakeholderGroupConnection
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | StakeholderCommsStakeholderGroupConnection]:
    """Get memberships by group ID

     Get all members for a stakeholder group.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        group_id (str): ID of the stakeholder group.
        cursor (str | Unset): Cursor of the page to return, from a previous response.
        limit (int | Unset): Maximum number of items to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsStakeholderGroupConnection]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | StakeholderCommsStakeholderGroupConnection | None:
    """Get memberships by group ID

     Get all members for a stakeholder group.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        group_id (str): ID of the stakeholder group.
        cursor (str | Unset): Cursor of the page to return, from a previous response.
        limit (int | Unset): Maximum number of items to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsStakeholderGroupConnection
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
