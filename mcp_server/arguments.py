"""Tool arguments as clients send them: tolerated forms made canonical, then every problem found at once.

Clients differ in what they send for the same intent: strict-mode clients send null for every optional
argument, some send numbers as strings, one value where a list is expected, or an enum value in another case
("Email" for email). Those are read as meant.
Everything else that is wrong is reported together, so a model fixes its call in one round.
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING, Any

from .registry import Action, ToolDef

if TYPE_CHECKING:
    import jsonschema

_INTEGER = re.compile(r"^\s*-?\d{1,15}\s*$")
PAIRS = ("field", "values")  # array items of this shape may also be sent as a {field: values} object


def normalize(value: Any, schema: dict[str, Any]) -> Any:
    """value with null properties dropped and tolerated forms converted to what schema declares."""
    kind = schema.get("type")
    if kind == "object" and isinstance(value, dict):
        properties = schema.get("properties") or {}
        return {
            key: normalize(item, properties[key]) if key in properties else item
            for key, item in value.items()
            if item is not None
        }
    if kind == "array":
        items = schema.get("items") or {}
        if isinstance(value, dict) and tuple(items.get("properties") or {}) == PAIRS:
            value = [{"field": key, "values": values} for key, values in value.items()]
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            value = [value]
        if isinstance(value, list):
            return [normalize(item, items) for item in value]
    if kind == "integer" and isinstance(value, str) and _INTEGER.match(value):
        return int(value)
    if kind == "boolean" and isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    if kind == "string" and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and "enum" in schema and value not in schema["enum"]:
        return _enum_member(value, schema["enum"])
    return value


def _enum_member(value: str, members: list[Any]) -> str:
    """The member that value names ignoring case and surrounding spaces ("Email" for email), when exactly
    one does; otherwise value, for validation to list the members."""
    wanted = value.strip().casefold()
    matches = [member for member in members if isinstance(member, str) and member.casefold() == wanted]
    return matches[0] if len(matches) == 1 else value


def chosen_action(tool: ToolDef, arguments: dict[str, Any]) -> Action | None:
    if len(tool.actions) == 1:
        return tool.actions[0]
    name = arguments.get("action")
    return tool.action(name) if isinstance(name, str) else None


def problems(
    tool: ToolDef, validator: jsonschema.protocols.Validator, arguments: dict[str, Any]
) -> list[str]:
    """Every problem with these (normalized) arguments: schema violations, arguments the tool does not
    have, arguments the chosen action does not use, and arguments it needs that are missing."""
    found = [
        _describe(error)
        for error in sorted(validator.iter_errors(arguments), key=lambda e: list(e.absolute_path))
        if not (error.validator == "additionalProperties" and not error.absolute_path)
    ]
    names = list(tool.properties) + (["action"] if len(tool.actions) > 1 else [])
    names += [name for name in ("confirm_token",) if tool.destructive]
    for name in arguments:
        if name not in names:
            found.append(f"{name} is not an argument of {tool.name}{_suggest(name, names)}.")
    action = chosen_action(tool, arguments)
    if action is None:
        return found
    allowed = tool.allowed_arguments(action)
    unused = [name for name in arguments if name in names and name not in allowed]
    if unused:
        takes = ", ".join(dict.fromkeys((*tool.required, *action.arguments))) or "no other arguments"
        found.append(f"action {action.name} does not use {', '.join(unused)}; it takes {takes}.")
    missing = [arg for arg in action.required if arguments.get(arg) in (None, "", [])]
    if missing:
        found.append(f"action {action.name} needs {', '.join(missing)}.")
    return found


def _suggest(wrong: str, options: list[str]) -> str:
    close = difflib.get_close_matches(wrong, options, n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else f"; its arguments are {', '.join(options)}"


def _describe(error: jsonschema.ValidationError) -> str:
    where = ".".join(str(part) for part in error.absolute_path)
    message = error.message
    if error.validator == "enum" and isinstance(error.instance, str):
        allowed: Any = error.validator_value
        options = [str(option) for option in allowed]
        close = difflib.get_close_matches(error.instance, options, n=1, cutoff=0.5)
        message = f"{error.instance!r} is not one of {', '.join(options)}"
        if close:
            message += f" (did you mean {close[0]}?)"
    if len(message) > 200:
        message = message[:200] + "…"
    if error.validator == "additionalProperties":
        message += " (remove it)"
    return f"{where}: {message}" if where else message
