"""The write and delete tools of a CSM profile kind (organizations, customers), declared from its `Entity`
description (profiles.py): the two kinds' tools differ only in names, a few texts and the endpoints."""

from __future__ import annotations

from typing import Any

from ...calls import ToolCall
from ...endpoints import AnyEndpoint, Use
from ...registry import PAGED, Action, Effect, Handler, ToolDef
from ...results import ToolResult
from .common import DETAILS, IDEMPOTENCY_PROPERTY, follow_task, resolve_organizations
from .profiles import Entity, clear_details, delete, none_found

ORGANIZATION_LOOKUP = resolve_organizations  # resolving the organizations an item names (both kinds)
TEXT = {"type": "string", "maxLength": 255}  # blank values are refused by the server and the handlers
FIELDS = {"type": "array", "minItems": 1, "maxItems": 50, "items": TEXT, "description": "Detail field names"}


def get_action(entity: Entity, handler: Handler, uses: tuple[Use, ...], doc: str) -> Action:
    """get: the profiles of the listed ids or names, a page at a time."""
    return Action("get", uses, handler, required=(entity.argument,), optional=PAGED, doc=doc)


def details_action(entity: Entity, handler: Handler, uses: tuple[Use, ...]) -> Action:
    doc = f"one {entity.noun}'s detail values with each field's type and options."
    return Action("details", uses, handler, required=(entity.argument,), doc=doc)


def item_schema(
    entity: Entity, reference: str, name: str, links: tuple[str, dict[str, Any]], *, required: bool = False
) -> dict[str, Any]:
    """One entry of the write tool's list: the profile it names (described by reference), its new name,
    detail values and links (argument name and schema); required: whether the reference must be given."""
    properties = {
        entity.noun: {**TEXT, "description": reference},
        "name": {**TEXT, "description": name},
        "details": DETAILS,
        links[0]: links[1],
    }
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = [entity.noun]
    return schema | {"additionalProperties": False}


def write_tool(
    entity: Entity,
    handlers: tuple[Handler, Handler, Handler],
    item: dict[str, Any],
    creates: tuple[AnyEndpoint, AnyEndpoint],
) -> ToolDef:
    """csm_<kind>_write: create, update and upsert (handlers in that order); item: one list entry's schema;
    creates: the endpoints creating one account, and one profile, which the kind's create calls itself."""
    api = entity.api
    accounts, details, profiles = (b.endpoint for b in (entity.accounts, entity.details, entity.profiles))
    follow_up = (follow_task, ORGANIZATION_LOOKUP)
    create, update, upsert = handlers
    required, optional = (entity.argument,), ("idempotency_key",)
    return ToolDef(
        name=f"{entity.tool}_write",
        toolset=entity.toolset,
        effect=Effect.WRITE,
        title=f"Create and update CSM {entity.argument}",
        description=(
            f"Creates and updates CSM {entity.argument}: {entity.tools.write_fields}. Several items run as a "
            "bulk task. To retry after an error without doubling, repeat with the idempotency_key the answer "
            "gave; retry only failed items."
        ),
        actions=(
            Action(
                "create",
                (*creates, accounts, profiles, *follow_up),
                create,
                required=required,
                optional=optional,
                doc=entity.tools.create,
            ),
            Action(
                "update",
                (api.rename, api.set_detail, api.read_back, accounts, details, profiles, *follow_up),
                update,
                required=required,
                optional=optional,
                doc=entity.tools.update,
            ),
            Action(
                "upsert",
                (profiles, *follow_up),
                upsert,
                required=required,
                optional=optional,
                doc=entity.tools.upsert,
            ),
        ),
        properties={
            entity.argument: {
                "type": "array",
                "minItems": 1,
                "maxItems": 100,
                "items": item,
                "description": f"{entity.argument.capitalize()} to write",
            },
            **IDEMPOTENCY_PROPERTY,
        },
    )


def delete_tool(entity: Entity) -> ToolDef:
    """csm_<kind>_delete: delete profiles, or clear detail values, each after a confirmed preview."""

    async def delete_profiles(call: ToolCall) -> ToolResult:
        profiles, missing, gone = await entity.api.targets(call)
        if not profiles:
            return none_found(call, entity, missing, gone)
        return await delete(call, entity, profiles, missing)

    async def clear_profile_details(call: ToolCall) -> ToolResult:
        profiles, missing, gone = await entity.api.targets(call)
        if not profiles:
            return none_found(call, entity, missing, gone)
        return await clear_details(call, entity, profiles, missing)

    targets = (entity.api.targets, follow_task)
    return ToolDef(
        name=f"{entity.tool}_delete",
        toolset=entity.toolset,
        effect=Effect.DELETE,
        title=f"Delete CSM {entity.argument} or their detail values",
        description=f"Deletes CSM {entity.argument} or detail values, permanently.",
        actions=(
            Action(
                "delete",
                (entity.api.remove, entity.accounts.endpoint, *targets),
                delete_profiles,
                required=(entity.argument,),
                doc=entity.tools.delete,
            ),
            Action(
                "clear_details",
                (entity.details.endpoint, *targets),
                clear_profile_details,
                required=(entity.argument, "fields"),
                doc=f"removes the values of fields from {entity.argument}.",
            ),
        ),
        properties={entity.argument: entity.tools.delete_argument, "fields": FIELDS},
        idempotent=True,
    )
