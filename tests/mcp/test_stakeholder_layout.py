"""ATLASSIAN_STAKEHOLDER_LAYOUT: the stakeholder operations under the reference pages' URL layout (default)
or under that of Atlassian's OpenAPI document; contacts stay where they are in both."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mcp_support import build_runtime, connect, fails_with, ok

from atlassian_people_sandbox import SandboxConfig, SandboxServer
from atlassian_specs.layouts import stakeholder_base
from mcp_server.config import ConfigError, load_settings

pytestmark = pytest.mark.anyio

CLOUD = "a436116f-02ce-4520-8fbb-7301462a1674"


@pytest.fixture(scope="module")
def openapi_sandbox() -> Iterator[SandboxServer]:
    config = SandboxConfig(seed_size=10, validate_responses=True, stakeholder_layout="openapi")
    with SandboxServer(config) as server:
        yield server


def test_the_base_is_derived_from_the_jsm_ops_base() -> None:
    base = f"https://api.atlassian.com/jsm/ops/api/{CLOUD}"
    assert stakeholder_base(base, "reference") == base
    assert (
        stakeholder_base(base + "/", "openapi")
        == f"https://api.atlassian.com/jsm/ops/stakeholder-comms/cloudId/{CLOUD}/api"
    )
    assert stakeholder_base(f"http://127.0.0.1:9/proxy/jsm/ops/api/{CLOUD}", "openapi").startswith(
        "http://127.0.0.1:9/proxy/jsm/ops/stakeholder-comms/cloudId/"
    )
    with pytest.raises(ValueError, match="does not end in /jsm/ops/api/"):
        stakeholder_base("https://proxy.example/ops", "openapi")


def test_an_unknown_layout_or_an_unmappable_base_is_refused(openapi_sandbox: SandboxServer) -> None:
    with pytest.raises(ConfigError, match="ATLASSIAN_STAKEHOLDER_LAYOUT='openapl' is not a layout"):
        load_settings(env={"ATLASSIAN_STAKEHOLDER_LAYOUT": "openapl"})
    with pytest.raises(ConfigError, match="cannot be derived"):
        build_runtime(
            openapi_sandbox,
            ATLASSIAN_STAKEHOLDER_LAYOUT="openapi",
            ATLASSIAN_JSM_OPS_URL=f"{openapi_sandbox.url}/ops",
        )


async def test_openapi_layout_reaches_stakeholders_and_keeps_contacts(openapi_sandbox: SandboxServer) -> None:
    async with connect(openapi_sandbox, ATLASSIAN_STAKEHOLDER_LAYOUT="openapi") as client:
        listed = await ok(client, "stakeholders_read", {"action": "list", "limit": 3})
        assert len(listed["items"]) == 3
        groups = await ok(client, "stakeholder_groups_read", {"action": "list"})
        assert groups["items"]
        contacts = await ok(client, "contacts_read", {"action": "list"})
        assert contacts["items"]
    served = openapi_sandbox.sandbox.requests
    assert served["listStakeholders"] >= 1 and served["listUserContacts"] >= 1


async def test_the_default_layout_misses_a_site_serving_the_other(openapi_sandbox: SandboxServer) -> None:
    async with connect(openapi_sandbox) as client:
        await fails_with(client, "stakeholders_read", {"action": "list"}, "ATLASSIAN_STAKEHOLDER_LAYOUT")
        await fails_with(
            client, "stakeholder_groups_read", {"action": "list"}, "ATLASSIAN_STAKEHOLDER_LAYOUT"
        )
        assert (await ok(client, "contacts_read", {"action": "list"}))["items"]
