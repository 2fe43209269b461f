#!/usr/bin/env python3
"""Write the tool reference in README.md and the per-tool schema snapshots from the code.

    python scripts/tool_reference.py          # rewrite both
    python scripts/tool_reference.py --check  # exit 1 if either is out of date (the test suite does this)

A tool's interface (name, description, input and output schema, annotations) is what models see; the
snapshots in tests/mcp/snapshots/ make every change to it a deliberate, reviewed diff.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from readme_section import markers, with_section

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SNAPSHOTS = ROOT / "tests" / "mcp" / "snapshots"
SECTION = "tool-reference"
START, END = markers(SECTION)


def _server() -> Any:
    from mcp_server.access import Access
    from mcp_server.clients import ApiClients, Credential, Endpoints
    from mcp_server.config import Settings
    from mcp_server.server import PeopleServer
    from mcp_server.tools import all_tools

    endpoints = Endpoints("http://127.0.0.1/ops", "http://127.0.0.1/csm", "http://127.0.0.1")
    return PeopleServer(all_tools(), Access(Settings(), None), ApiClients(endpoints, Credential()))


def snapshots() -> dict[str, str]:
    server = _server()
    return {
        f"{tool.name}.json": json.dumps(
            tool.model_dump(mode="json", by_alias=True, exclude_none=True), indent=2
        )
        + "\n"
        for tool in server.visible_tools()
    }


def reference() -> str:
    from mcp_server.tools import all_tools

    lines = [
        START,
        "",
        "| tool | toolset | effect | actions → operations | OAuth scopes (granular) | product permission |",
    ]
    lines.append("|---|---|---|---|---|---|")
    for tool in all_tools():
        actions = "<br>".join(
            f"`{a.name}`{f' ({a.toolset})' if a.toolset else ''} → {', '.join(a.operations)}"
            for a in tool.actions
        )
        requirements = {r.operation_id: r for a in tool.actions for r in a.requirements}.values()
        scopes = sorted(
            {
                scope
                for r in requirements
                for alternative in r.scope_alternatives
                if all(s.count(":") >= 2 for s in alternative)
                for scope in alternative
            }
        )
        permissions = sorted({r.permission for r in requirements if r.permission})
        lines.append(
            f"| `{tool.name}` | {', '.join(tool.toolsets)} | {tool.effect.value} | {actions} | "
            f"{'<br>'.join(scopes)} | {'<br>'.join(permissions)} |"
        )
    lines += ["", END]
    return "\n".join(lines)


def readme_with_reference(text: str) -> str:
    return with_section(text, SECTION, reference())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the README tool reference and tool snapshots.")
    parser.add_argument("--check", action="store_true", help="only report drift (exit 1)")
    args = parser.parse_args(argv)
    wanted = snapshots()
    readme = README.read_text(encoding="utf-8")
    new_readme = readme_with_reference(readme)
    existing = {path.name: path.read_text(encoding="utf-8") for path in SNAPSHOTS.glob("*.json")}
    drift = [
        f"tests/mcp/snapshots/{name}"
        for name in sorted(set(wanted) | set(existing))
        if wanted.get(name) != existing.get(name)
    ]
    if new_readme != readme:
        drift.append("README.md (tool reference)")
    if args.check:
        for item in drift:
            print(f"out of date: {item}", file=sys.stderr)
        if drift:
            print("run `make tool-docs` and review the diff.", file=sys.stderr)
        return 1 if drift else 0
    SNAPSHOTS.mkdir(parents=True, exist_ok=True)
    for name in set(existing) - set(wanted):
        (SNAPSHOTS / name).unlink()
    for name, content in wanted.items():
        (SNAPSHOTS / name).write_text(content, encoding="utf-8")
    README.write_text(new_readme, encoding="utf-8")
    print(
        f"wrote {len(wanted)} snapshots and the README tool reference"
        + (f"; changed: {', '.join(drift)}" if drift else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
