"""The MCP server: lists and calls the curated tools through the access filter.

`tools/list` and `tools/call` are served from our own registry instead of the SDK's function-signature
tools, so each tool's schema is written tightly by hand, the action enum shrinks to what the
credentials and settings allow, and one filter answers both requests.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from mcp.server.mcpserver import Context, MCPServer
from mcp_types import CallToolResult, InputRequiredResult, TextContent, ToolAnnotations
from mcp_types import Tool as MCPTool

from . import __version__
from . import arguments as args
from .access import Access
from .calls import MAX_REQUESTS_PER_CALL, ToolCall
from .clients import ApiClients
from .confirm import Confirmations
from .errors import ToolFailure, printable, redact, redact_data
from .registry import OUTPUT_SCHEMA, ToolDef, ToolResult
from .signing import Signer

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

log = logging.getLogger("atlassian_people_mcp")

INSTRUCTIONS = (
    "Tools for Atlassian people and organization data: JSM ops stakeholders and contacts, CSM organizations, "
    "customers, products and entitlements, Jira groups. Every tool takes an action and its arguments (listed "
    "in its description). Results: text that says everything needed, and structured content with items (a "
    "list), next_cursor (pass it back as cursor for the next page; absent on the last), total, item (one "
    "record), failures (items to retry), preview and confirm_token (deletes: call again with the token to "
    "apply). Optional arguments may be left out or sent as null."
)
# In sandbox mode every place a model reads says the data is fake, so no answer built on it passes as real.
SANDBOX_MARK = "[SANDBOX: fake data, not real Atlassian]"
SANDBOX_INSTRUCTIONS = (
    "SANDBOX MODE: every tool here talks to a local simulator with invented people, groups and "
    "organizations, not to a real Atlassian site. Tell the user that any data shown is fake sample data. "
)


class PeopleServer(MCPServer[Any]):
    def __init__(
        self,
        tools: Iterable[ToolDef],
        access: Access,
        apis: ApiClients,
        *,
        secrets: Iterable[str] = (),
        confirmations: Confirmations | None = None,
        sandbox: bool = False,
        secret_key: bytes | None = None,
        **sdk_options: Any,  # e.g. the team mode's authorization server (auth, auth_server_provider)
    ) -> None:
        super().__init__(
            name="atlassian-people",
            title=f"Atlassian people {SANDBOX_MARK}" if sandbox else "Atlassian people",
            instructions=SANDBOX_INSTRUCTIONS + INSTRUCTIONS if sandbox else INSTRUCTIONS,
            version=__version__,
            **sdk_options,
        )
        self.sandbox = sandbox
        self.tool_defs = {tool.name: tool for tool in tools}
        self.access = access
        self.apis = apis
        self.secrets = tuple(secrets)
        self.confirmations = confirmations or Confirmations(Signer(secret_key))
        self.max_requests_per_call = MAX_REQUESTS_PER_CALL
        self._schemas: dict[str, dict[str, Any]] = {}
        self._validators: dict[str, Validator] = {}

    def _schema(self, tool: ToolDef) -> dict[str, Any]:
        """The tool's full input schema, built once, on its first call: normalizing and validating use it."""
        schema = self._schemas.get(tool.name)
        if schema is None:
            schema = self._schemas[tool.name] = tool.input_schema()
        return schema

    def _validator(self, tool: ToolDef) -> Validator:
        """The tool's argument validator, built on its first call: importing jsonschema takes ~30 ms of
        a cold start and tools/list needs none of it."""
        validator = self._validators.get(tool.name)
        if validator is None:
            import jsonschema

            validator = self._validators[tool.name] = jsonschema.Draft202012Validator(self._schema(tool))
        return validator

    # -- listing -----------------------------------------------------------------------------------

    def visible_tools(self) -> list[MCPTool]:
        listed = []
        for tool in self.tool_defs.values():
            actions = self.access.visible_actions(tool)
            if not actions:
                continue
            listed.append(
                MCPTool(
                    name=tool.name,
                    description=(
                        f"{SANDBOX_MARK} {tool.describe(actions)}" if self.sandbox else tool.describe(actions)
                    ),
                    input_schema=tool.input_schema(actions),
                    output_schema=OUTPUT_SCHEMA,
                    annotations=ToolAnnotations(**tool.annotations()),
                )
            )
        return listed

    async def list_tools(self) -> list[MCPTool]:
        return self.visible_tools()

    def tool_input_schema(self, name: str) -> dict[str, Any] | None:
        """The input schema a call of this tool is checked against: the one tools/list shows."""
        tool = self.tool_defs.get(name)
        return None if tool is None else tool.input_schema(self.access.visible_actions(tool))

    # The one override of a private SDK method, kept to this line. mcp 2.3.0's MCPServer gives its
    # low-level server `self._tool_input_schema` (no public hook) to look up a tool's input schema, e.g.
    # to check Mcp-Param headers on streamable HTTP; it reads the SDK's own tool manager, which holds none
    # of our tools. An SDK upgrade that renames it fails tests/mcp/test_sdk_seam.py, the one place to look.
    _tool_input_schema = tool_input_schema

    # -- calling -----------------------------------------------------------------------------------

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None
    ) -> CallToolResult | InputRequiredResult:
        try:
            return await self._answer(name, arguments, context)
        finally:
            # Free the call's cyclic garbage while it is young (each httpx Response holds its body in a
            # reference cycle): left to later calls' collections it is promoted to the old generation and
            # waits for a full collection, so a long read's memory would grow page by page. ~0.05 ms.
            gc.collect(1)

    async def _answer(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None
    ) -> CallToolResult | InputRequiredResult:
        try:
            result = await self._call(name, arguments or {}, context)
        except ToolFailure as failure:
            log.info("tool %s failed: %s", printable(name), printable(self._redact(str(failure))))
            return self._error(str(failure))
        except Exception:  # never let a bug take the server down or leak a traceback to the client
            log.exception("tool %s crashed", printable(name))
            return self._error(
                f"Internal error in {name}; nothing further is known here. The server log has details."
            )
        if result.input_required is not None:
            return result.input_required  # type: ignore[no-any-return]
        return CallToolResult(
            content=[TextContent(type="text", text=self._redact(result.text))],
            structured_content=self._redact_data(result.data),
        )

    async def _call(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None
    ) -> ToolResult:
        tool = self.tool_defs.get(name)
        if tool is None:
            listed = ", ".join(t.name for t in self.visible_tools())
            raise ToolFailure(f"Unknown tool {name!r}. Available tools: {listed}.")
        refusal = self.access.tool_refusal(tool)
        if refusal:
            raise ToolFailure(f"Refused: {refusal}")
        if len(tool.actions) == 1 and arguments.get("action") == tool.actions[0].name:
            arguments = {key: value for key, value in arguments.items() if key != "action"}
        arguments = args.normalize(arguments, self._schema(tool))
        action = args.chosen_action(tool, arguments)
        if action is not None:
            refusal = self.access.action_refusal(tool, action)
            if refusal:
                raise ToolFailure(f"Refused: {refusal}")
        problems = args.problems(tool, self._validator(tool), arguments)
        if problems:
            raise ToolFailure("Invalid arguments (fix all, then call again):\n- " + "\n- ".join(problems))
        unencodable = _unencodable(arguments)
        if unencodable:
            raise ToolFailure(
                f"Invalid arguments: {unencodable} contains an unpaired surrogate, which is not valid "
                "Unicode text; send the text as valid UTF-8."
            )
        assert action is not None  # the schema's enum admits only declared actions
        call = ToolCall(
            tool,
            action,
            arguments,
            self.apis,
            self.confirmations,
            context,
            secrets=self.secrets,
            max_requests=self.max_requests_per_call,
        )
        return await action.handler(call)

    def _redact(self, text: str) -> str:
        return redact(text, self.secrets)

    def _redact_data(self, data: Any) -> Any:
        return redact_data(data, self.secrets)

    def _error(self, message: str) -> CallToolResult:
        return CallToolResult(content=[TextContent(type="text", text=self._redact(message))], is_error=True)


def _unencodable(value: Any, where: str = "") -> str | None:
    """Where value holds text that cannot be encoded as UTF-8 (a lone surrogate, as JSON "\\ud800" decodes
    to), else None. Such text cannot be sent on to Atlassian in a URL, header or body."""
    if isinstance(value, str):
        return None if _encodable(value) else where or "an argument"
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        if isinstance(key, str) and not _encodable(key):
            return f"a property name in {where}" if where else "an argument name"
        found = _unencodable(item, f"{where}.{key}" if where else str(key))
        if found:
            return found
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
