"""Fault injection, off by default: latency, 429 storms, 5xx bursts, dropped connections, and faults after
the API did the work: lost responses, malformed JSON bodies, enum values and 2xx statuses the spec does not
list.

Faults are decided per request from a seeded random generator (one draw per request, whichever faults are
on), so a benchmark or fault test replays the same sequence. Requests under /_sandbox (the control API)
are never faulted.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send


@dataclass
class FaultConfig:
    latency_ms: float = 0.0  # added to every request
    jitter_ms: float = 0.0  # plus a uniform random 0..jitter_ms
    rate_429: float = 0.0  # share of requests answered 429 with Retry-After
    retry_after_s: int = 1
    rate_5xx: float = 0.0  # share answered 502/503/504
    rate_drop: float = 0.0  # share whose connection is dropped before a full response
    # Faults after the request was handled (the work is done; only the answer suffers):
    rate_lost: float = 0.0  # share whose response is lost: a 504 instead, as from a gateway timing out
    rate_corrupt: float = 0.0  # share whose JSON body is cut short (malformed JSON, status kept)
    rate_unknown_enum: float = 0.0  # share whose JSON has every spec enum value replaced by an unlisted one
    rate_unlisted_2xx: float = 0.0  # share whose 2xx answer comes as HTTP 203, a status no spec lists
    only_writes: bool = False  # fault only requests for operations that change data (reads pass)
    seed: int = 0

    @property
    def active(self) -> bool:
        return any(
            (
                self.latency_ms,
                self.jitter_ms,
                self.rate_429,
                self.rate_5xx,
                self.rate_drop,
                self.rate_lost,
                self.rate_corrupt,
                self.rate_unknown_enum,
                self.rate_unlisted_2xx,
            )
        )


class DroppedConnection(Exception):
    """Raised mid-response so the server closes the connection without completing it."""


UNKNOWN_ENUM_VALUE = "SANDBOX_UNLISTED_VALUE"


def enum_values(documents: Iterable[Any]) -> frozenset[str]:
    """Every string listed in an `enum` anywhere in these spec documents."""
    found: set[str] = set()
    stack = list(documents)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            values = node.get("enum")
            if isinstance(values, list):
                found.update(value for value in values if isinstance(value, str))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return frozenset(found)


class FaultInjector:
    def __init__(
        self,
        app: ASGIApp,
        config: FaultConfig,
        enums: frozenset[str] = frozenset(),
        is_write: Callable[[str, str], bool] = lambda method, path: method != "GET",
    ) -> None:
        self.app = app
        self.config = config
        self.enums = enums  # values rate_unknown_enum replaces (any string value equal to one of them)
        self.is_write = is_write  # (method, path) -> whether the operation changes data, for only_writes
        self.random = random.Random(config.seed)
        self.counts = {
            "429": 0,
            "5xx": 0,
            "drop": 0,
            "lost": 0,
            "corrupt": 0,
            "unknown_enum": 0,
            "unlisted_2xx": 0,
        }

    def reconfigure(self, config: FaultConfig) -> None:
        self.config = config
        self.random = random.Random(config.seed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        config = self.config
        if (
            scope["type"] != "http"
            or not config.active
            or scope["path"].startswith("/_sandbox")
            or (config.only_writes and not self.is_write(scope["method"], scope["path"]))
        ):
            await self.app(scope, receive, send)
            return
        delay = config.latency_ms + (self.random.uniform(0, config.jitter_ms) if config.jitter_ms else 0.0)
        if delay:
            await asyncio.sleep(delay / 1000)
        roll = self.random.random()
        if roll < config.rate_429:
            self.counts["429"] += 1
            await _send_json(
                send, 429, {"message": "Rate limit exceeded; retry later."}, config.retry_after_s
            )
            return
        roll -= config.rate_429
        if roll < config.rate_5xx:
            self.counts["5xx"] += 1
            status = self.random.choice((502, 503, 504))
            await _send_json(send, status, {"message": "Upstream unavailable (injected fault)."})
            return
        roll -= config.rate_5xx
        if roll < config.rate_drop:
            self.counts["drop"] += 1
            # Start a response and abandon it: the client sees the connection close mid-response.
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]}
            )
            await send({"type": "http.response.body", "body": b"{", "more_body": True})
            raise DroppedConnection("injected dropped connection")
        roll -= config.rate_drop
        after_handling = (
            ("lost", config.rate_lost),
            ("corrupt", config.rate_corrupt),
            ("unknown_enum", config.rate_unknown_enum),
            ("unlisted_2xx", config.rate_unlisted_2xx),
        )
        for kind, rate in after_handling:
            if roll < rate:
                await self._after_handling(kind, scope, receive, send)
                return
            roll -= rate
        await self.app(scope, receive, send)

    async def _after_handling(self, kind: str, scope: Scope, receive: Receive, send: Send) -> None:
        """Let the API handle the request in full, then lose or spoil its answer."""
        start: Message = {}
        body = b""

        async def capture(message: Message) -> None:
            nonlocal start, body
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                body += message.get("body", b"")

        await self.app(scope, receive, capture)
        if kind == "lost":
            self.counts["lost"] += 1
            await _send_json(
                send, 504, {"message": "Gateway timeout (injected fault; the request was handled)."}
            )
            return
        headers = [
            (name, value) for name, value in start.get("headers", []) if name.lower() != b"content-length"
        ]
        is_json = any(name.lower() == b"content-type" and b"json" in value for name, value in headers)
        if is_json and body and kind != "unlisted_2xx":
            if kind == "corrupt":
                self.counts["corrupt"] += 1
                body = body[: max(1, len(body) // 2)]
            else:
                try:
                    replaced = _replace_enums(json.loads(body), self.enums)
                except ValueError:
                    replaced = None
                if replaced is not None:
                    self.counts["unknown_enum"] += 1
                    body = json.dumps(replaced).encode()
        status = start.get("status", 500)
        if kind == "unlisted_2xx" and 200 <= status < 300:
            self.counts["unlisted_2xx"] += 1
            status = 203
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _replace_enums(value: Any, enums: frozenset[str]) -> Any:
    """value with every string in enums replaced by UNKNOWN_ENUM_VALUE; None when nothing was replaced."""
    changed = False

    def walk(node: Any) -> Any:
        nonlocal changed
        if isinstance(node, str) and node in enums:
            changed = True
            return UNKNOWN_ENUM_VALUE
        if isinstance(node, list):
            return [walk(item) for item in node]
        if isinstance(node, dict):
            return {key: walk(item) for key, item in node.items()}
        return node

    result = walk(value)
    return result if changed else None


async def _send_json(send: Send, status: int, body: dict[str, str], retry_after: int | None = None) -> None:
    payload = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    start: Message = {"type": "http.response.start", "status": status, "headers": headers}
    await send(start)
    await send({"type": "http.response.body", "body": payload})
