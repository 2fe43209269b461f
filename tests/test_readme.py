"""The README stays true: its commands run, its client examples survive bad credentials, its configs parse.

Every line of a `sh` block is accounted for below: run here, run by a named step of .ci/run, or (needing
something this machine does not have) said why not. A new README command fails this test until it is added.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters, stdio_client

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import (
    ADMIN_EMAIL,
    ADMIN_OAUTH_TOKEN,
    ADMIN_TOKEN,
    CUSTOMER_EMAIL,
    CUSTOMER_TOKEN,
)

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_STEPS = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
# Settings that would leave the sandbox or point the server elsewhere: these commands must serve the sandbox.
CLEAN_ENV = {k: v for k, v in os.environ.items() if not k.startswith(("ATLASSIAN_", "MCP_", "JIRA_"))}

RUN_HERE = "run by tests/test_readme.py"
COMMANDS = {
    "make run": RUN_HERE,
    "make test": "ci: make test",
    "make wheel": "ci: make check-wheel (its first step is make wheel)",
    "pipx install dist/atlassian_people_mcp-0.1.0-py3-none-any.whl": "ci: make check-wheel (pipx installs)",
    'pipx install "git+https://<git host>/<owner>/atlassian-people-mcp.git"': (
        "not run: needs the repository's git host; make check-wheel runs the same pipx install from the wheel"
    ),
    ".venv/bin/atlassian-people-mcp": RUN_HERE,
    ".venv/bin/atlassian-people-mcp --transport http": RUN_HERE,
    ".venv/bin/python -m mcp_server --sandbox --read-only": RUN_HERE,
    ".venv/bin/python -m atlassian_people_sandbox --port 8080 --seed-size 100": RUN_HERE,
    "ATLASSIAN_SITE_URL=http://127.0.0.1:8080 ATLASSIAN_API_URL=http://127.0.0.1:8080 "
    "ATLASSIAN_EMAIL=admin@example.com ATLASSIAN_API_TOKEN=sandbox-admin-token "
    ".venv/bin/python examples/list_everything.py": "run by tests/sdk/test_examples.py with these variables",
    "claude mcp add atlassian-people -e ATLASSIAN_SITE_URL=https://your-site.atlassian.net "
    '-e ATLASSIAN_EMAIL=you@example.com -e ATLASSIAN_API_TOKEN="<api token>" '
    "-- /home/you/.local/bin/atlassian-people-mcp": "not run: needs Claude Code; -e names checked below",
    "export MCP_HTTP_TOKEN=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')": (
        "not run: sets a variable; tests/security/test_http_exposure.py serves with such a token"
    ),
    ".venv/bin/atlassian-people-mcp --transport http --host 0.0.0.0 --port 8443 --allowed-hosts "
    "mcp.example.com --tls-cert /etc/ssl/mcp.pem --tls-key /etc/ssl/mcp-key.pem": (
        "not run: binds every interface; tests/security/test_http_exposure.py covers TLS and allowed hosts"
    ),
    "claude mcp add --transport http atlassian-people http://127.0.0.1:8000/mcp "
    '--header "Authorization: Bearer <MCP_HTTP_TOKEN>"': "not run: needs Claude Code",
    **dict.fromkeys(
        (
            "export MCP_MODE=team",
            "export MCP_PUBLIC_URL=https://mcp.example.com",
            "export ATLASSIAN_SITE_URL=https://your-site.atlassian.net",
            "export ATLASSIAN_OAUTH_CLIENT_ID=… ATLASSIAN_OAUTH_CLIENT_SECRET=…",
            "export MCP_TEAM_KEYS=$(atlassian-people-mcp team new-key k1)",
            "export MCP_TEAM_STORE=sqlite:////var/lib/atlassian-people/team.db",
            "atlassian-people-mcp --host 127.0.0.1 --port 8000",
        ),
        "not run: needs a registered Atlassian app; tests/team/test_team_cli.py starts a team server process "
        "with such settings (against the sandbox) and runs `team new-key`",
    ),
}


def blocks(language: str, section: str = "") -> list[str]:
    text = README if not section else README.split(section, 1)[1].split("\n## ", 1)[0]
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def readme_commands() -> list[str]:
    """Each command of the sh blocks, comments dropped, continuation lines joined, spaces collapsed."""
    joined = [block.replace("\\\n", " ") for block in blocks("sh")]
    lines = [line.split("  #", 1)[0].strip() for block in joined for line in block.splitlines()]
    return [" ".join(line.split()) for line in lines if line]


def test_every_readme_command_is_accounted_for() -> None:
    commands = readme_commands()
    assert len(commands) >= 10  # the extraction itself works
    unaccounted = [command for command in commands if command not in COMMANDS]
    assert unaccounted == [], "add each to COMMANDS in tests/test_readme.py: run it here or name the CI step"
    assert [command for command in COMMANDS if command not in commands] == [], "stale entries in COMMANDS"
    for command, evidence in COMMANDS.items():
        if evidence.startswith("ci: "):
            step = evidence.removeprefix("ci: ").split(" (", 1)[0]
            assert step in CI_STEPS, f"{command}: .ci/run has no step {step!r}"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^check-wheel: .*\bwheel\b", makefile, re.MULTILINE), (
        "make check-wheel must build via wheel"
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def wait_for_mcp_over_http(process: subprocess.Popen[str], port: int) -> dict[str, object]:
    """The initialize answer of the streamable HTTP server this process starts, within 90 s."""
    request = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-06-18",
            "capabilities": {},
            "clientInfo": {"name": "t", "version": "1"},
        },
    }
    headers = {"Accept": "application/json, text/event-stream"}
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert process.poll() is None, (
            f"exited {process.returncode}: {process.stderr and process.stderr.read()}"
        )
        try:
            answer = httpx.post(f"http://127.0.0.1:{port}/mcp", json=request, headers=headers, timeout=5)
        except httpx.TransportError:
            time.sleep(0.3)
            continue
        assert answer.status_code == 200, answer.text
        body = answer.text
        payload = body.split("data:", 1)[1] if body.startswith(("event:", "data:")) else body
        result: dict[str, object] = json.loads(payload)["result"]
        return result
    raise AssertionError(f"nothing served on port {port} within 90 s")


@pytest.fixture
def started() -> Iterator[list[subprocess.Popen[str]]]:
    processes: list[subprocess.Popen[str]] = []
    yield processes
    for process in processes:  # each runs in its own session: stop make and the server it started
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def start(command: list[str], started: list[subprocess.Popen[str]], **env: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**CLEAN_ENV, **env},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    started.append(process)
    return process


def test_make_run_serves_mcp_over_http(started: list[subprocess.Popen[str]]) -> None:
    port = free_port()  # make run's default 8000 may be taken on a shared machine; MCP_PORT moves it
    result = wait_for_mcp_over_http(start(["make", "run"], started, MCP_PORT=str(port)), port)
    assert "atlassian" in json.dumps(result["serverInfo"]).lower()


def test_the_installed_command_serves_http(started: list[subprocess.Popen[str]]) -> None:
    port = free_port()
    command = [str(ROOT / ".venv/bin/atlassian-people-mcp"), "--transport", "http"]
    assert "serverInfo" in wait_for_mcp_over_http(start(command, started, MCP_PORT=str(port)), port)


def test_the_sandbox_command_serves_the_documented_paths(started: list[subprocess.Popen[str]]) -> None:
    port = free_port()  # the README's --port 8080, moved to a free port
    start(
        [
            str(ROOT / ".venv/bin/python"),
            "-m",
            "atlassian_people_sandbox",
            "--port",
            str(port),
            "--seed-size",
            "100",
        ],
        started,
    )
    url = f"http://127.0.0.1:{port}/jsm/ops/api/a436116f-02ce-4520-8fbb-7301462a1674/stakeholders/list"
    deadline = time.monotonic() + 60
    while True:
        try:
            answer = httpx.get(url, auth=(ADMIN_EMAIL, ADMIN_TOKEN), timeout=5)
            break
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the sandbox did not start"
            time.sleep(0.3)
    assert answer.status_code == 200, answer.text


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("command", "read_only"),
    [
        ([".venv/bin/atlassian-people-mcp"], False),
        ([".venv/bin/python", "-m", "mcp_server", "--sandbox", "--read-only"], True),
    ],
)
async def test_the_stdio_commands_serve_tools(command: list[str], read_only: bool) -> None:
    params = StdioServerParameters(command=str(ROOT / command[0]), args=command[1:], env=CLEAN_ENV, cwd=ROOT)
    async with Client(stdio_client(params)) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
    assert "contacts_read" in names
    assert ("contacts_write" in names) is not read_only


# -- the generated-client examples, against the sandbox ------------------------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


def run_example(code: str, sandbox: SandboxServer, **placeholders: str) -> str:
    """Run a README example with Atlassian's address replaced by the sandbox's; it must never crash."""
    code = code.replace("https://api.atlassian.com", sandbox.url)
    for placeholder, value in {"your-cloud-id": sandbox.cloud_id, **placeholders}.items():
        code = code.replace(placeholder, value)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return done.stdout


def examples() -> list[str]:
    found = blocks("python", "## Using a generated client")
    assert len(found) == 2
    return found


@pytest.mark.parametrize(
    ("email", "token", "expected"),
    [
        (ADMIN_EMAIL, ADMIN_TOKEN, r"^\S.* (ACTIVE|INVITED|INACTIVE)$"),
        (ADMIN_EMAIL, "not-the-token", r"^HTTP 401: .*authenticated"),
        (CUSTOMER_EMAIL, CUSTOMER_TOKEN, r"^HTTP 403: .*permission"),
    ],
)
def test_basic_auth_example_survives_bad_credentials(
    sandbox: SandboxServer, email: str, token: str, expected: str
) -> None:
    output = run_example(examples()[0], sandbox, **{"you@example.com": email, "<api token>": token})
    assert re.search(expected, output, re.MULTILINE), output


@pytest.mark.parametrize(
    ("token", "cloud_id", "expected"),
    [
        (ADMIN_OAUTH_TOKEN, None, r"^\[.*'.+'.*\]$"),
        ("expired-token", None, r"^refused: "),
        (ADMIN_OAUTH_TOKEN, "00000000-0000-4000-8000-000000000000", r"^HTTP 404 \(not in the spec"),
    ],
)
def test_oauth_example_shows_what_raise_on_unexpected_status_does(
    sandbox: SandboxServer, token: str, cloud_id: str | None, expected: str
) -> None:
    # The README's second example uses the cloud_id set in the first.
    code = 'cloud_id = "your-cloud-id"\n' + examples()[1]
    if cloud_id:
        code = code.replace('"your-cloud-id"', f'"{cloud_id}"')
    output = run_example(code, sandbox, **{"<access token>": token})
    assert re.search(expected, output, re.MULTILINE), output


# -- client configuration snippets ---------------------------------------------------------------------------

KNOWN_VARIABLES = {"ATLASSIAN_SITE_URL", "ATLASSIAN_EMAIL", "ATLASSIAN_API_TOKEN", "ATLASSIAN_OAUTH_TOKEN"}


def test_client_configurations_parse_and_name_the_command_and_known_settings() -> None:
    configs = [json.loads(block) for block in blocks("json")]
    assert len(configs) >= 3
    servers = [
        entry for config in configs for entry in (config.get("mcpServers") or config["servers"]).values()
    ]
    for server in servers:
        assert re.search(r"[/\\]atlassian-people-mcp(\.exe)?$", server["command"]), server
        assert set(server.get("env", {})) <= KNOWN_VARIABLES, server
    windows = [server["command"] for server in servers if server["command"].startswith("C:\\")]
    assert windows and all("/" not in command for command in windows)
    claude = next(command for command in COMMANDS if command.startswith("claude mcp add atlassian-people -e"))
    assert set(re.findall(r"-e (\w+)=", claude)) <= KNOWN_VARIABLES
