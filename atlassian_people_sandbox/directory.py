"""The site's people: Atlassian accounts shared by every area (stakeholders, contacts, groups, customers)."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable
from dataclasses import dataclass, field

FIRST_NAMES = (
    "Dana",
    "Alex",
    "Priya",
    "Jonas",
    "Mei",
    "Omar",
    "Lucia",
    "Kwame",
    "Sofia",
    "Liam",
    "Aiko",
    "Mateo",
    "Noor",
    "Elena",
    "Tariq",
    "Hannah",
    "Ravi",
    "Chloe",
    "Felix",
    "Amara",
    "Yusuf",
    "Ingrid",
    "Diego",
    "Zoe",
)
LAST_NAMES = (
    "Whitfield",
    "Okafor",
    "Sharma",
    "Berg",
    "Chen",
    "Haddad",
    "Romero",
    "Mensah",
    "Rossi",
    "Murphy",
    "Tanaka",
    "Silva",
    "Khan",
    "Petrova",
    "Aziz",
    "Schmidt",
    "Iyer",
    "Dubois",
    "Wagner",
    "Nwosu",
    "Demir",
    "Larsen",
)
TEAMS = ("Platform", "Payments", "Mobile", "Data", "Identity", "Support", "Growth", "Infrastructure")


@dataclass
class User:
    account_id: str
    display_name: str
    email: str
    active: bool = True
    account_type: str = "atlassian"  # atlassian | app | customer
    time_zone: str = "Europe/Berlin"
    team: str = ""


def account_id_for(seed_text: str) -> str:
    """Deterministic, Atlassian-looking account id (24 hex characters)."""
    return hashlib.sha1(seed_text.encode()).hexdigest()[:24]


@dataclass
class Directory:
    users: dict[str, User] = field(default_factory=dict)

    def add(self, user: User) -> User:
        self.users[user.account_id] = user
        return user

    def get(self, account_id: str) -> User | None:
        return self.users.get(account_id)

    def by_email(self, email: str) -> User | None:
        wanted = email.casefold()
        return next((u for u in self.users.values() if u.email.casefold() == wanted), None)

    @classmethod
    def seeded(cls, rng: random.Random, size: int, principals: Iterable[User]) -> Directory:
        directory = cls()
        for user in principals:
            directory.add(user)
        for index in range(max(size, 10)):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            handle = f"{first}.{last}{index}".lower()
            contractor = index % 7 == 3
            directory.add(
                User(
                    account_id=account_id_for(handle),
                    display_name=f"{first} {last}" + (" (contractor)" if contractor else ""),
                    email=f"{handle}@{'contractors.example.com' if contractor else 'example.com'}",
                    active=index % 11 != 5,
                    team=rng.choice(TEAMS),
                )
            )
        return directory
