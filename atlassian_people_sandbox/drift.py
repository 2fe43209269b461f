"""Drift mode: the sandbox answers like an API that changed after our specs were written.

`make live-check` must name each difference between a live answer and the spec. To prove that it does,
CI runs it against the sandbox in drift mode, where a few read operations answer with exactly these
changes, and checks the report names every one of them (`DRIFTS`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Drift:
    operation_id: str
    kind: str  # "unmodelled field" | "unknown enum value" | "changed type"
    location: str  # JSON path in the answer, as the live-check report writes it
    detail: str  # the field name, enum value or type the report must mention


DRIFTS = (
    Drift("listStakeholders", "unmodelled field", "$.connection.nodes[0]", "pronouns"),
    Drift("listStakeholders", "unknown enum value", "$.connection.nodes[0].status", "ON_SABBATICAL"),
    Drift("listStakeholders", "changed type", "$.connection.totalCount", "string"),
    Drift("listUserContacts", "unknown enum value", "$.values[0].method", "pager"),
    Drift("findJiraGroups", "unmodelled field", "$.groups[0]", "memberCount"),
)


def inject(operation_id: str, body: Any) -> Any:
    """body with this operation's drifts applied (in place; other operations' answers are kept)."""
    if operation_id == "listStakeholders" and isinstance(body, dict):
        connection = body.get("connection") or {}
        nodes = connection.get("nodes") or []
        if nodes:
            nodes[0]["pronouns"] = "they/them"
            nodes[0]["status"] = "ON_SABBATICAL"
        if "totalCount" in connection:
            connection["totalCount"] = str(connection["totalCount"])
    elif operation_id == "listUserContacts" and isinstance(body, dict) and body.get("values"):
        body["values"][0]["method"] = "pager"
    elif operation_id == "findJiraGroups" and isinstance(body, dict) and body.get("groups"):
        body["groups"][0]["memberCount"] = 3
    return body
