"""Request validation compiled once per operation from the spec.

Path, query and header parameters are coerced from text by their schema type and checked; the JSON body
is parsed and checked against its schema; defaults are filled in as the spec gives them. Everything is
resolved and compiled on an operation's first request (compiling all of them, and importing the schema
validator, was most of what starting a sandbox cost), so a request costs a few dictionary look-ups and one
schema check (openapi-core's per-request schema traversal cost ~15 ms for a plain GET; responses are still
checked with openapi-core in tests).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import Headers, QueryParams

from .errors import ApiError
from .spec import ApiSpec

_MAX_PROBLEMS = 5


def inline_refs(document: dict[str, Any], node: Any, expanding: tuple[str, ...] = ()) -> Any:
    """node with every local $ref replaced by its target (the specs have no recursive schemas)."""
    if isinstance(node, list):
        return [inline_refs(document, item, expanding) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        if ref in expanding:
            raise ValueError(f"recursive schema at {ref}; the sandbox validator does not support it")
        target: Any = document
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        return inline_refs(document, target, (*expanding, ref))
    inlined = {key: inline_refs(document, value, expanding) for key, value in node.items()}
    if inlined.get("nullable") is True and "allOf" in inlined and "type" not in inlined:
        # `nullable` beside `allOf` (the specs' idiom for a nullable reference, which the generated clients
        # read as "this or null"): the validator would apply each part's own non-null type to null.
        parts = {"allOf": inlined.pop("allOf")}
        inlined["anyOf"] = [parts, {"nullable": True, "enum": [None]}]
    return inlined


def _kind(schema: Mapping[str, Any]) -> str:
    if "type" in schema:
        return str(schema["type"])
    for combinator in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(combinator, []):
            kind = _kind(part)
            if kind != "string":
                return kind
    return "string"


def _coerce(raw: str, kind: str) -> Any:
    """raw as the schema type, or raise ValueError naming what was expected."""
    if kind == "integer":
        try:
            return int(raw)
        except ValueError:
            raise ValueError(f"{raw!r} is not an integer") from None
    if kind == "number":
        try:
            return float(raw)
        except ValueError:
            raise ValueError(f"{raw!r} is not a number") from None
    if kind == "boolean":
        lowered = raw.lower()
        if lowered not in ("true", "false"):
            raise ValueError(f"{raw!r} is not a boolean (true or false)")
        return lowered == "true"
    return raw


def fill_defaults(schema: Mapping[str, Any], value: Any) -> Any:
    """Object properties the body leaves out get the schema's default, as openapi-core did."""
    if isinstance(value, dict):
        for part in schema.get("allOf", []):
            fill_defaults(part, value)
        for name, prop in schema.get("properties", {}).items():
            if name in value:
                fill_defaults(prop, value[name])
            elif "default" in prop:
                value[name] = copy.deepcopy(prop["default"])
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for item in value:
            fill_defaults(schema["items"], item)
    return value


@dataclass(frozen=True)
class ParameterRule:
    name: str
    location: str  # path | query | header
    required: bool
    schema: dict[str, Any]
    validator: Any

    @property
    def kind(self) -> str:
        return _kind(self.schema)

    def read(self, raw: list[str]) -> Any:
        if self.kind == "array":
            item_kind = _kind(self.schema.get("items", {}))
            values: list[str] = []
            for part in raw:  # explode=true repeats the name; tolerate comma lists too
                values += part.split(",") if "," in part and item_kind != "string" else [part]
            return [_coerce(value, item_kind) for value in values]
        return _coerce(raw[-1], self.kind)

    def check(self, value: Any) -> None:
        problem = next(iter(self.validator.iter_errors(value)), None)
        if problem is not None:
            raise ValueError(problem.message)


@dataclass(frozen=True)
class BodyRule:
    required: bool
    schema: dict[str, Any]
    validator: Any
    media_types: tuple[str, ...]


class OperationValidator:
    def __init__(self, document: dict[str, Any], path: str, method: str) -> None:
        path_item = document["paths"][path]
        operation = path_item[method.lower()]
        parameters: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
            parameter = inline_refs(document, raw)
            parameters[(parameter["in"], parameter["name"])] = parameter
        self.parameters = tuple(
            ParameterRule(
                name=parameter["name"],
                location=location,
                required=bool(parameter.get("required")),
                schema=parameter.get("schema", {}),
                validator=_compile(parameter.get("schema", {})),
            )
            for (location, _), parameter in parameters.items()
            if location in ("path", "query", "header")
        )
        body = operation.get("requestBody")
        self.body: BodyRule | None = None
        if body is not None:
            body = inline_refs(document, body)
            content: dict[str, Any] = body.get("content", {})
            media: dict[str, Any] = content.get("application/json") or next(iter(content.values()), {})
            schema: dict[str, Any] = media.get("schema", {})
            self.body = BodyRule(bool(body.get("required")), schema, _compile(schema), tuple(content))

    def validate(
        self, path_params: Mapping[str, str], query: QueryParams, headers: Headers, body: bytes
    ) -> tuple[dict[str, Any], dict[str, Any], Any]:
        path: dict[str, Any] = {}
        found_query: dict[str, Any] = {}
        for rule in self.parameters:
            raw = self._raw(rule, path_params, query, headers)
            where = {"path": path, "query": found_query}.get(rule.location)
            label = f"{rule.location.capitalize()} parameter '{rule.name}'"
            if not raw:
                if rule.required:
                    raise ApiError(400, f"Missing required {rule.location} parameter: {rule.name}.")
                if where is not None and "default" in rule.schema:
                    where[rule.name] = copy.deepcopy(rule.schema["default"])
                continue
            try:
                value = rule.read(raw)
                rule.check(value)
            except ValueError as exc:
                raise ApiError(400, f"{label}: {exc}.") from None
            if where is not None:
                where[rule.name] = value
        return path, found_query, self._body(headers, body)

    @staticmethod
    def _raw(rule: ParameterRule, path: Mapping[str, str], query: QueryParams, headers: Headers) -> list[str]:
        if rule.location == "path":
            return [path[rule.name]] if rule.name in path else []
        if rule.location == "query":
            return query.getlist(rule.name)
        return headers.getlist(rule.name)

    def _body(self, headers: Headers, body: bytes) -> Any:
        rule = self.body
        if rule is None:
            return None
        if not body.strip():
            if rule.required:
                raise ApiError(400, "Request body is required: send a JSON object.")
            return None
        content_type = headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if content_type not in rule.media_types and content_type not in ("", "*/*"):
            raise ApiError(
                400, f"Content-Type {content_type} is not accepted; send {', '.join(rule.media_types)}."
            )
        try:
            value = json.loads(body)
        except UnicodeDecodeError:
            raise ApiError(400, "Request body is not UTF-8 text.") from None
        except json.JSONDecodeError as exc:
            raise ApiError(
                400, f"Request body is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})."
            ) from None
        problems = sorted(rule.validator.iter_errors(value), key=lambda error: list(error.absolute_path))
        if problems:
            details = "; ".join(_describe(problem) for problem in problems[:_MAX_PROBLEMS])
            raise ApiError(400, f"Request body does not match the schema: {details}")
        return fill_defaults(rule.schema, value)


class RequestRules:
    """Each operation's validator by operationId, compiled on the operation's first request."""

    def __init__(self, apis: Iterable[ApiSpec]) -> None:
        self._sources = {
            op.operation_id: (api.document, op.path, op.method) for api in apis for op in api.operations
        }
        self._compiled: dict[str, OperationValidator] = {}

    def __getitem__(self, operation_id: str) -> OperationValidator:
        rules = self._compiled.get(operation_id)
        if rules is None:
            rules = self._compiled[operation_id] = OperationValidator(*self._sources[operation_id])
        return rules

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)


def _compile(schema: dict[str, Any]) -> Any:
    # Imported here: jsonschema and what it imports are ~100 ms of a sandbox's start, not needed before
    # the first request.
    from openapi_schema_validator import OAS30Validator, oas30_format_checker

    # With formats checked: int32/int64 ranges are part of the contract (schemathesis sends 2**35 on purpose).
    return OAS30Validator(schema, format_checker=oas30_format_checker)


def _describe(problem: Any) -> str:
    where = "/".join(str(part) for part in problem.absolute_path) or "body"
    message = str(problem.message)
    return f"{where}: {message if len(message) <= 200 else message[:200] + '…'}"
