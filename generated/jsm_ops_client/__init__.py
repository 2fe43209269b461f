"""A client library for accessing Jira Service Management ops API: stakeholders and contacts"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
