"""What a tool handler works with: its validated arguments, the API clients and the MCP context.

`ToolCall.api` is the only way handlers reach Atlassian: it checks the operation is one the action
declared (so declarations stay true), maps transport failures and non-2xx answers to actionable
`ToolFailure`s, and returns the parsed model.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import httpx
from mcp.server.mcpserver import Context
from mcp_types import ElicitRequest, ElicitRequestFormParams, InputRequiredResult
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from pydantic import BaseModel

from . import errors, paging
from .clients import ApiClients, is_retry_safe
from .confirm import Confirmations
from .errors import ToolFailure
from .permissions import operation_id_of_module, requirement
from .registry import Action, ToolDef, ToolResult

log = logging.getLogger("atlassian_people_mcp")


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


@dataclass
class ToolCall:
    tool: ToolDef
    action: Action
    args: dict[str, Any]
    apis: ApiClients
    confirmations: Confirmations
    context: Context[Any, Any] | None = None
    lookups: dict[str, Any] = field(default_factory=dict)  # per-call cache for identifier resolution

    # -- arguments ---------------------------------------------------------------------------------

    def arg(self, name: str, default: Any = None) -> Any:
        return self.args.get(name, default)

    @property
    def limit(self) -> int:
        return int(self.args.get("limit", 25))

    def page_position(self) -> Any:
        """The API-specific position stored in the `cursor` argument (None on the first page)."""
        return paging.decode(self.args.get("cursor"), f"{self.tool.name}.{self.action.name}")

    def next_cursor(self, position: Any) -> str | None:
        return None if position is None else paging.encode(f"{self.tool.name}.{self.action.name}", position)

    # -- Atlassian ---------------------------------------------------------------------------------

    async def api(self, endpoint: ModuleType, /, *args: Any, lookup_hint: str = "", **kwargs: Any) -> Any:
        """Call a generated endpoint module (positional path parameters, keyword query/body) and return the
        parsed 2xx body; any other outcome raises an actionable ToolFailure."""
        package, _, module = endpoint.__name__.partition(".api.")
        operation_id = operation_id_of_module().get((package, module.rpartition(".")[2]))
        if operation_id is None or operation_id not in self.action.operations:
            raise RuntimeError(
                f"{self.tool.name}.{self.action.name} calls undeclared operation {endpoint.__name__}"
            )
        needs = requirement(operation_id)
        client = self.apis.client(needs.api, operation_id)
        # The generated asyncio_detailed in three steps, so that only a response the client cannot parse is
        # reported as such (a bad argument here is a bug and must surface as one).
        request = endpoint._get_kwargs(*args, **kwargs)
        bad_identifier = _bad_path_parameter(needs.path, request["url"])
        if bad_identifier:
            raise ToolFailure(
                f"{bad_identifier} is not a valid identifier for {operation_id} (empty, '.', '..' or "
                "containing '/'); pass the id or name exactly as the read tools show it."
            )
        try:
            raw = await client.get_async_httpx_client().request(**request)
        except (UnicodeEncodeError, httpx.LocalProtocolError):
            # A header value (e.g. an Idempotency-Key) with non-ASCII or control characters cannot be sent.
            raise ToolFailure(
                f"An argument for {operation_id} cannot be sent in an HTTP header: use printable ASCII "
                "characters only (no line breaks or control characters) for keys and identifiers."
            ) from None
        except httpx.TimeoutException as exc:
            if _maybe_applied(exc):
                raise ToolFailure(
                    f"Atlassian did not answer {operation_id} in time; {MAYBE_APPLIED}"
                ) from None
            raise ToolFailure(f"Atlassian did not answer {operation_id} in time; retry later.") from None
        except httpx.TransportError as exc:
            if _maybe_applied(exc):
                raise ToolFailure(
                    f"The connection to Atlassian broke during {operation_id} ({type(exc).__name__}); "
                    + MAYBE_APPLIED
                ) from None
            raise ToolFailure(
                f"Could not reach Atlassian for {operation_id} ({type(exc).__name__}); "
                "check the network and the configured base URL, then retry."
            ) from None
        if raw.status_code >= 500 and not is_retry_safe(raw.request):
            raise ToolFailure(
                f"Atlassian answered {operation_id} with HTTP {raw.status_code}; {MAYBE_APPLIED}"
            )
        if not 200 <= raw.status_code < 300:
            raise errors.from_status(
                raw.status_code,
                raw.content,
                dict(raw.headers),
                needs,
                self.apis.credential.describe(),
                lookup_hint,
            )
        try:
            return endpoint._build_response(client=client, response=raw).parsed
        except (ValueError, KeyError, TypeError, AttributeError):
            # The body did not match the spec (malformed JSON or shape): the client could not parse it.
            log.warning("unparseable response for %s (HTTP %s)", operation_id, raw.status_code, exc_info=True)
            if not is_retry_safe(raw.request):  # a 2xx: the change was made, only the answer is unreadable
                raise ToolFailure(
                    f"Atlassian accepted {operation_id} (HTTP {raw.status_code}) but its answer could not be "
                    "read; check the result with a read before repeating it."
                ) from None
            raise ToolFailure(
                f"Atlassian sent a response to {operation_id} that could not be read; retry later."
            ) from None

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

    async def confirm(self, preview: dict[str, Any], summary: str) -> ToolResult | None:
        """For destructive actions: None when confirmed (go ahead), else what to return instead.

        Confirmed by a valid confirm_token for exactly these arguments, or, when the client supports
        elicitation, by the person's answer: asked in the same call (protocol up to 2025-11-25) or through
        an input-required result that the client answers by retrying the call (2026-07-28).
        """
        token = self.args.get("confirm_token")
        name, action = self.tool.name, self.action.name
        if token:
            problem = self.confirmations.check(token, name, action, self.args)
            if problem:
                raise ToolFailure(problem)
            return None
        answered = self._elicited_answer()
        if answered is not None:
            if answered:
                return None
            raise _declined()
        issued = self.confirmations.issue(name, action, self.args)
        if self._can_elicit():
            if self._modern():
                return ToolResult({}, "", input_required=_question(summary, issued))
            if await self._elicit_in_call(summary):
                return None
        data = {"preview": preview, "confirm_token": issued}
        text = (
            f"PREVIEW, nothing changed yet. {summary}\n"
            f"To proceed, call {name} again with the same arguments and confirm_token={issued} "
            f"(valid {self.confirmations.ttl_s // 60} min)."
        )
        return ToolResult(data, text)

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

    def _elicited_answer(self) -> bool | None:
        """On the retry after an input-required result: whether the person confirmed (None: not a retry).

        The question carried a confirmation token as request_state, so an answer only counts for exactly the
        arguments it was asked about, and a client cannot fabricate one.
        """
        if self.context is None or not self._modern():
            return None
        responses = self.context.input_responses or {}
        answer = responses.get(_CONFIRM_KEY)
        state = self.context.request_state
        if answer is None or not state:
            return None
        problem = self.confirmations.check(state, self.tool.name, self.action.name, self.args)
        if problem:
            raise ToolFailure(problem)
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


MAYBE_APPLIED = (
    "the change may or may not have been applied (it is not repeated automatically): "
    "check with a read before repeating it."
)


def _maybe_applied(exc: httpx.TransportError) -> bool:
    """Whether a request that failed this way may have been carried out, and was not retried for that."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return False  # never sent
    try:
        return not is_retry_safe(exc.request)
    except RuntimeError:  # no request attached
        return True


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
