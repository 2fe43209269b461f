"""What an action declares it calls is checked when its tool is defined (mcp_server/endpoints.py), and
ToolCall.api is typed by the endpoint it is given (a misspelled argument or attribute fails mypy)."""

from __future__ import annotations

import dis
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from types import CodeType, FunctionType
from typing import Any

import pytest
from jsm_ops_client.api.contacts import activate_user_contact, get_user_contact, list_user_contacts
from mypy import api as mypy_api

import mcp_server.tools  # noqa: F401  (every tool module, whose functions the bytecode test reads)
from mcp_server.calls import ToolCall
from mcp_server.endpoints import AnyEndpoint, _code_names, uses
from mcp_server.registry import Action, Effect, ToolDef, ToolResult
from mcp_server.toolsets import Toolset

ROOT = Path(__file__).resolve().parents[2]


def tool(*actions: Action) -> ToolDef:
    return ToolDef(
        name="contacts_read",
        toolset=Toolset.CONTACTS,
        effect=Effect.READ,
        title="t",
        description="d",
        actions=actions,
        properties={},
    )


def done() -> ToolResult:
    return ToolResult({}, "")


@uses(list_user_contacts)
async def every_contact(call: ToolCall) -> list[Any]:
    return list(await call.scan(list_user_contacts, None, limit=10, page_size=10))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Description:
    """An Entity-like description: the endpoints one kind of thing uses."""

    read: AnyEndpoint
    activate: AnyEndpoint


CONTACT = Description(read=get_user_contact, activate=activate_user_contact)


def test_an_action_declaring_exactly_what_it_calls_is_accepted() -> None:
    async def get(call: ToolCall) -> ToolResult:
        await call.api(get_user_contact, "c1")
        await every_contact(call)
        return done()

    defined = tool(Action("get", (get_user_contact, every_contact), get))
    assert defined.actions[0].operations == ("getUserContact", "listUserContacts")


def test_declaring_an_operation_never_called_fails_at_definition() -> None:
    async def get(call: ToolCall) -> ToolResult:
        await call.api(get_user_contact, "c1")
        return done()

    with pytest.raises(ValueError, match=r"contacts_read\.get declares listUserContacts but never calls it"):
        tool(Action("get", (get_user_contact, list_user_contacts), get))


def test_calling_an_undeclared_operation_fails_at_definition() -> None:
    async def get(call: ToolCall) -> ToolResult:
        await call.api(get_user_contact, "c1")
        await call.api(activate_user_contact, "c1")
        return done()

    with pytest.raises(ValueError, match="calls activateUserContact without declaring it"):
        tool(Action("get", (get_user_contact,), get))


def test_a_helper_carries_its_operations_and_a_caller_that_forgets_them_fails() -> None:
    async def get(call: ToolCall) -> ToolResult:
        await every_contact(call)
        return done()

    assert tool(Action("list", (every_contact,), get)).actions[0].operations == ("listUserContacts",)
    with pytest.raises(ValueError, match="calls listUserContacts without declaring it"):
        tool(Action("list", (), get))


def test_a_helper_declaring_wrongly_fails_for_every_action_using_it() -> None:
    @uses(get_user_contact)  # but it calls list_user_contacts
    async def wrong(call: ToolCall) -> None:
        await call.api(list_user_contacts)

    async def get(call: ToolCall) -> ToolResult:
        await wrong(call)
        return done()

    with pytest.raises(ValueError, match=r"helper .*wrong declares getUserContact but never calls it"):
        tool(Action("get", (wrong,), get))


def test_a_name_the_handler_reads_before_it_exists_fails_at_definition() -> None:
    async def get(call: ToolCall) -> ToolResult:
        await defined_below(call)  # type: ignore[name-defined]  # noqa: F821
        return done()

    with pytest.raises(ValueError, match=r"reads names not defined .*get: defined_below"):
        tool(Action("get", (), get))


def test_an_attribute_is_not_taken_for_the_global_of_that_name() -> None:
    # `row.get_user_contact` is an attribute read, not the endpoint imported under that name.
    async def get(call: ToolCall) -> ToolResult:
        row: Any = {}
        row.get_user_contact  # noqa: B018
        await call.api(list_user_contacts)
        return done()

    tool(Action("get", (list_user_contacts,), get))


def test_endpoints_reached_through_a_description_count_as_called_only_for_what_is_read() -> None:
    def handler(description: Description) -> Any:
        async def activate(call: ToolCall) -> ToolResult:
            await call.api(description.activate, "c1")
            return done()

        return activate

    tool(Action("activate", (activate_user_contact,), handler(CONTACT)))
    with pytest.raises(ValueError, match="declares listUserContacts but never calls it"):
        tool(Action("activate", (activate_user_contact, list_user_contacts), handler(CONTACT)))


class ContactApi:
    """A kind's API adapter, as profiles.ProfileApi: each method carries the endpoints it calls."""

    @uses(activate_user_contact)
    async def activate(self, call: ToolCall, contact_id: str) -> None:
        await call.api(activate_user_contact, contact_id)


class MisdeclaredContactApi:
    @uses(get_user_contact)  # but it calls activate_user_contact
    async def activate(self, call: ToolCall, contact_id: str) -> None:
        await call.api(activate_user_contact, contact_id)


def adapter_handler(api: ContactApi | MisdeclaredContactApi) -> Any:
    async def activate(call: ToolCall) -> ToolResult:
        await api.activate(call, "c1")
        return done()

    return activate


def test_a_method_declared_with_uses_is_checked_when_reached_through_its_object() -> None:
    api = ContactApi()
    defined = tool(Action("activate", (api.activate,), adapter_handler(api)))
    assert defined.actions[0].operations == ("activateUserContact",)
    with pytest.raises(ValueError, match="declares listUserContacts but never calls it"):
        tool(Action("activate", (api.activate, list_user_contacts), adapter_handler(api)))
    wrong = MisdeclaredContactApi()
    with pytest.raises(ValueError, match=r"helper .*activate declares getUserContact but never calls it"):
        tool(Action("activate", (wrong.activate,), adapter_handler(wrong)))


def test_anything_else_in_a_declaration_is_refused() -> None:
    async def get(call: ToolCall) -> ToolResult:
        return done()

    with pytest.raises(ValueError, match="neither a generated endpoint module nor a helper"):
        Action("get", ("getUserContact",), get)  # type: ignore[arg-type]


def test_tool_calls_are_type_checked_against_the_endpoint(tmp_path: Path) -> None:
    source = tmp_path / "typed_call.py"
    source.write_text(
        textwrap.dedent(
            """
            from jsm_ops_client.api.contacts import get_user_contact, list_user_contacts

            from mcp_server.calls import ToolCall


            async def handler(call: ToolCall) -> None:
                page = await call.api(list_user_contacts, offset=0, size=25)
                print(page.values, page.linkz)
                await call.api(list_user_contacts, ofset=0)
                await call.api(get_user_contact, 42)
                await call.hinted("Pass a contact id.").api(get_user_contact, "c1", extra=1)
            """
        )
    )
    out, _, status = mypy_api.run(
        ["--strict", "--cache-dir", str(ROOT / ".mypy_cache"), "--no-error-summary", str(source)]
    )
    errors = [line.split(": error: ")[1] for line in out.splitlines() if ": error: " in line]
    assert status == 1
    assert any('has no attribute "linkz"' in e for e in errors), out
    assert any('Unexpected keyword argument "ofset"' in e for e in errors), out
    assert any('incompatible type "int"; expected "str"' in e for e in errors), out
    assert any('Unexpected keyword argument "extra"' in e for e in errors), out
    assert len(errors) == 4, out


def names_by_dis(code: CodeType) -> tuple[set[str], set[str], set[tuple[str, str]]]:
    """What endpoints._code_names must find, read with the standard library's disassembler."""
    found: tuple[set[str], set[str], set[tuple[str, str]]] = (set(), set(), set())
    previous: dis.Instruction | None = None
    for instruction in dis.get_instructions(code):
        if instruction.opname == "LOAD_GLOBAL":
            found[0].add(str(instruction.argval))
        elif instruction.opname in ("LOAD_ATTR", "LOAD_METHOD"):
            found[1].add(str(instruction.argval))
            if previous is not None and previous.opname == "LOAD_GLOBAL":
                found[2].add((str(previous.argval), str(instruction.argval)))
        if instruction.opname != "EXTENDED_ARG":  # a prefix of the next instruction's argument
            previous = instruction
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            for mine, inner in zip(found, names_by_dis(constant), strict=True):
                mine |= inner  # type: ignore[operator]
    return found


def test_the_bytecode_reader_finds_what_the_disassembler_finds() -> None:
    # Every function of the tool modules, and one with more names than a one-byte argument holds.
    many = "\n".join(f"    g{i} = x.a{i} + y{i}.b{i}" for i in range(300))
    scope: dict[str, Any] = {}
    exec(f"def wide(x):\n{many}\n", scope)
    codes = [scope["wide"].__code__]
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("mcp_server."):
            for value in list(vars(module).values()):
                if isinstance(value, FunctionType):
                    codes.append(value.__code__)
    assert len(codes) > 200
    for code in codes:
        names = _code_names(code)
        assert (names.globals, names.attributes, names.qualified) == names_by_dis(code), code.co_name
