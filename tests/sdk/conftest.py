"""A live sandbox on loopback for the SDK tests (the generated clients used as a developer would)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from atlassian_people_sandbox import SandboxConfig, SandboxServer


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(seed_size=30, validate_responses=True)) as server:
        yield server


@pytest.fixture
def sandbox(sandbox_server: SandboxServer) -> SandboxServer:
    """The shared sandbox, reset to its seed data before the test."""
    sandbox_server.sandbox.reset()
    return sandbox_server
