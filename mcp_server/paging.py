"""One pagination shape for every tool: `cursor` + `limit` in, `next_cursor` out.

Whatever the API does underneath (relay after-cursors, cursor/limit, offset/size, startAt/maxResults,
page numbers), its continuation is wrapped in an opaque cursor bound to the tool and action that issued
it and signed like confirm tokens, so a cursor cannot be replayed against another listing by mistake nor
edited by hand (a forged one is refused with a clear error).
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from .errors import ToolFailure
from .signing import Signer, canonical

MAX_CURSOR_CHARS = 4096
_PURPOSE = "cursor"


def encode(signer: Signer, scope: str, position: Any) -> str:
    data = {"s": scope, "p": position}
    raw = base64.urlsafe_b64encode(canonical(data).encode()).decode().rstrip("=")
    return f"{raw}.{signer.sign(_PURPOSE, data)}"


def decode(signer: Signer, cursor: str | None, scope: str) -> Any:
    """The position stored in cursor, or None when there is no cursor (first page)."""
    if not cursor:
        return None
    raw, _, mac = cursor.rpartition(".")
    data: Any = None
    if len(cursor) <= MAX_CURSOR_CHARS and raw:
        try:
            data = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        except (ValueError, binascii.Error, UnicodeDecodeError):
            data = None
    if (
        not isinstance(data, dict)
        or data.get("s") != scope
        or "p" not in data
        or not signer.verify(mac, _PURPOSE, data)
    ):
        raise ToolFailure(
            "cursor is not a next_cursor from this tool and action (or was changed, or comes from a "
            "server with another MCP_SECRET_KEY); call again without cursor to start over."
        )
    return data["p"]
