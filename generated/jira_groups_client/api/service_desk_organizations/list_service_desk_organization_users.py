from typing import Any
from urllib.parse import quote

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_collection import ErrorCollection
from ...models.paged_organization_users import PagedOrganizationUsers
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "listServiceDeskOrganizationUsers"


def _get_kwargs(
    organization_id: int,
    *,
    start: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/servicedeskapi/organization/{organization_id}/user".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorCollection | PagedOrganizationUsers | None:
    if response.status_code == 200:
        response_200 = PagedOrganizationUsers.from_dict(response.json())

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
) -> Response[ErrorCollection | PagedOrganizationUsers]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> PagedOrganizationUsers:
    if response.status_code == 200:
        response_200 = PagedOrganizationUsers.from_dict(response.json())

        return response_200

    raise ValueError(
        f"HTTP {response.status_code} is not a success status the spec describes"
    )


# The two steps above under public names, for a caller that sends the request itself between them (the
# MCP server checks every request first); typed, so that a type checker sees the arguments and the result.
build_request = _get_kwargs
parse_success = _parse_success


def call(
    organization_id: int,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    limit: int | Unset = 50,
) -> PagedOrganizationUsers:
    """Get users in organization

     Lists the customers (users) of one organization, a page at a time (`start`, `limit`).

    Permissions required: service desk administrator or agent.
    **Permissions required:** Service desk administrator or agent.
    **OAuth 2.0 scopes** (any one of these sets): manage:servicedesk-customer;
    read:organization.user:jira-service-management

    Args:
        organization_id (int): The ID of the organization (the same id the CSM API uses).
        start (int | Unset): The index of the first item to return (page offset). Default: 0.
        limit (int | Unset): The maximum number of items to return per page. Default: 50.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        PagedOrganizationUsers
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        start=start,
        limit=limit,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    organization_id: int,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    limit: int | Unset = 50,
) -> PagedOrganizationUsers:
    """Get users in organization

     Lists the customers (users) of one organization, a page at a time (`start`, `limit`).

    Permissions required: service desk administrator or agent.
    **Permissions required:** Service desk administrator or agent.
    **OAuth 2.0 scopes** (any one of these sets): manage:servicedesk-customer;
    read:organization.user:jira-service-management

    Args:
        organization_id (int): The ID of the organization (the same id the CSM API uses).
        start (int | Unset): The index of the first item to return (page offset). Default: 0.
        limit (int | Unset): The maximum number of items to return per page. Default: 50.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        PagedOrganizationUsers
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        start=start,
        limit=limit,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    organization_id: int,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[ErrorCollection | PagedOrganizationUsers]:
    """Get users in organization

     Lists the customers (users) of one organization, a page at a time (`start`, `limit`).

    Permissions required: service desk administrator or agent.
    **Permissions required:** Service desk administrator or agent.
    **OAuth 2.0 scopes** (any one of these sets): manage:servicedesk-customer;
    read:organization.user:jira-service-management

    Args:
        organization_id (int): The ID of the organization (the same id the CSM API uses).
        start (int | Unset): The index of the first item to return (page offset). Default: 0.
        limit (int | Unset): The maximum number of items to return per page. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | PagedOrganizationUsers]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        start=start,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: int,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    limit: int | Unset = 50,
) -> ErrorCollection | PagedOrganizationUsers | None:
    """Get users in organization

     Lists the customers (users) of one organization, a page at a time (`start`, `limit`).

    Permissions required: service desk administrator or agent.
    **Permissions required:** Service desk administrator or agent.
    **OAuth 2.0 scopes** (any one of these sets): manage:servicedesk-customer;
    read:organization.user:jira-service-management

    Args:
        organization_id (int): The ID of the organization (the same id the CSM API uses).
        start (int | Unset): The index of the first item to return (page offset). Default: 0.
        limit (int | Unset): The maximum number of items to return per page. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | PagedOrganizationUsers
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        start=start,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    organization_id: int,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[ErrorCollection | PagedOrganizationUsers]:
    """Get users in organization

     Lists the customers (users) of one organization, a page at a time (`start`, `limit`).

    Permissions required: service desk administrator or agent.
    **Permissions required:** Service desk administrator or agent.
    **OAuth 2.0 scopes** (any one of these sets): manage:servicedesk-customer;
    read:organization.user:jira-service-management

    Args:
        organization_id (int): The ID of the organization (the same id the CSM API uses).
        start (int | Unset): The index of the first item to return (page offset). Default: 0.
        limit (int | Unset): The maximum number of items to return per page. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | PagedOrganizationUsers]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        start=start,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: int,
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    limit: int | Unset = 50,
) -> ErrorCollection | PagedOrganizationUsers | None:
    """Get users in organization

     Lists the customers (users) of one organization, a page at a time (`start`, `limit`).

    Permissions required: service desk administrator or agent.
    **Permissions required:** Service desk administrator or agent.
    **OAuth 2.0 scopes** (any one of these sets): manage:servicedesk-customer;
    read:organization.user:jira-service-management

    Args:
        organization_id (int): The ID of the organization (the same id the CSM API uses).
        start (int | Unset): The index of the first item to return (page offset). Default: 0.
        limit (int | Unset): The maximum number of items to return per page. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | PagedOrganizationUsers
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            start=start,
            limit=limit,
        )
    ).parsed
