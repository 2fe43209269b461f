"""Fixtures for the security regression suite: a real MCP client against a live sandbox on loopback (the
same setup as tests/mcp, see its conftest.py); each test is named after the finding it guards."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from mcp import Client
from mcp_support import connect

from atlassian_people_sandbox import FaultConfig, SandboxConfig, SandboxServer


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def security_sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(seed_size=30, validate_responses=True)) as server:
        yield server


@pytest.fixture
def sandbox(security_sandbox: SandboxServer) -> SandboxServer:
    """The shared sandbox, reset to its seed data (and without faults) before the test."""
    security_sandbox.sandbox.reset()
    security_sandbox.sandbox.faults.reconfigure(FaultConfig())
    return security_sandbox


@pytest.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[Client]:
    async with connect(sandbox) as session:
        yield session
