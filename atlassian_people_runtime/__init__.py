"""What the three generated Atlassian people clients share (`jsm_ops_client`, `csm_client`,
`jira_groups_client`): one exception family, the retry transports and the `Unset` marker.

Every generated operation module has `call()` / `acall()`, which return only the success type and raise an
`AtlassianError` subclass; `sync()` / `sync_detailed()` / `asyncio()` / `asyncio_detailed()` are unchanged.

Modules: `errors` (the exceptions), `transport` (retries), `paging` (what each client's `paging` iterators
use), `task_polling` (when to ask about a bulk task next, from its reported progress), and, importing the
generated clients themselves, `sites` (`connect()`, `discover_cloud_id()`) and
`bulk` (`run_bulk()`, `wait_for_task()`).
"""

from .errors import (
    ApiConnectionError,
    ApiError,
    AtlassianError,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from .transport import AsyncRetryingTransport, RetryingTransport, RetryPolicy, is_retry_safe
from .types import UNSET, Unset

__all__ = [
    "UNSET",
    "ApiConnectionError",
    "ApiError",
    "AsyncRetryingTransport",
    "AtlassianError",
    "AuthenticationError",
    "ConflictError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "RetryingTransport",
    "ServerError",
    "UnexpectedResponseError",
    "Unset",
    "ValidationError",
    "is_retry_safe",
]
