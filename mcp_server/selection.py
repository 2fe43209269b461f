"""Start-up checks of what the operator selected: tool names, the tools left over, the scopes named.

A selection that leaves no tool would start a server a client sees as broken ("no tools"), with the
reason only in a setting; refusing at start names the reason where the operator looks.
"""

from __future__ import annotations

from collections.abc import Iterable

from atlassian_specs.operations import every_scope

from .access import Access
from .config_error import ConfigError
from .env_names import did_you_mean
from .registry import ToolDef


def check_tool_selection(tools: Iterable[ToolDef], access: Access) -> None:
    """Raise ConfigError when --tools/--exclude-tools name unknown tools, contradict each other, or
    leave (with --toolsets, --read-only and the token's scopes) no tool to list."""
    tools = list(tools)
    settings = access.settings
    names = sorted(tool.name for tool in tools)
    allowed = settings.tools or frozenset()
    unknown = sorted((allowed | settings.exclude_tools) - set(names))
    if unknown:
        hints = "; ".join(f"{name}{did_you_mean(name, names) or ' (no similar tool)'}" for name in unknown)
        raise ConfigError(f"unknown tool name(s): {hints}; tools are: {', '.join(names)}.")
    both = sorted(allowed & settings.exclude_tools)
    if both:
        raise ConfigError(
            f"{', '.join(both)} {'is' if len(both) == 1 else 'are'} both allowed (--tools) and excluded "
            "(--exclude-tools); name each tool in one list only."
        )
    if any(access.visible_actions(tool) for tool in tools):
        return
    reasons = sorted({_why_hidden(tool, access) for tool in tools if _selected(tool, access)})
    raise ConfigError(
        "these settings leave no tool to serve: "
        + ("; ".join(reasons) if reasons else "no tool is in the allow list and the enabled toolsets")
        + "; change --tools, --exclude-tools, --toolsets or --read-only."
    )


def _selected(tool: ToolDef, access: Access) -> bool:
    settings = access.settings
    return tool.name not in settings.exclude_tools and (settings.tools is None or tool.name in settings.tools)


def _why_hidden(tool: ToolDef, access: Access) -> str:
    refusal = access.tool_refusal(tool)
    if refusal:
        return refusal.rstrip(".")
    for action in tool.actions:
        refusal = access.action_refusal(tool, action)
        if refusal:
            return refusal.rstrip(".")
    return f"{tool.name} has no action these settings allow"


def unknown_scope_notices(scopes: Iterable[str]) -> list[str]:
    """One line per scope in ATLASSIAN_SCOPES that no operation in the specs knows, with the closest."""
    known = every_scope()
    return [
        f"ATLASSIAN_SCOPES names {scope!r}, which no operation here uses{did_you_mean(scope, known)}; "
        "tools needing the intended scope stay hidden."
        for scope in sorted(set(scopes) - known)
    ]
