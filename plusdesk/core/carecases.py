"""The collaborative-care case register: opening, contacts, scores, reviews, routes, closing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from plusdesk.core import audit
from plusdesk.core.carecase_check import (
    Problems,
    case_problems,
    close_problems,
    contact_problems,
    measure_problems,
    raise_first,
    review_problems,
    threshold_problems,
)
from plusdesk.core.carecase_model import (
    INSTRUMENTS,
    CaseDraft,
    CloseDraft,
    ContactDraft,
    Instrument,
    MeasureDraft,
    ReviewDraft,
    Thresholds,
)
from plusdesk.core.carecase_read import case_managers, get, load
from plusdesk.core.clock import format_date, utc_now_iso
from plusdesk.core.db import Database
from plusdesk.core.errors import PermissionDeniedError, PlusDeskError, ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.users import Permission, Session
from plusdesk.core.validation import today

__all__ = [
    "add_contact",
    "add_measure",
    "add_review",
    "case_managers",
    "check_case",
    "check_close",
    "check_contact",
    "check_measure",
    "check_review",
    "delete_case",
    "delete_entry",
    "get",
    "load",
    "open_case",
    "reopen_case",
    "save_route",
    "save_thresholds",
    "thresholds",
    "update_case",
]

_THRESHOLD_KEY = "carecase.{}"
_GONE = QT_TRANSLATE_NOOP("core", "Deze casus bestaat niet (meer); misschien is hij verwijderd.")

# --- the practice's thresholds -------------------------------------------------------------


def thresholds(db: Database) -> Thresholds:
    """The practice's caseload thresholds (stored in the file, so every workstation agrees)."""
    stored = dict(db.query("SELECT key, value FROM meta WHERE key LIKE 'carecase.%'"))
    values: dict[str, int] = {}
    for name, default in vars(Thresholds()).items():
        try:
            values[name] = int(stored.get(_THRESHOLD_KEY.format(name), default))
        except ValueError:
            values[name] = default
    return Thresholds(**values)


def save_thresholds(session: Session, values: dict[str, str | int]) -> Thresholds:
    session.require(Permission.MANAGE_CARECASES, object_type="carecase_settings")
    errors, new = threshold_problems(values)
    raise_first(errors)
    assert new is not None
    old = thresholds(session.db)
    changed = [f"{k} {getattr(old, k)} → {v}" for k, v in vars(new).items() if getattr(old, k) != v]
    with session.db.transaction() as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [(_THRESHOLD_KEY.format(k), str(v)) for k, v in vars(new).items()],
        )
        if changed:
            audit.record_in(
                conn,
                session.actor,
                "update",
                object_type="carecase_settings",
                detail="drempels caseload: " + ", ".join(changed),
            )
    return new


# --- checks for the forms ------------------------------------------------------------------


def check_case(db: Database, draft: CaseDraft, case_id: int | None = None) -> Problems:
    """Every problem of the case form, by field (including a second open case)."""
    errors, values = case_problems(draft, _colleagues(db), editing=case_id is not None)
    ref = values.get("patient_ref")
    if ref and "patient_ref" not in errors:
        other = db.query(
            "SELECT started_on FROM carecase WHERE patient_ref = ? AND closed_on IS NULL "
            "AND id IS NOT ?",
            (ref, case_id),
        )
        if other:
            errors["patient_ref"] = Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Patiënt {patient} heeft al een open casus sinds {date}. Open die casus, "
                    "of sluit hem eerst af.",
                ),
                patient=ref,
                date=format_date(other[0]["started_on"]),
            )
    if case_id is not None and values.get("started_on") and "started_on" not in errors:
        earliest = db.scalar(
            "SELECT min(d) FROM (SELECT held_on AS d FROM carecase_contact WHERE case_id = ?1 "
            "UNION ALL SELECT measured_on FROM carecase_measure WHERE case_id = ?1 "
            "UNION ALL SELECT reviewed_on FROM carecase_review WHERE case_id = ?1)",
            (case_id,),
        )
        if earliest and values["started_on"].isoformat() > earliest:
            errors["started_on"] = Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "De startdatum kan niet na het eerste contact of de eerste meting liggen "
                    "({date}).",
                ),
                date=format_date(earliest),
            )
    return errors


def check_contact(db: Database, case_id: int, draft: ContactDraft) -> Problems:
    return contact_problems(draft, _started(db, case_id))[0]


def check_measure(db: Database, case_id: int, draft: MeasureDraft) -> Problems:
    errors, values = measure_problems(draft, _started(db, case_id))
    if not errors and db.scalar(
        "SELECT 1 FROM carecase_measure WHERE case_id = ? AND instrument = ? AND measured_on = ?",
        (case_id, values["instrument"].value, values["measured_on"].isoformat()),
    ):
        label = INSTRUMENTS[values["instrument"]].label
        errors["measured_on"] = Text(
            QT_TRANSLATE_NOOP("core", "Er staat al een {instrument} op {date} bij deze casus."),
            instrument=label,
            date=format_date(values["measured_on"]),
        )
    return errors


def check_review(db: Database, case_id: int, draft: ReviewDraft) -> Problems:
    return review_problems(draft, _started(db, case_id))[0]


def check_close(db: Database, case_id: int, draft: CloseDraft, *, closing: bool) -> Problems:
    errors, values = close_problems(draft, _started(db, case_id), closing=closing)
    last = db.scalar(
        "SELECT max(d) FROM (SELECT held_on AS d FROM carecase_contact WHERE case_id = ?1 "
        "UNION ALL SELECT measured_on FROM carecase_measure WHERE case_id = ?1 "
        "UNION ALL SELECT reviewed_on FROM carecase_review WHERE case_id = ?1)",
        (case_id,),
    )
    closed = values["closed_on"]
    if closing and closed and last and closed.isoformat() < last:
        errors.setdefault(
            "closed_on",
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "Er is nog een contact, meting of consult op {date}, na deze datum."
                ),
                date=format_date(last),
            ),
        )
    plan = values["relapse_plan_on"]
    if closing and closed and plan and plan > closed:
        errors.setdefault(
            "relapse_plan_on",
            QT_TRANSLATE_NOOP(
                "core", "Het terugvalpreventieplan ligt na het afsluiten van de casus."
            ),
        )
    return errors


# --- writing -------------------------------------------------------------------------------


def open_case(session: Session, draft: CaseDraft) -> int:
    """Open a case with its first PHQ-9 and/or GAD-7 on the start date; returns its id."""
    session.require(Permission.MANAGE_CARECASES, object_type="carecase")
    raise_first(check_case(session.db, draft))
    _, v = case_problems(draft, _colleagues(session.db))
    stamp, user = utc_now_iso(), session.user.username
    started = v["started_on"].isoformat()
    with session.db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO carecase (patient_ref, started_on, case_manager, problem, problem_note, "
            "safety_since, created_at, created_by, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                v["patient_ref"],
                started,
                _username(conn, v["case_manager"]),
                v["problem"].value,
                v["problem_note"],
                started if draft.safety_concern else None,
                stamp,
                user,
                stamp,
                user,
            ),
        )
        case_id = int(cursor.lastrowid or 0)
        scores = []
        for instrument in Instrument:
            result = v.get(instrument.value)
            if result is not None:
                total, items = result
                conn.execute(
                    "INSERT INTO carecase_measure (case_id, measured_on, instrument, total, "
                    "items, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (case_id, started, instrument.value, total, items, stamp, user),
                )
                scores.append(f"{INSTRUMENTS[instrument].label} {total}")
        detail = f"casus geopend per {format_date(started)}"
        if scores:
            detail += " (" + ", ".join(scores) + ")"
        _log(conn, session, "create", case_id, v["patient_ref"], detail)
    return case_id


def update_case(session: Session, case_id: int, draft: CaseDraft) -> None:
    """Change a case's heading: patient number, start, case manager, problem, safety concern."""
    with _changing(session, case_id, "casus gewijzigd", allow_closed=True) as (conn, old):
        raise_first(check_case(session.db, draft, case_id))
        _, v = case_problems(draft, _colleagues(session.db), editing=True)
        safety = old["safety_since"]
        if draft.safety_concern and not safety:
            safety = today().isoformat()
        elif not draft.safety_concern:
            safety = None
        conn.execute(
            "UPDATE carecase SET patient_ref = ?, started_on = ?, case_manager = ?, problem = ?, "
            "problem_note = ?, safety_since = ? WHERE id = ?",
            (
                v["patient_ref"],
                v["started_on"].isoformat(),
                _username(conn, v["case_manager"]),
                v["problem"].value,
                v["problem_note"],
                safety,
                case_id,
            ),
        )
        if old["patient_ref"] != v["patient_ref"]:
            old["detail"] += f" (patiëntnummer was {old['patient_ref']})"
            old["patient_ref"] = v["patient_ref"]


def delete_case(session: Session, case_id: int) -> None:
    """Remove a case opened by mistake, with everything recorded in it (after confirmation)."""
    with _changing(session, case_id, "casus verwijderd", allow_closed=True) as (conn, old):
        if not session.may_change_entry(old["created_by"]):
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Deze casus is geopend door een collega; alleen die collega of de "
                    "praktijkmanager kan hem verwijderen.",
                )
            )
        conn.execute("DELETE FROM carecase WHERE id = ?", (case_id,))
        old["action"] = "delete"


def add_contact(session: Session, case_id: int, draft: ContactDraft) -> int:
    with _changing(session, case_id, "contact vastgelegd") as (conn, old):
        errors, v = contact_problems(draft, date.fromisoformat(old["started_on"]))
        raise_first(errors)
        cursor = conn.execute(
            "INSERT INTO carecase_contact (case_id, held_on, kind, minutes, note, discuss, "
            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                v["held_on"].isoformat(),
                v["kind"].value,
                v["minutes"],
                v["note"],
                int(v["discuss"]),
                utc_now_iso(),
                session.user.username,
            ),
        )
        old["detail"] = f"contact ({v['kind'].value}) van {format_date(v['held_on'])} vastgelegd"
        if v["discuss"]:
            old["detail"] += ", te bespreken met psychiater"
        return int(cursor.lastrowid or 0)


def add_measure(session: Session, case_id: int, draft: MeasureDraft) -> int:
    with _changing(session, case_id, "meting vastgelegd") as (conn, old):
        raise_first(check_measure(session.db, case_id, draft))
        _, v = measure_problems(draft, date.fromisoformat(old["started_on"]))
        total, items = v["total"]
        cursor = conn.execute(
            "INSERT INTO carecase_measure (case_id, measured_on, instrument, total, items, "
            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                v["measured_on"].isoformat(),
                v["instrument"].value,
                total,
                items,
                utc_now_iso(),
                session.user.username,
            ),
        )
        label = INSTRUMENTS[v["instrument"]].label
        old["detail"] = f"{label} {total} op {format_date(v['measured_on'])} vastgelegd"
        return int(cursor.lastrowid or 0)


def add_review(session: Session, case_id: int, draft: ReviewDraft) -> int:
    with _changing(session, case_id, "psychiatrisch consult vastgelegd") as (conn, old):
        errors, v = review_problems(draft, date.fromisoformat(old["started_on"]))
        raise_first(errors)
        cursor = conn.execute(
            "INSERT INTO carecase_review (case_id, reviewed_on, psychiatrist, decision, "
            "social_cause, advice, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_id,
                v["reviewed_on"].isoformat(),
                v["psychiatrist"],
                v["decision"].value,
                v["social_cause"].value if v["social_cause"] else None,
                v["advice"],
                utc_now_iso(),
                session.user.username,
            ),
        )
        old["detail"] = (
            f"consult psychiater van {format_date(v['reviewed_on'])} vastgelegd "
            f"({v['decision'].value})"
        )
        return int(cursor.lastrowid or 0)


def delete_entry(session: Session, table: str, entry_id: int) -> None:
    """Remove a contact, measurement or review recorded by mistake (its author or the manager)."""
    kinds = {
        "carecase_contact": ("held_on", QT_TRANSLATE_NOOP("core", "contact")),
        "carecase_measure": ("measured_on", QT_TRANSLATE_NOOP("core", "meting")),
        "carecase_review": ("reviewed_on", QT_TRANSLATE_NOOP("core", "consult psychiater")),
    }
    if table not in kinds:
        raise ValueError(table)
    column, noun = kinds[table]
    row = session.db.query(
        f"SELECT case_id, {column}, created_by FROM {table} WHERE id = ?", (entry_id,)
    )
    if not row:
        raise PlusDeskError(
            Text(QT_TRANSLATE_NOOP("core", "Deze {entry} bestaat niet (meer)."), entry=noun)
        )
    case_id, day, owner = row[0]
    with _changing(session, case_id, f"{noun} van {format_date(day)} verwijderd") as (conn, _):
        if not session.may_change_entry(owner):
            raise PermissionDeniedError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Deze {entry} is vastgelegd door een collega; alleen die collega of de "
                        "praktijkmanager kan hem verwijderen.",
                    ),
                    entry=noun,
                )
            )
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (entry_id,))


def save_route(session: Session, case_id: int, draft: CloseDraft, *, close: bool) -> None:
    """Record the route and relapse-prevention plan, and close the case when asked."""
    action = "casus afgesloten" if close else "route vastgelegd"
    with _changing(session, case_id, action) as (conn, old):
        raise_first(check_close(session.db, case_id, draft, closing=close))
        _, v = close_problems(draft, date.fromisoformat(old["started_on"]), closing=close)

        def iso(day: date | None) -> str | None:
            return day.isoformat() if day else None

        conn.execute(
            "UPDATE carecase SET route = ?, route_social = ?, route_on = ?, relapse_plan_on = ?, "
            "closed_on = ?, close_reason = ?, close_note = ? WHERE id = ?",
            (
                v["route"].value if v["route"] else None,
                v["route_social"].value if v["route_social"] else None,
                iso(v["route_on"]),
                iso(v["relapse_plan_on"]),
                iso(v["closed_on"]),
                v["close_reason"].value if v["close_reason"] else None,
                v["close_note"],
                case_id,
            ),
        )
        if close:
            old["detail"] = f"casus afgesloten per {format_date(v['closed_on'])}"
        if v["route"]:
            old["detail"] += f", route {v['route'].value}"


def reopen_case(session: Session, case_id: int) -> None:
    with _changing(session, case_id, "casus heropend", allow_closed=True) as (conn, old):
        if old["closed_on"] is None:
            raise PlusDeskError(QT_TRANSLATE_NOOP("core", "Deze casus is niet afgesloten."))
        others = conn.execute(
            "SELECT 1 FROM carecase WHERE patient_ref = ? AND closed_on IS NULL AND id != ?",
            (old["patient_ref"], case_id),
        ).fetchone()
        if others:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Patiënt {patient} heeft inmiddels een andere open casus; "
                        "twee open casussen voor één patiënt kan niet.",
                    ),
                    patient=old["patient_ref"],
                ),
                field="patient_ref",
            )
        conn.execute(
            "UPDATE carecase SET closed_on = NULL, close_reason = NULL WHERE id = ?", (case_id,)
        )


@contextmanager
def _changing(
    session: Session, case_id: int, detail: str, *, allow_closed: bool = False
) -> Iterator[tuple[sqlite3.Connection, dict[str, Any]]]:
    """One audited change of a case in one transaction; refuses closed cases unless allowed."""
    session.require(Permission.MANAGE_CARECASES, object_type="carecase", object_id=str(case_id))
    with session.db.transaction() as conn:
        row = conn.execute(
            "SELECT patient_ref, started_on, closed_on, safety_since, created_by "
            "FROM carecase WHERE id = ?",
            (case_id,),
        ).fetchone()
        if row is None:
            raise PlusDeskError(_GONE)
        old: dict[str, Any] = dict(row) | {"detail": detail, "action": "update"}
        if row["closed_on"] and not allow_closed:
            raise PlusDeskError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Deze casus is afgesloten per {date}. Heropen de "
                        "casus om er iets aan toe te voegen.",
                    ),
                    date=format_date(row["closed_on"]),
                )
            )
        yield conn, old
        conn.execute(
            "UPDATE carecase SET updated_at = ?, updated_by = ? WHERE id = ?",
            (utc_now_iso(), session.user.username, case_id),
        )
        _log(conn, session, old["action"], case_id, old["patient_ref"], old["detail"])


def _log(
    conn: sqlite3.Connection,
    session: Session,
    action: str,
    case_id: int,
    patient_ref: str,
    detail: str,
) -> None:
    audit.record_in(
        conn,
        session.actor,
        action,
        object_type="carecase",
        object_id=case_id,
        patient_ref=patient_ref,
        detail=detail,
    )


def _colleagues(db: Database) -> list[str]:
    """Who may be case manager: the practice's active accounts, by user name or full name."""
    rows = db.query("SELECT username, full_name FROM account WHERE active = 1")
    return [r[0] for r in rows] + [r[1] for r in rows if r[1]]


def _username(conn: sqlite3.Connection, name: str) -> str:
    row = conn.execute(
        "SELECT username FROM account WHERE lower(username) = lower(?) "
        "OR lower(full_name) = lower(?)",
        (name, name),
    ).fetchone()
    return row[0] if row else name


def _started(db: Database, case_id: int) -> date:
    started = db.scalar("SELECT started_on FROM carecase WHERE id = ?", (case_id,))
    if started is None:
        raise PlusDeskError(_GONE)
    return date.fromisoformat(started)
