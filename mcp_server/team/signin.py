"""The person-facing pages of the sign-in: our consent page (per person and client, before anything is
sent to Atlassian, as the MCP spec requires of a server delegating to another authorization server) and
Atlassian's callback.

The consent form is protected against cross-site requests by a token tied to a per-browser cookie, and
the same cookie must come back with Atlassian's callback, so a sign-in started in one browser cannot be
finished in another (login CSRF). Pages cannot be framed (clickjacking) and are never cached.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import logging
import secrets
from urllib.parse import urlsplit

from mcp.server.auth.provider import construct_redirect_uri
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from .atlassian import AtlassianOAuth, AtlassianSignInError
from .grants import in_thread
from .provider import CODE_TTL_S, TeamProvider
from .scopes import READ, SCOPE_WORDS
from .store import AtlassianTokens, Flow, new_secret, token_hash

log = logging.getLogger("atlassian_people_mcp")

CALLBACK_PATH = "/oauth/atlassian/callback"
_SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'; default-src 'none'; style-src 'unsafe-inline'",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
}


class SignIn:
    def __init__(
        self,
        provider: TeamProvider,
        atlassian: AtlassianOAuth,
        atlassian_scopes: list[str],
        cloud_id: str,
        csrf_secret: bytes,
    ) -> None:
        self.provider = provider
        self.store = provider.store
        self.atlassian = atlassian
        self.atlassian_scopes = atlassian_scopes
        self.cloud_id = cloud_id
        self._csrf_secret = csrf_secret
        public = urlsplit(provider.public_url)
        self.origin = f"{public.scheme}://{public.netloc}"
        self.secure = public.scheme == "https"
        # __Host-: only ever set by this exact origin over HTTPS, never by a sibling subdomain.
        self.cookie = "__Host-atlassian-people-signin" if self.secure else "atlassian-people-signin"

    @property
    def callback_url(self) -> str:
        return self.provider.public_url + CALLBACK_PATH

    def _csrf(self, flow_id: str, browser: str) -> str:
        return hmac.new(
            self._csrf_secret, f"consent|{flow_id}|{browser}".encode(), hashlib.sha256
        ).hexdigest()

    # -- GET/POST /consent -------------------------------------------------------------------------

    async def consent(self, request: Request) -> Response:
        flow_id = request.query_params.get("flow") or ""
        if request.method == "POST":
            form = await request.form()
            flow_id = str(form.get("flow", ""))
        flow = await in_thread(self.store.flow, flow_id) if flow_id else None
        if flow is None or flow.approved is not None:
            return _page(
                "This sign-in link has expired or was already used",
                "<p>Start again from your MCP client (connect or authenticate the server once more).</p>",
                400,
            )
        if request.method == "GET":
            return await self._show(request, flow)
        chosen = [str(scope) for scope in form.getlist("scope")]
        return await self._decide(
            request, flow, chosen, str(form.get("decision", "")), str(form.get("csrf", ""))
        )

    async def _show(self, request: Request, flow: Flow) -> Response:
        browser = request.cookies.get(self.cookie) or secrets.token_urlsafe(24)
        client = await self.provider.get_client(flow.client_id)
        name = (client.client_name if client else None) or flow.client_id
        redirect_host = urlsplit(flow.params["redirect_uri"]).netloc or flow.params["redirect_uri"]
        offered = [scope for scope in flow.params["scopes"] if scope in self.provider.offered]
        boxes = "".join(
            f'<label><input type="checkbox" name="scope" value="{scope}" checked'
            f"{' disabled' if scope == READ else ''}> {html.escape(SCOPE_WORDS[scope])}</label><br>"
            for scope in offered
        )
        body = (
            f"<p><b>{html.escape(name)}</b> (returning to <code>{html.escape(redirect_host)}</code>) asks to "
            "use the Atlassian people tools <b>as you</b>, with your own Atlassian permissions.</p>"
            "<p>Only continue if you started connecting this client just now.</p>"
            f'<form method="post" action="/consent"><input type="hidden" name="flow" value="{flow.flow_id}">'
            f'<input type="hidden" name="csrf" value="{self._csrf(flow.flow_id, browser)}">'
            f"<p>Allow it to:</p>{boxes}"
            '<p><button name="decision" value="approve">Continue to Atlassian sign-in</button> '
            '<button name="decision" value="deny">Deny</button></p></form>'
        )
        response = _page(f"Connect {html.escape(name)} to Atlassian people", body)
        response.set_cookie(
            self.cookie, browser, max_age=1800, httponly=True, secure=self.secure, samesite="lax", path="/"
        )
        return response

    async def _decide(
        self, request: Request, flow: Flow, chosen: list[str], decision: str, csrf: str
    ) -> Response:
        browser = request.cookies.get(self.cookie, "")
        origin = request.headers.get("origin")
        if (
            not browser
            or not hmac.compare_digest(csrf.encode(), self._csrf(flow.flow_id, browser).encode())
            or (origin is not None and origin != self.origin)
        ):
            return _page(
                "This form was not sent from this server's consent page",
                "<p>Nothing was approved. Start again from your MCP client.</p>",
                403,
            )
        if decision != "approve":
            await in_thread(self.store.approve_flow, flow.flow_id, browser, new_secret(), frozenset())
            return _back_to_client(flow, error="access_denied")
        offered = set(flow.params["scopes"]) & set(self.provider.offered)
        approved = frozenset({READ, *(str(scope) for scope in chosen)}) & offered
        state = new_secret()
        if not await in_thread(self.store.approve_flow, flow.flow_id, browser, state, approved):
            return _page("This sign-in was already decided", "<p>Start again from your MCP client.</p>", 400)
        url = self.atlassian.authorize_url(self.atlassian_scopes, self.callback_url, state)
        return RedirectResponse(url, 303, headers=_SECURITY_HEADERS)

    # -- GET /oauth/atlassian/callback -------------------------------------------------------------

    async def callback(self, request: Request) -> Response:
        flow = await in_thread(self.store.take_flow, request.query_params.get("state", ""))
        if flow is None or flow.approved is None:
            return _page(
                "This sign-in is unknown or has expired",
                "<p>Start again from your MCP client.</p>",
                400,
            )
        browser = request.cookies.get(self.cookie, "")
        if not browser or not hmac.compare_digest(token_hash(browser), flow.browser_hash or ""):
            return _page(
                "This sign-in was started in another browser",
                "<p>Nothing was connected. Start again from your MCP client in this browser.</p>",
                403,
            )
        if request.query_params.get("error") or not request.query_params.get("code"):
            return _back_to_client(flow, error="access_denied")
        try:
            tokens, _ = await self.atlassian.exchange_code(request.query_params["code"], self.callback_url)
            identity = await self.atlassian.identity(tokens.access_token)
            site = next(
                (s for s in await self.atlassian.sites(tokens.access_token) if s.cloud_id == self.cloud_id),
                None,
            )
        except AtlassianSignInError as exc:
            log.warning("Atlassian sign-in failed: %s", exc)
            return _page("Atlassian sign-in failed", f"<p>{html.escape(str(exc))}. Try again.</p>", 502)
        if site is None:
            return _page(
                "Your Atlassian account cannot reach this server's site",
                "<p>Sign in with an account of the site this server serves, or ask its operator.</p>",
                403,
            )
        return await self._complete(flow, tokens, identity.account_id, identity.name, site.scopes)

    async def _complete(
        self, flow: Flow, tokens: AtlassianTokens, account_id: str, name: str, scopes: frozenset[str]
    ) -> Response:
        assert flow.approved is not None
        grant_id = await in_thread(
            lambda: self.store.save_grant(
                account_id=account_id,
                client_id=flow.client_id,
                approved=flow.approved or frozenset(),
                atlassian_scopes=scopes,
                cloud_id=self.cloud_id,
                display_name=name,
                tokens=tokens,
            )
        )
        code = new_secret()
        details = {**flow.params, "scopes": sorted(flow.approved)}
        await in_thread(self.store.save_code, code, grant_id, flow.client_id, details, CODE_TTL_S)
        log.info("%s connected client %s (%s)", account_id, flow.client_id, " ".join(sorted(flow.approved)))
        return _back_to_client(flow, code=code)


def _back_to_client(flow: Flow, **params: str) -> Response:
    url = construct_redirect_uri(flow.params["redirect_uri"], state=flow.params.get("state"), **params)
    return RedirectResponse(url, 302, headers=_SECURITY_HEADERS)


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    document = (
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>'
        f"{title}</title><style>body{{font-family:sans-serif;max-width:40em;margin:2em auto}}</style>"
        f"<h1>{title}</h1>{body}</html>"
    )
    return HTMLResponse(document, status, headers=_SECURITY_HEADERS)
