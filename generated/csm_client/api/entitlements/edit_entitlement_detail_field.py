from typing import Any
from urllib.parse import quote

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detail_field import DetailField
from ...models.edit_detail_field_request import EditDetailFieldRequest
from ...models.error_response import ErrorResponse
from ...types import Response, status_code_of

OPERATION_ID = "editEntitlementDetailField"


def _get_kwargs(
    field_name: str,
    *,
    body: EditDetailFieldRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/entitlement/details/{field_name}".format(
            field_name=quote(str(field_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailField | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DetailField.from_dict(response.json())

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
) -> Response[DetailField | ErrorResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> DetailField:
    if response.status_code == 200:
        response_200 = DetailField.from_dict(response.json())

        return response_200

    raise ValueError(
        f"HTTP {response.status_code} is not a success status the spec describes"
    )


# The two steps above under public names, for a caller that sends the request itself between them (the
# MCP server checks every request first); typed, so that a type checker sees the arguments and the result.
build_request = _get_kwargs
parse_success = _parse_success


def call(
    field_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditDetailFieldRequest,
) -> DetailField:
    """Edit entitlement detail field

     Renames an entitlement detail field and/or changes the available options for SELECT or MULTISELECT
    fields.
    **Permissions required:** Administer Jira global permission.
    **OAuth 2.0 scopes** (any one of these sets): write:entitlement.detail-field:jira-service-management

    Args:
        field_name (str): The name of the detail field.
        body (EditDetailFieldRequest): The new name and, for SELECT or MULTISELECT fields, the new
            options of a detail field.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        DetailField
    """

    kwargs = _get_kwargs(
        field_name=field_name,
        body=body,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    field_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditDetailFieldRequest,
) -> DetailField:
    """Edit entitlement detail field

     Renames an entitlement detail field and/or changes the available options for SELECT or MULTISELECT
    fields.
    **Permissions required:** Administer Jira global permission.
    **OAuth 2.0 scopes** (any one of these sets): write:entitlement.detail-field:jira-service-management

    Args:
        field_name (str): The name of the detail field.
        body (EditDetailFieldRequest): The new name and, for SELECT or MULTISELECT fields, the new
            options of a detail field.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        DetailField
    """

    kwargs = _get_kwargs(
        field_name=field_name,
        body=body,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    field_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditDetailFieldRequest,
) -> Response[DetailField | ErrorResponse]:
    """Edit entitlement detail field

     Renames an entitlement detail field and/or changes the available options for SELECT or MULTISELECT
    fields.
    **Permissions required:** Administer Jira global permission.
    **OAuth 2.0 scopes** (any one of these sets): write:entitlement.detail-field:jira-service-management

    Args:
        field_name (str): The name of the detail field.
        body (EditDetailFieldRequest): The new name and, for SELECT or MULTISELECT fields, the new
            options of a detail field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailField | ErrorResponse]
    """

    kwargs = _get_kwargs(
        field_name=field_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    field_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditDetailFieldRequest,
) -> DetailField | ErrorResponse | None:
    """Edit entitlement detail field

     Renames an entitlement detail field and/or changes the available options for SELECT or MULTISELECT
    fields.
    **Permissions required:** Administer Jira global permission.
    **OAuth 2.0 scopes** (any one of these sets): write:entitlement.detail-field:jira-service-management

    Args:
        field_name (str): The name of the detail field.
        body (EditDetailFieldRequest): The new name and, for SELECT or MULTISELECT fields, the new
            options of a detail field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailField | ErrorResponse
    """

    return sync_detailed(
        field_name=field_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    field_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditDetailFieldRequest,
) -> Response[DetailField | ErrorResponse]:
    """Edit entitlement detail field

     Renames an entitlement detail field and/or changes the available options for SELECT or MULTISELECT
    fields.
    **Permissions required:** Administer Jira global permission.
    **OAuth 2.0 scopes** (any one of these sets): write:entitlement.detail-field:jira-service-management

    Args:
        field_name (str): The name of the detail field.
        body (EditDetailFieldRequest): The new name and, for SELECT or MULTISELECT fields, the new
            options of a detail field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailField | ErrorResponse]
    """

    kwargs = _get_kwargs(
        field_name=field_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    field_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditDetailFieldRequest,
) -> DetailField | ErrorResponse | None:
    """Edit entitlement detail field

     Renames an entitlement detail field and/or changes the available options for SELECT or MULTISELECT
    fields.
    **Permissions required:** Administer Jira global permission.
    **OAuth 2.0 scopes** (any one of these sets): write:entitlement.detail-field:jira-service-management

    Args:
        field_name (str): The name of the detail field.
        body (EditDetailFieldRequest): The new name and, for SELECT or MULTISELECT fields, the new
            options of a detail field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailField | ErrorResponse
    """

    return (
        await asyncio_detailed(
            field_name=field_name,
            client=client,
            body=body,
        )
    ).parsed
