from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_collection import ErrorCollection
from ...models.paged_organizations import PagedOrganizations
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "listServiceDeskOrganizations"


def _get_kwargs(
    *,
    start: int | Unset = 0,
    limit: int | Unset = 50,
    account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    params["accountId"] = account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/servicedeskapi/organization",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorCollection | PagedOrganizations | None:
    if response.status_code == 200:
        response_200 = PagedOrganizations.from_dict(response.json())

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
) -> Response[ErrorCollection | PagedOrganizations]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> PagedOrganizations:
    if response.status_code == 200:
        response_200 = PagedOrganizations.from_dict(response.json())

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
    start: int | Unset = 0,
    limit: int | Unset = 50,
    account_id: str | Unset = UNSET,
) -> PagedOrganizations:
    """Get organizations

     Lists the organizations of the Jira Service Management instance, a page at a time (`start`,
    `limit`).
    A customer calling it sees only the organizations they belong to. Filtering by `accountId` (the
    organizations one user belongs to) needs an agent licence.

    These are the organizations the Customer Service Management API manages (same ids).

    Permissions required: any signed-in user.
    **Permissions required:** Any signed-in user; customers see only their own organizations.
    **OAuth 2.0 scopes** (any one of these sets): manage:servicedesk-customer;
    read:organization:jira-service-management

    Args:
        start (int | Unset): The index of the first item to return (page offset). Default: 0.
        limit (int | Unset): The maximum number of items to return per page. Default: 50.
        account_id (str | Unset): Only the organizations this user (account ID) belongs to; needs
            an agent licence.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        PagedOrganizations
    """

    kwargs = _get_kwargs(
        start=start,
        limit=limit,
        account_id=account_id,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    limit: int | Unset = 50,
    account_id: str | Unset = UNSET,
) -> PagedOrganizations:
    """Get organizations

     Lists the organizations of the Jira Service Management instance, a page at a time (`start`,
    `limit`).
    A customer calling it sees only the organizations they belong to. Filtering by `accountId` (the
    organizations one user belongs to) needs an agent licence.

    These are the organizations the Customer Service Management API manages (same ids).

    Permissions required: any signed-in user.
    **Permissions required:** Any signed-in user; customers see only their own organizations.
    **OAuth 2.0 scopes** (any one of these sets): manage:servicedesk-customer;
    read:organization:jira-service-management

    Args:
        start (int | Unset): The index of the first item to return (page offset). Default: 0.
        limit (int | Unset): The maximum number of items to return per page. Default: 50.
        account_id (str | Unset): Only the organizations this user (account ID) belongs to; needs
            an agent licence.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        PagedOrganizations
    """

    kwargs = _get_kwargs(
        start=start,
        limit=limit,
        account_id=account_id,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    limit: int | Unset = 50,
    account_id: str | Unset = UNSET,
) -> Response[ErrorCollection | PagedOrganizations]:
    """Get organizations

     Lists the organizations of the Jira Service Management instance, a page at a time (`start`,
    `limit`).
    A customer calling it sees only the organizations they belong to. Filtering by `accountId` (the
    organizations one user belongs to) needs an agent licence.

    These are the organizations the Customer Service Management API manages (same ids).

    Permissions required: any signed-in user.
    **Permissions required:** Any signed-in user; customers see only their own organizations.
    **OAuth 2.0 scopes** (any one of these sets): manage:servicedesk-customer;
    read:organization:jira-service-management

    Args:
        start (int | Unset): The index of the first item to return (page offset). Default: 0.
        limit (int | Unset): The maximum number of items to return per page. Default: 50.
        account_id (str | Unset): Only the organizations this user (account ID) belongs to; needs
            an agent licence.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | PagedOrganizations]
    """

    kwargs = _get_kwargs(
        start=start,
        limit=limit,
        account_id=account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    limit: int | Unset = 50,
    account_id: str | Unset = UNSET,
) -> ErrorCollection | PagedOrganizations | None:
    """Get organizations

     Lists the organizations of the Jira Service Management instance, a page at a time (`start`,
    `limit`).
    A customer calling it sees only the organizations they belong to. Filtering by `accountId` (the
    organizations one user belongs to) needs an agent licence.

    These are the organizations the Customer Service Management API manages (same ids).

    Permissions required: any signed-in user.
    **Permissions required:** Any signed-in user; customers see only their own organizations.
    **OAuth 2.0 scopes** (any one of these sets): manage:servicedesk-customer;
    read:organization:jira-service-management

    Args:
        start (int | Unset): The index of the first item to return (page offset). Default: 0.
        limit (int | Unset): The maximum number of items to return per page. Default: 50.
        account_id (str | Unset): Only the organizations this user (account ID) belongs to; needs
            an agent licence.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | PagedOrganizations
    """

    return sync_detailed(
        client=client,
        start=start,
        limit=limit,
        account_id=account_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    limit: int | Unset = 50,
    account_id: str | Unset = UNSET,
) -> Response[ErrorCollection | PagedOrganizations]:
    """Get organizations

     Lists the organizations of the Jira Service Management instance, a page at a time (`start`,
    `limit`).
    A customer calling it sees only the organizations they belong to. Filtering by `accountId` (the
    organizations one user belongs to) needs an agent licence.

    These are the organizations the Customer Service Management API manages (same ids).

    Permissions required: any signed-in user.
    **Permissions required:** Any signed-in user; customers see only their own organizations.
    **OAuth 2.0 scopes** (any one of these sets): manage:servicedesk-customer;
    read:organization:jira-service-management

    Args:
        start (int | Unset): The index of the first item to return (page offset). Default: 0.
        limit (int | Unset): The maximum number of items to return per page. Default: 50.
        account_id (str | Unset): Only the organizations this user (account ID) belongs to; needs
            an agent licence.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | PagedOrganizations]
    """

    kwargs = _get_kwargs(
        start=start,
        limit=limit,
        account_id=account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    limit: int | Unset = 50,
    account_id: str | Unset = UNSET,
) -> ErrorCollection | PagedOrganizations | None:
    """Get organizations

     Lists the organizations of the Jira Service Management instance, a page at a time (`start`,
    `limit`).
    A customer calling it sees only the organizations they belong to. Filtering by `accountId` (the
    organizations one user belongs to) needs an agent licence.

    These are the organizations the Customer Service Management API manages (same ids).

    Permissions required: any signed-in user.
    **Permissions required:** Any signed-in user; customers see only their own organizations.
    **OAuth 2.0 scopes** (any one of these sets): manage:servicedesk-customer;
    read:organization:jira-service-management

    Args:
        start (int | Unset): The index of the first item to return (page offset). Default: 0.
        limit (int | Unset): The maximum number of items to return per page. Default: 50.
        account_id (str | Unset): Only the organizations this user (account ID) belongs to; needs
            an agent licence.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | PagedOrganizations
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            limit=limit,
            account_id=account_id,
        )
    ).parsed
