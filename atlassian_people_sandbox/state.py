"""All of the sandbox's in-memory state, seeded deterministically from (seed, size)."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .areas.contacts.store import ContactsStore
from .areas.csm.seed import seeded_store as seeded_csm
from .areas.csm.store import CsmStore
from .areas.jira_groups.store import JiraGroupsStore
from .areas.stakeholders.seed import seed as seeded_stakeholders
from .areas.stakeholders.store import StakeholdersStore
from .auth import Principal
from .directory import Directory, User


@dataclass
class SandboxState:
    directory: Directory
    stakeholders: StakeholdersStore
    contacts: ContactsStore
    csm: CsmStore
    jira: JiraGroupsStore

    @classmethod
    def seeded(cls, seed: int, size: int, principals: Mapping[str, Principal]) -> SandboxState:
        directory = Directory.seeded(
            random.Random(seed),
            size,
            [
                User(
                    p.account_id,
                    p.display_name,
                    p.email,
                    account_type="customer" if p.name == "customer" else "atlassian",
                )
                for p in principals.values()
            ],
        )
        # One generator per area, so growing one area's seed data does not reshuffle the others.
        return cls(
            directory=directory,
            stakeholders=seeded_stakeholders(random.Random(f"{seed}:stakeholders"), size, directory),
            contacts=ContactsStore.seeded(random.Random(f"{seed}:contacts"), size, directory),
            csm=seeded_csm(random.Random(f"{seed}:csm"), size, directory),
            jira=JiraGroupsStore.seeded(random.Random(f"{seed}:jira"), size, directory),
        )

    def stats(self) -> dict[str, Any]:
        """Counts per area, used by tests and benchmarks to check that no work was applied twice."""
        return {
            "users": len(self.directory.users),
            "stakeholders": self.stakeholders.stats(),
            "contacts": self.contacts.stats(),
            "csm": self.csm.stats(),
            "jira": self.jira.stats(),
        }
