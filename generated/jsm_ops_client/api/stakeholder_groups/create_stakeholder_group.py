from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_stakeholder_group_request import CreateStakeholderGroupRequest
from ...models.error_response import ErrorResponse
from ...models.stakeholder_comms_group_create_response import (
    StakeholderCommsGroupCreateResponse,
)
from ...types import Response, status_code_of

OPERATION_ID = "createStakeholderGroup"


def _get_kwargs(
    *,
    body: CreateStakeholderGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stakeholder_groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StakeholderCommsGroupCreateResponse | None:
    if response.status_code == 201:
        response_201 = StakeholderCommsGroupCreateResponse.from_dict(response.json())

        return response_201

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
    if response.status_code == 409:
        try:
            response_409 = ErrorResponse.from_dict(response.json())

            return response_409

        except UNPARSEABLE:
            # A non-JSON or off-spec error body (e.g. a gateway's HTML page): no parsed value, but the
            # Response keeps the status, headers (Retry-After) and content.
            return None
    if response.status_code == 422:
        try:
            response_422 = ErrorResponse.from_dict(response.json())

            return response_422

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
) -> Response[ErrorResponse | StakeholderCommsGroupCreateResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> StakeholderCommsGroupCreateResponse:
    if response.status_code == 201:
        response_201 = StakeholderCommsGroupCreateResponse.from_dict(response.json())

        return response_201

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
    body: CreateStakeholderGroupRequest,
) -> StakeholderCommsGroupCreateResponse:
    """Create stakeholder group

     Create a new stakeholder group in Stakeholder communications.
    **OAuth 2.0 scopes** (any one of these sets):
    write:stakeholder-comms.stakeholder:jira-service-management

    Args:
        body (CreateStakeholderGroupRequest): Request body of Create stakeholder group.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsGroupCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStakeholderGroupRequest,
) -> StakeholderCommsGroupCreateResponse:
    """Create stakeholder group

     Create a new stakeholder group in Stakeholder communications.
    **OAuth 2.0 scopes** (any one of these sets):
    write:stakeholder-comms.stakeholder:jira-service-management

    Args:
        body (CreateStakeholderGroupRequest): Request body of Create stakeholder group.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsGroupCreateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStakeholderGroupRequest,
) -> Response[ErrorResponse | StakeholderCommsGroupCreateResponse]:
    """Create stakeholder group

     Create a new stakeholder group in Stakeholder communications.
    **OAuth 2.0 scopes** (any one of these sets):
    write:stakeholder-comms.stakeholder:jira-service-management

    Args:
        body (CreateStakeholderGroupRequest): Request body of Create stakeholder group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsGroupCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStakeholderGroupRequest,
) -> ErrorResponse | StakeholderCommsGroupCreateResponse | None:
    """Create stakeholder group

     Create a new stakeholder group in Stakeholder communications.
    **OAuth 2.0 scopes** (any one of these sets):
    write:stakeholder-comms.stakeholder:jira-service-management

    Args:
        body (CreateStakeholderGroupRequest): Request body of Create stakeholder group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsGroupCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStakeholderGroupRequest,
) -> Response[ErrorResponse | StakeholderCommsGroupCreateResponse]:
    """Create stakeholder group

     Create a new stakeholder group in Stakeholder communications.
    **OAuth 2.0 scopes** (any one of these sets):
    write:stakeholder-comms.stakeholder:jira-service-management

    Args:
        body (CreateStakeholderGroupRequest): Request body of Create stakeholder group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsGroupCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStakeholderGroupRequest,
) -> ErrorResponse | StakeholderCommsGroupCreateResponse | None:
    """Create stakeholder group

     Create a new stakeholder group in Stakeholder communications.
    **OAuth 2.0 scopes** (any one of these sets):
    write:stakeholder-comms.stakeholder:jira-service-management

    Args:
        body (CreateStakeholderGroupRequest): Request body of Create stakeholder group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsGroupCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
