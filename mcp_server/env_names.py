"""The environment variables this server reads, and what a misspelled or borrowed one was meant to be.

A variable the server does not read is the most likely reason credentials seem "missing"; naming the
intended variable turns a silent fallback into a one-line fix.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

from .settings_table import variables

ATLASSIAN_VARIABLES = variables("ATLASSIAN_")  # from the settings table

# Names other Atlassian tools use (mcp-atlassian, Jira CLIs, common guesses), mapped to ours.
BORROWED_NAMES = {
    "JIRA_URL": "ATLASSIAN_SITE_URL",
    "JIRA_BASE_URL": "ATLASSIAN_SITE_URL",
    "JIRA_SITE": "ATLASSIAN_SITE_URL",
    "JIRA_USERNAME": "ATLASSIAN_EMAIL",
    "JIRA_USER": "ATLASSIAN_EMAIL",
    "JIRA_EMAIL": "ATLASSIAN_EMAIL",
    "JIRA_API_TOKEN": "ATLASSIAN_API_TOKEN",
    "JIRA_TOKEN": "ATLASSIAN_API_TOKEN",
    "JIRA_PERSONAL_TOKEN": "ATLASSIAN_API_TOKEN",
    "JIRA_CLOUD_ID": "ATLASSIAN_CLOUD_ID",
    "ATLASSIAN_OAUTH_ACCESS_TOKEN": "ATLASSIAN_OAUTH_TOKEN",
    "ATLASSIAN_ACCESS_TOKEN": "ATLASSIAN_OAUTH_TOKEN",
    "ATLASSIAN_OAUTH_CLOUD_ID": "ATLASSIAN_CLOUD_ID",
    "ATLASSIAN_TOKEN": "ATLASSIAN_API_TOKEN",
    "ATLASSIAN_USERNAME": "ATLASSIAN_EMAIL",
    "ATLASSIAN_USER": "ATLASSIAN_EMAIL",
    "ATLASSIAN_URL": "ATLASSIAN_SITE_URL",
    "ATLASSIAN_BASE_URL": "ATLASSIAN_SITE_URL",
    "ATLASSIAN_SITE": "ATLASSIAN_SITE_URL",
}


# The server's own MCP_* settings, and other MCP servers' names for the safety ones among them.
MCP_VARIABLES = variables("MCP_")
BORROWED_SETTINGS = {
    "READ_ONLY_MODE": "MCP_READ_ONLY",
    "ENABLED_TOOLS": "MCP_TOOLS",
}


def closest(name: str, known: Iterable[str], cutoff: float = 0.5) -> str | None:
    """The known name most like name (case-insensitive), or None when nothing is close."""
    by_lower = {candidate.lower(): candidate for candidate in known}
    found = difflib.get_close_matches(name.lower(), list(by_lower), n=1, cutoff=cutoff)
    return by_lower[found[0]] if found else None


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """ " (did you mean X?)" for the closest known name, or "" when none is close."""
    match = closest(name, known)
    return f" (did you mean {match}?)" if match else ""


def misspelled_prefix(name: str) -> bool:
    """Whether name starts with a misspelling of ATLASSIAN_ (ATLASSAIN_, ATLASIAN_, ALTASSIAN_), and not with
    another product's name (MongoDB's ATLAS_ is far from it)."""
    prefix, underscore, rest = name.upper().partition("_")
    similarity = difflib.SequenceMatcher(None, prefix, "ATLASSIAN").ratio()
    return bool(underscore and rest) and prefix != "ATLASSIAN" and similarity >= 0.85


def intended_variable(name: str) -> str | None:
    """The variable of ours that name was most likely meant to be."""
    upper = name.upper()
    if misspelled_prefix(upper):
        upper = "ATLASSIAN_" + upper.partition("_")[2]
    if upper in ATLASSIAN_VARIABLES:
        return upper
    return BORROWED_NAMES.get(upper) or closest(upper, ATLASSIAN_VARIABLES, cutoff=0.6)


def set_names(env: Mapping[str, str]) -> set[str]:
    """Names with a non-blank value (a blank one, as in a template, counts as unset)."""
    return {name for name, value in env.items() if value and value.strip()}


def unknown_atlassian_variables(env: Mapping[str, str]) -> list[str]:
    """ATLASSIAN_* variables set in env that this server does not read, and ones whose ATLASSIAN_ prefix is
    misspelled (left unnamed, ATLASSAIN_API_TOKEN alone would start the sandbox instead of your site)."""
    return sorted(
        name
        for name in set_names(env)
        if (name.upper().startswith("ATLASSIAN_") and name not in ATLASSIAN_VARIABLES)
        or misspelled_prefix(name)
    )


def borrowed_variables(env: Mapping[str, str]) -> list[str]:
    """Other tools' names for our settings (JIRA_API_TOKEN...) set in env."""
    return sorted(name for name in set_names(env) if name in BORROWED_NAMES)


def explain_unread(names: Iterable[str]) -> str:
    """ "X is not read by this server (use Y)" for each name, joined in one line."""
    parts = []
    for name in names:
        intended = intended_variable(name)
        parts.append(f"{name} is not read by this server" + (f"; use {intended}" if intended else ""))
    return "; ".join(parts)


def misspelled_settings(env: Mapping[str, str]) -> list[tuple[str, str]]:
    """(name, ours) for variables set in env that are a near miss of one of our MCP_* settings, or another
    MCP server's name for one of them. Other programs' MCP_* variables (a client's MCP_TIMEOUT) are not
    near misses and are left alone; a misspelled safety setting must never be silently ignored."""
    found = []
    for name in sorted(set_names(env)):
        if name in MCP_VARIABLES:
            continue
        intended = BORROWED_SETTINGS.get(name.upper())
        if intended is None and name.upper().startswith("MCP_"):
            intended = closest(name, MCP_VARIABLES, cutoff=0.85)
        if intended:
            found.append((name, intended))
    return found
