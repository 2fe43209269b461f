"""What the CSM organization and customer tools share. Both are profiles (an account with a name, detail
values and links to the other kind), written through the same three bulk endpoints, changed one at a time
through the same synchronous ones, deleted and cleared alike. Each kind is one `Entity` description,
grouped by concern: the keys of its items, its API adapter (a `ProfileApi`: its endpoints and the calls
the shared code makes through them), how answers name a profile, and its tools' texts. organizations.py
and customers.py keep only what is their own (identifiers, reads, input checks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from ...calls import ToolCall
from ...endpoints import AnyEndpoint
from ...errors import ToolFailure
from ...results import ToolResult, more, outcome
from ...toolsets import Toolset
from .common import (
    BulkOutcome,
    changes_line,
    compact_profile,
    failure_lines,
    profile_details,
    profile_line,
    run_bulk,
    values_to_clear,
)

PROFILE_FETCH_LIMIT = 25  # fetchOrganizationProfiles / fetchCustomerProfiles
ACCOUNT_CHUNK = 50  # bulkManageOrganizations / bulkManageCustomerAccounts
PROFILE_CHUNK = 100  # bulkManage…Profiles
DETAIL_CHUNK = 100  # bulkManage…Details (no documented limit; kept modest)

Row = dict[str, Any]


RequestModel = Callable[[dict[str, Any]], Any]  # a generated request model's from_dict


@dataclass(frozen=True)
class Bulk:
    """A bulk endpoint and how a chunk of items becomes its request body."""

    endpoint: AnyEndpoint
    body: Callable[[list[Row]], Any]
    chunk: int


@dataclass(frozen=True)
class BulkEndpoints:
    """A kind's three bulk endpoints, each with its request model. Both kinds' bodies list the items under
    the same keys (accounts under the kind's plural) and are chunked alike, so `Entity` builds the rest."""

    accounts: tuple[AnyEndpoint, RequestModel]
    details: tuple[AnyEndpoint, RequestModel]
    profiles: tuple[AnyEndpoint, RequestModel]


def _bulk(endpoint: tuple[AnyEndpoint, RequestModel], key: str, chunk: int) -> Bulk:
    module, request = endpoint
    return Bulk(module, lambda part: request({key: part}), chunk)


class ProfileApi(Protocol):
    """A kind's own endpoints, as the shared profile code calls them: organizations.py and customers.py each
    implement it with one small class. The methods that call endpoints declare them with @uses, so the
    tools declare the methods (profile_tools.py)."""

    bulk: BulkEndpoints

    async def resolve(self, call: ToolCall, text: str) -> str:
        """The id of the profile an id (or name, or email) names."""

    async def fetch(self, call: ToolCall, ids: list[str]) -> list[Row]:
        """The profiles of at most PROFILE_FETCH_LIMIT ids (unknown ones left out)."""

    async def targets(self, call: ToolCall) -> tuple[list[Row], list[Row], bool]:
        """The profiles the delete tool's list argument names, failures for the others, and whether those
        were all simply not found."""

    async def rename(self, call: ToolCall, profile_id: str, name: str) -> object: ...

    async def set_detail(self, call: ToolCall, profile_id: str, field: str, values: list[str]) -> object: ...

    async def read_back(self, call: ToolCall, profile_id: str) -> Row:
        """The profile after a synchronous update."""

    async def remove(self, call: ToolCall, profile_id: str) -> object:
        """The synchronous delete of one profile."""

    def ref(self, profile: Row) -> Row:
        """A profile as results and previews name it."""


@dataclass(frozen=True)
class Keys:
    """How the API's items name a profile's fields."""

    id: str  # the id in account and profile items ("id", "customerId")
    name: str  # ... and the name ("name", "displayName")
    failure: str  # the profile field bulk failures are reported by ("name", "id")
    cleared: tuple[str, ...]  # the profile fields a clear_details preview item carries


@dataclass(frozen=True)
class Naming:
    """How answers name one profile of the kind."""

    title: Callable[[Row], str]  # a ref in the text of an update ("organization X (id=…)")
    deleted: Callable[[Row], str]  # a profile in the text of a single delete
    cleared: Callable[[Row], str]  # a profile in a clear_details preview line


@dataclass(frozen=True)
class ToolTexts:
    """What the kind's write and delete tools (profile_tools.py) say that the other kind's do not."""

    write_fields: str  # what a write sets, as the write tool's description says
    create: str  # the doc line of each write action
    update: str
    upsert: str
    delete_argument: dict[str, Any]  # the schema of the delete tool's list argument
    delete: str  # the doc line of the delete action
    delete_takes: str  # what a delete takes with it, as its preview says


@dataclass(frozen=True)
class Entity:
    """One kind of profile: its names, the keys of its items, its endpoints (api), how answers name a
    profile, and its tools' texts."""

    noun: str  # "organization"; the API's and the tools' other names for the kind follow from it
    links_to: str  # the other kind's noun ("customer"), whose ids a profile item links
    toolset: Toolset
    keys: Keys
    api: ProfileApi
    naming: Naming
    tools: ToolTexts

    @property
    def argument(self) -> str:
        """The tools' list argument, also the plural in texts ("organizations")."""
        return f"{self.noun}s"

    @property
    def tool(self) -> str:
        """The tool name prefix ("csm_organizations")."""
        return f"csm_{self.argument}"

    @property
    def owner_key(self) -> str:
        """How detail operations name the profile ("organizationId")."""
        return f"{self.noun}Id"

    @property
    def link_key(self) -> str:
        """The profile item field that links the other kind ("associateCustomers")..."""
        return f"associate{self.links_to.capitalize()}s"

    @property
    def link_ids_key(self) -> str:
        """... and its list of ids ("customerIds")."""
        return f"{self.links_to}Ids"

    @cached_property
    def accounts(self) -> Bulk:
        return _bulk(self.api.bulk.accounts, self.argument, ACCOUNT_CHUNK)

    @cached_property
    def details(self) -> Bulk:
        return _bulk(self.api.bulk.details, "operations", DETAIL_CHUNK)

    @cached_property
    def profiles(self) -> Bulk:
        return _bulk(self.api.bulk.profiles, "profiles", PROFILE_CHUNK)


def dedupe(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in texts if t.strip()))


async def one(call: ToolCall, entity: Entity) -> str:
    """The id of the single profile an action that takes exactly one names."""
    wanted = dedupe(call.arg(entity.argument))
    if len(wanted) != 1:
        raise ToolFailure(f"action={call.action.name} takes exactly one {entity.noun} in {entity.argument}.")
    return await entity.api.resolve(call, wanted[0])


def details_text(entity: Entity, found: Row) -> str:
    """A profile's detail values with each field's type and options."""
    heading = f"{entity.noun.capitalize()} {found.get(entity.keys.name)} ({found.get('id')}) detail values:"
    lines = [heading]
    for detail in found.get("details") or []:
        kind = detail.get("type") or {}
        options = f": {', '.join(kind['options'])}" if kind.get("options") else ""
        values = ", ".join(detail.get("values") or []) or "(empty)"
        lines.append(f"- {detail.get('name')} = {values} ({kind.get('name')}{options})")
    return "\n".join(lines)


async def fetch_profiles(call: ToolCall, entity: Entity, ids: list[str]) -> list[Row]:
    profiles: list[Row] = []
    for start in range(0, len(ids), PROFILE_FETCH_LIMIT):
        profiles += await entity.api.fetch(call, ids[start : start + PROFILE_FETCH_LIMIT])
    return profiles


def profile_result(entity: Entity, profile: Row) -> ToolResult:
    return ToolResult(
        {"item": compact_profile(profile)}, f"{entity.noun.capitalize()}: {profile_line(profile)}"
    )


def profiles_page(
    entity: Entity, profiles: list[Row], failures: list[Row], next_cursor: str | None
) -> ToolResult:
    lines = [f"{entity.noun.capitalize()} profiles: {len(profiles)}"] + [
        f"- {profile_line(p)}" for p in profiles
    ]
    data = {
        "items": [compact_profile(p) for p in profiles],
        "next_cursor": next_cursor,
        "failures": failures or None,
    }
    return ToolResult(data, "\n".join(lines) + failure_lines(failures) + more(next_cursor))


# -- write -----------------------------------------------------------------------------------------


@dataclass
class Planned:
    """One input item, checked and with its identifiers resolved."""

    index: int
    label: str
    id: str | None
    email: str | None
    name: str | None
    details: dict[str, list[str]]
    links: list[str] = field(default_factory=list)  # ids of the other kind to associate

    @property
    def ref(self) -> Row:
        return {"index": self.index, "item": self.label}

    def profile_item(self, entity: Entity, operation: str | None) -> Row:
        item: Row = {"operation": operation} if operation else {}
        if self.id:
            item[entity.keys.id] = self.id
        if self.email:
            item["email"] = self.email
        if self.name:
            item[entity.keys.name] = self.name
        if self.details:
            item["details"] = profile_details(self.details)
        if self.links:
            item[entity.link_key] = {entity.link_ids_key: self.links}
        return item


async def run(call: ToolCall, bulk: Bulk, items: list[Row], refs: list[Row]) -> BulkOutcome:
    return await run_bulk(call, bulk.endpoint, bulk.body, items, refs, bulk.chunk)


async def bulk_write(call: ToolCall, entity: Entity, planned: list[Planned], operation: str) -> BulkOutcome:
    """The cheapest bulk endpoint that can carry these items."""
    if not planned:
        return BulkOutcome()
    refs = [p.ref for p in planned]
    plain = all(not p.details and not p.links for p in planned)
    by_id = all(p.id for p in planned)
    if plain and (operation == "CREATE" or (operation == "UPDATE" and by_id)):
        items = [
            {
                "operation": operation,
                **{k: v for k, v in p.profile_item(entity, None).items() if k != "email" or not p.id},
            }
            for p in planned
        ]
        return await run(call, entity.accounts, items, refs)
    if operation == "UPDATE" and by_id and all(not p.name and not p.links for p in planned):
        ops = [
            {entity.owner_key: p.id, "name": name, "operation": "UPDATE", "values": values}
            for p in planned
            for name, values in p.details.items()
        ]
        return await run(
            call, entity.details, ops, [{**p.ref, "field": name} for p in planned for name in p.details]
        )
    return await run(call, entity.profiles, [p.profile_item(entity, operation) for p in planned], refs)


def written(
    entity: Entity, planned: list[Planned], bulk: BulkOutcome, unresolved: list[Row], verb: str
) -> tuple[list[Planned], list[Row], str]:
    """The items a bulk write did not fail on, all failures, and the summary line."""
    failures = unresolved + bulk.failures
    done = [p for p in planned if p.index not in bulk.failed_indexes]
    total = len(planned) + len(unresolved)
    return done, failures, f"{verb} {len(done)} of {total} {entity.argument}. {bulk.summary()}"


async def update_one(call: ToolCall, entity: Entity, one: Planned) -> ToolResult:
    """Rename and set details of one profile with the synchronous endpoints."""
    profile_id = str(one.id)
    failures: list[Row] = []
    if one.name:
        try:
            await entity.api.rename(call, profile_id, one.name)
        except ToolFailure as failure:
            failures.append({**one.ref, "field": "name", "error": str(failure)})
    for name, values in one.details.items():
        try:
            await entity.api.set_detail(call, profile_id, name, values)
        except ToolFailure as failure:
            failures.append({**one.ref, "field": name, "error": str(failure)})
    item = entity.api.ref(await entity.api.read_back(call, profile_id))
    failed = {f["field"] for f in failures}
    changed = {name: values for name, values in one.details.items() if name not in failed}
    text = ("Updated" if not failures else "Partly updated") + f" {entity.naming.title(item)}"
    if changed:
        text += f": {changes_line(changed)}"
        item["details"] = changed
    text += "".join(f"\n- failed {f['field']}: {f['error']}" for f in failures)
    return outcome(text, item=item, failures=failures or None)


# -- delete ----------------------------------------------------------------------------------------


def none_found(call: ToolCall, entity: Entity, failures: list[Row], gone: bool) -> ToolResult:
    return call.nothing_left(
        f"None of the {entity.argument} was found; nothing to change." + failure_lines(failures), gone
    )


def _bulk_ref(entity: Entity, index: int, profile: Row) -> Row:
    """How a bulk failure names a profile: by its item_key field, and by id when that is another field."""
    ref = {"index": index, "item": profile[entity.keys.failure]}
    return ref | ({"id": profile["id"]} if entity.keys.failure != "id" else {})


async def delete(call: ToolCall, entity: Entity, profiles: list[Row], missing: list[Row]) -> ToolResult:
    """Delete the profiles (after the preview is confirmed); missing: failures of those not found."""
    lines = "".join(f"\n- {profile_line(p, ids=False)}" for p in profiles)
    preview = {"delete": [entity.api.ref(p) for p in profiles], "not_found": missing or None}
    summary = f"Permanently delete {len(profiles)} {entity.noun}(s){entity.tools.delete_takes}:{lines}"
    pending = await call.confirm(preview, summary + failure_lines(missing))
    if pending:
        return pending
    if len(profiles) == 1:
        await entity.api.remove(call, profiles[0]["id"])
        text = f"Deleted {entity.noun} {entity.naming.deleted(profiles[0])}."
        return outcome(text, items=[entity.api.ref(profiles[0])], failures=missing or None)
    bulk = await run(
        call,
        entity.accounts,
        [{"operation": "DELETE", entity.keys.id: p["id"]} for p in profiles],
        [_bulk_ref(entity, i, p) for i, p in enumerate(profiles)],
    )
    deleted = [entity.api.ref(p) for i, p in enumerate(profiles) if i not in bulk.failed_indexes]
    text = f"Deleted {len(deleted)} of {len(profiles)} {entity.argument}. {bulk.summary()}"
    failures = missing + bulk.failures
    return outcome(text + failure_lines(failures), items=deleted, tasks=bulk.tasks, failures=failures)


async def clear_details(
    call: ToolCall, entity: Entity, profiles: list[Row], missing: list[Row]
) -> ToolResult:
    clear = values_to_clear(profiles, call.arg("fields"))
    if not clear:
        return call.nothing_left(
            f"Those {entity.argument} hold no values for these fields; nothing to clear."
        )
    lines = "".join(f"\n- {entity.naming.cleared(p)}: {n} = {', '.join(v)}" for p, n, v in clear)
    preview = {
        "clear": [{**{k: p[k] for k in entity.keys.cleared}, "field": n, "values": v} for p, n, v in clear]
    }
    pending = await call.confirm(preview, f"Clear {len(clear)} detail value(s):{lines}")
    if pending:
        return pending
    bulk = await run(
        call,
        entity.details,
        [{entity.owner_key: p["id"], "name": n, "operation": "DELETE"} for p, n, _ in clear],
        [{"index": i, "item": p[entity.keys.failure], "field": n} for i, (p, n, _) in enumerate(clear)],
    )
    failures = missing + bulk.failures
    text = f"Cleared {len(clear) - len(bulk.failures)} of {len(clear)} detail values. {bulk.summary()}"
    return outcome(
        text + failure_lines(failures), items=preview["clear"], tasks=bulk.tasks, failures=failures
    )
