from typing import Any
from urllib.parse import quote

import httpx
from atlassian_people_runtime.calls import UNPARSEABLE, result_or_raise, sending

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.experimental_api_opt_in import ExperimentalApiOptIn
from ...models.task import Task
from ...types import Response, status_code_of

OPERATION_ID = "getTask"


def _get_kwargs(
    task_id: str,
    *,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-ExperimentalApi"] = str(x_experimental_api)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Task | None:
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

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
) -> Response[ErrorResponse | Task]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> Task:
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

        return response_200

    raise ValueError(
        f"HTTP {response.status_code} is not a success status the spec describes"
    )


# The two steps above under public names, for a caller that sends the request itself between them (the
# MCP server checks every request first); typed, so that a type checker sees the arguments and the result.
build_request = _get_kwargs
parse_success = _parse_success


def call(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> Task:
    """Get task status

     Returns the status of a given task, including a list of any failures on completion.
    **Permissions required:** Administer Jira global permission, or Customer Service Management or Jira
    Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:task:jira-service-management

    Args:
        task_id (str): The ID of the task, as returned by a bulk operation.
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        Task
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        x_experimental_api=x_experimental_api,
    )
    with sending(OPERATION_ID):
        response = client.get_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


async def acall(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> Task:
    """Get task status

     Returns the status of a given task, including a list of any failures on completion.
    **Permissions required:** Administer Jira global permission, or Customer Service Management or Jira
    Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:task:jira-service-management

    Args:
        task_id (str): The ID of the task, as returned by a bulk operation.
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.

    Raises:
        atlassian_people_runtime.AtlassianError: a subclass for every failure (AuthenticationError,
            PermissionDeniedError, NotFoundError, ConflictError, ValidationError, RateLimitError,
            ServerError, UnexpectedResponseError, OutcomeUnknownError, ApiConnectionError).

    Returns:
        Task
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        x_experimental_api=x_experimental_api,
    )
    with sending(OPERATION_ID):
        response = await client.get_async_httpx_client().request(**kwargs)
    return result_or_raise(OPERATION_ID, response, _parse_success)


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> Response[ErrorResponse | Task]:
    """Get task status

     Returns the status of a given task, including a list of any failures on completion.
    **Permissions required:** Administer Jira global permission, or Customer Service Management or Jira
    Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:task:jira-service-management

    Args:
        task_id (str): The ID of the task, as returned by a bulk operation.
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        x_experimental_api=x_experimental_api,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> ErrorResponse | Task | None:
    """Get task status

     Returns the status of a given task, including a list of any failures on completion.
    **Permissions required:** Administer Jira global permission, or Customer Service Management or Jira
    Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:task:jira-service-management

    Args:
        task_id (str): The ID of the task, as returned by a bulk operation.
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Task
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        x_experimental_api=x_experimental_api,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> Response[ErrorResponse | Task]:
    """Get task status

     Returns the status of a given task, including a list of any failures on completion.
    **Permissions required:** Administer Jira global permission, or Customer Service Management or Jira
    Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:task:jira-service-management

    Args:
        task_id (str): The ID of the task, as returned by a bulk operation.
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        x_experimental_api=x_experimental_api,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_experimental_api: ExperimentalApiOptIn = ExperimentalApiOptIn.OPT_IN,
) -> ErrorResponse | Task | None:
    """Get task status

     Returns the status of a given task, including a list of any failures on completion.
    **Permissions required:** Administer Jira global permission, or Customer Service Management or Jira
    Service Management user.
    **OAuth 2.0 scopes** (any one of these sets): read:task:jira-service-management

    Args:
        task_id (str): The ID of the task, as returned by a bulk operation.
        x_experimental_api (ExperimentalApiOptIn): Value of the X-ExperimentalApi header that opts
            in to an experimental CSM operation. Default: ExperimentalApiOptIn.OPT_IN.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Task
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            x_experimental_api=x_experimental_api,
        )
    ).parsed
