"""The team store on SQLite and PostgreSQL: migrations, sealed tokens, single-use codes and flows, the
refresh lease and compare-and-swap, the audit log."""

from __future__ import annotations

import threading

import pytest

from mcp_server.config_error import ConfigError
from mcp_server.team.db import LATEST_VERSION, Database, open_database
from mcp_server.team.keyring import KeyRing, new_key_entry
from mcp_server.team.store import AtlassianTokens, AuditEntry, Store, token_hash

TOKENS = AtlassianTokens("atl-access-1", "atl-refresh-1", 2_000_000_000.0)


def new_grant(store: Store, account: str = "acct-1", client: str = "client-1") -> str:
    return store.save_grant(
        account_id=account,
        client_id=client,
        approved=frozenset({"people:read"}),
        atlassian_scopes=frozenset({"read:me", "offline_access"}),
        cloud_id="cloud",
        display_name="Pat",
        tokens=TOKENS,
    )


def test_migrations_are_applied_once_and_again_change_nothing(store_url: str) -> None:
    first = open_database(store_url)
    assert first.migrate() == LATEST_VERSION
    first.close()
    second = open_database(store_url)
    assert second.migrate() == LATEST_VERSION
    assert second.query("SELECT COUNT(*) FROM schema_migrations") == [(LATEST_VERSION,)]
    second.close()


def test_a_store_newer_than_the_server_is_refused(database: Database, store_url: str) -> None:
    database.execute("INSERT INTO schema_migrations (version) VALUES (?)", (LATEST_VERSION + 1,))
    with pytest.raises(ConfigError, match="newer than this server knows"):
        open_database(store_url).migrate()


def test_atlassian_tokens_are_stored_sealed_and_only_open_in_their_row(
    database: Database, keys: KeyRing
) -> None:
    store = Store(database, keys)
    grant_id = new_grant(store)
    other_id = new_grant(store, account="acct-2")
    (sealed,) = database.query("SELECT sealed_tokens FROM grants WHERE grant_id = ?", (grant_id,))[0]
    assert "atl-access-1" not in sealed and "atl-refresh-1" not in sealed
    grant = store.grant(grant_id)
    assert grant is not None and grant.tokens == TOKENS and grant.account_id == "acct-1"
    # A sealed value copied into another person's row does not open there.
    database.execute("UPDATE grants SET sealed_tokens = ? WHERE grant_id = ?", (sealed, other_id))
    moved = store.grant(other_id)
    assert moved is not None and not moved.alive and "does not open" in (moved.dead_reason or "")
    assert moved.tokens.access_token == ""


def test_key_rotation_reseals_under_the_new_first_key(database: Database) -> None:
    old = new_key_entry("old")
    grant_id = new_grant(Store(database, KeyRing.parse("K", old)))
    rotated = Store(database, KeyRing.parse("K", f"{new_key_entry('new')},{old}"))
    assert rotated.reseal() == (1, 0)
    assert rotated.reseal() == (0, 0)
    new_only = Store(database, KeyRing([("new", rotated.keys.key_of("new"))]))
    grant = new_only.grant(grant_id)
    assert grant is not None and grant.tokens == TOKENS


def test_our_tokens_are_stored_only_as_hashes(database: Database, keys: KeyRing) -> None:
    store = Store(database, keys)
    grant_id = new_grant(store)
    token, _ = store.save_token("access", grant_id, "client-1", frozenset({"people:read"}), None, 3600)
    stored = database.query("SELECT token_hash FROM tokens")
    assert stored == [(token_hash(token),)]
    found = store.token(token, "access")
    assert found is not None and found.grant_id == grant_id
    assert store.token(token, "refresh") is None  # an access token is not a refresh token
    assert not store.spend_token(token)  # only a refresh token is spent
    refresh, _ = store.save_token("refresh", grant_id, "client-1", frozenset({"people:read"}), None, 60)
    assert store.spent_token_grant(refresh) is None
    assert store.spend_token(refresh) and not store.spend_token(refresh)
    assert store.token(refresh, "refresh") is None and store.spent_token_grant(refresh) == grant_id


def test_codes_and_flows_complete_once(database: Database, keys: KeyRing) -> None:
    store = Store(database, keys)
    grant_id = new_grant(store)
    store.save_code("the-code", grant_id, "client-1", {"scopes": ["people:read"]}, 300)
    assert store.code("the-code") is not None
    assert store.spend_code("the-code") and not store.spend_code("the-code")
    flow_id = store.create_flow("client-1", {"state": "s"}, 600)
    assert store.approve_flow(flow_id, "browser", "atl-state", frozenset({"people:read"}))
    assert not store.approve_flow(flow_id, "browser", "other", frozenset({"people:write"}))
    taken = store.take_flow("atl-state")
    assert taken is not None and taken.approved == frozenset({"people:read"})
    assert store.take_flow("atl-state") is None


def test_expired_flows_codes_and_tokens_are_not_found(database: Database, keys: KeyRing) -> None:
    now = [1_000_000.0]
    store = Store(database, keys, clock=lambda: now[0])
    grant_id = new_grant(store)
    token, _ = store.save_token("access", grant_id, "c", frozenset(), None, 60)
    flow_id = store.create_flow("c", {}, 60)
    now[0] += 61
    assert store.token(token, "access") is None and store.flow(flow_id) is None
    store.purge_expired()
    assert database.query("SELECT COUNT(*) FROM tokens") == [(0,)]


def test_a_new_grant_for_the_same_person_and_client_signs_the_old_one_out(
    database: Database, keys: KeyRing
) -> None:
    store = Store(database, keys)
    first = new_grant(store)
    token, _ = store.save_token("access", first, "client-1", frozenset(), None, 3600)
    second = new_grant(store)
    assert store.grant(first) is None and store.token(token, "access") is None
    assert store.grant(second) is not None
    assert store.consent("acct-1", "client-1") == frozenset({"people:read"})


def test_only_one_lease_holder_refreshes_and_only_from_the_newest_version(
    database: Database, keys: KeyRing
) -> None:
    store = Store(database, keys)
    grant_id = new_grant(store)
    winners: list[str] = []

    def contend(owner: str) -> None:
        if store.take_lease(grant_id, 1, owner, 30):
            winners.append(owner)

    threads = [threading.Thread(target=contend, args=(f"replica-{n}",)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(winners) == 1
    fresh = AtlassianTokens("atl-access-2", "atl-refresh-2", 2_000_000_100.0)
    assert not store.store_refreshed(grant_id, 1, "someone-else", fresh)
    assert store.store_refreshed(grant_id, 1, winners[0], fresh)
    assert not store.store_refreshed(grant_id, 1, winners[0], TOKENS)  # the old version is gone
    grant = store.grant(grant_id)
    assert grant is not None and grant.version == 2 and grant.tokens == fresh and grant.lease_owner is None
    assert not store.take_lease(grant_id, 1, "late", 30)  # a lease on a stale version is refused


def test_an_expired_lease_can_be_taken_over(database: Database, keys: KeyRing) -> None:
    now = [1_000_000.0]
    store = Store(database, keys, clock=lambda: now[0])
    grant_id = new_grant(store)
    assert store.take_lease(grant_id, 1, "crashed", 30)
    assert not store.take_lease(grant_id, 1, "other", 30)
    now[0] += 31
    assert store.take_lease(grant_id, 1, "other", 30)


def test_dead_grants_take_no_lease(database: Database, keys: KeyRing) -> None:
    store = Store(database, keys)
    grant_id = new_grant(store)
    store.mark_dead(grant_id, "revoked")
    grant = store.grant(grant_id)
    assert grant is not None and not grant.alive and grant.dead_reason == "revoked"
    assert not store.take_lease(grant_id, 1, "me", 30)


def test_audit_log_keeps_who_did_what(database: Database, keys: KeyRing) -> None:
    store = Store(database, keys)
    store.audit(AuditEntry(1.0, "acct-1", "c", "csm_write", "create", {"name": "Acme"}, "done"))
    store.audit(AuditEntry(2.0, "acct-2", "c", "groups_delete", "delete", {"group": "x"}, "preview"))
    assert [e.tool for e in store.audit_log()] == ["csm_write", "groups_delete"]
    (entry,) = store.audit_log("acct-1")
    assert entry.targets == {"name": "Acme"} and entry.outcome == "done"


def test_unknown_store_urls_are_refused() -> None:
    with pytest.raises(ConfigError, match="MCP_TEAM_STORE must be"):
        open_database("mysql://db/x")


def test_a_grant_no_key_opens_is_a_dead_grant_not_a_crash(database: Database) -> None:
    grant_id = new_grant(Store(database, KeyRing.parse("K", new_key_entry("gone"))))
    other_ring = Store(database, KeyRing.parse("K", new_key_entry("new")))
    assert other_ring.reseal() == (0, 1)
    grant = other_ring.grant(grant_id)
    assert grant is not None and not grant.alive and "not in the key ring" in (grant.dead_reason or "")


def test_registration_and_pending_sign_in_caps_hold_on_both_databases(
    database: Database, keys: KeyRing
) -> None:
    store = Store(database, keys)
    assert store.save_client("used", "{}", max_unused=2)
    new_grant(store, client="used")
    assert store.save_client("idle", "{}", max_unused=2) and store.save_client("busy", "{}", max_unused=2)
    store.create_flow("busy", {}, 900)
    # At the cap the idle registration makes room; one with a sign-in under way does not.
    assert store.save_client("next", "{}", max_unused=2)
    assert store.client("idle") is None and store.client("used") is not None
    store.create_flow("next", {}, 900)
    assert not store.save_client("refused", "{}", max_unused=2)
    flows = [store.create_flow("busy", {}, 900) for _ in range(12)]
    assert database.query("SELECT COUNT(*) FROM flows WHERE client_id = ?", ("busy",))[0][0] == 10
    assert store.flow(flows[-1]) is not None
