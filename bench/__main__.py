"""Benchmarks of the MCP server, each figure measured side by side with its floor, in one run.

    python -m bench             # full run (several minutes), writes BENCHMARKS.md
    python -m bench --smoke     # every figure at tiny scale (the test suite), prints the report
    python -m bench --only 3,4  # some figures only (while working on them)
    python -m bench --check     # also exit 1 when a target is missed, so the figures can gate a change

Exit status: 0 measured (with --check: and every target met); 1 with --check, a target missed; 2 bad
arguments; 3 a figure could not be measured (its section says why).

Everything runs on this machine and talks only to 127.0.0.1: the sandbox runs in its own process (so its
work shares no GIL with what is measured), the MCP server in memory, over stdio or over streamable HTTP as
each figure needs, and the comparison servers are started the same way.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .figures import cold_start, http_load, memory, per_call, read_all, tools_list, writes
from .harness import FULL, SMALL_SEED, SMOKE, Scale, Section
from .processes import ROOT, SandboxProcess, compile_bytecode
from .report import RunFacts, render

BENCHMARKS = ROOT / "BENCHMARKS.md"
EXIT_MISSED = 1
EXIT_FAILED = 3


@dataclass(frozen=True)
class Figure:
    title: str
    measure: Callable[[Section, Scale, Callable[[], SandboxProcess]], None]


FIGURES = {
    1: Figure(tools_list.TITLE, tools_list.measure),
    2: Figure(cold_start.TITLE, cold_start.measure),
    3: Figure(per_call.TITLE, per_call.measure),
    4: Figure(read_all.TITLE, read_all.measure),
    5: Figure(writes.TITLE, writes.measure),
    6: Figure(memory.TITLE, memory.measure),
    7: Figure(http_load.TITLE, http_load.measure),
}
# 4 and 6 share the large sandbox, so they run last (resetting it at that size takes seconds).
EXECUTION_ORDER = (1, 2, 3, 5, 7, 4, 6)


def run(scale: Scale, only: set[int]) -> tuple[list[Section], RunFacts]:
    started_at = datetime.datetime.now(datetime.UTC)
    load_at_start = os.getloadavg()
    started = time.perf_counter()
    sections: list[Section] = []
    with contextlib.ExitStack() as stack:
        shared: list[SandboxProcess] = []

        def sandbox() -> SandboxProcess:
            """The one sandbox process of the run, started when a figure first needs it."""
            if not shared:
                shared.append(stack.enter_context(SandboxProcess(SMALL_SEED)))
            return shared[0]

        compile_bytecode()
        for number in (number for number in EXECUTION_ORDER if number in only):
            title = FIGURES[number].title.replace("20 ms", f"{scale.latency_ms:g} ms")
            section = Section(number, title)
            sections.append(section)
            print(f"bench: {number}. {title} …", file=sys.stderr, flush=True)
            mark = time.perf_counter()
            try:
                FIGURES[number].measure(section, scale, sandbox)
            except Exception:
                section.error = traceback.format_exc()
                if shared:
                    section.error += "\nsandbox log:\n" + shared[0].log_tail()
                print(section.error, file=sys.stderr, flush=True)
            print(f"bench:    done in {time.perf_counter() - mark:,.1f} s", file=sys.stderr, flush=True)
    facts = RunFacts(scale, started_at, time.perf_counter() - started, load_at_start, os.getloadavg())
    return sorted(sections, key=lambda section: section.number), facts


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--smoke", action="store_true", help="every figure at tiny scale (about a minute)")
    parser.add_argument(
        "--output",
        type=Path,
        help=f"where to write the report (default {BENCHMARKS.name}; with --smoke, standard output)",
    )
    parser.add_argument("--only", help="comma-separated figure numbers (default all)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    options = parser.parse_args(argv)
    try:
        options.only = {int(part) for part in options.only.split(",")} if options.only else set(FIGURES)
    except ValueError:
        parser.error(f"--only takes figure numbers separated by commas, e.g. 3,4 (got {options.only!r})")
    if options.only - set(FIGURES):
        parser.error(
            f"--only: no figure {sorted(options.only - set(FIGURES))}; figures are 1 to {len(FIGURES)}"
        )
    if options.smoke and options.output is not None and options.output.resolve() == BENCHMARKS.resolve():
        parser.error("--smoke does not write the repository's BENCHMARKS.md; pass another --output")
    return options


def exit_status(sections: list[Section], check: bool) -> int:
    if any(section.error for section in sections):
        return EXIT_FAILED
    if check and any(section.missed for section in sections):
        return EXIT_MISSED
    return 0


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    logging.disable(logging.INFO)  # the SDK and httpx log every request at INFO
    scale = SMOKE if options.smoke else FULL
    output: Path | None = options.output or (None if options.smoke else BENCHMARKS)
    sections, facts = run(scale, options.only)
    report = render(sections, facts)
    if output is None:
        print(report)
    else:
        output.write_text(report, encoding="utf-8")
        print(f"bench: wrote {output} in {facts.seconds:,.0f} s", file=sys.stderr)
    missed = [check.figure for section in sections for check in section.missed]
    if options.check and missed:
        print(f"bench: {len(missed)} target(s) missed: {'; '.join(missed)}", file=sys.stderr)
    return exit_status(sections, options.check)


if __name__ == "__main__":
    sys.exit(main())
