"""Incident assignments of stakeholders: creating incidents, linking and unlinking, similar incidents."""

from __future__ import annotations

from collections import Counter

from ...errors import ApiError
from .indexes import StakeholderIndexes
from .model import Assignment, Stakeholder

SIMILAR_INCIDENTS = 5  # how many similar incidents stakeholders are suggested from


class AssignmentsStore(StakeholderIndexes):
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
