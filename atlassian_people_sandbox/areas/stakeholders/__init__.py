"""Sandbox area: JSM ops stakeholder comms (stakeholders, stakeholder groups, incident assignments)."""
