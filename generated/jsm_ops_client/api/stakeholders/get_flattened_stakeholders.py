from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stakeholder_comms_stakeholder_paginated_response import (
    StakeholderCommsStakeholderPaginatedResponse,
)
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "getFlattenedStakeholders"


def _get_kwargs(
    *,
    group_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    external_user_context_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_ids: list[str] | Unset = UNSET
    if not isinstance(group_ids, Unset):
        json_group_ids = group_ids

    params["groupIds"] = json_group_ids

    json_team_ids: list[str] | Unset = UNSET
    if not isinstance(team_ids, Unset):
        json_team_ids = team_ids

    params["teamIds"] = json_team_ids

    params["externalUserContextToken"] = external_user_context_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stakeholders/flattened_list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StakeholderCommsStakeholderPaginatedResponse | None:
    if response.status_code == 200:
        response_200 = StakeholderCommsStakeholderPaginatedResponse.from_dict(
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
) -> Response[ErrorResponse | StakeholderCommsStakeholderPaginatedResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(
    response: httpx.Response,
) -> StakeholderCommsStakeholderPaginatedResponse:
    if response.status_code == 200:
        response_200 = StakeholderCommsStakeholderPaginatedResponse.from_dict(
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
    group_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    external_user_context_token: str | Unset = UNSET,
) -> StakeholderCommsStakeholderPaginatedResponse:
    """Get flattened stakeholders list

     Get a detailed list of stakeholders including those from groups
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        group_ids (list[str] | Unset): IDs of stakeholder groups whose members are included.
        team_ids (list[str] | Unset): IDs of Atlassian teams whose members are included.
        external_user_context_token (str | Unset): Context token of an external user.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsStakeholderPaginatedResponse
    """

    kwargs = _get_kwargs(
        group_ids=group_ids,
        team_ids=team_ids,
        external_user_context_token=external_user_context_token,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    group_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    external_user_context_token: str | Unset = UNSET,
) -> StakeholderCommsStakeholderPaginatedResponse:
    """Get flattened stakeholders list

     Get a detailed list of stakeholders including those from groups
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        group_ids (list[str] | Unset): IDs of stakeholder groups whose members are included.
        team_ids (list[str] | Unset): IDs of Atlassian teams whose members are included.
        external_user_context_token (str | Unset): Context token of an external user.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsStakeholderPaginatedResponse
    """

    kwargs = _get_kwargs(
        group_ids=group_ids,
        team_ids=team_ids,
        external_user_context_token=external_user_context_token,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    external_user_context_token: str | Unset = UNSET,
) -> Response[ErrorResponse | StakeholderCommsStakeholderPaginatedResponse]:
    """Get flattened stakeholders list

     Get a detailed list of stakeholders including those from groups
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        group_ids (list[str] | Unset): IDs of stakeholder groups whose members are included.
        team_ids (list[str] | Unset): IDs of Atlassian teams whose members are included.
        external_user_context_token (str | Unset): Context token of an external user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsStakeholderPaginatedResponse]
    """

    kwargs = _get_kwargs(
        group_ids=group_ids,
        team_ids=team_ids,
        external_user_context_token=external_user_context_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    group_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    external_user_context_token: str | Unset = UNSET,
) -> ErrorResponse | StakeholderCommsStakeholderPaginatedResponse | None:
    """Get flattened stakeholders list

     Get a detailed list of stakeholders including those from groups
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        group_ids (list[str] | Unset): IDs of stakeholder groups whose members are included.
        team_ids (list[str] | Unset): IDs of Atlassian teams whose members are included.
        external_user_context_token (str | Unset): Context token of an external user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsStakeholderPaginatedResponse
    """

    return sync_detailed(
        client=client,
        group_ids=group_ids,
        team_ids=team_ids,
        external_user_context_token=external_user_context_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    external_user_context_token: str | Unset = UNSET,
) -> Response[ErrorResponse | StakeholderCommsStakeholderPaginatedResponse]:
    """Get flattened stakeholders list

     Get a detailed list of stakeholders including those from groups
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        group_ids (list[str] | Unset): IDs of stakeholder groups whose members are included.
        team_ids (list[str] | Unset): IDs of Atlassian teams whose members are included.
        external_user_context_token (str | Unset): Context token of an external user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsStakeholderPaginatedResponse]
    """

    kwargs = _get_kwargs(
        group_ids=group_ids,
        team_ids=team_ids,
        external_user_context_token=external_user_context_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    group_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    external_user_context_token: str | Unset = UNSET,
) -> ErrorResponse | StakeholderCommsStakeholderPaginatedResponse | None:
    """Get flattened stakeholders list

     Get a detailed list of stakeholders including those from groups
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        group_ids (list[str] | Unset): IDs of stakeholder groups whose members are included.
        team_ids (list[str] | Unset): IDs of Atlassian teams whose members are included.
        external_user_context_token (str | Unset): Context token of an external user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsStakeholderPaginatedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            group_ids=group_ids,
            team_ids=team_ids,
            external_user_context_token=external_user_context_token,
        )
    ).parsed
