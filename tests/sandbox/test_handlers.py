"""The sandbox's handler tables, listed in atlassian_people_sandbox.handlers: one handler per operation."""

from __future__ import annotations

import pytest

from atlassian_people_sandbox.handlers import all_handlers
from atlassian_people_sandbox.registry import HandlerTable, Reply, SandboxRequest, combined
from atlassian_specs.operations import operations


def test_every_operation_in_the_specs_has_exactly_one_handler() -> None:
    assert sorted(all_handlers()) == sorted(operations())


def _answer(request: SandboxRequest) -> Reply:
    return 200, None


def test_a_second_handler_for_an_operation_is_refused() -> None:
    first, second = HandlerTable(), HandlerTable()
    first.add("listStakeholders", _answer)
    with pytest.raises(RuntimeError, match="two sandbox handlers for listStakeholders"):
        first.add("listStakeholders", _answer)
    second.add("listStakeholders", _answer)
    with pytest.raises(RuntimeError, match="two sandbox handlers for listStakeholders"):
        combined((first, second))
