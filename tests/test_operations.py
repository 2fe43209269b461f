"""The one Operation model (atlassian_specs.operations) and the code that cannot load the specs.

The clients-only runtime ships without the specs, so its retry rule and base URLs are written out there;
these tests hold them, and the server's "changes data" rule, to what the specs say.
"""

from __future__ import annotations

import re

import httpx
import pytest

from atlassian_people_runtime.sites import connect
from atlassian_people_runtime.transport import is_retry_safe
from atlassian_specs.operations import (
    JIRA_OAUTH_BASE_PATH,
    BaseKind,
    Operation,
    api_base_url,
    operation,
    operations,
)
from mcp_server.outcomes import changes_data

CLOUD_ID = "a436116f-02ce-4520-8fbb-7301462a1674"
GATEWAY = "https://api.atlassian.com"
SITE = "https://example.atlassian.net"


def _concrete(op: Operation) -> str:
    return re.sub(r"\{[^}]+\}", "x1", op.route).replace("x1", CLOUD_ID, 1)


@pytest.mark.parametrize("op", list(operations().values()), ids=lambda op: op.operation_id)
def test_the_read_rule_of_the_runtime_and_the_server_is_the_specs(op: Operation) -> None:
    request = httpx.Request(op.method, f"{GATEWAY}{_concrete(op)}")
    assert changes_data(op.method, request.url.path) is not op.reads_only
    if op.method == "POST":
        assert is_retry_safe(request) is op.reads_only


def test_post_reads_are_the_fetch_and_search_operations() -> None:
    post_reads = {op.operation_id for op in operations().values() if op.method == "POST" and op.reads_only}
    assert post_reads == {
        "fetchOrganizations",
        "fetchOrganizationProfiles",
        "searchCustomersByDetailField",
        "fetchCustomerProfiles",
    }


def test_scope_gaps_name_the_smallest_gap_first_and_none_when_an_alternative_is_granted() -> None:
    op = Operation(
        operation_id="x",
        api="csm",
        method="POST",
        path="/x",
        base_path="",
        base_kind=BaseKind.SITE,
        scope_alternatives=(frozenset({"a", "b"}), frozenset({"c"})),
        role_alternatives=(frozenset({"jsm-agent"}),),
        permission_text="",
        success_statuses=frozenset({200}),
        tags=frozenset(),
    )
    assert op.scope_gaps(frozenset()) == (frozenset({"c"}), frozenset({"a", "b"}))
    assert op.missing_scopes(frozenset({"a"})) == "b, or c"
    assert op.scope_gaps(frozenset({"c"})) == ()
    assert op.missing_scopes(frozenset({"a", "b"})) is None
    assert op.role_gaps(frozenset({"authenticated"})) == (frozenset({"jsm-agent"}),)
    assert op.permission == "Jira Service Management agent"
    assert not op.reads_only


@pytest.mark.parametrize("oauth", [False, True], ids=["basic", "oauth"])
def test_the_runtime_base_urls_are_the_specs(oauth: bool) -> None:
    if oauth:
        apis = connect(SITE, oauth_token="t", cloud_id=CLOUD_ID)
    else:
        apis = connect(SITE, email="me@example.com", api_token="t", cloud_id=CLOUD_ID)
    jira_root = GATEWAY + JIRA_OAUTH_BASE_PATH.format(cloudId=CLOUD_ID) if oauth else SITE
    expected = [
        api_base_url("jsm-ops", GATEWAY, CLOUD_ID),
        api_base_url("csm", GATEWAY, CLOUD_ID),
        api_base_url("jira-groups", jira_root, CLOUD_ID),
    ]
    with apis:
        made = [apis.jsm_ops.get_httpx_client(), apis.csm.get_httpx_client(), apis.jira.get_httpx_client()]
        assert [str(http.base_url).rstrip("/") for http in made] == expected


def test_an_unknown_operation_id_is_named() -> None:
    with pytest.raises(KeyError, match="getNothing is not an operation in specs/"):
        operation("getNothing")
