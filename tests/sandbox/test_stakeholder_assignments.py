"""End to end: the sandbox's JSM ops stakeholder assignments through the generated client.

Every call goes over HTTP to the live sandbox, which validates each response against specs/jsm-ops.yaml,
so these tests check behaviour and conformance together.
"""

from __future__ import annotations

from jsm_ops_client.api.stakeholder_assignments import (
    get_assignments_by_stakeholder,
    get_stakeholders_by_assignment,
    get_stakeholders_by_assignment_paginated,
    remove_stakeholder_assignment,
)
from jsm_ops_client.api.stakeholders import (
    bulk_create_stakeholders,
    get_flattened_stakeholders,
    get_stakeholders_from_similar_incidents,
)
from jsm_ops_client.models import BulkCreateStakeholdersRequest, RemoveStakeholderAssignmentRequest
from stakeholder_support import (
    Client,
    all_stakeholders,
    create,
    fails,
    filled,
    get_assignments,
    new_group,
    ok,
    stats,
    walk,
)

from atlassian_people_sandbox import SandboxServer

# -- assignments ---------------------------------------------------------------------------------------------


def test_assignments_end_to_end(jsm: Client) -> None:
    emails = [f"person{n}@vandelay.example" for n in range(12)]
    body = BulkCreateStakeholdersRequest.from_dict(
        {"stakeholders": [filled({"emailId": e, "externalAssignmentId": "INC-777"}) for e in emails]}
    )
    created = ok(bulk_create_stakeholders.sync_detailed(client=jsm, body=body))
    assert created.success_count == 12
    assignment = created.successful_stakeholders[0].assignment
    assert (assignment.assignment_type, assignment.added_from) == ("INCIDENT", "STATUSPAGE")

    on_incident = walk(
        lambda **kw: get_stakeholders_by_assignment_paginated.sync_detailed(
            client=jsm, external_assignment_id="INC-777", **kw
        ),
        lambda p: p.stakeholders,
        5,
    )
    assert [s.notification_preference.email_id for s in on_incident] == emails
    for lookup in ({"assignment_id": assignment.id}, {"ari": assignment.ari}):
        page = ok(get_stakeholders_by_assignment_paginated.sync_detailed(client=jsm, first=100, **lookup))
        assert page.total_count == 12
    deprecated = ok(
        get_stakeholders_by_assignment.sync_detailed(client=jsm, external_assignment_id="INC-777", limit=5)
    )
    assert [s.id for s in deprecated.stakeholders] == [s.id for s in on_incident[:5]]

    person = on_incident[0]
    assignments = ok(get_assignments_by_stakeholder.sync_detailed(client=jsm, stakeholder_id=person.id))
    assert [a.external_assignment_id for a in assignments.assignments] == [
        "INC-777"
    ] and assignments.total_count == 1

    remove = RemoveStakeholderAssignmentRequest.from_dict(
        {
            "stakeholderIdInput": {"emailId": emails[0]},
            "assignmentIdInput": {"externalAssignmentId": "INC-777"},
        }
    )
    assert ok(remove_stakeholder_assignment.sync_detailed(client=jsm, body=remove)).success is True
    assert "not assigned" in fails(remove_stakeholder_assignment.sync_detailed(client=jsm, body=remove), 404)
    left = ok(
        get_stakeholders_by_assignment_paginated.sync_detailed(
            client=jsm, assignment_id=assignment.id, first=100
        )
    )
    assert left.total_count == 11 and person.id not in {s.id for s in left.stakeholders}
    none = ok(get_assignments_by_stakeholder.sync_detailed(client=jsm, stakeholder_id=person.id))
    assert none.assignments == [] and none.total_count == 0

    unknown = RemoveStakeholderAssignmentRequest.from_dict(
        {
            "stakeholderIdInput": {"emailId": emails[1]},
            "assignmentIdInput": {"externalAssignmentId": "INC-404"},
        }
    )
    fails(remove_stakeholder_assignment.sync_detailed(client=jsm, body=unknown), 404)
    missing = ok(
        get_stakeholders_by_assignment_paginated.sync_detailed(client=jsm, external_assignment_id="INC-404")
    )
    assert missing.stakeholders == [] and "No assignment" in missing.error
    stranger = ok(get_assignments_by_stakeholder.sync_detailed(client=jsm, stakeholder_id="nobody"))
    assert stranger.assignments == [] and "No stakeholder" in stranger.error
    fails(get_stakeholders_by_assignment.sync_detailed(client=jsm), 400)
    fails(get_assignments_by_stakeholder.sync_detailed(client=jsm), 400)


def test_seeded_assignments_page_to_the_end(jsm: Client, sandbox: SandboxServer) -> None:
    internal = next(s for s in all_stakeholders(jsm) if s.type_ == "INTERNAL")
    for number in range(1, 8):
        create_result = create(jsm, {"aaid": internal.aaid, "externalAssignmentId": f"INC-9{number}"})
        ok(create_result, 201)
    assert "already exists" in fails(
        create(jsm, {"aaid": internal.aaid, "externalAssignmentId": "INC-91"}), 409
    )
    seen = walk(
        lambda **kw: get_assignments_by_stakeholder.sync_detailed(client=jsm, aaid=internal.aaid, **kw),
        lambda p: p.assignments,
        3,
    )
    assert {f"INC-9{n}" for n in range(1, 8)} <= {a.external_assignment_id for a in seen}
    assert stats(sandbox)["assignmentsCreated"] == 7


def test_stakeholders_from_similar_incidents(jsm: Client, sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.stakeholders
    incident = next(a for a in store.assignments.values() if store.similar_incidents(a))
    similar_keys = [a.external_id for a in store.similar_incidents(incident)]
    expected: set[str] = set()
    for key in similar_keys:  # what the API itself says is on each similar incident
        page = ok(
            get_stakeholders_by_assignment_paginated.sync_detailed(
                client=jsm, external_assignment_id=key, first=100
            )
        )
        expected |= {s.id for s in page.stakeholders}
    found = ok(get_stakeholders_from_similar_incidents.sync_detailed(incident.external_id, client=jsm))
    assert {s.id for s in found.stakeholders} == expected and len(found.stakeholders) == len(expected)

    assert "not found" in fails(
        get_stakeholders_from_similar_incidents.sync_detailed("INC-99999", client=jsm), 404
    )
    ok(create(jsm, {"emailId": "solo@acme-corp.example", "externalAssignmentId": "OPS-1"}), 201)
    assert ok(get_stakeholders_from_similar_incidents.sync_detailed("OPS-1", client=jsm)).stakeholders == []


def test_flattened_stakeholders_expand_groups_and_teams(jsm: Client, sandbox: SandboxServer) -> None:
    customers = new_group(
        jsm, "Flatten customers", [{"emailId": "a@soylent.example"}, {"emailId": "b@soylent.example"}]
    )
    wrapper = new_group(
        jsm,
        "Flatten wrapper",
        [
            {"stakeholderGroupId": customers.group.id},
            {"emailId": "a@soylent.example"},
            {"emailId": "c@soylent.example"},
        ],
    )
    assert {s.type_ for s in wrapper.stakeholders} == {"GROUP", "EXTERNAL"}
    flat = ok(get_flattened_stakeholders.sync_detailed(client=jsm, group_ids=[wrapper.group.id]))
    assert sorted(s.notification_preference.email_id for s in flat.stakeholders) == [
        "a@soylent.example",
        "b@soylent.example",
        "c@soylent.example",
    ]
    assert flat.total_count == 3 and flat.page_info.has_next_page is False

    directory = sandbox.sandbox.state.directory
    everyone = all_stakeholders(jsm)
    team_stakeholder = next(s for s in everyone if s.type_ == "TEAM")
    team_name = team_stakeholder.name.removesuffix(" team")
    expected = {s.id for s in everyone if s.type_ == "INTERNAL" and directory.users[s.aaid].team == team_name}
    by_team = ok(
        get_flattened_stakeholders.sync_detailed(client=jsm, team_ids=[team_stakeholder.atlassian_team_id])
    )
    assert {s.id for s in by_team.stakeholders} == expected

    unknown = ok(
        get_flattened_stakeholders.sync_detailed(client=jsm, group_ids=["missing", customers.group.id])
    )
    assert unknown.total_count == 2 and "missing" in unknown.error
    individuals = ok(get_flattened_stakeholders.sync_detailed(client=jsm))
    assert individuals.total_count == sum(1 for s in everyone if s.type_ in ("INTERNAL", "EXTERNAL"))


def test_assignments_by_stakeholder_page_backward_with_before(jsm: Client) -> None:
    person = max(all_stakeholders(jsm), key=lambda s: len(get_assignments(jsm, s.id)))
    every = [a.id for a in get_assignments(jsm, person.id)]
    assert len(every) >= 2
    first = ok(get_assignments_by_stakeholder.sync_detailed(client=jsm, stakeholder_id=person.id, first=1))
    second = ok(
        get_assignments_by_stakeholder.sync_detailed(
            client=jsm, stakeholder_id=person.id, first=1, after=first.page_info.end_cursor
        )
    )
    back = ok(
        get_assignments_by_stakeholder.sync_detailed(
            client=jsm, stakeholder_id=person.id, last=1, before=second.page_info.start_cursor
        )
    )
    assert [a.id for a in back.assignments] == [a.id for a in first.assignments] == every[:1]
    assert back.page_info.has_previous_page is False and back.page_info.has_next_page is True
