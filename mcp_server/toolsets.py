"""The toolsets: groups of tools an operator enables with --toolsets / MCP_TOOLSETS, defined once here."""

from __future__ import annotations

from enum import StrEnum


class Toolset(StrEnum):
    STAKEHOLDERS = "stakeholders"
    STAKEHOLDER_GROUPS = "stakeholder-groups"
    CONTACTS = "contacts"
    ORGANIZATIONS = "organizations"
    CUSTOMERS = "customers"
    PRODUCTS = "products"
    ENTITLEMENTS = "entitlements"
    DETAIL_FIELDS = "detail-fields"
    JIRA_GROUPS = "jira-groups"


TOOLSETS: tuple[Toolset, ...] = tuple(Toolset)
