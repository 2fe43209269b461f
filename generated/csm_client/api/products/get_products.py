from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.product_page import ProductPage
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "getProducts"


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/product",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProductPage | None:
    if response.status_code == 200:
        response_200 = ProductPage.from_dict(response.json())

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
) -> Response[ErrorResponse | ProductPage]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> ProductPage:
    if response.status_code == 200:
        response_200 = ProductPage.from_dict(response.json())

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
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> ProductPage:
    """Get products

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): read:product:jira-service-management

    Args:
        limit (int | Unset): The number of products to fetch. Defaults to 100 if not specified or
            value given is less than 1 or greater than 100. Default: 100.
        cursor (str | Unset): The starting point for the page of results to return. Use the value
            of `nextPageCursor` in one request to get the next page.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        ProductPage
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> ProductPage:
    """Get products

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): read:product:jira-service-management

    Args:
        limit (int | Unset): The number of products to fetch. Defaults to 100 if not specified or
            value given is less than 1 or greater than 100. Default: 100.
        cursor (str | Unset): The starting point for the page of results to return. Use the value
            of `nextPageCursor` in one request to get the next page.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        ProductPage
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | ProductPage]:
    """Get products

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): read:product:jira-service-management

    Args:
        limit (int | Unset): The number of products to fetch. Defaults to 100 if not specified or
            value given is less than 1 or greater than 100. Default: 100.
        cursor (str | Unset): The starting point for the page of results to return. Use the value
            of `nextPageCursor` in one request to get the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProductPage]
    """

    kwargs = _get_kwargs(
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
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | ProductPage | None:
    """Get products

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): read:product:jira-service-management

    Args:
        limit (int | Unset): The number of products to fetch. Defaults to 100 if not specified or
            value given is less than 1 or greater than 100. Default: 100.
        cursor (str | Unset): The starting point for the page of results to return. Use the value
            of `nextPageCursor` in one request to get the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProductPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | ProductPage]:
    """Get products

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): read:product:jira-service-management

    Args:
        limit (int | Unset): The number of products to fetch. Defaults to 100 if not specified or
            value given is less than 1 or greater than 100. Default: 100.
        cursor (str | Unset): The starting point for the page of results to return. Use the value
            of `nextPageCursor` in one request to get the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProductPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | ProductPage | None:
    """Get products

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): read:product:jira-service-management

    Args:
        limit (int | Unset): The number of products to fetch. Defaults to 100 if not specified or
            value given is less than 1 or greater than 100. Default: 100.
        cursor (str | Unset): The starting point for the page of results to return. Use the value
            of `nextPageCursor` in one request to get the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProductPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
