"""Records of the stakeholder-comms area and the identifiers they are found by (ids, ARIs, team ids)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

EXTERNAL, INTERNAL, TEAM, GROUP = "EXTERNAL", "INTERNAL", "TEAM", "GROUP"
STAKEHOLDER_TYPES = (EXTERNAL, INTERNAL, TEAM, GROUP)
ACTIVE, INVITED, INACTIVE = "ACTIVE", "INVITED", "INACTIVE"
# Documented by Atlassian besides ACTIVE; the sandbox never reaches them by itself, but update may set them.
DOCUMENTED_STATUSES = (
    "PENDING_IDENTITY_SETUP",
    "INVITED_PENDING_APPROVAL",
    "NOT_INVITED",
    "QUARANTINED",
    "DELETED",
)
STAKEHOLDER_STATUSES = (ACTIVE, INVITED, INACTIVE, *DOCUMENTED_STATUSES)
INCIDENT = "INCIDENT"
STATUSPAGE = "STATUSPAGE"
CHANNELS = ("email", "sms", "webhook")

_ARI_PREFIX = "ari:cloud:jira-servicemanagement:"
_ARI = re.compile(r"^ari:cloud:jira-servicemanagement:(?P<cloud>[^:/]+):(?P<kind>[a-z-]+)/(?P<id>[^/]+)$")
STAKEHOLDER_ARI_KIND = "stakeholder"
ASSIGNMENT_ARI_KIND = "stakeholder-assignment"
# Team ids are UUIDs upstream; derive them from the team name so they are stable across seeds.
_TEAM_NAMESPACE = uuid.UUID("6f1c3b7e-4a52-4d8e-9a0b-5c2d1e7f8a90")


def ari(cloud_id: str, kind: str, identifier: str) -> str:
    return f"{_ARI_PREFIX}{cloud_id}:{kind}/{identifier}"


def parse_ari(value: str, kind: str) -> tuple[str, str] | None:
    """(cloud id, resource id) of an ARI of this kind, or None when the text is not one."""
    match = _ARI.match(value.strip())
    if match is None or match["kind"] != kind:
        return None
    return match["cloud"], match["id"]


def team_id_for(name: str) -> str:
    return str(uuid.uuid5(_TEAM_NAMESPACE, f"team:{name}"))


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass(frozen=True)
class Team:
    id: str
    name: str


@dataclass(eq=False, slots=True)
class Stakeholder:
    id: str
    seq: int  # insertion order, the default list order and the tie-breaker of every other order
    type: str
    status: str
    skip_confirmation: bool
    inserted_at: str
    updated_at: str
    preference_id: str
    aaid: str | None = None
    atlassian_team_id: str | None = None
    stakeholder_group_id: str | None = None
    # Only EXTERNAL stakeholders keep a name; the others show their account, team or group name, live.
    display_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    phone_country: str | None = None
    webhook: str | None = None
    channels: dict[str, bool] = field(default_factory=dict)
    preference_updated_at: str | None = None
    invitations_sent: int = 0
    # Ordered sets (dict keys): the groups it belongs to and the assignments it is on.
    group_ids: dict[str, None] = field(default_factory=dict)
    assignment_ids: dict[str, None] = field(default_factory=dict)


@dataclass(eq=False, slots=True)
class StakeholderGroup:
    id: str
    name: str
    description: str | None
    owner_id: str | None
    logo_url: str | None
    status: str
    inserted_at: str
    updated_at: str
    services: list[str] = field(default_factory=list)
    member_ids: dict[str, None] = field(default_factory=dict)


@dataclass(eq=False, slots=True)
class Assignment:
    """An entity stakeholders are assigned to (an incident), with the stakeholders on it."""

    id: str
    seq: int
    assignment_type: str
    external_id: str
    added_from: str
    inserted_at: str
    updated_at: str
    service: str | None = None  # the affected service: incidents on the same service are "similar"
    stakeholder_ids: dict[str, None] = field(default_factory=dict)
