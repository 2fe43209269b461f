"""Registers every CSM handler (50 operations), one module per resource, all sharing the CsmStore, and the
two JSM organization listings (servicedesk.py), which read the same organizations and customers."""

from . import bulk, catalog, customers, detail_fields, organizations, servicedesk  # noqa: F401
