from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_search_page import CustomerSearchPage
from ...models.error_response import ErrorResponse
from ...models.search_customers_by_detail_field_request import (
    SearchCustomersByDetailFieldRequest,
)
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "searchCustomersByDetailField"


def _get_kwargs(
    *,
    body: SearchCustomersByDetailFieldRequest,
    page: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params["maxResults"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/customer/search-by-detail-field",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerSearchPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomerSearchPage.from_dict(response.json())

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
) -> Response[CustomerSearchPage | ErrorResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> CustomerSearchPage:
    if response.status_code == 200:
        response_200 = CustomerSearchPage.from_dict(response.json())

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
    body: SearchCustomersByDetailFieldRequest,
    page: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> CustomerSearchPage:
    """Search customer by detail field and value

     Returns the list of customers. You can get details and entitlements for a customer using get
    customer profile API.
    **Permissions required:** Jira Service Management agent.
    To retrieve restricted information such as email address of the user, **Administer Jira** global
    permission.
    **Permissions required:** Jira Service Management agent. To retrieve restricted information such as
    email address of the user, Administer Jira global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:customer:jira-service-management
    read:customer.detail:jira-service-management

    Args:
        page (int | Unset): The page of results to return, numbered from 1. Defaults to 1.
        max_results (int | Unset): The maximum number of customers to return per page. Defaults to
            50 if not specified or less than 1; at most 100 (larger values return 100).
        body (SearchCustomersByDetailFieldRequest): The detail field and value to search customers
            by.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        CustomerSearchPage
    """

    kwargs = _get_kwargs(
        body=body,
        page=page,
        max_results=max_results,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    body: SearchCustomersByDetailFieldRequest,
    page: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> CustomerSearchPage:
    """Search customer by detail field and value

     Returns the list of customers. You can get details and entitlements for a customer using get
    customer profile API.
    **Permissions required:** Jira Service Management agent.
    To retrieve restricted information such as email address of the user, **Administer Jira** global
    permission.
    **Permissions required:** Jira Service Management agent. To retrieve restricted information such as
    email address of the user, Administer Jira global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:customer:jira-service-management
    read:customer.detail:jira-service-management

    Args:
        page (int | Unset): The page of results to return, numbered from 1. Defaults to 1.
        max_results (int | Unset): The maximum number of customers to return per page. Defaults to
            50 if not specified or less than 1; at most 100 (larger values return 100).
        body (SearchCustomersByDetailFieldRequest): The detail field and value to search customers
            by.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        CustomerSearchPage
    """

    kwargs = _get_kwargs(
        body=body,
        page=page,
        max_results=max_results,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchCustomersByDetailFieldRequest,
    page: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[CustomerSearchPage | ErrorResponse]:
    """Search customer by detail field and value

     Returns the list of customers. You can get details and entitlements for a customer using get
    customer profile API.
    **Permissions required:** Jira Service Management agent.
    To retrieve restricted information such as email address of the user, **Administer Jira** global
    permission.
    **Permissions required:** Jira Service Management agent. To retrieve restricted information such as
    email address of the user, Administer Jira global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:customer:jira-service-management
    read:customer.detail:jira-service-management

    Args:
        page (int | Unset): The page of results to return, numbered from 1. Defaults to 1.
        max_results (int | Unset): The maximum number of customers to return per page. Defaults to
            50 if not specified or less than 1; at most 100 (larger values return 100).
        body (SearchCustomersByDetailFieldRequest): The detail field and value to search customers
            by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerSearchPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        page=page,
        max_results=max_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SearchCustomersByDetailFieldRequest,
    page: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> CustomerSearchPage | ErrorResponse | None:
    """Search customer by detail field and value

     Returns the list of customers. You can get details and entitlements for a customer using get
    customer profile API.
    **Permissions required:** Jira Service Management agent.
    To retrieve restricted information such as email address of the user, **Administer Jira** global
    permission.
    **Permissions required:** Jira Service Management agent. To retrieve restricted information such as
    email address of the user, Administer Jira global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:customer:jira-service-management
    read:customer.detail:jira-service-management

    Args:
        page (int | Unset): The page of results to return, numbered from 1. Defaults to 1.
        max_results (int | Unset): The maximum number of customers to return per page. Defaults to
            50 if not specified or less than 1; at most 100 (larger values return 100).
        body (SearchCustomersByDetailFieldRequest): The detail field and value to search customers
            by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerSearchPage | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        page=page,
        max_results=max_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchCustomersByDetailFieldRequest,
    page: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[CustomerSearchPage | ErrorResponse]:
    """Search customer by detail field and value

     Returns the list of customers. You can get details and entitlements for a customer using get
    customer profile API.
    **Permissions required:** Jira Service Management agent.
    To retrieve restricted information such as email address of the user, **Administer Jira** global
    permission.
    **Permissions required:** Jira Service Management agent. To retrieve restricted information such as
    email address of the user, Administer Jira global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:customer:jira-service-management
    read:customer.detail:jira-service-management

    Args:
        page (int | Unset): The page of results to return, numbered from 1. Defaults to 1.
        max_results (int | Unset): The maximum number of customers to return per page. Defaults to
            50 if not specified or less than 1; at most 100 (larger values return 100).
        body (SearchCustomersByDetailFieldRequest): The detail field and value to search customers
            by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerSearchPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        page=page,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchCustomersByDetailFieldRequest,
    page: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> CustomerSearchPage | ErrorResponse | None:
    """Search customer by detail field and value

     Returns the list of customers. You can get details and entitlements for a customer using get
    customer profile API.
    **Permissions required:** Jira Service Management agent.
    To retrieve restricted information such as email address of the user, **Administer Jira** global
    permission.
    **Permissions required:** Jira Service Management agent. To retrieve restricted information such as
    email address of the user, Administer Jira global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:customer:jira-service-management
    read:customer.detail:jira-service-management

    Args:
        page (int | Unset): The page of results to return, numbered from 1. Defaults to 1.
        max_results (int | Unset): The maximum number of customers to return per page. Defaults to
            50 if not specified or less than 1; at most 100 (larger values return 100).
        body (SearchCustomersByDetailFieldRequest): The detail field and value to search customers
            by.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerSearchPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page=page,
            max_results=max_results,
        )
    ).parsed
