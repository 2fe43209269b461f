"""Fault injection, off by default: latency, 429 storms, 5xx bursts and dropped connections.

Faults are decided per request from a seeded random generator, so a benchmark or fault test replays the
same sequence. Requests under /_sandbox (the control API) are never faulted.
"""

from __future__ import annotations

import asyncio
import json
import random
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send


@dataclass
class FaultConfig:
    latency_ms: float = 0.0  # added to every request
    jitter_ms: float = 0.0  # plus a uniform random 0..jitter_ms
    rate_429: float = 0.0  # share of requests answered 429 with Retry-After
    retry_after_s: int = 1
    rate_5xx: float = 0.0  # share answered 502/503/504
    rate_drop: float = 0.0  # share whose connection is dropped before a full response
    seed: int = 0

    @property
    def active(self) -> bool:
        return any((self.latency_ms, self.jitter_ms, self.rate_429, self.rate_5xx, self.rate_drop))


class DroppedConnection(Exception):
    """Raised mid-response so the server closes the connection without completing it."""


class FaultInjector:
    def __init__(self, app: ASGIApp, config: FaultConfig) -> None:
        self.app = app
        self.config = config
        self.random = random.Random(config.seed)
        self.counts = {"429": 0, "5xx": 0, "drop": 0}

    def reconfigure(self, config: FaultConfig) -> None:
        self.config = config
        self.random = random.Random(config.seed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        config = self.config
        if scope["type"] != "http" or not config.active or scope["path"].startswith("/_sandbox"):
            await self.app(scope, receive, send)
            return
        delay = config.latency_ms + (self.random.uniform(0, config.jitter_ms) if config.jitter_ms else 0.0)
        if delay:
            await asyncio.sleep(delay / 1000)
        roll = self.random.random()
        if roll < config.rate_429:
            self.counts["429"] += 1
            await _send_json(send, 429, {"message": "Rate limit exceeded; retry later."}, config.retry_after_s)
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
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
            await send({"type": "http.response.body", "body": b"{", "more_body": True})
            raise DroppedConnection("injected dropped connection")
        await self.app(scope, receive, send)


async def _send_json(send: Send, status: int, body: dict[str, str], retry_after: int | None = None) -> None:
    payload = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    start: Message = {"type": "http.response.start", "status": status, "headers": headers}
    await send(start)
    await send({"type": "http.response.body", "body": payload})
