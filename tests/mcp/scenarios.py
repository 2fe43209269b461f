"""A fixed set of realistic tool calls (reads, previews, one update) on the seeded sandbox, and what their
results weigh: the yardstick for compact results (test_compact.py) and the text-only tasks."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from mcp import Client
from mcp_types import TextContent

ORGANIZATION = "Virtucon Robotics Pty Ltd"  # seeded: 4 customers, 3 entitlements
CUSTOMER = "qm:1a2b3c4d-customer"
STAKEHOLDER = "kwame.demir@globex.example"

SCENARIOS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("stakeholders_read", {"action": "list", "limit": 25}),
    ("stakeholders_read", {"action": "get", "stakeholders": [STAKEHOLDER]}),
    ("stakeholders_read", {"action": "flattened", "groups": ["EU customers"]}),
    ("stakeholder_groups_read", {"action": "list"}),
    ("stakeholder_groups_read", {"action": "list_full"}),
    ("stakeholder_groups_read", {"action": "get", "group": "EU customers"}),
    ("jira_groups_read", {"action": "list"}),
    ("jira_groups_read", {"action": "get", "group": "jira-admins"}),
    ("jira_groups_read", {"action": "members", "group": "jira-software-users", "limit": 50}),
    ("contacts_read", {"action": "list"}),
    ("csm_organizations_read", {"action": "get", "organizations": [ORGANIZATION]}),
    ("csm_organizations_read", {"action": "details", "organizations": [ORGANIZATION]}),
    ("csm_customers_read", {"action": "get", "customers": [CUSTOMER]}),
    ("csm_customers_read", {"action": "search", "field": "Tier", "value": "Gold", "limit": 25}),
    ("csm_catalog_read", {"action": "list_entitlements", "customer": CUSTOMER}),
    ("csm_catalog_read", {"action": "list_products"}),
    ("csm_detail_fields_read", {"entity": "organization"}),
    (
        "csm_organizations_write",
        {
            "action": "update",
            "organizations": [{"organization": ORGANIZATION, "details": {"Tier": ["Gold"]}}],
        },
    ),
    ("csm_organizations_delete", {"action": "delete", "organizations": [ORGANIZATION]}),
    ("stakeholders_delete", {"action": "delete", "stakeholders": [STAKEHOLDER]}),
    (
        "jira_groups_delete",
        {"action": "remove_members", "group": "jira-admins", "users": ["alex.sharma4@example.com"]},
    ),
)


@dataclass
class Weight:
    text: int = 0
    structured: int = 0

    @property
    def total(self) -> int:
        return self.text + self.structured

    @property
    def ratio(self) -> float:
        return self.structured / self.text


def weigh(result: Any) -> Weight:
    """Bytes of a result's text content and of its structured content (compact JSON, as sent)."""
    text = sum(len(part.text.encode()) for part in result.content if isinstance(part, TextContent))
    data = result.structured_content
    structured = 0 if data is None else len(json.dumps(data, separators=(",", ":")).encode())
    return Weight(text, structured)


async def weigh_scenarios(client: Client) -> tuple[Weight, list[str]]:
    """The summed weight of every scenario's result, and the scenarios that failed."""
    weight, failed = Weight(), []
    for tool, arguments in SCENARIOS:
        result = await client.call_tool(tool, arguments)
        if result.is_error:
            failed.append(f"{tool} {arguments}: {result.content[0]}")
            continue
        one = weigh(result)
        weight.text += one.text
        weight.structured += one.structured
    return weight, failed
