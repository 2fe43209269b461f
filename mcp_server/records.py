"""Reading Atlassian's JSON answers without the generated models, for the read paths (ToolCall.read).

Building the generated models and turning them back into dicts was the main cost of a read call (issue
13). A read path takes the JSON body directly, keeping what the models gave it:
- the same records: the fields as received, in the order a model's to_dict gives them (fields the spec
  does not name first, then the named ones in the spec's order: `in_model_order`);
- the same tolerance: unknown fields and unknown enum values are kept as received;
- the same strictness: what a model refuses (a record that is not an object, a list that cannot be
  iterated, an enum value that is not a string) raises here too, and ToolCall.read turns it into the same
  actionable "could not be read" failure.
Each reader has a test comparing it with the model round trip it replaces, on generated bodies.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast


def obj(value: object) -> dict[str, Any]:
    """A JSON object, or what a model's from_dict takes as one (it calls dict() on its input, which refuses
    anything else with TypeError or ValueError)."""
    return value if isinstance(value, dict) else dict(cast(Any, value))


def array(value: object) -> list[Any]:
    """A JSON array, or what a model's list field takes as one (it iterates the value; anything that
    cannot be iterated is refused with TypeError)."""
    return value if isinstance(value, list) else list(cast(Any, value))


def enum_field(record: dict[str, Any], name: str) -> None:
    """An enum field, if present, must be a string (any string: unknown values are kept, as the generated
    enums keep them); null or another type is refused as the models refuse it."""
    if name in record and not isinstance(record[name], str):
        raise ValueError(f"{name} is not a string")


def in_model_order(record: dict[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """record as a generated model's to_dict returns it: fields the spec does not name first (as received),
    then the named ones present, in the spec's order."""
    named = [name for name in fields if name in record]
    if list(record) == named:  # the usual case: nothing to move
        return record
    unnamed = {key: value for key, value in record.items() if key not in fields}
    return unnamed | {name: record[name] for name in named}
