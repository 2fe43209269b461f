"""A client library for accessing Jira Service Management Customer Service Management (CSM) API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
