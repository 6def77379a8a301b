"""The patient-centred conversation log: storing, changing, deleting and reading conversations."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date

from plusdesk.core.clock import format_date, utc_now_iso
from plusdesk.core.conversation_check import clean, problems
from plusdesk.core.conversation_model import (
    ACTIONS,
    DIMENSION_LABELS,
    DIMENSIONS,
    GOAL_ACTORS,
    REASON_LABELS,
    ROLE_LABELS,
    Conversation,
    Draft,
    Goal,
    ProfessionalRole,
    Reason,
    Score,
)
from plusdesk.core.db import Database
from plusdesk.core.errors import PermissionDeniedError, PlusDeskError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP
from plusdesk.core.users import Permission, Session

__all__ = [
    "ACTIONS",
    "DIMENSIONS",
    "DIMENSION_LABELS",
    "GOAL_ACTORS",
    "REASON_LABELS",
    "ROLE_LABELS",
    "Conversation",
    "Draft",
    "Goal",
    "ProfessionalRole",
    "Reason",
    "Score",
    "delete",
    "get",
    "of_patient",
    "previous_of",
    "problems",
    "save",
]

_GONE = QT_TRANSLATE_NOOP(
    "core", "Dit gesprek bestaat niet (meer); misschien is het al verwijderd."
)

# --- writing -------------------------------------------------------------------------------


def save(session: Session, draft: Draft, conversation_id: int | None = None) -> int:
    """Store a new conversation, or change one; returns its id. Logged with the patient."""
    session.require(Permission.LOG_CONVERSATIONS, object_type="conversation")
    values, scores, goals = clean(session.db, draft)
    with session.db.transaction() as conn:
        stamp = utc_now_iso()
        if conversation_id is None:
            columns = [*values, "created_at", "created_by", "updated_at", "updated_by"]
            row = [*values.values(), stamp, session.user.username, stamp, session.user.username]
            cursor = conn.execute(
                f"INSERT INTO conversation ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                row,
            )
            conversation_id = int(cursor.lastrowid or 0)
            action, detail = "create", f"gesprek van {format_date(values['held_on'])} vastgelegd"
        else:
            old = _owned(conn, session, conversation_id)
            conn.execute(
                f"UPDATE conversation SET {', '.join(f'{k} = ?' for k in values)}, "
                "updated_at = ?, updated_by = ? WHERE id = ?",
                [*values.values(), stamp, session.user.username, conversation_id],
            )
            conn.execute(
                "DELETE FROM conversation_score WHERE conversation_id = ?", (conversation_id,)
            )
            conn.execute(
                "DELETE FROM conversation_goal WHERE conversation_id = ?", (conversation_id,)
            )
            action, detail = "update", f"gesprek van {format_date(old['held_on'])} gewijzigd"
            if old["patient_ref"] != values["patient_ref"]:
                detail += f" (patiëntnummer was {old['patient_ref']})"
        conn.executemany(
            "INSERT INTO conversation_score (conversation_id, dimension, score, wants_to_talk) "
            "VALUES (?, ?, ?, ?)",
            [(conversation_id, s.dimension, s.score, int(s.wants_to_talk)) for s in scores],
        )
        conn.executemany(
            "INSERT INTO conversation_goal (conversation_id, position, goal, actor, follow_up) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (
                    conversation_id,
                    i,
                    g.goal,
                    g.actor,
                    g.follow_up.isoformat() if g.follow_up else None,
                )
                for i, g in enumerate(goals, start=1)
            ],
        )
        _log(conn, session, action, conversation_id, str(values["patient_ref"]), detail)
    return conversation_id


def delete(session: Session, conversation_id: int) -> None:
    """Remove a conversation for good (after the user confirmed); the audit log keeps the fact."""
    session.require(
        Permission.LOG_CONVERSATIONS, object_type="conversation", object_id=str(conversation_id)
    )
    with session.db.transaction() as conn:
        old = _owned(conn, session, conversation_id)
        conn.execute("DELETE FROM conversation WHERE id = ?", (conversation_id,))
        _log(
            conn,
            session,
            "delete",
            conversation_id,
            old["patient_ref"],
            f"gesprek van {format_date(old['held_on'])} verwijderd",
        )


def _owned(conn: sqlite3.Connection, session: Session, conversation_id: int) -> sqlite3.Row:
    row = conn.execute(
        "SELECT patient_ref, held_on, created_by FROM conversation WHERE id = ?",
        (conversation_id,),
    ).fetchone()
    if row is None:
        raise PlusDeskError(_GONE)
    old = {"patient_ref": row[0], "held_on": row[1], "created_by": row[2]}
    if not session.may_change_entry(old["created_by"]):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "core",
                "Dit gesprek is vastgelegd door een collega; alleen die collega of de "
                "praktijkmanager kan het wijzigen of verwijderen.",
            )
        )
    return old  # type: ignore[return-value]


def _log(
    conn: sqlite3.Connection,
    session: Session,
    action: str,
    conversation_id: int,
    patient_ref: str,
    detail: str,
) -> None:
    from plusdesk.core import audit

    audit.record_in(
        conn,
        session.actor,
        action,
        object_type="conversation",
        object_id=conversation_id,
        patient_ref=patient_ref,
        detail=detail,
    )


# --- reading -------------------------------------------------------------------------------

_COLUMNS = (
    "id, patient_ref, held_on, professional, professional_role, reason, reason_other, question, "
    "action_care, action_social, action_welfare, referral_avoided, avoided_specialism, "
    "next_contact, created_by, updated_at, updated_by"
)


def _load(db: Database, where: str, params: Sequence[object]) -> list[Conversation]:
    rows = db.query(
        f"SELECT {_COLUMNS} FROM conversation WHERE {where} ORDER BY held_on, id", tuple(params)
    )
    if not rows:
        return []
    ids = [r[0] for r in rows]
    marks = ", ".join("?" * len(ids))
    scores: dict[int, list[Score]] = {}
    for cid, dimension, value, talk in db.query(
        f"SELECT conversation_id, dimension, score, wants_to_talk FROM conversation_score "
        f"WHERE conversation_id IN ({marks})",
        tuple(ids),
    ):
        scores.setdefault(cid, []).append(Score(dimension, value, bool(talk)))
    goals: dict[int, list[Goal]] = {}
    for cid, goal, actor, follow in db.query(
        f"SELECT conversation_id, goal, actor, follow_up FROM conversation_goal "
        f"WHERE conversation_id IN ({marks}) ORDER BY position",
        tuple(ids),
    ):
        goals.setdefault(cid, []).append(
            Goal(goal, actor, date.fromisoformat(follow) if follow else None)
        )
    order = {d: i for i, d in enumerate(DIMENSIONS)}
    return [
        Conversation(
            id=r[0],
            patient_ref=r[1],
            held_on=date.fromisoformat(r[2]),
            professional=r[3],
            professional_role=ProfessionalRole(r[4]),
            reason=Reason(r[5]),
            reason_other=r[6],
            question=r[7],
            scores=tuple(sorted(scores.get(r[0], []), key=lambda s: order[s.dimension])),
            goals=tuple(goals.get(r[0], [])),
            actions=tuple(key for key, flag in zip(ACTIONS, r[8:11], strict=True) if flag),
            referral_avoided=bool(r[11]),
            avoided_specialism=r[12],
            next_contact=date.fromisoformat(r[13]) if r[13] else None,
            created_by=r[14],
            updated_at=r[15],
            updated_by=r[16],
        )
        for r in rows
    ]


def get(session: Session, conversation_id: int) -> Conversation:
    """One conversation, opened by a user: logged as a view of that patient."""
    session.require(
        Permission.VIEW_PATIENT_DATA, object_type="conversation", object_id=str(conversation_id)
    )
    found = _load(session.db, "id = ?", (conversation_id,))
    if not found:
        raise PlusDeskError(_GONE)
    session.record(
        "view",
        object_type="conversation",
        object_id=conversation_id,
        patient_ref=found[0].patient_ref,
    )
    return found[0]


def of_patient(session: Session, patient_ref: str) -> list[Conversation]:
    """All conversations of one patient, oldest first; logged as a view of that patient."""
    session.require(Permission.VIEW_PATIENT_DATA, object_type="patient", object_id=patient_ref)
    ref = patient_ref.strip()
    found = _load(session.db, "patient_ref = ?", (ref,))
    session.record(
        "view",
        object_type="patient",
        object_id=ref,
        patient_ref=ref,
        detail=f"gesprekken ({len(found)})",
    )
    return found


def previous_of(
    db: Database, patient_ref: str, before: date | None = None, exclude: int | None = None
) -> Conversation | None:
    """The patient's latest conversation before a date (not `exclude`): a follow-up's link."""
    ref = (patient_ref or "").strip()
    if not ref:
        return None
    where, params = "patient_ref = ? AND id IS NOT ?", [ref, exclude]
    if before is not None:
        where += " AND held_on <= ?"
        params.append(before.isoformat())
    found = _load(db, where, params)
    return found[-1] if found else None
