"""Intervention register: status workflow with effective dates, history, preconditions, maatwerk."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import pairwise

from plusdesk.core import audit
from plusdesk.core.clock import format_date, utc_now_iso
from plusdesk.core.db import Database
from plusdesk.core.errors import ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.users import Permission, Session
from plusdesk.core.validation import parse_date, required_text

# The programme started in 2016; anything before 2010 is a typing error, not late recording.
EARLIEST = date(2010, 1, 1)
NOTE_MAX = 1000
TEXT_MAX = 4000


class Status(StrEnum):
    NIET_GESTART = "niet_gestart"
    VOORBEREIDING = "voorbereiding"
    GESTART = "gestart"
    GEIMPLEMENTEERD = "geimplementeerd"
    GEBORGD = "geborgd"
    GESTOPT = "gestopt"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[Status, str] = {
    Status.NIET_GESTART: QT_TRANSLATE_NOOP("core", "niet gestart"),
    Status.VOORBEREIDING: QT_TRANSLATE_NOOP("core", "in voorbereiding"),
    Status.GESTART: QT_TRANSLATE_NOOP("core", "gestart (pilot)"),
    Status.GEIMPLEMENTEERD: QT_TRANSLATE_NOOP("core", "geïmplementeerd"),
    Status.GEBORGD: QT_TRANSLATE_NOOP("core", "geborgd"),
    Status.GESTOPT: QT_TRANSLATE_NOOP("core", "gestopt"),
}

# The workflow in order; gestopt can follow any step and any step can restart after it.
WORKFLOW: tuple[Status, ...] = (
    Status.NIET_GESTART,
    Status.VOORBEREIDING,
    Status.GESTART,
    Status.GEIMPLEMENTEERD,
    Status.GEBORGD,
)
STARTED = frozenset({Status.GESTART, Status.GEIMPLEMENTEERD, Status.GEBORGD})
IMPLEMENTED = frozenset({Status.GEIMPLEMENTEERD, Status.GEBORGD})


@dataclass(frozen=True)
class StatusEntry:
    """One row of an intervention's status history, as recorded."""

    id: int
    intervention_code: str
    kind: str  # "status", or "undo" (voids an earlier entry)
    status: Status | None
    effective_date: date | None
    note: str
    reason: str
    voids: int | None
    recorded_at: str
    recorded_by: str
    voided_by: StatusEntry | None = None  # the correction or undo that replaced this entry

    @property
    def valid(self) -> bool:
        return self.kind == "status" and self.voided_by is None

    @property
    def is_correction(self) -> bool:
        return self.kind == "status" and self.voids is not None


def _entry(row: sqlite3.Row) -> StatusEntry:
    return StatusEntry(
        id=row["id"],
        intervention_code=row["intervention_code"],
        kind=row["kind"],
        status=Status(row["status"]) if row["status"] else None,
        effective_date=date.fromisoformat(row["effective_date"]) if row["effective_date"] else None,
        note=row["note"],
        reason=row["reason"],
        voids=row["voids"],
        recorded_at=row["recorded_at"],
        recorded_by=row["recorded_by"],
    )


def load_entries(conn: sqlite3.Connection | Database, code: str | None = None) -> list[StatusEntry]:
    """All entries in recording order, each knowing which later entry voided it."""
    sql = "SELECT * FROM intervention_status"
    params: tuple = ()
    if code is not None:
        sql += " WHERE intervention_code = ?"
        params = (code,)
    sql += " ORDER BY id"
    rows = conn.query(sql, params) if isinstance(conn, Database) else conn.execute(sql, params)
    entries = [_entry(r) for r in rows]
    voiders = {e.voids: e for e in entries if e.voids is not None}
    return [
        StatusEntry(**{**e.__dict__, "voided_by": voiders[e.id]}) if e.id in voiders else e
        for e in entries
    ]


def effective(entries: Iterable[StatusEntry]) -> list[StatusEntry]:
    """The valid status entries in force order: by effective date, then by recording order."""
    valid = [e for e in entries if e.valid]
    return sorted(valid, key=lambda e: (e.effective_date, e.id))


def status_on(entries: Iterable[StatusEntry], day: date) -> StatusEntry | None:
    """The entry in force on a day (None: nothing recorded yet, i.e. niet gestart)."""
    current = None
    for entry in effective(entries):
        if entry.effective_date <= day:
            current = entry
    return current


def history(db: Database, code: str) -> list[StatusEntry]:
    """Every status entry of an intervention, newest effective date first; voided ones included.

    Undo rows are not listed themselves: they appear as `voided_by` on the entry they undid.
    """
    entries = [e for e in load_entries(db, code) if e.kind == "status"]
    return sorted(entries, key=lambda e: (e.effective_date, e.id), reverse=True)


@dataclass(frozen=True)
class State:
    """Where an intervention stands today, derived from its valid history."""

    status: Status
    since: date | None
    started_on: date | None  # first day it was gestart (pilot) or further
    implemented_on: date | None  # first day it was geïmplementeerd or geborgd
    stop_reason: str


def state_of(entries: Iterable[StatusEntry]) -> State:
    """Current status, since when, and the first start and implementation dates.

    Like the timeline: an entry overruled on its own day by a later-recorded one was never in
    force, and `since` is the start of the current stretch in one status (after an undo, two
    entries with the same status may follow each other).
    """
    ordered = effective(entries)
    in_force = [
        e
        for n, e in enumerate(ordered)
        if n + 1 == len(ordered) or ordered[n + 1].effective_date != e.effective_date
    ]
    started = next((e.effective_date for e in in_force if e.status in STARTED), None)
    implemented = next((e.effective_date for e in in_force if e.status in IMPLEMENTED), None)
    if not in_force:
        return State(Status.NIET_GESTART, None, None, None, "")
    last = in_force[-1]
    since = last.effective_date
    for e in reversed(in_force):
        if e.status is not last.status:
            break
        since = e.effective_date
    return State(last.status, since, started, implemented, last.reason)


# --- changing the status ---------------------------------------------------------------------


def find_intervention(conn: sqlite3.Connection, code: str) -> sqlite3.Row:
    """The intervention's row, or a Dutch error when the code is unknown."""
    row = conn.execute(
        "SELECT code, title, origin, retired_at FROM intervention WHERE code = ?", (code,)
    ).fetchone()
    if row is None:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "De interventie '{code}' bestaat niet in dit bestand."),
                code=code,
            )
        )
    return row


def log_change(
    conn: sqlite3.Connection, session: Session, code: str, detail: str, action: str = "update"
) -> None:
    """The audit row of a change to an intervention, inside the change's transaction."""
    audit.record_in(
        conn, session.actor, action, object_type="intervention", object_id=code, detail=detail
    )


def clean_note(
    note: str | None, label: str = QT_TRANSLATE_NOOP("core", "toelichting"), field: str = "note"
) -> str:
    """A trimmed optional note, refused when too long."""
    text = (note or "").strip()
    if len(text) > NOTE_MAX:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "De {label} is te lang (max. {max_length} tekens)."),
                label=label,
                max_length=NOTE_MAX,
            ),
            field=field,
        )
    return text


def change_status(
    session: Session,
    code: str,
    status: Status | str,
    effective_date: str | date | None,
    *,
    note: str = "",
    reason: str = "",
    corrects: int | None = None,
) -> int:
    """Record a status with the date it took effect; `corrects` replaces an earlier entry.

    The date may lie in the past (practices record late). Refused: a date in the future or
    before 2010, the status already in force on that date, gestopt without a reason, and a
    step back in the workflow without a note. Returns the new entry's id.
    """
    session.require(Permission.EDIT_INTERVENTIONS, object_type="intervention", object_id=code)
    try:
        new = Status(status)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Kies een geldige status."), field="status"
        ) from None
    day = parse_date(
        effective_date,
        label=QT_TRANSLATE_NOOP("core", "ingangsdatum"),
        field="effective_date",
        earliest=EARLIEST,
    )
    note = clean_note(note)
    reason = (
        required_text(
            reason,
            label=QT_TRANSLATE_NOOP("core", "reden van stoppen"),
            field="reason",
            max_length=NOTE_MAX,
        )
        if new is Status.GESTOPT
        else ""
    )
    with session.db.transaction() as conn:
        require_active(find_intervention(conn, code))
        entries = load_entries(conn, code)
        if corrects is not None:
            target = next((e for e in entries if e.id == corrects), None)
            if target is None or not target.valid:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Deze statusregel kan niet meer worden gecorrigeerd: hij is al "
                        "gecorrigeerd of ongedaan gemaakt.",
                    )
                )
            if (target.status, target.effective_date, target.note, target.reason) == (
                new,
                day,
                note,
                reason,
            ):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("core", "De correctie verandert niets aan de regel."),
                    field="status",
                )
            entries = [e for e in entries if e.id != corrects]
        old_order = effective(load_entries(conn, code))
        before = status_on(entries, day)
        before_status = before.status if before else Status.NIET_GESTART
        if before_status is new:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("core", "Op {date} staat de interventie al op '{status}'."),
                    date=format_date(day),
                    status=new.label,
                ),
                field="status",
            )
        same_day = next((e for e in effective(entries) if e.effective_date == day), None)
        if same_day is not None:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Op {date} is al '{status}' vastgelegd. Was de status die dag anders, "
                        "corrigeer dan die regel.",
                    ),
                    date=format_date(day),
                    status=same_day.status.label,
                ),
                field="effective_date",
            )
        if _step_back(before_status, new) and not note:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Van '{old_status}' terug naar '{new_status}' is een stap terug; "
                        "schrijf in de toelichting waarom.",
                    ),
                    old_status=before_status.label,
                    new_status=new.label,
                ),
                field="note",
            )
        planned = StatusEntry(_PLANNED, code, "status", new, day, note, reason, corrects, "", "")
        _refuse_unexplained_step_back(old_order, effective([*entries, planned]), note)
        cursor = conn.execute(
            "INSERT INTO intervention_status (intervention_code, kind, status, effective_date,"
            " note, reason, voids, recorded_at, recorded_by) VALUES (?, 'status', ?, ?, ?, ?, ?,"
            " ?, ?)",
            (
                code,
                new.value,
                day.isoformat(),
                note,
                reason,
                corrects,
                utc_now_iso(),
                session.user.username,
            ),
        )
        detail = f"status '{new.label}' per {format_date(day)}"
        if corrects is not None:
            detail += f" (correctie van statusregel {corrects})"
        if reason:
            detail += f"; reden: {reason}"
        log_change(conn, session, code, detail)
        return int(cursor.lastrowid)


def _step_back(old: Status, new: Status) -> bool:
    """True when new lies earlier in the workflow than old (gestopt is no step back)."""
    return old in WORKFLOW and new in WORKFLOW and WORKFLOW.index(new) < WORKFLOW.index(old)


_PLANNED = 2**62  # the id of an entry about to be written, when checking the order it makes


def _refuse_unexplained_step_back(
    old: list[StatusEntry], new: list[StatusEntry], note: str
) -> None:
    """Refuse a change that creates a step back in the force order which no note explains.

    A step back is explained by the note of the entry that steps back, or by the note of the
    change itself; steps back that were there before the change stay as they were.
    """
    if note:
        return
    existing = set(pairwise(e.id for e in old))
    for a, b in pairwise(new):
        if not _step_back(a.status, b.status) or b.note or (a.id, b.id) in existing:
            continue
        if a.id == _PLANNED:
            message = Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Op {later_date} is al '{later_status}' vastgelegd; met '{new_status}' op "
                    "{new_date} wordt dat een stap terug. Schrijf in de toelichting waarom, of "
                    "corrigeer die latere regel.",
                ),
                later_date=format_date(b.effective_date),
                later_status=b.status.label,
                new_status=a.status.label,
                new_date=format_date(a.effective_date),
            )
        else:
            message = Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Daarna gaat de interventie op {date} van '{old_status}' terug naar "
                    "'{new_status}'; schrijf in de toelichting waarom.",
                ),
                date=format_date(b.effective_date),
                old_status=a.status.label,
                new_status=b.status.label,
            )
        raise ValidationError(message, field="note")


def require_active(item: sqlite3.Row) -> None:
    """Refuse changes to a retired intervention; its history stays as it was."""
    if item["retired_at"] is None:
        return
    if item["origin"] == "lokaal":
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{title}' is vervallen; zet de interventie eerst terug (Vervallen "
                    "interventies tonen) om haar bij te werken.",
                ),
                title=item["title"],
            )
        )
    raise ValidationError(
        Text(
            QT_TRANSLATE_NOOP(
                "core",
                "'{title}' is vervallen met een nieuwe catalogus van de zorggroep. Wat u "
                "vastlegde blijft bewaard, maar kan niet meer worden gewijzigd.",
            ),
            title=item["title"],
        )
    )


def undo_entry(session: Session, entry_id: int, *, note: str = "") -> int:
    """Void a status entry explicitly; the entry stays visible in the history as undone."""
    with session.db.transaction() as conn:
        row = conn.execute(
            "SELECT intervention_code FROM intervention_status WHERE id = ?", (entry_id,)
        ).fetchone()
        code = row["intervention_code"] if row else ""
    session.require(Permission.EDIT_INTERVENTIONS, object_type="intervention", object_id=code)
    note = clean_note(note)
    with session.db.transaction() as conn:
        entries = load_entries(conn, code)
        target = next((e for e in entries if e.id == entry_id), None)
        if target is None or not target.valid:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Deze statusregel kan niet ongedaan worden gemaakt: hij is al gecorrigeerd "
                    "of ongedaan gemaakt.",
                )
            )
        require_active(find_intervention(conn, code))
        order = effective(entries)
        _refuse_unexplained_step_back(order, [e for e in order if e.id != entry_id], note)
        cursor = conn.execute(
            "INSERT INTO intervention_status (intervention_code, kind, voids, note, recorded_at,"
            " recorded_by) VALUES (?, 'undo', ?, ?, ?, ?)",
            (code, entry_id, note, utc_now_iso(), session.user.username),
        )
        log_change(
            conn,
            session,
            code,
            f"statusregel {entry_id} ('{target.status.label}' per "
            f"{format_date(target.effective_date)}) ongedaan gemaakt",
        )
        return int(cursor.lastrowid)
