"""A client library for accessing Jira Cloud platform REST API v3 - Groups"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
