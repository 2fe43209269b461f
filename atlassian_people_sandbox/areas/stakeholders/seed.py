"""Deterministic, realistic seed data for stakeholder comms, scaled by `size`; fast at 10,000 stakeholders."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta

from ...directory import FIRST_NAMES, LAST_NAMES, Directory, User
from .model import (
    ACTIVE,
    EXTERNAL,
    GROUP,
    INACTIVE,
    INCIDENT,
    INTERNAL,
    INVITED,
    STATUSPAGE,
    TEAM,
    Stakeholder,
    StakeholderGroup,
    Team,
    team_id_for,
    timestamp,
)
from .store import StakeholdersStore

SEED_EPOCH = datetime(2024, 1, 8, 9, 0, tzinfo=UTC)

GROUP_DESCRIPTIONS = {
    "EU customers": "Customers hosted in the EU region; notify for incidents on EU infrastructure.",
    "Executives": "Leadership team, informed of every major incident.",
    "On-call leads": "Leads of the on-call rotations across engineering.",
    "Enterprise accounts": "Named contacts of enterprise-plan customers.",
    "APAC customers": "Customers hosted in the Asia-Pacific region.",
    "Support managers": "Support managers who brief their teams during incidents.",
    "Engineering leadership": "Heads of engineering and their deputies.",
    "Key partners": "Integration partners who depend on our public APIs.",
    "Security response": "Security team members for incidents with a security impact.",
    "Finance stakeholders": "Finance contacts for billing and payments incidents.",
    "North America customers": "Customers hosted in the US and Canada regions.",
    "Beta program": "Customers enrolled in the beta program.",
}
# Groups of people inside the company; the others hold customers and partners.
INTERNAL_GROUPS = frozenset(
    {"Executives", "On-call leads", "Support managers", "Engineering leadership", "Security response"}
)
REGIONS = (
    "DACH",
    "Nordics",
    "UK & Ireland",
    "Benelux",
    "LATAM",
    "ANZ",
    "Japan",
    "India",
    "Middle East",
    "Iberia",
)
SEGMENTS = (
    "enterprise customers",
    "SMB customers",
    "partners",
    "resellers",
    "public sector",
    "healthcare customers",
)
SERVICES = (
    "Payments API", "Checkout", "Login and SSO", "Mobile app", "Public website", "Search", "Notifications",
    "Data warehouse", "Billing", "Customer portal", "Webhooks delivery", "File storage",
)  # fmt: skip
CUSTOMER_DOMAINS = (
    "acme-corp.example", "globex.example", "initech.example", "umbrella-health.example", "hooli.example",
    "stark-industries.example", "wayne-enterprises.example", "vandelay.example", "soylent.example",
)  # fmt: skip
PHONE_COUNTRIES = (("US", "+1"), ("DE", "+49"), ("GB", "+44"), ("IN", "+91"), ("JP", "+81"), ("AU", "+61"))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _group_names(count: int) -> list[str]:
    names = list(GROUP_DESCRIPTIONS)
    names += [f"{region} {segment}" for region in REGIONS for segment in SEGMENTS]
    names += [f"Customer cohort {index:03d}" for index in range(1, max(0, count - len(names)) + 1)]
    return names[:count]


def seed(rng: random.Random, size: int, directory: Directory) -> StakeholdersStore:
    count = max(size, 10)
    store = StakeholdersStore(rng, directory, SEED_EPOCH + timedelta(minutes=47 * (count + 10)))
    people = [user for user in directory.users.values() if user.account_type == "atlassian"]
    owners = [user for user in people if user.active] or people
    for name in sorted({user.team for user in people if user.team}):
        team = Team(team_id_for(name), name)
        store.teams[team.id] = team
    service_ids = {service: str(_service_uuid(rng)) for service in SERVICES}

    def moment(step: int) -> datetime:
        return SEED_EPOCH + timedelta(minutes=47 * step + rng.randrange(40), seconds=rng.randrange(60))

    for step, name in enumerate(_group_names(min(max(3, count // 8), 200))):
        created = moment(step)
        store.add_group(
            StakeholderGroup(
                id=store.new_id(),
                name=name,
                description=GROUP_DESCRIPTIONS.get(name, f"Stakeholders of {name}."),
                owner_id=rng.choice(owners).account_id if owners else None,
                logo_url=f"https://status.example.com/logos/{_slug(name)}.png"
                if rng.random() < 0.5
                else None,
                status=ACTIVE,
                inserted_at=timestamp(created),
                updated_at=timestamp(created + timedelta(days=rng.randrange(30))),
                services=[service_ids[s] for s in rng.sample(SERVICES, rng.randrange(3))],
            )
        )
    groups = list(store.groups.values())

    team_count = min(len(store.teams), max(1, count // 100))
    group_count = min(len(groups), max(1, count // 200))
    internal_count = min(len(people), round(count * 0.4))
    kinds = [TEAM] * team_count + [GROUP] * group_count + [INTERNAL] * internal_count
    kinds += [EXTERNAL] * (count - len(kinds))
    rng.shuffle(kinds)
    internal_users = iter(rng.sample(people, internal_count))
    teams = iter(list(store.teams.values())[:team_count])
    # The leadership groups are the ones worth notifying as a whole.
    group_stakeholders = iter(sorted(groups, key=lambda g: g.name not in INTERNAL_GROUPS)[:group_count])
    emails: set[str] = set()
    for step, kind in enumerate(kinds):
        created = moment(step)
        inserted = timestamp(created)
        updated = timestamp(created + timedelta(days=rng.randrange(60))) if rng.random() < 0.3 else inserted
        stakeholder = Stakeholder(
            id=store.new_id(),
            seq=store.next_seq(),
            type=kind,
            status=ACTIVE,
            skip_confirmation=rng.random() < 0.3,
            inserted_at=inserted,
            updated_at=updated,
            preference_id=store.new_id(),
            preference_updated_at=inserted,
        )
        if kind == INTERNAL:
            _as_internal(stakeholder, next(internal_users), rng, step)
        elif kind == TEAM:
            stakeholder.atlassian_team_id = next(teams).id
            stakeholder.channels = {"email": True, "sms": False, "webhook": False}
        elif kind == GROUP:
            stakeholder.stakeholder_group_id = next(group_stakeholders).id
            stakeholder.channels = {"email": True, "sms": False, "webhook": False}
        else:
            _as_external(stakeholder, rng, emails, step)
        store.insert(stakeholder)

    individuals = [s for s in store.stakeholders.values() if s.type in (INTERNAL, EXTERNAL)]
    insiders = [s for s in individuals if s.type == INTERNAL] or individuals
    outsiders = [s for s in individuals if s.type == EXTERNAL] or individuals
    for group in groups:
        pool = insiders if group.name in INTERNAL_GROUPS else outsiders
        for member in rng.sample(pool, min(len(pool), rng.randint(3, 25))):
            store.add_member(group, member)

    everyone = list(store.stakeholders.values())
    # Few services on a small site, so even a small seed has incidents similar to each other.
    affected = SERVICES[: min(len(SERVICES), max(2, count // 20))]
    for number in range(1, max(5, count // 5) + 1):
        service = rng.choice(affected)
        assignment = store.new_assignment(
            INCIDENT, f"INC-{number}", STATUSPAGE, service=service, at=timestamp(moment(number * 5))
        )
        for stakeholder in rng.sample(everyone, min(len(everyone), rng.randint(1, 5))):
            store.link(stakeholder, assignment)
    return store


def _service_uuid(rng: random.Random) -> str:
    value = f"{rng.getrandbits(128):032x}"
    return f"{value[:8]}-{value[8:12]}-4{value[13:16]}-a{value[17:20]}-{value[20:]}"


def _phone(rng: random.Random, step: int) -> tuple[str, str]:
    """A phone number unique to this stakeholder (phone numbers identify email-less stakeholders)."""
    country, code = rng.choice(PHONE_COUNTRIES)
    return f"{code}{rng.randrange(2, 10)}{step:08d}", country


def _as_internal(stakeholder: Stakeholder, user: User, rng: random.Random, step: int) -> None:
    stakeholder.aaid = user.account_id
    stakeholder.email = user.email
    stakeholder.status = ACTIVE if user.active else INACTIVE
    if rng.random() < 0.15:
        stakeholder.phone_number, stakeholder.phone_country = _phone(rng, step)
    stakeholder.channels = {"email": True, "sms": stakeholder.phone_number is not None, "webhook": False}


def _as_external(stakeholder: Stakeholder, rng: random.Random, emails: set[str], step: int) -> None:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    domain = rng.choice(CUSTOMER_DOMAINS)
    roll = rng.random()
    if roll < 0.8:
        local = f"{first}.{last}".lower()
        email = f"{local}@{domain}"
        suffix = 2
        while email in emails:
            email, suffix = f"{local}{suffix}@{domain}", suffix + 1
        emails.add(email)
        stakeholder.email = email
    if roll >= 0.8 or rng.random() < 0.2:
        if roll < 0.93:
            stakeholder.phone_number, stakeholder.phone_country = _phone(rng, step)
        else:
            stakeholder.webhook = f"https://hooks.{domain}/statuspage/{rng.getrandbits(64):016x}"
    stakeholder.display_name = (
        f"{first} {last}" if stakeholder.email or stakeholder.phone_number else (f"{domain} webhook")
    )
    stakeholder.channels = {
        "email": stakeholder.email is not None,
        "sms": stakeholder.phone_number is not None,
        "webhook": stakeholder.webhook is not None,
    }
    status_roll = rng.random()
    stakeholder.status = ACTIVE if status_roll < 0.85 else INVITED if status_roll < 0.95 else INACTIVE
    if stakeholder.status == INVITED:  # still to confirm, so they were not added with skipConfirmation
        stakeholder.skip_confirmation = False
    stakeholder.invitations_sent = 0 if stakeholder.skip_confirmation else 1
