"""Helpers every CSM tool shares: identifier resolution, bulk tasks and idempotency keys.

Each helper that calls Atlassian declares its endpoints with @uses; an action using one lists the helper
(run_bulk: also the bulk endpoint it is given).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from csm_client.api.organizations import fetch_organizations
from csm_client.api.tasks import get_task
from csm_client.models import FetchOrganizationsRequest, Task
from csm_client.types import UNSET

from atlassian_people_runtime.bulk import BulkResult, arun_bulk
from atlassian_people_runtime.task_polling import TaskSchedule

from ...calls import ToolCall, to_data
from ...endpoints import AnyEndpoint, uses
from ...errors import ToolFailure

FETCH_LIMIT = 50  # fetchOrganizations: ids + names per request
FETCH_CONCURRENCY = 4  # fetchOrganizations requests of one lookup in flight at once
POLL_FIRST_S = 0.05
POLL_MAX_S = 2.0
POLL_RETRIES = 3  # consecutive failed polls tolerated
TASK_DEADLINE_S = 60.0
FINISHED = ("COMPLETED", "FAILED")
NOT_FOUND = "No organization has the id or exact name"  # how resolve_organizations starts a miss

IDEMPOTENCY_PROPERTY: dict[str, Any] = {
    "idempotency_key": {
        "type": "string",
        "minLength": 1,
        "maxLength": 100,
        "pattern": "^[A-Za-z0-9._:-]+$",
        "description": "To repeat a call without applying it twice: the key its answer gave (or your own, "
        "sent both times). Default: new per call",
    }
}


# -- identifiers -----------------------------------------------------------------------------------


@uses(fetch_organizations)
async def match_organizations(call: ToolCall, texts: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """The organizations each text names (as an id, else as an exact case-insensitive name)."""
    wanted = list(dict.fromkeys(t.strip() for t in texts if t.strip()))
    return await _matches(call, _batches(wanted, by_id=True, by_name=True))


async def organizations_named(
    call: ToolCall, ids: Sequence[str], names: Sequence[str]
) -> dict[str, list[dict[str, Any]]]:
    """The organizations with each of these ids and each of these exact (case-insensitive) names, each
    asked only as what it is: twice as many per request as match_organizations."""
    batches = _batches(list(dict.fromkeys(ids)), by_id=True, by_name=False)
    return await _matches(call, batches + _batches(list(dict.fromkeys(names)), by_id=False, by_name=True))


Batch = tuple[list[str], bool, bool]  # texts, asked as ids, asked as names


def _batches(wanted: list[str], *, by_id: bool, by_name: bool) -> list[Batch]:
    step = FETCH_LIMIT // (by_id + by_name)  # FETCH_LIMIT ids and names per request
    return [(wanted[start : start + step], by_id, by_name) for start in range(0, len(wanted), step)]


async def _matches(call: ToolCall, batches: list[Batch]) -> dict[str, list[dict[str, Any]]]:
    """fetchOrganizations for each batch, up to FETCH_CONCURRENCY requests at a time; each text matched
    against its own request's answer (by id first when asked as an id, else by name)."""
    slots = asyncio.Semaphore(FETCH_CONCURRENCY)

    async def fetch(batch: Batch) -> dict[str, list[dict[str, Any]]]:
        texts, by_id, by_name = batch
        body = FetchOrganizationsRequest(
            organization_ids=texts if by_id else UNSET, organization_names=texts if by_name else UNSET
        )
        async with slots:
            found = await call.api(fetch_organizations, body=body)
        with_id: dict[str, list[dict[str, Any]]] = {}
        with_name: dict[str, list[dict[str, Any]]] = {}
        for organization in map(to_data, found.organizations):
            with_id.setdefault(str(organization.get("id")), []).append(organization)
            with_name.setdefault(str(organization.get("name", "")).casefold(), []).append(organization)
        matches: dict[str, list[dict[str, Any]]] = {}
        for text in texts:
            hits = with_id.get(text, []) if by_id else []
            if not hits and by_name:
                hits = with_name.get(text.casefold(), [])
            matches[text] = list({str(o["id"]): o for o in hits}.values())
        return matches

    # A failed request fails the lookup, but only once every request has been answered: none is left
    # running unobserved.
    answers = await asyncio.gather(*(fetch(batch) for batch in batches), return_exceptions=True)
    matches: dict[str, list[dict[str, Any]]] = {}
    for answer in answers:
        if isinstance(answer, BaseException):
            raise answer
        matches |= answer
    return matches


@uses(match_organizations)
async def resolve_organizations(
    call: ToolCall, texts: Sequence[str]
) -> tuple[dict[str, str], dict[str, str]]:
    """Organization ids for ids or exact names, in batches of the fetch endpoint (cached per call).

    Returns (id by text, error message by text); every non-blank text lands in exactly one of them.
    """
    cache: dict[str, str] = call.lookups.setdefault("csm.organization", {})
    errors: dict[str, str] = {}
    matches = await match_organizations(call, [t for t in texts if t.strip() not in cache])
    for text, hits in matches.items():
        if len(hits) == 1:
            cache[text] = str(hits[0]["id"])
        elif not hits:
            errors[text] = f"{NOT_FOUND} {text!r}; pass its id or exact name."
        else:
            ids = ", ".join(str(o["id"]) for o in hits)
            errors[text] = f"Several organizations match {text!r} ({ids}); pass the id."
    resolved = {t.strip(): cache[t.strip()] for t in texts if t.strip() in cache}
    return resolved, {t.strip(): errors[t.strip()] for t in texts if t.strip() in errors}


@uses(resolve_organizations)
async def resolve_organization(call: ToolCall, text: str) -> str:
    """One organization id from an id or an exact, unique name; a ToolFailure saying what to pass if not."""
    resolved, errors = await resolve_organizations(call, [text])
    if text.strip() in resolved:
        return resolved[text.strip()]
    raise ToolFailure(
        errors.get(text.strip()) or f"Organization {text!r} not found; pass its id or exact name."
    )


def is_email(text: str) -> bool:
    return "@" in text and not text.startswith("qm:")


@uses()
async def resolve_customer(call: ToolCall, text: str) -> str:
    """A customer id from a customer id, or from an email already seen in this call.

    The CSM API cannot look customers up by email (no list or email search), so an unknown email is a
    ToolFailure naming what to pass instead. Ids pass through; the API answers not-found for unknown ones.
    """
    text = text.strip()
    if not is_email(text):
        return text
    known: dict[str, str] = call.lookups.get("csm.customer_email", {})
    if text.casefold() in known:
        return known[text.casefold()]
    raise ToolFailure(
        f"The CSM API cannot find a customer by email ({text}); pass the customer id (qm:…), e.g. from "
        "csm_customers_read action=search or an organization's customers "
        "(csm_organizations_read action=customers)."
    )


def remember_customer(call: ToolCall, customer: dict[str, Any]) -> None:
    """Note a customer's email -> id seen in an API answer, so resolve_customer can use it in this call."""
    email, customer_id = customer.get("email"), customer.get("id")
    if isinstance(email, str) and email and isinstance(customer_id, str):
        call.lookups.setdefault("csm.customer_email", {})[email.casefold()] = customer_id


# -- idempotency -----------------------------------------------------------------------------------


def idempotency_key(call: ToolCall, part: str = "") -> str:
    """This call's Idempotency-Key (fresh per call unless the caller gave idempotency_key; see
    ToolCall.idempotency_key), with `part` telling the chunks of one call apart."""
    return f"{call.idempotency_key}-{part}" if part else call.idempotency_key


# -- tasks -----------------------------------------------------------------------------------------


@uses(get_task)
async def follow_task(
    call: ToolCall,
    task_id: str,
    *,
    deadline_s: float | None = None,
    report: Callable[[int], tuple[float, float | None]] | None = None,
) -> Task:
    """Poll getTask until the task finishes or the deadline passes; the last task state.

    Reports progress on every change: by default as percent of this task; `report` maps the task's
    percentage to (done, total) for callers that follow several tasks as one job. An unfinished status
    means the deadline passed: check again later with the task id.
    """
    schedule = TaskSchedule(first_interval_s=POLL_FIRST_S, max_interval_s=POLL_MAX_S)
    ends = time.monotonic() + (TASK_DEADLINE_S if deadline_s is None else deadline_s)
    last: int | None = None
    errors = 0
    while True:
        try:
            found: Task = await call.hinted("Pass a taskId a bulk action returned.").api(
                get_task, task_id=task_id
            )
            errors = 0
        except ToolFailure as failure:  # e.g. rate limited while polling: the task itself runs on
            errors += 1
            if errors > POLL_RETRIES or time.monotonic() >= ends:
                raise ToolFailure(
                    f"Started task {task_id} but could not follow it: {failure} Check it later with "
                    f"csm_organizations_read action=task; to repeat the call without applying it twice, "
                    f"pass idempotency_key={call.idempotency_key}."
                ) from None
            await asyncio.sleep(schedule.after_failure())
            continue
        task = to_data(found)
        percent = int(task.get("progress") or 0)
        status = str(task.get("status"))
        if status == "COMPLETED":
            percent = 100
        if percent != last:
            last = percent
            done, total = report(percent) if report else (float(percent), 100.0)
            await call.progress(done, total, f"task {task_id}: {status} {percent}%")
        if status in FINISHED or time.monotonic() >= ends:
            return found
        await asyncio.sleep(min(schedule.after_poll(percent), max(0.0, ends - time.monotonic())))


@dataclass
class BulkOutcome:
    """What a (possibly chunked) bulk request did: per-item failures map back to the input items."""

    tasks: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)  # a ref plus "code" and "error"
    key: str = ""  # the call's Idempotency-Key, to repeat it without applying it twice

    @property
    def failed_indexes(self) -> set[int]:
        """Input positions (ref "index") with at least one failed API item."""
        return {f["index"] for f in self.failures if isinstance(f.get("index"), int)}

    @property
    def unfinished(self) -> list[str]:
        return [str(t["taskId"]) for t in self.tasks if t.get("status") not in FINISHED]

    def summary(self) -> str:
        ids = ", ".join(str(t["taskId"]) for t in self.tasks)
        if self.unfinished:
            return (
                f"Task(s) still running: {', '.join(self.unfinished)}; check them later with "
                f"csm_organizations_read action=task (to repeat this call without applying it twice, pass "
                f"idempotency_key={self.key})."
            )
        return f"Task(s) {ids} finished."


@uses(follow_task)
async def run_bulk(
    call: ToolCall,
    endpoint: AnyEndpoint,
    make_body: Callable[[list[dict[str, Any]]], Any],
    items: list[dict[str, Any]],
    refs: list[dict[str, Any]],
    chunk: int,
) -> BulkOutcome:
    """Send `items` (API-shaped dicts) in chunks of `chunk`, each with its Idempotency-Key, and follow the
    tasks to the end with progress over all items: the runtime's bulk runner (arun_bulk), with every
    request through call.api (permissions, request cap, error mapping) and this call's keys.

    `refs[i]` says which input item API item i came from (e.g. {"index": 3, "item": "Acme"}); each task
    failure is reported as that ref plus code and error, so the caller can retry exactly those.
    """
    outcome = BulkOutcome(key=call.idempotency_key)
    finished: BulkResult[dict[str, Any]] = BulkResult()
    total = len(items)

    async def submit(*, client: object, body: Any, idempotency_key: str) -> Any:
        return await call.api(endpoint, body=body, idempotency_key=idempotency_key)

    def key_for(number: int, count: int) -> str:  # the call's key as is when one chunk does it all
        return idempotency_key(call, str(number) if count > 1 else "")

    async def follow(task_id: str, start: int, part: Sequence[dict[str, Any]]) -> Task:
        def report(percent: int) -> tuple[float, float]:
            return float(start + len(part) * percent // 100), float(total)

        task = await follow_task(call, task_id, report=report)
        record_task(outcome, to_data(task), refs, start, len(part))
        return task

    try:
        await arun_bulk(
            submit,
            items,
            make_body,
            client=None,
            batch_size=chunk,
            key_for=key_for,
            follow=follow,
            result=finished,
        )
    except ToolFailure as failure:
        number = len(finished.tasks)  # the chunk that failed: the ones before it finished
        if number == 0:
            raise
        offset = number * chunk
        chunks = -(-total // chunk)
        progress = chunk_progress(refs, offset, min(chunk, total - offset), chunks, number, outcome)
        raise type(failure)(f"{failure}\n{progress}", failure.status) from None
    return outcome


def record_task(
    outcome: BulkOutcome, task: dict[str, Any], refs: list[dict[str, Any]], offset: int, size: int
) -> None:
    """Note a chunk's task and its item failures (as the refs of the input items, by position; a failure
    whose position is not in the chunk keeps the identifier the task gave)."""
    outcome.tasks.append({k: v for k, v in task.items() if k != "failures"})
    failures = task.get("failures") or []
    if task.get("status") == "FAILED" and not failures:
        failures = [
            {"index": i, "code": "TASK_FAILED", "message": "The task failed as a whole; retry."}
            for i in range(size)
        ]
    for problem in failures:
        position = problem.get("index")
        known = isinstance(position, int) and 0 <= position < size
        ref = refs[offset + position] if known else {"item": problem.get("identifier")}
        outcome.failures.append({**ref, "code": problem.get("code"), "error": problem.get("message")})


def chunk_progress(
    refs: list[dict[str, Any]], offset: int, size: int, chunks: int, number: int, outcome: BulkOutcome
) -> str:
    """What a multi-chunk job did before chunk `number` failed: which items were applied, which not."""

    def items(start: int, end: int) -> str:
        labels = [str(ref.get("item")) for ref in refs[start:end]]
        return ", ".join(labels[:50]) + (f" and {len(labels) - 50} more" if len(labels) > 50 else "")

    failed = {f.get("index") for f in outcome.failures}
    applied = [i for i in range(offset) if refs[i].get("index") not in failed]
    return (
        f"This job was sent in {chunks} chunks. Chunks 1-{number} (items 1-{offset}: {items(0, offset)}) "
        f"were applied before ({len(applied)} items without failures; tasks "
        f"{', '.join(str(t.get('taskId')) for t in outcome.tasks)}). Chunk {number + 1} (items {offset + 1}-"
        f"{offset + size}: {items(offset, offset + size)}) failed as above, and later chunks were not sent: "
        f"repeat only the items from chunk {number + 1} on, or the whole call with "
        f"idempotency_key={outcome.key} (applied chunks are then replayed, not applied twice)."
    )


# -- detail values and profiles --------------------------------------------------------------------

# A list of {field, values} rather than a {field: values} map: every client's schema rules accept it (no
# open-ended objects, one type per property); the map form is still accepted (see arguments.normalize).
DETAILS: dict[str, Any] = {
    "type": "array",
    "maxItems": 50,
    "items": {
        "type": "object",
        "properties": {
            "field": {"type": "string", "minLength": 1, "maxLength": 255, "description": "Detail field name"},
            "values": {
                "type": "array",
                "maxItems": 50,
                "items": {"type": "string", "maxLength": 255},
                "description": "Its values",
            },
        },
        "required": ["field", "values"],
        "additionalProperties": False,
    },
    "description": 'Detail values, e.g. [{"field": "Region", "values": ["EU"]}]',
}


def detail_values(*sources: list[dict[str, Any]] | None) -> dict[str, list[str]]:
    """Merged {field: [values]} from DETAILS-shaped arguments; later sources win per field."""
    merged: dict[str, list[str]] = {}
    for source in sources:
        for pair in source or []:
            merged[str(pair["field"])] = [str(value) for value in pair["values"]]
    return merged


def refuse_clearing(items: list[dict[str, Any]], kind: str, delete_tool: str) -> None:
    """A write must not clear detail values ("" or [] or only blank values): clearing is destructive and
    goes through the delete tool, its confirmation and its permission. Checked before anything is sent."""
    cleared = [
        f"{kind}[{index}].details {pair.get('field')}"
        for index, item in enumerate(items)
        for pair in item.get("details") or []
        if not [v for v in _as_list(pair.get("values")) if str(v).strip()]
    ]
    if cleared:
        raise ToolFailure(
            f"{', '.join(cleared)}: an empty value would clear the field, which is a delete. Use "
            f"{delete_tool} action=clear_details with fields=[...] (it previews and asks for "
            "confirmation), and leave those fields out here. Nothing was changed."
        )


def _as_list(value: Any) -> list[Any]:
    return [value] if isinstance(value, str) else list(value or [])


def profile_details(values: dict[str, list[str]]) -> list[dict[str, Any]]:
    """The profile request shape of detail values."""
    return [{"name": name, "values": list(vals)} for name, vals in values.items()]


def compact_profile(profile: dict[str, Any]) -> dict[str, Any]:
    """A profile without what it repeats: an entitlement's holder when that is the profile itself."""
    entitlements = [
        {
            k: v
            for k, v in e.items()
            if not (k == "entitledEntity" and (v or {}).get("id") == profile.get("id"))
        }
        for e in profile.get("entitlements") or []
    ]
    return profile | ({"entitlements": entitlements} if "entitlements" in profile else {})


def profile_line(profile: dict[str, Any], *, ids: bool = True) -> str:
    """One line for an organization or customer profile (or a plain organization/account); with the ids of
    its customers and entitlements (for the next step) unless ids=False (a summary, e.g. in a preview)."""
    head = str(profile.get("name") or profile.get("displayName") or profile.get("id"))
    parts = [f"id={profile.get('id')}"]
    if profile.get("email"):
        parts.append(f"email={profile['email']}")
    for detail in profile.get("details") or []:
        shown = (detail.get("value") or {}).get("text")
        if shown is None:
            shown = detail.get("values")
        parts.append(f"{detail.get('name')}={', '.join(str(v) for v in shown or [])}")
    if "customers" in profile:
        customer_ids = [str(c.get("id")) for c in profile["customers"] or []]
        listed = f": {', '.join(customer_ids)}" if ids and customer_ids else ""
        parts.append(f"{len(customer_ids)} customers{listed}")
    if profile.get("organizations"):
        parts.append(
            "orgs: " + ", ".join(f"{o.get('name')} (id={o.get('id')})" for o in profile["organizations"])
        )
    if profile.get("entitlements"):
        products = [
            str((e.get("product") or {}).get("name")) + (f" (entitlement {e.get('id')})" if ids else "")
            for e in profile["entitlements"]
        ]
        parts.append("entitled to: " + ", ".join(products))
    return f"{head} ({'; '.join(parts)})"


def changes_line(details: dict[str, list[str]]) -> str:
    return "; ".join(f"{name}={', '.join(values) or '(cleared)'}" for name, values in details.items())


def values_to_clear(
    profiles: list[dict[str, Any]], fields: Sequence[str]
) -> list[tuple[dict[str, Any], str, list[str]]]:
    """(profile, field name, current values) for each of fields (any case) that a profile holds values for."""
    wanted = {field.casefold() for field in fields}
    found = []
    for profile in profiles:
        for detail in profile.get("details") or []:
            values = (detail.get("value") or {}).get("text") or []
            if str(detail.get("name")).casefold() in wanted and values:
                found.append((profile, str(detail["name"]), list(values)))
    return found


def failure_lines(failures: list[dict[str, Any]]) -> str:
    return "".join(f"\n- failed {f.get('item')}: {f.get('error')}" for f in failures)
