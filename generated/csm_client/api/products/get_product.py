from typing import Any
from urllib.parse import quote

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.product import Product
from ...types import Response, status_code_of

OPERATION_ID = "getProduct"


def _get_kwargs(
    product_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/product/{product_id}".format(
            product_id=quote(str(product_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Product | None:
    if response.status_code == 200:
        response_200 = Product.from_dict(response.json())

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
) -> Response[ErrorResponse | Product]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> Product:
    if response.status_code == 200:
        response_200 = Product.from_dict(response.json())

        return response_200

    raise ValueError(
        f"HTTP {response.status_code} is not a success status the spec describes"
    )


# The two steps above under public names, for a caller that sends the request itself between them (the
# MCP server checks every request first); typed, so that a type checker sees the arguments and the result.
build_request = _get_kwargs
parse_success = _parse_success


def call(
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Product:
    """Get product

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): read:product:jira-service-management

    Args:
        product_id (str): The ID of the product, as a UUID.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        Product
    """

    kwargs = _get_kwargs(
        product_id=product_id,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Product:
    """Get product

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): read:product:jira-service-management

    Args:
        product_id (str): The ID of the product, as a UUID.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        Product
    """

    kwargs = _get_kwargs(
        product_id=product_id,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Product]:
    """Get product

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): read:product:jira-service-management

    Args:
        product_id (str): The ID of the product, as a UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Product]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Product | None:
    """Get product

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): read:product:jira-service-management

    Args:
        product_id (str): The ID of the product, as a UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Product
    """

    return sync_detailed(
        product_id=product_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | Product]:
    """Get product

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): read:product:jira-service-management

    Args:
        product_id (str): The ID of the product, as a UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Product]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | Product | None:
    """Get product

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): read:product:jira-service-management

    Args:
        product_id (str): The ID of the product, as a UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Product
    """

    return (
        await asyncio_detailed(
            product_id=product_id,
            client=client,
        )
    ).parsed
