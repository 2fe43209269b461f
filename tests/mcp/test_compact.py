"""Results stay compact: on the fixed scenario set (scenarios.py), structured content is at most 1.5x the
text and the whole is at most half of what it was before compaction."""

from __future__ import annotations

import json

import pytest
from mcp import Client
from mcp_support import ok
from scenarios import SCENARIOS, weigh_scenarios

pytestmark = pytest.mark.anyio

# Measured on this scenario set before the compaction (commit "tests/mcp/scenarios.py: a fixed scenario
# set …"): text 16,394 bytes, structured content 62,875 bytes (3.84x the text).
BASELINE_TEXT = 16_394
BASELINE_STRUCTURED = 62_875


async def test_results_are_half_the_size_and_structured_content_at_most_one_and_a_half_the_text(
    client: Client,
) -> None:
    weight, failed = await weigh_scenarios(client)
    assert failed == []
    assert weight.structured <= 1.5 * weight.text, weight
    assert weight.total <= (BASELINE_TEXT + BASELINE_STRUCTURED) / 2, weight


async def test_no_field_an_assistant_never_needs_and_no_record_twice(client: Client) -> None:
    for tool, arguments in SCENARIOS:
        data = await ok(client, tool, arguments)
        dumped = json.dumps(data)
        for needless in ('"ari"', '"avatarUrls"', '"self"', "null"):
            assert needless not in dumped, (tool, arguments, needless)
        assert not ("item" in data and "items" in data and data["item"] in data["items"]), (tool, arguments)
    assert len(SCENARIOS) == 21
