from typing import Any
from urllib.parse import quote

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stakeholder_comms_stakeholder_group_mutation_response import (
    StakeholderCommsStakeholderGroupMutationResponse,
)
from ...types import Response, status_code_of

OPERATION_ID = "deleteStakeholder"


def _get_kwargs(
    stakeholder_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stakeholders/{stakeholder_id}/delete".format(
            stakeholder_id=quote(str(stakeholder_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StakeholderCommsStakeholderGroupMutationResponse | None:
    if response.status_code == 200:
        response_200 = StakeholderCommsStakeholderGroupMutationResponse.from_dict(
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
) -> Response[ErrorResponse | StakeholderCommsStakeholderGroupMutationResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(
    response: httpx.Response,
) -> StakeholderCommsStakeholderGroupMutationResponse:
    if response.status_code == 200:
        response_200 = StakeholderCommsStakeholderGroupMutationResponse.from_dict(
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
    stakeholder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> StakeholderCommsStakeholderGroupMutationResponse:
    """Delete stakeholder

     Delete a stakeholder from stakeholder communications.
    **OAuth 2.0 scopes** (any one of these sets):
    delete:stakeholder-comms.stakeholder:jira-service-management

    Args:
        stakeholder_id (str): ID of the stakeholder to delete.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsStakeholderGroupMutationResponse
    """

    kwargs = _get_kwargs(
        stakeholder_id=stakeholder_id,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    stakeholder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> StakeholderCommsStakeholderGroupMutationResponse:
    """Delete stakeholder

     Delete a stakeholder from stakeholder communications.
    **OAuth 2.0 scopes** (any one of these sets):
    delete:stakeholder-comms.stakeholder:jira-service-management

    Args:
        stakeholder_id (str): ID of the stakeholder to delete.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsStakeholderGroupMutationResponse
    """

    kwargs = _get_kwargs(
        stakeholder_id=stakeholder_id,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    stakeholder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | StakeholderCommsStakeholderGroupMutationResponse]:
    """Delete stakeholder

     Delete a stakeholder from stakeholder communications.
    **OAuth 2.0 scopes** (any one of these sets):
    delete:stakeholder-comms.stakeholder:jira-service-management

    Args:
        stakeholder_id (str): ID of the stakeholder to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsStakeholderGroupMutationResponse]
    """

    kwargs = _get_kwargs(
        stakeholder_id=stakeholder_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stakeholder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | StakeholderCommsStakeholderGroupMutationResponse | None:
    """Delete stakeholder

     Delete a stakeholder from stakeholder communications.
    **OAuth 2.0 scopes** (any one of these sets):
    delete:stakeholder-comms.stakeholder:jira-service-management

    Args:
        stakeholder_id (str): ID of the stakeholder to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsStakeholderGroupMutationResponse
    """

    return sync_detailed(
        stakeholder_id=stakeholder_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    stakeholder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | StakeholderCommsStakeholderGroupMutationResponse]:
    """Delete stakeholder

     Delete a stakeholder from stakeholder communications.
    **OAuth 2.0 scopes** (any one of these sets):
    delete:stakeholder-comms.stakeholder:jira-service-management

    Args:
        stakeholder_id (str): ID of the stakeholder to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsStakeholderGroupMutationResponse]
    """

    kwargs = _get_kwargs(
        stakeholder_id=stakeholder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stakeholder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | StakeholderCommsStakeholderGroupMutationResponse | None:
    """Delete stakeholder

     Delete a stakeholder from stakeholder communications.
    **OAuth 2.0 scopes** (any one of these sets):
    delete:stakeholder-comms.stakeholder:jira-service-management

    Args:
        stakeholder_id (str): ID of the stakeholder to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsStakeholderGroupMutationResponse
    """

    return (
        await asyncio_detailed(
            stakeholder_id=stakeholder_id,
            client=client,
        )
    ).parsed
