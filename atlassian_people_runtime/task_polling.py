"""When to ask about a running CSM bulk task next: from the progress it reports, not a fixed back-off.

    schedule = TaskSchedule()                  # right after the bulk request was accepted
    while True:
        task = get_task.call(task_id, client=client)
        if task.status in (TaskStatus.COMPLETED, TaskStatus.FAILED):
            break
        time.sleep(schedule.after_poll(task.progress))

A task reports `progress`, the percentage of its items done. Once it has reported two different
percentages, its pace predicts when it ends, and the next poll is timed to arrive just after that: a task
that keeps its pace is asked once more, when it has finished, instead of being overshot by a back-off
that has grown meanwhile. With one percentage so far, the pace since the request was accepted is no
guide (the task may have started before the answer arrived, or sat queued): the next poll measures the
pace again after the growing wait below, at most halfway to the end that pace predicts. Until the task
reports any progress (queued, or a server that reports none) the wait grows from `first_interval_s` by
half each poll. Every wait stays within `min_interval_s` and `max_interval_s`; after a failed poll the
wait doubles, or is what the server's Retry-After asked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

GROWTH = 1.5  # of the wait between polls while the task reports no progress


def monotonic() -> float:
    """time.monotonic, looked up at each call (tests replace the process clock)."""
    return time.monotonic()


@dataclass
class TaskSchedule:
    """The waits between the polls of one task (create it when the task was accepted)."""

    first_interval_s: float = 0.05
    max_interval_s: float = 5.0
    min_interval_s: float = 0.01
    # How long after the predicted end the next poll should reach the server: covers the pace wobbling
    # and the reported percentage being rounded down.
    margin_s: float = 0.01
    clock: Callable[[], float] = monotonic
    accepted_at: float = field(init=False)
    _interval: float = field(init=False)
    _next_sent_at: float = field(init=False)
    _first: tuple[float, float] | None = field(init=False, default=None)  # first (time, percent) > 0

    def __post_init__(self) -> None:
        self.accepted_at = self.clock()
        self._interval = self.first_interval_s
        self._next_sent_at = self.accepted_at

    def after_poll(self, progress: int | float | None) -> float:
        """Seconds to wait before the next poll, given the `progress` (percent, None if not reported)
        of the poll that was just answered."""
        now = self.clock()
        # The task was measured between sending the poll and receiving its answer: take the midpoint.
        measured_at = (min(self._next_sent_at, now) + now) / 2
        percent = min(100.0, max(0.0, float(progress))) if progress is not None else 0.0
        ends_at = self._predicted_end(measured_at, percent)
        if ends_at is None:
            wait = self._interval
            self._interval = min(self._interval * GROWTH, self.max_interval_s)
        elif self._first is not None and self._first[1] < percent:
            wait = ends_at + self.margin_s - now
        else:  # one percentage so far: measure the pace again soon, at most halfway to the predicted end
            wait = min(self._interval, (ends_at - now) / 2)
            self._interval = min(self._interval * GROWTH, self.max_interval_s)
        return self._plan(now, wait)

    def after_failure(self, retry_after: float | None = None) -> float:
        """Seconds to wait before polling again after a poll failed: what the server's Retry-After asked,
        else a wait that doubles with each failure."""
        now = self.clock()
        if retry_after is not None:
            self._next_sent_at = now + max(0.0, retry_after)
            return max(0.0, retry_after)
        self._interval = min(self._interval * 2, self.max_interval_s)
        return self._plan(now, self._interval)

    def _predicted_end(self, measured_at: float, percent: float) -> float | None:
        if percent <= 0:
            return None
        if self._first is None:
            self._first = (measured_at, percent)
        first_at, first_percent = self._first
        if first_percent < percent and measured_at > first_at:
            pace = (percent - first_percent) / (measured_at - first_at)
        elif measured_at > self.accepted_at:
            pace = percent / (measured_at - self.accepted_at)
        else:
            return None
        return measured_at + (100.0 - percent) / pace

    def _plan(self, now: float, wait: float) -> float:
        wait = min(max(wait, self.min_interval_s), self.max_interval_s)
        self._next_sent_at = now + wait
        return wait
