"""`python -m bench` keeps working: every figure runs at tiny scale, every target is a ratio to a floor
measured in the same run, and `--check` fails exactly when a target is missed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Targets that are not times: sizes, a leak check and an error count.
NOT_TIMES = ("tools/list", "memory left after", "errors")


def bench(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bench", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
    )


def table_rows(report: str, heading: str) -> list[list[str]]:
    """The rows (cells stripped) of the tables under `heading`, header rows included."""
    section = report.split(heading, 1)[1].split("\n## ", 1)[0]
    return [
        [cell.strip() for cell in line.strip("|").split(" | ")]
        for line in section.splitlines()
        if line.startswith("| ")
    ]


def milliseconds(cell: str) -> float:
    return float(cell.removesuffix(" ms").replace(",", ""))


def test_bench_smoke_runs_every_figure_against_its_floor(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    before = (ROOT / "BENCHMARKS.md").read_bytes() if (ROOT / "BENCHMARKS.md").exists() else None
    done = bench("--smoke", "--check", "--output", str(output), timeout=900)
    report = output.read_text(encoding="utf-8")
    for number in range(1, 8):
        assert f"\n## {number}. " in report
    assert "Not measured" not in report, done.stderr[-4000:]
    assert "| CPU |" in report and "## Summary" in report

    summary = [row for row in table_rows(report, "## Summary") if row[0].isdigit()]
    assert len(summary) >= 14
    for _, figure, measured, target, _ in summary:
        if not any(word in figure for word in NOT_TIMES):  # a time is only judged against its floor
            assert re.fullmatch(r"≤ \d\.\d\d× the floor", target), (figure, target)
            assert re.match(r"\d+\.\d\d× \(", measured), (figure, measured)
    missed = [row[1] for row in summary if row[4] == "**no**"]
    assert done.returncode == (1 if missed else 0), (missed, done.stderr[-4000:])

    overhead = table_rows(report, "\n## 3. ")
    header = overhead[0]
    median_at, p99_at = header.index("added median"), header.index("added p99")
    for row in overhead[1:]:
        if row[median_at] != "–":  # p99 of the per-pair differences: never below their median
            assert milliseconds(row[p99_at]) >= milliseconds(row[median_at]), row
    assert any("no-op tool through our own server class" in row[1] for row in overhead)

    after = (ROOT / "BENCHMARKS.md").read_bytes() if (ROOT / "BENCHMARKS.md").exists() else None
    assert after == before  # smoke mode never touches the repository's report


def test_bench_refuses_bad_arguments_before_measuring() -> None:
    unknown = bench("--only", "9")
    assert unknown.returncode == 2 and "no figure [9]" in unknown.stderr
    garbled = bench("--only", "three")
    assert garbled.returncode == 2 and "figure numbers separated by commas" in garbled.stderr
    overwrite = bench("--smoke", "--output", str(ROOT / "BENCHMARKS.md"))
    assert overwrite.returncode == 2 and "does not write the repository's BENCHMARKS.md" in overwrite.stderr
