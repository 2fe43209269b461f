"""Jira groups, end to end: generated client -> HTTP -> sandbox (responses checked against the spec)."""
# Generated models type optional fields as `X | Unset`; these tests read them after the sandbox has set them,
# and a wrong guess fails the assertion anyway, so mypy's narrowing demands are waived here.

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import jira_groups_client
import pytest
from conftest import jira_client
from jira_groups_client.api.groups import (
    add_user_to_jira_group,
    bulk_get_jira_groups,
    create_jira_group,
    find_jira_groups,
    get_jira_group,
    get_jira_group_members,
    remove_jira_group,
    remove_user_from_jira_group,
)
from jira_groups_client.models import (
    AddGroupBean,
    BulkGetJiraGroupsAccessType,
    BulkGetJiraGroupsApplicationKey,
    ErrorCollection,
    FoundGroups,
    Group,
    GroupLabelType,
    PageBeanGroupDetails,
    PageBeanUserDetails,
    UpdateUserToGroupBean,
)
from jira_groups_client.types import UNSET, Unset
from presence import present

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import (
    AGENT_EMAIL,
    AGENT_TOKEN,
    CUSTOMER_EMAIL,
    CUSTOMER_TOKEN,
    READONLY_OAUTH_TOKEN,
    Principal,
)

STANDARD_GROUPS = {
    "site-admins",
    "jira-administrators",
    "jira-admins",
    "jira-software-users",
    "jira-servicemanagement-users",
    "contractors",
    "eu-support",
}


def error_status(response: Any) -> int:
    assert isinstance(response.parsed, ErrorCollection), response.content
    assert response.parsed.error_messages and response.parsed.status == response.status_code
    return int(response.status_code)


def all_groups(client: jira_groups_client.Client | jira_groups_client.AuthenticatedClient) -> list[Any]:
    groups: list[Any] = []
    start = 0
    while True:
        page = bulk_get_jira_groups.sync(client=client, start_at=start, max_results=50)
        assert isinstance(page, PageBeanGroupDetails)
        groups += present(page.values)
        if page.is_last:
            return groups
        start += 50


def group_id(client: jira_groups_client.Client, name: str) -> str:
    page = bulk_get_jira_groups.sync(client=client, group_name=[name])
    assert isinstance(page, PageBeanGroupDetails) and len(present(page.values)) == 1, name
    return str(present(page.values)[0].group_id)


def picker(answer: ErrorCollection | FoundGroups | None) -> FoundGroups:
    """The group picker's answer, which must be a FoundGroups."""
    assert isinstance(answer, FoundGroups), answer
    return answer


def members(
    client: jira_groups_client.Client,
    include_inactive: bool = False,
    *,
    groupname: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
) -> list[Any]:
    page = get_jira_group_members.sync(
        client=client, include_inactive_users=include_inactive, groupname=groupname, group_id=group_id
    )
    assert isinstance(page, PageBeanUserDetails) and page.is_last
    return list(present(page.values))


def create(client: jira_groups_client.Client, name: str) -> Group:
    response = create_jira_group.sync_detailed(client=client, body=AddGroupBean(name=name))
    assert response.status_code == 201, response.content
    assert isinstance(response.parsed, Group)
    return response.parsed


def test_bulk_pages_through_every_group(sandbox: SandboxServer, jira: jira_groups_client.Client) -> None:
    expected = sandbox.sandbox.state.jira.stats()["groups"]
    seen: list[str] = []
    start = 0
    while True:
        page = bulk_get_jira_groups.sync(client=jira, start_at=start, max_results=5)
        assert isinstance(page, PageBeanGroupDetails)
        assert (page.start_at, page.max_results, page.total) == (start, 5, expected)
        assert _query(page.self_)["startAt"] == [str(start)]
        seen += [present(group.name) for group in present(page.values)]
        if page.is_last:
            assert not page.next_page
            break
        assert _query(page.next_page) == {"startAt": [str(start + 5)], "maxResults": ["5"]}
        start += 5
    assert len(seen) == len(set(seen)) == expected
    assert seen == sorted(seen, key=str.casefold)
    assert set(seen) >= STANDARD_GROUPS
    assert any(name.startswith("team-") for name in seen)


def test_bulk_filters(jira: jira_groups_client.Client) -> None:
    def names(**filters: Any) -> set[str]:
        page = bulk_get_jira_groups.sync(client=jira, **filters)
        assert isinstance(page, PageBeanGroupDetails)
        assert page.total == len(present(page.values))
        return {present(group.name) for group in present(page.values)}

    admins_id = group_id(jira, "jira-admins")
    assert names(group_id=[admins_id], group_name=["Contractors", "no-such-group"]) == {
        "jira-admins",
        "contractors",
    }
    assert names(access_type=BulkGetJiraGroupsAccessType.ADMIN) == {"jira-administrators", "jira-admins"}
    assert names(access_type=BulkGetJiraGroupsAccessType.SITE_ADMIN) == {"site-admins"}
    software = BulkGetJiraGroupsApplicationKey.JIRA_SOFTWARE
    assert names(access_type=BulkGetJiraGroupsAccessType.USER, application_key=software) == {
        "jira-software-users"
    }
    assert "jira-servicemanagement-users" in names(
        application_key=BulkGetJiraGroupsApplicationKey.JIRA_SERVICEDESK
    )
    assert names(group_name=["eu-support"], access_type=BulkGetJiraGroupsAccessType.ADMIN) == set()


def test_group_lifecycle(sandbox: SandboxServer, jira: jira_groups_client.Client) -> None:
    before = sandbox.sandbox.state.jira.stats()
    created = create(jira, "Power-Users")
    assert created.name == "Power-Users" and created.group_id and present(created.users).size == 0
    assert _query(created.self_) == {"groupId": [created.group_id]}
    assert created.group_id in {group.group_id for group in all_groups(jira)}

    directory = sandbox.sandbox.state.directory
    user = next(u for u in directory.users.values() if u.active and u.account_type == "atlassian")
    added = add_user_to_jira_group.sync_detailed(
        client=jira, groupname="power-users", body=UpdateUserToGroupBean(account_id=user.account_id)
    )
    assert (
        added.status_code == 201 and isinstance(added.parsed, Group) and present(added.parsed.users).size == 1
    )

    listed = members(jira, group_id=created.group_id)
    assert [(m.account_id, m.display_name, m.email_address) for m in listed] == [
        (user.account_id, user.display_name, user.email)
    ]
    assert listed[0].self_.endswith(f"/rest/api/3/user?accountId={user.account_id}")
    deprecated = get_jira_group.sync(client=jira, group_id=created.group_id, expand="users")
    assert isinstance(deprecated, Group) and [
        u.account_id for u in present(present(deprecated.users).items)
    ] == [user.account_id]
    assert sandbox.sandbox.state.jira.stats()["memberships"] == before["memberships"] + 1

    removed = remove_user_from_jira_group.sync_detailed(
        client=jira, group_id=created.group_id, account_id=user.account_id
    )
    assert removed.status_code == 200 and removed.content == b""
    assert members(jira, groupname="Power-Users") == []

    deleted = remove_jira_group.sync_detailed(client=jira, group_id=created.group_id)
    assert deleted.status_code == 200 and deleted.content == b""
    assert error_status(get_jira_group.sync_detailed(client=jira, group_id=created.group_id)) == 404
    assert error_status(remove_jira_group.sync_detailed(client=jira, groupname="power-users")) == 404
    assert sandbox.sandbox.state.jira.stats() == before


def test_group_names_are_unique_case_insensitively(jira: jira_groups_client.Client) -> None:
    duplicate = create_jira_group.sync_detailed(client=jira, body=AddGroupBean(name="JIRA-Admins"))
    assert error_status(duplicate) == 400
    assert (
        isinstance(duplicate.parsed, ErrorCollection)
        and "already exists" in present(duplicate.parsed.error_messages)[0]
    )
    assert error_status(create_jira_group.sync_detailed(client=jira, body=AddGroupBean(name="  "))) == 400
    assert create(jira, "jira-admins-emea").name == "jira-admins-emea"


def test_group_addressing(jira: jira_groups_client.Client) -> None:
    admins_id = group_id(jira, "jira-admins")
    by_name = get_jira_group.sync(client=jira, groupname="Jira-Admins")
    assert isinstance(by_name, Group) and by_name.group_id == admins_id
    assert error_status(get_jira_group_members.sync_detailed(client=jira)) == 400
    assert (
        error_status(get_jira_group.sync_detailed(client=jira, groupname="jira-admins", group_id=admins_id))
        == 400
    )
    assert error_status(get_jira_group_members.sync_detailed(client=jira, group_id="no-such-id")) == 404
    assert error_status(get_jira_group.sync_detailed(client=jira, groupname="no-such-group")) == 404
    body = UpdateUserToGroupBean(account_id="5b10ac8d82e05b22cc7d4ef5")
    assert error_status(add_user_to_jira_group.sync_detailed(client=jira, body=body)) == 400
    assert error_status(add_user_to_jira_group.sync_detailed(client=jira, group_id="nope", body=body)) == 404


def test_membership_errors(sandbox: SandboxServer, jira: jira_groups_client.Client) -> None:
    existing = members(jira, groupname="jira-admins")[0].account_id
    outsider = next(
        u.account_id
        for u in sandbox.sandbox.state.directory.users.values()
        if u.account_id not in {m.account_id for m in members(jira, True, groupname="eu-support")}
    )
    already = add_user_to_jira_group.sync_detailed(
        client=jira, groupname="jira-admins", body=UpdateUserToGroupBean(account_id=existing)
    )
    assert error_status(already) == 400
    assert (
        isinstance(already.parsed, ErrorCollection)
        and "already a member" in present(already.parsed.error_messages)[0]
    )
    unknown = UpdateUserToGroupBean(account_id="000000000000000000000000")
    assert (
        error_status(add_user_to_jira_group.sync_detailed(client=jira, groupname="jira-admins", body=unknown))
        == 404
    )
    no_account = add_user_to_jira_group.sync_detailed(
        client=jira, groupname="jira-admins", body=UpdateUserToGroupBean()
    )
    assert error_status(no_account) == 400
    not_member = remove_user_from_jira_group.sync_detailed(
        client=jira, groupname="eu-support", account_id=outsider
    )
    assert error_status(not_member) == 400
    no_user = remove_user_from_jira_group.sync_detailed(
        client=jira, groupname="eu-support", account_id="000000000000000000000000"
    )
    assert error_status(no_user) == 404


def test_members_pages_and_inactive_users(sandbox: SandboxServer, jira: jira_groups_client.Client) -> None:
    name = "jira-software-users"
    everyone = members(jira, True, groupname=name)
    active = members(jira, groupname=name)
    assert active == [m for m in everyone if m.active] and len(active) < len(everyone)
    assert all(m.account_type == "atlassian" for m in everyone)

    seen: list[str] = []
    start = 0
    while True:
        page = get_jira_group_members.sync(client=jira, groupname=name, start_at=start, max_results=4)
        assert isinstance(page, PageBeanUserDetails)
        assert (page.start_at, page.max_results, page.total) == (start, 4, len(active))
        seen += [present(m.account_id) for m in present(page.values)]
        if page.is_last:
            assert not page.next_page
            break
        assert _query(page.next_page) == {
            "groupId": [group_id(jira, name)],
            "includeInactiveUsers": ["false"],
            "startAt": [str(start + 4)],
            "maxResults": ["4"],
        }
        start += 4
    assert seen == [m.account_id for m in active]
    too_many = get_jira_group_members.sync_detailed(client=jira, groupname=name, max_results=51)
    assert error_status(too_many) == 400


def test_deprecated_get_expands_a_window_of_members(jira: jira_groups_client.Client) -> None:
    everyone = members(jira, True, groupname="jira-software-users")
    plain = get_jira_group.sync(client=jira, groupname="jira-software-users")
    assert isinstance(plain, Group) and plain.expand == "users"
    assert present(plain.users).size == len(everyone) and present(plain.users).items == []
    window = get_jira_group.sync(client=jira, groupname="jira-software-users", expand="users[2:4]")
    assert isinstance(window, Group)
    assert [u.account_id for u in present(present(window.users).items)] == [
        m.account_id for m in everyone[2:5]
    ]
    assert (
        present(window.users).start_index,
        present(window.users).end_index,
        present(window.users).max_results,
    ) == (2, 4, 50)


def test_remove_the_contractors_from_jira_admins(jira: jira_groups_client.Client) -> None:
    contractors = {m.account_id for m in members(jira, True, groupname="contractors")}
    in_admins = [m for m in members(jira, True, groupname="jira-admins") if m.account_id in contractors]
    assert len(in_admins) >= 2
    assert all(
        "(contractor)" in m.display_name and m.email_address.endswith("@contractors.example.com")
        for m in in_admins
    )
    for contractor in in_admins:
        response = remove_user_from_jira_group.sync_detailed(
            client=jira, groupname="jira-admins", account_id=contractor.account_id
        )
        assert response.status_code == 200
    remaining = members(jira, True, groupname="jira-admins")
    assert remaining and not {m.account_id for m in remaining} & contractors


def test_remove_group_with_swap_group(jira: jira_groups_client.Client) -> None:
    create(jira, "old-team")
    create(jira, "new-team")
    assert (
        error_status(remove_jira_group.sync_detailed(client=jira, groupname="old-team", swap_group="ghosts"))
        == 400
    )
    same = remove_jira_group.sync_detailed(
        client=jira, groupname="old-team", swap_group_id=group_id(jira, "old-team")
    )
    assert error_status(same) == 400
    both = remove_jira_group.sync_detailed(
        client=jira, groupname="old-team", swap_group="new-team", swap_group_id=group_id(jira, "new-team")
    )
    assert error_status(both) == 400
    assert (
        remove_jira_group.sync_detailed(client=jira, groupname="old-team", swap_group="new-team").status_code
        == 200
    )
    names = {group.name for group in all_groups(jira)}
    assert "old-team" not in names and "new-team" in names


def test_picker_finds_highlights_and_labels(jira: jira_groups_client.Client) -> None:
    found = find_jira_groups.sync(client=jira, query="admin")
    assert isinstance(found, FoundGroups)
    assert [g.name for g in present(found.groups)] == ["jira-administrators", "jira-admins", "site-admins"]
    assert found.total == 3 and found.header == "Showing 3 of 3 matching groups"
    assert present(found.groups)[1].html == "jira-<b>admin</b>s"
    assert [(label.text, label.type_) for label in present(present(found.groups)[1].labels)] == [
        ("Admin", GroupLabelType.ADMIN)
    ]
    # Documented picker fields beyond the seed: plain groups are managed by admins and have no avatar.
    assert {(g.managed_by, g.avatar_url, g.usage_type) for g in present(found.groups)} == {
        ("admins", None, None)
    }

    software = find_jira_groups.sync(client=jira, query="software")
    assert isinstance(software, FoundGroups)
    assert [(label.text, label.type_) for label in present(present(software.groups)[0].labels)] == [
        ("Jira Software", GroupLabelType.SINGLE)
    ]
    assert present(picker(find_jira_groups.sync(client=jira, query="contractors")).groups)[0].labels == []


def test_picker_case_exclusions_and_limit(jira: jira_groups_client.Client) -> None:
    assert picker(find_jira_groups.sync(client=jira, query="ADMIN")).total == 0
    insensitive = find_jira_groups.sync(client=jira, query="ADMIN", case_insensitive=True)
    assert isinstance(insensitive, FoundGroups) and insensitive.total == 3
    assert present(insensitive.groups)[0].html == "jira-<b>admin</b>istrators"

    excluded = picker(
        find_jira_groups.sync(
            client=jira, query="admin", exclude=["JIRA-ADMINS"], exclude_id=[group_id(jira, "site-admins")]
        )
    )
    assert [g.name for g in present(excluded.groups)] == ["jira-administrators"]

    limited = find_jira_groups.sync(client=jira, query="-", max_results=2)
    assert (
        isinstance(limited, FoundGroups) and len(present(limited.groups)) == 2 and present(limited.total) > 2
    )
    assert limited.header == f"Showing 2 of {limited.total} matching groups"
    for number in range(20):
        create(jira, f"squad-{number:02}")
    everything = find_jira_groups.sync(client=jira)
    assert isinstance(everything, FoundGroups) and present(everything.total) > 20
    assert len(present(everything.groups)) == 20  # Jira's default autocomplete limit
    assert everything.header == f"Showing 20 of {everything.total} matching groups"


def test_picker_answers_by_permission(sandbox: SandboxServer) -> None:
    # Like Jira: without Browse projects an empty list (not 403); without Browse users, exact names only.
    customer = jira_client(sandbox, (CUSTOMER_EMAIL, CUSTOMER_TOKEN))
    empty = find_jira_groups.sync_detailed(client=customer, query="jira-admins")
    assert empty.status_code == 200 and isinstance(empty.parsed, FoundGroups)
    assert (empty.parsed.total, empty.parsed.groups, empty.parsed.header) == (
        0,
        [],
        "Showing 0 of 0 matching groups",
    )

    browser = Principal(
        "browser",
        "browser@example.com",
        "browser-1",
        "Bo Browser",
        frozenset({"authenticated", "browse-projects"}),
    )
    sandbox.sandbox.credentials.add_api_token(browser, "sandbox-browser-token")
    projects_only = jira_client(sandbox, (browser.email, "sandbox-browser-token"))
    assert picker(find_jira_groups.sync(client=projects_only, query="admin")).total == 0
    exact = picker(find_jira_groups.sync(client=projects_only, query="jira-admins"))
    assert [g.name for g in present(exact.groups)] == ["jira-admins"]

    agent = jira_client(sandbox, (AGENT_EMAIL, AGENT_TOKEN))
    assert picker(find_jira_groups.sync(client=agent, query="admin")).total == 3
    assert error_status(find_jira_groups.sync_detailed(client=jira_client(sandbox, None), query="a")) == 401


@pytest.mark.parametrize("who", ["customer", "agent"])
def test_non_site_admins_cannot_change_groups(
    sandbox: SandboxServer, jira: jira_groups_client.Client, who: str
) -> None:
    auth = (CUSTOMER_EMAIL, CUSTOMER_TOKEN) if who == "customer" else (AGENT_EMAIL, AGENT_TOKEN)
    client = jira_client(sandbox, auth)
    forbidden = create_jira_group.sync_detailed(client=client, body=AddGroupBean(name="sneaky"))
    assert error_status(forbidden) == 403 and isinstance(forbidden.parsed, ErrorCollection)
    assert "site-admin" in present(forbidden.parsed.error_messages)[0]
    account = members(jira, groupname="jira-admins")[0].account_id
    assert (
        error_status(
            remove_user_from_jira_group.sync_detailed(
                client=client, groupname="jira-admins", account_id=account
            )
        )
        == 403
    )
    assert error_status(remove_jira_group.sync_detailed(client=client, groupname="contractors")) == 403
    if who == "customer":  # the agent may browse users and groups, the customer may not
        assert error_status(bulk_get_jira_groups.sync_detailed(client=client)) == 403
        assert (
            error_status(get_jira_group_members.sync_detailed(client=client, groupname="jira-admins")) == 403
        )
    assert {g.name for g in all_groups(jira)} >= STANDARD_GROUPS - {"sneaky"}
    assert "sneaky" not in {g.name for g in all_groups(jira)}


def test_read_only_token_cannot_change_groups(sandbox: SandboxServer) -> None:
    readonly = jira_groups_client.AuthenticatedClient(
        base_url=sandbox.jira_url, token=READONLY_OAUTH_TOKEN, raise_on_unexpected_status=True
    )
    assert all_groups(readonly)
    account = sandbox.sandbox.state.directory.by_email(AGENT_EMAIL)
    assert account is not None
    body = UpdateUserToGroupBean(account_id=account.account_id)
    added = add_user_to_jira_group.sync_detailed(client=readonly, groupname="jira-admins", body=body)
    assert error_status(added) == 403
    assert error_status(create_jira_group.sync_detailed(client=readonly, body=AddGroupBean(name="ro"))) == 403


def _query(link: Any) -> dict[str, list[str]]:
    assert isinstance(link, str) and link
    return parse_qs(urlsplit(link).query)
