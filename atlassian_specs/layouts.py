"""Where the JSM ops stakeholder operations live: two URL layouts, read from specs/jsm-ops.yaml.

Atlassian's reference pages (our seed, the default) put them under the JSM ops base with the contacts,
`/jsm/ops/api/{cloudId}/stakeholders/...`; Atlassian's published OpenAPI document puts them under
`/jsm/ops/stakeholder-comms/cloudId/{cloudId}/api/stakeholders/...`. Contacts are the same in both. Only
the base changes: the operation paths below it are the same in both layouts.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal
from urllib.parse import urlsplit

from . import load
from .operations import operations

Layout = Literal["reference", "openapi"]
LAYOUTS: tuple[Layout, ...] = ("reference", "openapi")
DEFAULT_LAYOUT: Layout = "reference"


def _templates() -> dict[str, str]:
    found: dict[str, str] = load("jsm-ops")["x-stakeholder-layouts"]
    return found


def base_path(layout: Layout) -> str:
    """The URL path the stakeholder operations hang under, with a `{cloudId}` placeholder."""
    return urlsplit(_templates()[layout]).path.rstrip("/")


@cache
def stakeholder_operations() -> frozenset[str]:
    """operationIds of the jsm-ops operations whose base depends on the layout (by tag)."""
    tags = set(load("jsm-ops")["x-stakeholder-tags"])
    return frozenset(
        op.operation_id for op in operations().values() if op.api == "jsm-ops" and tags & op.tags
    )


def stakeholder_base(jsm_ops_base: str, layout: Layout) -> str:
    """The base URL of the stakeholder operations, given the JSM ops base URL (which contacts keep).

    The base must end in the reference layout's path (whatever the host: Atlassian, a proxy, the sandbox);
    that path is swapped for the chosen layout's. ValueError when it does not and the layout is not the
    reference one, as there is then nothing to map.
    """
    base = jsm_ops_base.rstrip("/")
    if layout == "reference":
        return base
    pattern = re.escape(base_path("reference")).replace(re.escape("{cloudId}"), "(?P<cloud>[^/]+)")
    match = re.search(pattern + "$", base)
    if match is None:
        raise ValueError(
            f"the JSM ops base URL {base} does not end in {base_path('reference')}, so the {layout} "
            "layout of the stakeholder operations cannot be derived from it"
        )
    return base[: match.start()] + base_path(layout).format(cloudId=match["cloud"])
