"""Every tool and action under the sandbox's fault injection: 429 storms, 5xx bursts, dropped connections,
responses slower than the server's timeout, responses lost after the work was done, malformed JSON and
enum values the spec does not list.

Each call either succeeds (after retrying) or returns a clear error, and the server keeps answering. And
no create or bulk is applied twice: each write, alone on fresh data, has the answers to its writes lost
after they were applied; the sandbox's record of applied writes and its state's work counters must show
nothing more than without the fault (plain creates are never retried; GET, PUT, DELETE and requests with
an Idempotency-Key are).
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

import anyio
import pytest
from mcp import Client
from mcp_support import sandbox_env
from reliability_support import Outcome, Workload, result_problem, run, serve, text_of, workload_for

from atlassian_people_sandbox import FaultConfig, SandboxServer
from mcp_server.config import load_settings
from mcp_server.registry import Effect
from mcp_server.tools import all_tools

pytestmark = pytest.mark.anyio

# What a clear error is not: a crash, a traceback, a Python exception's repr.
UNCLEAR = re.compile(
    r"Internal error|Traceback|\b\w+(Error|Exception)\(|object has no attribute|NoneType|unhashable|"
    r"codec can't|Expecting value|JSONDecodeError"
)


@pytest.fixture(scope="module")
def workload(mcp_sandbox: SandboxServer) -> Workload:
    return workload_for(mcp_sandbox)


@pytest.fixture(scope="module")
def baseline(mcp_sandbox: SandboxServer, workload: Workload) -> dict[str, Outcome]:
    """The workload without faults, on fresh seed data: what each call does when nothing goes wrong."""

    async def measure() -> list[Outcome]:
        async with session(mcp_sandbox) as client:
            return await run(client, workload.calls)

    mcp_sandbox.sandbox.reset()
    outcomes = anyio.run(measure)
    mcp_sandbox.sandbox.reset()
    return {outcome.call.label: outcome for outcome in outcomes}


WORK_COUNTER = re.compile(r"(Created|Applied|Processed|Sent)$")


def work_counters(sandbox: SandboxServer) -> dict[str, int]:
    """The state's counters of work done (creates, bulk items applied, invitations sent), flattened."""
    found: dict[str, int] = {}

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(f"{prefix}.{key}" if prefix else key, item)
        elif isinstance(value, int) and WORK_COUNTER.search(prefix):
            found[prefix] = value

    walk("", sandbox.sandbox.state.stats())
    return found


@asynccontextmanager
async def session(sandbox: SandboxServer, timeout_s: float | None = None) -> AsyncIterator[Client]:
    """An MCP session with a server built from real settings (admin), optionally with a short timeout."""
    settings = load_settings(env=sandbox_env(sandbox))
    if timeout_s is not None:
        # There is no flag or variable for the timeout; Settings.timeout_s is what build() uses.
        settings = replace(settings, timeout_s=timeout_s)
    async with serve(settings) as client:
        yield client


def problems_of(outcomes: list[Outcome]) -> list[str]:
    """Calls whose answer is malformed or an unclear error."""
    found = []
    for outcome in outcomes:
        for result in outcome.results():
            problem = result_problem(result)
            if problem is None and result.is_error and UNCLEAR.search(text_of(result)):
                problem = f"unclear error: {text_of(result)[:300]}"
            if problem:
                found.append(f"{outcome.call.label}: {problem}")
    return found


def repeated_plain_creates(sandbox: SandboxServer) -> list[dict[str, Any]]:
    """Identical write requests that reached the sandbox more than once although a retry must never repeat
    them: POSTs without an Idempotency-Key (POST reads are not writes). Whether the sandbox applied the
    repeat or refused it (a duplicate name, say), it was sent twice."""
    return [
        write
        for write in sandbox.sandbox.traffic.repeated_writes()
        if write["method"] == "POST" and not write["idempotencyKey"]
    ]


async def survives(client: Client, workload: Workload, sandbox: SandboxServer) -> None:
    """With the faults off, the same session still lists tools and serves a read that worked before."""
    sandbox.sandbox.faults.reconfigure(FaultConfig())
    listed = await client.list_tools()
    assert {tool.name for tool in listed.tools} == {tool.name for tool in all_tools()}
    read = next(call for call in workload.reads() if call.baseline_ok)
    result = await client.call_tool(read.tool.name, read.args)
    assert not result.is_error, text_of(result)


def read_success_rate(outcomes: list[Outcome], baseline: dict[str, Outcome]) -> tuple[float, list[str]]:
    """Among reads that succeeded without faults: the share that still succeeded, and the failures."""
    reads = [
        o
        for o in outcomes
        if o.call.tool.effect is Effect.READ and not baseline[o.call.label].result.is_error
    ]
    failed = [f"{o.call.label}: {text_of(o.result)[:200]}" for o in reads if o.result.is_error]
    return (1 - len(failed) / len(reads) if reads else 1.0), failed


# -- scenarios ---------------------------------------------------------------------------------------------

# (faults, the words a read failed by them must use, least share of the fault-free reads that must succeed).
# Rates are such that one request failing all 4 attempts stays rare (0.2 ** 4 = 0.16 %).
SCENARIOS: dict[str, tuple[FaultConfig, str, float]] = {
    "429-storm": (FaultConfig(rate_429=0.2, retry_after_s=0, seed=1), "Rate limited", 0.9),
    "5xx-burst": (FaultConfig(rate_5xx=0.2, seed=2), "unavailable", 0.9),
    "dropped-connections": (FaultConfig(rate_drop=0.2, seed=3), "Could not reach", 0.9),
    "lost-responses": (FaultConfig(rate_lost=0.2, seed=4), "unavailable", 0.9),
    "malformed-json": (FaultConfig(rate_corrupt=0.3, seed=5), "could not be read", 0.0),
    # Not every response: a CSM tool polls a bulk task until its status is one it knows (for a minute).
    "unknown-enum-values": (FaultConfig(rate_unknown_enum=0.5, seed=6), "", 1.0),
    "everything-at-once": (
        FaultConfig(rate_429=0.05, retry_after_s=0, rate_5xx=0.05, rate_drop=0.05, rate_lost=0.05, seed=7),
        "",
        0.9,
    ),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
async def test_every_action_succeeds_or_fails_clearly_under_faults(
    sandbox: SandboxServer, workload: Workload, baseline: dict[str, Outcome], scenario: str
) -> None:
    faults, words, least_read_success = SCENARIOS[scenario]
    async with session(sandbox) as client:
        before = dict(sandbox.sandbox.faults.counts)
        sandbox.sandbox.faults.reconfigure(faults)
        try:
            outcomes = await run(client, workload.calls)
            injected = dict(sandbox.sandbox.faults.counts)
        finally:
            sandbox.sandbox.faults.reconfigure(FaultConfig())
        await survives(client, workload, sandbox)
    assert injected != before, "no fault was injected"
    assert not problems_of(outcomes), "\n".join(problems_of(outcomes))
    rate, failed = read_success_rate(outcomes, baseline)
    assert rate >= least_read_success, f"{rate:.0%} of reads succeeded under {scenario}:\n" + "\n".join(
        failed
    )
    if words:
        unexplained = [line for line in failed if words not in line and "Not found" not in line]
        assert not unexplained, f"reads failed without saying why ({words!r}):\n" + "\n".join(unexplained)
    assert sandbox.sandbox.traffic.server_errors == 0


async def test_no_write_is_applied_twice_when_its_answer_is_lost(
    sandbox: SandboxServer, workload: Workload
) -> None:
    """Each write and delete (confirmed), alone on fresh seed data, twice: without faults, then with the
    answer to every write request lost after the sandbox applied it (a 504, as from a gateway timing out).
    Retries may repeat only what cannot apply work twice."""
    lost = FaultConfig(rate_lost=1.0, only_writes=True)
    problems: list[str] = []
    applied = answers_lost = 0
    async with session(sandbox) as client:
        for call in [call for call in workload.calls if call.tool.effect is not Effect.READ]:
            sandbox.sandbox.reset()
            await run(client, [call])
            expected = work_counters(sandbox)
            sandbox.sandbox.reset()
            before = sandbox.sandbox.faults.counts["lost"]
            sandbox.sandbox.faults.reconfigure(lost)
            try:
                outcomes = await run(client, [call])
            finally:
                sandbox.sandbox.faults.reconfigure(FaultConfig())
            answers_lost += sandbox.sandbox.faults.counts["lost"] - before
            applied += sandbox.sandbox.traffic.as_json()["writesApplied"]
            more = {
                key: (value, expected.get(key, 0))
                for key, value in work_counters(sandbox).items()
                if value > expected.get(key, 0)
            }
            problems += [f"{call.label}: work counters (now, without faults) {more}"] if more else []
            problems += [f"{call.label}: sent twice {twice}" for twice in repeated_plain_creates(sandbox)]
            problems += problems_of(outcomes)
        await survives(client, workload, sandbox)
    sandbox.sandbox.reset()
    assert not problems, "\n".join(problems)
    assert applied and answers_lost, "no write was applied and its answer lost: the check saw nothing"


async def test_retry_after_is_honoured(sandbox: SandboxServer, workload: Workload) -> None:
    """A 429 with Retry-After: 1 makes the server wait a second, then the read succeeds."""
    read = next(call for call in workload.reads() if call.baseline_ok)
    faults = sandbox.sandbox.faults
    async with session(sandbox) as client:
        before = faults.counts["429"]
        faults.reconfigure(FaultConfig(rate_429=1.0, retry_after_s=1))
        try:
            async with anyio.create_task_group() as group:

                async def heal_after_first_429() -> None:
                    while faults.counts["429"] == before:
                        await anyio.sleep(0.01)
                    faults.reconfigure(FaultConfig())

                group.start_soon(heal_after_first_429)
                started = time.monotonic()
                result = await client.call_tool(read.tool.name, read.args)
                elapsed = time.monotonic() - started
        finally:
            faults.reconfigure(FaultConfig())
    assert not result.is_error, text_of(result)
    assert 1.0 <= elapsed < 5.0, elapsed


async def test_a_persistent_429_storm_ends_in_a_clear_error_within_the_deadline(
    sandbox: SandboxServer, workload: Workload
) -> None:
    reads = [call for call in workload.reads() if call.baseline_ok]
    async with session(sandbox) as client:
        sandbox.sandbox.faults.reconfigure(FaultConfig(rate_429=1.0, retry_after_s=0))
        try:
            outcomes = await run(client, reads)
        finally:
            sandbox.sandbox.faults.reconfigure(FaultConfig())
        await survives(client, Workload(reads), sandbox)
    assert not problems_of(outcomes)
    for outcome in outcomes:
        assert "Rate limited" in text_of(outcome.result), outcome.call.label
        assert outcome.seconds < 10, outcome.call.label


async def test_responses_slower_than_the_timeout_fail_clearly(
    sandbox: SandboxServer, workload: Workload
) -> None:
    """With a 0.5 s server timeout and 1.5 s of latency, every call that reaches Atlassian times out."""
    latency_s, timeout_s = 1.5, 0.5
    async with session(sandbox, timeout_s=timeout_s) as client:
        sandbox.sandbox.faults.reconfigure(FaultConfig(latency_ms=latency_s * 1000))
        try:
            outcomes = await run(client, workload.calls, concurrency=len(workload.calls))
        finally:
            sandbox.sandbox.faults.reconfigure(FaultConfig())
        await anyio.sleep(latency_s)  # the sandbox still handles the abandoned requests; let them finish
        await survives(client, workload, sandbox)
    assert not problems_of(outcomes)
    for outcome in outcomes:
        if outcome.call.baseline_ok and outcome.call.tool.effect is Effect.READ:
            assert "in time" in text_of(outcome.result), outcome.call.label
        # Each request gives up after the timeout (timeouts are not retried: the work may be under way).
        assert outcome.seconds < latency_s * 4, (outcome.call.label, outcome.seconds)
    # A create that timed out may still be applied: the answer must say so rather than "retry".
    writes = [text_of(o.result) for o in outcomes if o.call.tool.effect is Effect.WRITE]
    assert any("may have been applied" in text for text in writes), writes
