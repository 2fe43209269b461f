from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.experimental_api_opt_in import ExperimentalApiOptIn
from ...models.fetch_organization_profiles_request import (
    FetchOrganizationProfilesRequest,
)
from ...models.fetch_organization_profiles_response import (
    FetchOrganizationProfilesResponse,
)
from ...types import Response, status_code_of

OPERATION_ID = "fetchOrganizationProfiles"


def _get_kwargs(
    *,
    body: FetchOrganizationProfilesRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-ExperimentalApi"] = str(x_experimental_api)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/organization/profile/fetch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FetchOrganizationProfilesResponse | None:
    if response.status_code == 200:
        response_200 = FetchOrganizationProfilesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | FetchOrganizationProfilesResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> FetchOrganizationProfilesResponse:
    if response.status_code == 200:
        response_200 = FetchOrganizationProfilesResponse.from_dict(response.json())

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
    body: FetchOrganizationProfilesRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> FetchOrganizationProfilesResponse:
    """Fetch multiple organization profiles

     Returns a maximum of 25 organization profiles.
    Any organizations that cannot be found will be omitted from the results.
    **Permissions required:** Customer Service Management or Jira Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:organization.profile:jira-service-management

    Args:
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.
        body (FetchOrganizationProfilesRequest): The organization profiles to fetch, by ID or name
            (at most 25). The seed lists a third, unnamed array-of-strings field that is not modelled
            here.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        FetchOrganizationProfilesResponse
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
    body: FetchOrganizationProfilesRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> FetchOrganizationProfilesResponse:
    """Fetch multiple organization profiles

     Returns a maximum of 25 organization profiles.
    Any organizations that cannot be found will be omitted from the results.
    **Permissions required:** Customer Service Management or Jira Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:organization.profile:jira-service-management

    Args:
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.
        body (FetchOrganizationProfilesRequest): The organization profiles to fetch, by ID or name
            (at most 25). The seed lists a third, unnamed array-of-strings field that is not modelled
            here.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        FetchOrganizationProfilesResponse
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
    body: FetchOrganizationProfilesRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> Response[ErrorResponse | FetchOrganizationProfilesResponse]:
    """Fetch multiple organization profiles

     Returns a maximum of 25 organization profiles.
    Any organizations that cannot be found will be omitted from the results.
    **Permissions required:** Customer Service Management or Jira Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:organization.profile:jira-service-management

    Args:
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.
        body (FetchOrganizationProfilesRequest): The organization profiles to fetch, by ID or name
            (at most 25). The seed lists a third, unnamed array-of-strings field that is not modelled
            here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FetchOrganizationProfilesResponse]
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
    body: FetchOrganizationProfilesRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> ErrorResponse | FetchOrganizationProfilesResponse | None:
    """Fetch multiple organization profiles

     Returns a maximum of 25 organization profiles.
    Any organizations that cannot be found will be omitted from the results.
    **Permissions required:** Customer Service Management or Jira Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:organization.profile:jira-service-management

    Args:
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.
        body (FetchOrganizationProfilesRequest): The organization profiles to fetch, by ID or name
            (at most 25). The seed lists a third, unnamed array-of-strings field that is not modelled
            here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FetchOrganizationProfilesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_experimental_api=x_experimental_api,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FetchOrganizationProfilesRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> Response[ErrorResponse | FetchOrganizationProfilesResponse]:
    """Fetch multiple organization profiles

     Returns a maximum of 25 organization profiles.
    Any organizations that cannot be found will be omitted from the results.
    **Permissions required:** Customer Service Management or Jira Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:organization.profile:jira-service-management

    Args:
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.
        body (FetchOrganizationProfilesRequest): The organization profiles to fetch, by ID or name
            (at most 25). The seed lists a third, unnamed array-of-strings field that is not modelled
            here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FetchOrganizationProfilesResponse]
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
    body: FetchOrganizationProfilesRequest,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> ErrorResponse | FetchOrganizationProfilesResponse | None:
    """Fetch multiple organization profiles

     Returns a maximum of 25 organization profiles.
    Any organizations that cannot be found will be omitted from the results.
    **Permissions required:** Customer Service Management or Jira Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:organization.profile:jira-service-management

    Args:
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.
        body (FetchOrganizationProfilesRequest): The organization profiles to fetch, by ID or name
            (at most 25). The seed lists a third, unnamed array-of-strings field that is not modelled
            here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FetchOrganizationProfilesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_experimental_api=x_experimental_api,
        )
    ).parsed
