"""CSM bulk operations end to end: asynchronous tasks, progress, per-item failures and idempotency."""

from __future__ import annotations

import time
from typing import Any

import csm_client
from conftest import csm_client_for
from csm_client.api.customers import (
    bulk_manage_customer_accounts,
    bulk_manage_customer_details,
    bulk_manage_customer_profiles,
    create_customer_detail_field,
)
from csm_client.api.organizations import (
    bulk_manage_organization_details,
    bulk_manage_organization_profiles,
    bulk_manage_organizations,
)
from csm_client.api.tasks import get_task
from csm_client.models import (
    AssociateOrganizations,
    AssociateProducts,
    BulkAccountOperation,
    BulkCustomerDetailItem,
    BulkCustomerItem,
    BulkCustomerProfileItem,
    BulkDetailOperation,
    BulkManageCustomerAccountsRequest,
    BulkManageCustomerDetailsRequest,
    BulkManageCustomerProfilesRequest,
    BulkManageOrganizationDetailsRequest,
    BulkManageOrganizationProfilesRequest,
    BulkManageOrganizationsRequest,
    BulkOrganizationDetailItem,
    BulkOrganizationItem,
    BulkOrganizationProfileItem,
    BulkProfileOperation,
    CreateDetailFieldRequest,
    DetailFieldType,
    DetailFieldTypeName,
    ProfileDetailFieldValueRequest,
)
from csm_client.types import Response

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import AGENT_EMAIL, AGENT_TOKEN


def ok(response: Response[Any], status: int = 200) -> Any:
    assert response.status_code == status, response.content
    return response.parsed


def wait_for(
    csm: csm_client.Client, task_id: str, timeout: float = 10.0
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Poll the task until it completes: (final task, every status seen on the way)."""
    seen: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        task = ok(get_task.sync_detailed(task_id, client=csm)).to_dict()
        seen.append(task)
        if task["status"] == "COMPLETED":
            return task, seen
        assert "failures" not in task  # failures are reported on completion
        time.sleep(0.01)
    raise AssertionError(f"task {task_id} did not complete within {timeout}s: {seen[-1]}")


def test_bulk_details_progress_then_complete_exactly_once(
    csm: csm_client.Client, sandbox: SandboxServer
) -> None:
    store = sandbox.sandbox.state.csm
    organization_ids = list(store.organizations)
    tiers = ["Bronze", "Silver", "Gold", "Platinum"]
    items = [
        BulkOrganizationDetailItem(
            organization_id=organization_ids[n % len(organization_ids)],
            name="Tier",
            operation=BulkDetailOperation.UPDATE,
            values=[tiers[n % 4]],
        )
        for n in range(300)
    ]
    body = BulkManageOrganizationDetailsRequest(operations=items)
    accepted = ok(
        bulk_manage_organization_details.sync_detailed(client=csm, body=body, idempotency_key="k-300"), 202
    )
    assert accepted.status in ("PENDING", "IN_PROGRESS")

    task, seen = wait_for(csm, accepted.task_id)
    assert task == {"taskId": accepted.task_id, "status": "COMPLETED", "progress": 100, "failures": []}
    progress = [t["progress"] for t in seen]
    assert progress == sorted(progress), "progress never goes backwards"
    assert any(t["status"] == "IN_PROGRESS" and 0 < t["progress"] < 100 for t in seen), seen
    stats = store.stats()
    assert (stats["bulkItemsProcessed"], stats["bulkItemsApplied"], stats["bulkItemsFailed"]) == (300, 300, 0)
    tier = next(f for f in store.fields["organization"].values() if f.name == "Tier")
    last_for = {organization_ids[n % len(organization_ids)]: tiers[n % 4] for n in range(300)}
    assert all(store.organizations[o].details[tier.id] == [t] for o, t in last_for.items())

    # The same key and body: the same task, nothing applied again.
    replay = ok(
        bulk_manage_organization_details.sync_detailed(client=csm, body=body, idempotency_key="k-300"), 202
    )
    assert (replay.task_id, replay.status) == (accepted.task_id, "COMPLETED")
    time.sleep(0.1)
    after = store.stats()
    assert after["bulkItemsProcessed"] == 300 and after["tasks"] == 1 and after["idempotentReplays"] == 1

    # The same key with a different body is a conflict; another caller's key is their own.
    changed = BulkManageOrganizationDetailsRequest(operations=items[:1])
    conflict = bulk_manage_organization_details.sync_detailed(
        client=csm, body=changed, idempotency_key="k-300"
    )
    assert conflict.status_code == 409 and accepted.task_id in conflict.content.decode()
    agent = csm_client_for(sandbox, (AGENT_EMAIL, AGENT_TOKEN))
    own = ok(
        bulk_manage_organization_details.sync_detailed(client=agent, body=changed, idempotency_key="k-300"),
        202,
    )
    assert own.task_id != accepted.task_id


def test_replay_while_running_returns_the_running_task(
    csm: csm_client.Client, sandbox: SandboxServer
) -> None:
    body = BulkManageOrganizationsRequest(
        organizations=[
            BulkOrganizationItem(operation=BulkAccountOperation.CREATE, name=f"Batch Org {n} Ltd")
            for n in range(50)
        ]
    )
    first = ok(bulk_manage_organizations.sync_detailed(client=csm, body=body, idempotency_key="batch"), 202)
    second = ok(bulk_manage_organizations.sync_detailed(client=csm, body=body, idempotency_key="batch"), 202)
    assert second.task_id == first.task_id
    task, _ = wait_for(csm, first.task_id)
    assert task["failures"] == []
    stats = sandbox.sandbox.state.csm.stats()
    assert stats["bulkItemsApplied"] == 50
    names = [o.name for o in sandbox.sandbox.state.csm.organizations.values()]
    assert sum(name.startswith("Batch Org ") for name in names) == 50


def test_bulk_organizations_report_per_item_failures(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.csm
    existing = list(store.organizations.values())
    taken, doomed = existing[0], existing[1]
    taken_name = taken.name
    body = BulkManageOrganizationsRequest(
        organizations=[
            BulkOrganizationItem(operation=BulkAccountOperation.CREATE, name="Brand New GmbH"),
            BulkOrganizationItem(operation=BulkAccountOperation.CREATE, name=taken_name),
            BulkOrganizationItem(operation=BulkAccountOperation.UPDATE, id="999999", name="Ghost Ltd"),
            BulkOrganizationItem(operation=BulkAccountOperation.DELETE, id=doomed.id),
            BulkOrganizationItem(operation=BulkAccountOperation.UPDATE, id=taken.id, name="Renamed Inc."),
        ]
    )
    accepted = ok(
        bulk_manage_organizations.sync_detailed(client=csm, body=body, idempotency_key="mixed"), 202
    )
    task, _ = wait_for(csm, accepted.task_id)
    failures = [(f["index"], f["identifier"], f["code"]) for f in task["failures"]]
    assert failures == [(1, taken_name, "NAME_ALREADY_EXISTS"), (2, "999999", "ORGANIZATION_NOT_FOUND")]
    assert all(f["message"] for f in task["failures"])
    assert doomed.id not in store.organizations and store.organizations[taken.id].name == "Renamed Inc."
    assert store.organization_named("Brand New GmbH") is not None
    stats = store.stats()
    assert (stats["bulkItemsApplied"], stats["bulkItemsFailed"]) == (3, 2)


def test_bulk_requests_are_checked_before_acceptance(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    no_id = BulkManageOrganizationsRequest(
        organizations=[BulkOrganizationItem(operation=BulkAccountOperation.DELETE)]
    )
    refused = bulk_manage_organizations.sync_detailed(client=csm, body=no_id, idempotency_key="bad")
    assert refused.status_code == 400 and "'id'" in refused.content.decode()
    empty = bulk_manage_customer_accounts.sync_detailed(
        client=csm, body=BulkManageCustomerAccountsRequest(customers=[]), idempotency_key="empty"
    )
    assert empty.status_code == 400
    too_many = BulkManageOrganizationsRequest(
        organizations=[
            BulkOrganizationItem(operation=BulkAccountOperation.CREATE, name=f"O{n}") for n in range(51)
        ]
    )
    assert (
        bulk_manage_organizations.sync_detailed(client=csm, body=too_many, idempotency_key="51").status_code
        == 400
    )
    assert sandbox.sandbox.state.csm.stats()["tasks"] == 0
    assert get_task.sync_detailed("no-such-task", client=csm).status_code == 404


def test_bulk_organization_profiles(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.csm
    existing = next(iter(store.organizations.values()))
    customer_id, product_id = next(iter(store.customers)), next(iter(store.products))
    gold = [ProfileDetailFieldValueRequest(name="Tier", values=["Gold"])]
    body = BulkManageOrganizationProfilesRequest(
        profiles=[
            BulkOrganizationProfileItem(
                operation=BulkProfileOperation.UPSERT,
                name="Upserted Pty Ltd",
                details=gold,
                associate_products=AssociateProducts(product_ids=[product_id]),
            ),
            BulkOrganizationProfileItem(
                operation=BulkProfileOperation.UPDATE, name=existing.name, details=gold
            ),
            BulkOrganizationProfileItem(operation=BulkProfileOperation.UPSERT, id="999999", details=gold),
            BulkOrganizationProfileItem(
                operation=BulkProfileOperation.CREATE,
                name="Bad Tier AG",
                details=[ProfileDetailFieldValueRequest(name="Tier", values=["Diamond"])],
            ),
        ]
    )
    accepted = ok(
        bulk_manage_organization_profiles.sync_detailed(client=csm, body=body, idempotency_key="p"), 202
    )
    task, _ = wait_for(csm, accepted.task_id)
    assert [(f["index"], f["code"]) for f in task["failures"]] == [
        (2, "ORGANIZATION_NOT_FOUND"),
        (3, "INVALID_DETAIL_VALUE"),
    ]
    upserted = store.organization_named("Upserted Pty Ltd")
    assert upserted is not None and [
        e.product_id for e in store.entitlements_of("ORGANIZATION", upserted.id)
    ] == [product_id]
    tier = next(f for f in store.fields["organization"].values() if f.name == "Tier")
    assert existing.details[tier.id] == ["Gold"] and store.organization_named("Bad Tier AG") is None
    del customer_id


def test_bulk_customer_accounts_and_profiles(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.csm
    victim = next(iter(store.customers.values()))
    accounts = BulkManageCustomerAccountsRequest(
        customers=[
            BulkCustomerItem(
                operation=BulkAccountOperation.CREATE, email="bulk.one@example.com", display_name="Bulk One"
            ),
            BulkCustomerItem(operation=BulkAccountOperation.CREATE, email=victim.email),
            BulkCustomerItem(
                operation=BulkAccountOperation.UPDATE, customer_id="qm:ghost", display_name="Nobody"
            ),
            BulkCustomerItem(operation=BulkAccountOperation.DELETE, customer_id=victim.id),
        ]
    )
    accepted = ok(
        bulk_manage_customer_accounts.sync_detailed(client=csm, body=accounts, idempotency_key="a"), 202
    )
    task, _ = wait_for(csm, accepted.task_id)
    assert [(f["index"], f["identifier"], f["code"]) for f in task["failures"]] == [
        (1, victim.email, "EMAIL_ALREADY_EXISTS"),
        (2, "qm:ghost", "CUSTOMER_NOT_FOUND"),
    ]
    created = store.customer_with_email("bulk.one@example.com")
    assert created is not None and created.display_name == "Bulk One" and victim.id not in store.customers

    organization_id = next(iter(store.organizations))
    profiles = BulkManageCustomerProfilesRequest(
        profiles=[
            BulkCustomerProfileItem(
                operation=BulkProfileOperation.UPSERT,
                email="bulk.one@example.com",
                display_name="Bulk One Renamed",
                associate_organizations=AssociateOrganizations(organization_ids=[organization_id]),
            ),
            BulkCustomerProfileItem(
                operation=BulkProfileOperation.UPSERT,
                email="bulk.two@example.com",
                details=[ProfileDetailFieldValueRequest(name="Region", values=["EU"])],
            ),
            BulkCustomerProfileItem(operation=BulkProfileOperation.UPSERT, customer_id="qm:ghost"),
            BulkCustomerProfileItem(
                operation=BulkProfileOperation.UPDATE,
                email="bulk.two@example.com",
                associate_organizations=AssociateOrganizations(organization_ids=["999999"]),
            ),
        ]
    )
    accepted = ok(
        bulk_manage_customer_profiles.sync_detailed(client=csm, body=profiles, idempotency_key="p"), 202
    )
    task, _ = wait_for(csm, accepted.task_id)
    assert [(f["index"], f["code"]) for f in task["failures"]] == [
        (2, "CUSTOMER_NOT_FOUND"),
        (3, "ORGANIZATION_NOT_FOUND"),
    ]
    assert (
        created.display_name == "Bulk One Renamed"
        and created.id in store.organizations[organization_id].customer_ids
    )
    second = store.customer_with_email("bulk.two@example.com")
    assert second is not None and list(second.details.values()) == [["EU"]]


def test_bulk_customer_details_update_patch_delete(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.csm
    channels = CreateDetailFieldRequest(
        name="Channels",
        type_=DetailFieldType(name=DetailFieldTypeName.MULTISELECT, options=["Email", "Chat", "Phone"]),
    )
    ok(create_customer_detail_field.sync_detailed(client=csm, body=channels))
    first, second = list(store.customers)[:2]

    def item(
        customer_id: str, operation: BulkDetailOperation, *values: str, name: str = "Channels"
    ) -> BulkCustomerDetailItem:
        return BulkCustomerDetailItem(
            customer_id=customer_id, name=name, operation=operation, values=list(values)
        )

    body = BulkManageCustomerDetailsRequest(
        operations=[
            item(first, BulkDetailOperation.UPDATE, "Email"),
            item(first, BulkDetailOperation.PATCH, "Chat", "Email"),
            item(second, BulkDetailOperation.UPDATE, "Email", "Phone"),
            item(second, BulkDetailOperation.DELETE, "Phone"),
            item(first, BulkDetailOperation.PATCH, "Fax"),
            item(first, BulkDetailOperation.UPDATE, "x", name="Nope"),
            item("qm:ghost", BulkDetailOperation.UPDATE, "Email"),
            item(second, BulkDetailOperation.DELETE, name="Tier"),
        ]
    )
    accepted = ok(bulk_manage_customer_details.sync_detailed(client=csm, body=body, idempotency_key="d"), 202)
    task, _ = wait_for(csm, accepted.task_id)
    assert [(f["index"], f["identifier"], f["code"]) for f in task["failures"]] == [
        (4, first, "INVALID_DETAIL_VALUE"),
        (5, first, "DETAIL_FIELD_NOT_FOUND"),
        (6, "qm:ghost", "CUSTOMER_NOT_FOUND"),
    ]
    field_id = next(f.id for f in store.fields["customer"].values() if f.name == "Channels")
    tier_id = next(f.id for f in store.fields["customer"].values() if f.name == "Tier")
    assert store.customers[first].details[field_id] == ["Email", "Chat"]
    assert store.customers[second].details[field_id] == ["Email"]
    assert tier_id not in store.customers[second].details
