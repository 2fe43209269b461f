"""What the stakeholder-comms handlers share: the view of the store a request sees, relay pages, and
the checks of request bodies."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from ...errors import ApiError, not_found
from ...pagination import RelayPage, relay
from ...registry import Reply, SandboxRequest
from .model import (
    ASSIGNMENT_ARI_KIND,
    INTERNAL,
    STAKEHOLDER_ARI_KIND,
    Assignment,
    Stakeholder,
    StakeholderGroup,
    ari,
)
from .store import StakeholdersStore

T = TypeVar("T")

BULK_MAX = 1000
# The cloud id in either URL layout (atlassian_specs.layouts) of the stakeholder operations.
_CLOUD_ID = re.compile(r"/jsm/ops/(?:api|stakeholder-comms/cloudId)/([^/]+)/")
AVATAR_URL = "https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/{}/128"


class View:
    """Renders store records in the spec's shapes for one request (ARIs carry the request's cloud id)."""

    def __init__(self, request: SandboxRequest) -> None:
        self.store: StakeholdersStore = request.state.stakeholders
        match = _CLOUD_ID.search(request.base_url)
        self.cloud_id = match.group(1) if match else "cloudId"

    def stakeholder(self, s: Stakeholder) -> dict[str, Any]:
        groups = [self.store.groups[gid] for gid in s.group_ids if gid in self.store.groups]
        return {
            "id": s.id,
            "ari": ari(self.cloud_id, STAKEHOLDER_ARI_KIND, s.id),
            "aaid": s.aaid,
            "stakeholderGroupId": s.stakeholder_group_id,
            "atlassianTeamId": s.atlassian_team_id,
            "type": s.type,
            "skipConfirmation": s.skip_confirmation,
            "status": s.status,
            "notificationPreference": {
                "id": s.preference_id,
                "emailId": s.email,
                "phoneNumber": s.phone_number,
                "phoneCountry": s.phone_country,
                "webhook": s.webhook,
                "preference": {channel: {"enabled": enabled} for channel, enabled in s.channels.items()},
                "insertedAt": s.inserted_at,
                "updatedAt": s.preference_updated_at,
            },
            "insertedAt": s.inserted_at,
            "updatedAt": s.updated_at,
            "name": self.store.display_name(s),
            "avatar": AVATAR_URL.format(s.aaid) if s.type == INTERNAL and s.aaid else None,
            "groups": [{"id": g.id, "name": g.name, "avatar": g.logo_url} for g in groups],
        }

    def stakeholders(self, items: Sequence[Stakeholder]) -> list[dict[str, Any]]:
        return [self.stakeholder(s) for s in items]

    @staticmethod
    def group(g: StakeholderGroup) -> dict[str, Any]:
        return {
            "id": g.id,
            "name": g.name,
            "description": g.description,
            "ownerId": g.owner_id,
            "logoUrl": g.logo_url,
            "status": g.status,
            "insertedAt": g.inserted_at,
            "updatedAt": g.updated_at,
            "services": list(g.services),
        }

    def memberships(self, g: StakeholderGroup) -> list[dict[str, Any]]:
        return [self.membership(s) for s in self.store.members(g)]

    @staticmethod
    def membership(s: Stakeholder) -> dict[str, Any]:
        return {"memberId": s.id, "memberType": s.type}

    def assignment(self, a: Assignment) -> dict[str, Any]:
        return {
            "id": a.id,
            "ari": ari(self.cloud_id, ASSIGNMENT_ARI_KIND, a.id),
            "assignmentType": a.assignment_type,
            "addedFrom": a.added_from,
            "externalAssignmentId": a.external_id,
            "insertedAt": a.inserted_at,
            "updatedAt": a.updated_at,
        }


def relay_page(items: Sequence[T], query: Mapping[str, Any]) -> RelayPage:
    return relay(
        items,
        first=query.get("first"),
        after=query.get("after"),
        last=query.get("last"),
        before=query.get("before"),
    )


def whole(items: Sequence[T]) -> RelayPage:
    """Everything on one page, for connections the spec gives no paging parameters."""
    return RelayPage(list(items), 0, has_next=False, has_previous=False, total=len(items))


def body_of(request: SandboxRequest) -> dict[str, Any]:
    return request.body if isinstance(request.body, dict) else {}


def object_at(source: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = source.get(key)
    if not isinstance(value, dict):
        raise ApiError(400, f"'{key}' is required.")
    return value


def strings_at(source: Mapping[str, Any], key: str) -> list[str]:
    """A non-empty list of distinct ids, in the order given."""
    values = [value.strip() for value in source.get(key) or [] if isinstance(value, str) and value.strip()]
    if not values:
        raise ApiError(400, f"'{key}' must list at least one id.")
    if len(values) > BULK_MAX:
        raise ApiError(400, f"'{key}' lists {len(values)} ids; send at most {BULK_MAX} per request.")
    return list(dict.fromkeys(values))


def entries_of(source: Mapping[str, Any], *, required: bool) -> list[Mapping[str, Any]]:
    entries = source.get("stakeholders")
    if not entries and not required:
        return []
    if not entries:
        raise ApiError(400, "'stakeholders' must list at least one stakeholder.")
    if len(entries) > BULK_MAX:
        raise ApiError(400, f"'stakeholders' lists {len(entries)}; send at most {BULK_MAX} per request.")
    return list(entries)


def stakeholder_of(identifiers: Mapping[str, Any], view: View) -> Stakeholder:
    found, described = view.store.find_stakeholder(identifiers, view.cloud_id)
    if found is None:
        raise not_found("Stakeholder with", described)
    return found


def group_of(view: View, group_id: str) -> StakeholderGroup:
    group = view.store.groups.get(group_id)
    if group is None:
        raise not_found("Stakeholder group", group_id)
    return group


def done(message: str) -> Reply:
    return 200, {"success": True, "message": message}
