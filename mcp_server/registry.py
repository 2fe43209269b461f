"""Tool declarations: each tool states, in one place, its toolset, effect, actions and the endpoints (and
helpers, which carry their own) each action calls; defining a tool fails when an action's handler calls an
operation it does not declare or declares one it never calls (endpoints.check_declared). Scopes and
product permissions follow from the operationIds (see permissions.py); the annotations follow from the
effect. Areas build `ToolDef`s; the server lists and calls them through one access filter (access.py).
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .calls import ToolCall
from .endpoints import Use, check_declared, declared_operations
from .permissions import Requirement, requirement
from .results import ToolResult as ToolResult  # re-exported: the server renders it
from .toolsets import Toolset


class Effect(StrEnum):
    READ = "read"
    WRITE = "write"
    DELETE = "delete"


Handler = Callable[[ToolCall], Awaitable[ToolResult]]


PAGED = ("limit", "cursor")  # the paging arguments of a listing action


@dataclass(frozen=True)
class Action:
    name: str
    uses: tuple[Use, ...]  # every endpoint module and @uses helper the handler calls
    handler: Handler
    required: tuple[str, ...] = ()  # arguments this action needs (checked after schema validation)
    toolset: Toolset | None = (
        None  # when an action belongs to another toolset than its tool (see ToolDef.toolsets)
    )
    optional: tuple[str, ...] = ()  # further arguments it uses; any other argument is refused
    doc: str = ""  # what it does and when to use it: one line of the tool description
    operations: tuple[str, ...] = field(init=False)  # the operationIds of `uses`, in order

    def __post_init__(self) -> None:
        object.__setattr__(self, "operations", declared_operations(self.uses))

    @property
    def requirements(self) -> tuple[Requirement, ...]:
        return tuple(requirement(op) for op in self.operations)

    @property
    def arguments(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.required, *self.optional)))

    def signature(self) -> str:
        """`name(required, optional?, paged)`: the arguments as the description lists them."""
        paged = all(arg in self.optional for arg in PAGED)
        shown = [*self.required, *(f"{a}?" for a in self.optional if not (paged and a in PAGED))]
        return f"{self.name}({', '.join(shown + (['paged'] if paged else []))})"


# Every tool answers in one envelope (items, next_cursor, total, item, preview, confirm_token, failures,
# described once in the server instructions); the schema sent with each of the 24 tools stays minimal
# because the whole tools/list is read by the model in every conversation.
OUTPUT_SCHEMA: dict[str, Any] = {"type": "object"}

PAGING_PROPERTIES: dict[str, Any] = {
    "cursor": {"type": "string", "description": "next_cursor of the previous page"},
    "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 25, "description": "Page size"},
}
CONFIRM_SENTENCE = "Previews first; call again with its confirm_token to apply."
CONFIRM_PROPERTY: dict[str, Any] = {
    "confirm_token": {"type": "string", "description": "From the preview; applies exactly that change"},
}


@dataclass(frozen=True)
class ToolDef:
    name: str
    toolset: Toolset
    effect: Effect
    title: str
    description: str
    actions: tuple[Action, ...]
    properties: dict[str, Any]  # input properties besides `action` (and confirm_token for deletes)
    idempotent: bool = False
    required: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)  # anything else for the input schema (e.g. anyOf)

    def __post_init__(self) -> None:
        names = [action.name for action in self.actions]
        if not names or len(set(names)) != len(names):
            raise ValueError(f"{self.name}: actions must be non-empty and unique")
        for action in self.actions:
            action.requirements  # noqa: B018  (fails fast on an unknown operationId)
            problem = check_declared(action.operations, action.handler)
            if problem:
                raise ValueError(f"{self.name}.{action.name} {problem}")
            unknown = set(action.arguments) - set(self.properties)
            if unknown:
                raise ValueError(f"{self.name}.{action.name} uses undeclared arguments {sorted(unknown)}")

    @property
    def toolsets(self) -> tuple[Toolset, ...]:
        """The tool's toolset first, then any its actions belong to instead."""
        return tuple(dict.fromkeys([self.toolset, *(a.toolset for a in self.actions if a.toolset)]))

    def toolset_of(self, action: Action) -> Toolset:
        return action.toolset or self.toolset

    @property
    def destructive(self) -> bool:
        return self.effect is Effect.DELETE

    @property
    def operations(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(op for action in self.actions for op in action.operations))

    def action(self, name: str) -> Action | None:
        return next((action for action in self.actions if action.name == name), None)

    def allowed_arguments(self, action: Action) -> tuple[str, ...]:
        """Every argument a call of this action may carry."""
        extra = ("action",) if len(self.actions) > 1 else ()
        confirm = tuple(CONFIRM_PROPERTY) if self.destructive else ()
        return (*extra, *self.required, *action.arguments, *confirm)

    def describe(self, actions: list[Action] | None = None) -> str:
        """The description for the given (visible) actions: the tool's own text, then a line per action."""
        actions = list(self.actions) if actions is None else actions
        lines = [f"- {action.signature()}: {action.doc}" for action in actions if action.doc]
        head = f"{self.description} {CONFIRM_SENTENCE}" if self.destructive else self.description
        return "\n".join([head, *lines])

    def input_schema(self, actions: list[Action] | None = None) -> dict[str, Any]:
        """The JSON schema for the given (visible) actions; the action enum shrinks with them."""
        actions = list(self.actions) if actions is None else actions
        properties: dict[str, Any] = {}
        required = list(self.required)
        if len(self.actions) > 1:
            properties["action"] = {
                "type": "string",
                "enum": [action.name for action in actions],
                "description": "What to do",
            }
            required.insert(0, "action")
        properties.update(copy.deepcopy(self.properties))
        if self.destructive:
            properties.update(copy.deepcopy(CONFIRM_PROPERTY))
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        schema["additionalProperties"] = False
        schema.update(copy.deepcopy(self.extra))
        return schema

    def annotations(self) -> dict[str, Any]:
        """The hints, leaving out those that mean nothing here (destructive and idempotent for a read) or
        that equal the protocol default (not read-only, not idempotent, open world)."""
        if self.effect is Effect.READ:
            return {"title": self.title, "read_only_hint": True}
        hints: dict[str, Any] = {"title": self.title, "destructive_hint": self.destructive}
        if self.idempotent:
            hints["idempotent_hint"] = True
        return hints
