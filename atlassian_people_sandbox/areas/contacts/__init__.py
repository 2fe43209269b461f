"""Sandbox area: JSM ops user contacts (/v1/users/contacts): store.py holds the state, handlers.py answers."""
