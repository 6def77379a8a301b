"""The NEN 7513 access log: append-only, hash-chained events, queries and CSV export."""

from __future__ import annotations

import csv
import getpass
import hashlib
import json
import os
import socket
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from plusdesk.core.clock import format_datetime, utc_now_iso
from plusdesk.core.db import Database
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

GENESIS_HASH = "0" * 64

# Stored codes stay stable; the labels are what users read on the Audit page and in the CSV.
ACTION_LABELS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("core", "Inloggen"),
    "login_failed": QT_TRANSLATE_NOOP("core", "Inloggen mislukt"),
    "logout": QT_TRANSLATE_NOOP("core", "Uitloggen"),
    "lock": QT_TRANSLATE_NOOP("core", "Scherm vergrendeld"),
    "unlock": QT_TRANSLATE_NOOP("core", "Scherm ontgrendeld"),
    "view": QT_TRANSLATE_NOOP("core", "Inzien"),
    "search": QT_TRANSLATE_NOOP("core", "Zoeken"),
    "create": QT_TRANSLATE_NOOP("core", "Aanmaken"),
    "update": QT_TRANSLATE_NOOP("core", "Wijzigen"),
    "delete": QT_TRANSLATE_NOOP("core", "Verwijderen"),
    "print": QT_TRANSLATE_NOOP("core", "Afdrukken"),
    "export": QT_TRANSLATE_NOOP("core", "Exporteren"),
    "user_admin": QT_TRANSLATE_NOOP("core", "Gebruikersbeheer"),
    "backup": QT_TRANSLATE_NOOP("core", "Back-up"),
    "restore": QT_TRANSLATE_NOOP("core", "Back-up teruggezet"),
    "check": QT_TRANSLATE_NOOP("core", "Controle"),
}
RESULT_LABELS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("core", "gelukt"),
    "denied": QT_TRANSLATE_NOOP("core", "geweigerd"),
    "failed": QT_TRANSLATE_NOOP("core", "mislukt"),
}

OBJECT_LABELS: dict[str, str] = {
    "account": QT_TRANSLATE_NOOP("core", "gebruiker"),
    "carecase": QT_TRANSLATE_NOOP("core", "casus"),
    "carecase_settings": QT_TRANSLATE_NOOP("core", "drempels caseload"),
    "conversation": QT_TRANSLATE_NOOP("core", "gesprek"),
    "intervention": QT_TRANSLATE_NOOP("core", "interventie"),
    "patient": QT_TRANSLATE_NOOP("core", "patiënt"),
    "referral": QT_TRANSLATE_NOOP("core", "verwijzing"),
    "list_size": QT_TRANSLATE_NOOP("core", "praktijkomvang"),
    "referral_benchmark": QT_TRANSLATE_NOOP("core", "Vektis-cijfers"),
    "reference_rate": QT_TRANSLATE_NOOP("core", "referentiecijfers"),
    "auditlog": QT_TRANSLATE_NOOP("core", "auditlog"),
    "backup": QT_TRANSLATE_NOOP("core", "back-up"),
    "catalogue": QT_TRANSLATE_NOOP("core", "catalogus"),
    "code_group": QT_TRANSLATE_NOOP("core", "codegroep"),
    "practice": QT_TRANSLATE_NOOP("core", "praktijk"),
    "session": QT_TRANSLATE_NOOP("core", "sessie"),
    "datafile": QT_TRANSLATE_NOOP("core", "gegevensbestand"),
    "report": QT_TRANSLATE_NOOP("core", "praktijkrapport"),
}


@dataclass(frozen=True)
class Actor:
    """Who does something, and where: the user, their role and the workstation."""

    username: str
    role: str
    workstation: str


def workstation() -> str:
    """This computer's name as NEN 7513 wants it logged."""
    return socket.gethostname() or "onbekend"


def system_actor() -> Actor:
    """The actor for command-line work without a PlusDesk login (backup, restore, check)."""
    try:
        who = getpass.getuser()
    except (OSError, KeyError):
        who = "onbekend"
    return Actor(username=f"systeem ({who})", role="systeem", workstation=workstation())


@dataclass(frozen=True)
class AuditEvent:
    """One row of the log as stored."""

    id: int
    at: str
    username: str
    role: str
    workstation: str
    action: str
    object_type: str
    object_id: str
    patient_ref: str
    result: str
    detail: str

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def result_label(self) -> str:
        return RESULT_LABELS.get(self.result, self.result)

    @property
    def object_label(self) -> str:
        return OBJECT_LABELS.get(self.object_type, self.object_type)


_CHAINED = (
    "at",
    "username",
    "role",
    "workstation",
    "action",
    "object_type",
    "object_id",
    "patient_ref",
    "result",
    "detail",
)


def _row_hash(prev_hash: str, values: dict[str, str]) -> str:
    payload = json.dumps([prev_hash, *(values[k] for k in _CHAINED)], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record_in(
    conn: sqlite3.Connection,
    actor: Actor,
    action: str,
    *,
    object_type: str = "",
    object_id: str | int = "",
    patient_ref: str = "",
    result: str = "ok",
    detail: str = "",
) -> None:
    """Append an event inside the caller's write transaction (so it lands with the change)."""
    if not conn.in_transaction:
        raise RuntimeError("audit events are written inside a write transaction")
    if action not in ACTION_LABELS or result not in RESULT_LABELS:
        raise ValueError(f"unknown audit action or result: {action!r}, {result!r}")
    last = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = last[0] if last else GENESIS_HASH
    values = {
        "at": utc_now_iso(),
        "username": actor.username,
        "role": actor.role,
        "workstation": actor.workstation,
        "action": action,
        "object_type": object_type,
        "object_id": str(object_id),
        "patient_ref": patient_ref,
        "result": result,
        "detail": detail,
    }
    conn.execute(
        f"INSERT INTO audit_log ({', '.join(_CHAINED)}, prev_hash, hash) "
        f"VALUES ({', '.join('?' * len(_CHAINED))}, ?, ?)",
        (*values.values(), prev_hash, _row_hash(prev_hash, values)),
    )


def record(db: Database, actor: Actor, action: str, **fields: str | int) -> None:
    """Append an event in a transaction of its own (views, searches, failed attempts)."""
    with db.transaction() as conn:
        record_in(conn, actor, action, **fields)  # type: ignore[arg-type]


@dataclass
class ChainReport:
    """Outcome of checking the log: rows seen and every problem found (Dutch)."""

    rows: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(db: Database) -> ChainReport:
    """Recompute every row's hash: a changed, removed or inserted row breaks the chain."""
    report = ChainReport()
    prev_hash = GENESIS_HASH
    prev_id = 0
    cursor = db.conn.execute(
        f"SELECT id, {', '.join(_CHAINED)}, prev_hash, hash FROM audit_log ORDER BY id"
    )
    for row in cursor:
        report.rows += 1
        if row["id"] != prev_id + 1:
            report.problems.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core", "Auditregel(s) {first} t/m {last} ontbreken (verwijderd)."
                    ),
                    first=prev_id + 1,
                    last=row["id"] - 1,
                )
            )
        if row["prev_hash"] != prev_hash:
            report.problems.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Auditregel {row} sluit niet aan op de regel ervoor (keten verbroken).",
                    ),
                    row=row["id"],
                )
            )
        values = {k: row[k] for k in _CHAINED}
        if _row_hash(row["prev_hash"], values) != row["hash"]:
            report.problems.append(
                Text(
                    QT_TRANSLATE_NOOP("core", "Auditregel {row} is achteraf gewijzigd."),
                    row=row["id"],
                )
            )
        prev_hash = row["hash"]
        prev_id = row["id"]
    guards = {
        r[0]
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
        )
    }
    for guard in ("audit_log_no_update", "audit_log_no_delete"):
        if guard not in guards:
            report.problems.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "De beveiliging '{guard}' van het auditlog is verwijderd; het log kan dan "
                        "ongemerkt zijn aangepast.",
                    ),
                    guard=guard,
                )
            )
    issued = db.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'") or 0
    if issued > prev_id:
        report.problems.append(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "De laatste auditregel(s) {first} t/m {last} ontbreken (verwijderd)."
                ),
                first=prev_id + 1,
                last=issued,
            )
        )
    return report


@dataclass(frozen=True)
class AuditFilter:
    """What the Audit page asks for; empty fields do not filter."""

    since: date | None = None
    until: date | None = None
    username: str = ""
    action: str = ""
    patient_ref: str = ""
    limit: int = 5000


def _local_midnight_utc(day: date) -> str:
    """Local midnight of a day as UTC ISO text, comparable with stored timestamps."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC).isoformat()


def query(db: Database, flt: AuditFilter) -> list[AuditEvent]:
    """Events matching a filter, newest first."""
    where: list[str] = []
    params: list[object] = []
    if flt.since:
        where.append("at >= ?")
        params.append(_local_midnight_utc(flt.since))
    if flt.until:
        where.append("at < ?")
        params.append(_local_midnight_utc(flt.until + timedelta(days=1)))
    if flt.username:
        where.append("username = ? COLLATE NOCASE")
        params.append(flt.username)
    if flt.action:
        where.append("action = ?")
        params.append(flt.action)
    if flt.patient_ref:
        where.append("patient_ref = ?")
        params.append(flt.patient_ref.strip())
    sql = "SELECT * FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(flt.limit)
    return [
        AuditEvent(**{k: row[k] for k in ("id", *_CHAINED)}) for row in db.query(sql, tuple(params))
    ]


def usernames(db: Database) -> list[str]:
    """Every name that occurs in the log, for the user filter."""
    return [r[0] for r in db.query("SELECT DISTINCT username FROM audit_log ORDER BY 1")]


CSV_HEADER = (
    "Nr",
    "Datum en tijd",
    "Gebruiker",
    "Rol",
    "Werkplek",
    "Actie",
    "Soort gegeven",
    "Kenmerk",
    "Patiënt (HIS-nummer)",
    "Resultaat",
    "Toelichting",
)


def write_csv(events: list[AuditEvent], path: str | os.PathLike[str]) -> Path:
    """Write events as a CSV that Dutch Excel opens directly (semicolons, UTF-8 with BOM).

    Written under a temporary name and renamed, so a failed write leaves no half file.
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(CSV_HEADER)
            for e in events:
                writer.writerow(
                    (
                        e.id,
                        format_datetime(e.at, seconds=True),
                        e.username,
                        e.role,
                        e.workstation,
                        e.action_label,
                        e.object_label,
                        e.object_id,
                        e.patient_ref,
                        e.result_label,
                        e.detail,
                    )
                )
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise PlusDeskError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "Kan '{path}' niet schrijven: {reason}. Er is niets geëxporteerd."
                ),
                path=path,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    return path
