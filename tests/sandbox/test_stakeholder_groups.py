"""End to end: the sandbox's JSM ops stakeholder groups and their members through the generated client.

Every call goes over HTTP to the live sandbox, which validates each response against specs/jsm-ops.yaml,
so these tests check behaviour and conformance together.
"""

from __future__ import annotations

from jsm_ops_client.api.stakeholder_groups import (
    add_stakeholder_group_members,
    bulk_delete_stakeholder_groups,
    create_stakeholder_group,
    delete_stakeholder_group,
    get_stakeholder_group,
    get_stakeholder_group_memberships,
    get_stakeholder_group_with_memberships,
    get_stakeholder_groups_by_membership,
    get_stakeholder_groups_by_name,
    list_stakeholder_groups_with_memberships,
    list_stakeholder_groups_with_stakeholders,
    remove_stakeholder_group_members,
    update_stakeholder_group,
    validate_stakeholder_group_name,
)
from jsm_ops_client.api.stakeholders import get_stakeholder_by_identifier
from jsm_ops_client.models import (
    AddStakeholderGroupMembersRequest,
    BulkDeleteStakeholderGroupsRequest,
    RemoveStakeholderGroupMembersRequest,
    UpdateStakeholderGroupRequest,
)
from stakeholder_support import (
    ADMIN_ACCOUNT_ID,
    Client,
    all_stakeholders,
    create,
    fails,
    filled,
    group_body,
    new_group,
    ok,
    stats,
    walk,
)

from atlassian_people_sandbox import SandboxServer

# -- stakeholder groups --------------------------------------------------------------------------------------


def test_group_lifecycle(jsm: Client, sandbox: SandboxServer) -> None:
    name = "Major incident crew"
    seeded_groups = stats(sandbox)["groups"]
    assert ok(validate_stakeholder_group_name.sync_detailed(name, client=jsm)).valid is True
    internal = next(s for s in all_stakeholders(jsm) if s.type_ == "INTERNAL")
    created = ok(
        create_stakeholder_group.sync_detailed(
            client=jsm,
            body=group_body(
                name,
                [{"emailId": "crew@acme-corp.example"}, {"aaid": internal.aaid}],
                description="Bridge",
                services=["svc-1"],
            ),
        ),
        201,
    )
    group = created.group
    assert (group.name, group.description, group.status, group.services) == (
        name,
        "Bridge",
        "ACTIVE",
        ["svc-1"],
    )
    assert created.owner_name == "Avery Admin"  # the caller owns a group created without ownerId
    assert [s.id for s in created.stakeholders][1] == internal.id and len(created.stakeholders) == 2
    assert stats(sandbox)["groupsCreated"] == 1 and stats(sandbox)["stakeholdersCreated"] == 1

    taken = ok(validate_stakeholder_group_name.sync_detailed(" major INCIDENT crew ", client=jsm))
    assert taken.valid is False and group.id in taken.message
    assert ok(validate_stakeholder_group_name.sync_detailed("   ", client=jsm)).valid is False
    assert group.id in fails(
        create_stakeholder_group.sync_detailed(client=jsm, body=group_body(name.upper())), 409
    )
    fails(create_stakeholder_group.sync_detailed(client=jsm, body=group_body(" ")), 400)
    fails(create_stakeholder_group.sync_detailed(client=jsm, body=group_body("Owned", ownerId="nobody")), 422)
    bad_member = group_body("Bad member", [{"emailId": "ok@acme-corp.example"}, {"aaid": "nobody"}])
    assert "stakeholders[1]" in fails(
        create_stakeholder_group.sync_detailed(client=jsm, body=bad_member), 422
    )
    assert (
        ok(validate_stakeholder_group_name.sync_detailed("Bad member", client=jsm)).valid is True
    )  # nothing applied

    assert ok(get_stakeholder_group.sync_detailed(group.id, client=jsm)).group.name == name
    by_name = ok(get_stakeholder_groups_by_name.sync_detailed("incident CREW", client=jsm))
    assert [g.id for g in by_name.nodes] == [group.id] and by_name.total_count == 1
    assert ok(get_stakeholder_groups_by_name.sync_detailed("no such group", client=jsm)).nodes == []

    rename = UpdateStakeholderGroupRequest.from_dict(
        {"name": "Incident bridge", "description": "Joins the bridge call"}
    )
    renamed = ok(update_stakeholder_group.sync_detailed(group.id, client=jsm, body=rename)).group
    assert (renamed.name, renamed.description, renamed.services) == (
        "Incident bridge",
        "Joins the bridge call",
        ["svc-1"],
    )
    assert ok(validate_stakeholder_group_name.sync_detailed(name, client=jsm)).valid is True
    clash = UpdateStakeholderGroupRequest.from_dict({"name": "executives"})
    assert "Executives" in fails(
        update_stakeholder_group.sync_detailed(group.id, client=jsm, body=clash), 409
    )
    fails(
        update_stakeholder_group.sync_detailed(
            group.id, client=jsm, body=UpdateStakeholderGroupRequest.from_dict({})
        ),
        400,
    )
    replace = UpdateStakeholderGroupRequest.from_dict(
        {"stakeholders": [{"stakeholder": filled({"emailId": "solo@acme-corp.example"})}]}
    )
    ok(update_stakeholder_group.sync_detailed(group.id, client=jsm, body=replace))
    members = ok(get_stakeholder_group_with_memberships.sync_detailed(group.id, client=jsm))
    assert members.group.name == "Incident bridge" and len(members.memberships) == 1
    assert members.memberships[0].member_type == "EXTERNAL"

    assert ok(delete_stakeholder_group.sync_detailed(group.id, client=jsm)).success is True
    fails(get_stakeholder_group.sync_detailed(group.id, client=jsm), 404)
    fails(delete_stakeholder_group.sync_detailed(group.id, client=jsm), 404)
    fails(update_stakeholder_group.sync_detailed(group.id, client=jsm, body=rename), 404)
    fails(get_stakeholder_group_with_memberships.sync_detailed(group.id, client=jsm), 404)
    assert stats(sandbox)["groups"] == seeded_groups


def test_group_members(jsm: Client) -> None:
    group = new_group(jsm, "Release watchers").group
    everyone = all_stakeholders(jsm)
    existing = [s.notification_preference.email_id for s in everyone if s.type_ == "EXTERNAL"]
    emails = [f"watcher{n}@hooli.example" for n in range(7)] + [e for e in existing if e][:2]
    entries = AddStakeholderGroupMembersRequest.from_dict(
        {"stakeholders": [{"stakeholder": filled({"emailId": e})} for e in emails]}
    )
    # As the reference's examples show, the answer's connection holds stakeholder-group nodes: the group.
    added = ok(add_stakeholder_group_members.sync_detailed(group.id, client=jsm, body=entries)).connection
    assert [(g.id, g.name, g.owner_id) for g in added.nodes] == [(group.id, group.name, ADMIN_ACCOUNT_ID)]
    assert added.total_count == 1 and added.nodes[0].updated_at >= group.updated_at
    walked = ok(get_stakeholder_group_with_memberships.sync_detailed(group.id, client=jsm)).memberships
    assert len(walked) == len(emails) and {m.member_type for m in walked} == {"EXTERNAL"}
    ok(add_stakeholder_group_members.sync_detailed(group.id, client=jsm, body=entries))
    again = ok(get_stakeholder_group_with_memberships.sync_detailed(group.id, client=jsm)).memberships
    assert [m.member_id for m in again] == [m.member_id for m in walked]  # already members: no change
    nodes = ok(get_stakeholder_group_memberships.sync_detailed(group.id, client=jsm, limit=4))
    assert [g.id for g in nodes.nodes] == [group.id] and nodes.total_count == 1
    assert nodes.page_info.has_next_page is False and nodes.page_info.end_cursor is None

    member_id = walked[0].member_id
    groups = ok(get_stakeholder_groups_by_membership.sync_detailed(member_id, client=jsm))
    assert group.id in {g.id for g in groups.nodes} and groups.total_count == len(groups.nodes)
    summary = ok(
        get_stakeholder_by_identifier.sync_detailed(client=jsm, stakeholder_id=member_id)
    ).stakeholder.groups
    assert "Release watchers" in {g.name for g in summary}
    fails(get_stakeholder_groups_by_membership.sync_detailed("nobody", client=jsm), 404)

    outsider = next(s.id for s in everyone if s.type_ == "INTERNAL")
    remove = RemoveStakeholderGroupMembersRequest.from_dict({"stakeholderIds": [member_id, outsider]})
    done = ok(remove_stakeholder_group_members.sync_detailed(group.id, client=jsm, body=remove))
    assert done.success is True and "1 were not members" in done.message
    left = ok(get_stakeholder_group_with_memberships.sync_detailed(group.id, client=jsm)).memberships
    assert len(left) == len(emails) - 1 and member_id not in {m.member_id for m in left}
    assert (
        ok(remove_stakeholder_group_members.sync_detailed(group.id, client=jsm, body=remove)).success is True
    )
    unknown = RemoveStakeholderGroupMembersRequest.from_dict({"stakeholderIds": ["nobody"]})
    fails(remove_stakeholder_group_members.sync_detailed(group.id, client=jsm, body=unknown), 422)
    fails(remove_stakeholder_group_members.sync_detailed("missing", client=jsm, body=remove), 404)

    bad = AddStakeholderGroupMembersRequest.from_dict(
        {
            "stakeholders": [
                {"stakeholder": filled({"emailId": "fine@hooli.example"})},
                {"stakeholder": filled({"emailId": "broken"})},
            ]
        }
    )
    assert "stakeholders[1]" in fails(
        add_stakeholder_group_members.sync_detailed(group.id, client=jsm, body=bad), 422
    )
    fails(
        get_stakeholder_by_identifier.sync_detailed(client=jsm, email_id="fine@hooli.example"), 404
    )  # all or nothing
    fails(add_stakeholder_group_members.sync_detailed("missing", client=jsm, body=bad), 404)
    fails(get_stakeholder_group_memberships.sync_detailed("missing", client=jsm), 404)


def test_group_listings_page_to_the_end(jsm: Client, sandbox: SandboxServer) -> None:
    for n in range(4):
        new_group(jsm, f"Cohort {n}", [{"emailId": f"cohort{n}@acme-corp.example"}])
    groups = walk(
        lambda **kw: list_stakeholder_groups_with_memberships.sync_detailed(client=jsm, **kw),
        lambda p: p.nodes,
        2,
    )
    assert len(groups) == stats(sandbox)["groups"] >= 7
    assert [g.name.casefold() for g in groups] == sorted(g.name.casefold() for g in groups)
    for g in groups[:3]:
        detail = ok(get_stakeholder_group_with_memberships.sync_detailed(g.id, client=jsm))
        assert [m.member_id for m in g.memberships] == [m.member_id for m in detail.memberships]
    with_people = walk(
        lambda **kw: list_stakeholder_groups_with_stakeholders.sync_detailed(client=jsm, **kw),
        lambda p: p.groups,
        3,
    )
    assert [entry.group.id for entry in with_people] == [g.id for g in groups]
    assert all(
        [s.id for s in entry.stakeholders] == [m.member_id for m in g.memberships]
        for entry, g in zip(with_people, groups, strict=True)
    )


def test_bulk_delete_groups(jsm: Client, sandbox: SandboxServer) -> None:
    one = new_group(jsm, "Doomed one").group
    two = new_group(jsm, "Doomed two").group
    standing = ok(create(jsm, {"stakeholderGroupId": two.id}), 201).stakeholder
    assert standing.type_ == "GROUP" and standing.name == "Doomed two"
    before = stats(sandbox)["groups"]
    mixed = BulkDeleteStakeholderGroupsRequest.from_dict({"groupIds": [one.id, "missing"]})
    assert "missing" in fails(bulk_delete_stakeholder_groups.sync_detailed(client=jsm, body=mixed), 422)
    assert stats(sandbox)["groups"] == before
    body = BulkDeleteStakeholderGroupsRequest.from_dict({"groupIds": [one.id, two.id, one.id]})
    assert ok(bulk_delete_stakeholder_groups.sync_detailed(client=jsm, body=body)).success is True
    assert stats(sandbox)["groups"] == before - 2
    fails(get_stakeholder_group.sync_detailed(one.id, client=jsm), 404)
    fails(
        get_stakeholder_by_identifier.sync_detailed(client=jsm, stakeholder_id=standing.id), 404
    )  # went with its group
    fails(
        bulk_delete_stakeholder_groups.sync_detailed(
            client=jsm, body=BulkDeleteStakeholderGroupsRequest.from_dict({"groupIds": []})
        ),
        400,
    )
