"""Signatures for what the server hands out and later gets back (confirm tokens, cursors).

One key per server: `MCP_SECRET_KEY` when set, so that several processes behind one endpoint accept each
other's tokens and cursors, else random per process (tokens then only work with the process that issued
them).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from typing import Any


def canonical(value: Any) -> str:
    """One JSON text per value, whatever the key order."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str, ensure_ascii=True)


class Signer:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or secrets.token_bytes(32)

    def sign(self, purpose: str, value: Any) -> str:
        """A short MAC of value for one purpose (a MAC for one purpose never verifies for another)."""
        mac = hmac.new(self._key, f"{purpose}|{canonical(value)}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac[:18]).decode()

    def verify(self, mac: str, purpose: str, value: Any) -> bool:
        return hmac.compare_digest(mac.encode(), self.sign(purpose, value).encode())
