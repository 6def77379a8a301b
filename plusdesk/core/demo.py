"""The deterministic demo practice: each capability adds its part of the demo history."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from plusdesk.core.db import Database, inspect_file, new_file, open_database
from plusdesk.core.demo_carecases import add_carecases
from plusdesk.core.demo_conversations import add_conversations
from plusdesk.core.demo_interventions import add_intervention_history
from plusdesk.core.demo_referrals import add_referrals
from plusdesk.core.errors import FileExistsErrorNL, ValidationError
from plusdesk.core.practice import (
    PracticeDetails,
    get_practice,
    insert_practice,
    seed_reference_in,
)
from plusdesk.core.users import DEMO_PASSWORD, Role, insert_account_in
from plusdesk.core.validation import today


def demo_start(years: int) -> date:
    """The demo's history begins on 1 January, `years` years ago, so it runs up to today."""
    return date(today().year - years, 1, 1)


# The documented demo accounts (README): all use users.DEMO_PASSWORD.
DEMO_ACCOUNTS = (
    ("demo", Role.PRAKTIJKMANAGER, "Demo Praktijkmanager"),
    ("poh", Role.POH, "Anouk Janssen"),
    ("ggz", Role.POH, "Fatima El Amrani"),
    ("huisarts", Role.HUISARTS, "Peter Hermans"),
    ("lezer", Role.ALLEEN_LEZEN, "Sanne Stagiair"),
)

_NAMES = (
    "Huisartsenpraktijk De Linde",
    "Gezondheidscentrum Geleenbeek",
    "Huisartsen Heuvelland",
    "Medisch Centrum Mijnstreek",
    "Huisartsenpraktijk Kloosterweide",
)


@dataclass(frozen=True)
class DemoContext:
    """What every demo part gets: one random stream, the period, the practice's size."""

    rng: random.Random
    start: date
    years: int
    list_size: int


DemoPart = Callable[[sqlite3.Connection, DemoContext], None]

# Each subject adds its generator here (conversations, cases, referrals follow).
DEMO_PARTS: list[DemoPart] = [
    add_intervention_history,
    add_conversations,
    add_carecases,
    add_referrals,
]


def demo_details(seed: int) -> PracticeDetails:
    """Practice details of the demo for a seed."""
    rng = random.Random(seed)
    return PracticeDetails(
        name=f"{rng.choice(_NAMES)} (demo)",
        agb_code=f"01{rng.randrange(10**6):06d}",
        zorggroep="Zorggroep Zuid-Limburg (demo)",
        list_size=rng.randint(5600, 6400),
        wave=rng.randint(1, 3),
    )


def build_demo(
    path: str | os.PathLike[str], *, seed: int = 1, years: int = 5, overwrite: bool = False
) -> Path:
    """Write a believable demo practice to path; the same seed gives the same content."""
    if not 1 <= years <= 20:
        raise ValidationError("Het aantal jaren van de demo moet tussen 1 en 20 liggen.")
    path = Path(path)
    if overwrite and not _holds_no_real_practice(path):
        raise FileExistsErrorNL(
            f"'{path}' bevat een echte praktijk; de demo overschrijft alleen een ander "
            "demobestand. Kies een andere bestandsnaam."
        )
    details = demo_details(seed)
    start = demo_start(years)
    context = DemoContext(
        rng=random.Random(seed * 7919 + years),
        start=start,
        years=years,
        list_size=details.list_size or 6000,
    )
    with new_file(path, overwrite=overwrite) as db, db.transaction() as conn:
        seed_reference_in(conn)
        insert_practice(
            conn, details, is_demo=True, created_at=f"{start.isoformat()}T09:00:00+00:00"
        )
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [
                ("demo_seed", str(seed)),
                ("demo_start", start.isoformat()),
                ("demo_years", str(years)),
            ],
        )
        for username, role, full_name in DEMO_ACCOUNTS:
            insert_account_in(conn, username, DEMO_PASSWORD, role, full_name)
        for part in DEMO_PARTS:
            part(conn, context)
    return Path(path)


def ensure_demo_accounts(db: Database) -> bool:
    """Give a demo file from before accounts existed its demo accounts; True when it did."""
    practice = get_practice(db)
    if practice is None or not practice.is_demo:
        return False
    with db.transaction() as conn:
        if conn.execute("SELECT count(*) FROM account").fetchone()[0]:
            return False
        for username, role, full_name in DEMO_ACCOUNTS:
            insert_account_in(conn, username, DEMO_PASSWORD, role, full_name)
    return True


def _holds_no_real_practice(path: Path) -> bool:
    """True when a file is missing, empty, or a demo: only then may the demo replace it."""
    if inspect_file(path).is_empty:
        return True
    db = open_database(path, readonly=True, allow_older=True)
    try:
        practice = get_practice(db)
    finally:
        db.close()
    return practice is None or practice.is_demo
