"""The tool areas; each module exports TOOLS. Areas share only the core (registry, calls, results)."""

from __future__ import annotations

from ..registry import ToolDef
from . import jira_groups
from .csm import catalog, customers, detail_fields, organizations
from .jsm_ops import contacts, stakeholder_groups, stakeholders

AREAS = (
    contacts,
    jira_groups,
    stakeholders,
    stakeholder_groups,
    catalog,
    detail_fields,
    organizations,
    customers,
)


def all_tools() -> tuple[ToolDef, ...]:
    tools = tuple(tool for area in AREAS for tool in area.TOOLS)
    names = [tool.name for tool in tools]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise RuntimeError(f"duplicate tool names: {', '.join(duplicates)}")
    return tools
