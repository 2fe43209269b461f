"""scripts/bench.py keeps working: every figure runs at tiny scale and the report names them all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_smoke_runs_every_figure(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    before = (ROOT / "BENCHMARKS.md").read_bytes() if (ROOT / "BENCHMARKS.md").exists() else None
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--smoke", "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    report = output.read_text(encoding="utf-8")
    for number in range(1, 8):
        assert f"\n## {number}. " in report
    assert "Not measured" not in report
    assert "| CPU |" in report and "## Summary" in report
    after = (ROOT / "BENCHMARKS.md").read_bytes() if (ROOT / "BENCHMARKS.md").exists() else None
    assert after == before  # smoke mode never touches the repository's report
