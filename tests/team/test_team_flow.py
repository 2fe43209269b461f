"""End to end: the SDK's OAuth client signs two people in through our consent page and the fake Atlassian
sign-in; each sees and calls only their own tools, acting as themselves."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from team_support import MemoryTokens, ScriptedBrowser, bearer_session, connected, team_server, text

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.faults import FaultConfig
from mcp_server.runtime import Runtime

pytestmark = pytest.mark.anyio

ADMIN_ACCOUNT = "5b10ac8d82e05b22cc7d4ef5"
AGENT_ACCOUNT = "5b10a2844c20165700ede21g"


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def team(sandbox: SandboxServer, tmp_path: Path) -> Iterator[Runtime]:
    with team_server(sandbox, f"sqlite:///{tmp_path / 'team.db'}") as runtime:
        yield runtime


def names(listed: object) -> set[str]:
    return {tool.name for tool in listed.tools}  # type: ignore[attr-defined]


async def test_two_people_each_see_and_call_only_their_own_tools(
    team: Runtime, sandbox: SandboxServer
) -> None:
    admin = ScriptedBrowser("admin", approve=("people:read", "people:write", "people:delete"))
    agent = ScriptedBrowser("agent", approve=("people:read",))
    async with connected(team, admin) as as_admin, connected(team, agent) as as_agent:
        admin_tools = names(await as_admin.list_tools())
        agent_tools = names(await as_agent.list_tools())
        assert {"jira_groups_write", "jira_groups_delete", "jira_groups_read"} <= admin_tools
        assert agent_tools and all(name.endswith("_read") for name in agent_tools)
        created = await as_admin.call_tool("jira_groups_write", {"action": "create", "name": "team-made"})
        assert not created.is_error, text(created)
        refused = await as_agent.call_tool("jira_groups_write", {"action": "create", "name": "agent-made"})
        assert refused.is_error and "did not approve" in text(refused)
        found = await as_agent.call_tool("jira_groups_read", {"action": "find", "query": "team-made"})
        assert not found.is_error and "team-made" in text(found)
    # Atlassian saw the admin make the change, with the admin's own token; the agent changed nothing.
    writes = sandbox.sandbox.traffic.applied_by
    assert ("createJiraGroup", ADMIN_ACCOUNT) in writes
    assert all(account != AGENT_ACCOUNT for _, account in writes)
    store = team.server.store  # type: ignore[attr-defined]
    (entry,) = store.audit_log(ADMIN_ACCOUNT)
    assert (entry.tool, entry.action, entry.targets, entry.outcome[:4]) == (
        "jira_groups_write",
        "create",
        {"name": "team-made"},
        "done",
    )
    refused_entries = store.audit_log(AGENT_ACCOUNT)
    assert [e.outcome.startswith("failed") for e in refused_entries] == [True]
    # The consent page came first, before anything went to Atlassian; Atlassian was asked for consent.
    consent_at = next(i for i, url in enumerate(admin.pages) if "/consent" in url)
    atlassian_at = next(i for i, url in enumerate(admin.pages) if url.startswith(sandbox.url + "/authorize"))
    assert consent_at < atlassian_at and "prompt=consent" in admin.pages[atlassian_at]


async def test_a_cursor_works_only_for_the_person_it_was_given_to(team: Runtime) -> None:
    page = {"action": "list", "limit": 1}
    async with (
        connected(team, ScriptedBrowser("admin")) as as_admin,
        connected(team, ScriptedBrowser("agent")) as as_agent,
    ):
        first = await as_admin.call_tool("jira_groups_read", page)
        cursor = first.structured_content["next_cursor"]
        own = await as_admin.call_tool("jira_groups_read", {**page, "cursor": cursor})
        other = await as_agent.call_tool("jira_groups_read", {**page, "cursor": cursor})
    assert not own.is_error, text(own)
    assert other.is_error and "cursor" in text(other), text(other)


async def test_one_person_runs_at_most_the_configured_calls_at_once(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    storage = MemoryTokens()
    with team_server(sandbox, f"sqlite:///{tmp_path / 'team.db'}", MCP_TEAM_CALLS_PER_PERSON="2") as team:
        async with connected(team, ScriptedBrowser("admin"), storage) as as_admin:
            assert not (await as_admin.call_tool("jira_groups_read", {"action": "list", "limit": 1})).is_error
        sandbox.sandbox.faults.reconfigure(FaultConfig(latency_ms=300))
        async with bearer_session(f"{team.settings.public_url}/mcp", storage) as session:
            started = time.monotonic()
            results = await asyncio.gather(
                *(session.call_tool("jira_groups_read", {"action": "list", "limit": 1}) for _ in range(8))
            )
            elapsed = time.monotonic() - started
        sandbox.sandbox.faults.reconfigure(FaultConfig())
    assert not any(result.is_error for result in results)
    assert elapsed >= 1.2  # four waves of two, not eight at once (nor two waves of the default four)


async def test_revoking_signs_the_client_out_and_forgets_the_atlassian_tokens(team: Runtime) -> None:
    storage = MemoryTokens()
    async with connected(team, ScriptedBrowser("agent"), storage) as as_agent:
        assert not (await as_agent.call_tool("jira_groups_read", {"action": "list", "limit": 1})).is_error
    assert storage.tokens is not None and storage.client is not None
    store = team.server.store  # type: ignore[attr-defined]
    assert store.db.query("SELECT COUNT(*) FROM grants") == [(1,)]
    revoked = httpx.post(
        f"{team.settings.public_url}/revoke",
        data={
            "token": storage.tokens.access_token,
            "client_id": storage.client.client_id,
            "client_secret": storage.client.client_secret or "",
        },
    )
    assert revoked.status_code == 200, revoked.text
    assert store.db.query("SELECT COUNT(*) FROM grants") == [(0,)]
    assert store.db.query("SELECT COUNT(*) FROM tokens") == [(0,)]
    listed = httpx.post(
        f"{team.settings.public_url}/mcp",
        json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
        headers={"Authorization": f"Bearer {storage.tokens.access_token}"},
    )
    assert listed.status_code == 401


async def test_a_replayed_refresh_token_ends_the_sign_in_for_every_holder(team: Runtime) -> None:
    """Refresh tokens rotate; one presented a second time means a copy is in someone else's hands
    (OAuth 2.1 §4.3.1), so the grant ends for the thief and the client alike: the person signs in again."""
    storage = MemoryTokens()
    async with connected(team, ScriptedBrowser("agent"), storage) as as_agent:
        assert not (await as_agent.call_tool("jira_groups_read", {"action": "list", "limit": 1})).is_error
    assert storage.tokens is not None and storage.client is not None
    client = {"client_id": storage.client.client_id, "client_secret": storage.client.client_secret or ""}
    token_url = f"{team.settings.public_url}/token"
    stolen = storage.tokens.refresh_token
    rotated = httpx.post(token_url, data={"grant_type": "refresh_token", "refresh_token": stolen, **client})
    assert rotated.status_code == 200, rotated.text
    replayed = httpx.post(token_url, data={"grant_type": "refresh_token", "refresh_token": stolen, **client})
    assert replayed.status_code == 400 and replayed.json()["error"] == "invalid_grant"
    listed = httpx.post(
        f"{team.settings.public_url}/mcp",
        json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
        headers={"Authorization": f"Bearer {rotated.json()['access_token']}"},
    )
    assert listed.status_code == 401
    again = httpx.post(
        token_url,
        data={"grant_type": "refresh_token", "refresh_token": rotated.json()["refresh_token"], **client},
    )
    assert again.status_code == 400
    assert team.server.store.db.query("SELECT COUNT(*) FROM grants") == [(0,)]  # type: ignore[attr-defined]
