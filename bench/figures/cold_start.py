"""Figure 2: start to the first `tools/list` over stdio, vs a one-tool server on the same SDK."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

from .. import targets
from ..harness import Scale, Section, median, ms, ratio
from ..processes import (
    RawStdio,
    SandboxProcess,
    bench_command,
    bench_env,
    clean_env,
    floor_server_command,
    our_server_command,
)

TITLE = "Cold start to the first `tools/list` (stdio)"
FLOOR = "floor: minimal MCP server, one tool, same SDK (`bench/minimal_server.py`)"
OURS = "ours, pointed at a running sandbox (`python -m mcp_server`)"
SANDBOXED = "ours in `--sandbox` mode (starts and seeds its own sandbox)"


def cold_start(command: list[str], env: dict[str, str]) -> float:
    """Seconds from process start to the first tools/list answered over stdio."""
    client = RawStdio(command, env)
    try:
        client.initialize()
        client.request("tools/list")
        return time.perf_counter() - client.started
    finally:
        client.close()


def probe(mode: str, env: dict[str, str], *flags: str) -> dict[str, float]:
    """The timings `python -m bench.import_probe` reports from a fresh interpreter."""
    done = subprocess.run(
        bench_command("import_probe", mode, *flags),
        capture_output=True,
        text=True,
        env=env,
        cwd=tempfile.gettempdir(),
        timeout=120,
    )
    if done.returncode:
        raise RuntimeError(f"import probe {mode} failed: {done.stderr[-2000:]}")
    timings: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return timings


def timed_run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, cwd=tempfile.gettempdir())
    return time.perf_counter() - started


def measure(section: Section, scale: Scale, sandbox: Callable[[], SandboxProcess]) -> None:
    running = sandbox()
    pointed = clean_env(**running.server_env())
    plain = clean_env()
    variants: dict[str, tuple[list[str], dict[str, str]]] = {
        FLOOR: (floor_server_command(), plain),
        OURS: (our_server_command(), pointed),
        SANDBOXED: (our_server_command("--sandbox"), plain),
    }
    times: dict[str, list[float]] = {label: [] for label in variants}
    for command, env in variants.values() if scale.warmup > 5 else ():  # warm-up: the page cache
        cold_start(command, env)
    for _ in range(scale.cold_runs):  # interleaved, so drift affects all alike
        for label, (command, env) in variants.items():
            times[label].append(cold_start(command, env))

    probe_runs = max(1, scale.cold_runs // 2)
    interpreter = median([timed_run([sys.executable, "-c", "pass"], plain) for _ in range(probe_runs)])
    ours_probes: dict[str, list[dict[str, float]]] = {"on": [], "off": []}
    sdk_probes: dict[str, list[dict[str, float]]] = {"on": [], "off": []}
    for _ in range(probe_runs):
        # ours as it starts (collector paused until built) and with the collector on; the floor as it
        # starts (collector on) and with it off.
        ours_probes["off"].append(probe("ours", bench_env(**running.server_env())))
        ours_probes["on"].append(probe("ours", bench_env(**running.server_env()), "--with-gc"))
        sdk_probes["on"].append(probe("sdk", bench_env()))
        sdk_probes["off"].append(probe("sdk", bench_env(), "--no-gc"))

    def step(timed: list[dict[str, float]], name: str) -> float:
        return median([timings[name] for timings in timed])

    floor, ours, sandboxed = (median(times[label]) for label in (FLOOR, OURS, SANDBOXED))
    rows = [["server", "median", "min", "max", "vs floor"]]
    for label, values in times.items():
        rows.append(
            [
                label,
                ms(median(values), 0),
                ms(min(values), 0),
                ms(max(values), 0),
                ratio(median(values), floor),
            ]
        )
    section.tables.append(rows)
    generated, specs, own = (step(ours_probes["off"], name) for name in ("generated", "specs", "ours"))
    gc_ours = step(ours_probes["on"], "total") - step(ours_probes["off"], "total")
    gc_floor = step(sdk_probes["on"], "total") - step(sdk_probes["off"], "total")
    section.tables.append(
        [
            ["where the time goes (fresh interpreter, median)", "ours", "floor"],
            ["interpreter start (`python -c pass`)", ms(interpreter, 0), ms(interpreter, 0)],
            [
                "import the MCP SDK (`mcp.server.mcpserver`)",
                ms(step(ours_probes["off"], "sdk"), 0),
                ms(step(sdk_probes["on"], "sdk"), 0),
            ],
            [
                "import the generated clients' endpoint modules (deferred: each runs on a tool's first "
                "call, mcp_server/deferred_imports.py)",
                ms(generated, 0),
                "–",
            ],
            ["load the three OpenAPI specs (cached JSON of the parsed YAML)", ms(specs, 0), "–"],
            ["import the rest of `mcp_server`, build the server", ms(own, 0), "–"],
            [
                "all of the above after the interpreter started, as each server starts (ours: "
                "collector paused until built; floor: collector on)",
                ms(step(ours_probes["off"], "total"), 0),
                ms(step(sdk_probes["on"], "total"), 0),
            ],
            [
                "the same with the garbage collector on throughout / off throughout",
                ms(step(ours_probes["on"], "total"), 0),
                ms(step(sdk_probes["off"], "total"), 0),
            ],
        ]
    )
    section.method = (
        "Wall time from `Popen` to the answer to the first `tools/list` (after `initialize`), read with a "
        f"bare JSON-RPC client on the pipes; median of {scale.cold_runs} interleaved runs"
        f"{' after one warm-up each' if scale.warmup > 5 else ''}. The floor is a server with one function "
        "tool on the same SDK: what any server on it pays to start. Ours is pointed at a sandbox already "
        "running in another process (no network at start: the cloud id and base URLs are configured); "
        "`--sandbox` mode also builds and seeds a sandbox in-process. The steps are timed by "
        f"`python -m bench.import_probe` in fresh interpreters (median of {probe_runs}), once as each "
        "server starts and once with the garbage collector the other way."
    )
    cause = (
        f"Our process does what the floor does plus ~{ms(generated + specs + own, 0)} of its own work: "
        f"the generated clients' endpoint modules the tools import (~{ms(generated, 0)}: deferred, each "
        "runs with its models on a tool's first call), loading the three OpenAPI specs the scopes and "
        f"product permissions come from (~{ms(specs, 0)}), and importing the rest of the server and "
        f"building it (~{ms(own, 0)}): httpx (which also imports rich, pygments and click for its command "
        "line when they are installed, as in this development environment), the request models the tool "
        "modules import by name (attrs classes), and the tool modules. Pausing the garbage collector "
        "until the server is built "
        f"saves ~{ms(gc_ours, 0)} of that (collecting costs the floor's start ~{ms(gc_floor, 0)})."
    )
    section.check_ratio(
        "cold start to first tools/list (stdio), vs one-tool server",
        ours,
        floor,
        targets.COLD_START,
        "ms",
        cause,
    )
    section.check_ratio(
        "`--sandbox` cold start, vs the same floor",
        sandboxed,
        floor,
        targets.COLD_START_SANDBOX,
        "ms",
        f"besides the above, building and seeding the in-process sandbox costs "
        f"~{ms(sandboxed - ours, 0)} (the difference to ours pointed at a running sandbox).",
    )
