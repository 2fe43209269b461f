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
SERVER_POLLING = bulk.Polling(timeout_s=60.0, first_interval_s=0.05, max_interval_s=2.0)


@dataclass
class SimulatedTask:
    now: float = 0.0  # the task was accepted at 0
    polled_at: list[float] = field(default_factory=list)  # when the server measured the task
    reports_progress: bool = True
    rate_limited_polls: int = 0
    running_s: float = RUNNING_S

    @property
    def ends_at(self) -> float:
        return QUEUED_S + self.running_s

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
        done = min(1.0, max(0.0, (self.now - QUEUED_S) / self.running_s))
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


@pytest.mark.parametrize(
    ("running_s", "polls"),
    [
        # At once (queued), then: the fixed back-off (50 ms, x1.5) asked 5 times, the last reaching the
        # server 176 ms after the end; the progress schedule asks at most as often, the last just after.
        (RUNNING_S, 5),
        # 1,000 items: the back-off asked 10 times, the last 540 ms after the end.
        (3.0, 7),
    ],
)
def test_polls_follow_the_reported_progress_to_just_after_the_end(
    task: SimulatedTask, running_s: float, polls: int
) -> None:
    task.running_s = running_s
    finished = bulk.wait_for_task(client_for(task), "t1", polling=SERVER_POLLING)
    assert finished.status == TaskStatus.COMPLETED
    assert len(task.polled_at) <= polls, task.polled_at
    # Just after: within the margin, half a round trip and the rounding of the percentages (1 %).
    late = task.polled_at[-1] - task.ends_at
    assert 0 <= late <= 0.03 + running_s / 100, task.polled_at


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
    # Asked at once and told to wait 1 s: the task has ended by the next poll.
    assert len(task.polled_at) == 1 and task.polled_at[0] >= 1.0


def test_the_schedule_never_waits_past_its_bounds() -> None:
    now = [0.0]
    schedule = TaskSchedule(first_interval_s=0.05, max_interval_s=0.5, clock=lambda: now[0])
    now[0] = 0.06
    assert schedule.after_poll(1) == 0.05  # one percentage: measure the pace again soon
    now[0] = 0.16
    assert schedule.after_poll(2) == 0.5  # 1 % per 100 ms predicts 9.8 s more: capped
    now[0] = 0.7
    assert schedule.after_poll(100) == schedule.min_interval_s  # done but not reported finished
    assert schedule.after_failure() == pytest.approx(0.15)  # no Retry-After: doubles (from 75 ms)
    assert schedule.after_failure(retry_after=3.0) == 3.0
