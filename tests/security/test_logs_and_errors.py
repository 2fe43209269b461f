"""Credentials go only to Atlassian, and nothing forges or leaks through errors and logs (issue 8):
Atlassian's error text is redacted before it is shortened (a token cut in two must not leak its first
part), and control characters in tool names and arguments are escaped in the log."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from mcp import Client
from mcp_support import connect, fails

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio

TOKEN = "ATATT3xFfGF0-straddling-the-cut-Qw4Er7Ty1Ui3Op6As9Df2"


class EchoingApi(BaseHTTPRequestHandler):
    """An upstream whose error text quotes the token right where error text is shortened."""

    body = b""

    def do_GET(self) -> None:
        self.send_response(400)
        self.send_header("content-type", "application/json" if self.body.startswith(b"{") else "text/plain")
        self.send_header("content-length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def echoing_api() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), EchoingApi)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    "body",
    [
        json.dumps({"errorMessages": ["x" * 490 + TOKEN]}).encode(),  # JSON messages are cut at 500
        b"y" * 290 + TOKEN.encode(),  # plain text at 300
    ],
    ids=["json", "text"],
)
async def test_error_text_is_redacted_before_it_is_shortened(
    sandbox: SandboxServer, echoing_api: ThreadingHTTPServer, body: bytes
) -> None:
    EchoingApi.body = body
    jira = f"http://127.0.0.1:{echoing_api.server_address[1]}"
    async with connect(sandbox, ATLASSIAN_JIRA_URL=jira, ATLASSIAN_API_TOKEN=TOKEN) as client:
        message = await fails(client, "jira_groups_read", action="find", query="team")
    assert "rejected the request" in message
    assert TOKEN[:8] not in message and "[redacted]" in message


async def test_control_characters_in_tool_names_are_escaped_in_the_log(
    client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    forged = "x\n2026-01-01 INFO forged line\r\x1b[2K"
    with caplog.at_level(logging.DEBUG, logger="atlassian_people_mcp"):
        result = await client.call_tool(forged, {})
        await client.call_tool("contacts_delete", {"contact": "a\nINFO forged", "confirm_token": "1\n2"})
    assert result.is_error
    lines = [
        record.getMessage() for record in caplog.records if record.name.startswith("atlassian_people_mcp")
    ]
    assert lines and all(not set(line) & {"\n", "\r", "\x1b"} for line in lines), lines
    assert any("x\\n2026-01-01 INFO forged line" in line for line in lines)
