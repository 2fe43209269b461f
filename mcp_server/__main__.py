"""`python -m mcp_server` and the `atlassian-people-mcp` command."""

import sys

from .deferred_imports import defer_endpoint_modules
from .startup import pause_collection


def main() -> int:
    # Collection is paused while the server's modules load (see startup.py); cli.main resumes it once
    # the server is built. Importing cli here, after pausing, is what puts the imports in that window.
    pause_collection()
    # The generated endpoint modules the tools import load when a tool first calls them.
    defer_endpoint_modules()
    from .cli import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
