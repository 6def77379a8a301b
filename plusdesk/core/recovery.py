"""Putting a backup back, replacing a damaged data file with one, and checking a file."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from plusdesk.core import audit
from plusdesk.core.backup import (
    BACKUP_SUFFIX,
    BackupInfo,
    default_backup_folder,
    fsync_file,
    fsync_folder,
    integrity_problems,
    list_backups,
    make_backup,
    sqlite_error_text,
    store_backup_folder,
    stored_backup_folder,
)
from plusdesk.core.clock import local_now
from plusdesk.core.db import (
    Database,
    FileState,
    corrupt_file_error,
    inspect_file,
    journal_files,
    open_database,
    sqlite_uri,
    upgrade,
)
from plusdesk.core.errors import (
    BackupError,
    CorruptFileError,
    NewerSchemaError,
    NotAPlusDeskFile,
    PlusDeskError,
)
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from plusdesk.core.users import Session


# --- putting a backup back ----------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which backup came back and where the state before it is kept."""

    restored: Path
    pre_restore: BackupInfo
    upgraded_from: int | None  # schema version of an older backup that was brought up to date


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_uri(path, "ro"), uri=True)


def check_backup_file(path: str | os.PathLike[str]) -> FileState:
    """Refuse a file that is not a complete, undamaged PlusDesk backup this version can read."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "De back-up '{path}' bestaat niet (meer). Er is niets teruggezet."
                ),
                path=path,
            )
        )
    try:
        state = inspect_file(path)
    except NewerSchemaError as exc:
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "De back-up '{name}' is gemaakt met een nieuwere versie van PlusDesk. "
                    "Installeer eerst de nieuwste versie. Er is niets teruggezet.",
                ),
                name=path.name,
            ),
            detail=exc.message,
        ) from exc
    except NotAPlusDeskFile as exc:
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{name}' is geen PlusDesk-back-up, of is beschadigd. Er is niets teruggezet.",
                ),
                name=path.name,
            ),
            detail=exc.message,
        ) from exc
    if state.is_empty:
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP("core", "De back-up '{name}' is leeg. Er is niets teruggezet."),
                name=path.name,
            )
        )
    try:
        conn = _read_only(path)
        try:
            problems = integrity_problems(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        problems = [sqlite_error_text(exc)]
    if problems:
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "De back-up '{name}' is beschadigd; kies een andere back-up. Er is niets "
                    "teruggezet.",
                ),
                name=path.name,
            ),
            detail="\n".join(problems[:20]),
        )
    return state


def _copy_into(source_path: Path, db: Database) -> None:
    source = _read_only(source_path)
    try:
        source.backup(db.conn)
    finally:
        source.close()


def restore_backup(
    db: Database, backup_path: str | os.PathLike[str], actor: audit.Actor
) -> RestoreResult:
    """Put a backup back into the open file, after backing up the current state.

    The backup is copied into the open connection (the file keeps its identity, also in
    WAL mode); an older backup is brought up to this version's schema; the restore is
    logged in the audit log of the restored file.
    """
    backup_path = Path(backup_path)
    state = check_backup_file(backup_path)
    if backup_path.absolute() == db.path.absolute():
        raise BackupError(
            QT_TRANSLATE_NOOP("core", "Kies een back-up, niet het gegevensbestand zelf.")
        )
    if db.conn.in_transaction:
        raise RuntimeError("restore_backup needs a connection outside a transaction")
    if state.schema_version < ACCOUNTS_SCHEMA:
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "De back-up '{name}' komt van vóór de gebruikersaccounts en het auditlog; "
                    "terugzetten zou alle accounts en het auditlog wissen. Er is niets "
                    "teruggezet.",
                ),
                name=backup_path.name,
            )
        )
    folder_setting = stored_backup_folder(db.conn)  # where backups go is not part of the data
    later_events = _events_after(db, _last_audit_id(backup_path))
    pre = make_backup(db, "voor-herstel", protect=(backup_path,))
    try:
        _copy_into(backup_path, db)
        upgrade(db)
    except (PlusDeskError, sqlite3.Error) as exc:
        try:
            _copy_into(pre.path, db)
        except sqlite3.Error as again:
            raise corrupt_file_error(db.path, f"{exc}\n{again}") from again
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "De back-up '{name}' kon niet worden teruggezet; de gegevens van daarvoor "
                    "staan er weer in.",
                ),
                name=backup_path.name,
            ),
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc
    with db.transaction() as conn:
        store_backup_folder(conn, folder_setting)
        _carry_over(conn, later_events, actor)
        audit.record_in(
            conn,
            actor,
            "restore",
            object_type="backup",
            object_id=backup_path.name,
            detail=f"back-up {backup_path.name} teruggezet; de gegevens van daarvoor staan in "
            f"back-up {pre.path.name}",
        )
    upgraded = state.schema_version if state.schema_version < db.schema_version else None
    return RestoreResult(backup_path, pre, upgraded)


ACCOUNTS_SCHEMA = 2  # the schema version that brought accounts and the audit log


def _last_audit_id(backup_path: Path) -> int:
    conn = _read_only(backup_path)
    try:
        return conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


def _events_after(db: Database, last_id: int) -> list[sqlite3.Row]:
    return db.query("SELECT * FROM audit_log WHERE id > ? ORDER BY id", (last_id,))


def _carry_over(conn: sqlite3.Connection, events: list[sqlite3.Row], actor: audit.Actor) -> None:
    """Keep the access events made after the backup: NEN 7513 wants them for 5 years.

    The backup's log is normally the start of the current one, so the rows go back exactly
    as they were and the chain stays whole; otherwise they are recorded anew, each naming
    its original time.
    """
    if not events:
        return
    last = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    if last is not None and last[0] == events[0]["prev_hash"]:
        columns = events[0].keys()
        conn.executemany(
            f"INSERT INTO audit_log ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            [tuple(row) for row in events],
        )
        return
    for row in events:
        audit.record_in(
            conn,
            audit.Actor(row["username"], row["role"], row["workstation"]),
            row["action"],
            object_type=row["object_type"],
            object_id=row["object_id"],
            patient_ref=row["patient_ref"],
            result=row["result"],
            detail=f"[oorspronkelijk {row['at']}, overgenomen bij terugzetten] {row['detail']}",
        )


def restore_backup_as(session: Session, backup_path: str | os.PathLike[str]) -> RestoreResult:
    """Restore on behalf of a signed-in user; needs MANAGE_BACKUPS."""
    from plusdesk.core.users import Permission

    session.require(Permission.MANAGE_BACKUPS, object_type="backup")
    return restore_backup(session.db, backup_path, session.actor)


# --- a damaged data file ------------------------------------------------------------------


def _folder_named_in(path: Path) -> Path | None:
    try:
        conn = _read_only(path)
    except sqlite3.Error:
        return None
    try:
        return stored_backup_folder(conn)
    finally:
        conn.close()


def newest_good_backup(path: str | os.PathLike[str]) -> BackupInfo | None:
    """The newest backup of a (damaged) data file that passes the integrity check, or None.

    Looks in the backup folder named in the file if it can still be read, then in the
    default folder.
    """
    path = Path(path)
    folders: list[Path] = []
    for folder in (_folder_named_in(path), default_backup_folder(path)):
        if folder is not None and folder not in folders:
            folders.append(folder)
    for folder in folders:
        for info in list_backups(folder, path.stem):
            try:
                check_backup_file(info.path)
            except PlusDeskError:
                continue
            return info
    return None


def _aside_name(path: Path) -> Path:
    stamp = f"{local_now():%Y%m%d-%H%M%S}"
    suffix = path.suffix or BACKUP_SUFFIX
    candidate = path.with_name(f"{path.stem}.beschadigd-{stamp}{suffix}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}.beschadigd-{stamp}-{number}{suffix}")
    return candidate


def replace_damaged_file(
    path: str | os.PathLike[str],
    backup: BackupInfo | str | os.PathLike[str],
    actor: audit.Actor | None = None,
) -> Path:
    """Move a damaged data file aside (with its -wal/-shm) and put a backup in its place.

    Returns where the damaged file now is. The replacement is logged in the restored
    file's audit log (by the system actor unless another is given). The caller must make
    sure no PlusDesk has the file open (hold its InstanceLock).
    """
    path = Path(path)
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    check_backup_file(source)
    temp = path.with_name(f".{path.name}.herstel.{os.getpid()}.tmp")
    aside = _aside_name(path)
    try:
        shutil.copyfile(source, temp)
        fsync_file(temp)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "De back-up kon niet naar '{folder}' worden gekopieerd; er is niets gewijzigd.",
                ),
                folder=path.parent,
            ),
            detail=str(exc),
        ) from exc
    moved: list[tuple[Path, Path]] = []
    try:
        beside = zip((path, *journal_files(path)), (aside, *journal_files(aside)), strict=True)
        for damaged, kept in beside:
            if damaged.exists():
                os.replace(damaged, kept)
                moved.append((damaged, kept))
        os.replace(temp, path)
    except OSError as exc:
        for original, now_at in reversed(moved):
            os.replace(now_at, original)
        temp.unlink(missing_ok=True)
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{name}' kon niet opzij worden gezet; is het nog geopend in PlusDesk of een "
                    "ander programma? Er is niets gewijzigd.",
                ),
                name=path.name,
            ),
            detail=str(exc),
        ) from exc
    fsync_folder(path.parent)
    db = open_database(path)
    try:
        with db.transaction() as conn:
            audit.record_in(
                conn,
                actor or audit.system_actor(),
                "restore",
                object_type="backup",
                object_id=source.name,
                detail=f"beschadigd gegevensbestand vervangen door back-up {source.name}; het "
                f"beschadigde bestand is bewaard als {aside.name}",
            )
    finally:
        db.close()
    return aside


# --- checking a file ----------------------------------------------------------------------


@dataclass
class FileCheck:
    """Outcome of `check_file`: SQLite's integrity, foreign keys and the audit-log chain."""

    file: Path
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    audit_rows: int = 0
    audit_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.audit_problems)

    def as_dict(self) -> dict[str, object]:
        """The verdict as `plusdesk check` prints it (JSON)."""
        return {
            "file": str(self.file),
            "integrity": self.integrity or "ok",
            "foreign_keys": self.foreign_keys,
            "audit_chain": {
                "ok": not self.audit_problems,
                "rows": self.audit_rows,
                "problems": self.audit_problems,
            },
            "ok": self.ok,
        }


def check_file(path: str | os.PathLike[str]) -> FileCheck:
    """Check a data file without changing it; raises only when it cannot be opened at all."""
    path = Path(path)
    report = FileCheck(path.absolute())
    try:
        db = open_database(path, readonly=True, allow_older=True)
    except CorruptFileError as exc:
        report.integrity = [exc.message]
        return report
    try:
        try:
            report.integrity = integrity_problems(db.conn)
        except sqlite3.Error as exc:
            report.integrity = [sqlite_error_text(exc)]
        try:
            report.foreign_keys = [
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{table}: regel {row} verwijst naar een ontbrekende regel in {parent}",
                    ),
                    table=row[0],
                    row=row[1],
                    parent=row[2],
                )
                for row in db.conn.execute("PRAGMA foreign_key_check").fetchall()
            ]
        except sqlite3.Error as exc:
            report.foreign_keys = [sqlite_error_text(exc)]
        has_log = db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'")
        if has_log:
            try:
                chain = audit.verify_chain(db)
                report.audit_rows, report.audit_problems = chain.rows, chain.problems
            except sqlite3.Error as exc:
                report.audit_problems = [sqlite_error_text(exc)]
    finally:
        db.close()
    return report
