"""What every figure shares: the run's scale, the section a figure fills in, statistics and formatting."""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Scale:
    name: str
    cold_runs: int
    memory_calls: int
    stdio_calls: int
    read_records: int
    read_runs: int
    write_runs: int
    latency_ms: float
    creates: int
    upserts: int
    memory_points: tuple[int, int]
    http_clients: int
    http_calls: int
    warmup: int


FULL = Scale(
    name="full",
    cold_runs=11,
    memory_calls=1000,
    stdio_calls=500,
    read_records=10_000,
    read_runs=3,
    write_runs=3,
    latency_ms=20.0,
    creates=1000,
    upserts=1000,
    memory_points=(1000, 10_000),
    http_clients=50,
    http_calls=100,
    warmup=50,
)
SMOKE = Scale(
    name="smoke",
    cold_runs=1,
    memory_calls=20,
    stdio_calls=10,
    read_records=300,
    read_runs=1,
    write_runs=1,
    latency_ms=5.0,
    creates=60,
    upserts=120,
    memory_points=(100, 300),
    http_clients=3,
    http_calls=5,
    warmup=3,
)
SMALL_SEED = 50


@dataclass
class Check:
    figure: str
    target: str
    measured: str
    met: bool
    cause: str = ""  # for a missed target: the gap and its measured cause


@dataclass
class Section:
    number: int
    title: str
    method: str = ""
    tables: list[list[list[str]]] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str = ""

    def check(self, figure: str, target: str, measured: str, met: bool, cause: str = "") -> None:
        self.checks.append(Check(figure, target, measured, met, "" if met else cause))

    def check_ratio(
        self, figure: str, value: float, floor: float, limit: float, unit: str, cause: str
    ) -> None:
        """A target stated as a ratio to a floor measured in the same run: value ≤ limit × floor."""
        self.check(
            figure,
            f"≤ {limit:.2f}× the floor",
            f"{ratio(value, floor)} ({format_value(value, unit)} vs {format_value(floor, unit)})",
            value <= floor * limit,
            cause,
        )

    @property
    def missed(self) -> list[Check]:
        return [check for check in self.checks if not check.met]


# -- statistics ----------------------------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile: a value that was measured, never below the median for pct ≥ 50."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(pct / 100 * len(ordered)) - 1))]


@dataclass
class Paired:
    """Latencies of the same work done two ways, interleaved sample by sample (`ours[i]` beside `floor[i]`).

    What ours adds is taken per pair, so its p99 is a percentile of one distribution (and never below its
    median), not the difference of two unrelated tails."""

    label: str
    ours: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)

    def add(self, ours: float, floor: float) -> None:
        self.ours.append(ours)
        self.floor.append(floor)

    @property
    def added(self) -> list[float]:
        return [mine - theirs for mine, theirs in zip(self.ours, self.floor, strict=True)]

    @property
    def ratio(self) -> float:
        return median(self.ours) / median(self.floor)


# -- formatting ----------------------------------------------------------------------------------------------


def ms(seconds: float, digits: int = 2) -> str:
    return f"{seconds * 1000:,.{digits}f} ms"


def secs(seconds: float) -> str:
    return f"{seconds:,.2f} s"


def kib(size: float) -> str:
    return f"{size / 1024:,.0f} KiB" if size < 10 * 1024 * 1024 else f"{size / 1024 / 1024:,.1f} MiB"


def ratio(value: float, base: float) -> str:
    return f"{value / base:.2f}×" if base else "–"


def format_value(value: float, unit: str) -> str:
    """`unit` is "ms" or "s" (value in seconds) or "bytes"."""
    if unit == "ms":
        return ms(value, 2 if value < 0.1 else 0)
    if unit == "s":
        return secs(value)
    if unit == "bytes":
        return kib(value)
    raise ValueError(f"unknown unit {unit!r}")


def json_size(value: Any) -> int:
    return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())
