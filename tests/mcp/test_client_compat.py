"""The tool list, as fetched through the MCP protocol, against the schema rules real clients apply.

Each rule names its source. A schema change that one client would reject (skip the tool, fail the request)
fails here. Each rule is also shown to reject the shape it guards against, so none of them passes vacuously.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
import pytest
from mcp import Client
from mcp_support import connect

from atlassian_people_sandbox import SandboxServer

pytestmark = pytest.mark.anyio

Schema = dict[str, Any]
Rule = Callable[[str, Schema], list[str]]


def nodes(schema: Any, path: str = "$", depth: int = 0) -> Iterator[tuple[str, Schema, int]]:
    """Every subschema (properties, items, anyOf/oneOf/allOf alternatives), with its path and object depth."""
    if not isinstance(schema, dict):
        return
    yield path, schema, depth
    deeper = depth + (1 if schema.get("type") == "object" else 0)
    for name, sub in (schema.get("properties") or {}).items():
        yield from nodes(sub, f"{path}.{name}", deeper)
    if isinstance(schema.get("items"), dict):
        yield from nodes(schema["items"], f"{path}[]", deeper)
    if isinstance(schema.get("additionalProperties"), dict):
        yield from nodes(schema["additionalProperties"], f"{path}{{*}}", deeper)
    for keyword in ("anyOf", "oneOf", "allOf"):
        for index, sub in enumerate(schema.get(keyword) or []):
            yield from nodes(sub, f"{path}.{keyword}[{index}]", depth)


# -- Gemini CLI ----------------------------------------------------------------------------------------
# https://github.com/google-gemini/gemini-cli/blob/main/packages/core/src/tools/mcp-client.ts
# hasValidTypes(): a tool is skipped ("missing types in its parameter schema") when any node of its schema,
# down through properties and items, has no `type` (unless it is an anyOf/oneOf/allOf whose
# alternatives all have one).


def gemini_cli(name: str, schema: Schema) -> list[str]:
    return [
        f"{path} has no type (Gemini CLI skips the tool)"
        for path, node, _ in nodes(schema)
        if not node.get("type") and not any(k in node for k in ("anyOf", "oneOf", "allOf"))
    ]


# -- Gemini function declarations ----------------------------------------------------------------------
# https://cloud.google.com/vertex-ai/docs/reference/rest/v1/Schema and
# https://cloud.google.com/vertex-ai/docs/reference/rest/v1beta1/FunctionDeclaration : a Schema is "a select
# subset of an OpenAPI 3.0 schema object" whose `type` is one Type (not a list); enum values are strings;
# function names start with a letter or underscore and hold a-z, A-Z, 0-9, _, . and - (at most 64);
# parameter names hold a-z, A-Z, 0-9 and _ (at most 64). additionalProperties is not in the subset; Gemini
# CLI strips it before sending (docs/tools/mcp-server.md, "Schema processing"), so only `false` is allowed.
GEMINI_KEYS = {
    "type", "format", "title", "description", "nullable", "default", "items", "minItems", "maxItems", "enum",
    "properties", "propertyOrdering", "required", "minProperties", "maxProperties", "minLength", "maxLength",
    "pattern", "example", "anyOf", "minimum", "maximum", "additionalProperties",
}  # fmt: skip
GEMINI_TYPES = {"string", "number", "integer", "boolean", "array", "object"}


def gemini_declarations(name: str, schema: Schema) -> list[str]:
    found = []
    if not re.fullmatch(r"[a-zA-Z_][a-zA-Z0-9_.\-]{0,63}", name):
        found.append(f"function name {name!r} is not allowed")
    for path, node, _ in nodes(schema):
        if not isinstance(node.get("type"), str) or node["type"] not in GEMINI_TYPES:
            found.append(f"{path}: type {node.get('type')!r} is not one Gemini type")
        if set(node) - GEMINI_KEYS:
            found.append(f"{path}: {sorted(set(node) - GEMINI_KEYS)} not in Gemini's Schema")
        if node.get("additionalProperties") not in (None, False):
            found.append(f"{path}: an open-ended object (additionalProperties) is not expressible")
        if "enum" in node and not all(isinstance(value, str) for value in node["enum"]):
            found.append(f"{path}: enum values must be strings")
        for key in node.get("properties") or {}:
            if not re.fullmatch(r"[a-zA-Z_][a-zA-Z0-9_]{0,63}", key):
                found.append(f"{path}: parameter name {key!r} is not allowed")
    return found


# -- OpenAI function calling, and what strict mode needs -----------------------------------------------
# https://platform.openai.com/docs/api-reference/chat/create#chat-create-tools : a function name holds
# a-z, A-Z, 0-9, _ and - (at most 64); parameters are a JSON Schema object.
# https://platform.openai.com/docs/guides/structured-outputs#supported-schemas : strict mode needs the root
# to be an object (not anyOf), additionalProperties: false on every object with every property listed (the
# clients' strict converters, e.g. the OpenAI Agents SDK's, then require every key and make optional ones
# nullable, which is why strict clients send null), no allOf/not/if/then/else/dependentRequired/
# dependentSchemas, at most 5000 properties, 10 levels of nesting and 1000 enum values, and at most
# 120,000 characters of property names and enum values.


def openai(name: str, schema: Schema) -> list[str]:
    found = []
    if not re.fullmatch(r"[a-zA-Z0-9_-]{1,64}", name):
        found.append(f"function name {name!r} is not allowed")
    if schema.get("type") != "object" or "anyOf" in schema:
        found.append("parameters must be an object schema")
    return found


def openai_strict(name: str, schema: Schema) -> list[str]:
    found = []
    properties = enums = characters = 0
    for path, node, depth in nodes(schema):
        if node.get("type") == "object":
            if node.get("additionalProperties") is not False or not isinstance(node.get("properties"), dict):
                found.append(f"{path}: an object needs properties and additionalProperties: false")
            properties += len(node.get("properties") or {})
            characters += sum(len(key) for key in node.get("properties") or {})
        if depth > 10:
            found.append(f"{path}: nested deeper than 10 objects")
        bad = {"allOf", "not", "if", "then", "else", "dependentRequired", "dependentSchemas"} & set(node)
        if bad:
            found.append(f"{path}: {sorted(bad)} are not supported")
        enums += len(node.get("enum") or [])
        characters += sum(len(str(value)) for value in node.get("enum") or [])
    if properties > 5000 or enums > 1000 or characters > 120_000:
        found.append(f"too large: {properties} properties, {enums} enum values, {characters} characters")
    return found


# -- Anthropic tool use ----------------------------------------------------------------------------------
# https://docs.claude.com/en/docs/agents-and-tools/tool-use/implement-tool-use : a tool name matches
# ^[a-zA-Z0-9_-]{1,64}$ and input_schema is a JSON Schema object; the API refuses one that is not valid
# JSON Schema draft 2020-12 ("tools.N.custom.input_schema: JSON schema is invalid. It must match JSON
# Schema draft 2020-12").


def anthropic(name: str, schema: Schema) -> list[str]:
    found = []
    if not re.fullmatch(r"[a-zA-Z0-9_-]{1,64}", name):
        found.append(f"tool name {name!r} is not allowed")
    if schema.get("type") != "object":
        found.append("input_schema must have type object")
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as error:
        found.append(f"not valid draft 2020-12: {error.message}")
    return found


# -- VS Code ---------------------------------------------------------------------------------------------
# https://github.com/microsoft/vscode/issues/308463 : VS Code flags a tool whose name is not made of
# [a-z0-9_-] ("Tools names may only contain [a-z0-9_-]"); https://github.com/microsoft/vscode/pull/244908 :
# a tool whose input schema is not a valid JSON schema fails instead of being offered.


def vscode(name: str, schema: Schema) -> list[str]:
    found = []
    if not re.fullmatch(r"[a-z0-9_-]+", name):
        found.append(f"tool name {name!r} has characters outside [a-z0-9_-]")
    try:
        jsonschema.Draft7Validator.check_schema(schema)
    except jsonschema.SchemaError as error:
        found.append(f"not a valid JSON schema: {error.message}")
    return found


RULES: dict[str, Rule] = {
    "Gemini CLI": gemini_cli,
    "Gemini function declarations": gemini_declarations,
    "OpenAI function calling": openai,
    "OpenAI strict mode": openai_strict,
    "Anthropic tool use": anthropic,
    "VS Code": vscode,
}


async def listed_tools(client: Client) -> list[Any]:
    return list((await client.list_tools()).tools)


@pytest.mark.parametrize("client_name", list(RULES))
async def test_every_tool_meets_the_client_rules(sandbox: SandboxServer, client_name: str) -> None:
    rule = RULES[client_name]
    async with connect(sandbox) as client:
        tools = await listed_tools(client)
    assert len(tools) == 24
    problems = {tool.name: rule(tool.name, tool.input_schema) for tool in tools}
    assert {name: found for name, found in problems.items() if found} == {}


async def test_every_parameter_and_action_is_described(sandbox: SandboxServer) -> None:
    async with connect(sandbox) as client:
        tools = await listed_tools(client)
    undescribed = [
        f"{tool.name}.{name}"
        for tool in tools
        for name, prop in tool.input_schema["properties"].items()
        if not prop.get("description")
    ]
    assert undescribed == []
    for tool in tools:
        actions = tool.input_schema["properties"].get("action", {}).get("enum", [])
        for action in actions:  # one line per action: what it does, with its arguments
            assert re.search(rf"^- {action}\(", tool.description or "", re.MULTILINE), (tool.name, action)
        assert tool.output_schema == {"type": "object"}


# Shapes the rules exist to catch, each with the clients that must reject it.
BAD_SCHEMAS: list[tuple[Schema, set[str]]] = [
    (
        {"type": "object", "properties": {"action": {"enum": ["a", "b"]}}, "additionalProperties": False},
        {"Gemini CLI", "Gemini function declarations"},
    ),
    (
        {
            "type": "object",
            "properties": {"details": {"type": ["string", "array"], "items": {"type": "string"}}},
            "additionalProperties": False,
        },
        {"Gemini function declarations"},
    ),
    (
        {
            "type": "object",
            "properties": {"details": {"type": "object", "additionalProperties": {"type": "string"}}},
            "additionalProperties": False,
        },
        {"Gemini function declarations", "OpenAI strict mode"},
    ),
    ({"type": "object", "properties": {"x": {"type": "strng"}}}, {"Anthropic tool use", "VS Code"}),
]


@pytest.mark.parametrize(("schema", "rejected_by"), BAD_SCHEMAS)
def test_each_rule_rejects_what_it_guards_against(schema: Schema, rejected_by: set[str]) -> None:
    rejecting = {client for client, rule in RULES.items() if rule("tool_name", schema)}
    assert rejected_by <= rejecting
    assert RULES["VS Code"]("Tool.Name", {"type": "object"}) and RULES["Anthropic tool use"]("a b", {})
