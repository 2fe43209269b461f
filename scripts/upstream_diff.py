#!/usr/bin/env python3
"""Compare one of our specs with Atlassian's published OpenAPI document for the same API.

    python scripts/upstream_diff.py jsm-ops                        # download the document (online)
    python scripts/upstream_diff.py jsm-ops --upstream saved.json  # or read it from a file
    python scripts/upstream_diff.py jira-groups --json             # machine-readable

Prints, per operation of ours, what differs upstream: the operation missing or moved (method or path),
parameters added, removed or changed, request and response fields added or removed, required flags,
types and enum values; then the upstream operations we do not have. Exit status 0 when nothing differs,
1 when something does, 2 when the document cannot be read.

Upstream documents may place the same operations under other path prefixes (Atlassian's JSM ops document
nests the stakeholder operations under /stakeholder-comms/cloudId/{cloudId}/api/...). Paths are compared
as absolute paths (server path + operation path) after the explicit prefix maps in PREFIX_MAPS (add more
with --map UPSTREAM=OURS); path parameter names are ignored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atlassian_specs import HTTP_METHODS, SPEC_FILES, spec_path  # noqa: E402

# Atlassian's published documents, as the reference pages' "OpenAPI" buttons link them. If one moves,
# download it by hand and pass --upstream FILE.
UPSTREAM_URLS = {
    "jira-groups": "https://dac-static.atlassian.com/cloud/jira/platform/swagger-v3.v3.json",
    "jsm-ops": "https://dac-static.atlassian.com/cloud/jira/service-desk-ops/swagger.v3.json",
    "csm": "https://dac-static.atlassian.com/cloud/customer-service-management/swagger.v3.json",
}
# Absolute upstream path prefix -> ours, per API (atlassian_specs/layouts.py has the same two layouts).
PREFIX_MAPS: dict[str, list[tuple[str, str]]] = {
    "jsm-ops": [("/jsm/ops/stakeholder-comms/cloudId/{}/api", "/jsm/ops/api/{}")],
    "csm": [],
    "jira-groups": [],
}
MAX_DEPTH = 8  # schema nesting compared; deeper differences are not reported


@dataclass(frozen=True)
class Operation:
    method: str
    path: str  # absolute, parameters as {}
    document: dict[str, Any]
    definition: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.definition.get("operationId", f"{self.method} {self.path}"))


@dataclass
class Report:
    per_operation: dict[str, list[str]] = field(default_factory=dict)
    added_upstream: list[str] = field(default_factory=list)

    @property
    def differs(self) -> bool:
        return bool(self.added_upstream or any(self.per_operation.values()))

    def as_json(self) -> dict[str, Any]:
        return {"operations": self.per_operation, "addedUpstream": self.added_upstream}

    def text(self) -> str:
        lines = []
        for operation_id, changes in self.per_operation.items():
            if changes:
                lines.append(f"{operation_id}:")
                lines += [f"  - {change}" for change in changes]
        if self.added_upstream:
            lines.append("Added upstream (not in our spec):")
            lines += [f"  - {entry}" for entry in self.added_upstream]
        unchanged = sum(1 for changes in self.per_operation.values() if not changes)
        lines.append(f"{unchanged} of {len(self.per_operation)} operations of ours agree with upstream.")
        return "\n".join(lines)


# -- documents ---------------------------------------------------------------------------------------------


def read_document(source: str) -> dict[str, Any]:
    """A YAML or JSON OpenAPI document from a file path or an http(s) URL."""
    if urlsplit(source).scheme in ("http", "https"):
        import httpx  # only needed online

        response = httpx.get(source, timeout=60, follow_redirects=True)
        response.raise_for_status()
        text = response.text
    else:
        text = Path(source).read_text(encoding="utf-8")
    document = yaml.safe_load(text)
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError(f"{source} is not an OpenAPI document (no paths)")
    return document


def _server_path(document: Mapping[str, Any]) -> str:
    servers = document.get("servers") or [{"url": ""}]
    return urlsplit(str(servers[0].get("url", ""))).path.rstrip("/")


def _normalise(path: str) -> str:
    """The path with every {parameter} as {} (names differ between documents)."""
    parts = ["{}" if part.startswith("{") and part.endswith("}") else part for part in path.split("/")]
    return "/".join(parts).rstrip("/") or "/"


def operations(document: dict[str, Any], prefix_map: Sequence[tuple[str, str]] = ()) -> Iterator[Operation]:
    base = _server_path(document)
    for path, item in (document.get("paths") or {}).items():
        absolute = _normalise(base + path)
        for upstream, ours in prefix_map:
            if absolute.startswith(upstream + "/"):
                absolute = ours + absolute[len(upstream) :]
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield Operation(method.upper(), absolute, document, item[method])


def resolve(document: Mapping[str, Any], node: Any, seen: frozenset[str] = frozenset()) -> Any:
    """node with its $ref followed (within its own document) and allOf parts merged."""
    while isinstance(node, dict) and "$ref" in node:
        ref = str(node["$ref"])
        if ref in seen:
            return {}
        seen = seen | {ref}
        target: Any = document
        for part in ref.removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    if isinstance(node, dict) and "allOf" in node:
        merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        for part in node["allOf"]:
            part = resolve(document, part, seen)
            merged.setdefault("properties", {}).update(part.get("properties", {}))
            merged["required"] = sorted(set(merged.get("required", [])) | set(part.get("required", [])))
            for key in ("type", "enum", "items"):
                if key in part and key not in merged:
                    merged[key] = part[key]
        return merged
    return node if isinstance(node, dict) else {}


# -- comparison --------------------------------------------------------------------------------------------


def compare_schemas(
    ours: Operation, theirs: Operation, mine: Any, upstream: Any, where: str, depth: int = 0
) -> list[str]:
    mine, upstream = resolve(ours.document, mine), resolve(theirs.document, upstream)
    changes: list[str] = []
    if depth > MAX_DEPTH:
        return changes
    if mine.get("type") and upstream.get("type") and mine["type"] != upstream["type"]:
        changes.append(f"{where}: type {upstream['type']} upstream, {mine['type']} here")
    mine_enum, their_enum = mine.get("enum"), upstream.get("enum")
    if mine_enum is not None or their_enum is not None:
        extra = [v for v in their_enum or [] if v not in (mine_enum or [])]
        missing = [v for v in mine_enum or [] if v not in (their_enum or [])]
        if extra:
            changes.append(f"{where}: enum values only upstream: {', '.join(map(str, extra))}")
        if missing and their_enum is not None:
            changes.append(f"{where}: enum values only here: {', '.join(map(str, missing))}")
    mine_props, their_props = mine.get("properties") or {}, upstream.get("properties") or {}
    for name in sorted(set(their_props) - set(mine_props)):
        changes.append(f"{where}.{name}: field only upstream")
    for name in sorted(set(mine_props) - set(their_props)):
        if their_props or upstream.get("type") == "object":
            changes.append(f"{where}.{name}: field only here")
    mine_required, their_required = set(mine.get("required") or []), set(upstream.get("required") or [])
    for name in sorted((their_required - mine_required) & set(mine_props)):
        changes.append(f"{where}.{name}: required upstream, optional here")
    for name in sorted((mine_required - their_required) & set(their_props)):
        changes.append(f"{where}.{name}: required here, optional upstream")
    for name in sorted(set(mine_props) & set(their_props)):
        changes += compare_schemas(
            ours, theirs, mine_props[name], their_props[name], f"{where}.{name}", depth + 1
        )
    if "items" in mine and "items" in upstream:
        changes += compare_schemas(ours, theirs, mine["items"], upstream["items"], f"{where}[]", depth + 1)
    return changes


def _parameters(op: Operation) -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for raw in op.definition.get("parameters") or []:
        param = resolve(op.document, raw)
        if param.get("in") != "path":  # path parameters are compared through the path itself
            found[(str(param.get("in")), str(param.get("name")))] = param
    return found


def compare_parameters(ours: Operation, theirs: Operation) -> list[str]:
    changes = []
    mine, upstream = _parameters(ours), _parameters(theirs)
    for key in sorted(set(upstream) - set(mine)):
        required = " (required)" if upstream[key].get("required") else ""
        changes.append(f"{key[0]} parameter {key[1]}: only upstream{required}")
    for key in sorted(set(mine) - set(upstream)):
        changes.append(f"{key[0]} parameter {key[1]}: only here")
    for key in sorted(set(mine) & set(upstream)):
        if bool(mine[key].get("required")) != bool(upstream[key].get("required")):
            state = "required" if upstream[key].get("required") else "optional"
            changes.append(f"{key[0]} parameter {key[1]}: {state} upstream")
        changes += compare_schemas(
            ours, theirs, mine[key].get("schema", {}), upstream[key].get("schema", {}), f"{key[0]} {key[1]}"
        )
    return changes


def _json_schema(op: Operation, holder: Mapping[str, Any]) -> Any:
    content = resolve(op.document, holder).get("content") or {}
    for media, entry in content.items():
        if "json" in media:
            return entry.get("schema", {})
    return None


def compare_operation(ours: Operation, theirs: Operation) -> list[str]:
    changes = compare_parameters(ours, theirs)
    mine_body = _json_schema(ours, ours.definition.get("requestBody") or {})
    their_body = _json_schema(theirs, theirs.definition.get("requestBody") or {})
    if (mine_body is None) != (their_body is None):
        changes.append("request body: " + ("only upstream" if mine_body is None else "only here"))
    elif mine_body is not None:
        changes += compare_schemas(ours, theirs, mine_body, their_body, "request $")
    mine_responses = ours.definition.get("responses") or {}
    their_responses = theirs.definition.get("responses") or {}
    mine_ok = sorted(code for code in mine_responses if str(code).startswith("2"))
    their_ok = sorted(code for code in their_responses if str(code).startswith("2"))
    if mine_ok != their_ok:
        changes.append(
            f"success status: {', '.join(map(str, their_ok))} upstream, {', '.join(map(str, mine_ok))} here"
        )
    for code in sorted(set(mine_ok) & set(their_ok)):
        mine_schema = _json_schema(ours, mine_responses[code])
        their_schema = _json_schema(theirs, their_responses[code])
        if mine_schema is not None and their_schema is not None:
            changes += compare_schemas(ours, theirs, mine_schema, their_schema, f"response {code} $")
    return changes


def diff(ours: dict[str, Any], upstream: dict[str, Any], prefix_map: list[tuple[str, str]]) -> Report:
    report = Report()
    mine = list(operations(ours))
    theirs = list(operations(upstream, prefix_map))
    by_route = {(op.method, op.path): op for op in theirs}
    by_id = {op.operation_id: op for op in theirs}
    matched: set[int] = set()
    for op in mine:
        match = by_route.get((op.method, op.path))
        changes: list[str] = []
        if match is None and op.operation_id in by_id:
            match = by_id[op.operation_id]
            changes.append(f"moved: {match.method} {match.path} upstream, {op.method} {op.path} here")
        if match is None:
            deprecated = " (deprecated here)" if op.definition.get("deprecated") else ""
            report.per_operation[op.operation_id] = [f"missing upstream: {op.method} {op.path}{deprecated}"]
            continue
        matched.add(id(match))
        report.per_operation[op.operation_id] = changes + compare_operation(op, match)
    report.added_upstream = [
        f"{op.operation_id}: {op.method} {op.path}" for op in theirs if id(op) not in matched
    ]
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="upstream_diff", description=__doc__.split("\n\n")[0])
    parser.add_argument("api", choices=sorted(SPEC_FILES), help="which of our specs")
    parser.add_argument("--upstream", help="file or URL of Atlassian's document (default: its published URL)")
    parser.add_argument("--ours", help="our spec file (default: specs/<api>.yaml)")
    parser.add_argument(
        "--map", action="append", default=[], metavar="UPSTREAM=OURS", help="extra path prefix map"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    prefix_map = list(PREFIX_MAPS[args.api])
    for entry in args.map:
        upstream_prefix, sep, our_prefix = entry.partition("=")
        if not sep:
            parser.error(f"--map {entry!r}: use UPSTREAM=OURS, for example /v2/api={{}}/api")
        prefix_map.append((_normalise(upstream_prefix), _normalise(our_prefix)))
    source = args.upstream or UPSTREAM_URLS[args.api]
    try:
        upstream = read_document(source)
        ours = read_document(args.ours or str(spec_path(args.api)))
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"upstream_diff: cannot read {source}: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # httpx errors when online; httpx is imported lazily
        print(
            f"upstream_diff: cannot download {source} ({type(exc).__name__}); pass --upstream FILE.",
            file=sys.stderr,
        )
        return 2
    report = diff(ours, upstream, prefix_map)
    print(json.dumps(report.as_json(), indent=2) if args.json else report.text())
    return 1 if report.differs else 0


if __name__ == "__main__":
    sys.exit(main())
