"""One exception family for every operation of the three clients (raised by their `call`/`acall` forms).

    AtlassianError
    ├── ApiError                      Atlassian answered with a status that is not a success
    │   ├── AuthenticationError       401: missing, wrong or expired credentials
    │   ├── PermissionDeniedError     403: valid credentials without the permission or OAuth scope
    │   ├── NotFoundError             404
    │   ├── ConflictError             409: already exists, or changed meanwhile
    │   ├── ValidationError           400, 422: the request was refused as given
    │   ├── RateLimitError            429: `retry_after` seconds (None when Atlassian did not say)
    │   ├── ServerError               5xx to a request that is safe to repeat
    │   └── UnexpectedResponseError   any other status, or a success body that does not match the spec
    ├── OutcomeUnknownError           a write that may or may not have been applied: check with a read
    └── ApiConnectionError            Atlassian could not be reached; nothing was sent

Every ApiError carries `status`, `operation` (the spec's operationId), `messages` (Atlassian's error details
in words, whichever API's error shape), `body` (the parsed JSON error body, or None) and `request_id`.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from .transport import is_retry_safe

# Headers Atlassian (and gateways in front of it) use to identify a request in its logs and support tickets.
REQUEST_ID_HEADERS = ("x-request-id", "atl-traceid", "x-arequestid", "x-b3-traceid")


class AtlassianError(Exception):
    """Base of every failure the `call`/`acall` forms raise."""

    def __init__(self, message: str, *, operation: str) -> None:
        super().__init__(message)
        self.operation = operation


class ApiError(AtlassianError):
    """Atlassian answered `operation` with an HTTP status that is not a success."""

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        status: int,
        messages: list[str] | None = None,
        body: Any = None,
        request_id: str | None = None,
        headers: httpx.Headers | None = None,
    ) -> None:
        super().__init__(message, operation=operation)
        self.status = status
        self.messages = messages or []
        self.body = body
        self.request_id = request_id
        self.headers = headers or httpx.Headers()


class AuthenticationError(ApiError):
    """401: the credentials are missing, wrong or expired."""


class PermissionDeniedError(ApiError):
    """403: the credentials lack the product permission or the OAuth scope the operation needs."""


class NotFoundError(ApiError):
    """404: no such object (or not visible to these credentials)."""


class ConflictError(ApiError):
    """409: it already exists, or it changed meanwhile."""


class ValidationError(ApiError):
    """400 or 422: Atlassian refused the request as given; `messages` says which fields."""


class RateLimitError(ApiError):
    """429: refused before any work was done; wait `retry_after` seconds (None if not given) and repeat."""

    def __init__(self, message: str, *, retry_after: float | None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx to a request that is safe to repeat (a read, or a write with an Idempotency-Key)."""


class UnexpectedResponseError(ApiError):
    """A status the spec does not describe, or a success body that does not match the spec."""


class OutcomeUnknownError(AtlassianError):
    """A write that is not safe to repeat failed after it was sent (timeout, broken connection or 5xx): it
    may or may not have been applied. Check with a read before repeating it. `status` is None when there
    was no answer."""

    def __init__(self, message: str, *, operation: str, status: int | None = None) -> None:
        super().__init__(message, operation=operation)
        self.status = status


class ApiConnectionError(AtlassianError):
    """Atlassian could not be reached, or a request that is safe to repeat got no answer in time."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
}


def error_messages(data: Any) -> list[str]:
    """The human parts of an Atlassian error body, whichever API's shape it has (JSM ops and CSM
    `message` + `errors[].detail`, Jira `errorMessages` + `errors{field: problem}`)."""
    parts: list[str] = []
    if not isinstance(data, dict):
        return parts
    if isinstance(data.get("message"), str) and data["message"]:
        parts.append(data["message"])
    for message in data.get("errorMessages") or []:
        if isinstance(message, str):
            parts.append(message)
    errors = data.get("errors")
    if isinstance(errors, dict):
        parts += [f"{field}: {problem}" for field, problem in errors.items()]
    elif isinstance(errors, list):
        for error in errors:
            if isinstance(error, dict):
                detail = error.get("detail") or error.get("title")
                if isinstance(detail, str):
                    parts.append(detail)
    if isinstance(data.get("error"), str) and data["error"]:
        parts.append(data["error"])
    return list(dict.fromkeys(parts))


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After in seconds (Atlassian sends delta-seconds), or None when absent or not a number."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return max(seconds, 0.0)


def error_for(operation: str, response: httpx.Response) -> AtlassianError:
    """The exception for a non-2xx answer to `operation`."""
    status = response.status_code
    if status >= 500 and not is_retry_safe(response.request):
        return OutcomeUnknownError(
            f"Atlassian answered {operation} with HTTP {status}; the change may or may not have been "
            "applied: check with a read before repeating it.",
            operation=operation,
            status=status,
        )
    try:
        body: Any = json.loads(response.content) if response.content else None
    except (ValueError, UnicodeDecodeError):
        body = None  # a gateway's HTML or plain-text page
    messages = error_messages(body)
    if not messages and body is None and response.content:
        messages = [response.content.decode("utf-8", "replace").strip()[:300]]
    request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
    said = "; ".join(messages) or "no details given"
    details: dict[str, Any] = {
        "operation": operation,
        "status": status,
        "messages": messages,
        "body": body,
        "request_id": request_id,
        "headers": response.headers,
    }
    suffix = f" (request id {request_id})" if request_id else ""
    if status == 429:
        retry_after = retry_after_seconds(response.headers.get("retry-after"))
        wait = f"retry after {retry_after:g} s" if retry_after is not None else "retry later"
        return RateLimitError(
            f"Rate limited on {operation}; {wait}{suffix}.", retry_after=retry_after, **details
        )
    if status >= 500:
        return ServerError(f"Atlassian failed on {operation} (HTTP {status}): {said}{suffix}", **details)
    kind = _BY_STATUS.get(status, UnexpectedResponseError)
    return kind(f"{operation} failed with HTTP {status}: {said}{suffix}", **details)


def unreadable_success(operation: str, response: httpx.Response) -> ApiError:
    """A 2xx whose body does not match the spec."""
    safe = is_retry_safe(response.request)
    applied = "" if safe else " The change was made; only its answer is unreadable."
    return UnexpectedResponseError(
        f"Atlassian's answer to {operation} (HTTP {response.status_code}) does not match the spec.{applied}",
        operation=operation,
        status=response.status_code,
        headers=response.headers,
    )


def transport_failure(operation: str, exc: httpx.TransportError) -> AtlassianError:
    """The exception for a request that got no answer."""
    never_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    try:
        safe = is_retry_safe(exc.request)
    except RuntimeError:  # no request attached
        safe = False
    if never_sent or safe:
        what = "did not answer in time" if isinstance(exc, httpx.TimeoutException) else "could not be reached"
        return ApiConnectionError(
            f"Atlassian {what} for {operation} ({type(exc).__name__}); check the network and the base URL, "
            "then retry.",
            operation=operation,
        )
    return OutcomeUnknownError(
        f"The request {operation} got no answer ({type(exc).__name__}); the change may or may not have been "
        "applied: check with a read before repeating it.",
        operation=operation,
    )
