"""The practice a data file belongs to: validation, creating a new practice file, overview."""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from plusdesk.core import audit, users
from plusdesk.core.catalogue import apply_catalogue_in, load_catalogue_file
from plusdesk.core.clock import utc_now_iso
from plusdesk.core.db import Database, new_file
from plusdesk.core.errors import ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.reference import load_reference_in

MAX_LIST_SIZE = 200_000


@dataclass(frozen=True)
class PracticeDetails:
    """What the user enters for a new practice (already validated by `validate_details`)."""

    name: str
    agb_code: str
    zorggroep: str = ""
    list_size: int | None = None
    wave: int | None = None


@dataclass(frozen=True)
class Practice(PracticeDetails):
    is_demo: bool = False
    created_at: str = ""


def normalize_agb(text: str) -> str:
    """An AGB-code as its 8 digits; spaces, dots and dashes are allowed while typing."""
    digits = re.sub(r"[\s.\-]", "", text or "")
    if not digits:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Vul de AGB-code van de praktijk in."), field="agb_code"
        )
    if not digits.isdigit() or len(digits) != 8:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "De AGB-code '{code}' is ongeldig: een AGB-code bestaat uit precies 8 cijfers.",
                ),
                code=text.strip(),
            ),
            field="agb_code",
        )
    return digits


def parse_list_size(value: str | int | None) -> int | None:
    """Number of registered patients, or None when not given."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip().replace(".", "").replace(" ", ""))
    except ValueError:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "Het aantal ingeschreven patiënten '{value}' is geen geheel getal."
                ),
                value=value,
            ),
            field="list_size",
        ) from None
    if not 0 < number <= MAX_LIST_SIZE:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "Het aantal ingeschreven patiënten moet tussen 1 en {maximum} liggen."
                ),
                maximum=f"{MAX_LIST_SIZE:,}".replace(",", "."),
            ),
            field="list_size",
        )
    return number


def validate_details(
    name: str,
    agb_code: str,
    zorggroep: str = "",
    list_size: str | int | None = None,
    wave: int | None = None,
) -> PracticeDetails:
    """Check what the user entered; raises ValidationError naming the first wrong field."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Vul de naam van de praktijk in."), field="name"
        )
    if len(name) > 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "De naam van de praktijk is te lang (max. 120 tekens)."),
            field="name",
        )
    if wave is not None and not 1 <= wave <= 20:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Het golfnummer moet tussen 1 en 20 liggen."), field="wave"
        )
    return PracticeDetails(
        name=name,
        agb_code=normalize_agb(agb_code),
        zorggroep=(zorggroep or "").strip(),
        list_size=parse_list_size(list_size),
        wave=wave,
    )


def field_errors(
    name: str, agb_code: str, zorggroep: str = "", list_size: str | int | None = None
) -> dict[str, str]:
    """Every field's problem at once (field → Dutch message), for live form validation."""
    errors: dict[str, str] = {}
    checks = {
        "name": lambda: validate_details(name, "00000000"),
        "agb_code": lambda: normalize_agb(agb_code),
        "list_size": lambda: parse_list_size(list_size),
    }
    for field, check in checks.items():
        try:
            check()
        except ValidationError as exc:
            errors[field] = exc.message
    return errors


def insert_practice(
    conn: sqlite3.Connection,
    details: PracticeDetails,
    *,
    is_demo: bool = False,
    created_at: str | None = None,
) -> None:
    """Record the practice inside the caller's transaction."""
    conn.execute(
        "INSERT INTO practice (id, name, agb_code, zorggroep, list_size, wave, is_demo, created_at)"
        " VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
        (
            details.name,
            details.agb_code,
            details.zorggroep,
            details.list_size,
            details.wave,
            int(is_demo),
            created_at or utc_now_iso(),
        ),
    )


def seed_reference_in(conn: sqlite3.Connection) -> None:
    """Load the shipped catalogue and specialism list into a new file."""
    apply_catalogue_in(conn, load_catalogue_file())
    load_reference_in(conn)


@dataclass(frozen=True)
class FirstAccount:
    """The praktijkmanager account created with a new practice file."""

    username: str
    password: str
    full_name: str = ""


def validate_first_account(
    username: str, password: str, repeat: str | None, full_name: str = ""
) -> FirstAccount:
    """Check the first account's name and password; raises ValidationError per field."""
    name = users.validate_username(username)
    users.validate_password(password, repeat, username=name)
    return FirstAccount(name, password, full_name.strip())


def _insert_first_account(
    conn: sqlite3.Connection,
    account: FirstAccount,
    detail: str = "praktijkbestand aangemaakt met eerste account (praktijkmanager)",
) -> None:
    user_id = users.insert_account_in(
        conn, account.username, account.password, users.Role.PRAKTIJKMANAGER, account.full_name
    )
    actor = audit.Actor(account.username, str(users.Role.PRAKTIJKMANAGER), audit.workstation())
    audit.record_in(
        conn,
        actor,
        "create",
        object_type="practice",
        object_id="1",
        detail=detail,
    )
    audit.record_in(conn, actor, "user_admin", object_type="account", object_id=user_id)


def create_practice_file(
    path: str | os.PathLike[str],
    details: PracticeDetails,
    account: FirstAccount,
    *,
    overwrite: bool = False,
) -> Path:
    """Create a new data file for a practice; refuses to overwrite, appears only when complete."""
    with new_file(path, overwrite=overwrite) as db, db.transaction() as conn:
        seed_reference_in(conn)
        insert_practice(conn, details)
        _insert_first_account(conn, account)
    return Path(path)


def setup_practice(db: Database, details: PracticeDetails, account: FirstAccount) -> None:
    """Record the practice in an opened file that has none yet (first start in the GUI)."""
    with db.transaction() as conn:
        if conn.execute("SELECT count(*) FROM intervention").fetchone()[0] == 0:
            seed_reference_in(conn)
        insert_practice(conn, details)
        if conn.execute("SELECT count(*) FROM account").fetchone()[0] == 0:
            _insert_first_account(conn, account)


def update_practice(session: users.Session, details: PracticeDetails) -> None:
    """Correct or complete the practice's details (validated by `validate_details`)."""
    session.require(users.Permission.EDIT_PRACTICE, object_type="practice", object_id="1")
    with session.db.transaction() as conn:
        changed = conn.execute(
            "UPDATE practice SET name = ?, agb_code = ?, zorggroep = ?, list_size = ?, wave = ? "
            "WHERE id = 1",
            (details.name, details.agb_code, details.zorggroep, details.list_size, details.wave),
        ).rowcount
        if changed != 1:
            from plusdesk.core.errors import NoPracticeError

            raise NoPracticeError(
                QT_TRANSLATE_NOOP("core", "Dit bestand heeft nog geen praktijk om te wijzigen.")
            )
        audit.record_in(
            conn,
            session.actor,
            "update",
            object_type="practice",
            object_id="1",
            detail=f"praktijkgegevens: {details.name}, AGB {details.agb_code}",
        )


def get_practice(db: Database) -> Practice | None:
    """The practice of this file, or None on a file that has none yet."""
    rows = db.query("SELECT * FROM practice WHERE id = 1")
    if not rows:
        return None
    r = rows[0]
    return Practice(
        name=r["name"],
        agb_code=r["agb_code"],
        zorggroep=r["zorggroep"],
        list_size=r["list_size"],
        wave=r["wave"],
        is_demo=bool(r["is_demo"]),
        created_at=r["created_at"],
    )


@dataclass(frozen=True)
class Overview:
    """Headline figures for the Overzicht page; None where a module has no data yet."""

    practice: Practice | None
    schema_version: int
    catalogue_title: str | None
    catalogue_version: str | None
    domains: int  # domains that hold at least one active intervention
    interventions: int
    local_interventions: int
    preconditions: int
    specialisms: int
    code_groups: int


def overview(db: Database) -> Overview:
    """Everything the Overzicht page shows, in one read."""
    cat = db.query("SELECT title, catalogue_version FROM catalogue ORDER BY id DESC LIMIT 1")
    active = "retired_at IS NULL"
    return Overview(
        practice=get_practice(db),
        schema_version=db.schema_version,
        catalogue_title=cat[0][0] if cat else None,
        catalogue_version=cat[0][1] if cat else None,
        domains=db.scalar(f"SELECT count(DISTINCT domain_code) FROM intervention WHERE {active}"),
        interventions=db.scalar(f"SELECT count(*) FROM intervention WHERE {active}"),
        local_interventions=db.scalar(
            f"SELECT count(*) FROM intervention WHERE {active} AND origin = 'lokaal'"
        ),
        preconditions=db.scalar(f"SELECT count(*) FROM precondition WHERE {active}"),
        specialisms=db.scalar("SELECT count(*) FROM specialism"),
        code_groups=db.scalar("SELECT count(*) FROM code_group"),
    )
