"""What a practice keeps per intervention besides its status: checklist, maatwerk, own ones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from plusdesk.core.clock import format_date, utc_now_iso
from plusdesk.core.db import Database
from plusdesk.core.errors import ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.interventions import (
    EARLIEST,
    TEXT_MAX,
    clean_note,
    find_intervention,
    log_change,
    require_active,
)
from plusdesk.core.users import Permission, Session
from plusdesk.core.validation import parse_date, required_text

# --- preconditions, maatwerk, responsible ----------------------------------------------------


@dataclass(frozen=True)
class PreconditionState:
    code: str
    text: str
    met_on: date | None
    note: str
    updated_by: str


@dataclass(frozen=True)
class Details:
    """What the practice keeps per intervention besides its status."""

    code: str
    responsible: str
    maatwerk: str
    evidence: str
    updated_at: str | None
    updated_by: str | None
    preconditions: tuple[PreconditionState, ...]

    @property
    def preconditions_met(self) -> int:
        return sum(1 for p in self.preconditions if p.met_on is not None)


def details(db: Database, code: str) -> Details:
    """Responsible person, maatwerk, evidence notes and the precondition checklist."""
    rows = db.query("SELECT * FROM intervention_practice WHERE intervention_code = ?", (code,))
    pre = db.query(
        "SELECT p.code, p.text, c.met_on, coalesce(c.note, '') AS note, "
        "coalesce(c.updated_by, '') AS updated_by FROM precondition p "
        "LEFT JOIN precondition_check c ON c.precondition_code = p.code "
        "WHERE p.intervention_code = ? AND p.retired_at IS NULL ORDER BY p.position",
        (code,),
    )
    preconditions = tuple(
        PreconditionState(
            code=r["code"],
            text=r["text"],
            met_on=date.fromisoformat(r["met_on"]) if r["met_on"] else None,
            note=r["note"],
            updated_by=r["updated_by"],
        )
        for r in pre
    )
    if not rows:
        return Details(code, "", "", "", None, None, preconditions)
    r = rows[0]
    return Details(
        code,
        r["responsible"],
        r["maatwerk"],
        r["evidence"],
        r["updated_at"],
        r["updated_by"],
        preconditions,
    )


def _text(value: str | None, label: str, field: str, max_length: int = TEXT_MAX) -> str:
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "De {label} is te lang (max. {max_length} tekens)."),
                label=label,
                max_length=max_length,
            ),
            field=field,
        )
    return text


def save_details(
    session: Session, code: str, *, responsible: str, maatwerk: str, evidence: str
) -> bool:
    """Store responsible person, maatwerk and evidence notes; False when nothing changed."""
    session.require(Permission.EDIT_INTERVENTIONS, object_type="intervention", object_id=code)
    values = {
        "responsible": _text(
            responsible,
            QT_TRANSLATE_NOOP("core", "naam van de verantwoordelijke"),
            "responsible",
            120,
        ),
        "maatwerk": _text(
            maatwerk, QT_TRANSLATE_NOOP("core", "beschrijving van het maatwerk"), "maatwerk"
        ),
        "evidence": _text(evidence, QT_TRANSLATE_NOOP("core", "onderbouwing"), "evidence"),
    }
    with session.db.transaction() as conn:
        require_active(find_intervention(conn, code))
        old = conn.execute(
            "SELECT responsible, maatwerk, evidence FROM intervention_practice "
            "WHERE intervention_code = ?",
            (code,),
        ).fetchone()
        changed = [k for k, v in values.items() if (old[k] if old else "") != v]
        if not changed:
            return False
        conn.execute(
            "INSERT INTO intervention_practice (intervention_code, responsible, maatwerk, evidence,"
            " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(intervention_code) DO"
            " UPDATE SET responsible = excluded.responsible, maatwerk = excluded.maatwerk,"
            " evidence = excluded.evidence, updated_at = excluded.updated_at,"
            " updated_by = excluded.updated_by",
            (code, *values.values(), utc_now_iso(), session.user.username),
        )
        names = {
            "responsible": "verantwoordelijke",
            "maatwerk": "maatwerk",
            "evidence": "onderbouwing",
        }
        log_change(conn, session, code, ", ".join(names[k] for k in changed) + " bijgewerkt")
    return True


def set_precondition(
    session: Session, precondition_code: str, met_on: str | date | None, *, note: str = ""
) -> bool:
    """Mark a precondition as met on a date, or (met_on None) as not met (yet).

    Returns False when that was already so (nothing written, nothing logged).
    """
    with session.db.transaction() as conn:
        row = conn.execute(
            "SELECT intervention_code FROM precondition WHERE code = ? AND retired_at IS NULL",
            (precondition_code,),
        ).fetchone()
    if row is None:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "De randvoorwaarde '{code}' bestaat niet (meer)."),
                code=precondition_code,
            )
        )
    code = row[0]
    session.require(Permission.EDIT_INTERVENTIONS, object_type="intervention", object_id=code)
    day = parse_date(
        met_on,
        label=QT_TRANSLATE_NOOP("core", "datum"),
        field="met_on",
        required=False,
        earliest=EARLIEST,
    )
    note = clean_note(note)
    with session.db.transaction() as conn:
        require_active(find_intervention(conn, code))
        old = conn.execute(
            "SELECT met_on, note FROM precondition_check WHERE precondition_code = ?",
            (precondition_code,),
        ).fetchone()
        was_met, was_note = tuple(old) if old else (None, "")
        if (was_met, was_note) == (day.isoformat() if day else None, note):
            return False
        conn.execute(
            "INSERT INTO precondition_check (precondition_code, met_on, note, updated_at,"
            " updated_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT(precondition_code) DO UPDATE SET"
            " met_on = excluded.met_on, note = excluded.note, updated_at = excluded.updated_at,"
            " updated_by = excluded.updated_by",
            (
                precondition_code,
                day.isoformat() if day else None,
                note,
                utc_now_iso(),
                session.user.username,
            ),
        )
        # The old date goes into the audit row: the checklist itself keeps only the latest.
        was = f"voldaan per {format_date(date.fromisoformat(was_met))}" if was_met else ""
        if was_met == (day.isoformat() if day else None):
            what = "toelichting bijgewerkt"
        elif day:
            what = f"voldaan per {format_date(day)}" + (f" (was {was})" if was else "")
        else:
            what = "niet (meer) voldaan" + (f" (was {was})" if was else "")
        log_change(conn, session, code, f"randvoorwaarde {precondition_code}: {what}")
    return True


# --- local interventions ---------------------------------------------------------------------


def add_local_intervention(
    session: Session, domain_code: str, title: str, description: str = ""
) -> str:
    """Add an intervention of the practice's own, outside the catalogue; returns its code."""
    session.require(Permission.EDIT_INTERVENTIONS, object_type="intervention")
    title = required_text(
        title,
        label=QT_TRANSLATE_NOOP("core", "naam van de interventie"),
        field="title",
        max_length=200,
    )
    description = _text(description, QT_TRANSLATE_NOOP("core", "beschrijving"), "description")
    with session.db.transaction() as conn:
        if not conn.execute("SELECT 1 FROM domain WHERE code = ?", (domain_code,)).fetchone():
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Kies het domein van de interventie."), field="domain"
            )
        # Compared in Python: SQLite's lower() leaves accented capitals (É, Ö) as they are.
        active = conn.execute("SELECT code, title FROM intervention WHERE retired_at IS NULL")
        clash = next((r for r in active if r["title"].casefold() == title.casefold()), None)
        if clash:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core", "Er is al een interventie met de naam '{title}' ({code})."
                    ),
                    title=title,
                    code=clash[0],
                ),
                field="title",
            )
        n = 1
        while conn.execute(
            "SELECT 1 FROM intervention WHERE code = ?", (f"{domain_code}-L{n:02d}",)
        ).fetchone():
            n += 1
        code = f"{domain_code}-L{n:02d}"
        position = conn.execute(
            "SELECT coalesce(max(position), 0) + 1000 FROM intervention WHERE domain_code = ?",
            (domain_code,),
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO intervention (code, domain_code, title, description, position, origin,"
            " created_at, created_by) VALUES (?, ?, ?, ?, ?, 'lokaal', ?, ?)",
            (code, domain_code, title, description, position, utc_now_iso(), session.user.username),
        )
        log_change(conn, session, code, f"eigen interventie '{title}' toegevoegd", action="create")
    return code


def set_retired(session: Session, code: str, retired: bool) -> None:
    """Retire an own (local) intervention, or bring it back; its history is kept either way."""
    session.require(Permission.EDIT_INTERVENTIONS, object_type="intervention", object_id=code)
    with session.db.transaction() as conn:
        item = find_intervention(conn, code)
        if item["origin"] != "lokaal":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Alleen eigen interventies kunnen vervallen; een interventie uit de catalogus "
                    "vervalt met een nieuwe catalogus van de zorggroep, of krijgt de status "
                    "'gestopt'.",
                )
            )
        if (item["retired_at"] is not None) == retired:
            return
        conn.execute(
            "UPDATE intervention SET retired_at = ? WHERE code = ?",
            (utc_now_iso() if retired else None, code),
        )
        log_change(
            conn,
            session,
            code,
            f"eigen interventie '{item['title']}' "
            + ("vervallen verklaard" if retired else "teruggezet"),
        )
