"""Team servers as replicas sharing one store (in this process, on their own ports, with one public URL as
a load balancer would give them): refresh single-flight across replicas, a dead grant, confirm tokens
bound to the person, a sign-in finishing on another replica."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from team_support import MemoryTokens, ScriptedBrowser, bearer_session, connected, team_server, text

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.oauth import APP_CLIENT_ID, APP_CLIENT_SECRET
from mcp_server.team.keyring import new_key_entry

pytestmark = pytest.mark.anyio

ADMIN_ACCOUNT = "5b10ac8d82e05b22cc7d4ef5"
EVERYTHING = ("people:read", "people:write", "people:delete")
FIND = {"action": "find", "query": "jira"}


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


async def test_concurrent_calls_across_an_expiry_refresh_once_across_replicas(
    sandbox: SandboxServer, store_url: str
) -> None:
    keys = new_key_entry()
    oauth = sandbox.sandbox.oauth
    with (
        team_server(sandbox, store_url, keys) as first,
        team_server(sandbox, store_url, keys, public_url=first.settings.public_url) as second,
    ):
        storage = MemoryTokens()
        person = ScriptedBrowser("admin", approve=EVERYTHING)
        async with connected(first, person, storage) as on_first:
            assert not (await on_first.call_tool("jira_groups_read", FIND)).is_error
        oauth.advance(3601)  # every Atlassian access token now expired
        async with (
            bearer_session(f"{first.listening}/mcp", storage) as on_first,  # type: ignore[attr-defined]
            bearer_session(f"{second.listening}/mcp", storage) as on_second,  # type: ignore[attr-defined]
        ):
            calls = [session.call_tool("jira_groups_read", FIND) for session in (on_first, on_second) * 8]
            results = await asyncio.gather(*calls)
    assert [result.is_error for result in results] == [False] * 16, [text(r) for r in results if r.is_error]
    assert oauth.stats.refreshes == 1
    assert oauth.stats.grants_revoked == 0 and oauth.stats.reused_within_leeway == 0


async def test_a_revoked_grant_is_a_tool_error_asking_to_reconnect(
    sandbox: SandboxServer, store_url: str
) -> None:
    oauth = sandbox.sandbox.oauth
    with team_server(sandbox, store_url) as team:
        async with connected(team, ScriptedBrowser("admin", approve=EVERYTHING)) as session:
            assert not (await session.call_tool("jira_groups_read", FIND)).is_error
            oauth.revoke_account(ADMIN_ACCOUNT)  # the person removed the app in their Atlassian profile
            oauth.advance(3601)
            first = await session.call_tool("jira_groups_read", FIND)
            again = await session.call_tool("jira_groups_write", {"action": "create", "name": "after"})
    for result in (first, again):
        assert result.is_error and "sign-in for this server has ended" in text(result)
        assert "Reconnect" in text(result)
    assert oauth.stats.rejected_refreshes == 1  # the dead grant is remembered; Atlassian is not asked again


async def test_a_confirm_token_works_on_another_replica_but_not_for_another_person(
    sandbox: SandboxServer, store_url: str
) -> None:
    keys = new_key_entry()
    with (
        team_server(sandbox, store_url, keys) as first,
        team_server(sandbox, store_url, keys, public_url=first.settings.public_url) as second,
    ):
        admin_tokens, agent_tokens = MemoryTokens(), MemoryTokens()
        async with connected(first, ScriptedBrowser("admin", approve=EVERYTHING), admin_tokens) as admin:
            created = await admin.call_tool("jira_groups_write", {"action": "create", "name": "to-delete"})
            assert not created.is_error, text(created)
            delete = {"action": "delete_group", "group": "to-delete"}
            preview = await admin.call_tool("jira_groups_delete", delete)
            token = preview.structured_content["confirm_token"]
        async with connected(first, ScriptedBrowser("agent", approve=EVERYTHING), agent_tokens) as agent:
            stolen = await agent.call_tool("jira_groups_delete", {**delete, "confirm_token": token})
        assert stolen.is_error and "Not confirmed, nothing was changed" in text(stolen)
        assert "does not match" in text(stolen)
        async with connected(second, ScriptedBrowser("admin"), admin_tokens, direct=True) as admin_elsewhere:
            confirmed = await admin_elsewhere.call_tool(
                "jira_groups_delete", {**delete, "confirm_token": token}
            )
        assert not confirmed.is_error, text(confirmed)
    assert ("removeJiraGroup", ADMIN_ACCOUNT) in sandbox.sandbox.traffic.applied_by
    assert [op for op, _ in sandbox.sandbox.traffic.applied_by].count("removeJiraGroup") == 1


async def test_a_sign_in_begun_on_one_replica_finishes_on_another(
    sandbox: SandboxServer, store_url: str
) -> None:
    keys = new_key_entry()
    with (
        team_server(sandbox, store_url, keys) as first,
        team_server(sandbox, store_url, keys, public_url=first.settings.public_url) as second,
    ):
        browser = ScriptedBrowser("agent", callback_at=second.listening)  # type: ignore[attr-defined]
        async with connected(first, browser) as session:
            result = await session.call_tool("jira_groups_read", FIND)
    assert not result.is_error, text(result)
    assert any(url.startswith(second.listening) for url in browser.pages)  # type: ignore[attr-defined]


async def test_a_replica_dying_mid_refresh_leaves_a_token_the_next_one_may_still_use(
    sandbox: SandboxServer, store_url: str
) -> None:
    oauth = sandbox.sandbox.oauth
    with team_server(sandbox, store_url) as team:
        async with connected(team, ScriptedBrowser("admin", approve=EVERYTHING)) as session:
            assert not (await session.call_tool("jira_groups_read", FIND)).is_error
            store = team.server.store  # type: ignore[attr-defined]
            ((grant_id,),) = store.db.query(
                "SELECT grant_id FROM grants WHERE account_id = ?", (ADMIN_ACCOUNT,)
            )
            grant = store.grant(grant_id)
            oauth.advance(3601)  # the access token expired: time to refresh
            # A replica takes the lease, gets a new pair from Atlassian, and dies before storing it.
            assert store.take_lease(grant_id, grant.version, "doomed-replica", 1.0)
            rotated = httpx.post(
                f"{sandbox.url}/oauth/token",
                json={
                    "grant_type": "refresh_token",
                    "refresh_token": grant.tokens.refresh_token,
                    "client_id": APP_CLIENT_ID,
                    "client_secret": APP_CLIENT_SECRET,
                },
            )
            assert rotated.status_code == 200
            result = await session.call_tool("jira_groups_read", FIND)  # waits out the lease, then refreshes
    assert not result.is_error, text(result)
    assert oauth.stats.reused_within_leeway == 1 and oauth.stats.grants_revoked == 0
