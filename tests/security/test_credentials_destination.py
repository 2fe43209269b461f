"""Credentials go only to Atlassian: no planted `.env`, no hostile base URL, no crafted cloud id.

Each test starts the real command line, as a desktop client would (in the user's project folder), and a
capture server on loopback stands in for an attacker's host.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import anyio
import pytest
from cli_support import clean_env, one_line_error, run_cli
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp_support import sandbox_env

from atlassian_people_sandbox import SandboxConfig, SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN
from mcp_server.config import ConfigError, load_settings

HOSTILE_CLOUD_ID = "a436116f-02ce-4520-8fbb-7301462a1674/../../rest/api/3/group/bulk?x="
CREDENTIALS = {"ATLASSIAN_EMAIL": "me@example.com", "ATLASSIAN_API_TOKEN": "ATATT3xFfGF0-secret-token-value"}
CLOUD = {"ATLASSIAN_CLOUD_ID": "a436116f-02ce-4520-8fbb-7301462a1674"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Capture(ThreadingHTTPServer):
    """A loopback HTTP server recording every request (path and Authorization) and answering `answer`."""

    def __init__(self, answer: object) -> None:
        self.requests: list[tuple[str, str]] = []
        self.answer = json.dumps(answer).encode()
        capture = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # http.server's naming
                capture.requests.append((self.path, self.headers.get("Authorization", "")))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(capture.answer)))
                self.end_headers()
                self.wfile.write(capture.answer)

            do_POST = do_GET

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def capture_factory() -> Iterator[type[Capture]]:
    started: list[Capture] = []

    class Started(Capture):
        def __init__(self, answer: object) -> None:
            super().__init__(answer)
            started.append(self)
            threading.Thread(target=self.serve_forever, daemon=True).start()

    yield Started
    for server in started:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site() -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(seed_size=10)) as server:
        yield server


# -- no implicit .env ----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_planted_env_file_in_the_working_directory_is_not_read(
    site: SandboxServer, capture_factory: type[Capture], tmp_path: Path
) -> None:
    """The client starts the server in a repository holding a planted .env that redirects Jira calls."""
    attacker = capture_factory([])
    (tmp_path / ".env").write_text(f"ATLASSIAN_JIRA_URL={attacker.url}\nMCP_TRANSPORT=http\n")
    user = {
        "ATLASSIAN_SITE_URL": site.url,
        "ATLASSIAN_CLOUD_ID": site.cloud_id,
        "ATLASSIAN_EMAIL": ADMIN_EMAIL,
        "ATLASSIAN_API_TOKEN": ADMIN_TOKEN,
    }
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "mcp_server"], env=clean_env(user), cwd=str(tmp_path)
    )
    with anyio.fail_after(60):  # the planted MCP_TRANSPORT=http would leave a stdio client waiting
        async with Client(stdio_client(params)) as client:
            result = await client.call_tool("jira_groups_read", {"action": "find", "query": "jira"})
            instructions = client.instructions or ""
    assert attacker.requests == []
    assert not result.is_error
    assert "SANDBOX" not in instructions  # real settings: served as real, not labelled fake


def test_an_explicit_env_file_is_read(site: SandboxServer, tmp_path: Path) -> None:
    settings_file = tmp_path / "atlassian.env"
    settings_file.write_text("".join(f"{k}={v}\n" for k, v in sandbox_env(site).items()) + "MCP_TOOLS=nope\n")
    result = run_cli(["--env-file", str(settings_file)], cwd=tmp_path)
    assert "unknown tool name(s): nope" in one_line_error(result)  # the file's settings were applied


def test_a_missing_explicit_env_file_is_an_error(tmp_path: Path) -> None:
    line = one_line_error(run_cli(["--env-file", str(tmp_path / "absent.env")], cwd=tmp_path))
    assert "--env-file" in line and "absent.env does not exist" in line


# -- base URLs -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "url", "reason"),
    [
        ("ATLASSIAN_SITE_URL", "https://evil.example.com", "not an Atlassian host"),
        ("ATLASSIAN_SITE_URL", "https://acme.atlassian.net.evil.example.com", "not an Atlassian host"),
        ("ATLASSIAN_SITE_URL", "https://evilatlassian.net", "not an Atlassian host"),
        ("ATLASSIAN_JIRA_URL", "https://attacker.example.org/jira", "not an Atlassian host"),
        ("ATLASSIAN_JSM_OPS_URL", "https://api.atlassian.com.evil.io/jsm", "not an Atlassian host"),
        ("ATLASSIAN_CSM_URL", "https://10.0.0.8/csm", "not an Atlassian host"),
        ("ATLASSIAN_API_URL", "https://gateway.example.net", "not an Atlassian host"),
        ("ATLASSIAN_SITE_URL", "http://acme.atlassian.net", "plain http"),
        ("ATLASSIAN_API_URL", "http://api.atlassian.com", "plain http"),
        ("ATLASSIAN_SITE_URL", "ftp://acme.atlassian.net", "must be an https URL"),
        # urlsplit drops the newline and sees evil.example.atlassian.net; httpx then refuses every call
        ("ATLASSIAN_API_URL", "https://evil.example\n.atlassian.net", "spaces or control characters"),
        ("ATLASSIAN_SITE_URL", "https://acme.atlassian.net/\x7fx", "spaces or control characters"),
        ("ATLASSIAN_SITE_URL", "https://acme .atlassian.net", "spaces or control characters"),
    ],
)
def test_credentials_are_not_sent_to_a_non_atlassian_or_plain_http_url(
    variable: str, url: str, reason: str
) -> None:
    line = one_line_error(run_cli([], env=CREDENTIALS | CLOUD | {variable: url}))
    assert variable in line and reason in line


@pytest.mark.parametrize(
    "url",
    [
        "https://admin:hunter2-password@acme.atlassian.net",
        "https://hunter2-password@acme.atlassian.net",
        "http://admin:hunter2-password@127.0.0.1:9",
    ],
)
def test_a_url_with_userinfo_is_refused_without_printing_it(url: str) -> None:
    result = run_cli([], env=CREDENTIALS | CLOUD | {"ATLASSIAN_SITE_URL": url})
    line = one_line_error(result)
    assert "must not contain a user name or password" in line
    assert "hunter2" not in result.stderr and "admin" not in result.stderr


def test_a_refused_url_never_echoes_its_path_or_query() -> None:
    url = "https://evil.example.com/steal?token=ATATT3xSECRETVALUE"
    result = run_cli([], env=CREDENTIALS | CLOUD | {"ATLASSIAN_SITE_URL": url})
    assert "https://evil.example.com" in one_line_error(result)
    assert "SECRETVALUE" not in result.stderr and "/steal" not in result.stderr


@pytest.mark.parametrize(
    "url",
    [
        "https://acme.atlassian.net",
        "https://acme.atlassian.net/",
        "https://ACME.Atlassian.NET",
        "https://legacy.jira.com",
        "http://127.0.0.1:8080",
        "http://localhost:9000/prefix",
        "http://[::1]:8080",
    ],
)
def test_atlassian_hosts_over_https_and_loopback_are_accepted(url: str) -> None:
    settings = load_settings(env=CREDENTIALS | CLOUD | {"ATLASSIAN_SITE_URL": url})
    assert settings.site_url == url.rstrip("/")
    assert load_settings(
        env=CREDENTIALS | CLOUD | {"ATLASSIAN_API_URL": "https://api.atlassian.com"}
    ).gateway_url


def test_another_host_needs_the_explicit_opt_in_and_still_https() -> None:
    proxy = {"ATLASSIAN_SITE_URL": "https://jira-proxy.corp.example"}
    with pytest.raises(ConfigError, match="--allow-any-url"):
        load_settings(env=CREDENTIALS | CLOUD | proxy)
    assert (
        load_settings(env=CREDENTIALS | CLOUD | proxy, allow_any_url=True).site_url
        == proxy["ATLASSIAN_SITE_URL"]
    )
    assert load_settings(env=CREDENTIALS | CLOUD | proxy | {"MCP_ALLOW_ANY_URL": "true"}).site_url
    with pytest.raises(ConfigError, match="plain http"):
        load_settings(
            env=CREDENTIALS | CLOUD | {"ATLASSIAN_SITE_URL": "http://jira-proxy.corp.example"},
            allow_any_url=True,
        )
    with pytest.raises(ConfigError, match="user name or password"):
        load_settings(
            env=CREDENTIALS | CLOUD | {"ATLASSIAN_SITE_URL": "https://u:p@jira-proxy.corp.example"},
            allow_any_url=True,
        )


# -- discovered cloud ids ------------------------------------------------------------------------------


def test_a_cloud_id_from_tenant_info_is_validated(capture_factory: type[Capture]) -> None:
    site = capture_factory({"cloudId": HOSTILE_CLOUD_ID})
    result = run_cli([], env=CREDENTIALS | {"ATLASSIAN_SITE_URL": site.url})
    line = one_line_error(result)
    assert "_edge/tenant_info does not look like a cloud id" in line and "ATLASSIAN_CLOUD_ID" in line
    assert [path for path, _ in site.requests] == ["/_edge/tenant_info"]  # nothing credentialed followed
    assert HOSTILE_CLOUD_ID not in result.stderr


def test_a_cloud_id_from_oauth_accessible_resources_is_validated(capture_factory: type[Capture]) -> None:
    gateway = capture_factory([{"id": HOSTILE_CLOUD_ID, "url": "https://acme.atlassian.net", "scopes": []}])
    env = {
        "ATLASSIAN_OAUTH_TOKEN": "oauth-access-token-value",
        "ATLASSIAN_SITE_URL": "https://acme.atlassian.net",
    }
    result = run_cli([], env=env | {"ATLASSIAN_API_URL": gateway.url})
    line = one_line_error(result)
    assert "accessible-resources" in line and "does not look like a cloud id" in line
    assert [path for path, _ in gateway.requests] == ["/oauth/token/accessible-resources"]


def test_a_configured_cloud_id_is_validated_the_same_way() -> None:
    line = one_line_error(run_cli([], env=CREDENTIALS | {"ATLASSIAN_CLOUD_ID": HOSTILE_CLOUD_ID}))
    assert "ATLASSIAN_CLOUD_ID does not look like a cloud id" in line


# -- start-up errors never print secrets ---------------------------------------------------------------


@pytest.mark.parametrize(
    "env",
    [
        {"ATLASSIAN_CLOUD_ID": "ATATT3xFfGF0-pasted-token-in-the-wrong-place"},
        {"MCP_PORT": "ATATT3xFfGF0-pasted-token-in-the-wrong-place"},
        {"MCP_READ_ONLY": "ATATT3xFfGF0-pasted-token-in-the-wrong-place"},
        {"MCP_TRANSPORT": "ATATT3xFfGF0-pasted-token-in-the-wrong-place"},
    ],
)
def test_start_up_errors_do_not_echo_secret_looking_values(env: dict[str, str]) -> None:
    result = run_cli([], env=CREDENTIALS | CLOUD | {"ATLASSIAN_SITE_URL": "https://acme.atlassian.net"} | env)
    one_line_error(result)
    assert "pasted-token" not in result.stderr and CREDENTIALS["ATLASSIAN_API_TOKEN"] not in result.stderr
