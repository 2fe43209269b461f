from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stakeholder_comms_stakeholder_connection_response import (
    StakeholderCommsStakeholderConnectionResponse,
)
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "listStakeholders"


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    search_value: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    descending: bool | Unset = UNSET,
    first: int | Unset = UNSET,
    after: str | Unset = UNSET,
    last: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["type"] = type_

    params["searchField"] = search_field

    params["searchValue"] = search_value

    params["orderBy"] = order_by

    params["descending"] = descending

    params["first"] = first

    params["after"] = after

    params["last"] = last

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stakeholders/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StakeholderCommsStakeholderConnectionResponse | None:
    if response.status_code == 200:
        response_200 = StakeholderCommsStakeholderConnectionResponse.from_dict(
            response.json()
        )

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
) -> Response[ErrorResponse | StakeholderCommsStakeholderConnectionResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(
    response: httpx.Response,
) -> StakeholderCommsStakeholderConnectionResponse:
    if response.status_code == 200:
        response_200 = StakeholderCommsStakeholderConnectionResponse.from_dict(
            response.json()
        )

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
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    search_value: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    descending: bool | Unset = UNSET,
    first: int | Unset = UNSET,
    after: str | Unset = UNSET,
    last: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> StakeholderCommsStakeholderConnectionResponse:
    """List stakeholders

     Get a list of stakeholders.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        status (str | Unset): Return only stakeholders with this status, for example `ACTIVE`.
        type_ (str | Unset): Return only stakeholders of this type, for example `EXTERNAL`.
        search_field (str | Unset): Field to search in.
        search_value (str | Unset): Value to search for in `searchField`.
        order_by (str | Unset): Field to order the results by.
        descending (bool | Unset): Whether to sort in descending order.
        first (int | Unset): Number of items to return after the `after` cursor (forward
            pagination).
        after (str | Unset): Cursor to start after: the `endCursor` of the previous page.
        last (int | Unset): Number of items to return before the `before` cursor (backward
            pagination).
        before (str | Unset): Cursor to end before: the `startCursor` of the next page.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsStakeholderConnectionResponse
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        search_field=search_field,
        search_value=search_value,
        order_by=order_by,
        descending=descending,
        first=first,
        after=after,
        last=last,
        before=before,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    search_value: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    descending: bool | Unset = UNSET,
    first: int | Unset = UNSET,
    after: str | Unset = UNSET,
    last: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> StakeholderCommsStakeholderConnectionResponse:
    """List stakeholders

     Get a list of stakeholders.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        status (str | Unset): Return only stakeholders with this status, for example `ACTIVE`.
        type_ (str | Unset): Return only stakeholders of this type, for example `EXTERNAL`.
        search_field (str | Unset): Field to search in.
        search_value (str | Unset): Value to search for in `searchField`.
        order_by (str | Unset): Field to order the results by.
        descending (bool | Unset): Whether to sort in descending order.
        first (int | Unset): Number of items to return after the `after` cursor (forward
            pagination).
        after (str | Unset): Cursor to start after: the `endCursor` of the previous page.
        last (int | Unset): Number of items to return before the `before` cursor (backward
            pagination).
        before (str | Unset): Cursor to end before: the `startCursor` of the next page.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        StakeholderCommsStakeholderConnectionResponse
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        search_field=search_field,
        search_value=search_value,
        order_by=order_by,
        descending=descending,
        first=first,
        after=after,
        last=last,
        before=before,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    search_value: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    descending: bool | Unset = UNSET,
    first: int | Unset = UNSET,
    after: str | Unset = UNSET,
    last: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ErrorResponse | StakeholderCommsStakeholderConnectionResponse]:
    """List stakeholders

     Get a list of stakeholders.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        status (str | Unset): Return only stakeholders with this status, for example `ACTIVE`.
        type_ (str | Unset): Return only stakeholders of this type, for example `EXTERNAL`.
        search_field (str | Unset): Field to search in.
        search_value (str | Unset): Value to search for in `searchField`.
        order_by (str | Unset): Field to order the results by.
        descending (bool | Unset): Whether to sort in descending order.
        first (int | Unset): Number of items to return after the `after` cursor (forward
            pagination).
        after (str | Unset): Cursor to start after: the `endCursor` of the previous page.
        last (int | Unset): Number of items to return before the `before` cursor (backward
            pagination).
        before (str | Unset): Cursor to end before: the `startCursor` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsStakeholderConnectionResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        search_field=search_field,
        search_value=search_value,
        order_by=order_by,
        descending=descending,
        first=first,
        after=after,
        last=last,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    search_value: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    descending: bool | Unset = UNSET,
    first: int | Unset = UNSET,
    after: str | Unset = UNSET,
    last: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | StakeholderCommsStakeholderConnectionResponse | None:
    """List stakeholders

     Get a list of stakeholders.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        status (str | Unset): Return only stakeholders with this status, for example `ACTIVE`.
        type_ (str | Unset): Return only stakeholders of this type, for example `EXTERNAL`.
        search_field (str | Unset): Field to search in.
        search_value (str | Unset): Value to search for in `searchField`.
        order_by (str | Unset): Field to order the results by.
        descending (bool | Unset): Whether to sort in descending order.
        first (int | Unset): Number of items to return after the `after` cursor (forward
            pagination).
        after (str | Unset): Cursor to start after: the `endCursor` of the previous page.
        last (int | Unset): Number of items to return before the `before` cursor (backward
            pagination).
        before (str | Unset): Cursor to end before: the `startCursor` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsStakeholderConnectionResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        type_=type_,
        search_field=search_field,
        search_value=search_value,
        order_by=order_by,
        descending=descending,
        first=first,
        after=after,
        last=last,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    search_value: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    descending: bool | Unset = UNSET,
    first: int | Unset = UNSET,
    after: str | Unset = UNSET,
    last: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ErrorResponse | StakeholderCommsStakeholderConnectionResponse]:
    """List stakeholders

     Get a list of stakeholders.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        status (str | Unset): Return only stakeholders with this status, for example `ACTIVE`.
        type_ (str | Unset): Return only stakeholders of this type, for example `EXTERNAL`.
        search_field (str | Unset): Field to search in.
        search_value (str | Unset): Value to search for in `searchField`.
        order_by (str | Unset): Field to order the results by.
        descending (bool | Unset): Whether to sort in descending order.
        first (int | Unset): Number of items to return after the `after` cursor (forward
            pagination).
        after (str | Unset): Cursor to start after: the `endCursor` of the previous page.
        last (int | Unset): Number of items to return before the `before` cursor (backward
            pagination).
        before (str | Unset): Cursor to end before: the `startCursor` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StakeholderCommsStakeholderConnectionResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        search_field=search_field,
        search_value=search_value,
        order_by=order_by,
        descending=descending,
        first=first,
        after=after,
        last=last,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    search_field: str | Unset = UNSET,
    search_value: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    descending: bool | Unset = UNSET,
    first: int | Unset = UNSET,
    after: str | Unset = UNSET,
    last: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | StakeholderCommsStakeholderConnectionResponse | None:
    """List stakeholders

     Get a list of stakeholders.
    **OAuth 2.0 scopes** (any one of these sets):
    read:stakeholder-comms.stakeholder:jira-service-management

    Args:
        status (str | Unset): Return only stakeholders with this status, for example `ACTIVE`.
        type_ (str | Unset): Return only stakeholders of this type, for example `EXTERNAL`.
        search_field (str | Unset): Field to search in.
        search_value (str | Unset): Value to search for in `searchField`.
        order_by (str | Unset): Field to order the results by.
        descending (bool | Unset): Whether to sort in descending order.
        first (int | Unset): Number of items to return after the `after` cursor (forward
            pagination).
        after (str | Unset): Cursor to start after: the `endCursor` of the previous page.
        last (int | Unset): Number of items to return before the `before` cursor (backward
            pagination).
        before (str | Unset): Cursor to end before: the `startCursor` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StakeholderCommsStakeholderConnectionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            type_=type_,
            search_field=search_field,
            search_value=search_value,
            order_by=order_by,
            descending=descending,
            first=first,
            after=after,
            last=last,
            before=before,
        )
    ).parsed
