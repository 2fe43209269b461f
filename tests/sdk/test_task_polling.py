"""wait_for_task polls on a schedule that follows the task's reported progress (task_polling).

A simulated CSM task on a simulated clock: the answers to getTask come from an httpx MockTransport, and
`time.sleep` / `time.monotonic` are the simulated clock's, so each poll's time is exact and repeatable.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import csm_client
import httpx
import pytest
from csm_client.models import TaskStatus

from atlassian_people_runtime import bulk
from atlassian_people_runtime.task_polling import TaskSchedule

LATENCY_S = 0.02  # per request, half on the way there, half back
QUEUED_S = 0.02
RUNNING_S = 0.30  # 100 items at 3 ms each, as the sandbox runs them
ENDS_AT = QUEUED_S + RUNNING_S
SERVER_POLLING = bulk.Polling(timeout_s=60.0, first_interval_s=0.05, max_interval_s=2.0)


@dataclass
class SimulatedTask:
    now: float = 0.0  # the task was accepted at 0
    polled_at: list[float] = field(default_factory=list)  # when the server measured the task
    reports_progress: bool = True
    rate_limited_polls: int = 0

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.now += seconds

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.now += LATENCY_S / 2
        if self.rate_limited_polls:
            self.rate_limited_polls -= 1
            self.now += LATENCY_S / 2
            return httpx.Response(429, headers={"Retry-After": "1"}, json={"errorMessage": "slow down"})
        self.polled_at.append(self.now)
        done = min(1.0, max(0.0, (self.now - QUEUED_S) / RUNNING_S))
        body: dict[str, object] = {"taskId": "t1", "status": "COMPLETED" if done >= 1 else "IN_PROGRESS"}
        if self.reports_progress:
            body["progress"] = int(done * 100)
        if done >= 1:
            body["failures"] = []
        self.now += LATENCY_S / 2
        return httpx.Response(200, json=body)


@pytest.fixture
def task(monkeypatch: pytest.MonkeyPatch) -> SimulatedTask:
    simulated = SimulatedTask()
    monkeypatch.setattr(time, "sleep", simulated.sleep)
    monkeypatch.setattr(time, "monotonic", lambda: simulated.now)
    return simulated


def client_for(task: SimulatedTask) -> csm_client.Client:
    client = csm_client.Client(base_url="http://127.0.0.1:9")
    client.set_httpx_client(
        httpx.Client(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(task.answer))
    )
    return client


def test_polls_follow_the_reported_progress_to_just_after_the_end(task: SimulatedTask) -> None:
    finished = bulk.wait_for_task(client_for(task), "t1", polling=SERVER_POLLING)
    assert finished.status == TaskStatus.COMPLETED
    # At once (queued), then: the fixed back-off (50 ms, x1.5) asked 5 times, the last reaching the
    # server 176 ms after the end; the progress schedule asks 4 times, the last just after the end.
    assert len(task.polled_at) == 4, task.polled_at
    assert ENDS_AT <= task.polled_at[-1] <= ENDS_AT + 0.03, task.polled_at


def test_without_reported_progress_the_wait_grows_and_stays_capped(task: SimulatedTask) -> None:
    task.reports_progress = False
    polling = bulk.Polling(timeout_s=60.0, first_interval_s=0.05, max_interval_s=0.1)
    bulk.wait_for_task(client_for(task), "t1", polling=polling)
    gaps = [round(b - a, 4) for a, b in zip(task.polled_at, task.polled_at[1:], strict=False)]
    assert gaps[:2] == pytest.approx([0.05 + LATENCY_S, 0.075 + LATENCY_S])
    assert max(gaps) == pytest.approx(0.1 + LATENCY_S)


def test_a_rate_limited_poll_waits_the_retry_after_then_follows_progress(task: SimulatedTask) -> None:
    task.rate_limited_polls = 1
    finished = bulk.wait_for_task(client_for(task), "t1", polling=SERVER_POLLING)
    assert finished.status == TaskStatus.COMPLETED
    # Asked at 50 ms, told to wait 1 s: the task has ended by the next poll.
    assert len(task.polled_at) == 1 and task.polled_at[0] >= 1.0


def test_the_schedule_never_waits_past_its_bounds() -> None:
    now = [0.0]
    schedule = TaskSchedule(first_interval_s=0.05, max_interval_s=0.5, clock=lambda: now[0])
    now[0] = 0.06
    assert schedule.after_poll(1) == 0.5  # 1 % in 60 ms predicts 6 s: capped
    now[0] = 0.6
    assert schedule.after_poll(100) == schedule.min_interval_s  # done but not reported finished
    assert schedule.after_failure() == pytest.approx(0.1)  # no Retry-After: doubles
    assert schedule.after_failure(retry_after=3.0) == 3.0
