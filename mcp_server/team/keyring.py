"""Atlassian tokens at rest: AES-256-GCM under a key ring from `MCP_TEAM_KEYS`.

The ring is `id:key,id:key,...` (each key 32 random bytes, base64url): the first key seals, every key opens,
so a key is rotated by putting a new one first, restarting every replica, and removing the old one once
`Store.reseal` (run at start) has moved every row to the new key. Each sealed value names its key id and
is bound to its row (the associated data), so a value copied into another row does not open.
"""

from __future__ import annotations

import base64
import binascii
import os
import re

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..config_error import ConfigError

_KEY_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")
NONCE_BYTES = 12


class SealError(Exception):
    """A sealed value cannot be opened: unknown key id, wrong row, or tampered with."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_key_entry(key_id: str = "k1") -> str:
    """A fresh ring entry (`id:key`) for operators: `atlassian-people-mcp team new-key`."""
    return f"{key_id}:{_b64(os.urandom(32))}"


class KeyRing:
    def __init__(self, keys: list[tuple[str, bytes]]) -> None:
        if not keys:
            raise ValueError("a key ring needs at least one key")
        self.primary_id = keys[0][0]
        self._keys = dict(keys)

    @classmethod
    def parse(cls, variable: str, raw: str | None) -> KeyRing:
        """The ring in a setting's value; ConfigError naming the variable (never the keys) when unusable."""
        entries = [entry.strip() for entry in (raw or "").split(",") if entry.strip()]
        if not entries:
            raise ConfigError(
                f"{variable} is not set: the team server encrypts Atlassian tokens with it; create one with "
                "`atlassian-people-mcp team new-key` and set the same value on every replica."
            )
        keys: list[tuple[str, bytes]] = []
        for position, entry in enumerate(entries, 1):
            key_id, _, encoded = entry.partition(":")
            try:
                key = _unb64(encoded)
            except (binascii.Error, ValueError):
                key = b""
            if not _KEY_ID.fullmatch(key_id) or len(key) != 32:
                raise ConfigError(
                    f"{variable} entry {position} is not `id:key` with a 32-byte base64url key; create one "
                    "with `atlassian-people-mcp team new-key`."
                )
            if key_id in dict(keys):
                raise ConfigError(f"{variable} names key id {key_id} twice; give each key its own id.")
            keys.append((key_id, key))
        return cls(keys)

    def seal(self, plaintext: bytes, bound_to: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(self._keys[self.primary_id]).encrypt(nonce, plaintext, bound_to.encode())
        return f"{self.primary_id}.{_b64(nonce)}.{_b64(sealed)}"

    def open(self, sealed: str, bound_to: str) -> bytes:
        key_id, _, rest = sealed.partition(".")
        nonce, _, ciphertext = rest.partition(".")
        key = self._keys.get(key_id)
        if key is None:
            raise SealError(f"sealed with key {key_id!r}, which is not in the key ring any more")
        try:
            return AESGCM(key).decrypt(_unb64(nonce), _unb64(ciphertext), bound_to.encode())
        except (InvalidTag, binascii.Error, ValueError):
            raise SealError(
                "the sealed value does not open (tampered with, or moved from another row)"
            ) from None

    def key_of(self, key_id: str) -> bytes:
        return self._keys[key_id]

    def is_current(self, sealed: str) -> bool:
        return sealed.partition(".")[0] == self.primary_id
