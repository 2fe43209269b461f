"""Generated endpoint modules as tool code uses them: a typed protocol, their operationIds, helpers that
carry the operations they call, and the check that an action declares exactly what its handler calls.

An action declares what it uses (registry.Action.uses): endpoint modules and helpers decorated with
`@uses(...)`; its operations are those, flattened in order. `check_declared` runs when a tool is defined
(so a wrong declaration fails at import) and compares them with what the handler's code can reach:

- reachable: every endpoint module the code the handler can reach names, following the functions it
  names (globals, `module.function`, closures, defaults), the attributes it reads of the objects and
  classes it reaches (e.g. an `Entity` description and the API adapter it holds, whichever of their
  attributes and methods any reached code reads), and stopping at decorated helpers (a method too), whose
  declaration stands for them (each checked in turn, once). A declared operation outside this
  over-approximation is never called.
- named: the endpoint modules the handler, or a function it reaches by name, names directly (the same walk
  without going through objects, which may hold endpoints a given action does not use). Each must be
  declared. Endpoints reached only through objects are still guarded at run time by ToolCall.send.

The walk reads the bytecode (global loads apart from attribute loads, so `row.get` is not the handler
`get`), not the source: it sees closures as built. A global name not defined yet when the tool is declared
(a helper below the tool) is reported, since its calls could not be seen.
"""

from __future__ import annotations

import builtins
import dis
import functools
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import CodeType, FunctionType, MethodType, ModuleType
from typing import Any, ParamSpec, Protocol, TypeVar

import httpx

from atlassian_people_runtime.types import Unset

from .permissions import operation_id_of_module

P = ParamSpec("P")
R_co = TypeVar("R_co", covariant=True)


class Endpoint(Protocol[P, R_co]):
    """A generated endpoint module (generated/<client>/api/<tag>/<operation>.py): build_request takes the
    operation's parameters as its generated functions do, parse_success reads a 2xx answer into the spec's
    model. A module satisfies this protocol, so mypy checks every argument and the result's attributes."""

    def build_request(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]: ...

    def parse_success(self, response: httpx.Response) -> R_co: ...


AnyEndpoint = Endpoint[..., Any]
T = TypeVar("T")
Use = AnyEndpoint | Callable[..., Any]  # an endpoint module, or a helper decorated with @uses
F = TypeVar("F", bound=Callable[..., Any])

_USES = "__endpoints_used__"
_PROJECT = "mcp_server"
# The core every tool uses, which names no endpoint itself (ToolCall.api is the call looked for): not
# walked, which halves the work at start.
_CORE = frozenset(
    f"{_PROJECT}.{name}"
    for name in ("calls", "confirm", "endpoints", "errors", "outcomes", "paging", "results")
)


def known(value: T | Unset) -> T | None:
    """A generated model's optional field, None when the answer left it out."""
    return None if isinstance(value, Unset) else value


def operation_of(value: object) -> str | None:
    """The operationId of a generated endpoint module, None for anything else."""
    if not isinstance(value, ModuleType):
        return None
    # Read from the module's own dict: attribute access would load a lazily imported endpoint module.
    name = str(object.__getattribute__(value, "__name__"))
    package, _, module = name.partition(".api.")
    return operation_id_of_module().get((package, module.rpartition(".")[2]))


def uses(*used: Use) -> Callable[[F], F]:
    """Declare the endpoints (and decorated helpers) a helper calls: an action that uses the helper then
    lists the helper, not its operations."""

    def declare(helper: F) -> F:
        declared_operations(used)  # fails now on anything that is neither
        setattr(helper, _USES, tuple(used))
        return helper

    return declare


def declared_operations(used: Iterable[object]) -> tuple[str, ...]:
    """The operationIds of endpoints and decorated helpers, in order, each once."""
    found: list[str] = []
    for item in used:
        operation_id = operation_of(item)
        if operation_id is not None:
            found.append(operation_id)
            continue
        helper_uses = getattr(item, _USES, None)
        if helper_uses is None:
            raise ValueError(
                f"{item!r} is neither a generated endpoint module nor a helper declared with @uses(...)"
            )
        found.extend(declared_operations(helper_uses))
    return tuple(dict.fromkeys(found))


def check_declared(declared: tuple[str, ...], handler: Callable[..., Any]) -> str | None:
    """What is wrong with declaring `declared` for `handler` (None: nothing); see the module docstring."""
    walk = _Walk().run(handler)
    problems = [_check_helper(helper) for helper in walk.helpers]
    reachable, named = walk.operations, walk.named
    if walk.undefined:  # e.g. a helper defined below the tool: its calls would go unseen
        problems.append(
            f"reads names not defined when the tool is declared ({', '.join(sorted(walk.undefined))}): "
            "define what handlers use above the tool"
        )
    never = [op for op in declared if op not in reachable]
    undeclared = sorted(named - set(declared))
    if never:
        problems.append(f"declares {', '.join(never)} but never calls it")
    if undeclared:
        problems.append(f"calls {', '.join(undeclared)} without declaring it")
    return "; ".join(p for p in problems if p) or None


@functools.cache
def _check_helper(helper: Callable[..., Any]) -> str | None:
    problem = check_declared(declared_operations(getattr(helper, _USES)), helper)
    return f"helper {helper.__qualname__} {problem}" if problem else None


class _Walk:
    """What code reachable from a root names (see the module docstring)."""

    def __init__(self) -> None:
        self.through_objects = False  # first what the code names, then also what objects hold
        self.named: set[str] = set()  # the operations found before going through objects
        self.deferred: list[object] = []  # objects met before going through them
        self.scopes: tuple[str, ...] = (_PROJECT,)  # the packages whose code and objects are followed
        self.operations: set[str] = set()
        self.helpers: list[Callable[..., Any]] = []
        self.undefined: set[str] = set()  # global names not defined (yet) where a function reads them
        self.attributes: set[str] = set()  # every attribute name the reached code reads
        self.holders: list[object] = []  # objects whose attributes of those names are followed
        self.tried: dict[int, set[str]] = {}  # holder index -> attribute names already looked up
        self.seen: set[int] = set()
        self.pending: list[object] = []

    def run(self, root: Callable[..., Any]) -> _Walk:
        """Walk from root, whose own body is read even when it is a decorated helper; the code followed is
        this project's and that of the root's own package (a handler declared elsewhere, e.g. a test's)."""
        package = str(getattr(root, "__module__", None) or _PROJECT).partition(".")[0]
        self.scopes = tuple(dict.fromkeys((_PROJECT, package)))
        self.seen.add(id(root))
        if isinstance(root, FunctionType):
            self.visit_function(root)
        else:
            self.pending.append(root)
        self.drain()
        self.named = set(self.operations)
        self.through_objects = True
        for value in self.deferred:
            self.visit_object(value)
        self.drain()
        return self

    def drain(self) -> None:
        """Visit what is pending, then the holders' attributes of the names read so far, until nothing new."""
        while True:
            while self.pending:
                self.visit(self.pending.pop())
            for index, holder in enumerate(self.holders):
                tried = self.tried.setdefault(index, set())
                for name in self.attributes - tried:
                    attribute = _attribute(holder, name)
                    if attribute is not None and id(attribute) not in self.seen:
                        self.pending.append(attribute)
                tried |= self.attributes
            if not self.pending:
                return

    def visit(self, value: object) -> None:
        if id(value) in self.seen:
            return
        self.seen.add(id(value))
        operation_id = operation_of(value)
        if operation_id is not None:
            self.operations.add(operation_id)
        elif isinstance(value, ModuleType):
            pass  # a module's functions are followed where the code names them (visit_function)
        elif isinstance(value, functools.partial):
            self.pending.extend([value.func, *value.args, *value.keywords.values()])
        elif isinstance(value, MethodType | staticmethod | classmethod):
            self.pending.append(value.__func__)
        elif isinstance(value, property):
            self.pending.extend(f for f in (value.fget, value.fset) if f)
        elif isinstance(value, FunctionType):
            if hasattr(value, _USES):
                self.helpers.append(value)
                self.operations.update(declared_operations(getattr(value, _USES)))
            else:
                self.visit_function(value)
        elif self.through_objects:
            self.visit_object(value)
        else:
            self.deferred.append(value)

    def visit_object(self, value: object) -> None:
        """A container, or an object or class of this code, whose (named) attributes may hold endpoints."""
        if isinstance(value, tuple | list | set | frozenset):
            self.pending.extend(value)
        elif isinstance(value, dict):
            self.pending.extend(value.values())
        elif self.ours(value if isinstance(value, type) else type(value)):
            self.holders.append(value)

    def ours(self, value: object) -> bool:
        """A module or class of the code walked (not a generated module: reading it could load a lazy
        import)."""
        if isinstance(value, ModuleType):
            return str(object.__getattribute__(value, "__name__")).startswith(self.scopes)
        return isinstance(value, type) and value.__module__.startswith(self.scopes)

    def visit_function(self, function: FunctionType | Callable[..., Any]) -> None:
        module = function.__module__ if isinstance(function, FunctionType) else ""
        if not module.startswith(self.scopes) or module in _CORE:
            return
        names = _code_names(function.__code__)
        self.attributes |= names.attributes
        scope = function.__globals__
        for name in names.globals:
            if name in scope:
                self.pending.append(scope[name])
            elif not hasattr(builtins, name):
                self.undefined.add(f"{function.__qualname__}: {name}")
        for owner, attribute in names.qualified:  # e.g. shared.one: a module's (or class's) function
            found = _attribute(scope.get(owner), attribute) if self.ours(scope.get(owner)) else None
            if found is not None:
                self.pending.append(found)
        for cell in function.__closure__ or ():
            try:
                self.pending.append(cell.cell_contents)
            except ValueError:  # a cell not filled yet
                continue
        self.pending.extend(function.__defaults__ or ())
        self.pending.extend((function.__kwdefaults__ or {}).values())


@dataclass
class _Names:
    globals: set[str] = field(default_factory=set)
    attributes: set[str] = field(default_factory=set)
    qualified: set[tuple[str, str]] = field(default_factory=set)  # (global, attribute) read together


_EXTENDED_ARG = dis.opmap["EXTENDED_ARG"]
_CACHE = dis.opmap["CACHE"]
_LOAD_GLOBAL = dis.opmap["LOAD_GLOBAL"]
_LOAD_ATTR = dis.opmap["LOAD_ATTR"]
_LOAD_METHOD = dis.opmap.get("LOAD_METHOD", -1)  # Python 3.11 only; later LOAD_ATTR does both
_ATTR_SHIFT = 0 if sys.version_info < (3, 12) else 1  # from 3.12 LOAD_ATTR's low bit flags a method
# Any byte that is one of those opcodes (the matches at odd offsets are argument bytes, skipped).
_NAME_LOADS = re.compile(
    b"["
    + b"".join(re.escape(bytes([op])) for op in (_LOAD_GLOBAL, _LOAD_ATTR, _LOAD_METHOD) if op >= 0)
    + b"]"
)


def _attribute(holder: object, name: str) -> object | None:
    """holder's attribute `name` as stored (like inspect.getattr_static, which is far slower): from the
    instance's dict, then its class's, or a class's own MRO."""
    owners = holder.__mro__ if isinstance(holder, type) else (holder, *type(holder).__mro__)
    for owner in owners:
        stored: Mapping[str, object] | None = getattr(owner, "__dict__", None)
        if stored is not None and name in stored:
            return stored[name]
    return None


@functools.cache
def _code_names(code: CodeType) -> _Names:
    """The global names and attribute names code reads, in it and the functions, lambdas and
    comprehensions inside it (from the bytecode: an attribute `x.get` is not the global `get`). Decoded
    directly, visiting only the name loads, rather than with dis.get_instructions, which is far slower and
    this runs at every start; a test compares both."""
    names = _Names()
    raw = code.co_code
    globals_at: dict[int, str] = {}  # offset of each LOAD_GLOBAL -> its name
    for found in _NAME_LOADS.finditer(raw):
        offset = found.start()
        if offset % 2:  # an argument byte, not an opcode
            continue
        opcode, argument, before = raw[offset], raw[offset + 1], offset - 2
        shift = 8
        while before >= 0 and raw[before] == _EXTENDED_ARG:  # the argument's high bytes
            argument |= raw[before + 1] << shift
            shift, before = shift + 8, before - 2
        if opcode == _LOAD_GLOBAL:  # since 3.11 the low bit flags a NULL pushed before the global
            globals_at[offset] = code.co_names[argument >> 1]
            names.globals.add(globals_at[offset])
            continue
        attribute = code.co_names[argument >> _ATTR_SHIFT if opcode == _LOAD_ATTR else argument]
        names.attributes.add(attribute)
        while before >= 0 and raw[before] == _CACHE:  # the inline caches of the instruction before
            before -= 2
        if before in globals_at:  # read right after a global: `module.function` or `Class.method`
            names.qualified.add((globals_at[before], attribute))
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            inner = _code_names(constant)
            names.globals |= inner.globals
            names.attributes |= inner.attributes
            names.qualified |= inner.qualified
    return names
