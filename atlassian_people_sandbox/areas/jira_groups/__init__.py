"""Sandbox area: Jira groups: store.py holds the groups, handlers.py answers the group operations."""
