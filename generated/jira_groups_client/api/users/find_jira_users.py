from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_collection import ErrorCollection
from ...models.user import User
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "findJiraUsers"


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    property_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["accountId"] = account_id

    params["startAt"] = start_at

    params["maxResults"] = max_results

    params["property"] = property_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/api/3/user/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorCollection | list[User] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = User.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorCollection | list[User]]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> list[User]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = User.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
    query: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    property_: str | Unset = UNSET,
) -> list[User]:
    """Find users

     Finds active and inactive users whose display name or email address matches the query, matching the
    start of each word (prefix match); an account ID finds that one user. Give at least one of `query`,
    `accountId` or `property`.

    The answer is a plain list of users, not a page object: ask for the next page with
    `startAt` + `maxResults`; a page shorter than `maxResults` is the last one.

    Permissions required: Browse users and groups global permission. Callers without it get an empty
    list rather than an error.
    **Permissions required:** Browse users and groups global permission. Callers without it get an empty
    list rather than an error.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:user:jira read:user.property:jira
    read:avatar:jira

    Args:
        query (str | Unset): Text matched against the start of the words of each user's display
            name and email address.
        account_id (str | Unset): The account ID of one user to find.
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of users to return. Default: 50.
        property_ (str | Unset): A user property query (for example `key.path=value`) that users
            must match.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        list[User]
    """

    kwargs = _get_kwargs(
        query=query,
        account_id=account_id,
        start_at=start_at,
        max_results=max_results,
        property_=property_,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    property_: str | Unset = UNSET,
) -> list[User]:
    """Find users

     Finds active and inactive users whose display name or email address matches the query, matching the
    start of each word (prefix match); an account ID finds that one user. Give at least one of `query`,
    `accountId` or `property`.

    The answer is a plain list of users, not a page object: ask for the next page with
    `startAt` + `maxResults`; a page shorter than `maxResults` is the last one.

    Permissions required: Browse users and groups global permission. Callers without it get an empty
    list rather than an error.
    **Permissions required:** Browse users and groups global permission. Callers without it get an empty
    list rather than an error.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:user:jira read:user.property:jira
    read:avatar:jira

    Args:
        query (str | Unset): Text matched against the start of the words of each user's display
            name and email address.
        account_id (str | Unset): The account ID of one user to find.
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of users to return. Default: 50.
        property_ (str | Unset): A user property query (for example `key.path=value`) that users
            must match.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        list[User]
    """

    kwargs = _get_kwargs(
        query=query,
        account_id=account_id,
        start_at=start_at,
        max_results=max_results,
        property_=property_,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    property_: str | Unset = UNSET,
) -> Response[ErrorCollection | list[User]]:
    """Find users

     Finds active and inactive users whose display name or email address matches the query, matching the
    start of each word (prefix match); an account ID finds that one user. Give at least one of `query`,
    `accountId` or `property`.

    The answer is a plain list of users, not a page object: ask for the next page with
    `startAt` + `maxResults`; a page shorter than `maxResults` is the last one.

    Permissions required: Browse users and groups global permission. Callers without it get an empty
    list rather than an error.
    **Permissions required:** Browse users and groups global permission. Callers without it get an empty
    list rather than an error.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:user:jira read:user.property:jira
    read:avatar:jira

    Args:
        query (str | Unset): Text matched against the start of the words of each user's display
            name and email address.
        account_id (str | Unset): The account ID of one user to find.
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of users to return. Default: 50.
        property_ (str | Unset): A user property query (for example `key.path=value`) that users
            must match.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | list[User]]
    """

    kwargs = _get_kwargs(
        query=query,
        account_id=account_id,
        start_at=start_at,
        max_results=max_results,
        property_=property_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    property_: str | Unset = UNSET,
) -> ErrorCollection | list[User] | None:
    """Find users

     Finds active and inactive users whose display name or email address matches the query, matching the
    start of each word (prefix match); an account ID finds that one user. Give at least one of `query`,
    `accountId` or `property`.

    The answer is a plain list of users, not a page object: ask for the next page with
    `startAt` + `maxResults`; a page shorter than `maxResults` is the last one.

    Permissions required: Browse users and groups global permission. Callers without it get an empty
    list rather than an error.
    **Permissions required:** Browse users and groups global permission. Callers without it get an empty
    list rather than an error.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:user:jira read:user.property:jira
    read:avatar:jira

    Args:
        query (str | Unset): Text matched against the start of the words of each user's display
            name and email address.
        account_id (str | Unset): The account ID of one user to find.
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of users to return. Default: 50.
        property_ (str | Unset): A user property query (for example `key.path=value`) that users
            must match.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | list[User]
    """

    return sync_detailed(
        client=client,
        query=query,
        account_id=account_id,
        start_at=start_at,
        max_results=max_results,
        property_=property_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    property_: str | Unset = UNSET,
) -> Response[ErrorCollection | list[User]]:
    """Find users

     Finds active and inactive users whose display name or email address matches the query, matching the
    start of each word (prefix match); an account ID finds that one user. Give at least one of `query`,
    `accountId` or `property`.

    The answer is a plain list of users, not a page object: ask for the next page with
    `startAt` + `maxResults`; a page shorter than `maxResults` is the last one.

    Permissions required: Browse users and groups global permission. Callers without it get an empty
    list rather than an error.
    **Permissions required:** Browse users and groups global permission. Callers without it get an empty
    list rather than an error.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:user:jira read:user.property:jira
    read:avatar:jira

    Args:
        query (str | Unset): Text matched against the start of the words of each user's display
            name and email address.
        account_id (str | Unset): The account ID of one user to find.
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of users to return. Default: 50.
        property_ (str | Unset): A user property query (for example `key.path=value`) that users
            must match.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | list[User]]
    """

    kwargs = _get_kwargs(
        query=query,
        account_id=account_id,
        start_at=start_at,
        max_results=max_results,
        property_=property_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    property_: str | Unset = UNSET,
) -> ErrorCollection | list[User] | None:
    """Find users

     Finds active and inactive users whose display name or email address matches the query, matching the
    start of each word (prefix match); an account ID finds that one user. Give at least one of `query`,
    `accountId` or `property`.

    The answer is a plain list of users, not a page object: ask for the next page with
    `startAt` + `maxResults`; a page shorter than `maxResults` is the last one.

    Permissions required: Browse users and groups global permission. Callers without it get an empty
    list rather than an error.
    **Permissions required:** Browse users and groups global permission. Callers without it get an empty
    list rather than an error.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:user:jira read:user.property:jira
    read:avatar:jira

    Args:
        query (str | Unset): Text matched against the start of the words of each user's display
            name and email address.
        account_id (str | Unset): The account ID of one user to find.
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of users to return. Default: 50.
        property_ (str | Unset): A user property query (for example `key.path=value`) that users
            must match.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | list[User]
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            account_id=account_id,
            start_at=start_at,
            max_results=max_results,
            property_=property_,
        )
    ).parsed
