"""The team store's two databases behind one small interface: SQLite (one host, the default) and PostgreSQL
(replicas sharing one database), with versioned migrations applied at start.

SQL is written once with `?` placeholders and portable types; each statement runs in a short transaction
of its own, and everything that must be atomic across replicas is a single compare-and-swap statement.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from ..config_error import ConfigError

Row = tuple[Any, ...]

# Each migration is applied once, in order, inside one transaction; never edit a released one, add another.
MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (
        1,
        (
            """CREATE TABLE clients (
                client_id TEXT PRIMARY KEY, info TEXT NOT NULL, created_at BIGINT NOT NULL)""",
            """CREATE TABLE flows (
                flow_id TEXT PRIMARY KEY, client_id TEXT NOT NULL, params TEXT NOT NULL,
                browser_hash TEXT, state_hash TEXT UNIQUE, approved TEXT, expires_at BIGINT NOT NULL)""",
            """CREATE TABLE grants (
                grant_id TEXT PRIMARY KEY, account_id TEXT NOT NULL, client_id TEXT NOT NULL,
                approved TEXT NOT NULL, atlassian_scopes TEXT NOT NULL, cloud_id TEXT NOT NULL,
                display_name TEXT NOT NULL, sealed_tokens TEXT NOT NULL, version BIGINT NOT NULL,
                lease_owner TEXT, lease_until DOUBLE PRECISION, status TEXT NOT NULL, dead_reason TEXT,
                created_at BIGINT NOT NULL, used_at BIGINT NOT NULL, UNIQUE (account_id, client_id))""",
            """CREATE TABLE codes (
                code_hash TEXT PRIMARY KEY, grant_id TEXT NOT NULL, client_id TEXT NOT NULL,
                details TEXT NOT NULL, expires_at BIGINT NOT NULL)""",
            """CREATE TABLE tokens (
                token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, grant_id TEXT NOT NULL,
                client_id TEXT NOT NULL, scopes TEXT NOT NULL, resource TEXT, expires_at BIGINT NOT NULL)""",
            "CREATE INDEX tokens_by_grant ON tokens (grant_id)",
            """CREATE TABLE consents (
                account_id TEXT NOT NULL, client_id TEXT NOT NULL, scopes TEXT NOT NULL,
                decided_at BIGINT NOT NULL, PRIMARY KEY (account_id, client_id))""",
            """CREATE TABLE audit_log (
                entry_id TEXT PRIMARY KEY, at DOUBLE PRECISION NOT NULL, account_id TEXT NOT NULL,
                client_id TEXT NOT NULL, tool TEXT NOT NULL, action TEXT NOT NULL, targets TEXT NOT NULL,
                outcome TEXT NOT NULL)""",
            "CREATE INDEX audit_by_account ON audit_log (account_id, at)",
        ),
    ),
)
LATEST_VERSION = MIGRATIONS[-1][0]


class Database(Protocol):
    dialect: str

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement in its own transaction; the number of rows it changed."""

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    def migrate(self) -> int:
        """Apply pending migrations; the schema version now."""

    def close(self) -> None: ...


class SqliteDatabase:
    """One connection shared by the process's threads under a lock; WAL so readers never wait on a writer."""

    dialect = "sqlite"

    def __init__(self, path: str) -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            # Owner-only from the first byte (SQLite gives its -wal and -shm files the same mode): the
            # audit log and client registrations are nobody else's business on a shared host.
            os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA busy_timeout=30000")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            cursor = self._conn.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            try:
                yield cursor
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
            cursor.execute("COMMIT")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        with self._transaction() as cursor:
            cursor.execute(sql, tuple(params))
            return cursor.rowcount

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._lock:
            return list(self._conn.execute(sql, tuple(params)).fetchall())

    def migrate(self) -> int:
        with self._transaction() as cursor:
            cursor.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)")
            return _apply(cursor, lambda sql: sql)

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class PostgresDatabase:
    """One psycopg connection per process (statements are short; the lock keeps them in order), reopened
    when the server dropped it."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        try:  # the `team` extra; imported here so SQLite deployments need no driver
            import psycopg
        except ImportError:
            raise ConfigError(
                "a postgresql:// MCP_TEAM_STORE needs the PostgreSQL driver of the team extra: "
                "pip install 'atlassian-people-mcp[team]'."
            ) from None
        self._psycopg = psycopg
        self._url = url
        self._lock = threading.Lock()
        self._conn: Any = None
        with self._lock:
            self._connection()

    def _connection(self) -> Any:
        if self._conn is None or self._conn.closed:
            try:
                self._conn = self._psycopg.connect(self._url, connect_timeout=10)
            except self._psycopg.OperationalError as exc:
                raise ConfigError(
                    f"cannot connect to the team store's PostgreSQL database ({exc})."
                ) from None
        return self._conn

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        with self._lock:
            conn = self._connection()
            try:
                with conn.transaction(), conn.cursor() as cursor:
                    yield cursor
            except self._psycopg.OperationalError:
                conn.close()  # reconnect on the next statement
                raise

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        with self._transaction() as cursor:
            cursor.execute(_pg(sql), tuple(params))
            return int(cursor.rowcount)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._transaction() as cursor:
            cursor.execute(_pg(sql), tuple(params))
            return [tuple(row) for row in cursor.fetchall()]

    def migrate(self) -> int:
        with self._transaction() as cursor:
            # Replicas starting together: one migrates, the others wait here and then find nothing to do.
            cursor.execute("SELECT pg_advisory_xact_lock(7141500015)")
            cursor.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)")
            return _apply(cursor, _pg)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()


def _pg(sql: str) -> str:
    return sql.replace("?", "%s")


def _apply(cursor: Any, dialect: Any) -> int:
    cursor.execute("SELECT MAX(version) FROM schema_migrations")
    current = cursor.fetchone()[0] or 0
    if current > LATEST_VERSION:
        raise ConfigError(
            f"the team store has schema version {current}, newer than this server knows ({LATEST_VERSION}); "
            "run the newer server version, or a store of its own."
        )
    for version, statements in MIGRATIONS:
        if version > current:
            for statement in statements:
                cursor.execute(statement)
            cursor.execute(dialect("INSERT INTO schema_migrations (version) VALUES (?)"), (version,))
            current = version
    return int(current)


STORE_EXAMPLES = (
    "sqlite:////var/lib/atlassian-people/team.db (an absolute path: one host) or "
    "postgresql://user:password@host/database (replicas)"
)


def open_database(url: str, *, existing: bool = False) -> Database:
    """`sqlite:////absolute/path/team.db`, `sqlite:///:memory:` or `postgresql://user@host/db` (with
    `existing`, only a SQLite file that is there already); ConfigError
    for anything else, including a relative SQLite path: it would silently depend on the working directory,
    where a planted or stale `team.db` would be used, or a fresh empty one would sign everybody out."""
    if not url:
        raise ConfigError(
            f"team mode needs MCP_TEAM_STORE, where sign-ins and the audit log live: {STORE_EXAMPLES}."
        )
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///") :]
        if path == ":memory:":
            return SqliteDatabase(path)
        if not path or not Path(path).is_absolute():
            raise ConfigError(
                f"MCP_TEAM_STORE={url} is not an absolute path, so it would depend on the working directory; "
                "use four slashes and the full path, e.g. sqlite:////var/lib/atlassian-people/team.db."
            )
        if existing and not Path(path).is_file():  # a typo must not read as an empty audit log
            raise ConfigError(f"there is no team store at {path}; set MCP_TEAM_STORE to the server's own.")
        return SqliteDatabase(path)
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresDatabase(url)
    raise ConfigError(f"MCP_TEAM_STORE must be {STORE_EXAMPLES}.")
