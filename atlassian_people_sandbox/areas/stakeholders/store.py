"""Stakeholder comms state as one store: stakeholder searches, inputs and changes (this module) on top of
groups (groups.py), incident assignments (assignments.py) and the indexes and lookups (indexes.py).

The store enforces the area's rules (identity uniqueness, group-name uniqueness, referential integrity) and
raises ApiError with the status the spec documents; handlers only translate HTTP to and from these calls.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ...errors import ApiError
from . import rules
from .groups import GroupsStore
from .model import (
    ACTIVE,
    CHANNELS,
    EXTERNAL,
    GROUP,
    INACTIVE,
    INCIDENT,
    INTERNAL,
    INVITED,
    STAKEHOLDER_STATUSES,
    STAKEHOLDER_TYPES,
    STATUSPAGE,
    TEAM,
    Assignment,
    Stakeholder,
    StakeholderGroup,
)

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


class StakeholdersStore(GroupsStore):
    """The whole stakeholder comms state: stakeholder searches, inputs and changes on top of groups,
    assignments and the indexes."""

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
