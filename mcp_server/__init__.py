"""atlassian-people-mcp: an MCP server for Atlassian people and organization APIs."""

__version__ = "0.1.0"
