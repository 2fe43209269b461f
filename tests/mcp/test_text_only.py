"""A scripted assistant that reads only the text content of results (as the OpenAI Agents SDK passes them to
the model) and never the structured content, completing multi-step tasks through the MCP protocol. Every
value it passes on is one it read in a previous answer's text; the sandbox's state is the truth."""

from __future__ import annotations

import re
from typing import Any

import pytest
from mcp import Client
from mcp_types import TextContent

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


async def read(client: Client, tool: str, **arguments: Any) -> str:
    """The text of a successful result: all this assistant ever sees."""
    result = await client.call_tool(tool, arguments)
    body = "\n".join(part.text for part in result.content if isinstance(part, TextContent))
    assert not result.is_error, body
    return body


def cursor_in(text: str) -> str | None:
    found = re.search(r"cursor=(\S+)\s*$", text)
    return found.group(1) if found else None


async def every_page_as_text(client: Client, tool: str, **arguments: Any) -> list[str]:
    pages: list[str] = []
    cursor = None
    for _ in range(50):
        page = await read(client, tool, **arguments, **({"cursor": cursor} if cursor else {}))
        pages.append(page)
        cursor = cursor_in(page)
        if cursor is None:
            return pages
    raise AssertionError("paging did not end")


async def test_a_groups_stakeholders_and_how_to_reach_them(client: Client, sandbox: SandboxServer) -> None:
    found = await read(client, "stakeholder_groups_read", action="find", name="EU")
    group_id = re.search(rf"EU customers \(id=({UUID})", found)
    assert group_id, found
    people = await read(client, "stakeholders_read", action="flattened", groups=[group_id.group(1)])
    rows = [line for line in people.splitlines() if line.startswith("- ")]
    store = sandbox.sandbox.state.stakeholders
    eu = store.groups[group_id.group(1)]
    assert {re.search(rf"id=({UUID})", row).group(1) for row in rows} == set(eu.member_ids)  # type: ignore[union-attr]
    assert all(re.search(r"<[^>]+>", row) for row in rows)  # each with an email, phone or webhook


async def test_paging_through_every_stakeholder_to_the_end(client: Client, sandbox: SandboxServer) -> None:
    pages = await every_page_as_text(client, "stakeholders_read", action="list", limit=7)
    rows = [line for page in pages for line in page.splitlines() if line.startswith("- ")]
    ids = [found.group(1) for row in rows if (found := re.search(rf"id=({UUID})$", row))]
    assert len(ids) == len(rows)
    assert len(pages) == 5 and len(ids) == len(set(ids))
    assert set(ids) == set(sandbox.sandbox.state.stakeholders.stakeholders)


async def test_every_row_of_a_full_page_is_in_the_text(client: Client) -> None:
    page = await read(client, "jira_groups_read", action="members", group="jira-software-users", limit=50)
    header, *rows = page.splitlines()
    count = int(re.match(r"Members of jira-software-users: (\d+)", header).group(1))  # type: ignore[union-attr]
    assert count == len(rows) > 25


async def test_an_organizations_customers_and_a_customers_entitlements(
    client: Client, sandbox: SandboxServer
) -> None:
    store = sandbox.sandbox.state.csm
    with store.lock:
        organization = next(o for o in store.organizations.values() if len(o.customer_ids) > 1)
    profile = await read(client, "csm_organizations_read", action="get", organizations=[organization.name])
    customers = re.search(r"\d+ customers: ([^;)]+)", profile)
    assert customers, profile
    customer_ids = [c.strip() for c in customers.group(1).split(",")]
    assert customer_ids == organization.customer_ids

    customer = customer_ids[0]
    entitlements = await read(client, "csm_catalog_read", action="list_entitlements", customer=customer)
    read_ids = set(re.findall(rf"id=({UUID})", entitlements))
    with store.lock:
        holders = {customer} | {o.id for o in store.organizations.values() if customer in o.customer_ids}
        expected = {e.id for e in store.entitlements.values() if e.entity_id in holders}
    assert read_ids == expected and expected


async def test_jira_group_members_page_by_page(client: Client, sandbox: SandboxServer) -> None:
    pages = await every_page_as_text(
        client, "jira_groups_read", action="members", group="jira-software-users", limit=10
    )
    accounts = {a for page in pages for a in re.findall(r"accountId=(\w+)", page)}
    group = sandbox.sandbox.state.jira.by_name("jira-software-users")
    assert group is not None and len(pages) > 1
    active = {m for m in group.member_ids if sandbox.sandbox.state.directory.users[m].active}
    assert accounts == active


async def test_a_delete_through_its_preview_and_the_token_read_from_the_text(
    client: Client, sandbox: SandboxServer
) -> None:
    listed = await read(client, "stakeholders_read", action="list", search="kwame.demir@globex.example")
    stakeholder_id = re.search(rf"id=({UUID})", listed).group(1)  # type: ignore[union-attr]
    preview = await read(client, "stakeholders_delete", action="delete", stakeholders=[stakeholder_id])
    assert "PREVIEW, nothing changed yet" in preview and stakeholder_id in preview
    assert stakeholder_id in sandbox.sandbox.state.stakeholders.stakeholders
    token = re.search(r"confirm_token=(\S+)", preview).group(1)  # type: ignore[union-attr]
    done = await read(
        client, "stakeholders_delete", action="delete", stakeholders=[stakeholder_id], confirm_token=token
    )
    assert (
        done.startswith("Deleted") and stakeholder_id not in sandbox.sandbox.state.stakeholders.stakeholders
    )


async def test_values_are_never_cut_short_in_the_text(client: Client) -> None:
    description = "Partners of the launch; " + "notify them on every incident of the launch services. " * 3
    await read(
        client, "stakeholder_groups_write", action="create", name="Launch partners", description=description
    )
    found = await read(client, "stakeholder_groups_read", action="find", name="Launch")
    assert description.strip() in found


@pytest.mark.parametrize(
    ("tool", "arguments", "left_out"),
    [
        (
            "stakeholder_groups_delete",
            {"action": "delete", "groups": ["Executives", "NoSuchGroup"]},
            "NoSuchGroup",
        ),
        ("stakeholders_delete", {"action": "delete", "stakeholders": ["Nobody Here"]}, "Nobody Here"),
        (
            "stakeholder_groups_delete",
            {"action": "remove_members", "groups": ["EU customers"], "members": ["Tariq Berg"]},
            "Tariq Berg",
        ),
        (
            "jira_groups_delete",
            {"action": "remove_members", "group": "jira-administrators", "users": ["nobody@example.com"]},
            "nobody@example.com",
        ),
    ],
)
async def test_what_a_delete_leaves_out_is_in_the_text(
    client: Client, tool: str, arguments: dict[str, Any], left_out: str
) -> None:
    """A partial delete names, in the text of the preview and of the result, every item it will not touch."""
    if tool == "jira_groups_delete":  # one real member beside the unknown one
        members = await read(client, "jira_groups_read", action="members", group="jira-administrators")
        account = re.search(r"\b([0-9a-f]{24})\b", members).group(1)  # type: ignore[union-attr]
        arguments = {**arguments, "users": [account, *arguments["users"]]}
    if tool == "stakeholders_delete":  # one real stakeholder beside the unknown one
        listed = await read(client, "stakeholders_read", action="list", limit=1)
        someone = re.search(rf"id=({UUID})", listed).group(1)  # type: ignore[union-attr]
        arguments = {**arguments, "stakeholders": [someone, *arguments["stakeholders"]]}
    if arguments.get("action") == "remove_members" and tool == "stakeholder_groups_delete":
        group = await read(client, "stakeholders_read", action="flattened", groups=["EU customers"])
        member = re.search(rf"id=({UUID})", group).group(1)  # type: ignore[union-attr]
        arguments = {**arguments, "members": [member, *arguments["members"]]}
    preview = await read(client, tool, **arguments)
    assert "PREVIEW" in preview and left_out in preview, preview
    token = re.search(r"confirm_token=(\S+)", preview).group(1)  # type: ignore[union-attr]
    done = await read(client, tool, **arguments, confirm_token=token)
    assert left_out in done, done
