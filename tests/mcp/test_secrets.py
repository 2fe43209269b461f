"""Secret hygiene: every tool and action, with known and distinctive credentials, succeeding and failing
(wrong token: 401; a customer: 403; faults: 429, 5xx, dropped connections, unreadable bodies), and nowhere
(logs of every logger at DEBUG, httpx and httpcore included; results, text and structured; errors;
printed output; object reprs) does the token, the `email:token` pair or its base64 form appear.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import anyio
import hypothesis
import pytest
from hypothesis import strategies as st
from mcp import Client
from mcp_support import sandbox_env
from reliability_support import Outcome, Workload, minimal_arguments, run, serve, text_of, workload_for

from atlassian_people_sandbox import FaultConfig, SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_OAUTH_TOKEN, CUSTOMER_EMAIL
from mcp_server.config import ConfigError, load_settings
from mcp_server.errors import redact, redact_data
from mcp_server.registry import Effect
from mcp_server.runtime import build
from mcp_server.tools import all_tools

# Distinctive values: any occurrence anywhere is a leak, not a coincidence.
API_TOKEN = "ATATT3xFfGF0-rel1ab1l1ty-admin-Zq9Vw2Kp7Lm4Nr8Ts1Ux6Yb3"
WRONG_TOKEN = "ATATT3xFfGF0-rel1ab1l1ty-wrong-Hd5Jf8Gk2Ls9Qw4Er7Ty1"
CUSTOMER_TOKEN = "ATATT3xFfGF0-rel1ab1l1ty-customer-Mn3Bv6Cx9Zl2Kj5Hg8"
OAUTH_TOKEN = "eyJrel1ab1l1ty.oauth-access-token.Pq7Rs2Tu5Vw8Xy1Za4"
WRONG_OAUTH_TOKEN = "eyJrel1ab1l1ty.wrong-access-token.Bc3De6Fg9Hi2Jk5Lm8"
HTTP_TOKEN = "mcp-client-rel1ab1l1ty-Wq4Er7Ty0Ui3Op6"

FAULTS = FaultConfig(rate_429=0.1, retry_after_s=0, rate_5xx=0.1, rate_drop=0.1, rate_corrupt=0.1, seed=11)


def forms(secret: str, email: str | None = None) -> dict[str, str]:
    """The ways a secret could show: itself, URL-encoded, and as basic auth (pair and base64 of it)."""
    found = {"token": secret, "url-encoded token": quote(secret, safe="")}
    if email:
        pair = f"{email}:{secret}"
        found |= {"email:token": pair, "base64(email:token)": base64.b64encode(pair.encode()).decode()}
    return found


@dataclass(frozen=True)
class Setup:
    env: dict[str, str]  # over sandbox_env(): credentials and friends
    secrets: dict[str, str]  # what must never show, by description
    faults: FaultConfig | None = None


SETUPS: dict[str, Setup] = {
    "api-token": Setup(
        {"ATLASSIAN_API_TOKEN": API_TOKEN, "MCP_HTTP_TOKEN": HTTP_TOKEN},
        forms(API_TOKEN, ADMIN_EMAIL) | forms(HTTP_TOKEN),
    ),
    "api-token-with-faults": Setup({"ATLASSIAN_API_TOKEN": API_TOKEN}, forms(API_TOKEN, ADMIN_EMAIL), FAULTS),
    "wrong-api-token-401": Setup({"ATLASSIAN_API_TOKEN": WRONG_TOKEN}, forms(WRONG_TOKEN, ADMIN_EMAIL)),
    "customer-403": Setup(
        {"ATLASSIAN_EMAIL": CUSTOMER_EMAIL, "ATLASSIAN_API_TOKEN": CUSTOMER_TOKEN},
        forms(CUSTOMER_TOKEN, CUSTOMER_EMAIL),
    ),
    "sandbox-oauth": Setup({"ATLASSIAN_OAUTH_TOKEN": ADMIN_OAUTH_TOKEN}, forms(ADMIN_OAUTH_TOKEN)),
    "oauth": Setup({"ATLASSIAN_OAUTH_TOKEN": OAUTH_TOKEN}, forms(OAUTH_TOKEN)),
    "oauth-with-faults": Setup({"ATLASSIAN_OAUTH_TOKEN": OAUTH_TOKEN}, forms(OAUTH_TOKEN), FAULTS),
    # As read from a file: a trailing newline (which, in a header, the HTTP library refuses and quotes).
    "oauth-with-newline": Setup({"ATLASSIAN_OAUTH_TOKEN": f"{OAUTH_TOKEN}\n"}, forms(OAUTH_TOKEN)),
}


def settings_env(sandbox: SandboxServer, setup: Setup) -> dict[str, str]:
    env = sandbox_env(sandbox) | setup.env
    if "ATLASSIAN_OAUTH_TOKEN" in env:  # the bearer alone, its grant discovered from the sandbox
        env = {k: v for k, v in env.items() if k not in ("ATLASSIAN_EMAIL", "ATLASSIAN_API_TOKEN")}
        env["ATLASSIAN_API_URL"] = sandbox.url
    return env


@pytest.fixture(scope="module")
def workload(mcp_sandbox: SandboxServer) -> Iterator[Workload]:
    """Every action once; the distinctive credentials are known to the sandbox meanwhile."""
    credentials = mcp_sandbox.sandbox.credentials
    principals = mcp_sandbox.sandbox.principals
    credentials.add_api_token(principals["admin"], API_TOKEN)
    credentials.add_api_token(principals["customer"], CUSTOMER_TOKEN)
    credentials.add_bearer(OAUTH_TOKEN, credentials.bearer[ADMIN_OAUTH_TOKEN])
    yield workload_for(mcp_sandbox)
    del credentials.basic[(ADMIN_EMAIL, API_TOKEN)], credentials.basic[(CUSTOMER_EMAIL, CUSTOMER_TOKEN)]
    del credentials.bearer[OAUTH_TOKEN]


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """caplog at DEBUG for every logger, also those that do not propagate to the root (uvicorn's)."""
    caplog.set_level(logging.DEBUG)
    names = [
        "httpx",
        "httpcore",
        "mcp",
        "atlassian_people_mcp",
        "atlassian_people_sandbox",
        "uvicorn",
        "uvicorn.error",
    ]
    loggers = [logging.getLogger(name) for name in names]
    loggers += [
        logger
        for logger in logging.root.manager.loggerDict.values()
        if isinstance(logger, logging.Logger) and logger not in loggers
    ]
    saved = [(logger, logger.level, logger.disabled) for logger in loggers]
    attached = []
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
        if not logger.propagate:
            logger.addHandler(caplog.handler)
            attached.append(logger)
    yield caplog
    for logger in attached:
        logger.removeHandler(caplog.handler)
    for logger, level, disabled in saved:
        logger.setLevel(level)
        logger.disabled = disabled


def leaks(secrets: dict[str, str], places: dict[str, str]) -> list[str]:
    return [
        f"{what} found in {where}: …{text[max(0, text.index(value) - 60) : text.index(value)]}…"
        for where, text in places.items()
        for what, value in secrets.items()
        if value in text
    ]


def logged(caplog: pytest.LogCaptureFixture) -> str:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(formatter.format(record) for record in caplog.records)


def answered(outcomes: list[Outcome]) -> str:
    return "\n".join(
        text_of(result) + "\n" + result.model_dump_json()
        for outcome in outcomes
        for result in outcome.results()
    )


@pytest.mark.parametrize("name", list(SETUPS))
def test_no_secret_in_logs_results_or_errors(
    sandbox: SandboxServer,
    workload: Workload,
    all_logs: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    name: str,
) -> None:
    setup = SETUPS[name]
    settings = load_settings(env=settings_env(sandbox, setup))

    async def exercise() -> list[Outcome]:
        async with serve(settings) as client:
            if setup.faults:
                sandbox.sandbox.faults.reconfigure(setup.faults)
            try:
                return await run(client, workload.calls)
            finally:
                sandbox.sandbox.faults.reconfigure(FaultConfig())

    outcomes = anyio.run(exercise)
    runtime = build(settings)
    try:
        reprs = "\n".join(repr(thing) for thing in (runtime, runtime.settings, vars(runtime.server.apis)))
    finally:
        runtime.close()
    printed = capfd.readouterr()
    places = {
        "results": answered(outcomes),
        "logs": logged(all_logs),
        "printed output": printed.out + printed.err,
        "object reprs": reprs,
    }
    assert not leaks(setup.secrets, places), "\n".join(leaks(setup.secrets, places))
    failures = sum(result.is_error for outcome in outcomes for result in outcome.results())
    assert all_logs.records and failures  # the checks saw logs and failing calls
    if name == "wrong-api-token-401":
        # Nothing worked: "successes" are only reports of per-item failures.
        assert all("rejected the credentials" in text_of(o.result) for o in outcomes if not o.result.is_error)
        assert any("rejected the credentials" in text_of(o.result) for o in outcomes)
    if name == "customer-403":
        assert any("Forbidden" in text_of(o.result) for o in outcomes)
    if name in ("api-token", "oauth", "sandbox-oauth", "oauth-with-newline"):
        assert sum(not o.result.is_error for o in outcomes) >= len(outcomes) // 4  # the success paths ran


@pytest.mark.parametrize(
    ("env", "secrets"),
    [
        ({"ATLASSIAN_OAUTH_TOKEN": WRONG_OAUTH_TOKEN}, forms(WRONG_OAUTH_TOKEN)),
        (
            {"ATLASSIAN_OAUTH_TOKEN": WRONG_OAUTH_TOKEN, "ATLASSIAN_API_URL": "http://127.0.0.1:9"},
            forms(WRONG_OAUTH_TOKEN),
        ),
        ({"ATLASSIAN_EMAIL": "", "ATLASSIAN_API_TOKEN": API_TOKEN}, forms(API_TOKEN)),
        (
            {"ATLASSIAN_OAUTH_TOKEN": OAUTH_TOKEN, "ATLASSIAN_API_TOKEN": API_TOKEN},
            forms(API_TOKEN) | forms(OAUTH_TOKEN),
        ),
        ({"ATLASSIAN_OAUTH_TOKEN": f"{OAUTH_TOKEN}\r\n{WRONG_OAUTH_TOKEN}"}, forms(OAUTH_TOKEN)),
        ({"ATLASSIAN_OAUTH_TOKEN": f"{OAUTH_TOKEN} {WRONG_OAUTH_TOKEN}"}, forms(WRONG_OAUTH_TOKEN)),
        ({"ATLASSIAN_OAUTH_TOKEN": f"{OAUTH_TOKEN}é"}, forms(OAUTH_TOKEN)),
    ],
    ids=[
        "oauth-rejected",
        "oauth-unreachable",
        "token-without-email",
        "both-kinds",
        "oauth-with-crlf",
        "oauth-with-space",
        "oauth-non-ascii",
    ],
)
def test_no_secret_in_configuration_errors(
    sandbox: SandboxServer, all_logs: pytest.LogCaptureFixture, env: dict[str, str], secrets: dict[str, str]
) -> None:
    base = {"ATLASSIAN_API_URL": sandbox.url} | sandbox_env(
        sandbox, ATLASSIAN_EMAIL="", ATLASSIAN_API_TOKEN=""
    )
    with pytest.raises(ConfigError) as failure:
        build(load_settings(env=base | env))
    places = {"error": str(failure.value), "logs": logged(all_logs)}
    assert not leaks(secrets, places), "\n".join(leaks(secrets, places))


def test_sandbox_mode_never_sends_real_credentials(
    all_logs: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    """With real credentials set and --sandbox, the sandbox gets its own, and the real ones show nowhere."""
    settings = load_settings(
        env={"ATLASSIAN_EMAIL": ADMIN_EMAIL, "ATLASSIAN_API_TOKEN": API_TOKEN}, sandbox=True
    )
    runtime = build(settings)
    try:
        assert runtime.server.apis.credential.api_token != API_TOKEN
        reprs = repr(runtime.settings) + repr(vars(runtime.server.apis))

        async def one_call() -> str:
            async with Client(runtime.server) as client:
                result = await client.call_tool(read.name, minimal_arguments(read, read.actions[0]))
                return json.dumps(result.model_dump(mode="json"))

        read = next(tool for tool in all_tools() if tool.effect is Effect.READ)
        answer = anyio.run(one_call)
    finally:
        runtime.close()
    printed = capfd.readouterr()
    places = {"result": answer, "logs": logged(all_logs), "output": printed.out + printed.err, "reprs": reprs}
    assert not leaks(forms(API_TOKEN, ADMIN_EMAIL), places), "\n".join(
        leaks(forms(API_TOKEN, ADMIN_EMAIL), places)
    )


def walked(data: Any, secrets: tuple[str, ...]) -> Any:
    """What redact_data must give: every string redacted, None values left out of objects."""
    if isinstance(data, str):
        return redact(data, secrets)
    if isinstance(data, list):
        return [walked(item, secrets) for item in data]
    if isinstance(data, dict):
        return {key: walked(value, secrets) for key, value in data.items() if value is not None}
    return data


JSON_DATA = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='ab"\\\n é/', max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(alphabet="ab", max_size=2), inner),
    max_leaves=12,
)


@hypothesis.settings(max_examples=400, deadline=None)
@hypothesis.given(JSON_DATA, st.lists(st.text(alphabet='ab"\\\n é/', min_size=0, max_size=3), max_size=2))
def test_result_data_is_redacted_as_a_walk_over_every_value_would(data: Any, secrets: list[str]) -> None:
    # redact_data skips the walk when the JSON text holds no secret and no null: same answer either way.
    assert redact_data(data, tuple(secrets)) == walked(data, tuple(secrets))


def test_a_secret_json_would_escape_is_still_found() -> None:
    secret = 'to"ken\\'
    assert redact_data({"a": [f"x{secret}y"]}, (secret,)) == {"a": ["x[redacted]y"]}
    clean = {"items": [{"name": "Ada"}]}
    assert redact_data(clean, ("token",)) is clean  # nothing to remove: not copied


def test_a_listings_top_level_nulls_are_left_out_without_walking_every_item() -> None:
    # A listing's absent next_cursor and total are top-level nulls; the items below are sent as they are
    # (not copied value by value, the cost of a walk over every string of a 25-record page).
    items = [{"name": "Ada", "tags": ["a"]}]
    result = redact_data({"items": items, "next_cursor": None, "total": None}, ("token",))
    assert result == {"items": [{"name": "Ada", "tags": ["a"]}]}
    assert result["items"] is items
