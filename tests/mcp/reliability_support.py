"""Shared by the reliability suites (fuzz, faults, secrets, HTTP load).

Everything here is generic over `mcp_server.tools.all_tools()`: arguments come from each tool's own input
schema, so a new tool area is covered without touching these suites.

- `arguments(tool)`: a hypothesis strategy of schema-valid arguments for one of the tool's actions.
- `minimal_arguments(tool, action)`: small valid arguments for an action (deterministic).
- `workload_for(sandbox)`: one call per action with "valid-ish" arguments, preferring values harvested
  from the tools' own list results, so that many calls reach the success path; `run()` makes the calls
  (confirming destructive ones), `serve(settings)` is a client session with a server built from settings.
- `HOSTILE_STRINGS`: huge, odd-unicode, path-traversal and injection-like strings.
- `BlockingClient`: an MCP client driven from synchronous code (hypothesis) through one event loop.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

import anyio
import jsonschema
from anyio.from_thread import BlockingPortal, start_blocking_portal
from hypothesis import HealthCheck, find, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from mcp import Client
from mcp_support import connect
from mcp_types import CallToolResult, TextContent

from atlassian_people_sandbox import SandboxServer
from mcp_server.arguments import normalize
from mcp_server.config import Settings
from mcp_server.registry import OUTPUT_SCHEMA, Action, Effect, ToolDef
from mcp_server.runtime import build
from mcp_server.tools import all_tools

T = TypeVar("T")

# -- hostile strings ---------------------------------------------------------------------------------------

HOSTILE_STRINGS: dict[str, str] = {
    "huge-ascii-100kB": "A" * 100_000,
    "huge-unicode-120kB": "ж" * 60_000,
    "just-over-255": "x" * 256,
    "whitespace": " \t\n\r ",
    "rtl-override": "\u202egnp.exe\u202c",
    "rtl-arabic-hebrew": "مرحبا עולם",
    "nul": "abc\x00def",
    "control-and-ansi": "\x01\x07\x1b[31mred\x1b[0m\x7f",
    "lone-surrogate": "\ud800",  # what a client's JSON "\ud800" decodes to
    "surrogate-pair-halves": "\ud83d x \ude00",
    "surrogates-escaped-text": "\\ud83d\\ude00 \\u0000",
    "emoji-zwj": "👩‍👩‍👧‍👦🏳️‍🌈🔥",
    "combining-marks": "e" + "".join(chr(0x300 + i) for i in range(48)),
    "zero-width-and-bom": "a\u200b\u200c\u200d\ufeffb",
    "noncharacters": "\ufffe\uffff\U0010ffff",
    "astral-math": "𝕳𝖊𝖑𝖑𝖔",
    "path-traversal": "../../etc/passwd",
    "dot-dot": "..",
    "dot": ".",
    "encoded-traversal": "%2e%2e/%2e%2e/etc/passwd",
    "double-encoded-traversal": "%252e%252e%252f",
    "backslash-traversal": "..\\..\\windows\\win.ini",
    "slash-in-id": "a/b?c=d#e",
    "absolute-url": "http://169.254.169.254/latest/meta-data/",
    "sql-drop": "'; DROP TABLE users; --",
    "sql-or": "' OR '1'='1",
    "template-jinja": "{{7*7}}",
    "template-dollar": "${7*7}",
    "template-erb": "<%= 7*7 %>",
    "html-script": "<script>alert(1)</script>",
    "crlf-header": "x\r\nX-Injected: 1\r\n\r\nbody",
    "crlf-encoded": "x%0d%0aX-Injected:%201",
    "query-smuggling": "a&limit=1000&maxResults=5000#frag",
    "json-operator": '{"$ne": null}',
    "format-string": "%s%s%n{0}{}",
    "null-word": "null",
    "minus-one": "-1",
}

# Wrong-typed values for any property; those the property's schema happens to accept are skipped.
WRONG_VALUES: tuple[Any, ...] = (
    0,
    -1,
    10**30,
    1.5,
    True,
    None,
    "text",
    [],
    ["a"],
    [1, None],
    {},
    {"nested": {"deeper": [1]}},
)

# -- schemas and argument strategies ---------------------------------------------------------------------


def action_schema(tool: ToolDef, action: Action) -> dict[str, Any]:
    """The input schema for calling exactly this action, with the action's own required arguments required."""
    schema = tool.input_schema([action])
    schema["required"] = list(dict.fromkeys([*schema.get("required", []), *action.required]))
    return schema


@cache
def validator(tool_name: str) -> jsonschema.Draft202012Validator:
    tool = tool_by_name(tool_name)
    return jsonschema.Draft202012Validator(tool.input_schema())


def tool_by_name(name: str) -> ToolDef:
    return next(tool for tool in all_tools() if tool.name == name)


def strategy_for(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values valid for schema. Objects and arrays are composed here; everything else is
    hypothesis-jsonschema's from_schema (whose own object generation does not work with the installed
    hypothesis: it calls a removed internal API)."""
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        properties: dict[str, Any] = schema.get("properties", {})
        required = [name for name in schema.get("required", []) if name in properties]
        optional = {name: strategy_for(sub) for name, sub in properties.items() if name not in required}
        composed: st.SearchStrategy[Any] = st.fixed_dictionaries(
            {name: strategy_for(properties[name]) for name in required}, optional=optional
        )
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):  # a map: names chosen freely, values of one schema
            entries = st.dictionaries(
                st.text(min_size=1, max_size=20).filter(lambda name: name not in properties),
                strategy_for(extra),
                min_size=schema.get("minProperties", 0),
                max_size=min(schema.get("maxProperties", 3), 3),
            )
            composed = st.tuples(composed, entries).map(lambda pair: {**pair[1], **pair[0]})
        # Whatever the composition does not know (minProperties, anyOf, if/then, …) is filtered for.
        return composed.filter(jsonschema.Draft202012Validator(schema).is_valid)
    if kind == "array" and isinstance(schema.get("items"), dict):
        return st.lists(
            strategy_for(schema["items"]),
            min_size=schema.get("minItems", 0),
            max_size=min(schema.get("maxItems", 5), 5),
            unique=bool(schema.get("uniqueItems", False)),
        )
    return from_schema(schema)


def action_arguments(tool: ToolDef, action: Action) -> st.SearchStrategy[dict[str, Any]]:
    return strategy_for(action_schema(tool, action))


def arguments(tool: ToolDef) -> st.SearchStrategy[dict[str, Any]]:
    """Schema-valid arguments for one of the tool's actions (each action with its required arguments)."""
    return _arguments(tool.name)


@cache
def _arguments(tool_name: str) -> st.SearchStrategy[dict[str, Any]]:
    tool = tool_by_name(tool_name)  # built once per tool: from_schema canonicalises schemas, which is slow
    return st.one_of([action_arguments(tool, action) for action in tool.actions])


_FIND_SETTINGS = settings(
    database=None, derandomize=True, max_examples=200, suppress_health_check=list(HealthCheck)
)


def smallest(schema: dict[str, Any]) -> Any:
    """A small value valid for a simple schema (strings "0…", the minimum, the first enum value), built
    directly: hypothesis' find() is the fallback, at about a second per call."""
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return smallest(schema[key][0])
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = kind[0]
    if kind == "string":
        return "0" * max(1, schema.get("minLength", 1))
    if kind in ("integer", "number"):
        return schema.get("minimum", 1 if schema.get("exclusiveMinimum") == 0 else 0)
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    if kind == "array":
        return [smallest(schema.get("items", {}))] * max(1, schema.get("minItems", 1))
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        value = {name: smallest(properties.get(name, {})) for name in schema.get("required", [])}
        extra = schema.get("additionalProperties")
        for index in range(schema.get("minProperties", 0) - len(value)):
            value[f"{index}"] = smallest(extra) if isinstance(extra, dict) else "0"
        return value
    return "0"


@cache
def _minimal(tool_name: str, action_name: str) -> str:
    tool = tool_by_name(tool_name)
    action = tool.action(action_name) or tool.actions[0]
    schema = action_schema(tool, action)

    def usable(args: dict[str, Any]) -> bool:
        return all(args.get(name) not in (None, "", []) for name in action.required)

    example = smallest(schema)
    if not (jsonschema.Draft202012Validator(schema).is_valid(example) and usable(example)):
        example = find(action_arguments(tool, action), usable, settings=_FIND_SETTINGS)
    return json.dumps(example)


def minimal_arguments(tool: ToolDef, action: Action) -> dict[str, Any]:
    """Small valid arguments for this action (required ones non-empty); deterministic."""
    args: dict[str, Any] = json.loads(_minimal(tool.name, action.name))
    return args


def string_slots(tool: ToolDef) -> list[tuple[str, bool]]:
    """(property, is_array) for every property that takes a string or a list of strings."""
    slots = []
    for name, schema in tool.input_schema()["properties"].items():
        if name in ("action", "confirm_token"):
            continue
        if schema.get("type") == "string":
            slots.append((name, False))
        elif schema.get("type") == "array" and schema.get("items", {}).get("type") == "string":
            slots.append((name, True))
    return slots


def invalid_fields(tool: ToolDef, args: dict[str, Any]) -> set[str] | None:
    """The argument names the tool's schema (or the action's argument list) objects to, once read as the
    server reads them (nulls dropped, numbers sent as strings converted: mcp_server.arguments); None when
    valid."""
    if len(tool.actions) == 1 and args.get("action") == tool.actions[0].name:
        args = {key: value for key, value in args.items() if key != "action"}
    args = normalize(args, tool.input_schema())
    problems = list(validator(tool.name).iter_errors(args))
    if problems:
        names: set[str] = set()
        for problem in problems:
            if problem.absolute_path:
                names.add(str(problem.absolute_path[0]))
            elif problem.validator == "required":
                names.update(str(name) for name in problem.validator_value if name not in args)
            elif problem.validator == "additionalProperties":
                names.update(set(args) - set(problem.schema.get("properties", {})))
        return names
    action = tool.action(args["action"]) if "action" in args else tool.actions[0]
    assert action is not None
    missing = {name for name in action.required if args.get(name) in (None, "", [])}
    unused = {name for name in args if name not in tool.allowed_arguments(action)}
    return (missing | unused) or None


# -- results -----------------------------------------------------------------------------------------------


def text_of(result: CallToolResult) -> str:
    return "\n".join(block.text for block in result.content if isinstance(block, TextContent))


_OUTPUT = jsonschema.Draft202012Validator(OUTPUT_SCHEMA)
INTERNAL_ERROR = "Internal error"


def result_problem(result: Any) -> str | None:
    """Why result is not a well-formed tool answer (None when it is)."""
    if not isinstance(result, CallToolResult):
        return f"not a CallToolResult: {type(result).__name__}"
    text = text_of(result)
    if not text.strip():
        return "no text content"
    if INTERNAL_ERROR in text:
        return f"server crashed: {text[:300]}"
    if not result.is_error:
        if not isinstance(result.structured_content, dict):
            return "success without structured content"
        errors = [error.message for error in _OUTPUT.iter_errors(result.structured_content)]
        if errors:
            return f"structured content does not match the output schema: {errors[:3]}"
    return None


def invalid_input_problem(result: CallToolResult, fields: set[str]) -> str | None:
    """For an invalid input: an error result that names what is wrong."""
    text = text_of(result)
    if not result.is_error:
        return f"invalid input {sorted(fields)} was accepted: {text[:200]}"
    if not ("Invalid arguments" in text or "needs" in text):
        return f"error does not say the arguments are invalid: {text[:300]}"
    if not any(name in text or repr(name) in text for name in fields):
        return f"error names none of {sorted(fields)}: {text[:300]}"
    return None


# -- a synchronous client for hypothesis -------------------------------------------------------------------


@dataclass
class BlockingClient:
    """An MCP client session living on one event loop (a blocking portal's), callable from sync code."""

    portal: BlockingPortal
    client: Client
    calls: int = 0
    timeout_s: float = 60.0

    def run(self, function: Callable[[], Awaitable[T]]) -> T:
        async def bounded() -> T:
            with anyio.fail_after(self.timeout_s):
                return await function()

        return self.portal.call(bounded)

    def call(self, name: str, args: dict[str, Any] | None) -> CallToolResult:
        self.calls += 1
        return self.run(lambda: self.client.call_tool(name, args))

    def tool_names(self) -> list[str]:
        return [tool.name for tool in self.run(self.client.list_tools).tools]


@contextmanager
def blocking_client(
    server: SandboxServer, flags: dict[str, Any] | None = None, **env: str
) -> Iterator[BlockingClient]:
    with (
        start_blocking_portal(backend="asyncio") as portal,
        portal.wrap_async_context_manager(connect(server, flags, **env)) as client,
    ):
        yield BlockingClient(portal, client)


# -- a workload: every action once, with arguments that work where possible -------------------------------

IDENTIFYING_KEYS = ("name", "id", "groupId", "accountId", "emailAddress", "to", "key", "email")
CANDIDATES_PER_ACTION = 6


@dataclass
class Call:
    tool: ToolDef
    action: Action
    args: dict[str, Any]
    baseline_ok: bool = False
    baseline_text: str = ""

    @property
    def label(self) -> str:
        return f"{self.tool.name}.{self.action.name}({json.dumps(self.args)[:120]})"


@dataclass
class Workload:
    calls: list[Call] = field(default_factory=list)

    def reads(self) -> list[Call]:
        return [call for call in self.calls if call.tool.effect is Effect.READ]


def _harvest(data: Any, into: list[str]) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if (
                key in IDENTIFYING_KEYS
                and isinstance(value, str)
                and 0 < len(value) <= 100
                and value not in into
            ):
                into.append(value)
            else:
                _harvest(value, into)
    elif isinstance(data, list):
        for item in data:
            _harvest(item, into)


def _with_value(tool: ToolDef, args: dict[str, Any], action: Action, value: str) -> dict[str, Any] | None:
    """args with every required string (or string list) argument of action set to value, if still valid."""
    changed = dict(args)
    slots = dict(string_slots(tool))
    for name in action.required:
        if name in slots:
            changed[name] = [value] if slots[name] else value
    if changed == args or not jsonschema.Draft202012Validator(action_schema(tool, action)).is_valid(changed):
        return None
    return changed


async def discover_workload(client: Client, tools: Sequence[ToolDef]) -> Workload:
    """One call per action. Arguments: the minimal valid ones, or, when those fail, the first of a few
    candidates harvested from the same toolset's argument-free read results that succeeds. Writes happen:
    reset the sandbox afterwards. Deletes are only previewed (no confirm_token)."""
    harvested: dict[str, list[str]] = {}
    for tool in tools:
        if tool.effect is not Effect.READ:
            continue
        for action in tool.actions:
            if action.required:
                continue
            result = await client.call_tool(tool.name, minimal_arguments(tool, action))
            if not result.is_error:
                _harvest(result.structured_content, harvested.setdefault(tool.toolset, []))
    workload = Workload()
    for tool in tools:
        for action in tool.actions:
            args = minimal_arguments(tool, action)
            result = await client.call_tool(tool.name, args)
            if result.is_error and action.required:
                for value in harvested.get(tool.toolset, [])[:CANDIDATES_PER_ACTION]:
                    candidate = _with_value(tool, args, action, value)
                    if candidate is None:
                        continue
                    attempt = await client.call_tool(tool.name, candidate)
                    if not attempt.is_error:
                        args, result = candidate, attempt
                        break
            workload.calls.append(Call(tool, action, args, not result.is_error, text_of(result)))
    return workload


def workload_for(server: SandboxServer) -> Workload:
    """discover_workload for every tool, as the sandbox's admin, leaving the sandbox reset."""

    async def discover() -> Workload:
        async with connect(server) as client:
            return await discover_workload(client, all_tools())

    server.sandbox.reset()
    try:
        return anyio.run(discover)
    finally:
        server.sandbox.reset()


# -- running a workload ------------------------------------------------------------------------------------


@asynccontextmanager
async def serve(settings: Settings) -> AsyncIterator[Client]:
    """An MCP client session with a server built from these settings."""
    runtime = build(settings)
    try:
        async with Client(runtime.server) as client:
            yield client
    finally:
        runtime.close()


@dataclass
class Outcome:
    call: Call
    result: CallToolResult
    confirmed: CallToolResult | None  # the second, confirmed call of a destructive action
    seconds: float

    def results(self) -> list[CallToolResult]:
        return [self.result] + ([self.confirmed] if self.confirmed is not None else [])


async def run(client: Client, calls: list[Call], concurrency: int = 12) -> list[Outcome]:
    """Every call, destructive ones confirmed with the token of their preview: reads, then writes, then
    deletes, each kind some at a time (so a read does not race the write or delete of what it reads)."""
    limiter = anyio.Semaphore(concurrency)
    outcomes: dict[int, Outcome] = {}

    async def one(index: int, call: Call) -> None:
        async with limiter:
            started = time.monotonic()
            result = await client.call_tool(call.tool.name, call.args)
            confirmed = None
            data = result.structured_content
            if call.tool.destructive and not result.is_error and isinstance(data, dict):
                token = data.get("confirm_token")
                if isinstance(token, str):
                    confirmed = await client.call_tool(call.tool.name, {**call.args, "confirm_token": token})
            outcomes[index] = Outcome(call, result, confirmed, time.monotonic() - started)

    for effect in (Effect.READ, Effect.WRITE, Effect.DELETE):
        async with anyio.create_task_group() as group:
            for index, call in enumerate(calls):
                if call.tool.effect is effect:
                    group.start_soon(one, index, call)
    return [outcomes[index] for index in range(len(calls))]
