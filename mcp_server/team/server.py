"""The MCP server in team mode: the same tools and filter, per request for the signed-in person.

`access`, `apis` and `confirmations` are what `PeopleServer` consults on every list and call; here they
answer for the person the request's token names (the SDK's auth middleware sets it). Every write and
delete is written to the audit log before it runs and its outcome after, and each person has a cap on
concurrent calls so one heavy user cannot take the whole app's Atlassian rate budget.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable
from typing import Any

from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.mcpserver import Context
from mcp_types import CallToolResult, InputRequiredResult
from mcp_types import Tool as MCPTool

from ..access import Access
from ..clients import ApiClients
from ..config import Settings
from ..confirm import Confirmations
from ..registry import Effect, ToolDef
from ..server import PeopleServer
from ..signing import Signer
from .grants import in_thread
from .person import Person, PersonAccess, current_person, person_signing_key
from .scopes import effects_of
from .store import AuditEntry, Store

log = logging.getLogger("atlassian_people_mcp")

NOBODY = Access(Settings(toolsets=frozenset()), frozenset())  # no person: nothing is visible or callable


class TeamServer(PeopleServer):
    def __init__(
        self,
        tools: Iterable[ToolDef],
        settings: Settings,
        apis: ApiClients,
        store: Store,
        signing_secret: bytes,
        **options: Any,
    ) -> None:
        self.settings_ = settings
        self.store = store
        self._signing_secret = signing_secret
        self._slots: dict[tuple[int, str], asyncio.Semaphore] = {}
        super().__init__(tools, NOBODY, apis, **options)

    # -- who the request is for --------------------------------------------------------------------

    async def person(self) -> Person | None:
        token = get_access_token()
        if token is None or not token.subject:
            return None
        grant = await in_thread(self.store.grant, token.subject)
        return None if grant is None else Person(grant, token.client_id, frozenset(token.scopes))

    # PeopleServer reads these on every list and call; they follow the current person.
    @property
    def access(self) -> Access:
        person = current_person.get()
        if person is None:
            return NOBODY
        effects = effects_of(person.scopes & person.grant.approved)
        return PersonAccess(
            self.settings_, person.grant.atlassian_scopes, frozenset(effect.value for effect in effects)
        )

    @access.setter
    def access(self, value: Access) -> None:  # PeopleServer's constructor sets the (unused) default
        pass

    @property
    def confirmations(self) -> Confirmations:
        person = current_person.get()
        account = person.grant.account_id if person else ""
        return Confirmations(Signer(person_signing_key(self._signing_secret, account)))

    @confirmations.setter
    def confirmations(self, value: Confirmations) -> None:
        pass

    # -- the MCP handlers, run as the person -------------------------------------------------------

    async def list_tools(self) -> list[MCPTool]:
        person = await self.person()
        marker = current_person.set(person)
        try:
            return self.visible_tools()
        finally:
            current_person.reset(marker)

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None
    ) -> CallToolResult | InputRequiredResult:
        person = await self.person()
        marker = current_person.set(person)
        try:
            tool = self.tool_defs.get(name)
            audited = person is not None and tool is not None and tool.effect is not Effect.READ
            if not audited or person is None:
                async with self._slot(person):
                    return await super().call_tool(name, arguments, context)
            entry = AuditEntry(
                time.time(),
                person.grant.account_id,
                person.client_id,
                name,
                str((arguments or {}).get("action", "")),
                {k: v for k, v in (arguments or {}).items() if k not in ("confirm_token", "action")},
                "started",
            )
            entry_id = await in_thread(self.store.audit, entry)
            async with self._slot(person):
                result = await super().call_tool(name, arguments, context)
            await in_thread(self.store.finish_audit, entry_id, _outcome(result))
            return result
        finally:
            current_person.reset(marker)

    def _slot(self, person: Person | None) -> asyncio.Semaphore:
        key = (id(asyncio.get_running_loop()), person.grant.account_id if person else "")
        if key not in self._slots:
            self._slots[key] = asyncio.Semaphore(self.settings_.calls_per_person)
        return self._slots[key]


def _outcome(result: CallToolResult | InputRequiredResult) -> str:
    if isinstance(result, InputRequiredResult):
        return "asked the person to confirm"
    text = " ".join(getattr(part, "text", "") for part in result.content)[:300]
    if result.is_error:
        return f"failed: {text}"
    if isinstance(result.structured_content, dict) and result.structured_content.get("confirm_token"):
        return "previewed, not applied"
    return f"done: {text}"
