"""The Jira groups store (/rest/api/3/group, /group/bulk, /group/member, /group/user, /groups/picker).

Groups have a mutable, case-insensitively unique name and a stable UUID-like groupId; members are accounts of
the shared directory. Like Jira, an operation addresses a group by ``groupname`` or ``groupId`` (one of them),
and the site's standard groups carry the product access (``accessType``/``applicationKey``) that the bulk
filter and the picker's labels report.
"""

from __future__ import annotations

import random
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ...auth import ADMIN_EMAIL, AGENT_EMAIL
from ...directory import TEAMS, Directory
from ...errors import ApiError

CONTRACTOR_DOMAIN = "contractors.example.com"
APPLICATION_NAMES = {
    "jira-software": "Jira Software",
    "jira-servicedesk": "Jira Service Management",
    "jira-product-discovery": "Jira Product Discovery",
    "jira-core": "Jira Work Management",
}
ADMIN_APPLICATIONS = frozenset({"jira-software", "jira-servicedesk", "jira-core"})
EXPANDED_MEMBERS_LIMIT = 50  # Group.users holds at most 50 members; later ones via expand=users[a:b]
PICKER_DEFAULT_LIMIT = 20  # jira.ajax.autocomplete.limit's default
PICKER_MAXIMUM_LIMIT = 1000
MAX_GROUP_NAME_LENGTH = 255
USERS_EXPAND = re.compile(r"^users(?:\[(\d+):(\d+)\])?$")


@dataclass
class JiraGroup:
    group_id: str
    name: str
    member_ids: set[str] = field(default_factory=set)
    access_type: str | None = None  # site-admin | admin | user: the product access membership grants
    application_keys: frozenset[str] = frozenset()

    def details(self) -> dict[str, Any]:
        return {"groupId": self.group_id, "name": self.name}


@dataclass
class JiraGroupsStore:
    groups: dict[str, JiraGroup] = field(default_factory=dict)  # by groupId
    # Ids of groups created later come from here, so a replayed session gets the same ids.
    rng: random.Random = field(default_factory=lambda: random.Random(0))

    def by_name(self, name: str) -> JiraGroup | None:
        wanted = name.casefold()
        return next((group for group in self.groups.values() if group.name.casefold() == wanted), None)

    def by_id(self, group_id: str) -> JiraGroup | None:
        return self.groups.get(group_id)

    def sorted_groups(self) -> list[JiraGroup]:
        return sorted(self.groups.values(), key=lambda group: (group.name.casefold(), group.group_id))

    def resolve(
        self, name: str | None, group_id: str | None, *, name_parameter: str, id_parameter: str
    ) -> JiraGroup:
        """The group a request names by name or id: neither or both is a 400, an unknown one a 404."""
        if name and group_id:
            raise ApiError(400, f"Specify either '{name_parameter}' or '{id_parameter}', not both.")
        if group_id:
            group = self.by_id(group_id)
            if group is None:
                raise ApiError(404, f"Group with ID '{group_id}' does not exist.")
            return group
        if name:
            group = self.by_name(name)
            if group is None:
                raise ApiError(404, f"Group with name '{name}' does not exist.")
            return group
        raise ApiError(400, f"You must specify a group: pass '{name_parameter}' or '{id_parameter}'.")

    def create(
        self,
        name: str,
        members: Iterable[str] = (),
        access_type: str | None = None,
        application_keys: Iterable[str] = (),
    ) -> JiraGroup:
        if not name.strip():
            raise ApiError(
                400, "You must specify a group name.", field_errors={"name": "Group name is empty."}
            )
        if len(name) > MAX_GROUP_NAME_LENGTH:
            raise ApiError(
                400,
                f"The group name must not exceed {MAX_GROUP_NAME_LENGTH} characters.",
                field_errors={"name": "Group name is too long."},
            )
        existing = self.by_name(name)
        if existing is not None:
            # Jira treats group names case-insensitively, and answers a duplicate with 400 (not 409).
            raise ApiError(
                400,
                f"A group with name '{existing.name}' already exists.",
                field_errors={"name": "A group with this name already exists."},
            )
        group_id = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        group = JiraGroup(group_id, name, set(members), access_type, frozenset(application_keys))
        self.groups[group_id] = group
        return group

    def delete(self, group: JiraGroup) -> None:
        del self.groups[group.group_id]

    @classmethod
    def seeded(cls, rng: random.Random, size: int, directory: Directory) -> JiraGroupsStore:
        store = cls(rng=rng)
        users = list(directory.users.values())
        admin = [u.account_id for u in users if u.email == ADMIN_EMAIL]
        agent = [u.account_id for u in users if u.email == AGENT_EMAIL]
        # Portal customers hold no Jira product access, so they are in no group.
        staff = [
            u for u in users if u.account_type == "atlassian" and u.email not in (ADMIN_EMAIL, AGENT_EMAIL)
        ]
        contractors = [u.account_id for u in staff if u.email.endswith("@" + CONTRACTOR_DOMAIN)]
        employees = [u.account_id for u in staff if not u.email.endswith("@" + CONTRACTOR_DOMAIN)]
        support = [u.account_id for u in staff if u.team == "Support"]

        def some(pool: Sequence[str], share: float) -> list[str]:
            return [account_id for account_id in pool if rng.random() < share]

        all_apps = frozenset(APPLICATION_NAMES)
        store.create("site-admins", admin + employees[:1], "site-admin", all_apps)
        store.create("jira-administrators", admin + employees[1:3], "admin", ADMIN_APPLICATIONS)
        # Contractors among the Jira admins: "remove the contractors from jira-admins" is a demo scenario.
        store.create("jira-admins", admin + employees[3:5] + contractors[:3], "admin", ADMIN_APPLICATIONS)
        store.create(
            "jira-software-users",
            admin + agent + some(employees + contractors, 0.8),
            "user",
            ["jira-software"],
        )
        store.create(
            "jira-servicemanagement-users",
            admin + agent + support + some(employees, 0.3),
            "user",
            ["jira-servicedesk"],
        )
        store.create("contractors", contractors)
        store.create("eu-support", agent + support + some(employees, 0.15))
        # Team groups grow with the seed size: one per team, then numbered squads of a few people each
        # (sampled, so seeding stays linear in the size).
        pool = employees + contractors
        by_team: dict[str, list[str]] = {}
        for user in staff:
            by_team.setdefault(user.team, []).append(user.account_id)
        for index in range(max(3, size // 5)):
            team = TEAMS[index % len(TEAMS)]
            squad = index // len(TEAMS)
            name = f"team-{team.lower()}" + (f"-{squad + 1}" if squad else "")
            core = by_team.get(team, []) if not squad else []
            store.create(name, core + rng.sample(pool, k=min(12, max(1, len(pool) // 10), len(pool))))
        return store

    def stats(self) -> dict[str, int]:
        return {
            "groups": len(self.groups),
            "memberships": sum(len(group.member_ids) for group in self.groups.values()),
        }
