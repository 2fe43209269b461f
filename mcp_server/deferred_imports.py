"""Load the generated clients' endpoint modules when they are first used, not when imported.

The tool modules import about a hundred endpoint modules (`from csm_client.api.tasks import get_task`),
and each brings its request and response models: together a seventh of a cold start, for tools most
sessions never call. With `defer_endpoint_modules()` installed first, such an import only creates the
module object; the module's code runs on the first attribute read (`get_task.asyncio_detailed(...)`).
The imports stay real module imports, so type checkers and tests see them as written.

Not importlib.util.LazyLoader: on Python 3.11 it is not thread-safe (two threads can run a module's
code twice), and a module whose code fails is left half-loaded, so the next read says only that an
attribute is missing. Here loading takes a lock per module, runs once, and a failure is raised again,
with the module's name, on every later read.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Sequence
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder

GENERATED_CLIENTS = ("csm_client", "jira_groups_client", "jsm_ops_client")


class DeferredModule(types.ModuleType):
    """A module whose code has not run yet; the first read of an attribute it lacks runs it.

    Once loaded it becomes a plain module again, so later reads cost nothing extra."""

    def __getattr__(self, name: str) -> object:
        spec = types.ModuleType.__getattribute__(self, "__spec__")
        state: _LoadState = spec.loader_state
        state.load(self)
        return types.ModuleType.__getattribute__(self, name)


class _LoadState:
    """Runs one module's code once, under a lock, and remembers a failure."""

    def __init__(self, loader: Loader) -> None:
        self.loader = loader
        self.lock = threading.RLock()
        self.loading_thread: int | None = None
        self.failure: BaseException | None = None

    def load(self, module: types.ModuleType) -> None:
        with self.lock:
            if type(module) is not DeferredModule or self.loading_thread == threading.get_ident():
                return  # loaded by another thread meanwhile, or read by its own code while it runs
            if self.failure is not None:
                raise ImportError(
                    f"module {module.__name__} failed to load earlier: {self.failure!r}",
                    name=module.__name__,
                ) from self.failure
            self.loading_thread = threading.get_ident()
            try:
                self.loader.exec_module(module)
            except BaseException as exc:
                self.failure = exc
                raise
            else:
                object.__setattr__(module, "__class__", types.ModuleType)  # a plain module from now on
            finally:
                self.loading_thread = None


class _DeferringLoader(Loader):
    """Leaves running a module's code to the first read of one of its attributes."""

    def __init__(self, loader: Loader) -> None:
        self.loader = loader

    def create_module(self, spec: ModuleSpec) -> types.ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        # The import system has set __name__, __spec__, __file__...; the code runs on first use.
        module.__class__ = DeferredModule

    def __getattr__(self, name: str) -> object:
        # get_source, get_filename, is_package...: what tracebacks and tools ask the real loader
        return getattr(self.loader, name)


class EndpointModuleFinder(MetaPathFinder):
    """Finds `<package>.api.<tag>.<endpoint>` of the given packages as the path finder does, deferred."""

    def __init__(self, packages: Sequence[str]) -> None:
        self.packages = frozenset(packages)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> ModuleSpec | None:
        parts = fullname.split(".")
        if len(parts) != 4 or parts[0] not in self.packages or parts[1] != "api" or path is None:
            return None
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.loader is None or spec.submodule_search_locations is not None:
            return spec  # not found, or a package: the regular import system answers
        spec.loader_state = _LoadState(spec.loader)
        spec.loader = _DeferringLoader(spec.loader)
        return spec


def defer_endpoint_modules(packages: Sequence[str] = GENERATED_CLIENTS) -> None:
    """Install the finder ahead of the path finder (once); endpoint modules imported after this load
    on first use. Those already imported stay as they are."""
    if not any(isinstance(finder, EndpointModuleFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, EndpointModuleFinder(packages))
