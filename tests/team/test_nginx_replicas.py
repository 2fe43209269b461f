"""Two team server processes behind nginx sharing a throwaway PostgreSQL cluster, as the deployment guide
describes: sign-in steps land on both replicas, concurrent calls across an access-token expiry cause one
upstream refresh and no revoked grant, and killing a replica mid-call loses nothing."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator

import anyio
import pytest
from postgres_support import fresh_postgres_database
from replica_support import Deployment, deployment, nginx_missing
from team_support import MemoryTokens, ScriptedBrowser, bearer_session, connected_to, text

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.faults import FaultConfig
from mcp_server.team.db import open_database
from mcp_server.team.keyring import KeyRing, new_key_entry
from mcp_server.team.store import Store

pytestmark = [pytest.mark.anyio, pytest.mark.skipif(bool(nginx_missing()), reason=nginx_missing() or "")]

ADMIN_ACCOUNT = "5b10ac8d82e05b22cc7d4ef5"
EVERYTHING = ("people:read", "people:write", "people:delete")
FIND = {"action": "find", "query": "jira"}


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def keys() -> str:
    return new_key_entry()


@pytest.fixture
def database_url(postgres_server: str) -> str:
    return fresh_postgres_database(postgres_server)


@pytest.fixture
def replicated(sandbox: SandboxServer, database_url: str, keys: str) -> Iterator[Deployment]:
    with deployment(sandbox, database_url, keys) as deployed:
        yield deployed


async def test_sign_in_and_calls_spread_over_both_replicas(
    replicated: Deployment, sandbox: SandboxServer
) -> None:
    oauth = sandbox.sandbox.oauth
    person, storage = ScriptedBrowser("admin", approve=EVERYTHING), MemoryTokens()
    async with connected_to(f"{replicated.public_url}/mcp", person, storage) as session:
        assert not (await session.call_tool("jira_groups_read", FIND)).is_error
    oauth.advance(3601)  # every Atlassian access token expired
    async with bearer_session(f"{replicated.public_url}/mcp", storage) as session:
        results = await asyncio.gather(*(session.call_tool("jira_groups_read", FIND) for _ in range(12)))
    assert [r.is_error for r in results] == [False] * 12, [text(r) for r in results if r.is_error]
    assert oauth.stats.refreshes == 1 and oauth.stats.grants_revoked == 0
    served = set(replicated.upstreams())
    assert {f"127.0.0.1:{replica.port}" for replica in replicated.replicas} <= served


async def test_killing_a_replica_mid_call_loses_nothing(
    replicated: Deployment, sandbox: SandboxServer, database_url: str, keys: str
) -> None:
    storage = MemoryTokens()
    person = ScriptedBrowser("admin", approve=EVERYTHING)
    url = f"{replicated.public_url}/mcp"
    async with connected_to(url, person, storage) as session:
        assert not (await session.call_tool("jira_groups_read", FIND)).is_error
    victim = replicated.replicas[0]
    sandbox.sandbox.faults.reconfigure(FaultConfig(latency_ms=3000, only_writes=True))

    async def write_on_the_victim() -> None:
        with contextlib.suppress(Exception):  # the connection breaks with the process: expected
            async with connected_to(f"http://127.0.0.1:{victim.port}/mcp", person, storage) as on_victim:
                await on_victim.call_tool("jira_groups_write", {"action": "create", "name": "mid-kill"})

    store = Store(open_database(database_url), KeyRing.parse("K", keys))
    async with anyio.create_task_group() as group:
        group.start_soon(write_on_the_victim)
        with anyio.fail_after(20):
            while not store.audit_log(ADMIN_ACCOUNT):  # the call has begun
                await anyio.sleep(0.05)
        await anyio.sleep(0.5)  # its write is held up on the way to Atlassian
        victim.kill()
    sandbox.sandbox.faults.reconfigure(FaultConfig())
    pages_before = len(person.pages)
    async with connected_to(url, person, storage) as session:  # the same tokens, through nginx
        after = await session.call_tool("jira_groups_read", {"action": "find", "query": "mid-kill"})
    assert not after.is_error, text(after)
    assert len(person.pages) == pages_before  # still signed in: no new consent, no new Atlassian sign-in
    (entry,) = store.audit_log(ADMIN_ACCOUNT)  # the attempt is on record, its outcome unknown
    assert (entry.tool, entry.targets, entry.outcome) == (
        "jira_groups_write",
        {"name": "mid-kill"},
        "started",
    )
    applied = [op for op, _ in sandbox.sandbox.traffic.applied_by if op == "createJiraGroup"]
    assert len(applied) <= 1 and ("mid-kill" in text(after)) == bool(applied)
    assert sandbox.sandbox.oauth.stats.grants_revoked == 0
