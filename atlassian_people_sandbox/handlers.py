"""Importing this module registers every area's handlers in sandbox.registry.HANDLERS."""

from .areas import contacts, jira_groups, jira_users, stakeholders  # noqa: F401
from .areas.csm import handlers as csm_handlers  # noqa: F401
