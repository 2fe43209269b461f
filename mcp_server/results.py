"""Building tool results: structured data in the shared envelope plus a compact text rendering."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import ToolFailure


@dataclass(frozen=True)
class ToolResult:
    """Structured content (matching the tool's output schema) and its compact text rendering, or, when the
    person must answer first (elicitation over protocol 2026-07-28), the question to return instead."""

    data: dict[str, Any]
    text: str
    input_required: Any = None  # mcp_types.InputRequiredResult


def describe(item: dict[str, Any], keys: Sequence[str]) -> str:
    """`first-key (k=v, k=v)`: the first present key reads as the name, the rest as details."""
    present = [(key, item[key]) for key in keys if item.get(key) not in (None, "", [], {})]
    if not present:
        return ", ".join(f"{k}={v}" for k, v in list(item.items())[:3])
    head, *rest = present
    details = ", ".join(f"{key}={_short(value)}" for key, value in rest)
    return f"{_short(head[1])} ({details})" if details else _short(head[1])


def _short(value: Any) -> str:
    """A value on one line, whole: a cut id or list would leave a text-only reader stuck."""
    if isinstance(value, list):
        return "[" + ", ".join(_short(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_short(v)}" for k, v in value.items()) + "}"
    return " ".join(str(value).split())


def listing(
    title: str,
    items: list[dict[str, Any]],
    keys: Sequence[str],
    *,
    next_cursor: str | None = None,
    total: int | None = None,
    line: Callable[[dict[str, Any]], str] | None = None,
    header: str = "",
    footer: str = "",
    **extra: Any,
) -> ToolResult:
    """Every item as a line (the text alone must do for clients that pass only text to the model), and the
    cursor of the next page itself; header: lines before the listing (e.g. what it belongs to), footer:
    text after it (what Atlassian noted, failures, hints), each given with its own line breaks."""
    count = f"{len(items)}" + (f" of {total}" if total is not None else "")
    lines = [f"{title}: {count}"]
    lines += [f"- {line(item) if line else describe(item, keys)}" for item in items]
    whole = next_cursor is None and total == len(items)  # then total says nothing the items do not
    data: dict[str, Any] = {"items": items, "next_cursor": next_cursor, "total": None if whole else total}
    return ToolResult(data | extra, header + "\n".join(lines) + more(next_cursor) + footer)


def more(next_cursor: str | None) -> str:
    """The line that tells how to get the next page, with the cursor value (empty on the last page)."""
    return f"\nMore: call again with the same arguments and cursor={next_cursor}" if next_cursor else ""


def single(title: str, item: dict[str, Any], keys: Sequence[str], **extra: Any) -> ToolResult:
    return ToolResult({"item": item, **extra}, f"{title}: {describe(item, keys)}")


# The keys naming an item in a failure or a left-out entry, most telling first.
_WHO = ("stakeholder", "member", "user", "group", "customer", "organization", "item", "name", "id")


def _who(entry: Any) -> str:
    if isinstance(entry, dict):
        return next((str(entry[key]) for key in _WHO if entry.get(key)), str(entry))
    return str(entry)


def left_out_lines(label: str, entries: Any, text: str) -> str:
    """A line per entry (a failure, or an item not found) that text does not name yet, so that a model
    reading only the text learns about every item a change left out."""
    lines = []
    for entry in entries or []:
        who = _who(entry)
        if who in text:
            continue
        error = entry.get("error") if isinstance(entry, dict) else None
        lines.append(f"\n- {label} {who}" + (f": {error}" if error else ""))
    return "".join(lines)


def outcome(text: str, **data: Any) -> ToolResult:
    return ToolResult(data, text + left_out_lines("failed", data.get("failures"), text))


def per_item(text: str, done: list[Any], failures: list[dict[str, Any]], **data: Any) -> ToolResult:
    """The result of a change applied item by item: an error result when every item failed, so a client
    that only looks at is_error still sees it; otherwise the items done and the failures to retry."""
    text += left_out_lines("failed", failures, text)
    if failures and not done:
        raise ToolFailure(text)
    return ToolResult({"items": done, "failures": failures, **data}, text)
