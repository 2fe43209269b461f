#!/usr/bin/env python3
"""Read-only conformance probe: do a real site's answers match our specs?

    make live-check SITE=your-site.atlassian.net          # the usual ATLASSIAN_* credentials and settings
    python scripts/live_check.py --yes-this-site your-site.atlassian.net [--json] [--param NAME=VALUE]

Calls every read operation of the three specs (GETs, and the POST fetch/search operations whose scopes are
all read scopes) with the configured credentials, validates each answer against the spec and reports per
operation: the HTTP status, schema violations (wrong types, missing required fields), and the fields and
enum values we do not model. It also tries both URL layouts of the JSM ops stakeholder operations and says
which one answered (ATLASSIAN_STAKEHOLDER_LAYOUT).

It never writes: only GET and those read-only POSTs are sent. It refuses to run unless --yes-this-site names
the host of the configured site (ATLASSIAN_SITE_URL, else the Jira base URL). Identifiers for operations
that need one are taken from earlier answers (see SOURCES) or from --param NAME=VALUE; an operation without
one is reported as skipped. Exit status: 0 when every answer conforms, 1 when something differs, 2 when the
check could not run.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atlassian_specs import HTTP_METHODS, SPEC_FILES, load  # noqa: E402
from atlassian_specs.layouts import LAYOUTS, stakeholder_base, stakeholder_operations  # noqa: E402
from mcp_server.config import ConfigError, load_settings  # noqa: E402
from mcp_server.runtime import build  # noqa: E402

# Where identifiers come from: "operationId.param" (or "param" for every operation) -> the read operation
# whose answer holds them and the path to them there ("*" walks a list).
SOURCES: dict[str, tuple[str, str]] = {
    "getStakeholdersByAris.stakeholderAris": ("listStakeholders", "connection.nodes.*.ari"),
    "getStakeholderByIdentifier.stakeholderId": ("listStakeholders", "connection.nodes.*.id"),
    "getAssignmentsByStakeholder.stakeholderId": ("listStakeholders", "connection.nodes.*.id"),
    "getStakeholderGroupsByMembership.id": ("listStakeholders", "connection.nodes.*.id"),
    "getStakeholderGroupWithMemberships.id": ("listStakeholderGroupsWithMemberships", "nodes.*.id"),
    "getUserContact.id": ("listUserContacts", "values.*.id"),
    "groupId@jsm-ops": ("listStakeholderGroupsWithMemberships", "nodes.*.id"),
    "name@jsm-ops": ("listStakeholderGroupsWithMemberships", "nodes.*.name"),
    "incidentKey": ("getAssignmentsByStakeholder", "assignments.*.externalAssignmentId"),
    "externalAssignmentId": ("getAssignmentsByStakeholder", "assignments.*.externalAssignmentId"),
    "customerId": ("searchCustomersByDetailField", "results.*.id"),
    "organizationId": ("getCustomerProfile", "organizations.*.id"),
    "productId": ("getProducts", "results.*.id"),
    "entitlementId": ("getCustomerEntitlements", "*.id"),
    "groupId@jira-groups": ("findJiraGroups", "groups.*.groupId"),
    "findJiraUsers.accountId": ("getJiraGroupMembers", "values.*.accountId"),
    "listServiceDeskOrganizationUsers.organizationId": ("listServiceDeskOrganizations", "values.*.id"),
}
# Optional query parameters an operation needs one of to answer at all.
QUERY_FILLS = {
    "getStakeholderByIdentifier": ("stakeholderId",),
    "getStakeholdersByAssignment": ("externalAssignmentId",),
    "getStakeholdersByAssignmentPaginated": ("externalAssignmentId",),
    "getAssignmentsByStakeholder": ("stakeholderId",),
    "getJiraGroup": ("groupId",),
    "getJiraGroupMembers": ("groupId",),
    "bulkGetJiraGroups": ("groupId",),
    "findJiraUsers": ("accountId",),
}
ITEMS_CHECKED = 50  # list items validated per array


@dataclass(frozen=True)
class ReadOperation:
    api: str
    operation_id: str
    method: str
    path: str
    definition: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]


@dataclass
class Outcome:
    operation: ReadOperation
    status: int | str = "skipped"
    problems: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        op = self.operation
        return {"operationId": op.operation_id, "method": op.method, "path": op.path, "status": self.status}


# -- the specs ---------------------------------------------------------------------------------------------


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def read_operations() -> list[ReadOperation]:
    found = []
    for api in SPEC_FILES:
        document = load(api)
        for path, item in document["paths"].items():
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                scopes = [s for alternative in op.get("security", []) for s in alternative.get("oAuth2", [])]
                reads_only = method == "get" or (
                    method == "post" and bool(scopes) and all(s.startswith("read:") for s in scopes)
                )
                if reads_only:
                    params = tuple(
                        _resolve(document, p)
                        for p in [*item.get("parameters", []), *op.get("parameters", [])]
                    )
                    found.append(ReadOperation(api, op["operationId"], method.upper(), path, op, params))
    return found


# -- conformance -------------------------------------------------------------------------------------------

_JSON_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "integer": int,
    "number": (int, float),
}


def _type_name(value: Any) -> str:
    for name, kind in (("boolean", bool), ("integer", int), ("number", float), ("string", str)):
        if isinstance(value, kind):
            return name
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else "null"


def _merged(document: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    schema = _resolve(document, schema)
    if not isinstance(schema, dict):
        return {}
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema["allOf"]:
        part = _merged(document, part)
        merged.setdefault("properties", {}).update(part.get("properties", {}))
        merged["required"] = [*merged.get("required", []), *part.get("required", [])]
        for key in ("type", "enum", "items", "additionalProperties"):
            if key in part and key not in merged:
                merged[key] = part[key]
    return merged


def check(document: Mapping[str, Any], schema: Any, value: Any, where: str) -> Iterator[str]:
    """Every difference between value and schema, as report lines."""
    schema = _merged(document, schema)
    if not schema:
        return
    if value is None:
        if not schema.get("nullable"):
            yield f"schema violation at {where}: null where the spec has {schema.get('type', 'a value')}"
        return
    expected = schema.get("type")
    kind = _JSON_TYPES.get(str(expected))
    if kind is not None and (
        not isinstance(value, kind) or (expected != "boolean" and isinstance(value, bool))
    ):
        yield f"changed type at {where}: {_type_name(value)}, spec says {expected}"
        return
    if "enum" in schema and value not in schema["enum"]:
        yield f"unknown enum value at {where}: {value}"
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for name in schema.get("required") or []:
            if name not in value:
                yield f"schema violation at {where}: required field {name} missing"
        for name, item in value.items():
            if name in properties:
                yield from check(document, properties[name], item, f"{where}.{name}")
            elif isinstance(extra, dict):
                yield from check(document, extra, item, f"{where}.{name}")
            elif properties:
                yield f"unmodelled field at {where}: {name}"
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value[:ITEMS_CHECKED]):
            yield from check(document, schema["items"], item, f"{where}[{index}]")


def _first_of_each(lines: Iterator[str]) -> list[str]:
    """The lines, with the same finding on later list items left out ($.a[3].x repeats $.a[0].x)."""
    seen, kept = set(), []
    for line in lines:
        key = "".join(part.split("]", 1)[-1] if i else part for i, part in enumerate(line.split("[")))
        if key not in seen:
            seen.add(key)
            kept.append(line)
    return kept


def conformance(op: ReadOperation, status: int, body: Any) -> list[str]:
    response = op.definition.get("responses", {}).get(str(status))
    if response is None:
        return [f"undocumented status {status}"]
    document = load(op.api)
    content = (_resolve(document, response).get("content") or {}).get("application/json")
    if content is None or body is None:
        return []
    return _first_of_each(check(document, content.get("schema"), body, "$"))


# -- identifiers -------------------------------------------------------------------------------------------


def pick(body: Any, path: str) -> list[Any]:
    """Values at a dotted path in body; "*" walks every item of a list."""
    values = [body]
    for step in path.split("."):
        found: list[Any] = []
        for value in values:
            if step == "*" and isinstance(value, list):
                found += value
            elif isinstance(value, dict) and step in value:
                found.append(value[step])
        values = found
    return [v for v in values if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v)]


def source_of(op: ReadOperation, name: str) -> tuple[str, str] | None:
    return SOURCES.get(f"{op.operation_id}.{name}") or SOURCES.get(f"{name}@{op.api}") or SOURCES.get(name)


# -- the probe ---------------------------------------------------------------------------------------------


class Probe:
    def __init__(self, client: httpx.Client, bases: dict[str, str], seeded: dict[str, str]) -> None:
        self.client, self.bases, self.seeded = client, bases, seeded
        self.answers: dict[str, Any] = {}  # operationId -> parsed 2xx body, for identifiers

    def value(self, op: ReadOperation, name: str) -> str | None:
        if name in self.seeded:
            return self.seeded[name]
        source = source_of(op, name)
        if source is None or source[0] not in self.answers:
            return None
        values = pick(self.answers[source[0]], source[1])
        return str(values[0]) if values else None

    def waits_for(self, op: ReadOperation) -> bool:
        """Whether an identifier op takes may still come from an operation not yet called."""
        names = [p["name"] for p in op.parameters if p.get("in") in ("path", "query")]
        names += [key[:-1] for key in _example_body(op) if key.endswith("Ids")]
        for name in names:
            source = source_of(op, name)
            if source is not None and source[0] not in self.answers and name not in self.seeded:
                return True
        return False

    def request(self, op: ReadOperation, base: str) -> tuple[httpx.Response | None, list[str]]:
        """The answer to op (None when an identifier is missing), and what is missing."""
        if not (op.method == "GET" or (op.method == "POST" and op.operation_id in READ_POSTS)):
            raise RuntimeError(
                f"live_check never writes; {op.operation_id} is not a read"
            )  # a bug if reached
        path, query, headers, missing = op.path, {}, {}, []
        for param in op.parameters:
            name, where = param.get("name", ""), param.get("in")
            default = _merged(load(op.api), param.get("schema")).get("default")
            if where == "header" and param.get("required") and default is not None:
                headers[name] = str(default)  # an opt-in such as X-ExperimentalApi
            wanted = param.get("required") or name in QUERY_FILLS.get(op.operation_id, ())
            if where not in ("path", "query") or not wanted:
                continue
            value = self.value(op, name)
            if value is None:
                if param.get("required"):
                    missing.append(name)
                continue
            if where == "path":
                path = path.replace("{" + name + "}", quote(value, safe=""))
            else:
                query[name] = value
        if missing:
            return None, missing
        body = None
        if op.method == "POST":  # the spec's example, with identifiers from earlier answers where known
            body = _example_body(op)
            for key in [key for key in body if key.endswith("Ids")]:
                value = self.value(op, key[:-1])
                if value is not None:
                    body[key] = [value]
        response = self.client.request(op.method, base + path, params=query, headers=headers, json=body)
        return response, []

    def run(self, operations: list[ReadOperation]) -> list[Outcome]:
        outcomes = {op.operation_id: Outcome(op) for op in operations}
        pending = list(operations)
        while pending:
            # Those whose identifiers are known first; when nothing more can come, the rest (reported).
            ready = [op for op in pending if not self.waits_for(op)] or pending
            for op in ready:
                pending.remove(op)
                outcome = outcomes[op.operation_id]
                response, missing = self.request(op, self.bases[op.operation_id])
                if response is None:
                    outcome.status = "skipped"
                    outcome.problems = [f"needs {name}: pass --param {name}=VALUE" for name in missing]
                    continue
                outcome.status = response.status_code
                body = _json(response)
                if 200 <= response.status_code < 300:
                    self.answers[op.operation_id] = body
                outcome.problems = conformance(op, response.status_code, body)
        return list(outcomes.values())


READ_POSTS = frozenset(op.operation_id for op in read_operations() if op.method == "POST")


def _example_body(op: ReadOperation) -> dict[str, Any]:
    media = op.definition.get("requestBody", {}).get("content", {}).get("application/json") or {}
    example = media.get("example")
    return dict(example) if isinstance(example, dict) else {}


def _json(response: httpx.Response) -> Any:
    try:
        return response.json() if response.content else None
    except ValueError:
        return None


def layouts(client: httpx.Client, jsm_ops: str) -> dict[str, int | str]:
    """HTTP status of listStakeholders under each layout of the stakeholder operations."""
    found: dict[str, int | str] = {}
    for layout in LAYOUTS:
        try:
            found[layout] = client.get(stakeholder_base(jsm_ops, layout) + "/stakeholders/list").status_code
        except (ValueError, httpx.HTTPError) as exc:
            found[layout] = type(exc).__name__
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="live_check", description=__doc__.split("\n\n")[0])
    parser.add_argument("--yes-this-site", metavar="SITE", help="host of the site to probe, to confirm it")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="an identifier")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # the report is the output, not each request
    try:
        settings = load_settings(env=os.environ)
        if settings.sandbox:
            raise ConfigError(
                "no credentials: set ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN or ATLASSIAN_OAUTH_TOKEN"
            )
        runtime = build(settings)
    except ConfigError as exc:
        print(f"live_check: {exc}", file=sys.stderr)
        return 2
    endpoints, settings = runtime.endpoints, runtime.settings
    runtime.close()
    site = urlsplit(settings.site_url or endpoints.jira).netloc
    if args.yes_this_site != site:
        print(
            f"live_check: refusing to probe {site or 'an unknown site'} without confirmation; it sends "
            f"read requests with your credentials. Run again with --yes-this-site {site} "
            "(make live-check SITE=...).",
            file=sys.stderr,
        )
        return 2
    seeded = dict(entry.partition("=")[::2] for entry in args.param)
    auth = (
        httpx.BasicAuth(settings.email, settings.api_token) if settings.api_token and settings.email else None
    )
    headers = {"Accept": "application/json"}
    if settings.oauth_token:
        headers["Authorization"] = f"Bearer {settings.oauth_token}"
    with httpx.Client(
        auth=auth, headers=headers, timeout=settings.timeout_s, follow_redirects=False
    ) as client:
        answered = layouts(client, endpoints.jsm_ops)
        chosen = next((layout for layout in LAYOUTS if answered[layout] == 200), settings.stakeholder_layout)
        api_base = {"jsm-ops": endpoints.jsm_ops, "csm": endpoints.csm, "jira-groups": endpoints.jira}
        operations = read_operations()
        bases = {
            op.operation_id: stakeholder_base(endpoints.jsm_ops, chosen)
            if op.operation_id in stakeholder_operations()
            else api_base[op.api]
            for op in operations
        }
        outcomes = Probe(client, bases, seeded).run(operations)
    differs = any(o.problems and o.status != "skipped" for o in outcomes)
    if args.json:
        report = {
            "site": site,
            "stakeholderLayouts": answered,
            "operations": [o.as_json() | {"problems": o.problems} for o in outcomes],
        }
        print(json.dumps(report, indent=2))
    else:
        print(f"Site {site}: stakeholder operations, listStakeholders per layout: {answered}")
        print(f"  -> ATLASSIAN_STAKEHOLDER_LAYOUT={chosen}")
        for o in outcomes:
            op = o.operation
            print(f"{op.operation_id} {op.method} {op.path}: {o.status}")
            print("".join(f"  - {problem}\n" for problem in o.problems), end="")
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
