"""Registers every CSM handler (50 operations), one module per resource, all sharing the CsmStore."""

from . import bulk, catalog, customers, detail_fields, organizations  # noqa: F401
