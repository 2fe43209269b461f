"""Bulk operation tasks: items applied in order as wall time passes, each exactly once.

A task is queued briefly (PENDING), then processes its items at a steady rate (IN_PROGRESS, with progress
growing) and completes (COMPLETED, with per-item failures). Nothing runs in the background: the store calls
`advance()` whenever it is touched, which applies the items due by then. Timing is short so tests and
benchmarks can watch a task progress without waiting long: 3 ms per item, at least 50 ms of running time,
after 20 ms in the queue (1,000 items take about 3 s).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...errors import ApiError

log = logging.getLogger("atlassian_people_sandbox.csm")

QUEUED_SECONDS = 0.02
SECONDS_PER_ITEM = 0.003
MIN_RUNNING_SECONDS = 0.05

# Applies one bulk item (to the store the task was started on); raises ApiError (usually CsmError, with a
# code) when the item fails.
ApplyItem = Callable[[dict[str, Any]], None]


@dataclass(frozen=True)
class TaskFailure:
    index: int
    identifier: str | None
    code: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "identifier": self.identifier,
            "code": self.code,
            "message": self.message,
        }


@dataclass
class Task:
    id: str
    operation_id: str
    items: list[dict[str, Any]]
    identify: Callable[[dict[str, Any]], str | None]
    apply: ApplyItem
    created_at: float
    processed: int = 0
    failures: list[TaskFailure] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.processed >= len(self.items)

    @property
    def running_seconds(self) -> float:
        return max(MIN_RUNNING_SECONDS, SECONDS_PER_ITEM * len(self.items))

    def due(self, now: float) -> int:
        """How many items should have been processed by `now`."""
        running = now - self.created_at - QUEUED_SECONDS
        if running <= 0:
            return 0
        return min(len(self.items), int(len(self.items) * running / self.running_seconds))

    def advance(self, counters: dict[str, int], now: float) -> None:
        """Apply the items due by `now`, counting them in the store's counters."""
        target = self.due(now)
        while self.processed < target:
            index = self.processed
            item = self.items[index]
            try:
                self.apply(item)
                counters["bulkItemsApplied"] += 1
            except ApiError as error:
                code = getattr(error, "code", None) or "INVALID_ITEM"
                self.failures.append(TaskFailure(index, self.identify(item), code, error.message))
                counters["bulkItemsFailed"] += 1
            except Exception:  # a bug in one item must not wedge the task (or every later request)
                log.exception("bulk item %d of task %s failed unexpectedly", index, self.id)
                self.failures.append(
                    TaskFailure(
                        index, self.identify(item), "INTERNAL_ERROR", "The item could not be processed."
                    )
                )
                counters["bulkItemsFailed"] += 1
            # Counted before anything else can observe the task, so no item is ever applied twice.
            self.processed += 1
            counters["bulkItemsProcessed"] += 1

    def status(self, now: float) -> str:
        if self.finished:
            return "COMPLETED"
        if self.processed == 0 and now - self.created_at < QUEUED_SECONDS:
            return "PENDING"
        return "IN_PROGRESS"

    def to_json(self, now: float) -> dict[str, Any]:
        total = len(self.items)
        body: dict[str, Any] = {
            "taskId": self.id,
            "status": self.status(now),
            "progress": 100 if not total else self.processed * 100 // total,
        }
        if self.finished:
            body["failures"] = [failure.to_json() for failure in self.failures]
        return body
