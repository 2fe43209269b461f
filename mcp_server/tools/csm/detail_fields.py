"""CSM detail field definitions of organizations, customers and entitlements (specs/csm.yaml).

The values held by one organization, customer or entitlement are set by their own tools; this area
defines the fields. Fields are addressed by name (the API has no field ids in its paths).
"""

from __future__ import annotations

from typing import Any

from csm_client.api.customers import (
    create_customer_detail_field,
    delete_customer_detail_field,
    edit_customer_detail_field,
    get_customer_detail_fields,
)
from csm_client.api.entitlements import (
    create_entitlement_detail_field,
    delete_entitlement_detail_field,
    edit_entitlement_detail_field,
    get_entitlement_detail_fields,
)
from csm_client.api.organizations import (
    create_organization_detail_field,
    delete_organization_detail_field,
    edit_organization_detail_field,
    get_organization_detail_fields,
)
from csm_client.models import (
    CreateDetailFieldRequest,
    DetailFieldType,
    DetailFieldTypeName,
    EditDetailFieldRequest,
)
from csm_client.types import UNSET, Unset

from ...calls import ToolCall, to_data
from ...endpoints import AnyEndpoint
from ...errors import NotFound, ToolFailure
from ...registry import PAGED, PAGING_PROPERTIES, Action, Effect, ToolDef
from ...results import ToolResult, listing, outcome, single
from ...toolsets import Toolset

TOOLSET = Toolset.DETAIL_FIELDS
ENTITIES = ("organization", "customer", "entitlement")
KEYS = ("name", "type", "options", "position")
_NOUN = {"organization": "Organization", "customer": "Customer", "entitlement": "Entitlement"}
# entity -> (list, create, edit, delete) endpoints
APIS: dict[str, tuple[AnyEndpoint, AnyEndpoint, AnyEndpoint, AnyEndpoint]] = {
    "organization": (
        get_organization_detail_fields,
        create_organization_detail_field,
        edit_organization_detail_field,
        delete_organization_detail_field,
    ),
    "customer": (
        get_customer_detail_fields,
        create_customer_detail_field,
        edit_customer_detail_field,
        delete_customer_detail_field,
    ),
    "entitlement": (
        get_entitlement_detail_fields,
        create_entitlement_detail_field,
        edit_entitlement_detail_field,
        delete_entitlement_detail_field,
    ),
}


def ops(position: int) -> tuple[AnyEndpoint, ...]:
    """One of the (list, create, edit, delete) endpoints of every entity."""
    return tuple(endpoints[position] for endpoints in APIS.values())


LIST_OPS = ops(0)
_NAME = {"type": "string", "maxLength": 255}  # blank values are refused by the server and the handlers
ENTITY = {"type": "string", "enum": list(ENTITIES), "description": "Whose fields"}
FIELD = {**_NAME, "description": "Field name"}
OPTIONS = {"type": "array", "minItems": 1, "maxItems": 100, "items": _NAME, "description": "Option values"}


def field_view(field: Any) -> dict[str, Any]:
    data: dict[str, Any] = to_data(field)
    kind = data.get("type") or {}
    view = {"name": data.get("name"), "type": kind.get("name"), "options": kind.get("options")}
    view["position"] = (data.get("configuration") or {}).get("position")
    return {key: value for key, value in view.items() if value is not None}


async def all_fields(call: ToolCall) -> list[dict[str, Any]]:
    found = await call.api(APIS[call.arg("entity")][0])
    return [field_view(field) for field in found.results]


async def find_field(call: ToolCall) -> dict[str, Any]:
    """The field named by the `field` argument (case-insensitive), or a failure listing the fields."""
    wanted = str(call.arg("field")).strip()
    fields = await all_fields(call)
    for field in fields:
        if str(field["name"]).casefold() == wanted.casefold():
            return field
    names = ", ".join(str(f["name"]) for f in fields) or "none"
    raise ToolFailure(
        f"No {call.arg('entity')} detail field is named {wanted!r}; the fields are: {names}.", 404
    )


def casefold_diff(values: list[str], remove: list[str]) -> list[str]:
    gone = {value.casefold() for value in remove}
    return [value for value in values if value.casefold() not in gone]


# -- read ------------------------------------------------------------------------------------------


async def list_fields(call: ToolCall) -> ToolResult:
    fields = await all_fields(call)
    start = call.page_position() or 0
    items = fields[start : start + call.limit]
    more = start + len(items) < len(fields)
    return listing(
        f"{_NOUN[call.arg('entity')]} detail fields",
        items,
        KEYS,
        next_cursor=call.next_cursor(start + len(items)) if more and items else None,
        total=len(fields),
    )


READ = ToolDef(
    name="csm_detail_fields_read",
    toolset=TOOLSET,
    effect=Effect.READ,
    title="Read CSM detail fields",
    description=(
        "The detail fields defined for organizations, customers or entitlements, with type and options: "
        "the names and values the CSM tools' details take."
    ),
    actions=(Action("list", LIST_OPS, list_fields, optional=PAGED),),
    properties={"entity": ENTITY, **PAGING_PROPERTIES},
    required=("entity",),
)


# -- write -----------------------------------------------------------------------------------------


async def create(call: ToolCall) -> ToolResult:
    options = list(dict.fromkeys(option.strip() for option in call.arg("options")))
    body = CreateDetailFieldRequest(
        name=call.arg("name").strip(),
        type_=DetailFieldType(name=DetailFieldTypeName(call.arg("type")), options=options),
    )
    created = await call.api(APIS[call.arg("entity")][1], body=body)
    return single(f"Created {call.arg('entity')} detail field", field_view(created), KEYS)


async def edit(call: ToolCall) -> ToolResult:
    if not call.arg("name") and not call.arg("options"):
        raise ToolFailure("Pass name (the new name) and/or options (to add).")
    field = await find_field(call)
    options: list[str] | Unset = UNSET
    if call.arg("options"):
        if "options" not in field:
            raise ToolFailure(f"{field['name']} is a {field.get('type')} field; it has no options.")
        current: list[str] = field["options"]
        options = current + casefold_diff(
            list(dict.fromkeys(o.strip() for o in call.arg("options"))), current
        )
    name = (call.arg("name") or field["name"]).strip()
    edited = await call.api(
        APIS[call.arg("entity")][2],
        field_name=field["name"],
        body=EditDetailFieldRequest(name=name, options=options),
    )
    return single(f"Edited {call.arg('entity')} detail field", field_view(edited), KEYS)


WRITE = ToolDef(
    name="csm_detail_fields_write",
    toolset=TOOLSET,
    effect=Effect.WRITE,
    title="Create and edit CSM detail fields",
    description=(
        "Defines CSM detail fields (at most 50 per entity). Removing options: csm_detail_fields_delete."
    ),
    actions=(
        Action(
            "create",
            ops(1),
            create,
            required=("name", "type", "options"),
            doc="a field named name of type with options.",
        ),
        Action(
            "edit",
            (*ops(2), *LIST_OPS),
            edit,
            required=("field",),
            optional=("name", "options"),
            doc="renames field to name and/or adds options.",
        ),
    ),
    properties={
        "entity": ENTITY,
        "field": FIELD,
        "name": {**_NAME, "description": "New field name"},
        "type": {
            "type": "string",
            "enum": [kind.value for kind in DetailFieldTypeName],
            "description": "Field type",
        },
        "options": OPTIONS,
    },
    required=("entity",),
)


# -- delete ----------------------------------------------------------------------------------------


async def existing_field(call: ToolCall) -> dict[str, Any] | ToolResult:
    """find_field, or, when the field does not exist, what call.nothing_left says."""
    try:
        return await find_field(call)
    except ToolFailure as failure:
        if not isinstance(failure, NotFound):
            raise
        return call.nothing_left(str(failure))


async def delete_field(call: ToolCall) -> ToolResult:
    entity = call.arg("entity")
    field = await existing_field(call)
    if isinstance(field, ToolResult):
        return field
    preview = {"delete_field": field, "entity": entity, "also_deleted": f"its values on every {entity}"}
    summary = (
        f"Delete {entity} detail field {field['name']} ({field.get('type')}) AND its values on every "
        f"{entity} that has one. Cannot be undone."
    )
    pending = await call.confirm(preview, summary)
    if pending:
        return pending
    await call.api(APIS[entity][3], field_name=field["name"])
    return outcome(f"Deleted {entity} detail field {field['name']} and its values.", item=field)


async def remove_options(call: ToolCall) -> ToolResult:
    entity = call.arg("entity")
    field = await existing_field(call)
    if isinstance(field, ToolResult):
        return field
    current: list[str] = field.get("options") or []
    wanted = [option.strip() for option in call.arg("options")]
    unknown = casefold_diff(wanted, current)
    if unknown:
        why = f"{field['name']} has no option(s) {unknown}; its options are {current}. Nothing was changed."
        if len(unknown) == len(wanted):
            return call.nothing_left(why)
        raise ToolFailure(why)
    remaining = casefold_diff(current, wanted)
    if not remaining:
        raise ToolFailure(f"That removes every option of {field['name']}; delete the field instead.")
    removed = casefold_diff(current, remaining)
    preview = {"field": field, "remove_options": removed, "remaining_options": remaining}
    summary = (
        f"Remove option(s) {removed} from {entity} detail field {field['name']}; every {entity} holding one "
        f"of them loses that value. Remaining options: {remaining}."
    )
    pending = await call.confirm(preview, summary)
    if pending:
        return pending
    edited = await call.api(
        APIS[entity][2],
        field_name=field["name"],
        body=EditDetailFieldRequest(name=field["name"], options=remaining),
    )
    return single(f"Removed {removed} from", field_view(edited), KEYS)


DELETE = ToolDef(
    name="csm_detail_fields_delete",
    toolset=TOOLSET,
    effect=Effect.DELETE,
    title="Delete CSM detail fields or options",
    description=("Deletes CSM detail fields or options, with the values they hold everywhere."),
    actions=(
        Action(
            "delete",
            (*ops(3), *LIST_OPS),
            delete_field,
            required=("field",),
            doc="a field and its values on every entity.",
        ),
        Action(
            "remove_options",
            (*ops(2), *LIST_OPS),
            remove_options,
            required=("field", "options"),
            doc="options of a field; values holding them are cleared.",
        ),
    ),
    properties={"entity": ENTITY, "field": FIELD, "options": OPTIONS},
    required=("entity",),
    idempotent=True,
)

TOOLS = (READ, WRITE, DELETE)
