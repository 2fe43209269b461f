"""Every operation the sandbox implements, by operationId: each area's handler table, listed here."""

from __future__ import annotations

from .areas import jira_users
from .areas.contacts import handlers as contacts
from .areas.csm import handlers as csm
from .areas.jira_groups import handlers as jira_groups
from .areas.stakeholders import group_handlers as stakeholder_groups
from .areas.stakeholders import handlers as stakeholders
from .registry import Handler, combined


def all_handlers() -> dict[str, Handler]:
    return combined(
        (
            stakeholders.HANDLERS,
            stakeholder_groups.HANDLERS,
            contacts.HANDLERS,
            jira_groups.HANDLERS,
            jira_users.HANDLERS,
            *csm.TABLES,
        )
    )
