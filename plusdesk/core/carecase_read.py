"""Reading care cases back: one case with its entries (logged as a view), many, case managers."""

from __future__ import annotations

from datetime import date
from typing import Any

from plusdesk.core import users
from plusdesk.core.carecase_model import (
    Case,
    CloseReason,
    Contact,
    ContactKind,
    Decision,
    Instrument,
    Measure,
    Problem,
    Review,
    Route,
    SocialCause,
)
from plusdesk.core.db import Database
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP
from plusdesk.core.users import Permission, Session


def get(session: Session, case_id: int) -> Case:
    """One case with its contacts, scores and reviews; opening it is logged."""
    session.require(Permission.VIEW_PATIENT_DATA, object_type="carecase", object_id=str(case_id))
    cases = load(session.db, "id = ?", (case_id,))
    if not cases:
        raise PlusDeskError(
            QT_TRANSLATE_NOOP(
                "core", "Deze casus bestaat niet (meer); misschien is hij verwijderd."
            )
        )
    session.record(
        "view",
        object_type="carecase",
        object_id=case_id,
        patient_ref=cases[0].patient_ref,
        detail="casus geopend",
    )
    return cases[0]


def load(db: Database, where: str = "1", params: tuple[Any, ...] = ()) -> list[Case]:
    """Cases with everything in them (no logging: callers decide what counts as a view)."""
    rows = db.query(f"SELECT * FROM carecase WHERE {where} ORDER BY started_on, id", params)
    if not rows:
        return []
    # The entries of the same cases, by the same condition (no list of ids: SQLite caps those).
    marks, args = f"SELECT id FROM carecase WHERE {where}", params
    contacts: dict[int, list[Contact]] = {}
    for r in db.query(
        f"SELECT * FROM carecase_contact WHERE case_id IN ({marks}) ORDER BY held_on, id", args
    ):
        contacts.setdefault(r["case_id"], []).append(
            Contact(
                r["id"],
                date.fromisoformat(r["held_on"]),
                ContactKind(r["kind"]),
                r["minutes"],
                r["note"],
                bool(r["discuss"]),
                r["created_by"],
            )
        )
    measures: dict[int, list[Measure]] = {}
    for r in db.query(
        f"SELECT * FROM carecase_measure WHERE case_id IN ({marks}) ORDER BY measured_on, id",
        args,
    ):
        measures.setdefault(r["case_id"], []).append(
            Measure(
                r["id"],
                date.fromisoformat(r["measured_on"]),
                Instrument(r["instrument"]),
                r["total"],
                tuple(int(c) for c in r["items"] or ""),
                r["created_by"],
            )
        )
    reviews: dict[int, list[Review]] = {}
    for r in db.query(
        f"SELECT * FROM carecase_review WHERE case_id IN ({marks}) ORDER BY reviewed_on, id",
        args,
    ):
        reviews.setdefault(r["case_id"], []).append(
            Review(
                r["id"],
                date.fromisoformat(r["reviewed_on"]),
                r["psychiatrist"],
                Decision(r["decision"]),
                SocialCause(r["social_cause"]) if r["social_cause"] else None,
                r["advice"],
                r["created_by"],
            )
        )

    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    return [
        Case(
            id=r["id"],
            patient_ref=r["patient_ref"],
            started_on=date.fromisoformat(r["started_on"]),
            case_manager=r["case_manager"],
            problem=Problem(r["problem"]),
            problem_note=r["problem_note"],
            safety_since=day(r["safety_since"]),
            route=Route(r["route"]) if r["route"] else None,
            route_social=SocialCause(r["route_social"]) if r["route_social"] else None,
            route_on=day(r["route_on"]),
            relapse_plan_on=day(r["relapse_plan_on"]),
            closed_on=day(r["closed_on"]),
            close_reason=CloseReason(r["close_reason"]) if r["close_reason"] else None,
            close_note=r["close_note"],
            created_by=r["created_by"],
            contacts=tuple(contacts.get(r["id"], ())),
            measures=tuple(measures.get(r["id"], ())),
            reviews=tuple(reviews.get(r["id"], ())),
        )
        for r in rows
    ]


def case_managers(db: Database) -> list[tuple[str, str]]:
    """(user name, name to show) of the accounts that may manage cases, for the forms."""
    roles = [
        r.value
        for r, perms in users.ROLE_PERMISSIONS.items()
        if Permission.MANAGE_CARECASES in perms
    ]
    rows = db.query(
        f"SELECT username, full_name FROM account WHERE active = 1 AND role IN "
        f"({', '.join('?' * len(roles))}) ORDER BY lower(coalesce(nullif(full_name, ''), "
        "username))",
        tuple(roles),
    )
    return [(r[0], r[1] or r[0]) for r in rows]
