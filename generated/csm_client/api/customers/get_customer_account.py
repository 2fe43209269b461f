from typing import Any
from urllib.parse import quote

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_account import CustomerAccount
from ...models.error_response import ErrorResponse
from ...models.experimental_api_opt_in import ExperimentalApiOptIn
from ...types import Response, status_code_of

OPERATION_ID = "getCustomerAccount"


def _get_kwargs(
    customer_id: str,
    *,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-ExperimentalApi"] = str(x_experimental_api)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/customer/account/{customer_id}".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerAccount | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomerAccount.from_dict(response.json())

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
) -> Response[CustomerAccount | ErrorResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> CustomerAccount:
    if response.status_code == 200:
        response_200 = CustomerAccount.from_dict(response.json())

        return response_200

    raise ValueError(
        f"HTTP {response.status_code} is not a success status the spec describes"
    )


# The two steps above under public names, for a caller that sends the request itself between them (the
# MCP server checks every request first); typed, so that a type checker sees the arguments and the result.
build_request = _get_kwargs
parse_success = _parse_success


def call(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> CustomerAccount:
    """Get customer account

     Returns a customer's account information.
    **Permissions required:** Customer Service Management or Jira Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:customer:jira-service-management

    Args:
        customer_id (str): The ID of the customer (an Atlassian account ID, for example `qm:…` for
            customer accounts).
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        CustomerAccount
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        x_experimental_api=x_experimental_api,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> CustomerAccount:
    """Get customer account

     Returns a customer's account information.
    **Permissions required:** Customer Service Management or Jira Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:customer:jira-service-management

    Args:
        customer_id (str): The ID of the customer (an Atlassian account ID, for example `qm:…` for
            customer accounts).
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        CustomerAccount
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        x_experimental_api=x_experimental_api,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> Response[CustomerAccount | ErrorResponse]:
    """Get customer account

     Returns a customer's account information.
    **Permissions required:** Customer Service Management or Jira Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:customer:jira-service-management

    Args:
        customer_id (str): The ID of the customer (an Atlassian account ID, for example `qm:…` for
            customer accounts).
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerAccount | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        x_experimental_api=x_experimental_api,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> CustomerAccount | ErrorResponse | None:
    """Get customer account

     Returns a customer's account information.
    **Permissions required:** Customer Service Management or Jira Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:customer:jira-service-management

    Args:
        customer_id (str): The ID of the customer (an Atlassian account ID, for example `qm:…` for
            customer accounts).
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerAccount | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        x_experimental_api=x_experimental_api,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> Response[CustomerAccount | ErrorResponse]:
    """Get customer account

     Returns a customer's account information.
    **Permissions required:** Customer Service Management or Jira Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:customer:jira-service-management

    Args:
        customer_id (str): The ID of the customer (an Atlassian account ID, for example `qm:…` for
            customer accounts).
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerAccount | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        x_experimental_api=x_experimental_api,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> CustomerAccount | ErrorResponse | None:
    """Get customer account

     Returns a customer's account information.
    **Permissions required:** Customer Service Management or Jira Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:customer:jira-service-management

    Args:
        customer_id (str): The ID of the customer (an Atlassian account ID, for example `qm:…` for
            customer accounts).
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerAccount | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            x_experimental_api=x_experimental_api,
        )
    ).parsed
