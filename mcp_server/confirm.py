"""Confirmation of destructive actions: a preview first, the change only on a second call with its token.

A token approves exactly what its preview showed. It carries an expiry and two MACs: one over the tool,
action and arguments (so it cannot confirm another call), one over those and the *preview*: the resolved
targets (ids, not the names typed) and the state that matters for the decision (e.g. member ids). Confirming
rebuilds the preview from fresh reads; if anything differs, the token is refused and a fresh preview is
returned instead. So a token works at most once (after the change, the state differs), and a rename or a
re-created object never receives a change that was approved for another one. Tokens are stateless, so they
work over stateless HTTP and across processes sharing `MCP_SECRET_KEY`.
"""

from __future__ import annotations

import re
import time
from typing import Any

from .signing import Signer

TOKEN_TTL_S = 300
_TOKEN = re.compile(r"([0-9]{1,12})\.([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{24})")  # expiry.call MAC.preview MAC


class Confirmations:
    def __init__(self, signer: Signer | None = None, ttl_s: int = TOKEN_TTL_S) -> None:
        self.signer = signer or Signer()
        self.ttl_s = ttl_s

    @staticmethod
    def _call(tool: str, action: str, arguments: dict[str, Any], expires: int) -> dict[str, Any]:
        args = {k: v for k, v in arguments.items() if k != "confirm_token"}
        return {"tool": tool, "action": action, "args": args, "expires": expires}

    def issue(self, tool: str, action: str, arguments: dict[str, Any], preview: Any) -> str:
        expires = int(time.time()) + self.ttl_s
        call = self._call(tool, action, arguments, expires)
        return (
            f"{expires}.{self.signer.sign('confirm-call', call)}"
            f".{self.signer.sign('confirm-preview', {**call, 'preview': preview})}"
        )

    def issued_for(self, token: str, tool: str, action: str, arguments: dict[str, Any]) -> bool:
        """Whether this server issued token for exactly these arguments (expired or not)."""
        parts = _TOKEN.fullmatch(token)
        if not parts:
            return False
        call = self._call(tool, action, arguments, int(parts[1]))
        return self.signer.verify(parts[2], "confirm-call", call)

    def check(
        self, token: str, tool: str, action: str, arguments: dict[str, Any], preview: Any
    ) -> str | None:
        """None when token confirms exactly these arguments and this (freshly read) preview, else why not."""
        parts = _TOKEN.fullmatch(token)
        if not parts:
            return "confirm_token is malformed (copy it exactly as the preview gave it)."
        expires = int(parts[1])
        call = self._call(tool, action, arguments, expires)
        if not self.signer.verify(parts[2], "confirm-call", call):
            return (
                "confirm_token does not match these arguments (it was issued for another call, or by "
                "a server with another MCP_SECRET_KEY, or before a restart without one)."
            )
        if time.time() > expires:
            return "confirm_token has expired."
        if not self.signer.verify(parts[3], "confirm-preview", {**call, "preview": preview}):
            return (
                "what these arguments name, or its state, changed since the preview this confirm_token "
                "approved (renamed, re-created, members changed, or the change was already made)."
            )
        return None
