"""Detail fields of organizations, customers and entitlements: definitions, values and their shapes.

Each entity kind has its own fields (at most 50). A value is stored per entity under the field's id, so a
rename keeps values and a delete removes them everywhere. SELECT holds at most one option, MULTISELECT any
number of distinct options; other types hold free text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ...registry import HandlerTable, Reply, SandboxRequest
from .common import body_of, required_text, store_operations, unique
from .store import (
    KIND_LABELS,
    MAX_DETAIL_FIELDS,
    CsmError,
    CsmStore,
    DetailField,
    EntityKind,
)

HANDLERS = HandlerTable()
csm_operation = store_operations(HANDLERS)

Details = dict[str, list[str]]  # detail field id -> values


# -- lookups and value checks -------------------------------------------------------------------------


def find_field(store: CsmStore, kind: EntityKind, name: str, missing_status: int = 404) -> DetailField:
    wanted = name.strip().casefold()
    for detail_field in store.fields[kind].values():
        if detail_field.name.casefold() == wanted:
            return detail_field
    raise CsmError(
        missing_status, "DETAIL_FIELD_NOT_FOUND", f"{KIND_LABELS[kind]} detail field '{name}' does not exist."
    )


def checked_values(detail_field: DetailField, values: Iterable[Any]) -> list[str]:
    """The values to store for the field, or a 422 naming the offending value."""
    texts = [value.strip() for value in values if isinstance(value, str) and value.strip()]
    if not detail_field.has_options:
        return unique(texts)
    by_key = {option.casefold(): option for option in detail_field.options}
    chosen = []
    for text in texts:
        option = by_key.get(text.casefold())
        if option is None:
            raise CsmError(
                422,
                "INVALID_DETAIL_VALUE",
                f"'{text}' is not an option of {detail_field.type_name} field '{detail_field.name}'; "
                f"options: {', '.join(detail_field.options)}.",
            )
        chosen.append(option)  # stored in the option's own spelling
    chosen = unique(chosen)
    if detail_field.type_name == "SELECT" and len(chosen) > 1:
        raise CsmError(
            422,
            "INVALID_DETAIL_VALUE",
            f"SELECT field '{detail_field.name}' takes one value; got {len(chosen)}.",
        )
    return chosen


def store_values(details: Details, detail_field: DetailField, values: list[str]) -> None:
    if values:
        details[detail_field.id] = values
    else:
        details.pop(detail_field.id, None)  # an empty list clears the field


def checked_profile_details(
    store: CsmStore, kind: EntityKind, requested: Any
) -> list[tuple[DetailField, list[str]]]:
    """Validate a profile request's `details` ([{name, values}]) in full before anything is changed (422)."""
    checked = []
    for entry in requested or []:
        detail_field = find_field(
            store, kind, required_text(entry.get("name"), "details.name"), missing_status=422
        )
        checked.append((detail_field, checked_values(detail_field, entry.get("values") or [])))
    return checked


def holders(store: CsmStore, kind: EntityKind) -> Iterable[Any]:
    """Every entity holding values of this kind's detail fields."""
    if kind == "organization":
        return store.organizations.values()
    if kind == "customer":
        return store.customers.values()
    return store.entitlements.values()


# -- response shapes ----------------------------------------------------------------------------------


def field_type_json(detail_field: DetailField) -> dict[str, Any]:
    shape: dict[str, Any] = {"name": detail_field.type_name}
    if detail_field.has_options:
        shape["options"] = list(detail_field.options)
    return shape


def field_json(detail_field: DetailField) -> dict[str, Any]:
    return {
        "name": detail_field.name,
        "type": field_type_json(detail_field),
        "configuration": {"position": detail_field.position},
    }


def value_json(detail_field: DetailField, values: list[str]) -> dict[str, Any]:
    return {
        "id": detail_field.id,
        "name": detail_field.name,
        "type": field_type_json(detail_field),
        "values": list(values),
        "configuration": {"position": detail_field.position},
    }


def values_json(store: CsmStore, kind: EntityKind, details: Mapping[str, list[str]]) -> list[dict[str, Any]]:
    """The DetailFieldValue list of an entity: its fields that hold a value, in field order."""
    return [value_json(f, details[f.id]) for f in store.ordered_fields(kind) if details.get(f.id)]


def profile_details_json(
    store: CsmStore, kind: EntityKind, details: Mapping[str, list[str]]
) -> list[dict[str, Any]]:
    """The same values in the profile shape: {name, value: {type, text}}."""
    return [
        {"name": f.name, "value": {"type": f.type_name, "text": list(details[f.id])}}
        for f in store.ordered_fields(kind)
        if details.get(f.id)
    ]


# -- definitions ---------------------------------------------------------------------------------------


def _checked_options(type_name: str, options: Any, field_name: str) -> list[str]:
    if type_name not in {"SELECT", "MULTISELECT"}:
        if options:
            raise CsmError(
                422, "INVALID_OPTIONS", f"Only SELECT and MULTISELECT fields have options ('{field_name}')."
            )
        return []
    texts = [option.strip() for option in options or [] if isinstance(option, str)]
    if not texts or any(not text for text in texts):
        raise CsmError(
            422, "INVALID_OPTIONS", f"{type_name} field '{field_name}' needs at least one option, none blank."
        )
    if len({text.casefold() for text in texts}) != len(texts):
        raise CsmError(422, "INVALID_OPTIONS", f"The options of '{field_name}' must be distinct.")
    return texts


def _ensure_name_free(store: CsmStore, kind: EntityKind, name: str, except_id: str | None = None) -> None:
    wanted = name.casefold()
    for detail_field in store.fields[kind].values():
        if detail_field.id != except_id and detail_field.name.casefold() == wanted:
            raise CsmError(
                409,
                "DETAIL_FIELD_ALREADY_EXISTS",
                f"A {kind} detail field named '{detail_field.name}' already exists.",
            )


def create_field(store: CsmStore, kind: EntityKind, body: Mapping[str, Any]) -> DetailField:
    name = required_text(body.get("name"), "name")
    type_name = required_text((body.get("type") or {}).get("name"), "type.name")
    _ensure_name_free(store, kind, name)
    if len(store.fields[kind]) >= MAX_DETAIL_FIELDS:
        raise CsmError(
            422,
            "DETAIL_FIELD_LIMIT_REACHED",
            f"There are already {MAX_DETAIL_FIELDS} {kind} detail fields, the maximum.",
        )
    options = _checked_options(type_name, (body.get("type") or {}).get("options"), name)
    detail_field = DetailField(store.new_field_id(), name, type_name, options, len(store.fields[kind]) + 1)
    store.fields[kind][detail_field.id] = detail_field
    return detail_field


def edit_field(store: CsmStore, kind: EntityKind, current_name: str, body: Mapping[str, Any]) -> DetailField:
    detail_field = find_field(store, kind, current_name)
    name = required_text(body.get("name"), "name")
    _ensure_name_free(store, kind, name, except_id=detail_field.id)
    if body.get("options") is not None:
        if not detail_field.has_options:
            raise CsmError(
                422,
                "INVALID_OPTIONS",
                f"Only SELECT and MULTISELECT fields have options ('{detail_field.name}').",
            )
        options = _checked_options(detail_field.type_name, body["options"], name)
        # Values naming a removed option go, so no entity holds a value its field no longer offers.
        kept = set(options)
        for holder in holders(store, kind):
            if detail_field.id in holder.details:
                store_values(
                    holder.details, detail_field, [v for v in holder.details[detail_field.id] if v in kept]
                )
        detail_field.options = options
    detail_field.name = name
    return detail_field


def delete_field(store: CsmStore, kind: EntityKind, name: str) -> None:
    detail_field = find_field(store, kind, name)
    del store.fields[kind][detail_field.id]
    for holder in holders(store, kind):
        holder.details.pop(detail_field.id, None)
    for position, remaining in enumerate(store.ordered_fields(kind), start=1):
        remaining.position = position


def _holder(store: CsmStore, kind: EntityKind, entity_id: str) -> Any:
    if kind == "organization":
        return store.organization(entity_id)
    if kind == "customer":
        return store.customer(entity_id)
    return store.entitlement(entity_id)


# -- handlers: the same five operations for each entity kind -------------------------------------------


def _register(kind: EntityKind, noun: str, id_parameter: str) -> None:
    @csm_operation(f"get{noun}DetailFields")
    def list_fields(request: SandboxRequest, store: CsmStore) -> Reply:
        return 200, {"results": [field_json(f) for f in store.ordered_fields(kind)]}

    @csm_operation(f"create{noun}DetailField")
    def create(request: SandboxRequest, store: CsmStore) -> Reply:
        return 200, field_json(create_field(store, kind, body_of(request)))

    @csm_operation(f"edit{noun}DetailField")
    def edit(request: SandboxRequest, store: CsmStore) -> Reply:
        return 200, field_json(edit_field(store, kind, request.path["fieldName"], body_of(request)))

    @csm_operation(f"delete{noun}DetailField")
    def delete(request: SandboxRequest, store: CsmStore) -> Reply:
        delete_field(store, kind, request.path["fieldName"])
        return 204, None

    @csm_operation(f"set{noun}Detail")
    def set_value(request: SandboxRequest, store: CsmStore) -> Reply:
        holder = _holder(store, kind, request.path[id_parameter])
        detail_field = find_field(store, kind, request.query["fieldName"])
        values = checked_values(detail_field, body_of(request).get("values") or [])
        store_values(holder.details, detail_field, values)
        return 200, value_json(detail_field, values)


_register("organization", "Organization", "organizationId")
_register("customer", "Customer", "customerId")
_register("entitlement", "Entitlement", "entitlementId")
