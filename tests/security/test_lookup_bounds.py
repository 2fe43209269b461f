"""Lookups are bounded (issue 8, "Credentials go only to Atlassian"): what one tool call has resolved is
cached within the call, and the upstream requests a single call may make are capped, with a clear error
when a call would need more."""

from __future__ import annotations

import pytest
from mcp import Client
from mcp_support import build_runtime, call, text

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio


def jira_requests(sandbox: SandboxServer) -> int:
    counts = sandbox.sandbox.requests
    return sum(n for operation, n in counts.items() if "Jira" in operation)


async def test_an_email_is_resolved_once_per_call(sandbox: SandboxServer) -> None:
    runtime = build_runtime(sandbox)
    try:
        async with Client(runtime.server) as client:
            members = await call(client, "jira_groups_read", action="members", group="jira-administrators")
            email = members.structured_content["items"][-1]["emailAddress"]
            before = jira_requests(sandbox)
            await client.call_tool(
                "jira_groups_write", {"action": "add_members", "group": "site-admins", "users": [email]}
            )
            once = jira_requests(sandbox) - before
            before = jira_requests(sandbox)
            await client.call_tool(
                "jira_groups_write",
                {"action": "add_members", "group": "site-admins", "users": [email, email.upper(), email]},
            )
            thrice = jira_requests(sandbox) - before
    finally:
        runtime.close()
    # The same email three times costs its lookup once; only the adds are repeated.
    assert thrice <= once + 2, (once, thrice)


async def test_a_call_needing_more_requests_than_the_cap_stops_with_a_clear_error(
    sandbox: SandboxServer,
) -> None:
    runtime = build_runtime(sandbox)
    try:
        async with Client(runtime.server) as client:
            members = await call(client, "jira_groups_read", action="members", group="jira-administrators")
            email = members.structured_content["items"][-1]["emailAddress"]
            # the email's lookup is the one request allowed; the add would be the second
            runtime.server.max_requests_per_call = 1
            before = sum(sandbox.sandbox.requests.values())
            result = await client.call_tool(
                "jira_groups_write", {"action": "add_members", "group": "site-admins", "users": [email]}
            )
            made = sum(sandbox.sandbox.requests.values()) - before
    finally:
        runtime.close()
    assert result.is_error and "Internal error" not in text(result)
    assert "needs more than 1 requests to Atlassian" in text(result) and "Nothing was changed" in text(result)
    assert made <= 1
