from typing import Any

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_get_jira_groups_access_type import BulkGetJiraGroupsAccessType
from ...models.bulk_get_jira_groups_application_key import (
    BulkGetJiraGroupsApplicationKey,
)
from ...models.error_collection import ErrorCollection
from ...models.page_bean_group_details import PageBeanGroupDetails
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "bulkGetJiraGroups"


def _get_kwargs(
    *,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    group_id: list[str] | Unset = UNSET,
    group_name: list[str] | Unset = UNSET,
    access_type: BulkGetJiraGroupsAccessType | Unset = UNSET,
    application_key: BulkGetJiraGroupsApplicationKey | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["startAt"] = start_at

    params["maxResults"] = max_results

    json_group_id: list[str] | Unset = UNSET
    if not isinstance(group_id, Unset):
        json_group_id = group_id

    params["groupId"] = json_group_id

    json_group_name: list[str] | Unset = UNSET
    if not isinstance(group_name, Unset):
        json_group_name = group_name

    params["groupName"] = json_group_name

    json_access_type: str | Unset = UNSET
    if not isinstance(access_type, Unset):
        json_access_type = access_type.value

    params["accessType"] = json_access_type

    json_application_key: str | Unset = UNSET
    if not isinstance(application_key, Unset):
        json_application_key = application_key.value

    params["applicationKey"] = json_application_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/api/3/group/bulk",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorCollection | PageBeanGroupDetails | None:
    if response.status_code == 200:
        response_200 = PageBeanGroupDetails.from_dict(response.json())

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
) -> Response[ErrorCollection | PageBeanGroupDetails]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> PageBeanGroupDetails:
    if response.status_code == 200:
        response_200 = PageBeanGroupDetails.from_dict(response.json())

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
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    group_id: list[str] | Unset = UNSET,
    group_name: list[str] | Unset = UNSET,
    access_type: BulkGetJiraGroupsAccessType | Unset = UNSET,
    application_key: BulkGetJiraGroupsApplicationKey | Unset = UNSET,
) -> PageBeanGroupDetails:
    """Bulk get groups

     Returns a paginated list of groups.

    Permissions required: Browse users and groups global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira

    Args:
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of items to return per page. Default: 50.
        group_id (list[str] | Unset): The ID of a group. To specify multiple IDs, pass multiple
            `groupId` parameters. For example,
            `groupId=5b10a2844c20165700ede21g&groupId=5b10ac8d82e05b22cc7d4ef5`.
        group_name (list[str] | Unset): The name of a group. To specify multiple names, pass
            multiple `groupName` parameters. For example, `groupName=administrators&groupName=jira-
            software-users`.
        access_type (BulkGetJiraGroupsAccessType | Unset): The access level of a group. Valid
            values: 'site-admin', 'admin', 'user'.
        application_key (BulkGetJiraGroupsApplicationKey | Unset): The application key of the
            product user groups to search for. Valid values: 'jira-servicedesk', 'jira-software',
            'jira-product-discovery', 'jira-core'.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        PageBeanGroupDetails
    """

    kwargs = _get_kwargs(
        start_at=start_at,
        max_results=max_results,
        group_id=group_id,
        group_name=group_name,
        access_type=access_type,
        application_key=application_key,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    *,
    client: AuthenticatedClient | Client,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    group_id: list[str] | Unset = UNSET,
    group_name: list[str] | Unset = UNSET,
    access_type: BulkGetJiraGroupsAccessType | Unset = UNSET,
    application_key: BulkGetJiraGroupsApplicationKey | Unset = UNSET,
) -> PageBeanGroupDetails:
    """Bulk get groups

     Returns a paginated list of groups.

    Permissions required: Browse users and groups global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira

    Args:
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of items to return per page. Default: 50.
        group_id (list[str] | Unset): The ID of a group. To specify multiple IDs, pass multiple
            `groupId` parameters. For example,
            `groupId=5b10a2844c20165700ede21g&groupId=5b10ac8d82e05b22cc7d4ef5`.
        group_name (list[str] | Unset): The name of a group. To specify multiple names, pass
            multiple `groupName` parameters. For example, `groupName=administrators&groupName=jira-
            software-users`.
        access_type (BulkGetJiraGroupsAccessType | Unset): The access level of a group. Valid
            values: 'site-admin', 'admin', 'user'.
        application_key (BulkGetJiraGroupsApplicationKey | Unset): The application key of the
            product user groups to search for. Valid values: 'jira-servicedesk', 'jira-software',
            'jira-product-discovery', 'jira-core'.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        PageBeanGroupDetails
    """

    kwargs = _get_kwargs(
        start_at=start_at,
        max_results=max_results,
        group_id=group_id,
        group_name=group_name,
        access_type=access_type,
        application_key=application_key,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    group_id: list[str] | Unset = UNSET,
    group_name: list[str] | Unset = UNSET,
    access_type: BulkGetJiraGroupsAccessType | Unset = UNSET,
    application_key: BulkGetJiraGroupsApplicationKey | Unset = UNSET,
) -> Response[ErrorCollection | PageBeanGroupDetails]:
    """Bulk get groups

     Returns a paginated list of groups.

    Permissions required: Browse users and groups global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira

    Args:
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of items to return per page. Default: 50.
        group_id (list[str] | Unset): The ID of a group. To specify multiple IDs, pass multiple
            `groupId` parameters. For example,
            `groupId=5b10a2844c20165700ede21g&groupId=5b10ac8d82e05b22cc7d4ef5`.
        group_name (list[str] | Unset): The name of a group. To specify multiple names, pass
            multiple `groupName` parameters. For example, `groupName=administrators&groupName=jira-
            software-users`.
        access_type (BulkGetJiraGroupsAccessType | Unset): The access level of a group. Valid
            values: 'site-admin', 'admin', 'user'.
        application_key (BulkGetJiraGroupsApplicationKey | Unset): The application key of the
            product user groups to search for. Valid values: 'jira-servicedesk', 'jira-software',
            'jira-product-discovery', 'jira-core'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | PageBeanGroupDetails]
    """

    kwargs = _get_kwargs(
        start_at=start_at,
        max_results=max_results,
        group_id=group_id,
        group_name=group_name,
        access_type=access_type,
        application_key=application_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    group_id: list[str] | Unset = UNSET,
    group_name: list[str] | Unset = UNSET,
    access_type: BulkGetJiraGroupsAccessType | Unset = UNSET,
    application_key: BulkGetJiraGroupsApplicationKey | Unset = UNSET,
) -> ErrorCollection | PageBeanGroupDetails | None:
    """Bulk get groups

     Returns a paginated list of groups.

    Permissions required: Browse users and groups global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira

    Args:
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of items to return per page. Default: 50.
        group_id (list[str] | Unset): The ID of a group. To specify multiple IDs, pass multiple
            `groupId` parameters. For example,
            `groupId=5b10a2844c20165700ede21g&groupId=5b10ac8d82e05b22cc7d4ef5`.
        group_name (list[str] | Unset): The name of a group. To specify multiple names, pass
            multiple `groupName` parameters. For example, `groupName=administrators&groupName=jira-
            software-users`.
        access_type (BulkGetJiraGroupsAccessType | Unset): The access level of a group. Valid
            values: 'site-admin', 'admin', 'user'.
        application_key (BulkGetJiraGroupsApplicationKey | Unset): The application key of the
            product user groups to search for. Valid values: 'jira-servicedesk', 'jira-software',
            'jira-product-discovery', 'jira-core'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | PageBeanGroupDetails
    """

    return sync_detailed(
        client=client,
        start_at=start_at,
        max_results=max_results,
        group_id=group_id,
        group_name=group_name,
        access_type=access_type,
        application_key=application_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    group_id: list[str] | Unset = UNSET,
    group_name: list[str] | Unset = UNSET,
    access_type: BulkGetJiraGroupsAccessType | Unset = UNSET,
    application_key: BulkGetJiraGroupsApplicationKey | Unset = UNSET,
) -> Response[ErrorCollection | PageBeanGroupDetails]:
    """Bulk get groups

     Returns a paginated list of groups.

    Permissions required: Browse users and groups global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira

    Args:
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of items to return per page. Default: 50.
        group_id (list[str] | Unset): The ID of a group. To specify multiple IDs, pass multiple
            `groupId` parameters. For example,
            `groupId=5b10a2844c20165700ede21g&groupId=5b10ac8d82e05b22cc7d4ef5`.
        group_name (list[str] | Unset): The name of a group. To specify multiple names, pass
            multiple `groupName` parameters. For example, `groupName=administrators&groupName=jira-
            software-users`.
        access_type (BulkGetJiraGroupsAccessType | Unset): The access level of a group. Valid
            values: 'site-admin', 'admin', 'user'.
        application_key (BulkGetJiraGroupsApplicationKey | Unset): The application key of the
            product user groups to search for. Valid values: 'jira-servicedesk', 'jira-software',
            'jira-product-discovery', 'jira-core'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorCollection | PageBeanGroupDetails]
    """

    kwargs = _get_kwargs(
        start_at=start_at,
        max_results=max_results,
        group_id=group_id,
        group_name=group_name,
        access_type=access_type,
        application_key=application_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_at: int | Unset = 0,
    max_results: int | Unset = 50,
    group_id: list[str] | Unset = UNSET,
    group_name: list[str] | Unset = UNSET,
    access_type: BulkGetJiraGroupsAccessType | Unset = UNSET,
    application_key: BulkGetJiraGroupsApplicationKey | Unset = UNSET,
) -> ErrorCollection | PageBeanGroupDetails | None:
    """Bulk get groups

     Returns a paginated list of groups.

    Permissions required: Browse users and groups global permission.
    **OAuth 2.0 scopes** (any one of these sets): read:jira-user; read:group:jira

    Args:
        start_at (int | Unset): The index of the first item to return in a page of results (page
            offset). Default: 0.
        max_results (int | Unset): The maximum number of items to return per page. Default: 50.
        group_id (list[str] | Unset): The ID of a group. To specify multiple IDs, pass multiple
            `groupId` parameters. For example,
            `groupId=5b10a2844c20165700ede21g&groupId=5b10ac8d82e05b22cc7d4ef5`.
        group_name (list[str] | Unset): The name of a group. To specify multiple names, pass
            multiple `groupName` parameters. For example, `groupName=administrators&groupName=jira-
            software-users`.
        access_type (BulkGetJiraGroupsAccessType | Unset): The access level of a group. Valid
            values: 'site-admin', 'admin', 'user'.
        application_key (BulkGetJiraGroupsApplicationKey | Unset): The application key of the
            product user groups to search for. Valid values: 'jira-servicedesk', 'jira-software',
            'jira-product-discovery', 'jira-core'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorCollection | PageBeanGroupDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            start_at=start_at,
            max_results=max_results,
            group_id=group_id,
            group_name=group_name,
            access_type=access_type,
            application_key=application_key,
        )
    ).parsed
