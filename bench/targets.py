"""The targets (issue 13), each a ratio to a floor that some code reaches, measured in the same run.

Absolute milliseconds move with the machine and its load; the ratio of two things measured side by side,
interleaved, moves much less, so only ratios can gate a change (`python -m bench --check`).
"""

from __future__ import annotations

# Start to the first tools/list over stdio, vs a one-tool server on the same SDK (bench/minimal_server.py).
COLD_START = 1.10
COLD_START_SANDBOX = 1.30
# One read call through the tool vs the generated client making the same request directly.
READ_CALL_IN_MEMORY = 1.20
READ_CALL_STDIO = 1.50
# Reading every stakeholder at injected latency vs the plain httpx + json reader of the same pages.
READ_ALL = 1.10
# Creating stakeholders vs the generated client sending the same bulk requests.
CREATE = 1.05
# Bulk upsert vs the task-aware floor: request latency plus the sandbox's own task time.
BULK_UPSERT = 1.15
# Peak traced memory added by reading 10× the records, vs what the generated client adds.
MEMORY_GROWTH = 1.10
# What a read leaves allocated may not grow with the records read (a leak), beyond this slack.
RETAINED_SLACK_BYTES = 64 * 1024
# tools/list with every toolset on, as an MCP client receives it.
TOOLS_LIST_BYTES = 32_000
TOOLS_LIST_MAX_SHARE_OF_GENERATED = 1 / 5
