from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stakeholder_comms_stakeholder_list_response import (
    StakeholderCommsStakeholderListResponse,
)
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "getStakeholdersByAssignment"


def _get_kwargs(
    *,
    assignment_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    assignment_type: str | Unset = UNSET,
    external_assignment_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["assignmentId"] = assignment_id

    params["ari"] = ari

    params["assignmentType"] = assignment_type

    params["externalAssignmentId"] = external_assignment_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stakeholders/by_assignment",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StakeholderCommsStakeholderListResponse | None:
    if response.status_code == 200:
        response_200 = StakeholderCommsStakeholderListResponse.from_dict(
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
) -> Response[ErrorResponse | StakeholderCommsStakeholderListResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> StakeholderCommsStakeholderListResponse:
    if response.status_code == 200:
        response_200 = StakeholderCommsStakeholderListResponse.from_dict(
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
    *,
    client: AuthenticatedClient | Client,
    assignment_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    assignment_type: str | Unset = UNSET,
    external_assignment_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> StakeholderCommsStakeholderListResponse:
    """Get stakeholders by assignment (deprecated)

     Get stakeholders by assignment. Deprecated, use /stakeholders/by_assignment/v2 instead.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        assignment_id (str | Unset): ID of the assignment.
        ari (str | Unset): ARI of the assignment.
        assignment_type (str | Unset): Type of the assignment, for example `INCIDENT`.
        external_assignment_id (str | Unset): ID of the assigned entity (for example the
            incident).
        limit (int | Unset): Maximum number of items to return.
        cursor (str | Unset): Cursor of the page to return, from a previous response.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsStakeholderListResponse
    """

    kwargs = _get_kwargs(
        assignment_id=assignment_id,
        ari=ari,
        assignment_type=assignment_type,
        external_assignment_id=external_assignment_id,
        limit=limit,
        cursor=cursor,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    assignment_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    assignment_type: str | Unset = UNSET,
    external_assignment_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> StakeholderCommsStakeholderListResponse:
    """Get stakeholders by assignment (deprecated)

     Get stakeholders by assignment. Deprecated, use /stakeholders/by_assignment/v2 instead.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        assignment_id (str | Unset): ID of the assignment.
        ari (str | Unset): ARI of the assignment.
        assignment_type (str | Unset): Type of the assignment, for example `INCIDENT`.
        external_assignment_id (str | Unset): ID of the assigned entity (for example the
            incident).
        limit (int | Unset): Maximum number of items to return.
        cursor (str | Unset): Cursor of the page to return, from a previous response.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsStakeholderListResponse
    """

    kwargs = _get_kwargs(
        assignment_id=assignment_id,
        ari=ari,
        assignment_type=assignment_type,
        external_assignment_id=external_assignment_id,
        limit=limit,
        cursor=cursor,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    assignment_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    assignment_type: str | Unset = UNSET,
    external_assignment_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | StakeholderCommsStakeholderListResponse]:
    """Get stakeholders by assignment (deprecated)

     Get stakeholders by assignment. Deprecated, use /stakeholders/by_assignment/v2 instead.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        assignment_id (str | Unset): ID of the assignment.
        ari (str | Unset): ARI of the assignment.
        assignment_type (str | Unset): Type of the assignment, for example `INCIDENT`.
        external_assignment_id (str | Unset): ID of the assigned entity (for example the
            incident).
        limit (int | Unset): Maximum number of items to return.
        cursor (str | Unset): Cursor of the page to return, from a previous response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsStakeholderListResponse]
    """

    kwargs = _get_kwargs(
        assignment_id=assignment_id,
        ari=ari,
        assignment_type=assignment_type,
        external_assignment_id=external_assignment_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    assignment_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    assignment_type: str | Unset = UNSET,
    external_assignment_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | StakeholderCommsStakeholderListResponse | None:
    """Get stakeholders by assignment (deprecated)

     Get stakeholders by assignment. Deprecated, use /stakeholders/by_assignment/v2 instead.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        assignment_id (str | Unset): ID of the assignment.
        ari (str | Unset): ARI of the assignment.
        assignment_type (str | Unset): Type of the assignment, for example `INCIDENT`.
        external_assignment_id (str | Unset): ID of the assigned entity (for example the
            incident).
        limit (int | Unset): Maximum number of items to return.
        cursor (str | Unset): Cursor of the page to return, from a previous response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsStakeholderListResponse
    """

    return sync_detailed(
        client=client,
        assignment_id=assignment_id,
        ari=ari,
        assignment_type=assignment_type,
        external_assignment_id=external_assignment_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    assignment_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    assignment_type: str | Unset = UNSET,
    external_assignment_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | StakeholderCommsStakeholderListResponse]:
    """Get stakeholders by assignment (deprecated)

     Get stakeholders by assignment. Deprecated, use /stakeholders/by_assignment/v2 instead.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        assignment_id (str | Unset): ID of the assignment.
        ari (str | Unset): ARI of the assignment.
        assignment_type (str | Unset): Type of the assignment, for example `INCIDENT`.
        external_assignment_id (str | Unset): ID of the assigned entity (for example the
            incident).
        limit (int | Unset): Maximum number of items to return.
        cursor (str | Unset): Cursor of the page to return, from a previous response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsStakeholderListResponse]
    """

    kwargs = _get_kwargs(
        assignment_id=assignment_id,
        ari=ari,
        assignment_type=assignment_type,
        external_assignment_id=external_assignment_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    assignment_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    assignment_type: str | Unset = UNSET,
    external_assignment_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | StakeholderCommsStakeholderListResponse | None:
    """Get stakeholders by assignment (deprecated)

     Get stakeholders by assignment. Deprecated, use /stakeholders/by_assignment/v2 instead.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        assignment_id (str | Unset): ID of the assignment.
        ari (str | Unset): ARI of the assignment.
        assignment_type (str | Unset): Type of the assignment, for example `INCIDENT`.
        external_assignment_id (str | Unset): ID of the assigned entity (for example the
            incident).
        limit (int | Unset): Maximum number of items to return.
        cursor (str | Unset): Cursor of the page to return, from a previous response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsStakeholderListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            assignment_id=assignment_id,
            ari=ari,
            assignment_type=assignment_type,
            external_assignment_id=external_assignment_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
