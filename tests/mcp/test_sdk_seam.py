"""The server's one override of a private SDK method (PeopleServer._tool_input_schema): the SDK must still
call it, so an `mcp` upgrade that changes the hook fails here rather than silently in production."""

from __future__ import annotations

from mcp_server.access import Access
from mcp_server.clients import ApiClients, Credential, Endpoints
from mcp_server.config import Settings
from mcp_server.server import PeopleServer
from mcp_server.tools import all_tools

UNUSED = "http://127.0.0.1:9"  # nothing here makes a request


def _server(settings: Settings) -> PeopleServer:
    apis = ApiClients(Endpoints(f"{UNUSED}/ops", f"{UNUSED}/csm", UNUSED), Credential())
    return PeopleServer(all_tools(), Access(settings, None), apis)


def test_the_sdk_looks_up_input_schemas_through_the_server() -> None:
    server = _server(Settings(read_only=True))
    lookup = server._lowlevel_server.get_tool_input_schema
    assert lookup is not None
    for tool in server.visible_tools():
        schema = lookup(tool.name)
        assert schema == server.tool_input_schema(tool.name) == tool.input_schema
    assert lookup("no_such_tool") is None


def test_the_schema_the_sdk_sees_is_narrowed_by_the_settings() -> None:
    # The products tools hold entitlement actions too, in the entitlements toolset.
    everything, products_only = _server(Settings()), _server(Settings(toolsets=frozenset({"products"})))
    wide_lookup = everything._lowlevel_server.get_tool_input_schema
    narrow_lookup = products_only._lowlevel_server.get_tool_input_schema
    assert wide_lookup is not None and narrow_lookup is not None
    narrowed = []
    for tool in products_only.visible_tools():
        wide, narrow = wide_lookup(tool.name), narrow_lookup(tool.name)
        assert wide is not None and narrow is not None
        if set(narrow["properties"]["action"]["enum"]) < set(wide["properties"]["action"]["enum"]):
            narrowed.append(tool.name)
    assert narrowed
