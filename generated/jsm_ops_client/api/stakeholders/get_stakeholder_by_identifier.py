from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stakeholder_comms_stakeholder_response import (
    StakeholderCommsStakeholderResponse,
)
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "getStakeholderByIdentifier"


def _get_kwargs(
    *,
    stakeholder_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    aaid: str | Unset = UNSET,
    email_id: str | Unset = UNSET,
    stakeholder_group_id: str | Unset = UNSET,
    atlassian_team_id: str | Unset = UNSET,
    stakeholder_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stakeholderId"] = stakeholder_id

    params["ari"] = ari

    params["aaid"] = aaid

    params["emailId"] = email_id

    params["stakeholderGroupId"] = stakeholder_group_id

    params["atlassianTeamId"] = atlassian_team_id

    params["stakeholderType"] = stakeholder_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stakeholders/get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StakeholderCommsStakeholderResponse | None:
    if response.status_code == 200:
        response_200 = StakeholderCommsStakeholderResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StakeholderCommsStakeholderResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> StakeholderCommsStakeholderResponse:
    if response.status_code == 200:
        response_200 = StakeholderCommsStakeholderResponse.from_dict(response.json())

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
    stakeholder_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    aaid: str | Unset = UNSET,
    email_id: str | Unset = UNSET,
    stakeholder_group_id: str | Unset = UNSET,
    atlassian_team_id: str | Unset = UNSET,
    stakeholder_type: str | Unset = UNSET,
) -> StakeholderCommsStakeholderResponse:
    """Get stakeholder by various identifiers

     Get a stakeholder by various identifiers such as stakeholder ID, email, or account ID.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        stakeholder_id (str | Unset): ID of the stakeholder.
        ari (str | Unset): ARI of the stakeholder.
        aaid (str | Unset): Atlassian account ID of the stakeholder.
        email_id (str | Unset): Email address of the stakeholder.
        stakeholder_group_id (str | Unset): ID of the stakeholder group.
        atlassian_team_id (str | Unset): ID of the Atlassian team.
        stakeholder_type (str | Unset): Type of the stakeholder, for example `EXTERNAL`.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsStakeholderResponse
    """

    kwargs = _get_kwargs(
        stakeholder_id=stakeholder_id,
        ari=ari,
        aaid=aaid,
        email_id=email_id,
        stakeholder_group_id=stakeholder_group_id,
        atlassian_team_id=atlassian_team_id,
        stakeholder_type=stakeholder_type,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    stakeholder_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    aaid: str | Unset = UNSET,
    email_id: str | Unset = UNSET,
    stakeholder_group_id: str | Unset = UNSET,
    atlassian_team_id: str | Unset = UNSET,
    stakeholder_type: str | Unset = UNSET,
) -> StakeholderCommsStakeholderResponse:
    """Get stakeholder by various identifiers

     Get a stakeholder by various identifiers such as stakeholder ID, email, or account ID.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        stakeholder_id (str | Unset): ID of the stakeholder.
        ari (str | Unset): ARI of the stakeholder.
        aaid (str | Unset): Atlassian account ID of the stakeholder.
        email_id (str | Unset): Email address of the stakeholder.
        stakeholder_group_id (str | Unset): ID of the stakeholder group.
        atlassian_team_id (str | Unset): ID of the Atlassian team.
        stakeholder_type (str | Unset): Type of the stakeholder, for example `EXTERNAL`.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsStakeholderResponse
    """

    kwargs = _get_kwargs(
        stakeholder_id=stakeholder_id,
        ari=ari,
        aaid=aaid,
        email_id=email_id,
        stakeholder_group_id=stakeholder_group_id,
        atlassian_team_id=atlassian_team_id,
        stakeholder_type=stakeholder_type,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    stakeholder_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    aaid: str | Unset = UNSET,
    email_id: str | Unset = UNSET,
    stakeholder_group_id: str | Unset = UNSET,
    atlassian_team_id: str | Unset = UNSET,
    stakeholder_type: str | Unset = UNSET,
) -> Response[ErrorResponse | StakeholderCommsStakeholderResponse]:
    """Get stakeholder by various identifiers

     Get a stakeholder by various identifiers such as stakeholder ID, email, or account ID.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        stakeholder_id (str | Unset): ID of the stakeholder.
        ari (str | Unset): ARI of the stakeholder.
        aaid (str | Unset): Atlassian account ID of the stakeholder.
        email_id (str | Unset): Email address of the stakeholder.
        stakeholder_group_id (str | Unset): ID of the stakeholder group.
        atlassian_team_id (str | Unset): ID of the Atlassian team.
        stakeholder_type (str | Unset): Type of the stakeholder, for example `EXTERNAL`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsStakeholderResponse]
    """

    kwargs = _get_kwargs(
        stakeholder_id=stakeholder_id,
        ari=ari,
        aaid=aaid,
        email_id=email_id,
        stakeholder_group_id=stakeholder_group_id,
        atlassian_team_id=atlassian_team_id,
        stakeholder_type=stakeholder_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    stakeholder_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    aaid: str | Unset = UNSET,
    email_id: str | Unset = UNSET,
    stakeholder_group_id: str | Unset = UNSET,
    atlassian_team_id: str | Unset = UNSET,
    stakeholder_type: str | Unset = UNSET,
) -> ErrorResponse | StakeholderCommsStakeholderResponse | None:
    """Get stakeholder by various identifiers

     Get a stakeholder by various identifiers such as stakeholder ID, email, or account ID.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        stakeholder_id (str | Unset): ID of the stakeholder.
        ari (str | Unset): ARI of the stakeholder.
        aaid (str | Unset): Atlassian account ID of the stakeholder.
        email_id (str | Unset): Email address of the stakeholder.
        stakeholder_group_id (str | Unset): ID of the stakeholder group.
        atlassian_team_id (str | Unset): ID of the Atlassian team.
        stakeholder_type (str | Unset): Type of the stakeholder, for example `EXTERNAL`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsStakeholderResponse
    """

    return sync_detailed(
        client=client,
        stakeholder_id=stakeholder_id,
        ari=ari,
        aaid=aaid,
        email_id=email_id,
        stakeholder_group_id=stakeholder_group_id,
        atlassian_team_id=atlassian_team_id,
        stakeholder_type=stakeholder_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    stakeholder_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    aaid: str | Unset = UNSET,
    email_id: str | Unset = UNSET,
    stakeholder_group_id: str | Unset = UNSET,
    atlassian_team_id: str | Unset = UNSET,
    stakeholder_type: str | Unset = UNSET,
) -> Response[ErrorResponse | StakeholderCommsStakeholderResponse]:
    """Get stakeholder by various identifiers

     Get a stakeholder by various identifiers such as stakeholder ID, email, or account ID.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        stakeholder_id (str | Unset): ID of the stakeholder.
        ari (str | Unset): ARI of the stakeholder.
        aaid (str | Unset): Atlassian account ID of the stakeholder.
        email_id (str | Unset): Email address of the stakeholder.
        stakeholder_group_id (str | Unset): ID of the stakeholder group.
        atlassian_team_id (str | Unset): ID of the Atlassian team.
        stakeholder_type (str | Unset): Type of the stakeholder, for example `EXTERNAL`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsStakeholderResponse]
    """

    kwargs = _get_kwargs(
        stakeholder_id=stakeholder_id,
        ari=ari,
        aaid=aaid,
        email_id=email_id,
        stakeholder_group_id=stakeholder_group_id,
        atlassian_team_id=atlassian_team_id,
        stakeholder_type=stakeholder_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    stakeholder_id: str | Unset = UNSET,
    ari: str | Unset = UNSET,
    aaid: str | Unset = UNSET,
    email_id: str | Unset = UNSET,
    stakeholder_group_id: str | Unset = UNSET,
    atlassian_team_id: str | Unset = UNSET,
    stakeholder_type: str | Unset = UNSET,
) -> ErrorResponse | StakeholderCommsStakeholderResponse | None:
    """Get stakeholder by various identifiers

     Get a stakeholder by various identifiers such as stakeholder ID, email, or account ID.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        stakeholder_id (str | Unset): ID of the stakeholder.
        ari (str | Unset): ARI of the stakeholder.
        aaid (str | Unset): Atlassian account ID of the stakeholder.
        email_id (str | Unset): Email address of the stakeholder.
        stakeholder_group_id (str | Unset): ID of the stakeholder group.
        atlassian_team_id (str | Unset): ID of the Atlassian team.
        stakeholder_type (str | Unset): Type of the stakeholder, for example `EXTERNAL`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsStakeholderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            stakeholder_id=stakeholder_id,
            ari=ari,
            aaid=aaid,
            email_id=email_id,
            stakeholder_group_id=stakeholder_group_id,
            atlassian_team_id=atlassian_team_id,
            stakeholder_type=stakeholder_type,
        )
    ).parsed
