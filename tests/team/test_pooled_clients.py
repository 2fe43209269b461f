"""The API clients shared by everyone in team mode keep no cookies, so nothing Atlassian sets for one
person's request is sent with another's; a request with nobody signed in is never sent."""

from __future__ import annotations

import httpx
import pytest

from mcp_server.clients import ApiClients, Credential, Endpoints
from mcp_server.errors import ToolFailure
from mcp_server.team.grants import GrantTokens
from mcp_server.team.person import PersonAuth, PersonCredential

pytestmark = pytest.mark.anyio
ENDPOINTS = Endpoints(
    jsm_ops="http://127.0.0.1:9/jsm", csm="http://127.0.0.1:9/csm", jira="http://127.0.0.1:9/jira"
)


async def test_pooled_clients_store_no_cookies() -> None:
    apis = ApiClients(ENDPOINTS, Credential(oauth_token="t"))
    http = apis.client("jira-groups").get_async_httpx_client()
    response = httpx.Response(
        200,
        headers={"set-cookie": "atlassian.xsrf.token=person-a; Path=/"},
        request=httpx.Request("GET", "http://127.0.0.1:9/jira/rest/api/3/group"),
    )
    http.cookies.extract_cookies(response)  # what httpx does with every response
    assert not list(http.cookies.jar)
    await apis.aclose()


async def test_no_request_leaves_without_a_signed_in_person() -> None:
    auth = PersonAuth(GrantTokens(store=None, atlassian=None))  # type: ignore[arg-type]  # never reached
    apis = ApiClients(ENDPOINTS, PersonCredential(person_auth=auth))
    http = apis.client("jira-groups").get_async_httpx_client()
    with pytest.raises(ToolFailure, match="No signed-in person"):
        await http.get("/rest/api/3/group")
    await apis.aclose()
