"""The generated sections of README.md: a script owns the text between a pair of HTML comment markers and
rewrites it from the code (tool_reference.py, settings_reference.py)."""

from __future__ import annotations


def markers(name: str) -> tuple[str, str]:
    """The start and end markers of the section ``name``."""
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def with_section(text: str, name: str, section: str) -> str:
    """``text`` with its section ``name``, markers included, replaced by ``section`` (which carries them)."""
    start, end = markers(name)
    if start not in text or end not in text:
        raise SystemExit(f"README.md lacks the {start} … {end} markers")
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    return head + section + tail
