"""The vendored OpenAPI specs, found the same way from a checkout and from an installed wheel.

The sandbox and the MCP server both read them at run time: the sandbox to route, authorise and validate
requests exactly as documented, the server to take each tool's scopes and product permissions from
``security`` and ``x-permissions`` instead of retyping them.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

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
    """The parsed spec document. Cached: treat it as read-only.

    Every server and sandbox start reads all three specs, so parsing is kept off the start-up path: the
    document is also kept as JSON in `__pycache__/` next to the specs, named by the YAML's content hash (so
    an edited spec is parsed afresh), and read from there when present (~10x faster than libyaml).
    """
    path = spec_path(name)
    text = path.read_text(encoding="utf-8")
    cached = (
        path.parent / "__pycache__" / f"{path.stem}-{hashlib.sha256(text.encode()).hexdigest()[:16]}.json"
    )
    try:
        document: dict[str, Any] = json.loads(cached.read_text(encoding="utf-8"))
        return document
    except (OSError, ValueError):
        pass
    # PyYAML only when the JSON copy is missing: importing it takes ~10 ms of a cold start.
    import yaml

    # libyaml's loader when PyYAML has it: ~10x faster than the pure-Python one (both are the safe loader).
    document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    _store(cached, document)
    return document


def _store(cached: Path, document: dict[str, Any]) -> None:
    """Write the JSON copy if it round-trips exactly (no dates or non-string keys); best effort."""
    try:
        encoded = json.dumps(document, separators=(",", ":"))
        if json.loads(encoded) != document:
            return
        cached.parent.mkdir(exist_ok=True)
        for stale in cached.parent.glob(f"{cached.stem.rpartition('-')[0]}-*.json"):
            stale.unlink(missing_ok=True)
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        partial.write_text(encoded, encoding="utf-8")
        os.replace(partial, cached)  # atomic: a concurrent reader sees the whole file or none
    except (OSError, TypeError, ValueError):
        pass  # read-only install or an unencodable value: parse the YAML each time
