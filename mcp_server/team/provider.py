"""The team server's OAuth 2.1 authorization server, for the SDK's protocol endpoints (`mcp.server.auth`).

MCP clients register, are sent to our consent page (signin.py) and on to Atlassian, and get our own opaque
tokens: bound to this server's `/mcp` resource, stored only as hashes, rotated on every refresh. A token
names a grant (its `subject`); Atlassian's tokens stay in the store and never reach a client, and a
client's token never reaches Atlassian.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from mcp.server.auth.provider import (
    AccessToken,
    AuthorizationCode,
    AuthorizationParams,
    AuthorizeError,
    RefreshToken,
    RegistrationError,
    TokenError,
)
from mcp.shared.auth import OAuthClientInformationFull, OAuthToken
from pydantic import AnyUrl

from ..urls import is_loopback
from .grants import in_thread
from .scopes import OUR_SCOPES, READ
from .store import IssuedToken, Store

log = logging.getLogger("atlassian_people_mcp")

FLOW_TTL_S = 900  # from the client's /authorize to Atlassian's callback
CODE_TTL_S = 300
ACCESS_TTL_S = 3600
REFRESH_TTL_S = 30 * 86400
# Registrations nobody has signed in with yet (anyone may register): at this many, the oldest idle one goes.
MAX_UNUSED_CLIENTS = 1000
_NEVER_REDIRECT_TO = frozenset({"javascript", "data", "vbscript", "file", "blob", "about"})


def redirect_uri_problem(uri: str) -> str | None:
    """Why a client may not register this redirect URI (OAuth 2.1: https, http only on loopback, or an
    app's own scheme), or None."""
    parts = urlsplit(uri)
    scheme = parts.scheme.lower()
    if scheme in _NEVER_REDIRECT_TO:
        return f"redirect URI {uri!r}: a {scheme}: URI cannot receive an authorization code"
    if scheme == "http" and not is_loopback(parts.hostname or ""):
        return (
            f"redirect URI {uri!r}: http is allowed only on loopback (127.0.0.1, [::1], localhost); use https"
        )
    if parts.fragment:
        return f"redirect URI {uri!r} must not have a fragment"
    return None


class TeamProvider:
    """`OAuthAuthorizationServerProvider` over the store."""

    def __init__(self, store: Store, public_url: str, offered: list[str]) -> None:
        self.store = store
        self.public_url = public_url.rstrip("/")
        self.resource = f"{self.public_url}/mcp"
        self.offered = offered  # our scopes the operator's settings leave meaningful

    # -- clients -----------------------------------------------------------------------------------

    async def get_client(self, client_id: str) -> OAuthClientInformationFull | None:
        info = await in_thread(self.store.client, client_id)
        return None if info is None else OAuthClientInformationFull.model_validate_json(info)

    async def register_client(self, client_info: OAuthClientInformationFull) -> None:
        assert client_info.client_id is not None  # the SDK's registration handler assigns it
        for uri in client_info.redirect_uris or ():
            problem = redirect_uri_problem(str(uri))
            if problem:
                raise RegistrationError("invalid_redirect_uri", problem)
        info = client_info.model_dump_json()
        if not await in_thread(self.store.save_client, client_info.client_id, info, MAX_UNUSED_CLIENTS):
            raise RegistrationError(
                "invalid_client_metadata",
                f"this server already holds {MAX_UNUSED_CLIENTS} client registrations that are signing in "
                "right now and nobody has finished; retry in 15 minutes, or ask the server's operator",
            )

    # -- authorization -----------------------------------------------------------------------------

    async def authorize(self, client: OAuthClientInformationFull, params: AuthorizationParams) -> str:
        if params.resource is not None and params.resource.rstrip("/") != self.resource:
            raise AuthorizeError("invalid_request", f"this server's resource is {self.resource}")
        # The SDK already refused scopes outside the client's registration (ours); reading is always asked
        # for, as nothing else works without it.
        known = [scope for scope in OUR_SCOPES if scope in (params.scopes or self.offered)]
        requested = known if READ in known else [READ, *known]
        assert client.client_id is not None
        flow = {
            "state": params.state,
            "scopes": requested,
            "code_challenge": params.code_challenge,
            "redirect_uri": str(params.redirect_uri),
            "redirect_uri_provided_explicitly": params.redirect_uri_provided_explicitly,
            "resource": params.resource,
        }
        await in_thread(self.store.purge_expired)  # abandoned flows, codes and tokens do not pile up
        flow_id = await in_thread(self.store.create_flow, client.client_id, flow, FLOW_TTL_S)
        return f"{self.public_url}/consent?flow={flow_id}"

    async def load_authorization_code(
        self, client: OAuthClientInformationFull, authorization_code: str
    ) -> AuthorizationCode | None:
        found = await in_thread(self.store.code, authorization_code)
        if found is None or found[1] != client.client_id:
            return None
        grant_id, client_id, details, expires_at = found
        return AuthorizationCode(
            code=authorization_code,
            scopes=details["scopes"],
            expires_at=expires_at,
            client_id=client_id,
            code_challenge=details["code_challenge"],
            redirect_uri=AnyUrl(details["redirect_uri"]),
            redirect_uri_provided_explicitly=details["redirect_uri_provided_explicitly"],
            resource=details.get("resource"),
            subject=grant_id,
        )

    async def exchange_authorization_code(
        self, client: OAuthClientInformationFull, authorization_code: AuthorizationCode
    ) -> OAuthToken:
        if not await in_thread(self.store.spend_code, authorization_code.code):
            raise TokenError("invalid_grant", "authorization code already used")
        assert authorization_code.subject is not None
        return await self._issue(
            authorization_code.subject, authorization_code.client_id, frozenset(authorization_code.scopes)
        )

    # -- refresh -----------------------------------------------------------------------------------

    async def load_refresh_token(
        self, client: OAuthClientInformationFull, refresh_token: str
    ) -> RefreshToken | None:
        found = await in_thread(self.store.token, refresh_token, "refresh")
        if found is None:
            replayed = await in_thread(self.store.spent_token_grant, refresh_token)
            if replayed:  # a copy of the token is in other hands (OAuth 2.1 §4.3.1): end the whole grant
                await in_thread(self.store.delete_grant, replayed)
                log.warning("a used refresh token was presented again; that sign-in was ended")
            return None
        if found.client_id != client.client_id:
            return None
        grant = await in_thread(self.store.grant, found.grant_id)
        if grant is None or not grant.alive:
            return None  # the person must sign in again (their Atlassian grant ended)
        return RefreshToken(token=refresh_token, **_described(found))

    async def exchange_refresh_token(
        self, client: OAuthClientInformationFull, refresh_token: RefreshToken, scopes: list[str]
    ) -> OAuthToken:
        if not await in_thread(self.store.spend_token, refresh_token.token):
            raise TokenError("invalid_grant", "refresh token already used")
        narrowed = frozenset(scopes or refresh_token.scopes) & frozenset(refresh_token.scopes)
        assert refresh_token.subject is not None
        return await self._issue(refresh_token.subject, refresh_token.client_id, narrowed)

    async def _issue(self, grant_id: str, client_id: str, scopes: frozenset[str]) -> OAuthToken:
        access, _ = await in_thread(
            self.store.save_token, "access", grant_id, client_id, scopes, self.resource, ACCESS_TTL_S
        )
        refresh, _ = await in_thread(
            self.store.save_token, "refresh", grant_id, client_id, scopes, self.resource, REFRESH_TTL_S
        )
        return OAuthToken(
            access_token=access,
            token_type="Bearer",
            expires_in=ACCESS_TTL_S,
            refresh_token=refresh,
            scope=" ".join(sorted(scopes)),
        )

    # -- checking and revoking -----------------------------------------------------------------------

    async def load_access_token(self, token: str) -> AccessToken | None:
        found = await in_thread(self.store.token, token, "access")
        if found is None:
            return None
        return AccessToken(token=token, **_described(found))

    async def revoke_token(self, token: AccessToken | RefreshToken) -> None:
        """Sign this client out for this person: our tokens and the stored Atlassian tokens go."""
        if token.subject:
            await in_thread(self.store.delete_grant, token.subject)
            log.info("client %s signed out; its grant and Atlassian tokens were removed", token.client_id)


def _described(found: IssuedToken) -> dict[str, Any]:
    """What the SDK's AccessToken and RefreshToken say of a stored token besides the token itself."""
    return {
        "client_id": found.client_id,
        "scopes": sorted(found.scopes),
        "expires_at": found.expires_at,
        "resource": found.resource,
        "subject": found.grant_id,
    }
