"""scripts/upstream_diff.py, offline: small synthetic upstream documents written here (no copy of any of
Atlassian's) against a small synthetic spec of ours and against our real jsm-ops spec, through the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "upstream_diff.py"


def _doc(server: str, paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": server}],
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def _json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


OURS = _doc(
    "https://api.example.com/ops/api/{cloudId}",
    {
        "/widgets": {
            "get": {
                "operationId": "listWidgets",
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                "responses": _json_response({"$ref": "#/components/schemas/Page"}),
            },
            "post": {
                "operationId": "createWidget",
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetInput"}}}
                },
                "responses": _json_response({"$ref": "#/components/schemas/Widget"}),
            },
        },
        "/widgets/{id}/old": {
            "get": {
                "operationId": "getOldWidget",
                "deprecated": True,
                "responses": _json_response({"$ref": "#/components/schemas/Widget"}),
            }
        },
        "/widgets/{id}": {
            "delete": {"operationId": "deleteWidget", "responses": {"204": {"description": "gone"}}},
        },
    },
    {
        "Status": {"type": "string", "enum": ["ACTIVE", "RETIRED"]},
        "Widget": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "status": {"$ref": "#/components/schemas/Status"},
                "size": {"type": "integer"},
            },
        },
        "WidgetInput": {"type": "object", "properties": {"name": {"type": "string"}}},
        "Page": {
            "type": "object",
            "properties": {"values": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}},
        },
    },
)

# The same API as its vendor might publish it: nested under another prefix, with changes.
UPSTREAM = _doc(
    "https://api.example.com/ops",
    {
        "/widget-comms/cloudId/{cloud}/api/widgets": {
            "get": {
                "operationId": "getWidgets",
                "parameters": [
                    {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}},
                    {"name": "before", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": _json_response(
                    {
                        "type": "object",
                        "properties": {
                            "values": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "id": {"type": "string"},
                                        "status": {"type": "string", "enum": ["ACTIVE", "RETIRED", "PAUSED"]},
                                        "size": {"type": "string"},
                                        "colour": {"type": "string"},
                                    },
                                },
                            }
                        },
                    }
                ),
            },
            "post": {
                "operationId": "createWidget",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name", "owner"],
                                "properties": {"name": {"type": "string"}, "owner": {"type": "string"}},
                            }
                        }
                    }
                },
                "responses": _json_response({"type": "object", "properties": {"id": {"type": "string"}}}),
            },
        },
        "/widget-comms/cloudId/{cloud}/api/widgets/{widgetId}/remove": {
            "post": {"operationId": "deleteWidget", "responses": {"204": {"description": "gone"}}},
        },
        "/widget-comms/cloudId/{cloud}/api/gadgets": {
            "get": {"operationId": "listGadgets", "responses": {"200": {"description": "ok"}}},
        },
    },
)

PREFIX_MAP = "/ops/widget-comms/cloudId/{x}/api=/ops/api/{x}"


def run(tmp_path: Path, ours: dict[str, Any], upstream: dict[str, Any], *args: str) -> tuple[int, str]:
    ours_file, upstream_file = tmp_path / "ours.yaml", tmp_path / "upstream.json"
    ours_file.write_text(yaml.safe_dump(ours), encoding="utf-8")
    upstream_file.write_text(json.dumps(upstream), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "jsm-ops",
            "--ours",
            str(ours_file),
            "--upstream",
            str(upstream_file),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result.returncode, result.stdout + result.stderr


def test_reports_every_kind_of_difference_per_operation(tmp_path: Path) -> None:
    code, out = run(tmp_path, OURS, UPSTREAM, "--map", PREFIX_MAP, "--json")
    assert code == 1, out
    report = json.loads(out)
    ops = report["operations"]
    assert ops["listWidgets"] == [
        "query parameter before: only upstream",
        "query parameter limit: required upstream",
        "response 200 $.values[].colour: field only upstream",
        "response 200 $.values[].size: type string upstream, integer here",
        "response 200 $.values[].status: enum values only upstream: PAUSED",
    ]
    assert "request $.owner: field only upstream" in ops["createWidget"]
    assert "request $.name: required upstream, optional here" in ops["createWidget"]
    assert "response 200 $.status: field only here" in ops["createWidget"]
    assert (
        ops["deleteWidget"][0]
        == "moved: POST /ops/api/{}/widgets/{}/remove upstream, DELETE /ops/api/{}/widgets/{} here"
    )
    assert ops["getOldWidget"] == ["missing upstream: GET /ops/api/{}/widgets/{}/old (deprecated here)"]
    assert report["addedUpstream"] == ["listGadgets: GET /ops/api/{}/gadgets"]


def test_without_the_prefix_map_nothing_lines_up(tmp_path: Path) -> None:
    code, out = run(tmp_path, OURS, UPSTREAM, "--json")
    report = json.loads(out)
    assert code == 1
    assert report["operations"]["listWidgets"] == ["missing upstream: GET /ops/api/{}/widgets"]
    # createWidget is still found by its operationId, as moved.
    assert report["operations"]["createWidget"][0].startswith(
        "moved: POST /ops/widget-comms/cloudId/{}/api/widgets"
    )


def test_identical_documents_agree(tmp_path: Path) -> None:
    code, out = run(tmp_path, OURS, OURS)
    assert code == 0, out
    assert "4 of 4 operations of ours agree with upstream." in out


def test_our_jsm_ops_spec_maps_the_stakeholder_comms_prefix(tmp_path: Path) -> None:
    """Against our real spec: an upstream document nesting stakeholder operations under
    /stakeholder-comms/cloudId/{cloudId}/api lines up through the built-in map."""
    ours = yaml.safe_load((ROOT / "specs" / "jsm-ops.yaml").read_text(encoding="utf-8"))
    upstream = _doc(
        "https://api.atlassian.com/jsm/ops",
        {
            "/stakeholder-comms/cloudId/{cloudId}/api/stakeholders/list": {
                "get": {
                    "operationId": "listStakeholders",
                    "parameters": [
                        {"name": n, "in": "query", "schema": {"type": t}}
                        for n, t in (
                            ("status", "string"),
                            ("type", "string"),
                            ("searchField", "string"),
                            ("searchValue", "string"),
                            ("orderBy", "string"),
                            ("descending", "boolean"),
                            ("first", "integer"),
                            ("after", "string"),
                            ("last", "integer"),
                            ("before", "string"),
                            ("teamId", "string"),
                        )
                    ],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    )
    ours_file, upstream_file = tmp_path / "ours.yaml", tmp_path / "up.yaml"
    ours_file.write_text(yaml.safe_dump(ours), encoding="utf-8")
    upstream_file.write_text(yaml.safe_dump(upstream), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "jsm-ops", "--upstream", str(upstream_file), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    report = json.loads(result.stdout)
    assert report["operations"]["listStakeholders"] == ["query parameter teamId: only upstream"]
    assert report["operations"]["listUserContacts"] == [
        "missing upstream: GET /jsm/ops/api/{}/v1/users/contacts"
    ]
    assert report["addedUpstream"] == []


def test_an_unreadable_upstream_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "csm", "--upstream", str(missing)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and "cannot read" in result.stderr
