"""Narrowing the generated models' optional fields in tests: a missing value fails the test by name."""

from __future__ import annotations

from typing import TypeVar

from atlassian_people_runtime.types import Unset

T = TypeVar("T")


def present(value: T | Unset) -> T:
    """The value of an optional model field, failing the test if the field was left unset."""
    assert not isinstance(value, Unset), "field missing from the parsed response"
    return value


def known(value: T | None) -> T:
    """A lookup's result, failing the test when there was none."""
    assert value is not None, "expected a value, found none"
    return value
