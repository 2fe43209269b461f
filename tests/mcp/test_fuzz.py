"""Fuzzing every tool through a real MCP client against the sandbox.

Arguments come from each tool's own input schema (hypothesis), then are broken on purpose: wrong types,
missing and extra fields, and hostile strings (huge, odd unicode, path traversal, injection-like) in every
string argument. Every answer must be a well-formed CallToolResult, an invalid input an error naming what
is wrong, never "Internal error"; the sandbox must never answer 5xx nor see a request for a path that is
no operation; and the server keeps answering. Destructive tools mostly run without a confirm token, so
their first call is a preview and the data survives; a random token never matches.

Deterministic (derandomized hypothesis, no example database) and budgeted: the call budget is spread over
however many tools there are, so new tool areas are covered without slowing the suite down much.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from functools import cache
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_support import (
    HOSTILE_STRINGS,
    WRONG_VALUES,
    BlockingClient,
    action_schema,
    arguments,
    blocking_client,
    invalid_fields,
    invalid_input_problem,
    minimal_arguments,
    result_problem,
    string_slots,
)

from atlassian_people_sandbox import SandboxServer
from mcp_server.registry import ToolDef
from mcp_server.tools import all_tools

TOOLS = {tool.name: tool for tool in all_tools()}
NAMES = sorted(TOOLS)
# Calls in total per category, spread over the tools (with a floor per tool).
VALID_BUDGET, MUTATED_BUDGET, HOSTILE_BUDGET = 800, 600, 1400
MIN_CALLS = 2000

VALID_EXAMPLES = max(25, math.ceil(VALID_BUDGET / len(TOOLS)))
MUTATED_EXAMPLES = max(25, math.ceil(MUTATED_BUDGET / len(TOOLS)))
HOSTILE_PER_TOOL = max(len(HOSTILE_STRINGS), math.ceil(HOSTILE_BUDGET / len(TOOLS)))

FUZZ = settings(
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


class Fuzzer:
    def __init__(self, client: BlockingClient, server: SandboxServer) -> None:
        self.client = client
        self.server = server
        self.ran: set[tuple[str, str]] = set()  # (test, tool) pairs that ran
        self.started = time.monotonic()

    def call(self, tool: ToolDef, args: dict[str, Any] | None) -> Any:
        """Call the tool; the answer must be well formed and the sandbox must not have failed."""
        traffic = self.server.sandbox.traffic
        errors, unrouted = traffic.server_errors, traffic.unrouted
        result = self.client.call(tool.name, args)
        shown = _show(args)
        problem = result_problem(result)
        assert problem is None, f"{tool.name}({shown}): {problem}"
        assert traffic.server_errors == errors, (
            f"{tool.name}({shown}) made the sandbox answer 5xx; see its log"
        )
        assert traffic.unrouted == unrouted, f"{tool.name}({shown}) requested a path that is no operation"
        return result

    def check(self, tool: ToolDef, args: dict[str, Any] | None) -> None:
        """call(), and when the tool's schema rejects the arguments, the error must say what is wrong."""
        result = self.call(tool, args)
        fields = invalid_fields(tool, args or {})
        if fields:
            problem = invalid_input_problem(result, fields)
            assert problem is None, f"{tool.name}({_show(args)}): {problem}"


def _show(args: dict[str, Any] | None) -> str:
    text = repr(args)
    return text if len(text) <= 300 else text[:300] + f"… ({len(text)} chars)"


@pytest.fixture(scope="module")
def fuzzer(mcp_sandbox: SandboxServer) -> Iterator[Fuzzer]:
    mcp_sandbox.sandbox.reset()
    with blocking_client(mcp_sandbox) as client:
        yield Fuzzer(client, mcp_sandbox)
    mcp_sandbox.sandbox.reset()


def _without_confirmation(tool: ToolDef, args: dict[str, Any], keep: bool) -> dict[str, Any]:
    if tool.destructive and not keep:
        args.pop("confirm_token", None)
    return args


@pytest.mark.parametrize("name", NAMES)
@settings(FUZZ, max_examples=VALID_EXAMPLES)
@given(data=st.data())
def test_schema_valid_arguments_never_crash(fuzzer: Fuzzer, name: str, data: st.DataObject) -> None:
    tool = TOOLS[name]
    fuzzer.ran.add(("valid", name))
    args = data.draw(arguments(tool), label="arguments")
    # Destructive tools keep their (random, so never matching) confirm_token one time in ten; else the call
    # is a preview and nothing is deleted.
    keep_token = data.draw(st.integers(0, 9), label="keep confirm_token") == 0
    fuzzer.check(tool, _without_confirmation(tool, args, keep_token))


@cache
def _mutations(name: str) -> st.SearchStrategy[dict[str, Any] | None]:
    """Valid arguments broken in one way: a wrong type, a missing or an extra field, or no arguments."""
    tool = TOOLS[name]
    properties: dict[str, Any] = tool.input_schema()["properties"]

    @st.composite
    def mutated(draw: st.DrawFn) -> dict[str, Any] | None:
        args: dict[str, Any] = _without_confirmation(tool, draw(arguments(tool)), keep=False)
        kind = draw(st.sampled_from(["wrong-type", "missing", "extra", "none"]))
        if kind == "wrong-type":
            name = draw(st.sampled_from(sorted(properties)))
            wrong = [value for value in WRONG_VALUES if not _accepts(properties[name], value)]
            args[name] = draw(st.sampled_from(wrong))
        elif kind == "missing":
            action = tool.action(args.get("action", "")) or tool.actions[0]
            required = sorted(set(action_schema(tool, action).get("required", [])) & set(args))
            if required:
                del args[draw(st.sampled_from(required))]
            else:
                kind = "extra"
        elif kind == "none":
            return None
        if kind == "extra":
            key = draw(st.text(min_size=1, max_size=20).filter(lambda k: k not in properties))
            args[key] = draw(st.sampled_from(WRONG_VALUES))
        return args

    return mutated()


def _accepts(schema: dict[str, Any], value: Any) -> bool:
    return bool(jsonschema.Draft202012Validator(schema).is_valid(value))


@pytest.mark.parametrize("name", NAMES)
@settings(FUZZ, max_examples=MUTATED_EXAMPLES)
@given(data=st.data())
def test_broken_arguments_get_an_error_naming_the_problem(
    fuzzer: Fuzzer, name: str, data: st.DataObject
) -> None:
    fuzzer.ran.add(("broken", name))
    fuzzer.check(TOOLS[name], data.draw(_mutations(name), label="arguments"))


def _hostile_cases(tool: ToolDef) -> list[tuple[str, dict[str, Any]]]:
    """Each hostile string into the tool's string arguments, rotating over arguments and actions so that
    every string and every argument is used; actions needing the argument are preferred."""
    slots = string_slots(tool)
    if not slots:
        return []
    cases: list[tuple[str, dict[str, Any]]] = []
    labels = list(HOSTILE_STRINGS)
    rounds = math.ceil(HOSTILE_PER_TOOL / len(labels))
    for round_ in range(min(rounds, len(slots))):
        for index, label in enumerate(labels):
            slot, is_array = slots[(index + round_) % len(slots)]
            needing = [action for action in tool.actions if slot in action.required] or list(tool.actions)
            action = needing[(index + round_) % len(needing)]
            args = minimal_arguments(tool, action)
            value = HOSTILE_STRINGS[label]
            args[slot] = [value] if is_array else value
            cases.append((f"{label} in {action.name}.{slot}", args))
    return cases[:HOSTILE_PER_TOOL]


@pytest.mark.parametrize("name", NAMES)
def test_hostile_strings_in_every_string_argument(fuzzer: Fuzzer, name: str) -> None:
    tool = TOOLS[name]
    fuzzer.ran.add(("hostile", name))
    cases = _hostile_cases(tool)
    failures = []
    for label, args in cases:
        try:
            fuzzer.check(tool, args)
        except AssertionError as failure:
            failures.append(f"{label}: {str(failure).splitlines()[0][:400]}")
    assert not failures, f"{len(failures)} of {len(cases)} hostile calls failed:\n" + "\n".join(failures)


def test_server_still_answers_after_the_fuzzing(fuzzer: Fuzzer) -> None:
    assert set(fuzzer.client.tool_names()) == set(TOOLS)
    first = TOOLS[NAMES[0]]
    fuzzer.call(first, minimal_arguments(first, first.actions[0]))
    calls, seconds = fuzzer.client.calls, time.monotonic() - fuzzer.started
    print(f"\nfuzz: {calls} tool calls in {seconds:.0f} s over {len(TOOLS)} tools")
    if len(fuzzer.ran) == 3 * len(TOOLS):  # the whole module ran (not a -k selection)
        assert calls >= MIN_CALLS, f"only {calls} fuzz calls; raise the budgets"
