"""The first hour: real data or a loud refusal (never fake data by accident), and clean starts and stops.

Every test runs the real command line, as a client or an operator starts it.
"""

from __future__ import annotations

import re
import socket
import sys

import anyio
import httpx
import pytest
from cli_support import clean_env, one_line_error, run_cli, serve_http
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client

from mcp_server import __version__
from mcp_server.env_names import ATLASSIAN_VARIABLES, MCP_VARIABLES

SITE = {"ATLASSIAN_SITE_URL": "https://acme.atlassian.net"}
TOKEN = "http-client-token-" + "q" * 20


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# -- never fake data by accident -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            SITE | {"ATLASSIAN_OAUTH_ACCESS_TOKEN": "s3cr3t"},
            "ATLASSIAN_OAUTH_ACCESS_TOKEN is not read by this server; use ATLASSIAN_OAUTH_TOKEN",
        ),
        (SITE | {"JIRA_USERNAME": "me@acme.com", "JIRA_API_TOKEN": "s3cr3t"}, "use ATLASSIAN_EMAIL"),
        (
            SITE | {"JIRA_USERNAME": "me@acme.com", "JIRA_API_TOKEN": "s3cr3t"},
            "JIRA_API_TOKEN is not read by this server; use ATLASSIAN_API_TOKEN",
        ),
        ({"JIRA_URL": "https://acme.atlassian.net", "JIRA_API_TOKEN": "s3cr3t"}, "use ATLASSIAN_SITE_URL"),
        ({"ATLASSIAN_EMAIL": "me@acme.com", "JIRA_API_TOKEN": "s3cr3t"}, "ATLASSIAN_API_TOKEN is not set"),
        (SITE, "ATLASSIAN_SITE_URL is set but no credentials"),
        (
            {"ATLASSIAN_SITE_URL": "https://acme.atlassian.net", "ATLASSIAN_APITOKEN": "t"},
            "use ATLASSIAN_API_TOKEN",
        ),
    ],
    ids=[
        "oauth-access-token",
        "jira-username",
        "jira-api-token",
        "only-borrowed",
        "half-basic",
        "no-credentials",
        "typo",
    ],
)
def test_partial_or_misspelled_configuration_is_refused_not_served_as_sandbox(
    env: dict[str, str], expected: str
) -> None:
    line = one_line_error(run_cli([], env=env))
    assert line.startswith("atlassian-people-mcp: configuration error: ") and expected in line
    assert "s3cr3t" not in line  # no value echoed


@pytest.mark.parametrize(
    ("variable", "intended"),
    [
        ("MCP_READONLY", "MCP_READ_ONLY"),
        ("MCP_TOOLSET", "MCP_TOOLSETS"),
        ("MCP_EXCLUDE_TOOL", "MCP_EXCLUDE_TOOLS"),
        ("READ_ONLY_MODE", "MCP_READ_ONLY"),  # mcp-atlassian's name
        ("ENABLED_TOOLS", "MCP_TOOLS"),  # mcp-atlassian's name
    ],
)
def test_a_misspelled_or_borrowed_safety_setting_is_refused_not_ignored(variable: str, intended: str) -> None:
    """Ignoring MCP_READONLY=true would serve every write and delete tool to someone who asked for none."""
    line = one_line_error(run_cli([], env={variable: "true"}))
    assert f"{variable} is not read by this server; use {intended}" in line


@pytest.mark.parametrize(
    ("env", "variable", "intended"),
    [
        ({"ATLASSAIN_API_TOKEN": "s3cr3t"}, "ATLASSAIN_API_TOKEN", "ATLASSIAN_API_TOKEN"),  # else: sandbox
        (
            SITE | {"ATLASIAN_EMAIL": "me@acme.com", "ATLASSIAN_API_TOKEN": "s3cr3t"},
            "ATLASIAN_EMAIL",
            "ATLASSIAN_EMAIL",
        ),
        (SITE | {"ALTASSIAN_OAUTH_TOKEN": "s3cr3t"}, "ALTASSIAN_OAUTH_TOKEN", "ATLASSIAN_OAUTH_TOKEN"),
    ],
    ids=["transposed-alone", "dropped-letter", "swapped-letters"],
)
def test_a_misspelled_atlassian_prefix_is_named_with_the_intended_variable(
    env: dict[str, str], variable: str, intended: str
) -> None:
    line = one_line_error(run_cli([], env=env))
    assert f"{variable} is not read by this server; use {intended}" in line
    assert "s3cr3t" not in line


def test_another_products_atlas_variables_are_left_alone() -> None:
    """MongoDB Atlas's ATLAS_* variables are not a misspelling of ours."""
    result = run_cli([], env={"ATLAS_API_KEY": "k", "ATLAS_PUBLIC_KEY": "p"})
    assert result.returncode == 0 and "configuration error" not in result.stderr, result.stderr


def test_sandbox_explicitly_off_with_nothing_configured_is_refused() -> None:
    line = one_line_error(run_cli([], env={"MCP_SANDBOX": "false"}))
    assert "MCP_SANDBOX is false but no ATLASSIAN_* setting is present" in line


def test_other_programs_mcp_variables_are_left_alone() -> None:
    """Clients pass their own MCP_* settings (Claude Code's MCP_TIMEOUT): not ours, and not near ours."""
    result = run_cli([], env={"MCP_TIMEOUT": "30000", "MCP_TOOL_TIMEOUT": "60000"})
    assert result.returncode == 0 and "configuration error" not in result.stderr, result.stderr


# -- where credentials go --------------------------------------------------------------------------------

CLOUD = {
    "ATLASSIAN_CLOUD_ID": "a436116f-02ce-4520-8fbb-7301462a1674",  # no discovery request at start
    "ATLASSIAN_EMAIL": "me@acme.com",
    "ATLASSIAN_API_TOKEN": "s3cr3t",
}


def test_allow_any_url_names_every_host_outside_atlassian_that_gets_the_credentials() -> None:
    env = CLOUD | {
        "ATLASSIAN_CSM_URL": "https://csm-proxy.corp.example/jsm/csm",
        "ATLASSIAN_JIRA_URL": "https://jira-proxy.corp.example",
        "ATLASSIAN_JSM_OPS_URL": "http://127.0.0.1:9/jsm/ops",  # loopback: not a foreign host
        "ATLASSIAN_SITE_URL": "https://acme.atlassian.net",
    }
    result = run_cli(["--allow-any-url"], env=env)
    assert result.returncode == 0, result.stderr
    [warning] = [line for line in result.stderr.splitlines() if "--allow-any-url" in line]
    assert warning.startswith("WARNING ")
    assert "credentials will be sent to csm-proxy.corp.example, jira-proxy.corp.example," in warning
    assert "atlassian.net," not in warning and "127.0.0.1" not in warning and "s3cr3t" not in warning


def test_allow_any_url_with_only_atlassian_hosts_warns_of_nothing() -> None:
    result = run_cli(["--allow-any-url"], env=CLOUD | {"ATLASSIAN_SITE_URL": "https://acme.atlassian.net"})
    assert result.returncode == 0, result.stderr
    assert "credentials will be sent" not in result.stderr


async def _initialize(env: dict[str, str], args: list[str] | None = None) -> tuple[str, str, list[str]]:
    """(instructions, server title, tool descriptions) as a stdio client sees them."""
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "mcp_server", *(args or [])], env=clean_env(env)
    )
    with anyio.fail_after(60):
        async with Client(stdio_client(params)) as client:
            tools = (await client.list_tools()).tools
            instructions, info = client.instructions or "", client.server_info
    return instructions, (info.title if info else None) or "", [tool.description or "" for tool in tools]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("env", "args"),
    [
        ({}, []),
        (SITE | {"ATLASSIAN_EMAIL": "me@acme.com", "ATLASSIAN_API_TOKEN": "real-token"}, ["--sandbox"]),
    ],
    ids=["nothing-configured", "asked-for"],
)
async def test_sandbox_mode_is_said_where_the_model_reads(env: dict[str, str], args: list[str]) -> None:
    instructions, title, descriptions = await _initialize(env, args)
    assert instructions.startswith("SANDBOX MODE")
    assert "SANDBOX" in title
    assert descriptions and all(d.startswith("[SANDBOX: fake data") for d in descriptions)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--tools", "contacts_write", "--read-only"],
            "the server is read-only (--read-only), and contacts_write",
        ),
        (["--tools", "contacts_read", "--exclude-tools", "contacts_read"], "contacts_read is both allowed"),
        (["--tools", "contact_read"], "contact_read (did you mean contacts_read?)"),
        (["--exclude-tools", "jira_group_delete"], "jira_group_delete (did you mean jira_groups_delete?)"),
        (["--toolsets", "contact"], "unknown toolset(s) contact (did you mean contacts?)"),
        (["--toolsets", "contacts", "--tools", "jira_groups_read"], "leave no tool to serve"),
    ],
)
def test_settings_that_leave_no_tool_are_refused_with_the_reason(args: list[str], expected: str) -> None:
    assert expected in one_line_error(run_cli(args))


def test_unknown_scopes_are_named_with_the_closest_known_one() -> None:
    result = run_cli(["--sandbox"], env={"ATLASSIAN_SCOPES": "read:group:jira read:grup:jira"})
    assert result.returncode == 0, result.stderr
    notices = [line for line in result.stderr.splitlines() if "ATLASSIAN_SCOPES names" in line]
    assert len(notices) == 1 and "'read:grup:jira'" in notices[0]
    assert "did you mean read:group:jira?" in notices[0]


# -- clean starts and stops ------------------------------------------------------------------------------


def test_a_port_in_use_is_one_line_and_exit_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = one_line_error(run_cli(["--transport", "http", "--port", str(port)]))
    assert f"port {port} on 127.0.0.1 is already in use" in line and "--port" in line


def test_port_0_prints_the_port_actually_bound() -> None:
    with serve_http(["--port", "0"]) as served:
        assert served.port != 0
        response = httpx.post(
            served.url,
            json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
            headers={"Accept": "application/json, text/event-stream"},
            timeout=10,
        )
    assert response.status_code == 200


def test_the_banner_has_a_ready_to_paste_client_command_without_the_token() -> None:
    with serve_http(["--port", "0"], {"MCP_HTTP_TOKEN": TOKEN}) as served:
        banner = served.banner
    command = (
        f'claude mcp add --transport http atlassian-people {served.url} --header "Authorization: Bearer '
    )
    assert command + '$MCP_HTTP_TOKEN"' in banner
    assert TOKEN not in banner
    assert "SANDBOX" in banner  # nothing configured: the banner says the data is fake


def test_version() -> None:
    result = run_cli(["--version"])
    assert result.returncode == 0 and result.stdout.strip() == f"atlassian-people-mcp {__version__}"


def test_help_names_the_variable_of_each_flag_and_an_example_per_transport() -> None:
    result = run_cli(["--help"])
    assert result.returncode == 0
    text = result.stdout
    for flag, variable in [
        ("--transport", "MCP_TRANSPORT"),
        ("--host", "MCP_HOST"),
        ("--port", "MCP_PORT"),
        ("--allowed-hosts", "MCP_ALLOWED_HOSTS"),
        ("--tls-cert", "MCP_TLS_CERT"),
        ("--tls-key", "MCP_TLS_KEY"),
        ("--sandbox", "MCP_SANDBOX"),
        ("--read-only", "MCP_READ_ONLY"),
        ("--toolsets", "MCP_TOOLSETS"),
        ("--tools", "MCP_TOOLS"),
        ("--exclude-tools", "MCP_EXCLUDE_TOOLS"),
        ("--allow-any-url", "MCP_ALLOW_ANY_URL"),
        ("--log-level", "MCP_LOG_LEVEL"),
    ]:
        entry = re.search(rf"^  {flag}\b.*(\n {{20,}}.*)*", text, re.MULTILINE)
        assert entry and f"[{variable}]" in entry.group(0), flag
    assert "--env-file PATH" in text and "no .env is read unless named here" in text
    unnamed = [name for name in (*ATLASSIAN_VARIABLES, *MCP_VARIABLES) if name not in text]
    assert not unnamed, f"--help does not name {unnamed}"
    assert "stdio (what desktop clients launch)" in text and "--transport http" in text


def test_log_level_is_a_flag_and_a_variable() -> None:
    assert run_cli(["--sandbox", "--log-level", "error"]).returncode == 0
    quiet = run_cli(["--sandbox"], env={"MCP_LOG_LEVEL": "error"})
    assert quiet.returncode == 0 and "SANDBOX MODE" not in quiet.stderr  # the warning is below "error"
    assert "SANDBOX MODE" in run_cli(["--sandbox"]).stderr
    assert "MCP_LOG_LEVEL must be one of" in one_line_error(run_cli([], env={"MCP_LOG_LEVEL": "loud"}))
