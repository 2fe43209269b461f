"""Helpers shared by the per-operation tests of the generated clients (jsm-ops, jira-groups).

A test module builds one ``ClientSuite`` for its spec and takes its pieces from it: the ``covers`` registry,
the ``api`` and ``client`` fixtures, and the ``MockApi`` those fixtures hand to each test.
"""

from __future__ import annotations

import ast
import base64
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Generic, Protocol, TypeVar, cast

import attrs
import httpx
import pytest
import respx
from spec_support import operation_by_id, success_example

EMAIL = "agent@example.com"
API_TOKEN = "api-token-0123"
BASIC_AUTH = "Basic " + base64.b64encode(f"{EMAIL}:{API_TOKEN}".encode()).decode()
OAUTH_TOKEN = "oauth-access-token-xyz"

T = TypeVar("T")
U = TypeVar("U")
F = TypeVar("F", bound=Callable[..., None])
NO_BODY: Final = object()


class Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=Model)


class DetailedResponse(Protocol):
    """What the tests read from the generated ``types.Response``."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> MutableMapping[str, str]: ...

    @property
    def parsed(self) -> object: ...


@dataclass(frozen=True)
class Fields(Generic[U]):
    """Reads optional model fields; ``unset`` is the generated package's ``types.Unset``."""

    unset: type[U]

    def present(self, value: T | U) -> T:
        assert not isinstance(value, self.unset), "field missing from the parsed response"
        return cast(T, value)  # mypy does not narrow away a type variable

    def given(self, value: T | U | None) -> T:
        assert value is not None and not isinstance(value, self.unset), f"field is {value!r}"
        return cast(T, value)


def is_request_of(operation_id: str, method: str, path: str) -> bool:
    """Whether method + path (relative to the base URL, percent-encoded) is the spec's operation."""
    op = operation_by_id()[operation_id]
    parts = re.split(r"(\{[^}]+\})", op.path)
    pattern = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return method == op.method and re.fullmatch(pattern, path) is not None


def query_of(request: httpx.Request) -> dict[str, list[str]]:
    """Decoded query parameters; a repeated key keeps its values in order."""
    return {key: request.url.params.get_list(key) for key in request.url.params}


def unmodelled_fields(value: object, free_form_models: frozenset[str], path: str = "$") -> list[str]:
    """Paths of properties that landed in ``additional_properties`` anywhere in a parsed model, except in
    ``free_form_models`` (models whose schema is a map and may hold any key)."""
    found: list[str] = []
    cls = type(value)
    if attrs.has(cls):
        extra = getattr(value, "additional_properties", {})
        if extra and cls.__name__ not in free_form_models:
            found.append(f"{path} ({cls.__name__}): {sorted(extra)}")
        for attribute in attrs.fields(cls):
            if attribute.name != "additional_properties":
                found += unmodelled_fields(
                    getattr(value, attribute.name), free_form_models, f"{path}.{attribute.name}"
                )
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += unmodelled_fields(item, free_form_models, f"{path}[{index}]")
    return found


def covered_in(modules: Iterable[Path]) -> dict[str, str]:
    """operationId -> ``module::test`` for every test marked ``@covers("operationId")`` in ``modules``.

    Read from the source rather than from the ``covers`` registry: pytest imports each test module on its own,
    so the registry holds only the modules a run happens to collect.
    """
    found: dict[str, str] = {}
    for module in modules:
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef):
                continue
            for decorator in node.decorator_list:
                if isinstance(decorator, ast.Call) and ast.unparse(decorator.func) == "covers":
                    [argument] = decorator.args
                    assert isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                    test = f"{module.name}::{node.name}"
                    assert argument.value not in found, (
                        f"{argument.value}: {found[argument.value]} and {test}"
                    )
                    found[argument.value] = test
    return found


@dataclass(frozen=True)
class ClientSuite:
    """One test module's view of its spec and generated client.

    ``known_unmodelled`` maps an operationId to the seed-example fields its schema does not model (they parse
    into additional_properties); ``covered`` is the module's operationId -> test registry, filled by
    ``covers`` and checked against the spec by the module's test_every_operation_is_covered.
    """

    spec: str
    base_url: str
    known_unmodelled: Mapping[str, list[str]] = field(default_factory=dict)
    free_form_models: frozenset[str] = frozenset()
    covered: dict[str, str] = field(default_factory=dict)

    def covers(self, operation_id: str) -> Callable[[F], F]:
        """Register the test of one operation; test_every_operation_is_covered checks the set against the
        spec."""

        def register(test: F) -> F:
            assert operation_id not in self.covered, (
                f"{operation_id} is already covered by {self.covered[operation_id]}"
            )
            self.covered[operation_id] = test.__name__
            return test

        return register

    def api_fixture(self) -> object:
        """The ``api`` fixture (assign it to a module-level ``api``): a MockApi on a catch-all respx route."""

        @pytest.fixture
        def api() -> Iterator[MockApi]:
            with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
                yield MockApi(route=router.route(), suite=self)

        return api

    def client_fixture(self, client_type: Callable[..., object]) -> object:
        """The ``client`` fixture (assign it to a module-level ``client``): the package's ``Client`` class
        with httpx basic auth."""

        @pytest.fixture
        def client() -> object:
            # Every operation declares security, so the generator types `client: AuthenticatedClient`; the
            # functions only call get_httpx_client(), so a Client with httpx basic auth (as the README shows)
            # works.
            return client_type(
                base_url=self.base_url,
                raise_on_unexpected_status=True,
                httpx_args={"auth": httpx.BasicAuth(EMAIL, API_TOKEN)},
            )

        return client


@dataclass
class MockApi:
    """One catch-all respx route: a test sets the reply, calls the client, then asserts the request sent."""

    route: respx.Route
    suite: ClientSuite
    operation_id: str | None = None
    status: int | None = None
    example: Any = None

    def reply(self, status: int, body: object = NO_BODY, headers: dict[str, str] | None = None) -> None:
        if body is NO_BODY:
            self.route.mock(return_value=httpx.Response(status, headers=headers))
        else:
            self.route.mock(return_value=httpx.Response(status, json=body, headers=headers))

    def reply_example(self, operation_id: str) -> Any:
        """Answer with the spec's seed example for the success status; return the example."""
        self.operation_id = operation_id
        self.status, self.example = success_example(operation_id)
        self.reply(self.status, NO_BODY if self.example is None else self.example)
        return self.example

    @property
    def request(self) -> httpx.Request:
        assert self.route.call_count == 1, f"expected one request, got {self.route.call_count}"
        request: httpx.Request = self.route.calls.last.request
        return request

    def assert_request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, list[str]] | None = None,
        body: object = NO_BODY,
        auth: str = BASIC_AUTH,
    ) -> None:
        """The request, exactly: method, URL (``path`` percent-encoded, as on the wire), the complete decoded
        query, auth, Accept and Content-Type headers, and the JSON body."""
        request = self.request
        assert request.method == method
        assert str(request.url).split("?")[0] == self.suite.base_url + path
        assert query_of(request) == (params or {})
        assert request.headers.get("Authorization") == auth
        assert request.headers.get("Accept") == "*/*"  # the generated clients set no Accept of their own
        if body is NO_BODY:
            assert request.content == b""
            assert "Content-Type" not in request.headers
        else:
            assert request.headers.get("Content-Type") == "application/json"
            assert json.loads(request.content) == body
        if self.operation_id is not None:
            self.assert_operation(self.operation_id)

    def assert_operation(self, operation_id: str) -> None:
        """The request went to ``operation_id`` (its method and path template in the spec)."""
        base_url = self.suite.base_url
        url = str(self.request.url).split("?")[0]
        assert url.startswith(base_url + "/"), url
        assert is_request_of(operation_id, self.request.method, url.removeprefix(base_url)), operation_id

    def parsed(self, response: DetailedResponse, model: type[M]) -> M:
        """The parsed success model: of the expected class, round-tripping the example exactly, and with every
        field of the example in a modelled attribute (none in additional_properties)."""
        assert self.operation_id is not None, "reply_example() first"
        assert response.status_code == self.status
        parsed = response.parsed
        assert isinstance(parsed, model), f"parsed {type(parsed).__name__}, expected {model.__name__}"
        assert parsed.to_dict() == self.example
        known = self.suite.known_unmodelled.get(self.operation_id, [])
        assert unmodelled_fields(parsed, self.suite.free_form_models) == known
        return parsed

    def assert_no_content(self, response: DetailedResponse) -> None:
        assert self.operation_id is not None, "reply_example() first"
        assert self.example is None
        assert response.status_code == self.status
        assert response.content == b""
        assert response.parsed is None
