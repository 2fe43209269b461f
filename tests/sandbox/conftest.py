"""Fixtures for end-to-end tests: a live sandbox on loopback and generated clients pointed at it.

The sandbox runs with response validation on, so every response any test receives has been checked
against the spec (a mismatch comes back as a 500 naming the violation).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import csm_client
import httpx
import jira_groups_client
import jsm_ops_client
import pytest

from atlassian_people_sandbox import SandboxConfig, SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN

SEED_SIZE = 30


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[SandboxServer]:
    config = SandboxConfig(seed_size=SEED_SIZE, validate_responses=True)
    with SandboxServer(config) as server:
        yield server


@pytest.fixture
def sandbox(sandbox_server: SandboxServer) -> SandboxServer:
    """The shared sandbox, reset to its seed data before the test."""
    sandbox_server.sandbox.reset()
    return sandbox_server


def _kwargs(auth: tuple[str, str] | None) -> dict[str, Any]:
    return {
        "httpx_args": {"auth": httpx.BasicAuth(*auth)} if auth else {},
        "raise_on_unexpected_status": True,
    }


def jsm_client(
    server: SandboxServer, auth: tuple[str, str] | None = (ADMIN_EMAIL, ADMIN_TOKEN)
) -> jsm_ops_client.Client:
    return jsm_ops_client.Client(base_url=server.jsm_ops_url, **_kwargs(auth))


def csm_client_for(
    server: SandboxServer, auth: tuple[str, str] | None = (ADMIN_EMAIL, ADMIN_TOKEN)
) -> csm_client.Client:
    return csm_client.Client(base_url=server.csm_url, **_kwargs(auth))


def jira_client(
    server: SandboxServer, auth: tuple[str, str] | None = (ADMIN_EMAIL, ADMIN_TOKEN)
) -> jira_groups_client.Client:
    return jira_groups_client.Client(base_url=server.jira_url, **_kwargs(auth))


@pytest.fixture
def jsm(sandbox: SandboxServer) -> jsm_ops_client.Client:
    return jsm_client(sandbox)


@pytest.fixture
def csm(sandbox: SandboxServer) -> csm_client.Client:
    return csm_client_for(sandbox)


@pytest.fixture
def jira(sandbox: SandboxServer) -> jira_groups_client.Client:
    return jira_client(sandbox)
