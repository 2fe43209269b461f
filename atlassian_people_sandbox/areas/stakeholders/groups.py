"""Stakeholder groups: names, membership, nesting and deletion."""

from __future__ import annotations

from ...errors import ApiError
from .assignments import AssignmentsStore
from .model import (
    EXTERNAL,
    GROUP,
    INTERNAL,
    TEAM,
    Stakeholder,
    StakeholderGroup,
)

GROUP_NAME_MAX = 255


class GroupsStore(AssignmentsStore):
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

    # -- group queries ---------------------------------------------------------------------------------------

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
