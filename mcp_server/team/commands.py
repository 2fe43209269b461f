"""`atlassian-people-mcp team …`: the operator's commands for setting up a team server.

`team scopes` prints the Atlassian scopes to register for the app (from the enabled toolsets and read-only
mode, as the server will request them); `team new-key` prints a fresh key-ring entry for MCP_TEAM_KEYS;
`team audit` prints the audit log of writes and deletes (one JSON object a line).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping

from ..access import Access
from ..config import Settings
from ..settings_table import variable
from ..tools import all_tools
from .db import open_database
from .keyring import KeyRing, new_key_entry
from .scopes import ATLASSIAN_RECOMMENDED_MAX, atlassian_scopes
from .store import Store

USAGE = """usage: atlassian-people-mcp team {scopes,new-key,audit} [...]

  scopes   print the Atlassian OAuth scopes to register for your app in the developer console (for the
           toolsets and read-only mode the server flags and MCP_* variables choose)
  new-key  print a fresh key-ring entry (id:key) for MCP_TEAM_KEYS
  audit    print the audit log of the store in MCP_TEAM_STORE, oldest first, one JSON object a line
           (`team audit ACCOUNT_ID` for one person's)
"""


def team_command(
    argv: list[str], settings_from_flags: Callable[[list[str]], Settings], env: Mapping[str, str]
) -> int:
    if not argv or argv[0] not in ("scopes", "new-key", "audit"):
        print(USAGE, file=sys.stderr)
        return 2
    if argv[0] == "audit":
        return _audit(env, argv[1] if len(argv) > 1 else None)
    if argv[0] == "new-key":
        key_id = argv[1] if len(argv) > 1 else "k1"
        print(new_key_entry(key_id))
        return 0
    settings = settings_from_flags(argv[1:])
    scopes = atlassian_scopes(Access(settings, None), all_tools())
    print("\n".join(scopes))
    note = f"{len(scopes)} scopes"
    if len(scopes) > ATLASSIAN_RECOMMENDED_MAX:
        note += f", more than the {ATLASSIAN_RECOMMENDED_MAX} Atlassian recommends: enable fewer toolsets"
    print(
        f"# {note}. Register them under Permissions for the Jira API and Jira Service Management API, "
        "and the callback URL <MCP_PUBLIC_URL>/oauth/atlassian/callback under Authorization.",
        file=sys.stderr,
    )
    return 0


def _audit(env: Mapping[str, str], account_id: str | None) -> int:
    db = open_database(env.get(variable("team_store")) or Settings.team_store, existing=True)
    try:
        db.migrate()
        # The audit log is not sealed: reading it needs no token key, so an auditor is given none.
        store = Store(db, KeyRing.parse("audit", new_key_entry("audit-only")))
        for entry in store.audit_log(account_id):
            print(json.dumps(entry.__dict__, sort_keys=True))
    finally:
        db.close()
    return 0
