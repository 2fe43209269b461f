"""Fixtures for MCP server tests: the server, built from real settings, against a live sandbox on loopback.

Calls go through a real MCP client (`mcp.Client(server)`, in memory) and the server's generated clients
reach the sandbox over HTTP; the sandbox validates every response it sends against the spec.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from mcp import Client
from mcp_support import connect

from atlassian_people_sandbox import SandboxConfig, SandboxServer


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def mcp_sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(seed_size=30, validate_responses=True)) as server:
        yield server


@pytest.fixture
def sandbox(mcp_sandbox: SandboxServer) -> SandboxServer:
    """The shared sandbox, reset to its seed data before the test."""
    mcp_sandbox.sandbox.reset()
    return mcp_sandbox


@pytest.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[Client]:
    async with connect(sandbox) as session:
        yield session
