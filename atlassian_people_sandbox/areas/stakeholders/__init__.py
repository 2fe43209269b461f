"""Sandbox area: JSM ops stakeholder comms (stakeholders, stakeholder groups, incident assignments)."""

from . import handlers as _handlers  # noqa: F401  (registers the area's handlers)
from .store import StakeholdersStore

__all__ = ["StakeholdersStore"]
