"""CSM bulk jobs: submit in batches, follow each task to the end, report item failures by position.

    from csm_client.api.organizations import bulk_manage_organizations
    from csm_client.models import BulkManageOrganizationsRequest

    result = run_bulk(
        bulk_manage_organizations.call,
        items,                                   # e.g. list[BulkOrganizationItem]
        lambda batch: BulkManageOrganizationsRequest(organizations=batch),
        client=client,
        batch_size=50,
    )
    for failure in result.failures:              # failure.position indexes `items`
        ...

Each batch gets one Idempotency-Key, reused for every retry of that batch: a batch whose answer was lost
(a 504, a dropped connection) is sent again with the same key and replayed, never applied twice. Pass
`run_key` (any string stable for this job) to make the keys survive a restart of your program too.

Hooks for callers with their own conventions (the MCP server uses all three): `key_for(number, count)`
names batch `number` of `count`'s key (default `{run_key}-{number}`); `follow(task_id, start, batch)`
follows an accepted task instead of wait_for_task()/await_task() (e.g. to report progress) and returns its
last state; `result` collects into a BulkResult the caller holds, so what the finished batches did is
known when a later batch raises.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from csm_client.api.tasks import get_task
from csm_client.models import BulkOperationResponse, Task, TaskStatus

from .errors import ApiConnectionError, AtlassianError, RateLimitError, ServerError
from .task_polling import TaskSchedule

T = TypeVar("T")
Body = TypeVar("Body")

FINISHED = frozenset({TaskStatus.COMPLETED, TaskStatus.FAILED})
# Failures after which asking again is safe and may succeed (a poll is a read; a batch carries its key).
TRANSIENT: tuple[type[AtlassianError], ...] = (RateLimitError, ServerError, ApiConnectionError)


class TaskTimeoutError(AtlassianError):
    """The task did not finish in time; it may still finish: check it later with getTask(`task_id`)."""

    def __init__(self, task: Task) -> None:
        super().__init__(
            f"Task {task.task_id} is still {task.status} after the wait; check it later with getTask.",
            operation="getTask",
        )
        self.task = task


@dataclass(frozen=True)
class Polling:
    timeout_s: float = 300.0
    first_interval_s: float = 0.25  # then waits follow the task's reported progress (task_polling)
    max_interval_s: float = 5.0
    attempts: int = 4  # tries per batch submission (transient failures only, same Idempotency-Key)

    def schedule(self) -> TaskSchedule:
        """The waits between the polls of one task, following its reported progress (task_polling)."""
        return TaskSchedule(first_interval_s=self.first_interval_s, max_interval_s=self.max_interval_s)


def _retry_after(error: AtlassianError) -> float | None:
    return error.retry_after if isinstance(error, RateLimitError) else None


def _pause(error: AtlassianError, interval: float) -> float:
    retry_after = _retry_after(error)
    return interval if retry_after is None else retry_after


def _progress(task: Task) -> int | None:
    return task.progress if isinstance(task.progress, int) else None


def wait_for_task(client: Any, task_id: str, *, polling: Polling | None = None) -> Task:
    """Poll getTask until the task is COMPLETED or FAILED (transient errors are polled through).

    Raises TaskTimeoutError if it is still running after `polling.timeout_s`.
    """
    polling = polling or Polling()
    ends = time.monotonic() + polling.timeout_s
    schedule = polling.schedule()
    while True:
        try:
            task = get_task.call(task_id, client=client)
        except TRANSIENT as error:
            if time.monotonic() >= ends:
                raise
            time.sleep(schedule.after_failure(_retry_after(error)))
            continue
        if task.status in FINISHED:
            return task
        if time.monotonic() >= ends:
            raise TaskTimeoutError(task)
        time.sleep(min(schedule.after_poll(_progress(task)), max(0.0, ends - time.monotonic())))


async def await_task(client: Any, task_id: str, *, polling: Polling | None = None) -> Task:
    """The async form of wait_for_task()."""
    polling = polling or Polling()
    ends = time.monotonic() + polling.timeout_s
    schedule = polling.schedule()
    while True:
        try:
            task = await get_task.acall(task_id, client=client)
        except TRANSIENT as error:
            if time.monotonic() >= ends:
                raise
            await asyncio.sleep(schedule.after_failure(_retry_after(error)))
            continue
        if task.status in FINISHED:
            return task
        if time.monotonic() >= ends:
            raise TaskTimeoutError(task)
        await asyncio.sleep(min(schedule.after_poll(_progress(task)), max(0.0, ends - time.monotonic())))


@dataclass(frozen=True)
class ItemFailure(Generic[T]):
    position: int  # index of the item in the list given to run_bulk
    item: T
    code: str | None
    message: str | None


@dataclass
class BulkResult(Generic[T]):
    tasks: list[Task] = field(default_factory=list)
    failures: list[ItemFailure[T]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _record(result: BulkResult[T], task: Task, batch: Sequence[T], start: int) -> None:
    result.tasks.append(task)
    failures = task.failures if isinstance(task.failures, list) else []
    if task.status == TaskStatus.FAILED and not failures:
        for offset, item in enumerate(batch):
            result.failures.append(ItemFailure(start + offset, item, "TASK_FAILED", "the task failed"))
        return
    for failure in failures:
        index = failure.index if isinstance(failure.index, int) else None
        if index is None or not 0 <= index < len(batch):
            continue
        code, message = _text(failure.code), _text(failure.message)
        result.failures.append(ItemFailure(start + index, batch[index], code, message))


def _batches(items: Sequence[T], size: int) -> list[tuple[int, Sequence[T]]]:
    if size < 1:
        raise ValueError("batch_size must be at least 1")
    return [(start, items[start : start + size]) for start in range(0, len(items), size)]


def _keys(run_key: str | None) -> Callable[[int, int], str]:
    """The default Idempotency-Key of batch `number`: one run key plus the batch number."""
    run = run_key or uuid.uuid4().hex
    return lambda number, count: f"{run}-{number}"


def run_bulk(
    submit: Callable[..., BulkOperationResponse],
    items: Sequence[T],
    make_body: Callable[[list[T]], Body],
    *,
    client: Any,
    batch_size: int = 50,
    run_key: str | None = None,
    polling: Polling | None = None,
    key_for: Callable[[int, int], str] | None = None,
    follow: Callable[[str, int, Sequence[T]], Task] | None = None,
    result: BulkResult[T] | None = None,
) -> BulkResult[T]:
    """Submit `items` in batches with `submit` (a generated bulk `call`), wait for each task, and report
    every failed item by its position in `items` (hooks: see the module docstring)."""
    polling = polling or Polling()
    keys = key_for or _keys(run_key)
    result = BulkResult() if result is None else result
    batches = _batches(items, batch_size)
    for number, (start, batch) in enumerate(batches):
        key = keys(number, len(batches))
        for attempt in range(1, polling.attempts + 1):
            try:
                accepted = submit(client=client, body=make_body(list(batch)), idempotency_key=key)
                break
            except TRANSIENT as error:
                if attempt == polling.attempts:
                    raise
                time.sleep(_pause(error, polling.first_interval_s * 2**attempt))
        task_id = str(accepted.task_id)
        task = follow(task_id, start, batch) if follow else wait_for_task(client, task_id, polling=polling)
        _record(result, task, batch, start)
    return result


async def arun_bulk(
    submit: Callable[..., Awaitable[BulkOperationResponse]],
    items: Sequence[T],
    make_body: Callable[[list[T]], Body],
    *,
    client: Any,
    batch_size: int = 50,
    run_key: str | None = None,
    polling: Polling | None = None,
    key_for: Callable[[int, int], str] | None = None,
    follow: Callable[[str, int, Sequence[T]], Awaitable[Task]] | None = None,
    result: BulkResult[T] | None = None,
) -> BulkResult[T]:
    """The async form of run_bulk() (`submit` is a generated bulk `acall`)."""
    polling = polling or Polling()
    keys = key_for or _keys(run_key)
    result = BulkResult() if result is None else result
    batches = _batches(items, batch_size)
    for number, (start, batch) in enumerate(batches):
        key = keys(number, len(batches))
        for attempt in range(1, polling.attempts + 1):
            try:
                accepted = await submit(client=client, body=make_body(list(batch)), idempotency_key=key)
                break
            except TRANSIENT as error:
                if attempt == polling.attempts:
                    raise
                await asyncio.sleep(_pause(error, polling.first_interval_s * 2**attempt))
        task_id = str(accepted.task_id)
        if follow:
            task = await follow(task_id, start, batch)
        else:
            task = await await_task(client, task_id, polling=polling)
        _record(result, task, batch, start)
    return result
