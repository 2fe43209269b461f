"""Team mode: one server where each person signs in with their own Atlassian account (issue 15).

Opt-in (`--mode team` / `MCP_MODE=team`). The `team` extra declares what it imports: `cryptography` (which
the mcp SDK brings anyway) and `psycopg`, needed only for a PostgreSQL store. Nothing here is imported in
single-credential mode.
"""
