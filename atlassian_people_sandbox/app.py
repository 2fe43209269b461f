"""The sandbox ASGI app: routes every spec operation to its handler behind auth, permissions and validation.

Per request: find the operation by method and path, authenticate (401), check OAuth scopes and product
roles from the spec (403, naming what is missing), validate parameters and body against the spec with
openapi-core (400, naming the field), then run the area's handler on the in-memory state.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from atlassian_specs.layouts import DEFAULT_LAYOUT, Layout, base_path, stakeholder_operations
from atlassian_specs.operations import JIRA_OAUTH_BASE_PATH, Operation

from . import drift
from .auth import Credentials, Principal, default_credentials
from .errors import ApiError, error_response
from .faults import FaultConfig, FaultInjector, enum_values
from .handlers import all_handlers
from .oauth import FakeAuthorizationServer
from .registry import Handler, SandboxRequest
from .spec import ApiSpec, api_specs, route_sort_key
from .state import SandboxState
from .validation import RequestRules

if TYPE_CHECKING:
    from .conformance import ResponseChecker

log = logging.getLogger("atlassian_people_sandbox")

DEFAULT_CLOUD_ID = "a436116f-02ce-4520-8fbb-7301462a1674"


@dataclass
class SandboxConfig:
    cloud_id: str = DEFAULT_CLOUD_ID
    seed: int = 7
    seed_size: int = 50
    faults: FaultConfig = field(default_factory=FaultConfig)
    # Check every response against the spec and answer 500 on a mismatch: on in tests, so any drift
    # between a handler and the spec fails loudly; off by default because it costs a few ms per call.
    validate_responses: bool = False
    # Where the stakeholder operations are served: the reference pages' layout, or that of Atlassian's
    # OpenAPI document (atlassian_specs.layouts); contacts stay put either way.
    stakeholder_layout: Layout = DEFAULT_LAYOUT
    # Answer some reads as an API that changed would (atlassian_people_sandbox/drift.py), to test
    # `make live-check`; responses are then not checked against the spec.
    drift: bool = False


@dataclass
class Traffic:
    """What the API received and answered since the last reset, for tests: did it fail, did a request
    arrive twice (a retry), was a write applied twice?

    `server_errors`: 5xx the API answered itself (a handler bug, a nonconforming response; injected faults
    are counted by the fault injector instead). `unrouted`: requests matching no operation (404/405).
    `writes`: per distinct write request (operationId, method, path and query, Idempotency-Key, body
    digest), how often it arrived and how often the API applied it (answered 2xx).
    """

    server_errors: int = 0
    unrouted: int = 0
    writes: Counter[tuple[str, str, str, str, str]] = field(default_factory=Counter)
    applied: Counter[tuple[str, str, str, str, str]] = field(default_factory=Counter)
    applied_by: list[tuple[str, str]] = field(default_factory=list)  # (operationId, account id) per write

    def record(self, op: Operation, request: Request, body: bytes, status: int) -> None:
        if status >= 500:
            self.server_errors += 1
        if not op.reads_only:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            key = request.headers.get("idempotency-key", "")
            write = (op.operation_id, request.method, target, key, hashlib.sha256(body).hexdigest()[:16])
            self.writes[write] += 1
            if 200 <= status < 300:
                self.applied[write] += 1
                principal = getattr(request.state, "principal", None)
                self.applied_by.append((op.operation_id, principal.account_id if principal else ""))

    def repeated_writes(self) -> list[dict[str, Any]]:
        """Write requests that arrived more than once (as a retry sends them)."""
        return [
            {
                "operation": write[0],
                "method": write[1],
                "target": write[2],
                "idempotencyKey": write[3] or None,
                "received": times,
                "applied": self.applied[write],
            }
            for write, times in self.writes.items()
            if times > 1
        ]

    def as_json(self) -> dict[str, Any]:
        return {
            "serverErrors": self.server_errors,
            "unrouted": self.unrouted,
            "writesReceived": sum(self.writes.values()),
            "writesApplied": sum(self.applied.values()),
            "repeatedWrites": self.repeated_writes(),
            "writesBy": [{"operation": op, "accountId": who} for op, who in self.applied_by],
        }


class Sandbox:
    """State, credentials and the ASGI app; `app` is what uvicorn (or httpx's ASGITransport) serves."""

    def __init__(self, config: SandboxConfig | None = None, credentials: Credentials | None = None) -> None:
        self.config = config or SandboxConfig()
        self.apis = api_specs()
        self.handlers = all_handlers()
        operations = [op for api in self.apis for op in api.operations]
        default, self.principals = default_credentials()
        self.credentials = credentials or default
        self.oauth = FakeAuthorizationServer(self.principals)
        self.credentials.issued = self.oauth.principal_of
        self.state = SandboxState.seeded(self.config.seed, self.config.seed_size, self.principals)
        self._request_rules = RequestRules(self.apis)
        # openapi-core checks responses (tests turn that on); imported and built only then, as it is slow.
        self._response_checker: ResponseChecker | None = None
        if self.config.validate_responses:
            from .conformance import ResponseChecker

            self._response_checker = ResponseChecker(self.apis)
        # Requests received per operationId since start (reported by /_sandbox/stats; benchmarks count them).
        self.requests: Counter[str] = Counter()
        self.traffic = Traffic()  # since the last reset
        enums = enum_values(api.document for api in self.apis)
        self.faults = FaultInjector(
            self._build_app(), self.config.faults, enums, _write_matcher(operations, self.route_of)
        )
        self.app = self.faults

    def reset(self, seed: int | None = None, seed_size: int | None = None) -> None:
        if seed is not None:
            self.config.seed = seed
        if seed_size is not None:
            self.config.seed_size = seed_size
        self.state = SandboxState.seeded(self.config.seed, self.config.seed_size, self.principals)
        self.traffic = Traffic()

    # -- routing -----------------------------------------------------------------------------------

    def _build_app(self) -> Starlette:
        by_route: dict[str, dict[str, tuple[ApiSpec, Operation]]] = {}
        for api in self.apis:
            for op in api.operations:
                by_route.setdefault(self.route_of(op), {})[op.method] = (api, op)
                if api.name == "jira-groups":  # OAuth clients reach Jira through the gateway, as live
                    by_route.setdefault(JIRA_OAUTH_BASE_PATH + self.route_of(op), {})[op.method] = (api, op)
        routes = [
            Route(
                path,
                self._endpoint(methods),
                methods=[*methods, "HEAD"] if "GET" in methods else list(methods),
            )
            for path, methods in sorted(by_route.items(), key=lambda item: route_sort_key(item[0]))
        ]
        routes += [
            Route("/_edge/tenant_info", self._tenant_info, methods=["GET"]),
            Route("/oauth/token/accessible-resources", self._accessible_resources, methods=["GET"]),
            Route("/_sandbox/reset", self._control_reset, methods=["POST"]),
            Route("/_sandbox/faults", self._control_faults, methods=["GET", "POST"]),
            Route("/_sandbox/stats", self._control_stats, methods=["GET"]),
            *self.oauth.routes(),
        ]
        return Starlette(routes=routes, exception_handlers={404: self._not_found, 405: self._not_allowed})

    def route_of(self, op: Operation) -> str:
        """Where op is served: its spec route, or for a stakeholder operation, under the chosen layout."""
        layout = self.config.stakeholder_layout
        if layout == DEFAULT_LAYOUT or op.operation_id not in stakeholder_operations():
            return op.route
        return base_path(layout) + op.path

    def _endpoint(self, methods: Mapping[str, tuple[ApiSpec, Operation]]) -> Any:
        async def endpoint(request: Request) -> Response:
            api, op = methods[request.method if request.method != "HEAD" else "GET"]
            response = await self._dispatch(api, op, request)
            self.traffic.record(op, request, await request.body(), response.status_code)
            return response

        return endpoint

    async def _dispatch(self, api: ApiSpec, op: Operation, request: Request) -> Response:
        self.requests[op.operation_id] += 1
        cloud_id = request.path_params.get("cloudId")
        if cloud_id is not None and cloud_id != self.config.cloud_id:
            # The gateway's answer, before any API sees the request (so not checked against the API's spec).
            return error_response(
                api.name,
                ApiError(
                    404, f"No site with cloud id {cloud_id}; this sandbox serves {self.config.cloud_id}."
                ),
            )
        try:
            principal = self._authorise(op, request)
            request.state.principal = principal  # who made the change, for Traffic
            body = await request.body()
            path, query, payload = self._validate(api, op, request, body)
            handler: Handler | None = self.handlers.get(op.operation_id)
            if handler is None:
                raise ApiError(501, f"The sandbox does not implement {op.operation_id} yet.")
            sandbox_request = SandboxRequest(
                op=op,
                principal=principal,
                path=path,
                query=query,
                headers=request.headers,
                body=payload,
                state=self.state,
                base_url=str(request.url.replace(query="")),
            )
            status, result = handler(sandbox_request)
            if self.config.drift and 200 <= status < 300:
                result = drift.inject(op.operation_id, result)
            response = (
                Response(status_code=status)
                if result is None or status == 204
                else JSONResponse(result, status)
            )
        except ApiError as error:
            response = error_response(api.name, error)
        except Exception:  # a handler bug must never take the sandbox down or leak a traceback
            log.exception("sandbox handler failed for %s", op.operation_id)
            return error_response(
                api.name, ApiError(500, f"Sandbox error in {op.operation_id}; see its log.")
            )
        if self._response_checker is not None and not self.config.drift:
            alternative = base_path(self.config.stakeholder_layout).format(cloudId=self.config.cloud_id)
            reference = base_path(DEFAULT_LAYOUT).format(cloudId=self.config.cloud_id)
            problem = self._response_checker.problem(api, request, response, (alternative, reference))
            if problem:
                log.error("nonconforming response for %s: %s", op.operation_id, problem)
                return error_response(
                    api.name,
                    ApiError(500, f"Sandbox response for {op.operation_id} violates the spec: {problem}"),
                )
        return response

    def _authorise(self, op: Operation, request: Request) -> Principal:
        principal = self.credentials.authenticate(request.headers.get("authorization"))
        if principal is None:
            raise ApiError(
                401,
                "Client must be authenticated to access this resource: send basic auth (email:API token) "
                "or an OAuth 2.0 bearer token.",
                headers={"WWW-Authenticate": 'Basic realm="sandbox", Bearer'},
            )
        scopes = principal.missing_scopes(op)
        if scopes:
            raise ApiError(
                403,
                f"The access token is missing the required scope(s) for {op.operation_id}: "
                f"{', '.join(sorted(scopes))}.",
            )
        roles = principal.missing_roles(op)
        if roles:
            raise ApiError(
                403,
                f"{principal.email} lacks the product permission for {op.operation_id}: "
                f"{', '.join(sorted(roles))}.",
            )
        return principal

    def _validate(
        self, api: ApiSpec, op: Operation, request: Request, body: bytes
    ) -> tuple[dict[str, Any], dict[str, Any], Any]:
        path, query, payload = self._request_rules[op.operation_id].validate(
            request.path_params, request.query_params, request.headers, body
        )
        path.pop("cloudId", None)
        return path, query, payload

    # -- non-spec endpoints ------------------------------------------------------------------------

    async def _tenant_info(self, request: Request) -> Response:
        # Atlassian's unauthenticated site endpoint, used to discover the cloud id from a site URL.
        return JSONResponse({"cloudId": self.config.cloud_id})

    async def _accessible_resources(self, request: Request) -> Response:
        principal = self.credentials.authenticate(request.headers.get("authorization"))
        if principal is None or principal.scopes is None:
            return JSONResponse({"code": 401, "message": "Unauthorized"}, status_code=401)
        site = f"{request.url.scheme}://{request.url.netloc}"
        return JSONResponse(
            [
                {
                    "id": self.config.cloud_id,
                    "name": "sandbox",
                    "url": site,
                    "scopes": sorted(principal.scopes),
                    "avatarUrl": f"{site}/avatar.png",
                }
            ]
        )

    async def _control_reset(self, request: Request) -> Response:
        options = await _json_object(request)
        self.reset(seed=options.get("seed"), seed_size=options.get("seedSize"))
        return JSONResponse({"reset": True, "seed": self.config.seed, "seedSize": self.config.seed_size})

    async def _control_faults(self, request: Request) -> Response:
        if request.method == "POST":
            options = await _json_object(request)
            try:
                self.faults.reconfigure(FaultConfig(**options))
            except TypeError as exc:
                return JSONResponse({"message": f"Unknown fault option: {exc}"}, status_code=400)
        return JSONResponse(vars(self.faults.config) | {"injected": self.faults.counts})

    async def _control_stats(self, request: Request) -> Response:
        return JSONResponse(
            self.state.stats() | {"requests": dict(self.requests), "traffic": self.traffic.as_json()}
        )

    async def _not_found(self, request: Request, exc: Exception) -> Response:
        self.traffic.unrouted += 1
        return JSONResponse({"message": f"No operation at {request.url.path}."}, status_code=404)

    async def _not_allowed(self, request: Request, exc: Exception) -> Response:
        self.traffic.unrouted += 1
        return JSONResponse(
            {"message": f"{request.method} is not allowed on {request.url.path}."}, status_code=405
        )


async def _json_object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _write_matcher(
    operations: list[Operation], route_of: Callable[[Operation], str]
) -> Callable[[str, str], bool]:
    """(method, path) -> whether the request is for an operation that changes data."""
    writes = [
        (
            op.method,
            re.compile("/".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)),
        )
        for op in operations
        if not op.reads_only
        for parts in [route_of(op).split("/")]
    ]
    # Jira is reached at the site and, with OAuth, through the gateway path: both are the same operation.
    gateway = re.compile(
        "^" + re.escape(JIRA_OAUTH_BASE_PATH).replace(re.escape("{cloudId}"), "[^/]+") + "(?=/)"
    )
    return lambda method, path: any(
        method == m and pattern.fullmatch(gateway.sub("", path)) for m, pattern in writes
    )


def create_app(config: SandboxConfig | None = None) -> Any:
    return Sandbox(config).app
