"""One pagination shape for every tool: `cursor` + `limit` in, `next_cursor` out.

Whatever the API does underneath (relay after-cursors, cursor/limit, offset/size, startAt/maxResults,
page numbers), its continuation is wrapped in an opaque cursor bound to the tool and action that issued
it, so a cursor cannot be replayed against another listing by mistake.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from .errors import ToolFailure


def encode(scope: str, position: Any) -> str:
    raw = json.dumps({"s": scope, "p": position}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(cursor: str | None, scope: str) -> Any:
    """The position stored in cursor, or None when there is no cursor (first page)."""
    if not cursor:
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict) or data.get("s") != scope or "p" not in data:
        raise ToolFailure(
            "cursor is not a next_cursor from this tool and action; call again without cursor to start over."
        )
    return data["p"]
