"""In-memory state of stakeholder comms: stakeholders, stakeholder groups and incident assignments.

The store enforces the area's rules (identity uniqueness, group-name uniqueness, referential integrity) and
raises ApiError with the status the spec documents; handlers only translate HTTP to and from these calls.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ...directory import Directory
from ...errors import ApiError
from . import rules
from .model import (
    ACTIVE,
    ASSIGNMENT_ARI_KIND,
    CHANNELS,
    EXTERNAL,
    GROUP,
    INACTIVE,
    INCIDENT,
    INTERNAL,
    INVITED,
    STAKEHOLDER_ARI_KIND,
    STAKEHOLDER_STATUSES,
    STAKEHOLDER_TYPES,
    STATUSPAGE,
    TEAM,
    Assignment,
    Stakeholder,
    StakeholderGroup,
    Team,
    parse_ari,
    timestamp,
)

GROUP_NAME_MAX = 255
SIMILAR_INCIDENTS = 5  # how many similar incidents stakeholders are suggested from
STAKEHOLDER_IDENTIFIERS = ("stakeholderId", "ari", "aaid", "emailId", "stakeholderGroupId", "atlassianTeamId")
_ATTRIBUTES = {
    "insertedAt": "inserted_at",
    "updatedAt": "updated_at",
    "type": "type",
    "status": "status",
    "emailId": "email",
    "phoneNumber": "phone_number",
    "webhook": "webhook",
    "aaid": "aaid",
}
ORDER_FIELDS = ("name", "insertedAt", "updatedAt", "type", "status", "emailId")
SEARCH_FIELDS = ("name", "emailId", "phoneNumber", "webhook", "aaid")
# The field that identifies each kind of stakeholder (EXTERNAL ones by emailId, phoneNumber or webhook).
_PRINCIPAL_FIELD = {INTERNAL: "aaid", TEAM: "atlassianTeamId", GROUP: "stakeholderGroupId"}


@dataclass
class StakeholderPlan:
    """A validated stakeholder input: the stakeholder it names (existing or new) and what to do with it."""

    existing: Stakeholder | None
    fields: dict[str, Any]  # Stakeholder fields of a new stakeholder; unused when existing
    identity: str  # e.g. "emailId dana@example.com", for messages
    assignment_key: tuple[str, str] | None
    added_from: str
    group: StakeholderGroup | None

    def adds_to(self, store: StakeholdersStore) -> bool:
        """Whether applying the plan changes anything for an existing stakeholder."""
        if self.existing is None:
            return True
        if self.group is not None and self.existing.id not in self.group.member_ids:
            return True
        if self.assignment_key is None:
            return False
        assignment = store.assignment_by_key(self.assignment_key)
        return assignment is None or self.existing.id not in assignment.stakeholder_ids


@dataclass
class Applied:
    stakeholder: Stakeholder
    assignment: Assignment | None
    created: bool


class StakeholdersStore:
    def __init__(self, rng: random.Random, directory: Directory, clock: datetime) -> None:
        self.rng = rng
        self.directory = directory
        self.teams: dict[str, Team] = {}
        self.stakeholders: dict[str, Stakeholder] = {}
        self.groups: dict[str, StakeholderGroup] = {}
        self.assignments: dict[str, Assignment] = {}
        self._by_aaid: dict[str, str] = {}
        self._by_email: dict[str, str] = {}  # casefolded email of any stakeholder
        # Phone number or webhook of the external stakeholders without an email address.
        self._by_contact: dict[tuple[str, str], str] = {}
        self._by_team: dict[str, str] = {}
        self._by_group: dict[str, str] = {}  # group id -> the GROUP stakeholder standing for it
        self._group_by_name: dict[str, str] = {}  # casefolded name -> group id
        self._assignment_by_key: dict[tuple[str, str], str] = {}
        self._incidents_by_service: dict[str, list[str]] = {}
        self._seq = 0
        self._clock = clock
        self.created = Counter[str]()  # creates applied through the API, by kind

    def stats(self) -> dict[str, int]:
        return {
            "stakeholders": len(self.stakeholders),
            "groups": len(self.groups),
            "memberships": sum(len(group.member_ids) for group in self.groups.values()),
            "assignments": sum(len(a.stakeholder_ids) for a in self.assignments.values()),
            "incidents": len(self.assignments),
            "stakeholdersCreated": self.created["stakeholders"],
            "groupsCreated": self.created["groups"],
            "assignmentsCreated": self.created["assignments"],
            "createsApplied": self.created.total() - self.created["invitations"],
            "invitationsSent": self.created["invitations"],
        }

    # -- ids and time --------------------------------------------------------------------------------

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def now(self) -> str:
        # A logical clock (one second per mutation) keeps responses identical across runs of one seed.
        self._clock += timedelta(seconds=1)
        return timestamp(self._clock)

    # -- stakeholder indexes ---------------------------------------------------------------------------

    @staticmethod
    def _contact_key(stakeholder: Stakeholder) -> tuple[str, str] | None:
        return rules.contact_key(
            stakeholder.type, stakeholder.email, stakeholder.phone_number, stakeholder.webhook
        )

    def _index(self, stakeholder: Stakeholder) -> None:
        sid = stakeholder.id
        if stakeholder.aaid:
            self._by_aaid[stakeholder.aaid] = sid
        if stakeholder.atlassian_team_id:
            self._by_team[stakeholder.atlassian_team_id] = sid
        if stakeholder.stakeholder_group_id:
            self._by_group[stakeholder.stakeholder_group_id] = sid
        if stakeholder.email:
            self._by_email[stakeholder.email.casefold()] = sid
        key = self._contact_key(stakeholder)
        if key:
            self._by_contact[key] = sid

    def _unindex(self, stakeholder: Stakeholder) -> None:
        entries: list[tuple[dict[Any, str], Any]] = [
            (self._by_aaid, stakeholder.aaid),
            (self._by_team, stakeholder.atlassian_team_id),
            (self._by_group, stakeholder.stakeholder_group_id),
            (self._by_email, stakeholder.email.casefold() if stakeholder.email else None),
            (self._by_contact, self._contact_key(stakeholder)),
        ]
        for index, key in entries:
            if key is not None and index.get(key) == stakeholder.id:
                del index[key]

    def insert(self, stakeholder: Stakeholder) -> None:
        self.stakeholders[stakeholder.id] = stakeholder
        self._index(stakeholder)

    # -- lookups ---------------------------------------------------------------------------------------

    def display_name(self, stakeholder: Stakeholder) -> str:
        if stakeholder.type == INTERNAL and stakeholder.aaid:
            user = self.directory.get(stakeholder.aaid)
            return user.display_name if user else stakeholder.aaid
        if stakeholder.type == TEAM and stakeholder.atlassian_team_id in self.teams:
            return f"{self.teams[stakeholder.atlassian_team_id].name} team"
        if stakeholder.type == GROUP and stakeholder.stakeholder_group_id in self.groups:
            return self.groups[stakeholder.stakeholder_group_id].name
        return stakeholder.display_name or stakeholder.id

    def find_stakeholder(
        self, identifiers: Mapping[str, Any], cloud_id: str
    ) -> tuple[Stakeholder | None, str]:
        """The stakeholder all the given identifiers name (None if any names nobody), and how it was named."""
        given = {key: value for key in STAKEHOLDER_IDENTIFIERS if (value := rules.text(identifiers, key))}
        if not given:
            raise ApiError(400, f"Identify the stakeholder with one of {', '.join(STAKEHOLDER_IDENTIFIERS)}.")
        described = ", ".join(f"{key} {value}" for key, value in given.items())
        found: set[str] = set()
        for key, value in given.items():
            sid = self._stakeholder_id_by(key, value, cloud_id)
            if sid is None or sid not in self.stakeholders:
                return None, described
            found.add(sid)
        if len(found) > 1:
            raise ApiError(400, f"The identifiers name different stakeholders ({described}); give one.")
        stakeholder = self.stakeholders[found.pop()]
        wanted_type = rules.text(identifiers, "stakeholderType")
        if wanted_type is not None and wanted_type.upper() != stakeholder.type:
            return None, f"{described}, stakeholderType {wanted_type}"
        return stakeholder, described

    def _stakeholder_id_by(self, key: str, value: str, cloud_id: str) -> str | None:
        if key == "stakeholderId":
            return value
        if key == "ari":
            parsed = parse_ari(value, STAKEHOLDER_ARI_KIND)
            if parsed is None:
                raise ApiError(400, f"'{value}' is not a stakeholder ARI ({rules.STAKEHOLDER_ARI_FORMAT}).")
            return parsed[1] if parsed[0] == cloud_id else None
        index = {
            "aaid": self._by_aaid,
            "emailId": self._by_email,
            "stakeholderGroupId": self._by_group,
            "atlassianTeamId": self._by_team,
        }[key]
        return index.get(value.casefold() if key == "emailId" else value)

    def by_ari(self, value: str, cloud_id: str) -> Stakeholder | None:
        sid = self._stakeholder_id_by("ari", value, cloud_id)
        return self.stakeholders.get(sid) if sid else None

    def assignment_by_key(self, key: tuple[str, str]) -> Assignment | None:
        aid = self._assignment_by_key.get(key)
        return self.assignments.get(aid) if aid else None

    def find_assignment(self, identifiers: Mapping[str, Any], cloud_id: str) -> tuple[Assignment | None, str]:
        assignment_id = rules.text(identifiers, "assignmentId")
        assignment_ari = rules.text(identifiers, "ari")
        external_id = rules.text(identifiers, "externalAssignmentId")
        assignment_type = (rules.text(identifiers, "assignmentType") or INCIDENT).upper()
        if not (assignment_id or assignment_ari or external_id):
            raise ApiError(400, "Identify the assignment with assignmentId, ari or externalAssignmentId.")
        candidates: list[Assignment | None] = []
        described: list[str] = []
        if assignment_id:
            candidates.append(self.assignments.get(assignment_id))
            described.append(f"assignmentId {assignment_id}")
        if assignment_ari:
            parsed = parse_ari(assignment_ari, ASSIGNMENT_ARI_KIND)
            if parsed is None:
                raise ApiError(400, f"'{assignment_ari}' is not a stakeholder assignment ARI.")
            candidates.append(self.assignments.get(parsed[1]) if parsed[0] == cloud_id else None)
            described.append(f"ari {assignment_ari}")
        if external_id:
            candidates.append(self.incident(external_id, assignment_type))
            described.append(f"{assignment_type.lower()} {external_id}")
        text = ", ".join(described)
        if any(candidate is None for candidate in candidates):
            return None, text
        if len({candidate.id for candidate in candidates if candidate}) > 1:
            raise ApiError(400, f"The identifiers name different assignments ({text}); give one.")
        return candidates[0], text

    def incident(self, key: str, assignment_type: str = INCIDENT) -> Assignment | None:
        return self.assignment_by_key((assignment_type, key)) or self.assignment_by_key(
            (assignment_type, key.upper())
        )

    def group_by_name(self, name: str) -> StakeholderGroup | None:
        gid = self._group_by_name.get(name.strip().casefold())
        return self.groups.get(gid) if gid else None

    # -- queries -----------------------------------------------------------------------------------------

    def search(
        self,
        *,
        status: str | None,
        stakeholder_type: str | None,
        search_field: str | None,
        search_value: str | None,
        order_by: str | None,
        descending: bool,
    ) -> list[Stakeholder]:
        items: Iterable[Stakeholder] = self.stakeholders.values()
        if status:
            wanted_status = rules.choice(status, STAKEHOLDER_STATUSES, "status")
            items = [s for s in items if s.status == wanted_status]
        if stakeholder_type:
            wanted_type = rules.choice(stakeholder_type, STAKEHOLDER_TYPES, "type")
            items = [s for s in items if s.type == wanted_type]
        if search_value:
            needle = search_value.strip().casefold()
            fields = (
                (rules.choice(search_field, SEARCH_FIELDS, "searchField"),)
                if search_field
                else ("name", "emailId")
            )
            items = [s for s in items if any(needle in self._field(s, name).casefold() for name in fields)]
        if order_by:
            field = rules.choice(order_by, ORDER_FIELDS, "orderBy")
            return sorted(items, key=lambda s: (self._field(s, field).casefold(), s.seq), reverse=descending)
        ordered = list(items)
        return ordered[::-1] if descending else ordered

    def _field(self, stakeholder: Stakeholder, name: str) -> str:
        """A stakeholder's value of a searchable or sortable field, by its API name ("" when unset)."""
        if name == "name":
            return self.display_name(stakeholder)
        attribute = _ATTRIBUTES[name]
        value = getattr(stakeholder, attribute)
        return value if isinstance(value, str) else ""

    def members(self, group: StakeholderGroup) -> list[Stakeholder]:
        return [self.stakeholders[sid] for sid in group.member_ids]

    def groups_sorted(self) -> list[StakeholderGroup]:
        return sorted(self.groups.values(), key=lambda group: (group.name.casefold(), group.id))

    def groups_named_like(self, text: str) -> list[StakeholderGroup]:
        needle = text.strip().casefold()
        return [group for group in self.groups_sorted() if needle in group.name.casefold()]

    def flattened(self, group_ids: list[str], team_ids: list[str]) -> tuple[list[Stakeholder], list[str]]:
        """Individual (INTERNAL and EXTERNAL) stakeholders of the groups and teams, nested groups and teams
        expanded, each once; with no groups or teams, every individual stakeholder. Also the unknown ids."""
        if not group_ids and not team_ids:
            return [s for s in self.stakeholders.values() if s.type in (INTERNAL, EXTERNAL)], []
        found: dict[str, Stakeholder] = {}
        seen_groups: set[str] = set()
        unknown = [gid for gid in group_ids if gid not in self.groups]
        unknown += [tid for tid in team_ids if tid not in self.teams]
        pending: list[tuple[str, str]] = [(GROUP, gid) for gid in group_ids if gid in self.groups]
        pending += [(TEAM, tid) for tid in team_ids if tid in self.teams]
        pending.reverse()  # a stack: expand in the order given
        while pending:
            kind, target = pending.pop()
            if kind == TEAM:
                for member in self.team_members(target):
                    found.setdefault(member.id, member)
                continue
            if target in seen_groups:  # groups may nest, even in a cycle
                continue
            seen_groups.add(target)
            nested: list[tuple[str, str]] = []
            for member in self.members(self.groups[target]):
                if member.type == GROUP and member.stakeholder_group_id in self.groups:
                    nested.append((GROUP, member.stakeholder_group_id))
                elif member.type == TEAM and member.atlassian_team_id in self.teams:
                    nested.append((TEAM, member.atlassian_team_id))
                elif member.type in (INTERNAL, EXTERNAL):
                    found.setdefault(member.id, member)
            pending.extend(reversed(nested))
        return list(found.values()), unknown

    def team_members(self, team_id: str) -> list[Stakeholder]:
        """INTERNAL stakeholders whose Atlassian account is on the team."""
        team = self.teams[team_id].name
        members = []
        for stakeholder in self.stakeholders.values():
            if stakeholder.type == INTERNAL and stakeholder.aaid:
                user = self.directory.get(stakeholder.aaid)
                if user is not None and user.team == team:
                    members.append(stakeholder)
        return members

    def similar_incidents(self, incident: Assignment) -> list[Assignment]:
        """The most recent other incidents on the same service."""
        if incident.service is None:
            return []
        similar = []
        for aid in reversed(self._incidents_by_service.get(incident.service, [])):
            if aid != incident.id and aid in self.assignments:
                similar.append(self.assignments[aid])
                if len(similar) == SIMILAR_INCIDENTS:
                    break
        return similar

    def stakeholders_of_similar_incidents(self, incident: Assignment) -> list[Stakeholder]:
        """Stakeholders of similar incidents, the ones on most of them first."""
        counts: Counter[str] = Counter()
        for similar in self.similar_incidents(incident):
            counts.update(list(similar.stakeholder_ids))
        # Counter keeps first-seen order among equal counts, so the result is deterministic.
        return [self.stakeholders[sid] for sid, _ in counts.most_common()]

    # -- stakeholder inputs ----------------------------------------------------------------------------

    def plan(self, raw: Mapping[str, Any], joining_group_id: str | None) -> StakeholderPlan:
        """Validate a StakeholderCommsStakeholderInput: 422, or 409 for a taken address, if it can't apply."""
        aaid = rules.text(raw, "aaid")
        team_id = rules.text(raw, "atlassianTeamId")
        group_id = rules.text(raw, "stakeholderGroupId")
        email, phone, webhook = (
            rules.text(raw, "emailId"),
            rules.text(raw, "phoneNumber"),
            rules.text(raw, "webhook"),
        )
        principals = [
            name
            for name, value in (
                ("aaid", aaid),
                ("atlassianTeamId", team_id),
                ("stakeholderGroupId", group_id),
            )
            if value
        ]
        if len(principals) > 1:
            raise rules.unprocessable(
                f"Give only one of {', '.join(principals)}: each names a different kind of stakeholder."
            )
        inferred = INTERNAL if aaid else TEAM if team_id else GROUP if group_id else EXTERNAL
        kind = rules.text(raw, "stakeholderType") or inferred
        if kind != inferred:
            if kind == EXTERNAL:
                raise rules.unprocessable(
                    "An EXTERNAL stakeholder is identified by emailId, phoneNumber or webhook, "
                    f"not {principals[0]}; set stakeholderType to {inferred} or leave it out."
                )
            raise rules.unprocessable(f"A {kind} stakeholder needs {_PRINCIPAL_FIELD[kind]}.")
        rules.check_contact(email, phone, webhook)
        fields: dict[str, Any] = {"type": kind, "skip_confirmation": bool(raw.get("skipConfirmation", False))}
        if kind in (TEAM, GROUP) and (email or phone or webhook):
            raise rules.unprocessable(
                f"A {kind} stakeholder is notified through its members; "
                "drop emailId, phoneNumber and webhook."
            )
        existing_id: str | None
        if kind == INTERNAL:
            assert aaid is not None
            user = self.directory.get(aaid)
            if user is None:
                raise rules.unprocessable(f"No Atlassian account with aaid {aaid}.")
            if user.account_type != "atlassian":
                raise rules.unprocessable(
                    f"{aaid} is a {user.account_type} account; add it as an EXTERNAL stakeholder by emailId."
                )
            existing_id = self._by_aaid.get(aaid)
            if existing_id is None and not user.active:
                raise rules.unprocessable(f"The Atlassian account {aaid} is deactivated.")
            email = email or user.email
            identity = f"aaid {aaid}"
            fields.update(aaid=aaid, status=ACTIVE)
        elif kind == TEAM:
            assert team_id is not None
            if team_id not in self.teams:
                raise rules.unprocessable(f"No Atlassian team with id {team_id}.")
            existing_id, identity = self._by_team.get(team_id), f"atlassianTeamId {team_id}"
            fields.update(atlassian_team_id=team_id, status=ACTIVE)
        elif kind == GROUP:
            assert group_id is not None
            if group_id not in self.groups:
                raise rules.unprocessable(f"No stakeholder group with id {group_id}.")
            existing_id, identity = self._by_group.get(group_id), f"stakeholderGroupId {group_id}"
            fields.update(stakeholder_group_id=group_id, status=ACTIVE)
        else:
            if not (email or phone or webhook):
                raise rules.unprocessable("An EXTERNAL stakeholder needs emailId, phoneNumber or webhook.")
            if email:
                existing_id, identity = self._by_email.get(email.casefold()), f"emailId {email}"
            elif phone:
                existing_id = self._by_contact.get(("phone", rules.normalise_phone(phone)))
                identity = f"phoneNumber {phone}"
            else:
                assert webhook is not None
                existing_id, identity = self._by_contact.get(("webhook", webhook)), f"webhook {webhook}"
            # Unconfirmed external stakeholders are invited to confirm their subscription first.
            fields.update(display_name=rules.name_from_contact(email, phone, webhook))
            fields.update(status=ACTIVE if fields["skip_confirmation"] else INVITED)
        if existing_id is None and email and email.casefold() in self._by_email:
            raise ApiError(
                409, f"emailId {email} is already used by stakeholder {self._by_email[email.casefold()]}."
            )
        addresses = rules.addresses(email, phone, webhook)
        fields.update(
            email=email,
            phone_number=phone,
            phone_country=rules.text(raw, "phoneCountry"),
            webhook=webhook,
            channels=rules.channels(
                kind, raw.get("preference"), addresses, rules.default_channels(kind, addresses)
            ),
        )
        external_id = rules.text(raw, "externalAssignmentId")
        assignment_type = rules.text(raw, "assignmentType")
        if assignment_type and not external_id:
            raise rules.unprocessable(
                "assignmentType needs externalAssignmentId, the incident to assign the stakeholder to."
            )
        group = None
        if joining_group_id:
            group = self.groups.get(joining_group_id)
            if group is None:
                raise rules.unprocessable(f"No stakeholder group with id {joining_group_id} to join.")
            if group_id == group.id:
                raise rules.unprocessable(f"Stakeholder group {group.name} cannot be a member of itself.")
        existing = self.stakeholders.get(existing_id) if existing_id else None
        return StakeholderPlan(
            existing=existing,
            fields=fields,
            identity=identity,
            assignment_key=(assignment_type or INCIDENT, external_id) if external_id else None,
            added_from=rules.text(raw, "addedFrom") or STATUSPAGE,
            group=group,
        )

    def apply(self, plan: StakeholderPlan) -> Applied:
        created = plan.existing is None
        if plan.existing is not None:
            stakeholder = plan.existing
        else:
            now = self.now()
            stakeholder = Stakeholder(
                id=self.new_id(),
                seq=self.next_seq(),
                inserted_at=now,
                updated_at=now,
                preference_id=self.new_id(),
                preference_updated_at=now,
                **plan.fields,
            )
            self.insert(stakeholder)
            self.created["stakeholders"] += 1
            if stakeholder.status == INVITED:
                stakeholder.invitations_sent = 1
                self.created["invitations"] += 1
        assignment = None
        if plan.assignment_key is not None:
            assignment = self.assignment_by_key(plan.assignment_key) or self.new_assignment(
                *plan.assignment_key, plan.added_from
            )
            if stakeholder.id not in assignment.stakeholder_ids:
                self.link(stakeholder, assignment)
                self.created["assignments"] += 1
        if plan.group is not None:
            self.add_member(plan.group, stakeholder)
        return Applied(stakeholder, assignment, created)

    def create(self, raw: Mapping[str, Any], joining_group_id: str | None) -> Applied:
        """Create one stakeholder (or assign/add an existing one); 409 if it would change nothing."""
        plan = self.plan(raw, joining_group_id)
        if not plan.adds_to(self):
            assert plan.existing is not None
            raise ApiError(409, f"A stakeholder with {plan.identity} already exists: {plan.existing.id}.")
        return self.apply(plan)

    def plan_all(self, entries: list[Mapping[str, Any]], joining_group_id: str | None) -> None:
        """Validate every {stakeholder, joiningGroupId} entry before any applies (all or nothing)."""
        for position, entry in enumerate(entries):
            raw = entry.get("stakeholder")
            if not isinstance(raw, Mapping):
                raise ApiError(400, f"stakeholders[{position}].stakeholder is required.")
            try:
                self.plan(raw, joining_group_id)
            except ApiError as error:
                # These operations document no 409: a member that cannot be added is unprocessable.
                status = 400 if error.status == 400 else 422
                raise ApiError(status, f"stakeholders[{position}]: {error.message}") from None

    # -- stakeholder changes -----------------------------------------------------------------------------

    def update(
        self, stakeholder: Stakeholder, status: str | None, preference: Mapping[str, Any] | None
    ) -> None:
        """Change status and/or notification preference, all or nothing."""
        if status is None and not preference:
            raise ApiError(400, "Nothing to update: give status and/or notificationPreference.")
        if status is not None and status != stakeholder.status:
            if status == INVITED:
                raise rules.unprocessable(
                    "INVITED is set by inviting an external stakeholder; it cannot be set directly."
                )
            if status == ACTIVE and stakeholder.type == INTERNAL and stakeholder.aaid:
                user = self.directory.get(stakeholder.aaid)
                if user is not None and not user.active:
                    raise rules.unprocessable(f"The Atlassian account {stakeholder.aaid} is deactivated.")
        changes = self._preference_changes(stakeholder, preference) if preference else {}
        now = self.now()
        if status is not None:
            stakeholder.status = status
        if changes:
            self._unindex(stakeholder)
            for attribute, value in changes.items():
                setattr(stakeholder, attribute, value)
            self._index(stakeholder)
            stakeholder.preference_updated_at = now
        stakeholder.updated_at = now

    def _preference_changes(self, stakeholder: Stakeholder, preference: Mapping[str, Any]) -> dict[str, Any]:
        """The stakeholder's new address and channel attributes, validated (422) but not yet applied."""

        def new_value(key: str, current: str | None) -> str | None:
            # An absent field keeps its value; an empty string clears it.
            return rules.text(preference, key) if key in preference else current

        email = new_value("emailId", stakeholder.email)
        phone = new_value("phoneNumber", stakeholder.phone_number)
        webhook = new_value("webhook", stakeholder.webhook)
        if stakeholder.type in (TEAM, GROUP) and (email or phone or webhook):
            raise rules.unprocessable(
                f"A {stakeholder.type} stakeholder is notified through its members; it has no addresses."
            )
        if stakeholder.type == EXTERNAL and not (email or phone or webhook):
            raise rules.unprocessable("An EXTERNAL stakeholder needs emailId, phoneNumber or webhook.")
        rules.check_contact(email, phone, webhook)
        if email and self._by_email.get(email.casefold(), stakeholder.id) != stakeholder.id:
            raise rules.unprocessable(
                f"emailId {email} is already used by stakeholder {self._by_email[email.casefold()]}."
            )
        key = rules.contact_key(stakeholder.type, email, phone, webhook)
        holder = self._by_contact.get(key, stakeholder.id) if key else stakeholder.id
        if holder != stakeholder.id:
            raise rules.unprocessable(f"{phone or webhook} is already used by stakeholder {holder}.")
        addresses = rules.addresses(email, phone, webhook)
        if stakeholder.type in (TEAM, GROUP):
            defaults = dict(stakeholder.channels) or rules.default_channels(stakeholder.type, addresses)
        else:
            before = rules.addresses(stakeholder.email, stakeholder.phone_number, stakeholder.webhook)
            # A channel keeps its setting while its address stays; a newly given address enables it.
            defaults = {
                channel: bool(addresses[channel])
                and (stakeholder.channels.get(channel, False) or not before[channel])
                for channel in CHANNELS
            }
        return {
            "email": email,
            "phone_number": phone,
            "webhook": webhook,
            "phone_country": new_value("phoneCountry", stakeholder.phone_country),
            "channels": rules.channels(stakeholder.type, preference.get("preference"), addresses, defaults),
        }

    def delete(self, stakeholder: Stakeholder) -> None:
        self._unindex(stakeholder)
        del self.stakeholders[stakeholder.id]
        for gid in stakeholder.group_ids:
            self.groups[gid].member_ids.pop(stakeholder.id, None)
        for aid in stakeholder.assignment_ids:
            self.assignments[aid].stakeholder_ids.pop(stakeholder.id, None)

    def resend_invite(self, stakeholder: Stakeholder) -> int:
        if stakeholder.status != INVITED:
            reason = {
                ACTIVE: "has already confirmed (or needs no confirmation)",
                INACTIVE: "is inactive; set its status to ACTIVE instead",
            }.get(stakeholder.status, f"has status {stakeholder.status}")
            raise rules.unprocessable(
                f"Stakeholder {stakeholder.id} {reason}: there is no pending invitation to resend."
            )
        stakeholder.invitations_sent += 1
        self.created["invitations"] += 1
        return stakeholder.invitations_sent

    # -- assignments ---------------------------------------------------------------------------------------

    def new_assignment(
        self,
        assignment_type: str,
        external_id: str,
        added_from: str,
        *,
        service: str | None = None,
        at: str | None = None,
    ) -> Assignment:
        now = at or self.now()
        assignment = Assignment(
            id=self.new_id(),
            seq=self.next_seq(),
            assignment_type=assignment_type,
            external_id=external_id,
            added_from=added_from,
            inserted_at=now,
            updated_at=now,
            service=service,
        )
        self.assignments[assignment.id] = assignment
        self._assignment_by_key[(assignment_type, external_id)] = assignment.id
        if service is not None:
            self._incidents_by_service.setdefault(service, []).append(assignment.id)
        return assignment

    @staticmethod
    def link(stakeholder: Stakeholder, assignment: Assignment) -> None:
        assignment.stakeholder_ids[stakeholder.id] = None
        stakeholder.assignment_ids[assignment.id] = None

    def unassign(self, stakeholder: Stakeholder, assignment: Assignment) -> None:
        if stakeholder.id not in assignment.stakeholder_ids:
            raise ApiError(
                404,
                f"Stakeholder {stakeholder.id} is not assigned to {assignment.external_id} "
                f"(assignment {assignment.id}).",
            )
        del assignment.stakeholder_ids[stakeholder.id]
        del stakeholder.assignment_ids[assignment.id]
        assignment.updated_at = self.now()

    # -- groups ----------------------------------------------------------------------------------------------

    def checked_group_name(self, name: str | None, *, renaming: StakeholderGroup | None = None) -> str:
        """The name, trimmed, if a group may take it: 400 when blank or too long, 409 when taken."""
        problem = self.group_name_problem(name, renaming=renaming)
        if problem is not None:
            raise ApiError(*problem)
        return (name or "").strip()

    def group_name_problem(
        self, name: str | None, *, renaming: StakeholderGroup | None = None
    ) -> tuple[int, str] | None:
        """(status, message) of why no group (but the one renaming) may take the name; None if it may."""
        cleaned = (name or "").strip()
        if not cleaned:
            return 400, "The stakeholder group name must not be blank."
        if len(cleaned) > GROUP_NAME_MAX:
            return 400, f"The stakeholder group name is longer than {GROUP_NAME_MAX} characters."
        holder = self.group_by_name(cleaned)
        if holder is not None and holder is not renaming:
            return 409, f"A stakeholder group named '{holder.name}' already exists: {holder.id}."
        return None

    def add_group(self, group: StakeholderGroup) -> None:
        self.groups[group.id] = group
        self._group_by_name[group.name.casefold()] = group.id

    def rename_group(self, group: StakeholderGroup, name: str) -> None:
        self._group_by_name.pop(group.name.casefold(), None)
        group.name = name
        self._group_by_name[name.casefold()] = group.id

    @staticmethod
    def add_member(group: StakeholderGroup, stakeholder: Stakeholder) -> None:
        group.member_ids[stakeholder.id] = None
        stakeholder.group_ids[group.id] = None

    def remove_member(self, group: StakeholderGroup, stakeholder: Stakeholder) -> None:
        group.member_ids.pop(stakeholder.id, None)
        stakeholder.group_ids.pop(group.id, None)

    def delete_group(self, group: StakeholderGroup) -> Stakeholder | None:
        """Delete the group and the GROUP stakeholder standing for it (returned, if any)."""
        for sid in group.member_ids:
            self.stakeholders[sid].group_ids.pop(group.id, None)
        del self.groups[group.id]
        self._group_by_name.pop(group.name.casefold(), None)
        standing_for = self._by_group.get(group.id)
        if standing_for is None:
            return None
        stakeholder = self.stakeholders[standing_for]
        self.delete(stakeholder)
        return stakeholder
