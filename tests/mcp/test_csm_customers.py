"""csm_customers_read / _write / _delete end to end against the sandbox (real MCP client, HTTP)."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import call, csm_stats, detail, fails, text

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio

READ, WRITE, DELETE = "csm_customers_read", "csm_customers_write", "csm_customers_delete"


def last_bulk(sandbox: SandboxServer) -> str:
    store = sandbox.sandbox.state.csm
    with store.lock:
        return list(store.tasks.values())[-1].operation_id


async def profile(client: Client, customer: str) -> dict[str, Any]:
    found = await call(client, READ, action="get", customers=[customer])
    return dict(found.structured_content["item"])


def seeded(sandbox: SandboxServer, count: int) -> list[tuple[str, str]]:
    """(id, email) of the first seeded customers."""
    store = sandbox.sandbox.state.csm
    with store.lock:
        return [(c.id, c.email) for c in list(store.customers.values())[:count]]


def an_organization(sandbox: SandboxServer) -> tuple[str, str]:
    store = sandbox.sandbox.state.csm
    with store.lock:
        organization = next(iter(store.organizations.values()))
        return organization.id, organization.name


async def customer_id_by_email(sandbox: SandboxServer, email: str) -> str:
    store = sandbox.sandbox.state.csm
    with store.lock:
        found = store.customer_with_email(email)
        assert found is not None
        return found.id


# -- single customers ------------------------------------------------------------------------------


async def test_create_read_update_and_delete_one_customer(client: Client, sandbox: SandboxServer) -> None:
    org_id, org_name = an_organization(sandbox)
    before = csm_stats(sandbox)
    plain = await call(
        client,
        WRITE,
        action="create",
        customers=[{"customer": "new.person@example.com", "name": "New Person"}],
    )
    new_id = plain.structured_content["item"]["id"]
    assert new_id.startswith("qm:") and plain.structured_content["item"]["displayName"] == "New Person"

    rich = await call(
        client,
        WRITE,
        action="create",
        customers=[
            {"customer": "second@example.com", "details": {"Tier": "Gold"}, "organizations": [org_name]}
        ],
    )
    second = rich.structured_content["item"]
    assert detail(second, "Tier") == ["Gold"] and second["organizations"] == [
        {"id": org_id, "name": org_name}
    ]
    assert csm_stats(sandbox)["customers"] == before["customers"] + 2

    got = await profile(client, new_id)
    assert got["displayName"] == "New Person" and got["email"] == "new.person@example.com"
    account = await call(client, READ, action="account", customers=[new_id])
    assert account.structured_content["item"]["email"] == "new.person@example.com"
    details = await call(client, READ, action="details", customers=[second["id"]])
    assert "Tier = Gold (SELECT: Bronze, Silver, Gold, Platinum)" in text(details)
    several = await call(client, READ, action="get", customers=[new_id, second["id"], "qm:nobody"])
    assert [p["id"] for p in several.structured_content["items"]] == [new_id, second["id"]]
    assert several.structured_content.get("failures", []) == [{"item": "qm:nobody", "error": "not found"}]

    # update one customer by id: synchronous rename + detail values
    updated = await call(
        client,
        WRITE,
        action="update",
        customers=[{"customer": new_id, "name": "Renamed Person", "details": {"Region": "EU"}}],
    )
    assert (
        "Region=EU" in text(updated) and updated.structured_content["item"]["displayName"] == "Renamed Person"
    )
    assert detail(await profile(client, new_id), "Region") == ["EU"]

    # by email the profile bulk endpoint identifies the customer itself
    joined = await call(
        client,
        WRITE,
        action="update",
        customers=[{"customer": "new.person@example.com", "organizations": [org_id]}],
    )
    assert (
        joined.structured_content.get("failures", []) == []
        and last_bulk(sandbox) == "bulkManageCustomerProfiles"
    )
    assert [o["id"] for o in (await profile(client, new_id))["organizations"]] == [org_id]

    # delete: preview (nothing changes), a token for other arguments is refused, then confirmed
    preview = await call(client, DELETE, action="delete", customers=[new_id])
    token = preview.structured_content["confirm_token"]
    assert [p["id"] for p in preview.structured_content["preview"]["delete"]] == [new_id]
    assert "Renamed Person" in text(preview) and "PREVIEW" in text(preview)
    assert csm_stats(sandbox)["customers"] == before["customers"] + 2
    refused = await fails(client, DELETE, action="delete", customers=[second["id"]], confirm_token=token)
    assert "does not match" in refused
    await call(client, DELETE, action="delete", customers=[new_id], confirm_token=token)
    gone = await fails(client, READ, action="get", customers=[new_id])
    assert "Not found" in gone and "action=search" in gone
    assert csm_stats(sandbox)["customers"] == before["customers"] + 1


async def test_errors_name_what_to_pass(client: Client, sandbox: SandboxServer) -> None:
    by_email = await fails(client, READ, action="get", customers=["someone@example.com"])
    assert "cannot find a customer by email" in by_email and "customer id" in by_email
    several = await fails(client, READ, action="details", customers=["qm:a", "qm:b"])
    assert "exactly one" in several
    missing = await fails(client, READ, action="search", field="Tier")
    assert "value" in missing
    unknown_field = await fails(client, READ, action="search", field="Shoe size", value="42")
    assert "Shoe size" in unknown_field
    no_email = await fails(client, WRITE, action="create", customers=[{"customer": "qm:x"}])
    assert "customers[0].customer" in no_email and "email" in no_email
    extra = await fails(client, WRITE, action="create", customers=[{"customer": "a@b.co", "mail": "x"}])
    assert "mail" in extra
    no_change = await fails(client, WRITE, action="update", customers=[{"customer": "qm:x"}])
    assert "changes nothing" in no_change
    org = await call(
        client, WRITE, action="update", customers=[{"customer": "qm:x", "organizations": ["No Such Org"]}]
    )
    assert "No Such Org" in org.structured_content.get("failures", [])[0]["error"]
    not_found = await fails(client, WRITE, action="update", customers=[{"customer": "qm:x", "name": "N"}])
    assert "Not found" in not_found


async def test_which_customers_have_tier_gold_paged_to_the_end(
    client: Client, sandbox: SandboxServer
) -> None:
    store = sandbox.sandbox.state.csm
    with store.lock:
        tier = next(f for f in store.fields["customer"].values() if f.name == "Tier")
        gold = {
            c.id for c in store.customers.values() if store.customers[c.id].details.get(tier.id) == ["Gold"]
        }
    assert len(gold) > 3
    seen: list[str] = []
    cursor = None
    while True:
        arguments: dict[str, Any] = {"action": "search", "field": "Tier", "value": "Gold", "limit": 3}
        if cursor:
            arguments["cursor"] = cursor
        page = await call(client, READ, **arguments)
        assert page.structured_content["total"] == len(gold)
        seen += [c["id"] for c in page.structured_content["items"]]
        cursor = page.structured_content.get("next_cursor")
        if not cursor:
            break
    assert sorted(seen) == sorted(gold) and len(seen) == len(set(seen))


# -- bulk ------------------------------------------------------------------------------------------


async def test_bulk_create_reports_progress_and_per_item_failures(
    client: Client, sandbox: SandboxServer
) -> None:
    _, taken = seeded(sandbox, 1)[0]
    items: list[dict[str, Any]] = [
        {"customer": f"bulk{n}@example.com", "name": f"Bulk {n}", "details": {"Region": "EU"}}
        for n in range(20)
    ]
    items[3] = {"customer": taken, "details": {"Region": "EU"}}
    items[7]["details"] = {"Tier": "Diamond"}
    reported: list[tuple[float, float | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        reported.append((progress, total))

    before = csm_stats(sandbox)
    result = await client.call_tool(
        WRITE, {"action": "create", "customers": items}, progress_callback=on_progress
    )
    assert not result.is_error, text(result)
    failures = result.structured_content.get("failures", [])
    assert [(f["index"], f["item"]) for f in failures] == [(3, taken), (7, "bulk7@example.com")]
    assert failures[0]["code"] == "EMAIL_ALREADY_EXISTS" and "Diamond" in failures[1]["error"]
    assert "Created 18 of 20" in text(result) and last_bulk(sandbox) == "bulkManageCustomerProfiles"
    assert csm_stats(sandbox)["customers"] == before["customers"] + 18
    assert reported and reported[-1] == (20.0, 20.0)

    new_id = await customer_id_by_email(sandbox, "bulk0@example.com")
    assert detail(await profile(client, new_id), "Region") == ["EU"]

    # retry only the failed item, fixed
    retry = await call(
        client,
        WRITE,
        action="create",
        customers=[{"customer": "bulk7@example.com", "details": {"Tier": "Gold"}}],
    )
    assert retry.structured_content.get("failures", []) == []


async def test_a_bulk_call_repeated_with_its_idempotency_key_applies_once(
    client: Client, sandbox: SandboxServer
) -> None:
    items = [{"customer": f"once{n}@example.com"} for n in range(4)]
    before = csm_stats(sandbox)
    first = await call(client, WRITE, action="create", customers=items, idempotency_key="once-1")
    second = await call(client, WRITE, action="create", customers=items, idempotency_key="once-1")
    after = csm_stats(sandbox)
    assert last_bulk(sandbox) == "bulkManageCustomerAccounts"
    assert after["customers"] == before["customers"] + 4
    assert after["bulkItemsProcessed"] == before["bulkItemsProcessed"] + 4
    assert after["idempotentReplays"] == before["idempotentReplays"] + 1
    assert second.structured_content["tasks"] == first.structured_content["tasks"]
    assert second.structured_content.get("failures", []) == first.structured_content.get("failures", []) == []


async def test_bulk_updates_choose_the_matching_endpoint(client: Client, sandbox: SandboxServer) -> None:
    (id0, _), (id1, _), (id2, email2) = seeded(sandbox, 3)

    renamed = await call(
        client,
        WRITE,
        action="update",
        customers=[{"customer": id0, "name": "First Renamed"}, {"customer": id1, "name": "Second Renamed"}],
    )
    assert (
        renamed.structured_content.get("failures", []) == []
        and last_bulk(sandbox) == "bulkManageCustomerAccounts"
    )
    assert (await profile(client, id1))["displayName"] == "Second Renamed"

    valued = await call(
        client,
        WRITE,
        action="update",
        customers=[
            {"customer": id0, "details": {"Tier": "Platinum", "Region": "AU"}},
            {"customer": id1, "details": {"Tier": "Wood"}},
        ],
    )
    failures = valued.structured_content.get("failures", [])
    assert [(f["index"], f["field"]) for f in failures] == [(1, "Tier")]
    assert last_bulk(sandbox) == "bulkManageCustomerDetails"
    first = await profile(client, id0)
    assert detail(first, "Tier") == ["Platinum"] and detail(first, "Region") == ["AU"]

    upserted = await call(
        client,
        WRITE,
        action="upsert",
        customers=[
            {"customer": email2, "details": {"Tier": "Silver"}},
            {"customer": "upserted@example.com", "name": "Upserted", "details": {"Tier": "Gold"}},
        ],
    )
    assert upserted.structured_content.get("failures", []) == []
    assert detail(await profile(client, id2), "Tier") == ["Silver"]
    new_id = await customer_id_by_email(sandbox, "upserted@example.com")
    assert detail(await profile(client, new_id), "Tier") == ["Gold"]


async def test_bulk_delete_and_clear_details_preview_then_confirm(
    client: Client, sandbox: SandboxServer
) -> None:
    ids = [customer_id for customer_id, _ in seeded(sandbox, 3)]
    before = csm_stats(sandbox)

    clear = {"action": "clear_details", "customers": ids[:2], "fields": ["Tier"]}
    preview = await call(client, DELETE, **clear)
    assert [c["id"] for c in preview.structured_content["preview"]["clear"]] == ids[:2]
    assert detail(await profile(client, ids[0]), "Tier")
    await call(client, DELETE, **clear, confirm_token=preview.structured_content["confirm_token"])
    for customer_id in ids[:2]:
        assert detail(await profile(client, customer_id), "Tier") == []
    assert last_bulk(sandbox) == "bulkManageCustomerDetails"

    remove = {"action": "delete", "customers": [*ids, "qm:gone", "who@example.com"]}
    preview = await call(client, DELETE, **remove)
    assert [p["id"] for p in preview.structured_content["preview"]["delete"]] == ids
    assert [f["item"] for f in preview.structured_content["preview"]["not_found"]] == [
        "who@example.com",
        "qm:gone",
    ]
    for customer_id in ids:
        assert customer_id in text(preview)
    assert csm_stats(sandbox)["customers"] == before["customers"]
    deleted = await call(client, DELETE, **remove, confirm_token=preview.structured_content["confirm_token"])
    assert [p["id"] for p in deleted.structured_content["items"]] == ids
    assert last_bulk(sandbox) == "bulkManageCustomerAccounts"
    assert csm_stats(sandbox)["customers"] == before["customers"] - 3
    listed = await call(client, READ, action="get", customers=ids)
    assert (
        listed.structured_content["items"] == [] and len(listed.structured_content.get("failures", [])) == 3
    )
