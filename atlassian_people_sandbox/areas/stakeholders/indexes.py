"""Stakeholder comms state and its indexes: ids, the logical clock, and lookups of stakeholders and incidents.

The base of the store (see store.py): assignments.py, groups.py and store.py each add one concern on top.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from ...directory import Directory
from ...errors import ApiError
from . import rules
from .model import (
    ASSIGNMENT_ARI_KIND,
    GROUP,
    INCIDENT,
    INTERNAL,
    STAKEHOLDER_ARI_KIND,
    TEAM,
    Assignment,
    Stakeholder,
    StakeholderGroup,
    Team,
    parse_ari,
    timestamp,
)

STAKEHOLDER_IDENTIFIERS = ("stakeholderId", "ari", "aaid", "emailId", "stakeholderGroupId", "atlassianTeamId")


class StakeholderIndexes:
    """The stakeholders, groups, teams and incident assignments, indexed by what identifies them."""

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

    # -- removal -------------------------------------------------------------------------------------------

    def delete(self, stakeholder: Stakeholder) -> None:
        self._unindex(stakeholder)
        del self.stakeholders[stakeholder.id]
        for gid in stakeholder.group_ids:
            self.groups[gid].member_ids.pop(stakeholder.id, None)
        for aid in stakeholder.assignment_ids:
            self.assignments[aid].stakeholder_ids.pop(stakeholder.id, None)
