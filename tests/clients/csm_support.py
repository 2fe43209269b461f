# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""What the csm-client operation tests share: the spec's identifiers, the ``Case`` row, the two clients, the
mocked API and the request and model assertions.
"""

from __future__ import annotations

import json
import re
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

import httpx
import pytest
import respx
from client_support import API_TOKEN, BASIC_AUTH, EMAIL, OAUTH_TOKEN
from csm_client import AuthenticatedClient, Client
from csm_client.models import (
    CreateDetailFieldRequest,
    DetailFieldType,
    DetailFieldTypeName,
    EditDetailFieldRequest,
    ProfileDetailFieldValueRequest,
    SetDetailFieldValueRequest,
)
from csm_client.types import Response, Unset
from spec_support import operation_by_id, success_example

from atlassian_specs import load as load_spec

SPEC = "csm"
CLOUD_ID = "a436116f-02ce-4520-8fbb-7301462a1674"
BASE_URL = f"https://api.atlassian.com/jsm/csm/cloudid/{CLOUD_ID}"
BEARER_AUTH = f"Bearer {OAUTH_TOKEN}"
IDEMPOTENCY_KEY = "0b6f3d1e-2a4c-4e8b-9d7f-5c3a1e9b7d2f"
# One verifying TLS context for every client: creating one per httpx.Client (~25 ms) dominates the runtime.
TLS = ssl.create_default_context()

# Identifiers from the spec's examples; each *_PATH constant is the percent-encoded form sent in a URL path.
ORG_ID = "123"
CUSTOMER_ID = "qm:9edf598a-85d4-4db9-bf2e-7245922b4ea8:0000e9d8-a22e-4220-ac63-412ff9eec053"
CUSTOMER_PATH = "qm%3A9edf598a-85d4-4db9-bf2e-7245922b4ea8%3A0000e9d8-a22e-4220-ac63-412ff9eec053"
CUSTOMER_ID_2 = "qm:10c2e972-eef6-4e0e-aa81-9a9e7a4ba9a7:3468699a-b2f0-4ae9-ab2d-155a5f5a8db4"
PRODUCT_ID = "3858a61a-d337-42e6-993e-e13e1c366d4f"
PRODUCT_ID_2 = "4858a61a-d337-42e6-993e-e13e1c366d4f"
ENTITLEMENT_ID = "3858a61a-d337-42e6-993e-e13e1c366d4f"
TASK_ID = "5f1c2b0e-8a4d-4d0a-9a57-1f0c3e2d7b11"
ORG_FIELD, ORG_FIELD_PATH = "Contract tier", "Contract%20tier"
ENTITLEMENT_FIELD, ENTITLEMENT_FIELD_PATH = "Support level/SLA", "Support%20level%2FSLA"

SELECT_OPTIONS = ["AU", "EU", "US"]

T = TypeVar("T")
Call = Callable[[AuthenticatedClient], Response[Any]]
Check = Callable[[object], None]


def present(value: T | Unset) -> T:
    """The value of an optional model field, failing the test if the field was left unset."""
    assert not isinstance(value, Unset), "field missing from the parsed response"
    return value


# ----------------------------------------------------------------------------- request bodies

DETAIL_FIELD_BODY = {"name": "Region", "type": {"name": "SELECT", "options": SELECT_OPTIONS}}
EDIT_DETAIL_FIELD_BODY = {"name": "Region", "options": SELECT_OPTIONS}
SET_DETAIL_BODY = {"values": ["EU"]}
ENTITLEMENT_BODY = {"productId": PRODUCT_ID}


def detail_field_request() -> CreateDetailFieldRequest:
    return CreateDetailFieldRequest(
        name="Region", type_=DetailFieldType(name=DetailFieldTypeName.SELECT, options=SELECT_OPTIONS)
    )


def edit_detail_field_request() -> EditDetailFieldRequest:
    return EditDetailFieldRequest(name="Region", options=SELECT_OPTIONS)


def set_detail_request() -> SetDetailFieldValueRequest:
    return SetDetailFieldValueRequest(values=["EU"])


def region(values: list[str]) -> list[ProfileDetailFieldValueRequest]:
    return [ProfileDetailFieldValueRequest(name="Region", values=values)]


# ----------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Case:
    operation_id: str
    call: Call
    method: str
    path: str  # relative to BASE_URL, percent-encoded as it must go on the wire
    check: Check
    params: dict[str, list[str]] = field(default_factory=dict)  # the complete decoded query
    body: Any = None  # the expected JSON body; None: no body at all
    experimental: bool = False  # sends X-ExperimentalApi: opt-in
    idempotency_key: str | None = None
    variant: str = ""  # extra rows for the same operation (optional parameters given)

    @property
    def id(self) -> str:
        return f"{self.operation_id}[{self.variant}]" if self.variant else self.operation_id


# ----------------------------------------------------------------------------- clients and the mocked API


def basic_client() -> AuthenticatedClient:
    client = Client(
        base_url=BASE_URL,
        raise_on_unexpected_status=True,
        httpx_args={"auth": httpx.BasicAuth(EMAIL, API_TOKEN)},
        verify_ssl=TLS,
    )
    # Every operation declares security, so the generator types `client: AuthenticatedClient`; the functions
    # only call get_httpx_client(), so a Client with httpx basic auth works.
    return cast(AuthenticatedClient, client)


def bearer_client() -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=BASE_URL, token=OAUTH_TOKEN, raise_on_unexpected_status=True, verify_ssl=TLS
    )


@dataclass
class MockApi:
    """One catch-all route: a test sets the reply, calls the client, then asserts the single request sent.

    Matching any request makes a wrong URL or body fail with a readable diff in the assertions rather than
    with a "not mocked" error.
    """

    route: respx.Route
    status: int | None = None

    def reply(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        self.status = status
        content = {} if body is None else {"json": body}
        self.route.mock(return_value=httpx.Response(status, headers=headers, **content))

    def reply_example(self, operation_id: str) -> Any:
        """Answer with the spec's success status and example; return the example."""
        status, example = success_example(operation_id)
        self.reply(int(status), example)
        return example

    @property
    def request(self) -> httpx.Request:
        assert self.route.call_count == 1, f"expected exactly one request, got {self.route.call_count}"
        request: httpx.Request = self.route.calls.last.request
        return request


def api_fixture() -> object:
    """The ``api`` fixture (assign it to a module-level ``api``): a MockApi on a catch-all respx route."""

    @pytest.fixture
    def api() -> Iterator[MockApi]:
        with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
            yield MockApi(router.route())

    return api


def assert_case_request(api: MockApi, case: Case, auth: str = BASIC_AUTH) -> None:
    """The one request sent is exactly the row's: method, full URL, query, headers and JSON body."""
    request = api.request
    assert request.method == case.method
    assert str(request.url).split("?")[0] == BASE_URL + case.path
    assert {key: request.url.params.get_list(key) for key in request.url.params} == case.params
    headers = request.headers
    assert headers.get("Authorization") == auth
    assert headers.get("X-ExperimentalApi") == ("opt-in" if case.experimental else None)
    assert headers.get("Idempotency-Key") == case.idempotency_key
    if case.body is None:
        assert request.content == b""
        assert "Content-Type" not in headers
    else:
        assert headers.get("Content-Type") == "application/json"
        assert json.loads(request.content) == case.body


def as_plain(parsed: object) -> Any:
    """A parsed model (or list of models) back as JSON data, to compare with the example it came from."""
    if isinstance(parsed, list):
        return [as_plain(item) for item in parsed]
    to_dict = getattr(parsed, "to_dict", None)
    assert callable(to_dict), f"parsed a {type(parsed).__name__}, not a generated model"
    return to_dict()


def error_payload(status: int) -> dict[str, Any]:
    return {
        "message": f"Request failed with status {status}.",
        "errors": [
            {"status": status, "code": f"E{status}", "title": "Request failed", "detail": "See message."}
        ],
    }


def documented_statuses(operation_id: str) -> set[int]:
    return {int(status) for status in operation_by_id()[operation_id].definition["responses"]}


def spec_parameters(operation_id: str) -> list[dict[str, Any]]:
    """The operation's parameters (path-level and its own), $refs resolved."""
    op = operation_by_id()[operation_id]
    document = load_spec(SPEC)
    found = []
    for parameter in [
        *document["paths"][op.path].get("parameters", []),
        *op.definition.get("parameters", []),
    ]:
        if "$ref" in parameter:
            parameter = document["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]]
        found.append(parameter)
    return found


def path_pattern(template: str) -> str:
    """A regular expression for the request paths of a spec path template."""
    parts = re.split(r"(\{[^}]+\})", template)
    return "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
