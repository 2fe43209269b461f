"""Saying why a detail-field search found nothing when the value is not one of a SELECT field's options.

An action that calls `not_an_option` declares getCustomerDetailFields.
"""

from __future__ import annotations

import difflib

from csm_client.api.customers import get_customer_detail_fields

from ...calls import ToolCall, to_data
from ...errors import ToolFailure

CHOICE_TYPES = ("SELECT", "MULTISELECT")


async def not_an_option(call: ToolCall, field_name: str, value: str) -> str | None:
    """Why searching the customer detail field for value cannot match: it is a (multi-)select field and
    value is none of its options. None when value is an option, the field is free text, or the fields
    cannot be read (the search answer then stands as it is)."""
    try:
        found = await call.api(get_customer_detail_fields)
    except ToolFailure:
        return None  # e.g. no Administer Jira permission to read field definitions
    for raw in [to_data(f) for f in found.results or []]:
        if str(raw.get("name", "")).casefold() != field_name.strip().casefold():
            continue
        kind = raw.get("type") or {}
        options = [str(option) for option in kind.get("options") or []]
        if kind.get("name") not in CHOICE_TYPES or not options:
            return None
        if value.strip().casefold() in {option.casefold() for option in options}:
            return None
        close = difflib.get_close_matches(value.strip(), options, n=1, cutoff=0.5)
        suggestion = f" (did you mean {close[0]}?)" if close else ""
        return (
            f"{raw.get('name')} is a {kind.get('name')} field and {value!r} is not one of its options"
            f"{suggestion}: {', '.join(options)}. Search again with one of them."
        )
    return None
