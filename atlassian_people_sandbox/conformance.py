"""Checking the sandbox's own responses against the specs with openapi-core (on in tests).

Kept apart from the app: openapi-core and what it imports take ~300 ms, which a sandbox that does not
check its responses (the MCP server's --sandbox mode, the demo) should not pay at start.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Mapping

from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from starlette.requests import Request
from starlette.responses import Response

from .spec import ApiSpec

# openapi-core warns that it cannot check OAuth 2.0 security schemes; the sandbox authenticates itself.
warnings.filterwarnings("ignore", message="Unsupported scheme type", module="openapi_core")


class _CoreRequest:
    """A request as openapi-core sees it: under the spec's own server origin, so its path finder matches."""

    def __init__(self, origin: str, request: Request, body: bytes | None) -> None:
        self.host_url = origin
        # Jira through the OAuth gateway (/ex/jira/{cloudId}/rest/...) is the spec's /rest/... path.
        self.path = re.sub(r"^/ex/jira/[^/]+(?=/)", "", request.url.path)
        self.method = request.method.lower()
        self.body = body
        self.content_type = request.headers.get("content-type") or "application/json"
        self.parameters = RequestParameters(
            query=request.query_params, header=request.headers, cookie=request.cookies
        )


class _CoreResponse:
    def __init__(self, status: int, body: bytes, headers: Mapping[str, str]) -> None:
        self.status_code = status
        self.data = body or None
        self.headers = headers
        self.content_type = "application/json" if body else ""


class ResponseChecker:
    """Each API's openapi-core validator, built from its spec document."""

    def __init__(self, apis: Iterable[ApiSpec]) -> None:
        self._validators = {api.name: OpenAPI.from_dict(api.document) for api in apis}

    def problem(
        self, api: ApiSpec, request: Request, response: Response, moved: tuple[str, str]
    ) -> str | None:
        """Why response does not conform to api's spec, or None; `moved` maps a served path prefix back to
        the spec's own (the stakeholder operations under another layout)."""
        core_request = _CoreRequest(api.origin, request, None)
        served, reference = moved
        if served != reference and core_request.path.startswith(served + "/"):
            core_request.path = reference + core_request.path[len(served) :]
        core_response = _CoreResponse(response.status_code, bytes(response.body), response.headers)
        try:
            self._validators[api.name].validate_response(core_request, core_response)
        except Exception as exc:  # openapi-core raises one of several validation errors
            return _describe(exc)
        return None


def _describe(error: Exception) -> str:
    cause = error.__cause__
    schema_errors = getattr(cause, "schema_errors", None)
    if schema_errors:
        details = []
        for schema_error in schema_errors:
            where = "/".join(str(part) for part in schema_error.absolute_path)
            details.append(f"{where or 'body'}: {schema_error.message}")
        return f"{error}: {'; '.join(details)}"
    try:
        if cause is not None and str(cause):
            return f"{error}: {cause}"
        return str(error)
    except UnicodeDecodeError:  # openapi-core quotes the raw body in its message, which may not be UTF-8
        return f"Request body is not valid {getattr(cause, 'mimetype', 'application/json')}: not UTF-8 text."
