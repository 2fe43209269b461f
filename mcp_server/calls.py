"""What a tool handler works with: its validated arguments, the API clients and the MCP context.

`ToolCall.api` is the only way handlers reach Atlassian: it checks the operation is one the action
declared (so declarations stay true), maps transport failures and non-2xx answers to actionable
`ToolFailure`s, and returns the parsed model.
"""

from __future__ import annotations

import json
import logging
import secrets
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar
from urllib.parse import unquote

import httpx
from mcp.server.mcpserver import Context
from mcp_types import ElicitRequest, ElicitRequestFormParams, InputRequiredResult
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from pydantic import BaseModel

from atlassian_people_runtime.paging import Pagination, aiterate

from . import errors, paging
from .clients import ApiClients
from .confirm import Confirmations
from .endpoints import AnyEndpoint, Endpoint, P, operation_of
from .errors import OutcomeUnknown, ToolFailure
from .outcomes import changes_data, is_write, never_sent, request_of, unknown_outcome
from .permissions import requirement
from .results import ToolResult, left_out_lines

log = logging.getLogger("atlassian_people_mcp")
R = TypeVar("R")
T = TypeVar("T")
# What reading a 2xx body raises when it does not match the spec (malformed JSON or shape).
UNREADABLE = (ValueError, KeyError, TypeError, AttributeError)


# Preview keys listing what a destructive action leaves out, and how the text names each entry.
LEFT_OUT = (
    ("not_found", "not found:"),
    ("not_on_incident", "not on the incident, left alone:"),
    ("not_members", "not a member, left alone:"),
    ("skipped", "skipped:"),
)


class CalledTool(Protocol):
    """What a call needs to know of its tool (a registry.ToolDef); a protocol, so that the registry, whose
    actions hold handlers taking a ToolCall, can depend on this module and not the other way round."""

    @property
    def name(self) -> str: ...


class CalledAction(Protocol):
    """What a call needs to know of its action (a registry.Action)."""

    @property
    def name(self) -> str: ...

    @property
    def operations(self) -> tuple[str, ...]: ...


class _Confirm(BaseModel):
    confirm: bool


def to_data(value: Any) -> Any:
    """Generated models (and lists of them) as plain JSON-ready data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {key: to_data(item) for key, item in value.items()}
    return value


# Upstream requests one tool call may make (lookups, pages, writes, task polls): a bound on what a single
# call can cost, far above what any action needs for its largest valid input.
MAX_REQUESTS_PER_CALL = 1000


@dataclass
class ToolCall:
    tool: CalledTool
    action: CalledAction
    args: dict[str, Any]
    apis: ApiClients
    confirmations: Confirmations
    context: Context[Any, Any] | None = None
    lookups: dict[str, Any] = field(default_factory=dict)  # per-call cache for identifier resolution
    secrets: tuple[str, ...] = ()  # removed from Atlassian's error text before it is shortened
    max_requests: int = MAX_REQUESTS_PER_CALL
    requests_made: int = 0
    writes_sent: int = 0

    # -- arguments ---------------------------------------------------------------------------------

    def arg(self, name: str, default: Any = None) -> Any:
        return self.args.get(name, default)

    @property
    def limit(self) -> int:
        return int(self.args.get("limit", 25))

    def page_position(self) -> Any:
        """The API-specific position stored in the `cursor` argument (None on the first page)."""
        signer = self.confirmations.signer
        return paging.decode(signer, self.args.get("cursor"), f"{self.tool.name}.{self.action.name}")

    def next_cursor(self, position: Any) -> str | None:
        if position is None:
            return None
        return paging.encode(self.confirmations.signer, f"{self.tool.name}.{self.action.name}", position)

    # -- Atlassian ---------------------------------------------------------------------------------

    async def api(self, endpoint: Endpoint[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Call a generated endpoint module (positional path parameters, keyword query/body) and return the
        parsed 2xx body; any other outcome raises an actionable ToolFailure. Typed by the endpoint: mypy
        checks the arguments and what the caller reads from the result."""
        return await self.hinted("").api(endpoint, *args, **kwargs)

    async def read(
        self, endpoint: Endpoint[P, Any], into: Callable[[Any], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """api() for a read whose answer goes straight into what the tool shows: `into` takes the JSON body
        (no generated models built and turned back into dicts: the main cost of a read call) and must
        refuse what the model would refuse (see records.py); a body it cannot read (ValueError, KeyError,
        TypeError, AttributeError) is the same actionable failure as in api()."""
        return await self.hinted("").read(endpoint, into, *args, **kwargs)

    def hinted(self, lookup_hint: str) -> HintedCalls:
        """api() whose not-found answers add lookup_hint (where to find a valid identifier)."""
        return HintedCalls(self, lookup_hint)

    async def send(
        self, endpoint: AnyEndpoint, lookup_hint: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Answer:
        """Send one request of an operation the action declared, after checking its path parameters and
        counting it against the call's cap; its 2xx answer. Any
        other outcome raises an actionable ToolFailure (OutcomeUnknown where a write may have happened)."""
        operation_id = operation_of(endpoint)
        if operation_id is None or operation_id not in self.action.operations:
            raise RuntimeError(
                f"{self.tool.name}.{self.action.name} calls undeclared operation {operation_id}"
            )
        needs = requirement(operation_id)
        client = self.apis.client(needs.api, operation_id)
        # The generated asyncio_detailed in steps (build_request, send, parse_success), so that only a
        # response the client cannot parse is reported as such (a bad argument here is a bug and must
        # surface as one).
        request = endpoint.build_request(*args, **kwargs)
        bad_identifier = _bad_path_parameter(needs.path, request["url"])
        if bad_identifier:
            raise ToolFailure(
                f"{bad_identifier} is not a valid identifier for {operation_id} (empty, '.', '..' or "
                "containing '/'); pass the id or name exactly as the read tools show it."
            )
        self._count_request(operation_id, needs.method, needs.path)
        try:
            raw = await client.get_async_httpx_client().request(**request)
        except (UnicodeEncodeError, httpx.LocalProtocolError):
            # A header value (e.g. an Idempotency-Key) with non-ASCII or control characters cannot be sent.
            raise ToolFailure(
                f"An argument for {operation_id} cannot be sent in an HTTP header: use printable ASCII "
                "characters only (no line breaks or control characters) for keys and identifiers."
            ) from None
        except httpx.TransportError as exc:
            sent = request_of(exc)
            timed_out = isinstance(exc, httpx.TimeoutException)
            if not never_sent(exc) and (sent is None or is_write(sent)):
                cause = (
                    f"Atlassian did not answer {operation_id} in time"
                    if timed_out
                    else f"The connection to Atlassian broke during {operation_id} ({type(exc).__name__})"
                )
                raise self._unknown_outcome(cause, sent) from None
            if timed_out:
                raise ToolFailure(f"Atlassian did not answer {operation_id} in time; retry later.") from None
            raise ToolFailure(
                f"Could not reach Atlassian for {operation_id} ({type(exc).__name__}); "
                "check the network and the configured base URL, then retry."
            ) from None
        write = is_write(raw.request)
        if raw.status_code >= 500 and write:
            raise self._unknown_outcome(
                f"Atlassian answered {operation_id} with HTTP {raw.status_code}", raw.request
            )
        if not 200 <= raw.status_code < 300:
            raise errors.from_status(
                raw.status_code,
                raw.content,
                dict(raw.headers),
                needs,
                self.apis.credential.describe(),
                lookup_hint,
                secrets=self.secrets,
            )
        if raw.status_code not in needs.success_statuses:
            cause = (
                f"Atlassian answered {operation_id} with HTTP {raw.status_code}, which its API does not list"
            )
            if write:
                raise self._unknown_outcome(cause, raw.request)
            raise ToolFailure(f"{cause}; retry later.")
        return Answer(raw, operation_id, write)

    async def scan(
        self,
        endpoint: AnyEndpoint,
        pagination: Pagination,
        /,
        *,
        limit: int,
        page_size: int,
        lookup_hint: str = "",
        **params: Any,
    ) -> list[Any]:
        """Up to `limit` items of a paged operation, following its pages as the generated clients' iterators
        do (`<client>.paging.<OPERATION>`: the spec's x-pagination), each page read through api()."""

        async def page(*, client: object, **arguments: Any) -> Any:
            return await self.hinted(lookup_hint).api(endpoint, **arguments)

        found: list[Any] = []
        if limit <= 0:
            return found
        pages = aiterate(page, pagination, client=None, page_size=page_size, params=params)
        async for item in pages:  # left suspended (between items, no request open) once limit is reached
            found.append(item)
            if len(found) >= limit:  # before the next page is asked for
                break
        return found

    def unreadable(self, answer: Answer) -> ToolFailure:
        """The failure for a 2xx body that did not match the spec (malformed JSON or shape)."""
        raw, operation_id = answer.response, answer.operation_id
        log.warning("unparseable response for %s (HTTP %s)", operation_id, raw.status_code, exc_info=True)
        if answer.write:  # a 2xx: the change was most likely made, only the answer is unreadable
            return self._unknown_outcome(
                f"Atlassian accepted {operation_id} (HTTP {raw.status_code}) but its answer could not "
                "be read",
                raw.request,
            )
        return ToolFailure(
            f"Atlassian sent a response to {operation_id} that could not be read; retry later."
        )

    def _count_request(self, operation_id: str, method: str, path: str) -> None:
        if self.requests_made >= self.max_requests:
            sent = (
                f" {self.writes_sent} change request(s) were already sent in this call and may have been "
                f"applied; check with {self.tool.name.rpartition('_')[0]}_read."
                if self.writes_sent
                else " Nothing was changed."
            )
            raise ToolFailure(
                f"This call needs more than {self.max_requests} requests to Atlassian (the limit per tool "
                f"call; stopped before {operation_id}).{sent} Split the work into smaller calls (fewer "
                "items), or pass ids instead of names and emails, which need no lookups."
            )
        self.requests_made += 1
        if changes_data(method, path):
            self.writes_sent += 1

    def _unknown_outcome(self, cause: str, request: httpx.Request | None) -> OutcomeUnknown:
        keyed = request is not None and "idempotency-key" in request.headers
        read_tool = self.tool.name.rpartition("_")[0] + "_read"
        return unknown_outcome(cause, read_tool, self.idempotency_key if keyed else None)

    @property
    def idempotency_key(self) -> str:
        """This call's Idempotency-Key: the caller's idempotency_key, else one made fresh for this call (so a
        later call with the same arguments runs again, while this call's own retries replay)."""
        if "idempotency_key" not in self.lookups:
            given = self.args.get("idempotency_key")
            self.lookups["idempotency_key"] = str(given) if given else f"mcp-{secrets.token_hex(16)}"
        return str(self.lookups["idempotency_key"])

    # -- progress and confirmation -----------------------------------------------------------------

    async def progress(self, done: float, total: float | None = None, message: str | None = None) -> None:
        if self.context is None:
            return
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                await self.context.report_progress(done, total, message)
        except Exception:  # progress is best effort: a client without a progress token must not fail the call
            log.debug("progress notification not delivered", exc_info=True)

    async def confirm(self, preview: dict[str, Any], summary: str, *, state: Any = None) -> ToolResult | None:
        """For destructive actions: None when confirmed (go ahead), else what to return instead.

        preview (shown) and state (not shown, e.g. member ids behind a count) must be built from fresh
        reads on every call, naming targets by id: the token binds them, so a confirmation made after
        anything changed is refused with a fresh preview (see confirm.py).

        Confirmed by a valid confirm_token, or, when the client supports elicitation, by the person's
        answer: asked in the same call (protocol up to 2025-11-25) or through an input-required result
        that the client answers by retrying the call (2026-07-28).
        """
        token = self.args.get("confirm_token")
        name, action = self.tool.name, self.action.name
        bound = {"preview": preview, "state": state}
        for key, label in LEFT_OUT:  # what the change will not touch, said in the text too
            summary += left_out_lines(label, preview.get(key), summary)
        issued = self.confirmations.issue(name, action, self.args, bound)
        if token:
            refusal = self.confirmations.check(token, name, action, self.args, bound)
            if refusal:
                raise ToolFailure(
                    f"Not confirmed, nothing was changed: {refusal}\n"
                    + self._preview_text(summary, issued, fresh=True)
                )
            return None
        answered = self._elicited_answer(bound)
        if answered is not None:
            if answered:
                return None
            raise _declined()
        if self._can_elicit():
            if self._modern():
                return ToolResult({}, "", input_required=_question(summary, issued))
            if await self._elicit_in_call(summary):
                return None
        return ToolResult({"preview": preview, "confirm_token": issued}, self._preview_text(summary, issued))

    def _preview_text(self, summary: str, token: str, fresh: bool = False) -> str:
        return (
            f"{'FRESH PREVIEW' if fresh else 'PREVIEW'}, nothing changed yet. {summary}\n"
            f"To proceed, call {self.tool.name} again with the same arguments and confirm_token={token} "
            f"(valid {self.confirmations.ttl_s // 60} min)."
        )

    def nothing_left(self, why: str, gone: bool = True) -> ToolResult:
        """When a destructive action finds nothing (left) to change: with a confirm_token issued for these
        very arguments, the previewed change has already happened (by an earlier confirm or someone else),
        which is said plainly as a success; otherwise it is a failure saying why. gone: whether every
        target is simply absent (not found, not a member), not failed for another reason."""
        token = self.args.get("confirm_token")
        if (
            gone
            and token
            and self.confirmations.issued_for(token, self.tool.name, self.action.name, self.args)
        ):
            text = (
                f"Already done, nothing to do: {why} What this confirm_token approved was already "
                "applied (by an earlier call or by someone else); nothing was changed now."
            )
            return ToolResult({"items": [], "already_done": True}, text)
        raise ToolFailure(why)

    def _can_elicit(self) -> bool:
        try:
            capabilities = self.context.client_capabilities if self.context else None
        except Exception:  # no request context (a direct call): nobody to ask
            return False
        return capabilities is not None and capabilities.elicitation is not None

    def _modern(self) -> bool:
        try:
            return (self.context.protocol_version if self.context else None) in MODERN_PROTOCOL_VERSIONS
        except Exception:
            return False

    def _elicited_answer(self, bound: Any) -> bool | None:
        """On the retry after an input-required result: whether the person confirmed (None: not a retry).

        The question carried a confirmation token as request_state, so an answer only counts for exactly the
        arguments and preview it was asked about, and a client cannot fabricate one.
        """
        if self.context is None or not self._modern():
            return None
        responses = self.context.input_responses or {}
        answer = responses.get(_CONFIRM_KEY)
        state = self.context.request_state
        if answer is None or not state:
            return None
        refusal = self.confirmations.check(state, self.tool.name, self.action.name, self.args, bound)
        if refusal:
            raise ToolFailure(f"Not confirmed, nothing was changed: {refusal} Call again to be asked afresh.")
        content = getattr(answer, "content", None) or {}
        return getattr(answer, "action", None) == "accept" and content.get("confirm") is True

    async def _elicit_in_call(self, summary: str) -> bool:
        assert self.context is not None
        try:
            answer = await self.context.elicit(f"{summary}\nProceed?", _Confirm)
        except Exception:  # no back-channel (e.g. stateless HTTP): fall back to the token flow
            log.debug("elicitation unavailable", exc_info=True)
            return False
        if answer.action == "accept" and answer.data is not None and answer.data.confirm:
            return True
        raise _declined()


@dataclass(frozen=True)
class Answer:
    """A 2xx response to a request ToolCall.send made."""

    response: httpx.Response
    operation_id: str
    write: bool  # whether the request may have changed data


@dataclass(frozen=True)
class HintedCalls:
    """A tool call's requests whose not-found answers carry a hint (ToolCall.hinted); the typed entry
    points around ToolCall.send."""

    call: ToolCall
    lookup_hint: str

    async def api(self, endpoint: Endpoint[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """ToolCall.api with this hint."""
        answer = await self.call.send(endpoint, self.lookup_hint, args, kwargs)
        try:
            return endpoint.parse_success(answer.response)
        except UNREADABLE:
            raise self.call.unreadable(answer) from None

    async def read(
        self, endpoint: Endpoint[P, Any], into: Callable[[Any], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """ToolCall.read with this hint."""
        answer = await self.call.send(endpoint, self.lookup_hint, args, kwargs)
        try:
            return into(json.loads(answer.response.content))
        except UNREADABLE:
            raise self.call.unreadable(answer) from None


_CONFIRM_KEY = "confirm"


def _question(summary: str, token: str) -> InputRequiredResult:
    schema = {
        "type": "object",
        "properties": {
            "confirm": {"type": "boolean", "title": "Proceed", "description": "Apply this change"}
        },
        "required": ["confirm"],
    }
    request = ElicitRequest(
        params=ElicitRequestFormParams(message=f"{summary}\nProceed?", requested_schema=schema)
    )
    return InputRequiredResult(input_requests={_CONFIRM_KEY: request}, request_state=token)


def _declined() -> ToolFailure:
    return ToolFailure("Not confirmed by the user; nothing was changed.")


def _bad_path_parameter(template: str, url: str) -> str | None:
    """The path parameter value that would change which resource the URL names, if any: empty, "." or ".."
    (which HTTP clients and servers collapse, reaching another path) or holding an encoded "/" (which
    servers decode or refuse). template is the spec's path, url the generated client's formatted one."""
    expected, actual = template.split("/"), url.split("?")[0].split("/")
    if len(expected) != len(actual):
        return repr(url)
    for pattern, segment in zip(expected, actual, strict=True):
        if pattern.startswith("{") and (segment in ("", ".", "..") or "%2f" in segment.lower()):
            return repr(unquote(segment))
    return None
