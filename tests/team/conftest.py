from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from postgres_support import fresh_postgres_database, postgres_cluster, unavailable_reason

from mcp_server.team.db import Database, open_database
from mcp_server.team.keyring import KeyRing, new_key_entry


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    reason = unavailable_reason()
    if reason:
        pytest.skip(f"PostgreSQL store tests skipped: {reason}")
    with postgres_cluster() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'team.db'}"
    return fresh_postgres_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def database(store_url: str) -> Iterator[Database]:
    db = open_database(store_url)
    db.migrate()
    yield db
    db.close()


@pytest.fixture
def keys() -> KeyRing:
    return KeyRing.parse("MCP_TEAM_KEYS", new_key_entry("k1"))


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
