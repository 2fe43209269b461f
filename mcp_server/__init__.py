"""atlassian-people-mcp: an MCP server for Atlassian people and organization APIs."""

# The one place the version is written: both distributions (pyproject.toml, clients/pyproject.toml) read it.
__version__ = "0.1.0"
