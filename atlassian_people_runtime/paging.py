"""Following pages: one loop for the three paging styles the specs describe with `x-pagination`.

Each generated client has a `paging` module with one typed iterator (sync and async) per paged operation,
built on `iterate()` / `aiterate()` here:

    for stakeholder in jsm_ops_client.paging.iter_list_stakeholders(client=client):
        ...
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from .types import Unset

T = TypeVar("T")


@dataclass(frozen=True)
class Pagination:
    """An operation's `x-pagination`, with Python attribute and argument names.

    style "cursor": pass `next_cursor` (continue while `has_more`, or while a cursor comes back);
    "offset": advance `position_param` by the number of items read; "page": advance it by one from
    `first_page`. Either style stops on `is_last`, on `has_more` being empty, or on an empty page.
    """

    operation: str
    style: Literal["cursor", "offset", "page"]
    position_param: str
    size_param: str | None
    items: str
    next_cursor: str | None = None
    has_more: str | None = None
    is_last: str | None = None
    first_page: int = 1


def field(page: Any, path: str | None) -> Any:
    """The value at a dotted attribute path ("." for the page itself, a bare list), None where any step is
    missing or unset."""
    if path is None:
        return None
    if path == ".":
        return page
    value = page
    for name in path.split("."):
        value = getattr(value, name, None)
        if value is None or isinstance(value, Unset):
            return None
    return value


class _Pager:
    """The position and stop rule of one walk through the pages."""

    def __init__(self, pagination: Pagination, page_size: int | None, params: dict[str, Any]) -> None:
        self.pagination = pagination
        self.page_size = page_size
        self.params = params
        self.position: Any = {"cursor": None, "offset": 0, "page": pagination.first_page}[pagination.style]
        self.seen_cursors: set[Any] = set()

    def arguments(self) -> dict[str, Any]:
        arguments = dict(self.params)
        if self.page_size is not None and self.pagination.size_param:
            arguments[self.pagination.size_param] = self.page_size
        if self.position is not None:
            arguments[self.pagination.position_param] = self.position
        return arguments

    def advance(self, page: Any, count: int) -> bool:
        """Move to the next page; False when there is none."""
        p = self.pagination
        if count == 0 or field(page, p.is_last) is True:
            return False
        if p.has_more is not None and not field(page, p.has_more):
            return False
        if p.style == "cursor":
            cursor = field(page, p.next_cursor)
            if cursor is None or cursor in self.seen_cursors:  # a repeated cursor would loop forever
                return False
            self.seen_cursors.add(cursor)
            self.position = cursor
        elif p.style == "offset":
            self.position += count
        else:
            self.position += 1
        return True


def iterate(
    call: Callable[..., Any],
    pagination: Pagination,
    *,
    client: Any,
    page_size: int | None = None,
    params: dict[str, Any] | None = None,
) -> Iterator[Any]:
    """Every item of every page, fetching each page when the previous one is used up."""
    pager = _Pager(pagination, page_size, params or {})
    while True:
        page = call(client=client, **pager.arguments())
        items = list(field(page, pagination.items) or [])
        yield from items
        if not pager.advance(page, len(items)):
            return


async def aiterate(
    acall: Callable[..., Awaitable[Any]],
    pagination: Pagination,
    *,
    client: Any,
    page_size: int | None = None,
    params: dict[str, Any] | None = None,
) -> AsyncIterator[Any]:
    """The async form of iterate()."""
    pager = _Pager(pagination, page_size, params or {})
    while True:
        page = await acall(client=client, **pager.arguments())
        items = list(field(page, pagination.items) or [])
        for item in items:
            yield item
        if not pager.advance(page, len(items)):
            return
