"""Generated page iterators (from the specs' x-pagination) read everything, in every paging style."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import csm_client
import httpx
import jira_groups_client
import jsm_ops_client
import pytest
import yaml
from csm_client import paging as csm_paging
from csm_client.api.products import get_products
from csm_client.models import SearchCustomersByDetailFieldRequest
from jira_groups_client import paging as jira_paging
from jira_groups_client.api.groups import bulk_get_jira_groups
from jira_groups_client.api.service_desk_organizations import list_service_desk_organizations
from jira_groups_client.api.users import find_jira_users
from jsm_ops_client import paging as jsm_paging
from jsm_ops_client.api.contacts import list_user_contacts
from jsm_ops_client.api.stakeholders import list_stakeholders

from atlassian_people_runtime.paging import Pagination
from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN
from atlassian_specs import spec_path

AUTH = httpx.BasicAuth(ADMIN_EMAIL, ADMIN_TOKEN)
# Paging parameters on operations whose answer gives no way to the next page (or that return one page only).
NOT_ITERABLE = {"getStakeholdersByAssignment", "findJiraGroups"}
PAGING_PARAMETERS = {"cursor", "after", "startAt", "offset", "page"}


def test_every_paged_operation_declares_x_pagination_and_gets_iterators() -> None:
    modules = {"jsm-ops": jsm_paging, "csm": csm_paging, "jira-groups": jira_paging}
    for spec, module in modules.items():
        document = yaml.safe_load(spec_path(spec).read_text())
        shared = document.get("components", {}).get("parameters", {})
        for methods in document["paths"].values():
            for operation in methods.values():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                names = {
                    (shared[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p)["name"]
                    for p in operation.get("parameters", [])
                }
                op_id = operation["operationId"]
                if names & PAGING_PARAMETERS and op_id not in NOT_ITERABLE:
                    assert "x-pagination" in operation, f"{spec} {op_id} is paged but has no x-pagination"
                if "x-pagination" in operation:
                    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in op_id)
                    assert hasattr(module, f"iter_{snake}") and hasattr(module, f"aiter_{snake}"), op_id


def test_relay_cursor_iterator_reads_every_stakeholder(sandbox: SandboxServer) -> None:
    client = jsm_ops_client.Client(base_url=sandbox.jsm_ops_url, httpx_args={"auth": AUTH})
    connection = list_stakeholders.call(client=client, first=1).connection
    assert not isinstance(connection, jsm_ops_client.types.Unset)
    total = connection.total_count
    ids = [s.id for s in jsm_paging.iter_list_stakeholders(client=client, page_size=7)]
    assert len(ids) == total and len(set(ids)) == total and total > 7


def test_offset_iterator_with_is_last_reads_every_group(sandbox: SandboxServer) -> None:
    client = jira_groups_client.Client(base_url=sandbox.jira_url, httpx_args={"auth": AUTH})
    total = bulk_get_jira_groups.call(client=client, max_results=1).total
    names = [g.name for g in jira_paging.iter_bulk_get_jira_groups(client=client, page_size=4)]
    assert len(names) == total and total > 4


def test_offset_iterator_over_a_bare_list_reads_every_user(sandbox: SandboxServer) -> None:
    client = jira_groups_client.Client(base_url=sandbox.jira_url, httpx_args={"auth": AUTH})
    everyone = find_jira_users.call(client=client, query="example", max_results=1000)
    read = [
        u.account_id for u in jira_paging.iter_find_jira_users(client=client, query="example", page_size=3)
    ]
    assert read == [u.account_id for u in everyone] and len(read) > 3


def test_offset_iterator_with_is_last_page_reads_every_organization(sandbox: SandboxServer) -> None:
    client = jira_groups_client.Client(base_url=sandbox.jira_url, httpx_args={"auth": AUTH})
    first = list_service_desk_organizations.call(client=client, limit=1)
    names = [o.name for o in jira_paging.iter_list_service_desk_organizations(client=client, page_size=4)]
    assert first.values and names[0] == first.values[0].name
    assert len(names) == len(set(names)) > 4


def test_offset_iterator_following_links_reads_every_contact(sandbox: SandboxServer) -> None:
    client = jsm_ops_client.Client(base_url=sandbox.jsm_ops_url, httpx_args={"auth": AUTH})
    everything = list_user_contacts.call(client=client, size=1000).values
    assert not isinstance(everything, jsm_ops_client.types.Unset)
    read = list(jsm_paging.iter_list_user_contacts(client=client, page_size=1))
    assert [c.to_dict() for c in read] == [c.to_dict() for c in everything]


def test_next_cursor_iterator_async_reads_every_product(sandbox: SandboxServer) -> None:
    async def main() -> list[str]:
        async with csm_client.Client(base_url=sandbox.csm_url, httpx_args={"auth": AUTH}) as client:
            return [p.id async for p in csm_paging.aiter_get_products(client=client, page_size=2)]

    client = csm_client.Client(base_url=sandbox.csm_url, httpx_args={"auth": AUTH})
    expected = [p.id for p in get_products.call(client=client, limit=100).results]
    assert len(expected) > 2
    assert asyncio.run(main()) == expected


def _pages(answers: list[dict[str, Any]]) -> Iterator[httpx.Response]:
    for answer in answers:
        yield httpx.Response(200, json=answer)


def test_page_number_iterator_stops_on_is_last_and_passes_the_other_arguments() -> None:
    customer = {"id": "c1"}
    answers = _pages(
        [
            {"results": [customer, customer], "page": 1, "maxResults": 2, "total": 3, "isLast": False},
            {"results": [customer], "page": 2, "maxResults": 2, "total": 3, "isLast": True},
        ]
    )
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(answers)

    client = csm_client.Client(base_url="https://api.example.test")
    client.set_httpx_client(
        httpx.Client(base_url="https://api.example.test", transport=httpx.MockTransport(handler))
    )
    body = SearchCustomersByDetailFieldRequest.from_dict({"fieldName": "tier", "value": "gold"})
    read = list(csm_paging.iter_search_customers_by_detail_field(client=client, page_size=2, body=body))
    assert len(read) == 3
    assert [r.url.params["page"] for r in seen] == ["1", "2"]
    assert all(json.loads(r.content) == body.to_dict() for r in seen)


def test_a_cursor_that_repeats_ends_the_iteration_instead_of_looping() -> None:
    page = {"results": [{"id": "p1", "name": "x"}], "nextPageCursor": "same"}
    client = csm_client.Client(base_url="https://api.example.test")
    client.set_httpx_client(
        httpx.Client(
            base_url="https://api.example.test",
            transport=httpx.MockTransport(lambda request: httpx.Response(200, json=page)),
        )
    )
    assert len(list(csm_paging.iter_get_products(client=client))) == 2


@pytest.mark.parametrize("module", [jsm_paging, csm_paging, jira_paging])
def test_paging_modules_only_name_real_operations(module: Any) -> None:
    constants = [value for value in vars(module).values() if isinstance(value, Pagination)]
    assert constants and all(c.operation[0].islower() for c in constants)
