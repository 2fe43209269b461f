"""Each person's current Atlassian access token, refreshed single-flight across threads, tasks and replicas.

Atlassian rotates refresh tokens: a refresh returns a new pair and invalidates the token presented, and
presenting an invalidated one after a 10-minute leeway revokes the whole grant. So a refresh happens only
under a lease on the grant's current version (one per grant across replicas; within a process, one task
per grant even asks), the new pair is stored (compare-and-swap on that version) before it is used, and a
refresh token older than the newest stored is never presented. A replica that dies holding the lease
leaves the old pair stored; the lease (far shorter than the leeway) expires and the next refresh presents
that token again within the leeway. A grant Atlassian refuses becomes a tool error asking to reconnect.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import ToolFailure
from .atlassian import AtlassianOAuth, AtlassianSignInError, GrantRevoked
from .store import Grant, Store

log = logging.getLogger("atlassian_people_mcp")
T = TypeVar("T")

LEASE_S = 30.0  # far below Atlassian's 10-minute reuse leeway
RENEW_BEFORE_S = 60.0  # refresh an access token this long before it expires
WAIT_POLL_S = 0.05

RECONNECT = (
    "Your Atlassian sign-in for this server has ended ({why}). Reconnect: sign in to this MCP server again "
    "from your client (e.g. Claude Code: /mcp, choose the server, Re-authenticate; other clients: remove "
    "and add the server, or use their Authenticate button), then retry."
)


async def in_thread(function: Callable[..., T], *args: Any) -> T:
    """A store call off the event loop (PostgreSQL waits on the network)."""
    return await asyncio.to_thread(function, *args)


class GrantTokens:
    def __init__(self, store: Store, atlassian: AtlassianOAuth) -> None:
        self.store = store
        self.atlassian = atlassian
        self.owner = f"replica-{secrets.token_hex(6)}"  # this process, as lease holder
        self._locks: dict[tuple[int, str], asyncio.Lock] = {}

    def _lock(self, grant_id: str) -> asyncio.Lock:
        key = (id(asyncio.get_running_loop()), grant_id)
        if key not in self._locks:
            self._locks[key] = asyncio.Lock()
        return self._locks[key]

    async def grant(self, grant_id: str) -> Grant:
        grant = await in_thread(self.store.grant, grant_id)
        if grant is None:
            raise ToolFailure(RECONNECT.format(why="this connection was signed out"))
        if not grant.alive:
            raise ToolFailure(RECONNECT.format(why=grant.dead_reason or "Atlassian revoked it"))
        return grant

    def _usable(self, grant: Grant, rejected: str | None) -> bool:
        tokens = grant.tokens
        return tokens.access_token != rejected and tokens.expires_at - RENEW_BEFORE_S > self.store.clock()

    async def access_token(self, grant_id: str, rejected: str | None = None) -> str:
        """The grant's access token, refreshed first when it is (about to be) expired or was `rejected`."""
        grant = await self.grant(grant_id)
        if self._usable(grant, rejected):
            return grant.tokens.access_token
        async with self._lock(grant_id):
            deadline = self.store.clock() + LEASE_S + 5
            while True:
                grant = await self.grant(grant_id)  # maybe another task or replica refreshed meanwhile
                if self._usable(grant, rejected):
                    return grant.tokens.access_token
                if await in_thread(self.store.take_lease, grant_id, grant.version, self.owner, LEASE_S):
                    return await self._refresh(grant)
                if self.store.clock() > deadline:
                    raise ToolFailure(
                        "Renewing your Atlassian sign-in is taking too long (another server replica holds "
                        "it); retry in a minute."
                    )
                await asyncio.sleep(WAIT_POLL_S)

    async def _refresh(self, grant: Grant) -> str:
        try:
            fresh = await self.atlassian.refresh(grant.tokens.refresh_token)
        except GrantRevoked as exc:
            reason = f"Atlassian refused to renew it: {exc}"
            await in_thread(self.store.mark_dead, grant.grant_id, reason)
            log.info("grant of %s ended: %s", grant.account_id, reason)
            raise ToolFailure(RECONNECT.format(why=reason)) from None
        except AtlassianSignInError as exc:
            await in_thread(self.store.release_lease, grant.grant_id, self.owner)
            raise ToolFailure(f"Could not renew your Atlassian sign-in ({exc}); retry shortly.") from None
        except BaseException:
            await in_thread(self.store.release_lease, grant.grant_id, self.owner)
            raise
        stored = await in_thread(self.store.store_refreshed, grant.grant_id, grant.version, self.owner, fresh)
        if not stored:  # the lease lapsed mid-refresh: use the pair for this call, the store keeps the newer
            log.warning("refreshed tokens of a grant whose lease had lapsed were not stored")
        return fresh.access_token
