"""How many fetchOrganizations requests a bulk organization write makes to report the ids it wrote.

The bulk task's answer carries no ids, so they are looked up afterwards: each organization asked only as
what it is (its id where the item had one, else the name it was written with), 50 per request, the
requests of one lookup in flight together. Counted by the sandbox, per operation.
"""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client
from mcp_support import call, csm_stats

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio

WRITE = "csm_organizations_write"


def requests(sandbox: SandboxServer, operation: str) -> int:
    return int(sandbox.sandbox.requests[operation])


def stored_ids(sandbox: SandboxServer) -> dict[str, str]:
    store = sandbox.sandbox.state.csm
    with store.lock:
        return {o.name: o.id for o in store.organizations.values()}


async def test_upserting_100_new_organizations_looks_their_ids_up_in_two_requests(
    client: Client, sandbox: SandboxServer
) -> None:
    names = [f"Lookup Co {number:03}" for number in range(100)]
    before, applied = requests(sandbox, "fetchOrganizations"), csm_stats(sandbox)["organizations"]

    upserted = await call(client, WRITE, action="upsert", organizations=[{"name": n} for n in names])

    # 100 names, 50 per request (before: each name also asked as an id, 25 per request, so 4)
    assert requests(sandbox, "fetchOrganizations") - before == 2
    ids = stored_ids(sandbox)
    assert upserted.structured_content["items"] == [{"id": ids[n], "name": n} for n in names]
    assert csm_stats(sandbox)["organizations"] == applied + 100  # each written once
    assert f"Ids: {names[0]}={ids[names[0]]}, " in str(upserted.content[0].text)


async def test_items_with_ids_are_looked_up_by_id_and_new_ones_by_name(
    client: Client, sandbox: SandboxServer
) -> None:
    existing = list(stored_ids(sandbox).items())[:25]
    items: list[dict[str, Any]] = [
        {"organization": organization_id, "details": {"Region": "EU"}} for _, organization_id in existing
    ]
    items += [{"name": f"Fresh {number}"} for number in range(50)]
    before = requests(sandbox, "fetchOrganizations")

    upserted = await call(client, WRITE, action="upsert", organizations=items)

    # resolving the 25 ids before writing (each asked as an id and a name: 1 request), then 25 ids and 50
    # names after, 1 request each (before: the 75 asked both ways, 25 per request: 3)
    assert requests(sandbox, "fetchOrganizations") - before == 3
    ids = stored_ids(sandbox)
    expected = [{"id": i, "name": name} for name, i in existing]
    expected += [{"id": ids[f"Fresh {number}"], "name": f"Fresh {number}"} for number in range(50)]
    assert upserted.structured_content["items"] == expected
    assert upserted.structured_content.get("failures", []) == []
