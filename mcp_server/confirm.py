"""Confirmation of destructive actions: a preview first, the change only on a second call with its token.

Tokens are stateless (an HMAC over the tool, action, arguments and expiry, keyed per process), so they
work over stateless HTTP too; a token only confirms exactly the arguments it was issued for.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from typing import Any

TOKEN_TTL_S = 300


class Confirmations:
    def __init__(self, key: bytes | None = None, ttl_s: int = TOKEN_TTL_S) -> None:
        self._key = key or secrets.token_bytes(32)
        self.ttl_s = ttl_s

    def _digest(self, tool: str, action: str, arguments: dict[str, Any], expires: int) -> str:
        canonical = json.dumps(
            {
                "tool": tool,
                "action": action,
                "args": {k: v for k, v in arguments.items() if k != "confirm_token"},
            },
            sort_keys=True,
            separators=(",", ":"),
            default=str,
        )
        mac = hmac.new(self._key, f"{expires}|{canonical}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac[:18]).decode()

    def issue(self, tool: str, action: str, arguments: dict[str, Any]) -> str:
        expires = int(time.time()) + self.ttl_s
        return f"{expires}.{self._digest(tool, action, arguments, expires)}"

    def check(self, token: str, tool: str, action: str, arguments: dict[str, Any]) -> str | None:
        """None when the token confirms exactly these arguments; otherwise why not."""
        expires_text, _, digest = token.partition(".")
        if not expires_text.isdigit() or not digest:
            return "confirm_token is malformed; call again without it to get a fresh preview and token."
        expires = int(expires_text)
        if not hmac.compare_digest(digest, self._digest(tool, action, arguments, expires)):
            return (
                "confirm_token does not match these arguments (or this server instance); "
                "call again without it to preview exactly what will change."
            )
        if time.time() > expires:
            return "confirm_token has expired; call again without it for a fresh preview."
        return None
