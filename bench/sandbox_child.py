"""Child process: serve the sandbox on loopback until standard input closes; print its URL when it listens.

python -m bench.sandbox_child --seed-size 50
"""

from __future__ import annotations

import argparse
import json
import sys

from atlassian_people_sandbox import SandboxConfig, SandboxServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sandbox_child")
    parser.add_argument("--seed-size", type=int, default=50)
    options = parser.parse_args(argv)
    with SandboxServer(SandboxConfig(seed_size=options.seed_size)) as server:
        print(json.dumps({"url": server.url, "cloud_id": server.cloud_id}), flush=True)
        sys.stdin.read()  # the parent closes our stdin (or exits) to stop us
    return 0


if __name__ == "__main__":
    sys.exit(main())
