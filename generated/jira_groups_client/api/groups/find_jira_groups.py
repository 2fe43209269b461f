from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_collection import ErrorCollection
from ...models.found_groups import FoundGroups
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "findJiraGroups"


def _get_kwargs(
    *,
    account_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    exclude_id: list[str] | Unset = UNSET,
    max_results: int | Unset = UNSET,
    case_insensitive: bool | Unset = False,
    user_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["accountId"] = account_id

    params["query"] = query

    json_exclude: list[str] | Unset = UNSET
    if not isinstance(exclude, Unset):
        json_exclude = exclude

    params["exclude"] = json_exclude

    json_exclude_id: list[str] | Unset = UNSET
    if not isinstance(exclude_id, Unset):
        json_exclude_id = exclude_id

    params["excludeId"] = json_exclude_id

    params["maxResults"] = max_results

    params["caseInsensitive"] = case_insensitive

    params["userName"] = user_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/api/3/groups/picker",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorCollection | FoundGroups | None:
    if response.status_code == 200:
        response_200 = FoundGroups.from_dict(response.json())

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
    if response.status_code == 403:
        try:
            response_403 = ErrorCollection.from_dict(response.json())

            return response_403

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
) -> Response[ErrorCollection | FoundGroups]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> FoundGroups:
    if response.status_code == 200:
        response_200 = FoundGroups.from_dict(response.json())

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
    account_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    exclude_id: list[str] | Unset = UNSET,
    max_results: int | Unset = UNSET,
    case_insensitive: bool | Unset = False,
    user_name: str | Unset = UNSET,
) -> FoundGroups:
    """Find groups

     Returns a list of groups whose names contain a query string. A list of group names can be provided
    to
    exclude groups from the results.

    The primary use case for this resource is to populate a group picker suggestions list. To this end,
    the
    returned object includes the html field where the matched query term is highlighted in the group
    name with
    the HTML strong tag. Also, the groups list is wrapped in a response object that contains a header
    for use
    in the picker, specifically Showing X of Y matching groups.

    The list returns with the groups sorted. If no groups match the list criteria, an empty list is
    returned.

    This operation can be accessed anonymously.

    Permissions required: Browse projects project permission. Anonymous calls and calls by users without
    the
    required permission return an empty list.

    Browse users and groups global permission. Without this permission, calls where query is not an
    exact
    match to an existing group will return an empty list.
    **Permissions required:** Browse projects project permission. Anonymous calls and calls by users
    without the required permission return an empty list. Browse users and groups global permission.
    Without this permission, calls where query is not an exact match to an existing group will return an
    empty list.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira

    Args:
        account_id (str | Unset): This parameter is deprecated, setting it does not affect the
            results. To find groups containing a particular user, use Get user groups.
        query (str | Unset): The string to find in group names.
        exclude (list[str] | Unset): As a group's name can change, use of `excludeId` is
            recommended to identify a group. A group to exclude from the result. To exclude multiple
            groups, provide an ampersand-separated list. For example, `exclude=group1&exclude=group2`.
            This parameter cannot be used with the `excludeId` parameter.
        exclude_id (list[str] | Unset): A group ID to exclude from the result. To exclude multiple
            groups, provide an ampersand-separated list. For example,
            `excludeId=group1-id&excludeId=group2-id`. This parameter cannot be used with the
            `exclude` parameter.
        max_results (int | Unset): The maximum number of groups to return. The maximum number of
            groups that can be returned is limited by the system property
            `jira.ajax.autocomplete.limit`.
        case_insensitive (bool | Unset): Whether the search for groups should be case insensitive.
            Default: False.
        user_name (str | Unset): This parameter is no longer available. See the deprecation notice
            for details.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        FoundGroups
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        query=query,
        exclude=exclude,
        exclude_id=exclude_id,
        max_results=max_results,
        case_insensitive=case_insensitive,
        user_name=user_name,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    account_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    exclude_id: list[str] | Unset = UNSET,
    max_results: int | Unset = UNSET,
    case_insensitive: bool | Unset = False,
    user_name: str | Unset = UNSET,
) -> FoundGroups:
    """Find groups

     Returns a list of groups whose names contain a query string. A list of group names can be provided
    to
    exclude groups from the results.

    The primary use case for this resource is to populate a group picker suggestions list. To this end,
    the
    returned object includes the html field where the matched query term is highlighted in the group
    name with
    the HTML strong tag. Also, the groups list is wrapped in a response object that contains a header
    for use
    in the picker, specifically Showing X of Y matching groups.

    The list returns with the groups sorted. If no groups match the list criteria, an empty list is
    returned.

    This operation can be accessed anonymously.

    Permissions required: Browse projects project permission. Anonymous calls and calls by users without
    the
    required permission return an empty list.

    Browse users and groups global permission. Without this permission, calls where query is not an
    exact
    match to an existing group will return an empty list.
    **Permissions required:** Browse projects project permission. Anonymous calls and calls by users
    without the required permission return an empty list. Browse users and groups global permission.
    Without this permission, calls where query is not an exact match to an existing group will return an
    empty list.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira

    Args:
        account_id (str | Unset): This parameter is deprecated, setting it does not affect the
            results. To find groups containing a particular user, use Get user groups.
        query (str | Unset): The string to find in group names.
        exclude (list[str] | Unset): As a group's name can change, use of `excludeId` is
            recommended to identify a group. A group to exclude from the result. To exclude multiple
            groups, provide an ampersand-separated list. For example, `exclude=group1&exclude=group2`.
            This parameter cannot be used with the `excludeId` parameter.
        exclude_id (list[str] | Unset): A group ID to exclude from the result. To exclude multiple
            groups, provide an ampersand-separated list. For example,
            `excludeId=group1-id&excludeId=group2-id`. This parameter cannot be used with the
            `exclude` parameter.
        max_results (int | Unset): The maximum number of groups to return. The maximum number of
            groups that can be returned is limited by the system property
            `jira.ajax.autocomplete.limit`.
        case_insensitive (bool | Unset): Whether the search for groups should be case insensitive.
            Default: False.
        user_name (str | Unset): This parameter is no longer available. See the deprecation notice
            for details.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        FoundGroups
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        query=query,
        exclude=exclude,
        exclude_id=exclude_id,
        max_results=max_results,
        case_insensitive=case_insensitive,
        user_name=user_name,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    exclude_id: list[str] | Unset = UNSET,
    max_results: int | Unset = UNSET,
    case_insensitive: bool | Unset = False,
    user_name: str | Unset = UNSET,
) -> Response[ErrorCollection | FoundGroups]:
    """Find groups

     Returns a list of groups whose names contain a query string. A list of group names can be provided
    to
    exclude groups from the results.

    The primary use case for this resource is to populate a group picker suggestions list. To this end,
    the
    returned object includes the html field where the matched query term is highlighted in the group
    name with
    the HTML strong tag. Also, the groups list is wrapped in a response object that contains a header
    for use
    in the picker, specifically Showing X of Y matching groups.

    The list returns with the groups sorted. If no groups match the list criteria, an empty list is
    returned.

    This operation can be accessed anonymously.

    Permissions required: Browse projects project permission. Anonymous calls and calls by users without
    the
    required permission return an empty list.

    Browse users and groups global permission. Without this permission, calls where query is not an
    exact
    match to an existing group will return an empty list.
    **Permissions required:** Browse projects project permission. Anonymous calls and calls by users
    without the required permission return an empty list. Browse users and groups global permission.
    Without this permission, calls where query is not an exact match to an existing group will return an
    empty list.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira

    Args:
        account_id (str | Unset): This parameter is deprecated, setting it does not affect the
            results. To find groups containing a particular user, use Get user groups.
        query (str | Unset): The string to find in group names.
        exclude (list[str] | Unset): As a group's name can change, use of `excludeId` is
            recommended to identify a group. A group to exclude from the result. To exclude multiple
            groups, provide an ampersand-separated list. For example, `exclude=group1&exclude=group2`.
            This parameter cannot be used with the `excludeId` parameter.
        exclude_id (list[str] | Unset): A group ID to exclude from the result. To exclude multiple
            groups, provide an ampersand-separated list. For example,
            `excludeId=group1-id&excludeId=group2-id`. This parameter cannot be used with the
            `exclude` parameter.
        max_results (int | Unset): The maximum number of groups to return. The maximum number of
            groups that can be returned is limited by the system property
            `jira.ajax.autocomplete.limit`.
        case_insensitive (bool | Unset): Whether the search for groups should be case insensitive.
            Default: False.
        user_name (str | Unset): This parameter is no longer available. See the deprecation notice
            for details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | FoundGroups]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        query=query,
        exclude=exclude,
        exclude_id=exclude_id,
        max_results=max_results,
        case_insensitive=case_insensitive,
        user_name=user_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    exclude_id: list[str] | Unset = UNSET,
    max_results: int | Unset = UNSET,
    case_insensitive: bool | Unset = False,
    user_name: str | Unset = UNSET,
) -> ErrorCollection | FoundGroups | None:
    """Find groups

     Returns a list of groups whose names contain a query string. A list of group names can be provided
    to
    exclude groups from the results.

    The primary use case for this resource is to populate a group picker suggestions list. To this end,
    the
    returned object includes the html field where the matched query term is highlighted in the group
    name with
    the HTML strong tag. Also, the groups list is wrapped in a response object that contains a header
    for use
    in the picker, specifically Showing X of Y matching groups.

    The list returns with the groups sorted. If no groups match the list criteria, an empty list is
    returned.

    This operation can be accessed anonymously.

    Permissions required: Browse projects project permission. Anonymous calls and calls by users without
    the
    required permission return an empty list.

    Browse users and groups global permission. Without this permission, calls where query is not an
    exact
    match to an existing group will return an empty list.
    **Permissions required:** Browse projects project permission. Anonymous calls and calls by users
    without the required permission return an empty list. Browse users and groups global permission.
    Without this permission, calls where query is not an exact match to an existing group will return an
    empty list.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira

    Args:
        account_id (str | Unset): This parameter is deprecated, setting it does not affect the
            results. To find groups containing a particular user, use Get user groups.
        query (str | Unset): The string to find in group names.
        exclude (list[str] | Unset): As a group's name can change, use of `excludeId` is
            recommended to identify a group. A group to exclude from the result. To exclude multiple
            groups, provide an ampersand-separated list. For example, `exclude=group1&exclude=group2`.
            This parameter cannot be used with the `excludeId` parameter.
        exclude_id (list[str] | Unset): A group ID to exclude from the result. To exclude multiple
            groups, provide an ampersand-separated list. For example,
            `excludeId=group1-id&excludeId=group2-id`. This parameter cannot be used with the
            `exclude` parameter.
        max_results (int | Unset): The maximum number of groups to return. The maximum number of
            groups that can be returned is limited by the system property
            `jira.ajax.autocomplete.limit`.
        case_insensitive (bool | Unset): Whether the search for groups should be case insensitive.
            Default: False.
        user_name (str | Unset): This parameter is no longer available. See the deprecation notice
            for details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | FoundGroups
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        query=query,
        exclude=exclude,
        exclude_id=exclude_id,
        max_results=max_results,
        case_insensitive=case_insensitive,
        user_name=user_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    exclude_id: list[str] | Unset = UNSET,
    max_results: int | Unset = UNSET,
    case_insensitive: bool | Unset = False,
    user_name: str | Unset = UNSET,
) -> Response[ErrorCollection | FoundGroups]:
    """Find groups

     Returns a list of groups whose names contain a query string. A list of group names can be provided
    to
    exclude groups from the results.

    The primary use case for this resource is to populate a group picker suggestions list. To this end,
    the
    returned object includes the html field where the matched query term is highlighted in the group
    name with
    the HTML strong tag. Also, the groups list is wrapped in a response object that contains a header
    for use
    in the picker, specifically Showing X of Y matching groups.

    The list returns with the groups sorted. If no groups match the list criteria, an empty list is
    returned.

    This operation can be accessed anonymously.

    Permissions required: Browse projects project permission. Anonymous calls and calls by users without
    the
    required permission return an empty list.

    Browse users and groups global permission. Without this permission, calls where query is not an
    exact
    match to an existing group will return an empty list.
    **Permissions required:** Browse projects project permission. Anonymous calls and calls by users
    without the required permission return an empty list. Browse users and groups global permission.
    Without this permission, calls where query is not an exact match to an existing group will return an
    empty list.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira

    Args:
        account_id (str | Unset): This parameter is deprecated, setting it does not affect the
            results. To find groups containing a particular user, use Get user groups.
        query (str | Unset): The string to find in group names.
        exclude (list[str] | Unset): As a group's name can change, use of `excludeId` is
            recommended to identify a group. A group to exclude from the result. To exclude multiple
            groups, provide an ampersand-separated list. For example, `exclude=group1&exclude=group2`.
            This parameter cannot be used with the `excludeId` parameter.
        exclude_id (list[str] | Unset): A group ID to exclude from the result. To exclude multiple
            groups, provide an ampersand-separated list. For example,
            `excludeId=group1-id&excludeId=group2-id`. This parameter cannot be used with the
            `exclude` parameter.
        max_results (int | Unset): The maximum number of groups to return. The maximum number of
            groups that can be returned is limited by the system property
            `jira.ajax.autocomplete.limit`.
        case_insensitive (bool | Unset): Whether the search for groups should be case insensitive.
            Default: False.
        user_name (str | Unset): This parameter is no longer available. See the deprecation notice
            for details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | FoundGroups]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        query=query,
        exclude=exclude,
        exclude_id=exclude_id,
        max_results=max_results,
        case_insensitive=case_insensitive,
        user_name=user_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    exclude_id: list[str] | Unset = UNSET,
    max_results: int | Unset = UNSET,
    case_insensitive: bool | Unset = False,
    user_name: str | Unset = UNSET,
) -> ErrorCollection | FoundGroups | None:
    """Find groups

     Returns a list of groups whose names contain a query string. A list of group names can be provided
    to
    exclude groups from the results.

    The primary use case for this resource is to populate a group picker suggestions list. To this end,
    the
    returned object includes the html field where the matched query term is highlighted in the group
    name with
    the HTML strong tag. Also, the groups list is wrapped in a response object that contains a header
    for use
    in the picker, specifically Showing X of Y matching groups.

    The list returns with the groups sorted. If no groups match the list criteria, an empty list is
    returned.

    This operation can be accessed anonymously.

    Permissions required: Browse projects project permission. Anonymous calls and calls by users without
    the
    required permission return an empty list.

    Browse users and groups global permission. Without this permission, calls where query is not an
    exact
    match to an existing group will return an empty list.
    **Permissions required:** Browse projects project permission. Anonymous calls and calls by users
    without the required permission return an empty list. Browse users and groups global permission.
    Without this permission, calls where query is not an exact match to an existing group will return an
    empty list.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira

    Args:
        account_id (str | Unset): This parameter is deprecated, setting it does not affect the
            results. To find groups containing a particular user, use Get user groups.
        query (str | Unset): The string to find in group names.
        exclude (list[str] | Unset): As a group's name can change, use of `excludeId` is
            recommended to identify a group. A group to exclude from the result. To exclude multiple
            groups, provide an ampersand-separated list. For example, `exclude=group1&exclude=group2`.
            This parameter cannot be used with the `excludeId` parameter.
        exclude_id (list[str] | Unset): A group ID to exclude from the result. To exclude multiple
            groups, provide an ampersand-separated list. For example,
            `excludeId=group1-id&excludeId=group2-id`. This parameter cannot be used with the
            `exclude` parameter.
        max_results (int | Unset): The maximum number of groups to return. The maximum number of
            groups that can be returned is limited by the system property
            `jira.ajax.autocomplete.limit`.
        case_insensitive (bool | Unset): Whether the search for groups should be case insensitive.
            Default: False.
        user_name (str | Unset): This parameter is no longer available. See the deprecation notice
            for details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | FoundGroups
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            query=query,
            exclude=exclude,
            exclude_id=exclude_id,
            max_results=max_results,
            case_insensitive=case_insensitive,
            user_name=user_name,
        )
    ).parsed
