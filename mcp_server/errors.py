"""Tool failures with messages a model (and a person) can act on, and secret redaction."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable
from typing import Any

from mcp.server.mcpserver.exceptions import ToolError

from .permissions import Requirement


class ToolFailure(ToolError):
    """An anticipated failure: returned to the client as an error result with this message.

    Its class says what happened (as httpx's exceptions do), so handlers branch on the kind rather than on
    the wording or a status number; `status` is Atlassian's HTTP status when the failure is its answer.
    """

    default_status: int | None = None

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = self.default_status if status is None else status


class AuthenticationFailed(ToolFailure):
    """Atlassian rejected the credentials (401)."""

    default_status = 401


class Forbidden(ToolFailure):
    """The credentials lack a product permission or scope (403)."""

    default_status = 403


class NotFound(ToolFailure):
    """Nothing has the identifier: Atlassian's 404, or no match when resolving a name."""

    default_status = 404


class Conflict(ToolFailure):
    """It already exists or changed meanwhile (409)."""

    default_status = 409


class Rejected(ToolFailure):
    """Atlassian refused the request as malformed or invalid (400, 422)."""

    default_status = 400


class RateLimited(ToolFailure):
    """Too many requests (429); retry_after is Atlassian's Retry-After, when it sent one."""

    default_status = 429

    def __init__(self, message: str, status: int | None = None, retry_after: str | None = None) -> None:
        super().__init__(message, status)
        self.retry_after = retry_after


class Unavailable(ToolFailure):
    """Atlassian failed to answer a request that changes nothing (5xx); retrying later is safe."""

    default_status = 503


class OutcomeUnknown(ToolFailure):
    """A write that may have been applied (no answer, a 5xx or an unreadable one): not repeated, and to be
    checked; handlers with a natural key (a name, an email) can check themselves."""


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """text for one log line: control characters escaped (a newline in a tool name or argument must not
    start a forged log line)."""
    return _CONTROL.sub(lambda found: repr(found.group())[1:-1], text)


def redact(text: str, secrets: Iterable[str]) -> str:
    """Remove secret values, and the basic-auth forms built from them, from text."""
    for secret in secrets:
        if not secret:
            continue
        text = text.replace(secret, "[redacted]")
    return text


def redact_data(data: Any, secrets: tuple[str, ...]) -> Any:
    """A result's data with secrets removed from every string and absent (None) values left out of objects.

    When the data's JSON text holds no secret and no null below the top level (the usual read result: a
    listing's absent next_cursor and total are top-level nulls), only those top-level entries are left out:
    encoding it is far cheaper than walking every value. Only secrets that read the same inside JSON text
    (no quote, backslash or control character) can be looked for that way; otherwise it is walked."""
    if all(json.dumps(secret, ensure_ascii=False)[1:-1] == secret for secret in secrets):
        present = data
        if isinstance(data, dict) and any(value is None for value in data.values()):
            present = {key: value for key, value in data.items() if value is not None}
        try:
            text = json.dumps(present, ensure_ascii=False)
        except (TypeError, ValueError):  # not JSON data: walked below
            text = None
        if text is not None and "null" not in text and not any(s and s in text for s in secrets):
            return present
    return _redact_walk(data, secrets)


def _redact_walk(data: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(data, str):
        return redact(data, secrets)
    if isinstance(data, list):
        return [_redact_walk(item, secrets) for item in data]
    if isinstance(data, dict):  # absent values are left out rather than sent as null
        return {key: _redact_walk(value, secrets) for key, value in data.items() if value is not None}
    return data


def basic_auth_forms(email: str | None, token: str | None) -> tuple[str, ...]:
    if not (email and token):
        return ()
    pair = f"{email}:{token}"
    return (pair, base64.b64encode(pair.encode()).decode())


def _api_message(body: bytes, secrets: Iterable[str]) -> str:
    """The human part of an Atlassian error body, whichever API's shape it has, with secrets removed before
    it is shortened (so a secret cut in two cannot leak its first part)."""
    try:
        data: Any = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        text = redact(body.decode("utf-8", "replace").strip(), secrets)
        return text[:300]
    parts: list[str] = []
    if isinstance(data, dict):
        if isinstance(data.get("message"), str):
            parts.append(data["message"])
        for message in data.get("errorMessages", []) or []:
            if isinstance(message, str):
                parts.append(message)
        errors = data.get("errors")
        if isinstance(errors, dict):
            parts += [f"{field}: {problem}" for field, problem in errors.items()]
        elif isinstance(errors, list):
            for error in errors:
                if isinstance(error, dict):
                    detail = error.get("detail") or error.get("title")
                    if isinstance(detail, str) and detail not in parts:
                        parts.append(detail)
        if isinstance(data.get("error"), str) and data["error"]:
            parts.append(data["error"])
    unique = list(dict.fromkeys(parts))
    return redact("; ".join(unique), secrets)[:500] or "no details given"


def from_status(
    status: int,
    body: bytes,
    headers: dict[str, str],
    requirement: Requirement,
    credential: str,
    lookup_hint: str = "",
    secrets: Iterable[str] = (),
) -> ToolFailure:
    """Turn a non-2xx answer from Atlassian into an actionable failure."""

    said = _api_message(body, secrets).rstrip(". ")
    op = requirement.operation_id
    if status == 401:
        return AuthenticationFailed(
            f"Atlassian rejected the credentials ({credential}) for {op}: {said}. "
            "Check they are valid and not expired, then restart the server.",
            status,
        )
    if status == 403:
        scopes = requirement.scopes_in_words()
        return Forbidden(
            f"Forbidden: {op} needs the product permission '{requirement.permission}'"
            + (f" and, for OAuth or scoped tokens, the scope(s) {scopes}" if scopes else "")
            + f". Atlassian said: {said}. Ask a site admin to grant it, or use other credentials.",
            status,
        )
    if status == 404:
        hint = f" {lookup_hint}" if lookup_hint else ""
        return NotFound(f"Not found ({op}): {said}. Check the identifier.{hint}", status)
    if status == 409:
        return Conflict(
            f"Conflict ({op}): {said}. It already exists or changed meanwhile; read it and retry.", status
        )
    if status in (400, 422):
        return Rejected(
            f"Atlassian rejected the request ({op}, {status}): {said}. Fix the arguments and retry.", status
        )
    if status == 429:
        retry = headers.get("retry-after", "")
        wait = f" after {retry} s" if retry else " later"
        reason = printable(headers.get("ratelimit-reason", ""))[:60]
        # Jira's quota-based limits count every user of the app (in team mode, everyone on this server).
        why = f" Atlassian's reason: {reason}" + (
            " (the app's shared quota: other people's calls count too)." if "quota" in reason else "."
        )
        return RateLimited(
            f"Rate limited by Atlassian ({op}); retry{wait}.{why if reason else ''}", status, retry or None
        )
    if status >= 500:
        return Unavailable(f"Atlassian is unavailable ({op}: HTTP {status}); retry later.", status)
    return ToolFailure(f"Unexpected HTTP {status} from {op}: {said}.", status)
