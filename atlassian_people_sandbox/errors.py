"""Error bodies in each API's own shape, so clients parse sandbox errors exactly like Atlassian's."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

_CODES = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    409: "CONFLICT",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "UNPROCESSABLE_ENTITY",
    429: "TOO_MANY_REQUESTS",
    500: "INTERNAL_SERVER_ERROR",
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
    504: "GATEWAY_TIMEOUT",
}
_TITLES = {code: name.replace("_", " ").title() for code, name in _CODES.items()}


class ApiError(Exception):
    """Raised by handlers; turned into the API's error body with this status."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        field_errors: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field_errors = field_errors or {}
        self.headers = headers or {}


def not_found(kind: str, identifier: object) -> ApiError:
    return ApiError(404, f"{kind} {identifier!s} not found.")


def error_body(
    api: str, status: int, message: str, field_errors: dict[str, str] | None = None
) -> dict[str, Any]:
    if api == "jira-groups":
        # Jira's ErrorCollection
        return {"errorMessages": [message], "errors": dict(field_errors or {}), "status": status}
    details = [
        {
            "status": status,
            "code": _CODES.get(status, str(status)),
            "title": _TITLES.get(status, "Error"),
            "detail": message,
        }
    ]
    details += [
        {"status": status, "code": "INVALID_FIELD", "title": field, "detail": problem}
        for field, problem in (field_errors or {}).items()
    ]
    return {"message": message, "errors": details}


def error_response(api: str, error: ApiError) -> JSONResponse:
    return JSONResponse(
        error_body(api, error.status, error.message, error.field_errors),
        status_code=error.status,
        headers=error.headers,
    )
