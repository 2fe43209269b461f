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

    `status` is Atlassian's HTTP status when the failure is its answer (None otherwise), so handlers can
    branch on what happened rather than on the wording.
    """

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


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

    def _failure(message: str) -> ToolFailure:
        return ToolFailure(message, status)

    said = _api_message(body, secrets).rstrip(". ")
    op = requirement.operation_id
    if status == 401:
        return _failure(
            f"Atlassian rejected the credentials ({credential}) for {op}: {said}. "
            "Check they are valid and not expired, then restart the server."
        )
    if status == 403:
        scopes = requirement.scopes_in_words()
        return _failure(
            f"Forbidden: {op} needs the product permission '{requirement.permission}'"
            + (f" and, for OAuth or scoped tokens, the scope(s) {scopes}" if scopes else "")
            + f". Atlassian said: {said}. Ask a site admin to grant it, or use other credentials."
        )
    if status == 404:
        hint = f" {lookup_hint}" if lookup_hint else ""
        return _failure(f"Not found ({op}): {said}. Check the identifier.{hint}")
    if status == 409:
        return _failure(
            f"Conflict ({op}): {said}. It already exists or changed meanwhile; read it and retry."
        )
    if status in (400, 422):
        return _failure(
            f"Atlassian rejected the request ({op}, {status}): {said}. Fix the arguments and retry."
        )
    if status == 429:
        retry = headers.get("retry-after", "")
        wait = f" after {retry} s" if retry else " later"
        return _failure(f"Rate limited by Atlassian ({op}); retry{wait}.")
    if status >= 500:
        return _failure(f"Atlassian is unavailable ({op}: HTTP {status}); retry later.")
    return _failure(f"Unexpected HTTP {status} from {op}: {said}.")
