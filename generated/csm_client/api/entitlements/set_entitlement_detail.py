from typing import Any
from urllib.parse import quote

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detail_field_value import DetailFieldValue
from ...models.error_response import ErrorResponse
from ...models.set_detail_field_value_request import SetDetailFieldValueRequest
from ...types import UNSET, Response, status_code_of

OPERATION_ID = "setEntitlementDetail"


def _get_kwargs(
    entitlement_id: str,
    *,
    body: SetDetailFieldValueRequest,
    field_name: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fieldName"] = field_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/entitlement/{entitlement_id}/details".format(
            entitlement_id=quote(str(entitlement_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailFieldValue | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DetailFieldValue.from_dict(response.json())

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
) -> Response[DetailFieldValue | ErrorResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> DetailFieldValue:
    if response.status_code == 200:
        response_200 = DetailFieldValue.from_dict(response.json())

        return response_200

    raise ValueError(
        f"HTTP {response.status_code} is not a success status the spec describes"
    )


# The two steps above under public names, for a caller that sends the request itself between them (the
# MCP server checks every request first); typed, so that a type checker sees the arguments and the result.
build_request = _get_kwargs
parse_success = _parse_success


def call(
    entitlement_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDetailFieldValueRequest,
    field_name: str,
) -> DetailFieldValue:
    """Set entitlement detail

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): write:entitlement.detail:jira-service-management

    Args:
        entitlement_id (str): The ID of the entitlement, as a UUID.
        field_name (str): The name of the entitlement detail field to set the value of.
        body (SetDetailFieldValueRequest): The values to set for a detail field.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        DetailFieldValue
    """

    kwargs = _get_kwargs(
        entitlement_id=entitlement_id,
        body=body,
        field_name=field_name,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    entitlement_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDetailFieldValueRequest,
    field_name: str,
) -> DetailFieldValue:
    """Set entitlement detail

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): write:entitlement.detail:jira-service-management

    Args:
        entitlement_id (str): The ID of the entitlement, as a UUID.
        field_name (str): The name of the entitlement detail field to set the value of.
        body (SetDetailFieldValueRequest): The values to set for a detail field.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        DetailFieldValue
    """

    kwargs = _get_kwargs(
        entitlement_id=entitlement_id,
        body=body,
        field_name=field_name,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    entitlement_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDetailFieldValueRequest,
    field_name: str,
) -> Response[DetailFieldValue | ErrorResponse]:
    """Set entitlement detail

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): write:entitlement.detail:jira-service-management

    Args:
        entitlement_id (str): The ID of the entitlement, as a UUID.
        field_name (str): The name of the entitlement detail field to set the value of.
        body (SetDetailFieldValueRequest): The values to set for a detail field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailFieldValue | ErrorResponse]
    """

    kwargs = _get_kwargs(
        entitlement_id=entitlement_id,
        body=body,
        field_name=field_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entitlement_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDetailFieldValueRequest,
    field_name: str,
) -> DetailFieldValue | ErrorResponse | None:
    """Set entitlement detail

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): write:entitlement.detail:jira-service-management

    Args:
        entitlement_id (str): The ID of the entitlement, as a UUID.
        field_name (str): The name of the entitlement detail field to set the value of.
        body (SetDetailFieldValueRequest): The values to set for a detail field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailFieldValue | ErrorResponse
    """

    return sync_detailed(
        entitlement_id=entitlement_id,
        client=client,
        body=body,
        field_name=field_name,
    ).parsed


async def asyncio_detailed(
    entitlement_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDetailFieldValueRequest,
    field_name: str,
) -> Response[DetailFieldValue | ErrorResponse]:
    """Set entitlement detail

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): write:entitlement.detail:jira-service-management

    Args:
        entitlement_id (str): The ID of the entitlement, as a UUID.
        field_name (str): The name of the entitlement detail field to set the value of.
        body (SetDetailFieldValueRequest): The values to set for a detail field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailFieldValue | ErrorResponse]
    """

    kwargs = _get_kwargs(
        entitlement_id=entitlement_id,
        body=body,
        field_name=field_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entitlement_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDetailFieldValueRequest,
    field_name: str,
) -> DetailFieldValue | ErrorResponse | None:
    """Set entitlement detail

     **Permissions required:** Jira Service Management agent.
    **OAuth 2.0 scopes** (any one of these sets): write:entitlement.detail:jira-service-management

    Args:
        entitlement_id (str): The ID of the entitlement, as a UUID.
        field_name (str): The name of the entitlement detail field to set the value of.
        body (SetDetailFieldValueRequest): The values to set for a detail field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailFieldValue | ErrorResponse
    """

    return (
        await asyncio_detailed(
            entitlement_id=entitlement_id,
            client=client,
            body=body,
            field_name=field_name,
        )
    ).parsed
