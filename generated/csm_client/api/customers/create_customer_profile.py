from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_customer_profile_request import CreateCustomerProfileRequest
from ...models.customer_profile import CustomerProfile
from ...models.error_response import ErrorResponse
from ...models.experimental_api_opt_in import ExperimentalApiOptIn
from ...types import Response, status_code_of

OPERATION_ID = "createCustomerProfile"


def _get_kwargs(
    *,
    body: CreateCustomerProfileRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-ExperimentalApi"] = str(x_experimental_api)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/customer/profile",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerProfile | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomerProfile.from_dict(response.json())

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
) -> Response[CustomerProfile | ErrorResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> CustomerProfile:
    if response.status_code == 200:
        response_200 = CustomerProfile.from_dict(response.json())

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
    body: CreateCustomerProfileRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> CustomerProfile:
    """Create customer profile

     Creates a customer's profile, including their custom details and associating them with the specified
    organizations and products.
    **Permissions required:** Administer Jira global permission, and Customer Service Management or Jira
    Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): write:customer.profile:jira-service-management

    Args:
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.
        body (CreateCustomerProfileRequest): The customer profile to create. Identify the customer
            by `customerId`, or give `email` (and optionally `displayName`) for a new customer.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        CustomerProfile
    """

    kwargs = _get_kwargs(
        body=body,
        x_experimental_api=x_experimental_api,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerProfileRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> CustomerProfile:
    """Create customer profile

     Creates a customer's profile, including their custom details and associating them with the specified
    organizations and products.
    **Permissions required:** Administer Jira global permission, and Customer Service Management or Jira
    Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): write:customer.profile:jira-service-management

    Args:
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.
        body (CreateCustomerProfileRequest): The customer profile to create. Identify the customer
            by `customerId`, or give `email` (and optionally `displayName`) for a new customer.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        CustomerProfile
    """

    kwargs = _get_kwargs(
        body=body,
        x_experimental_api=x_experimental_api,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerProfileRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> Response[CustomerProfile | ErrorResponse]:
    """Create customer profile

     Creates a customer's profile, including their custom details and associating them with the specified
    organizations and products.
    **Permissions required:** Administer Jira global permission, and Customer Service Management or Jira
    Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): write:customer.profile:jira-service-management

    Args:
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.
        body (CreateCustomerProfileRequest): The customer profile to create. Identify the customer
            by `customerId`, or give `email` (and optionally `displayName`) for a new customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerProfile | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_experimental_api=x_experimental_api,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerProfileRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> CustomerProfile | ErrorResponse | None:
    """Create customer profile

     Creates a customer's profile, including their custom details and associating them with the specified
    organizations and products.
    **Permissions required:** Administer Jira global permission, and Customer Service Management or Jira
    Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): write:customer.profile:jira-service-management

    Args:
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.
        body (CreateCustomerProfileRequest): The customer profile to create. Identify the customer
            by `customerId`, or give `email` (and optionally `displayName`) for a new customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerProfile | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_experimental_api=x_experimental_api,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerProfileRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> Response[CustomerProfile | ErrorResponse]:
    """Create customer profile

     Creates a customer's profile, including their custom details and associating them with the specified
    organizations and products.
    **Permissions required:** Administer Jira global permission, and Customer Service Management or Jira
    Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): write:customer.profile:jira-service-management

    Args:
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.
        body (CreateCustomerProfileRequest): The customer profile to create. Identify the customer
            by `customerId`, or give `email` (and optionally `displayName`) for a new customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerProfile | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_experimental_api=x_experimental_api,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerProfileRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> CustomerProfile | ErrorResponse | None:
    """Create customer profile

     Creates a customer's profile, including their custom details and associating them with the specified
    organizations and products.
    **Permissions required:** Administer Jira global permission, and Customer Service Management or Jira
    Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): write:customer.profile:jira-service-management

    Args:
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.
        body (CreateCustomerProfileRequest): The customer profile to create. Identify the customer
            by `customerId`, or give `email` (and optionally `displayName`) for a new customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerProfile | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_experimental_api=x_experimental_api,
        )
    ).parsed
