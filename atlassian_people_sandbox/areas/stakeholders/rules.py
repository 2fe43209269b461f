"""Validation rules for stakeholder inputs: addresses, notification channels, enumerated parameters."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ...errors import ApiError
from .model import CHANNELS, EXTERNAL, GROUP, TEAM

STAKEHOLDER_ARI_FORMAT = "ari:cloud:jira-servicemanagement:<cloudId>:stakeholder/<id>"

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{5,23}$")


def unprocessable(message: str) -> ApiError:
    return ApiError(422, message)


def text(source: Mapping[str, Any], key: str) -> str | None:
    """A string field, stripped; blank counts as absent."""
    value = source.get(key)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def normalise_phone(phone: str) -> str:
    return ("+" if phone.startswith("+") else "") + "".join(ch for ch in phone if ch.isdigit())


def check_contact(email: str | None, phone: str | None, webhook: str | None) -> None:
    if email is not None and not _EMAIL.match(email):
        raise unprocessable(f"emailId '{email}' is not a valid email address.")
    if phone is not None and not _PHONE.match(phone):
        raise unprocessable(f"phoneNumber '{phone}' is not a valid phone number (digits, optionally with +).")
    if webhook is not None:
        parts = urlsplit(webhook)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise unprocessable(f"webhook '{webhook}' is not an http(s) URL.")


def name_from_contact(email: str | None, phone: str | None, webhook: str | None) -> str:
    """A readable name for an external stakeholder, who is only known by an address."""
    if email:
        local = re.sub(r"\d+", "", email.split("@", 1)[0])
        words = [word for word in re.split(r"[._+-]+", local) if word]
        return " ".join(word.capitalize() for word in words) or email
    return phone or urlsplit(webhook or "").netloc or "External stakeholder"


def contact_key(
    kind: str, email: str | None, phone: str | None, webhook: str | None
) -> tuple[str, str] | None:
    """What identifies an external stakeholder without an email address."""
    if kind != EXTERNAL or email:
        return None
    if phone:
        return ("phone", normalise_phone(phone))
    return ("webhook", webhook) if webhook else None


def default_channels(kind: str, addresses: Mapping[str, str | None]) -> dict[str, bool]:
    if kind in (TEAM, GROUP):  # notified through their members, by email unless asked otherwise
        return {"email": True, "sms": False, "webhook": False}
    return {channel: bool(addresses[channel]) for channel in CHANNELS}


def choice(value: str, allowed: tuple[str, ...], parameter: str) -> str:
    """The allowed value matching case-insensitively; 400 naming the allowed ones otherwise."""
    wanted = value.strip().replace("_", "").casefold()
    for option in allowed:
        if option.casefold() == wanted:
            return option
    raise ApiError(400, f"Unknown {parameter} '{value}'; use one of {', '.join(allowed)}.")


def addresses(email: str | None, phone: str | None, webhook: str | None) -> dict[str, str | None]:
    return {"email": email, "sms": phone, "webhook": webhook}


def channels(
    kind: str, requested: Any, addresses: Mapping[str, str | None], defaults: Mapping[str, bool]
) -> dict[str, bool]:
    """Enabled notification channels: the defaults, overridden by the request; each needs its address."""
    channels = dict(defaults)
    for channel in CHANNELS:
        option = requested.get(channel) if isinstance(requested, Mapping) else None
        if isinstance(option, Mapping) and isinstance(option.get("enabled"), bool):
            channels[channel] = option["enabled"]
    if kind not in (TEAM, GROUP):
        for channel in CHANNELS:
            if channels[channel] and not addresses[channel]:
                field = {"email": "emailId", "sms": "phoneNumber", "webhook": "webhook"}[channel]
                raise unprocessable(f"The {channel} channel is enabled but the stakeholder has no {field}.")
    return channels
