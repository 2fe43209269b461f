"""The CSM handler tables (50 operations), one module per resource, all sharing the CsmStore, and the two
JSM organization listings (servicedesk.py), which read the same organizations and customers."""

from ...registry import HandlerTable
from . import bulk, catalog, customers, detail_fields, organizations, servicedesk

TABLES: tuple[HandlerTable, ...] = (
    organizations.HANDLERS,
    customers.HANDLERS,
    catalog.HANDLERS,
    detail_fields.HANDLERS,
    bulk.HANDLERS,
    servicedesk.HANDLERS,
)
