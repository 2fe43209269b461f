"""The one filter that decides what a client may see and call.

The same `refusal` answers both `tools/list` (a tool or action that is refused is absent) and
`tools/call` (a refused call gets the reason), so what is listed and what is callable never diverge.
"""

from __future__ import annotations

from dataclasses import dataclass

from .config import Settings
from .registry import Action, Effect, ToolDef


@dataclass(frozen=True)
class Access:
    settings: Settings
    granted_scopes: frozenset[str] | None  # None: unscoped credentials (a classic API token)

    def tool_refusal(self, tool: ToolDef) -> str | None:
        settings = self.settings
        if tool.name in settings.exclude_tools:
            return f"{tool.name} is excluded by the operator (--exclude-tools / MCP_EXCLUDE_TOOLS)."
        if settings.tools is not None and tool.name not in settings.tools:
            return f"{tool.name} is not in the operator's allow list (--tools / MCP_TOOLS)."
        if not settings.toolsets.intersection(tool.toolsets):
            return f"toolset {' / '.join(tool.toolsets)} is not enabled (--toolsets / MCP_TOOLSETS)."
        if settings.read_only and tool.effect is not Effect.READ:
            return f"the server is read-only (--read-only), and {tool.name} changes data."
        return None

    def action_refusal(self, tool: ToolDef, action: Action) -> str | None:
        refused = self.tool_refusal(tool)
        if refused:
            return refused
        toolset = tool.toolset_of(action)
        if toolset not in self.settings.toolsets:
            return f"{tool.name} action {action.name} is in toolset {toolset}, not enabled (--toolsets)."
        if self.granted_scopes is None:
            return None
        for requirement in action.requirements:
            missing = requirement.missing_scopes(self.granted_scopes)
            if missing:
                return (
                    f"{tool.name} action {action.name} needs OAuth scope(s) {missing} "
                    f"(for {requirement.operation_id}), which the token was not granted."
                )
        return None

    def visible_actions(self, tool: ToolDef) -> list[Action]:
        return [action for action in tool.actions if self.action_refusal(tool, action) is None]
