"""Start-up without the cyclic garbage collector.

Importing the server's modules and building it allocates many long-lived objects and almost no garbage,
yet every few hundred allocations trigger a collection that walks them all: about 0.1 s of a cold start.
Collection stays off until the server is built; what start-up built is then frozen (moved out of every
later collection's reach, as it lives as long as the process) and collection resumes for the calls.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def pause_collection() -> None:
    """Turn the collector off before the server's modules are imported (see `python -m mcp_server`)."""
    gc.disable()


@contextmanager
def starting() -> Iterator[None]:
    """Build the server with collection paused; freeze what was built and resume collection after,
    also when building fails."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
