"""The seed inventory and lookups over the vendored specs, shared by the spec and client tests."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from atlassian_specs import HTTP_METHODS, SPEC_FILES
from atlassian_specs import load as load_spec

INVENTORY = Path(__file__).resolve().parent / "data" / "seed-operations.tsv"
# Documented operations the seeds do not cover, written from ../shared/reference/beyond-seeds.md.
BEYOND = Path(__file__).resolve().parent / "data" / "beyond-operations.tsv"

# Inventory area -> spec that must hold its operations.
AREA_SPEC = {
    "jsm-ops-stakeholders": "jsm-ops",
    "jsm-ops-contacts": "jsm-ops",
    "csm": "csm",
    "jira-groups": "jira-groups",
}


@dataclass(frozen=True)
class InventoryRow:
    area: str
    method: str
    path: str
    summary: str
    seed: str


@dataclass(frozen=True)
class Operation:
    spec: str
    method: str
    path: str
    definition: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.definition["operationId"])


def _rows(path: Path) -> list[InventoryRow]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [InventoryRow(**row) for row in csv.DictReader(handle, delimiter="\t")]


def inventory() -> list[InventoryRow]:
    """The operations of the seeds."""
    return _rows(INVENTORY)


def beyond_seeds() -> list[InventoryRow]:
    """The operations written from the beyond-seeds reference note."""
    return _rows(BEYOND)


def operations(spec: str | None = None) -> list[Operation]:
    names = [spec] if spec else list(SPEC_FILES)
    found = []
    for name in names:
        for path, item in load_spec(name).get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    found.append(Operation(name, method.upper(), path, item[method]))
    return found


@cache
def operation_by_id() -> dict[str, Operation]:
    return {op.operation_id: op for op in operations()}


def resolve(spec: str, node: Any) -> Any:
    """Follow a local $ref (one level at a time) within a spec."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = load_spec(spec)
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def success_example(operation_id: str) -> tuple[int, Any]:
    """The first success status of an operation and the seed example documented for it."""
    op = operation_by_id()[operation_id]
    for status, response in sorted(op.definition["responses"].items()):
        if str(status).startswith("2"):
            response = resolve(op.spec, response)
            media = response.get("content", {}).get("application/json", {})
            return int(status), media.get("example")
    raise LookupError(f"{operation_id} documents no success response")
