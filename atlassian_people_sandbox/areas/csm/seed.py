"""Deterministic, realistic CSM seed data scaled by `size`."""

from __future__ import annotations

import itertools
import random
from typing import Literal

from ...directory import FIRST_NAMES, LAST_NAMES, Directory
from .store import CsmStore, Customer, DetailField, Entitlement, EntityKind, Organization, Product

COMPANY_STEMS = (
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Hooli",
    "Vandelay",
    "Tyrell",
    "Cyberdyne",
    "Wonka",
    "Aperture",
    "Oscorp",
    "Nakatomi",
    "Soylent",
    "Monarch",
    "Gekko",
    "Pied Piper",
    "Blue Sun",
    "Virtucon",
)
COMPANY_TRADES = (
    "Robotics",
    "Logistics",
    "Analytics",
    "Foods",
    "Health",
    "Energy",
    "Software",
    "Retail",
    "Aerospace",
    "Media",
)
LEGAL_FORMS = ("GmbH", "Inc.", "Ltd", "Pty Ltd", "AG", "BV", "SAS", "LLC")
PRODUCT_NAMES = (
    "Widget Pro",
    "Widget Lite",
    "Insight Analytics",
    "Gadget Cloud",
    "Sprocket Sync",
    "Data Vault",
    "Atlas Connect",
    "Pulse Monitor",
    "Nimbus Backup",
    "Beacon Alerts",
    "Forge CI",
    "Harbor Registry",
    "Compass Routing",
    "Lumen Reports",
    "Relay Messaging",
    "Summit Billing",
)
REGIONS = ["AU", "EU", "US"]
TIERS = ["Bronze", "Silver", "Gold", "Platinum"]
SUPPORT_LEVELS = ["Standard", "Premium", "Enterprise"]
ADD_ONS = ["SSO", "Audit Log", "Sandbox", "Priority Routing"]

FIELD_DEFINITIONS: dict[EntityKind, tuple[tuple[str, str, list[str]], ...]] = {
    "organization": (("Region", "SELECT", REGIONS), ("Tier", "SELECT", TIERS)),
    "customer": (("Region", "SELECT", REGIONS), ("Tier", "SELECT", TIERS)),
    "entitlement": (("Support Level", "SELECT", SUPPORT_LEVELS), ("Add-ons", "MULTISELECT", ADD_ONS)),
}


def seed_store(store: CsmStore, size: int, directory: Directory) -> None:
    rng = store.rng
    for kind, definitions in FIELD_DEFINITIONS.items():
        for position, (name, type_name, options) in enumerate(definitions, start=1):
            detail_field = DetailField(store.new_field_id(), name, type_name, list(options), position)
            store.fields[kind][detail_field.id] = detail_field
    org_region, org_tier = _field_ids(store, "organization")
    customer_region, customer_tier = _field_ids(store, "customer")
    support_level, add_ons = _field_ids(store, "entitlement")

    for name in _company_names(rng, max(4, size // 3)):
        organization = Organization(store.new_organization_id(), name)
        organization.details = {org_region: [rng.choice(REGIONS)], org_tier: [rng.choice(TIERS)]}
        store.organizations[organization.id] = organization
    organizations = list(store.organizations.values())

    # The site's portal customers (customer@example.com) are CSM customers under their own account ids;
    # the rest are contacts at the organizations, with addresses at the company's domain.
    people = [
        (u.account_id, u.display_name, u.email)
        for u in directory.users.values()
        if u.account_type == "customer"
    ]
    for _ in range(max(8, size)):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        people.append((store.new_customer_id(), f"{first} {last}", ""))
    taken: set[str] = set()
    for index, (customer_id, display_name, email) in enumerate(people):
        home = organizations[index % len(organizations)]
        if not email:
            handle = display_name.lower().replace(" ", ".")
            email = f"{handle}@{_domain(home.name)}"
            if email in taken:
                email = f"{handle}{index}@{_domain(home.name)}"
        taken.add(email)
        customer = Customer(customer_id, email, display_name)
        # Mostly in their organization's region; tiers skew towards the lower end.
        region = home.details[org_region][0] if rng.random() < 0.8 else rng.choice(REGIONS)
        customer.details = {customer_region: [region], customer_tier: rng.choices(TIERS, [4, 3, 2, 1])}
        store.customers[customer.id] = customer
        if index % 9 != 4:  # a few customers belong to no organization
            home.customer_ids.append(customer.id)
        if index % 10 == 7:  # and a few to two
            second = organizations[(index * 7 + 3) % len(organizations)]
            if second is not home:
                second.customer_ids.append(customer.id)

    for name in PRODUCT_NAMES[: max(5, min(len(PRODUCT_NAMES), size // 4))]:
        product = Product(store.new_uuid(), name)
        store.products[product.id] = product
    products = list(store.products.values())

    def entitle(product: Product, entity_type: Literal["ORGANIZATION", "CUSTOMER"], entity_id: str) -> None:
        entitlement = Entitlement(store.new_uuid(), product.id, entity_type, entity_id)
        entitlement.details = {support_level: [rng.choice(SUPPORT_LEVELS)]}
        if rng.random() < 0.5:
            entitlement.details[add_ons] = sorted(rng.sample(ADD_ONS, rng.randint(1, 2)), key=ADD_ONS.index)
        store.entitlements[entitlement.id] = entitlement

    for organization in organizations:
        for product in rng.sample(products, rng.randint(1, 3)):
            entitle(product, "ORGANIZATION", organization.id)
    for index, customer in enumerate(store.customers.values()):
        if index % 4 == 1:
            entitle(rng.choice(products), "CUSTOMER", customer.id)


def _field_ids(store: CsmStore, kind: EntityKind) -> list[str]:
    return [f.id for f in store.ordered_fields(kind)]


def _company_names(rng: random.Random, count: int) -> list[str]:
    """Unique names like "Acme Robotics GmbH"; past the stem x trade combinations, numbered branches."""
    combinations = list(itertools.product(COMPANY_STEMS, COMPANY_TRADES))
    rng.shuffle(combinations)
    names = []
    for index in range(count):
        stem, trade = combinations[index % len(combinations)]
        branch = f" {index // len(combinations) + 1}" if index >= len(combinations) else ""
        names.append(f"{stem} {trade}{branch} {rng.choice(LEGAL_FORMS)}")
    return names


def _domain(company: str) -> str:
    """acmerobotics.example.com for "Acme Robotics GmbH" (legal form dropped)."""
    for legal_form in sorted(LEGAL_FORMS, key=len, reverse=True):  # "Pty Ltd" before "Ltd"
        if company.endswith(f" {legal_form}"):
            company = company.removesuffix(f" {legal_form}")
            break
    return "".join(ch for ch in company.lower() if ch.isalnum()) + ".example.com"


def seeded_store(rng: random.Random, size: int, directory: Directory) -> CsmStore:
    """A CSM store holding `size` seeded organizations and customers."""
    store = CsmStore(rng=rng)
    seed_store(store, size, directory)
    return store
