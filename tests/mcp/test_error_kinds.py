"""Atlassian's answers become failure classes (as httpx's exceptions do), so handlers branch on the kind;
the text a client sees is unchanged."""

from __future__ import annotations

import pytest

from mcp_server.errors import (
    AuthenticationFailed,
    Conflict,
    Forbidden,
    NotFound,
    OutcomeUnknown,
    RateLimited,
    Rejected,
    ToolFailure,
    Unavailable,
    from_status,
)
from mcp_server.outcomes import unknown_outcome
from mcp_server.permissions import requirement

BODY = b'{"message": "nope"}'


@pytest.mark.parametrize(
    ("status", "kind", "said"),
    [
        (401, AuthenticationFailed, "rejected the credentials"),
        (403, Forbidden, "Forbidden: getCustomer needs"),
        (404, NotFound, "Not found (getCustomer): nope. Check the identifier."),
        (409, Conflict, "Conflict (getCustomer): nope."),
        (400, Rejected, "rejected the request (getCustomer, 400)"),
        (422, Rejected, "rejected the request (getCustomer, 422)"),
        (429, RateLimited, "Rate limited by Atlassian (getCustomer); retry after 7 s."),
        (503, Unavailable, "Atlassian is unavailable (getCustomer: HTTP 503)"),
    ],
)
def test_each_status_has_its_failure_class(status: int, kind: type[ToolFailure], said: str) -> None:
    failure = from_status(status, BODY, {"retry-after": "7"}, requirement("getCustomer"), "basic auth")
    assert type(failure) is kind and failure.status == status
    assert said in str(failure)


def test_rate_limited_carries_retry_after_and_other_statuses_stay_plain() -> None:
    limited = from_status(429, BODY, {"retry-after": "7"}, requirement("getCustomer"), "basic auth")
    assert isinstance(limited, RateLimited) and limited.retry_after == "7"
    odd = from_status(418, BODY, {}, requirement("getCustomer"), "basic auth")
    assert type(odd) is ToolFailure and odd.status == 418


def test_rate_limited_names_atlassians_reason_and_a_shared_quota() -> None:
    headers = {"retry-after": "30", "ratelimit-reason": "jira-quota-global-based"}
    quota = from_status(429, BODY, headers, requirement("getCustomer"), "basic auth")
    assert str(quota).endswith(
        "retry after 30 s. Atlassian's reason: jira-quota-global-based (the app's shared quota: other "
        "people's calls count too)."
    )
    burst = from_status(429, BODY, {"ratelimit-reason": "jira-burst-based"}, requirement("getCustomer"), "x")
    assert str(burst).endswith("retry later. Atlassian's reason: jira-burst-based.")


def test_a_not_found_raised_by_a_handler_has_the_404_status() -> None:
    assert NotFound("no contact matches 'x'").status == 404
    assert isinstance(unknown_outcome("timed out", "x_read", None), OutcomeUnknown)
