"""Helpers for the end-to-end tests of the sandbox's JSM ops stakeholder-comms area: response checks, the
stakeholder input fields Atlassian requires, paging to the end, and building stakeholders and groups.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import jsm_ops_client
from jsm_ops_client.api.stakeholder_assignments import get_assignments_by_stakeholder
from jsm_ops_client.api.stakeholder_groups import create_stakeholder_group
from jsm_ops_client.api.stakeholders import create_stakeholder, list_stakeholders
from jsm_ops_client.models import (
    CreateStakeholderGroupRequest,
    ErrorResponse,
    StakeholderCommsCreateStakeholderInput,
)

from atlassian_people_sandbox import SandboxServer

Client = jsm_ops_client.Client


def ok(response: Any, status: int = 200) -> Any:
    """The parsed body of a successful response, failing with the body when the status differs."""
    assert response.status_code == status, response.content
    assert not isinstance(response.parsed, ErrorResponse)
    return response.parsed


def fails(response: Any, status: int) -> str:
    """The error message of a failed response with this status."""
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, ErrorResponse), response.content
    errors = response.parsed.errors
    assert isinstance(errors, list) and errors[0].status == status
    return str(response.parsed.message)


ADMIN_ACCOUNT_ID = (
    "5b10ac8d82e05b22cc7d4ef5"  # the sandbox admin's account (atlassian_people_sandbox/auth.py)
)
# The fields Atlassian requires in every stakeholder input, as a stakeholder without an assignment.
REQUIRED: dict[str, Any] = {
    "skipConfirmation": False,
    "assignmentType": None,
    "externalAssignmentId": None,
    "addedFrom": "STATUSPAGE",
    "preference": {},
}


def filled(stakeholder: dict[str, Any]) -> dict[str, Any]:
    return REQUIRED | stakeholder


def create(client: Client, stakeholder: dict[str, Any], **extra: Any) -> Any:
    body = StakeholderCommsCreateStakeholderInput.from_dict({"stakeholder": filled(stakeholder), **extra})
    return create_stakeholder.sync_detailed(client=client, body=body)


def walk(fetch: Callable[..., Any], nodes: Callable[[Any], list[Any]], size: int, **kwargs: Any) -> list[Any]:
    """Every item of a relay-paginated list, page by page forward; checks totalCount on each page."""
    items: list[Any] = []
    after = None
    while True:
        page = ok(fetch(first=size, **kwargs) if after is None else fetch(first=size, after=after, **kwargs))
        items += nodes(page)
        info = page.page_info if hasattr(page, "page_info") else page.connection.page_info
        if not info.has_next_page:
            total = page.total_count if hasattr(page, "total_count") else page.connection.total_count
            assert total == len(items)
            return items
        assert len(nodes(page)) == size
        after = info.end_cursor


def all_stakeholders(client: Client) -> list[Any]:
    return walk(
        lambda **kw: list_stakeholders.sync_detailed(client=client, **kw), lambda p: p.connection.nodes, 100
    )


def stats(sandbox: SandboxServer) -> dict[str, int]:
    result: dict[str, int] = httpx.get(f"{sandbox.url}/_sandbox/stats").json()["stakeholders"]
    return result


def free_account(sandbox: SandboxServer, client: Client) -> str:
    """An active Atlassian account that is not yet a stakeholder."""
    taken = {s.aaid for s in all_stakeholders(client)}
    users = sandbox.sandbox.state.directory.users.values()
    return next(
        u.account_id
        for u in users
        if u.account_type == "atlassian" and u.active and u.account_id not in taken
    )


def group_body(name: str, stakeholders: list[dict[str, Any]] | None = None, **details: Any) -> Any:
    entries = [{"stakeholder": filled(s)} for s in stakeholders or []]
    group = {"name": name, "ownerId": ADMIN_ACCOUNT_ID, "status": "ACTIVE", **details}
    return CreateStakeholderGroupRequest.from_dict({"stakeholderGroupInput": group, "stakeholders": entries})


def new_group(client: Client, name: str, stakeholders: list[dict[str, Any]] | None = None) -> Any:
    return ok(create_stakeholder_group.sync_detailed(client=client, body=group_body(name, stakeholders)), 201)


def get_assignments(client: Client, stakeholder_id: str) -> list[Any]:
    page = ok(
        get_assignments_by_stakeholder.sync_detailed(client=client, stakeholder_id=stakeholder_id, first=100)
    )
    return list(page.assignments)
