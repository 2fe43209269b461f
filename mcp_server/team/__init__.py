"""Team mode: one server where each person signs in with their own Atlassian account (issue 15).

Opt-in (`--mode team` / `MCP_MODE=team`); needs the `team` extra (`cryptography`, and `psycopg` for a
PostgreSQL store). Nothing here is imported in single-credential mode.
"""
