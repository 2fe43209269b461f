"""Running a team server against the sandbox, and signing people in with the SDK's own OAuth client and
a scripted browser (httpx following our consent page and the fake Atlassian sign-in)."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx
import httpx2
import uvicorn
from mcp import Client
from mcp.client.auth import OAuthClientProvider
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.auth import (
    AuthorizationCodeResult,
    OAuthClientInformationFull,
    OAuthClientMetadata,
    OAuthToken,
)

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.oauth import APP_CLIENT_ID, APP_CLIENT_SECRET
from atlassian_people_sandbox.server import free_port
from mcp_server.config import load_settings
from mcp_server.http_serving import http_app
from mcp_server.runtime import Runtime
from mcp_server.team.app import build_team
from mcp_server.team.keyring import new_key_entry

CLIENT_CALLBACK = "http://127.0.0.1:1/client-callback"  # never reached: the browser stops before it


def team_env(sandbox: SandboxServer, store_url: str, keys: str, **extra: str) -> dict[str, str]:
    return {
        "MCP_MODE": "team",
        "ATLASSIAN_CLOUD_ID": sandbox.cloud_id,
        "ATLASSIAN_API_URL": sandbox.url,
        "ATLASSIAN_AUTH_URL": sandbox.url,
        "ATLASSIAN_OAUTH_CLIENT_ID": APP_CLIENT_ID,
        "ATLASSIAN_OAUTH_CLIENT_SECRET": APP_CLIENT_SECRET,
        "MCP_TEAM_STORE": store_url,
        "MCP_TEAM_KEYS": keys,
        **extra,
    }


@contextmanager
def team_server(
    sandbox: SandboxServer,
    store_url: str,
    keys: str | None = None,
    public_url: str | None = None,
    **extra: str,
) -> Iterator[Runtime]:
    """A team server on a free loopback port, in this process. Replicas share store_url, keys and
    public_url (the address their load balancer would have); runtime.listening is where this one listens."""
    port = free_port()
    public = public_url or f"http://127.0.0.1:{port}"
    env = team_env(sandbox, store_url, keys or new_key_entry(), MCP_PUBLIC_URL=public, **extra)
    runtime = build_team(load_settings(env=env, port=port))
    server = uvicorn.Server(
        uvicorn.Config(http_app(runtime, port), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    runtime.listening = f"http://127.0.0.1:{port}"  # type: ignore[attr-defined]
    try:
        yield runtime
    finally:
        server.should_exit = True
        thread.join(timeout=5)
        runtime.close()


@dataclass
class MemoryTokens:
    tokens: OAuthToken | None = None
    client: OAuthClientInformationFull | None = None

    async def get_tokens(self) -> OAuthToken | None:
        return self.tokens

    async def set_tokens(self, tokens: OAuthToken) -> None:
        self.tokens = tokens

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        return self.client

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        self.client = client_info


@dataclass
class ScriptedBrowser:
    """A person at a browser: approves `approve` (our scopes) on the consent page, then signs in to the
    sandbox as `account`. Keeps its cookies across the flow, as a browser does."""

    account: str
    approve: tuple[str, ...] = ("people:read",)
    pages: list[str] = field(default_factory=list)  # every URL visited, for assertions
    callback_at: str | None = None  # another replica's origin to send Atlassian's callback to
    result: AuthorizationCodeResult | None = None
    cookies: httpx.Cookies = field(default_factory=httpx.Cookies)

    async def redirect(self, authorization_url: str) -> None:
        async with httpx.AsyncClient(cookies=self.cookies, follow_redirects=False) as browser:
            response = await self._get(browser, authorization_url)  # our /authorize -> /consent
            consent_url = urljoin(authorization_url, response.headers["location"])
            page = await self._get(browser, consent_url)
            assert page.status_code == 200, page.text
            form = {
                "flow": _field(page.text, "flow"),
                "csrf": _field(page.text, "csrf"),
                "decision": "approve",
                "scope": list(self.approve),
            }
            decided = await browser.post(urljoin(consent_url, "/consent"), data=form)
            assert decided.status_code == 303, decided.text
            atlassian = decided.headers["location"]
            self.pages.append(atlassian)
            await self._get(browser, atlassian)  # the sign-in page
            signed_in = await browser.post(atlassian, data={"account": self.account, "decision": "accept"})
            callback = signed_in.headers["location"]
            if self.callback_at:
                parts = urlsplit(callback)
                callback = f"{self.callback_at}{parts.path}?{parts.query}"
            back = await self._get(browser, callback)
            assert back.status_code == 302, back.text
            params = parse_qs(urlsplit(back.headers["location"]).query)
            self.result = AuthorizationCodeResult(
                code=params["code"][0], state=params.get("state", [None])[0]
            )
            self.cookies = browser.cookies

    async def _get(self, browser: httpx.AsyncClient, url: str) -> httpx.Response:
        self.pages.append(url)
        return await browser.get(url)

    async def callback(self) -> AuthorizationCodeResult:
        assert self.result is not None
        return self.result


def _field(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found, f"no {name} field in the consent page"
    return found.group(1)


def oauth_for(url: str, browser: ScriptedBrowser, storage: MemoryTokens | None = None) -> OAuthClientProvider:
    return OAuthClientProvider(
        server_url=url,
        client_metadata=OAuthClientMetadata.model_validate(
            {
                "client_name": f"test client of {browser.account}",
                "redirect_uris": [CLIENT_CALLBACK],
                "grant_types": ["authorization_code", "refresh_token"],
                "response_types": ["code"],
            }
        ),
        storage=storage or MemoryTokens(),
        redirect_handler=browser.redirect,
        callback_handler=browser.callback,
    )


@asynccontextmanager
async def connected(
    runtime: Runtime, browser: ScriptedBrowser, storage: MemoryTokens | None = None, *, direct: bool = False
) -> AsyncIterator[Any]:
    """An MCP client session signed in as browser's person (signing in when storage holds no tokens); with
    direct, it talks to this replica's own port rather than the shared public URL."""
    base = runtime.listening if direct else runtime.settings.public_url  # type: ignore[attr-defined]
    async with connected_to(f"{base}/mcp", browser, storage) as client:
        yield client


@asynccontextmanager
async def connected_to(
    url: str, browser: ScriptedBrowser, storage: MemoryTokens | None = None
) -> AsyncIterator[Any]:
    http = httpx2.AsyncClient(auth=oauth_for(url, browser, storage), timeout=30)
    async with http, Client(streamable_http_client(url, http_client=http)) as client:
        yield client


def text(result: Any) -> str:
    """The text content of a tool result."""
    return "\n".join(getattr(part, "text", "") for part in result.content)


@asynccontextmanager
async def bearer_session(url: str, storage: MemoryTokens) -> AsyncIterator[Any]:
    """A session sending the stored access token as is. The SDK's OAuth client holds a lock around each
    request, so its calls never overlap; this one's do, as several clients' calls would."""
    assert storage.tokens is not None
    http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {storage.tokens.access_token}"}, timeout=60)
    async with http, Client(streamable_http_client(url, http_client=http)) as client:
        yield client
