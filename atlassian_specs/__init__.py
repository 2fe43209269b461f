"""The vendored OpenAPI specs, found the same way from a checkout and from an installed wheel.

The sandbox and the MCP server both read them at run time: the sandbox to route, authorise and validate
requests exactly as documented, the server to take each tool's scopes and product permissions from
``security`` and ``x-permissions`` instead of retyping them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

SPEC_FILES = {"jsm-ops": "jsm-ops.yaml", "csm": "csm.yaml", "jira-groups": "jira-groups.yaml"}
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def specs_dir() -> Path:
    here = Path(__file__).resolve().parent
    # A wheel carries the specs inside this package (see pyproject force-include); a checkout keeps them at
    # the repository root.
    for candidate in (here / "specs", here.parent / "specs"):
        if (candidate / SPEC_FILES["jsm-ops"]).is_file():
            return candidate
    raise FileNotFoundError(f"OpenAPI specs not found next to {here}; reinstall atlassian-people-mcp.")


def spec_path(name: str) -> Path:
    if name not in SPEC_FILES:
        raise KeyError(f"unknown spec {name!r}; expected one of {', '.join(SPEC_FILES)}")
    return specs_dir() / SPEC_FILES[name]


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed spec document. Cached: treat it as read-only."""
    # libyaml's loader when PyYAML has it: ~10x faster than the pure-Python one, and it runs at every
    # server and sandbox start (same result: both are the safe loader).
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document: dict[str, Any] = yaml.load(spec_path(name).read_text(encoding="utf-8"), Loader=loader)
    return document
