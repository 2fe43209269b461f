"""What the generated `call`/`acall` forms use to turn an HTTP exchange into a result or an exception."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import httpx

from .errors import error_for, transport_failure, unreadable_success

T = TypeVar("T")

# What parsing a body that does not match the spec raises in the generated models (JSONDecodeError is a
# ValueError): caught so that the status and headers are not lost behind a parsing error.
UNPARSEABLE = (ValueError, KeyError, TypeError, AttributeError)


@contextmanager
def sending(operation: str) -> Iterator[None]:
    """Turn httpx transport failures into ApiConnectionError or OutcomeUnknownError."""
    try:
        yield
    except httpx.TransportError as exc:
        raise transport_failure(operation, exc) from exc


def result_or_raise(operation: str, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    """The parsed success body, or the exception for any other answer."""
    if not 200 <= response.status_code < 300:
        raise error_for(operation, response)
    try:
        return parse(response)
    except UNPARSEABLE as exc:
        raise unreadable_success(operation, response) from exc
