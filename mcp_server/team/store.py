"""What the team server remembers, on either database (db.py): client registrations, sign-in flows in
progress, each person's grant with their Atlassian tokens (sealed, keyring.py), our own tokens (only their
SHA-256 is stored, so a copy of the database gives no usable token), consents and the audit log.

Every method is one short transaction; the refresh coordination across replicas is `take_lease` and
`store_refreshed`, two compare-and-swap statements on a grant's version.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .db import Database
from .keyring import KeyRing, SealError

Clock = Callable[[], float]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_secret(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def _words(values: frozenset[str] | list[str]) -> str:
    return " ".join(sorted(values))


def _set(text: str | None) -> frozenset[str]:
    return frozenset((text or "").split())


@dataclass(frozen=True)
class AtlassianTokens:
    access_token: str
    refresh_token: str
    expires_at: float  # when the access token stops working (epoch seconds)

    def as_json(self) -> bytes:
        return json.dumps(
            {"access": self.access_token, "refresh": self.refresh_token, "expires_at": self.expires_at}
        ).encode()

    @classmethod
    def from_json(cls, data: bytes) -> AtlassianTokens:
        value = json.loads(data)
        return cls(value["access"], value["refresh"], float(value["expires_at"]))


@dataclass(frozen=True)
class Grant:
    """One person's connection of one MCP client: who they are at Atlassian, what they approved for the
    client (our scopes), what Atlassian granted, and the Atlassian tokens."""

    grant_id: str
    account_id: str
    client_id: str
    approved: frozenset[str]
    atlassian_scopes: frozenset[str]
    cloud_id: str
    display_name: str
    tokens: AtlassianTokens
    version: int
    lease_owner: str | None
    lease_until: float | None
    status: str  # "active" or "dead"
    dead_reason: str | None

    @property
    def alive(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True)
class Flow:
    flow_id: str
    client_id: str
    params: dict[str, Any]
    browser_hash: str | None
    approved: frozenset[str] | None
    expires_at: int


@dataclass(frozen=True)
class IssuedToken:
    kind: str  # "access" or "refresh"
    grant_id: str
    client_id: str
    scopes: frozenset[str]
    resource: str | None
    expires_at: int


@dataclass(frozen=True)
class AuditEntry:
    at: float
    account_id: str
    client_id: str
    tool: str
    action: str
    targets: dict[str, Any]
    outcome: str


UNUSED_CLIENT_TTL_S = 86400
PENDING_FLOWS_PER_CLIENT = 10
# A registration nobody has signed in with (codes and tokens exist only beside a grant).
_UNUSED_CLIENT = "NOT EXISTS (SELECT 1 FROM grants g WHERE g.client_id = c.client_id)"
_GRANT_COLUMNS = (
    "grant_id, account_id, client_id, approved, atlassian_scopes, cloud_id, display_name, sealed_tokens, "
    "version, lease_owner, lease_until, status, dead_reason"
)


class Store:
    def __init__(self, db: Database, keys: KeyRing, clock: Clock = time.time) -> None:
        self.db = db
        self.keys = keys
        self.clock = clock

    def now(self) -> int:
        return int(self.clock())

    # -- client registrations ----------------------------------------------------------------------

    def save_client(self, client_id: str, info: str, max_unused: int) -> bool:
        """Register a client unless `max_unused` registrations nobody has signed in with yet exist (anyone
        may register, so these would otherwise grow the store without bound). At the cap the oldest unused
        one not in a sign-in right now makes room; False when every one is (the caller refuses)."""
        unused = self.db.query(f"SELECT COUNT(*) FROM clients c WHERE {_UNUSED_CLIENT}")[0][0]
        if int(unused) >= max_unused:
            oldest = self.db.query(
                f"SELECT client_id FROM clients c WHERE {_UNUSED_CLIENT} AND NOT EXISTS "
                "(SELECT 1 FROM flows f WHERE f.client_id = c.client_id AND f.expires_at > ?) "
                "ORDER BY created_at, client_id LIMIT 1",
                (self.now(),),
            )
            if not oldest or self.db.execute("DELETE FROM clients WHERE client_id = ?", (oldest[0][0],)) != 1:
                return False
        self.db.execute(
            "INSERT INTO clients (client_id, info, created_at) VALUES (?, ?, ?)",
            (client_id, info, self.now()),
        )
        return True

    def client(self, client_id: str) -> str | None:
        rows = self.db.query("SELECT info FROM clients WHERE client_id = ?", (client_id,))
        return str(rows[0][0]) if rows else None

    # -- sign-in flows -----------------------------------------------------------------------------

    def create_flow(self, client_id: str, params: dict[str, Any], ttl_s: int) -> str:
        flow_id = new_secret()
        self.db.execute(
            "INSERT INTO flows (flow_id, client_id, params, expires_at) VALUES (?, ?, ?, ?)",
            (flow_id, client_id, json.dumps(params), self.now() + ttl_s),
        )
        # Anyone holding a client id may start sign-ins: keep only its newest few undecided ones.
        self.db.execute(
            "DELETE FROM flows WHERE client_id = ? AND approved IS NULL AND flow_id <> ? AND flow_id NOT IN "
            "(SELECT flow_id FROM flows WHERE client_id = ? AND approved IS NULL AND flow_id <> ? "
            "ORDER BY expires_at DESC, flow_id LIMIT ?)",
            (client_id, flow_id, client_id, flow_id, PENDING_FLOWS_PER_CLIENT - 1),
        )
        return flow_id

    def flow(self, flow_id: str) -> Flow | None:
        rows = self.db.query(
            "SELECT flow_id, client_id, params, browser_hash, approved, expires_at FROM flows "
            "WHERE flow_id = ? AND expires_at > ?",
            (flow_id, self.now()),
        )
        return _flow(rows[0]) if rows else None

    def approve_flow(self, flow_id: str, browser: str, state: str, approved: frozenset[str]) -> bool:
        """Record the person's decision once (a second POST of the same form changes nothing)."""
        return (
            self.db.execute(
                "UPDATE flows SET browser_hash = ?, state_hash = ?, approved = ? "
                "WHERE flow_id = ? AND approved IS NULL AND expires_at > ?",
                (token_hash(browser), token_hash(state), _words(approved), flow_id, self.now()),
            )
            == 1
        )

    def take_flow(self, state: str) -> Flow | None:
        """The approved flow Atlassian's callback names by its state, removed so it completes once."""
        rows = self.db.query(
            "SELECT flow_id, client_id, params, browser_hash, approved, expires_at FROM flows "
            "WHERE state_hash = ? AND expires_at > ?",
            (token_hash(state), self.now()),
        )
        if not rows or self.db.execute("DELETE FROM flows WHERE flow_id = ?", (rows[0][0],)) != 1:
            return None
        return _flow(rows[0])

    # -- grants --------------------------------------------------------------------------------------

    def save_grant(
        self,
        *,
        account_id: str,
        client_id: str,
        approved: frozenset[str],
        atlassian_scopes: frozenset[str],
        cloud_id: str,
        display_name: str,
        tokens: AtlassianTokens,
    ) -> str:
        """A new grant for this person and client, replacing (and signing out) any earlier one."""
        for (old,) in self.db.query(
            "SELECT grant_id FROM grants WHERE account_id = ? AND client_id = ?", (account_id, client_id)
        ):
            self.delete_grant(str(old))
        grant_id = new_secret(18)
        now = self.now()
        self.db.execute(
            f"INSERT INTO grants ({_GRANT_COLUMNS}, created_at, used_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, NULL, 'active', NULL, ?, ?)",
            (
                grant_id,
                account_id,
                client_id,
                _words(approved),
                _words(atlassian_scopes),
                cloud_id,
                display_name,
                self.keys.seal(tokens.as_json(), grant_id),
                now,
                now,
            ),
        )
        self.db.execute(
            "DELETE FROM consents WHERE account_id = ? AND client_id = ?", (account_id, client_id)
        )
        self.db.execute(
            "INSERT INTO consents (account_id, client_id, scopes, decided_at) VALUES (?, ?, ?, ?)",
            (account_id, client_id, _words(approved), now),
        )
        return grant_id

    def grant(self, grant_id: str) -> Grant | None:
        rows = self.db.query(f"SELECT {_GRANT_COLUMNS} FROM grants WHERE grant_id = ?", (grant_id,))
        if not rows:
            return None
        row = rows[0]
        status, dead_reason = str(row[11]), row[12]
        try:
            tokens = AtlassianTokens.from_json(self.keys.open(str(row[7]), str(row[0])))
        except SealError as exc:  # e.g. its key was dropped from MCP_TEAM_KEYS: the person signs in again
            tokens, status, dead_reason = AtlassianTokens("", "", 0.0), "dead", f"the stored sign-in {exc}"
        return Grant(
            grant_id=str(row[0]),
            account_id=str(row[1]),
            client_id=str(row[2]),
            approved=_set(row[3]),
            atlassian_scopes=_set(row[4]),
            cloud_id=str(row[5]),
            display_name=str(row[6]),
            tokens=tokens,
            version=int(row[8]),
            lease_owner=row[9],
            lease_until=None if row[10] is None else float(row[10]),
            status=status,
            dead_reason=dead_reason,
        )

    def take_lease(self, grant_id: str, version: int, owner: str, seconds: float) -> bool:
        """The right to refresh this grant's tokens, for one process, while the tokens are still `version`
        and nobody else holds an unexpired lease."""
        now = self.clock()
        return (
            self.db.execute(
                "UPDATE grants SET lease_owner = ?, lease_until = ? WHERE grant_id = ? AND version = ? "
                "AND status = 'active' AND (lease_until IS NULL OR lease_until < ?)",
                (owner, now + seconds, grant_id, version, now),
            )
            == 1
        )

    def store_refreshed(self, grant_id: str, version: int, owner: str, tokens: AtlassianTokens) -> bool:
        """Replace the tokens (the new version) if this lease holder still holds version."""
        return (
            self.db.execute(
                "UPDATE grants SET sealed_tokens = ?, version = version + 1, lease_owner = NULL, "
                "lease_until = NULL, used_at = ? WHERE grant_id = ? AND version = ? AND lease_owner = ?",
                (self.keys.seal(tokens.as_json(), grant_id), self.now(), grant_id, version, owner),
            )
            == 1
        )

    def release_lease(self, grant_id: str, owner: str) -> None:
        self.db.execute(
            "UPDATE grants SET lease_owner = NULL, lease_until = NULL WHERE grant_id = ? AND lease_owner = ?",
            (grant_id, owner),
        )

    def mark_dead(self, grant_id: str, reason: str) -> None:
        self.db.execute(
            "UPDATE grants SET status = 'dead', dead_reason = ?, lease_owner = NULL, lease_until = NULL "
            "WHERE grant_id = ?",
            (reason, grant_id),
        )

    def delete_grant(self, grant_id: str) -> None:
        self.db.execute("DELETE FROM tokens WHERE grant_id = ?", (grant_id,))
        self.db.execute("DELETE FROM codes WHERE grant_id = ?", (grant_id,))
        self.db.execute("DELETE FROM grants WHERE grant_id = ?", (grant_id,))

    def reseal(self) -> tuple[int, int]:
        """Re-encrypt every grant not sealed under the ring's first key (after a key rotation): how many
        were moved, and how many no key in the ring opens (those people sign in again)."""
        moved = unopenable = 0
        for grant_id, sealed in self.db.query("SELECT grant_id, sealed_tokens FROM grants"):
            if self.keys.is_current(str(sealed)):
                continue
            try:
                opened = self.keys.open(str(sealed), str(grant_id))
            except SealError:
                unopenable += 1
                continue
            fresh = self.keys.seal(opened, str(grant_id))
            moved += self.db.execute(
                "UPDATE grants SET sealed_tokens = ? WHERE grant_id = ? AND sealed_tokens = ?",
                (fresh, grant_id, sealed),
            )
        return moved, unopenable

    def consent(self, account_id: str, client_id: str) -> frozenset[str] | None:
        rows = self.db.query(
            "SELECT scopes FROM consents WHERE account_id = ? AND client_id = ?", (account_id, client_id)
        )
        return _set(rows[0][0]) if rows else None

    # -- authorization codes and our tokens ----------------------------------------------------------

    def save_code(
        self, code: str, grant_id: str, client_id: str, details: dict[str, Any], ttl_s: int
    ) -> None:
        self.db.execute(
            "INSERT INTO codes (code_hash, grant_id, client_id, details, expires_at) VALUES (?, ?, ?, ?, ?)",
            (token_hash(code), grant_id, client_id, json.dumps(details), self.now() + ttl_s),
        )

    def code(self, code: str) -> tuple[str, str, dict[str, Any], int] | None:
        """(grant id, client id, details, expiry) of an unexpired code."""
        rows = self.db.query(
            "SELECT grant_id, client_id, details, expires_at FROM codes "
            "WHERE code_hash = ? AND expires_at > ?",
            (token_hash(code), self.now()),
        )
        if not rows:
            return None
        grant_id, client_id, details, expires_at = rows[0]
        return str(grant_id), str(client_id), json.loads(details), int(expires_at)

    def spend_code(self, code: str) -> bool:
        """Remove the code; False when it was already spent (a replayed code)."""
        return self.db.execute("DELETE FROM codes WHERE code_hash = ?", (token_hash(code),)) == 1

    def save_token(
        self,
        kind: str,
        grant_id: str,
        client_id: str,
        scopes: frozenset[str],
        resource: str | None,
        ttl_s: int,
    ) -> tuple[str, int]:
        token = new_secret()
        expires_at = self.now() + ttl_s
        self.db.execute(
            "INSERT INTO tokens (token_hash, kind, grant_id, client_id, scopes, resource, expires_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (token_hash(token), kind, grant_id, client_id, _words(scopes), resource, expires_at),
        )
        return token, expires_at

    def token(self, token: str, kind: str) -> IssuedToken | None:
        rows = self.db.query(
            "SELECT kind, grant_id, client_id, scopes, resource, expires_at FROM tokens "
            "WHERE token_hash = ? AND kind = ? AND expires_at > ?",
            (token_hash(token), kind, self.now()),
        )
        if not rows:
            return None
        row = rows[0]
        return IssuedToken(str(row[0]), str(row[1]), str(row[2]), _set(row[3]), row[4], int(row[5]))

    def spend_token(self, token: str) -> bool:
        """Use a refresh token up: False when it was already used. Its hash stays (as `spent`) until it
        would have expired, so presenting it again is recognised as a replay (`spent_token_grant`)."""
        return (
            self.db.execute(
                "UPDATE tokens SET kind = 'spent' WHERE token_hash = ? AND kind = 'refresh'",
                (token_hash(token),),
            )
            == 1
        )

    def spent_token_grant(self, token: str) -> str | None:
        """The grant of a refresh token that was already used, if this is one."""
        found = self.token(token, "spent")
        return found.grant_id if found else None

    def purge_expired(self) -> None:
        now = self.now()
        for table in ("flows", "codes", "tokens"):
            self.db.execute(f"DELETE FROM {table} WHERE expires_at <= ?", (now,))
        # Registrations nobody signed in with for a day (their flows have expired too by now).
        self.db.execute(
            f"DELETE FROM clients WHERE client_id IN (SELECT client_id FROM clients c WHERE {_UNUSED_CLIENT} "
            "AND c.created_at <= ?)",
            (now - UNUSED_CLIENT_TTL_S,),
        )

    # -- audit log -----------------------------------------------------------------------------------

    def audit(self, entry: AuditEntry) -> str:
        """Log an entry (a write or delete about to run); its id, to record the outcome."""
        entry_id = new_secret(12)
        self.db.execute(
            "INSERT INTO audit_log (entry_id, at, account_id, client_id, tool, action, targets, outcome) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry_id,
                entry.at,
                entry.account_id,
                entry.client_id,
                entry.tool,
                entry.action,
                json.dumps(entry.targets, sort_keys=True, default=str),
                entry.outcome,
            ),
        )
        return entry_id

    def finish_audit(self, entry_id: str, outcome: str) -> None:
        self.db.execute("UPDATE audit_log SET outcome = ? WHERE entry_id = ?", (outcome, entry_id))

    def audit_log(self, account_id: str | None = None) -> list[AuditEntry]:
        where, params = ("WHERE account_id = ?", (account_id,)) if account_id else ("", ())
        rows = self.db.query(
            "SELECT at, account_id, client_id, tool, action, targets, outcome FROM audit_log "
            f"{where} ORDER BY at, entry_id",
            params,
        )
        return [
            AuditEntry(float(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), json.loads(r[5]), str(r[6]))
            for r in rows
        ]


def _flow(row: tuple[Any, ...]) -> Flow:
    return Flow(
        flow_id=str(row[0]),
        client_id=str(row[1]),
        params=json.loads(row[2]),
        browser_hash=row[3],
        approved=None if row[4] is None else _set(row[4]),
        expires_at=int(row[5]),
    )
