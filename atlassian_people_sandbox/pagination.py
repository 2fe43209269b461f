"""The pagination styles the specs use, each implemented once and exactly.

Cursors are opaque to clients (base64 of a position); a cursor the sandbox did not issue is a 400, as a
tampered cursor is upstream.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import ApiError

T = TypeVar("T")


def encode_cursor(position: int) -> str:
    return base64.urlsafe_b64encode(f"pos:{position}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str, parameter: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, _, number = raw.partition(":")
        if prefix != "pos" or not number.isdigit():
            raise ValueError(raw)
        return int(number)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ApiError(
            400, f"Invalid cursor in '{parameter}': pass a value returned by a previous page."
        ) from None


def _bounded(value: int | None, parameter: str, default: int, maximum: int) -> int:
    if value is None:
        return default
    if value < 0:
        raise ApiError(400, f"'{parameter}' must be zero or positive.")
    return min(value, maximum)


@dataclass(frozen=True)
class RelayPage:
    items: list[Any]
    start: int
    has_next: bool
    has_previous: bool
    total: int

    def page_info(self) -> dict[str, Any]:
        end = self.start + len(self.items)
        return {
            "hasNextPage": self.has_next,
            "hasPreviousPage": self.has_previous,
            "startCursor": encode_cursor(self.start) if self.items else None,
            "endCursor": encode_cursor(end - 1) if self.items else None,
        }


def relay(
    items: Sequence[T],
    *,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
    default: int = 25,
    maximum: int = 100,
) -> RelayPage:
    """GraphQL-connection style: first/after pages forward, last/before pages backward."""
    if first is not None and last is not None:
        raise ApiError(400, "Pass either 'first' or 'last', not both.")
    low = decode_cursor(after, "after") + 1 if after else 0
    high = decode_cursor(before, "before") if before else len(items)
    low, high = max(0, min(low, len(items))), max(0, min(high, len(items)))
    if last is not None:
        size = _bounded(last, "last", default, maximum)
        start = max(low, high - size)
        window = list(items[start:high])
    else:
        size = _bounded(first, "first", default, maximum)
        start = low
        window = list(items[low : min(high, low + size)])
    end = start + len(window)
    return RelayPage(window, start, has_next=end < len(items), has_previous=start > 0, total=len(items))


def cursor_limit(
    items: Sequence[T], *, cursor: str | None, limit: int | None, default: int = 25, maximum: int = 100
) -> tuple[list[T], str | None]:
    """cursor/limit style: returns the page and the cursor of the next one (None on the last page)."""
    start = decode_cursor(cursor, "cursor") if cursor else 0
    size = _bounded(limit, "limit", default, maximum)
    window = list(items[start : start + size])
    end = start + len(window)
    return window, encode_cursor(end) if end < len(items) else None


def offset_size(
    items: Sequence[T],
    *,
    offset: int | None,
    size: int | None,
    base_url: str,
    default: int = 100,
    maximum: int = 1000,
) -> tuple[list[T], dict[str, str]]:
    """offset/size style with `links` (next only when there is more; first and last always)."""
    start = _bounded(offset, "offset", 0, len(items))
    count = _bounded(size, "size", default, maximum) or default
    window = list(items[start : start + count])
    last_offset = max(0, ((len(items) - 1) // count) * count) if items else 0
    links = {
        "first": f"{base_url}?offset=0&size={count}",
        "last": f"{base_url}?offset={last_offset}&size={count}",
    }
    if start + count < len(items):
        links["next"] = f"{base_url}?offset={start + count}&size={count}"
    return window, links


def start_at(
    items: Sequence[T], *, start_at: int | None, max_results: int | None, default: int = 50, maximum: int = 50
) -> tuple[list[T], int, int, bool]:
    """Jira startAt/maxResults style: (page, startAt, maxResults, isLast)."""
    start = _bounded(start_at, "startAt", 0, 1 << 31)
    size = _bounded(max_results, "maxResults", default, maximum)
    window = list(items[start : start + size])
    return window, start, size, start + size >= len(items)


def page_number(
    items: Sequence[T], *, page: int | None, max_results: int | None, default: int = 50, maximum: int = 100
) -> tuple[list[T], int, int, bool]:
    """CSM page/maxResults style, pages numbered from 1: (page items, page, maxResults, isLastPage)."""
    number = page if page is not None else 1
    if number < 1:
        raise ApiError(400, "'page' starts at 1.")
    size = _bounded(max_results, "maxResults", default, maximum) or default
    start = (number - 1) * size
    window = list(items[start : start + size])
    return window, number, size, start + size >= len(items)
