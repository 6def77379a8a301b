"""Backups of a data file: the backup folder, making, listing, thinning, automatic backups."""

from __future__ import annotations

import glob
import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from plusdesk.core import audit
from plusdesk.core.clock import format_datetime, local_now, utc_now
from plusdesk.core.db import (
    Database,
    corrupt_file_error,
    is_damage,
    open_database,
    remove_with_journal,
)
from plusdesk.core.errors import BackupError, MigrationError, PlusDeskError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from plusdesk.core.users import Session

BACKUP_DIR_KEY = "backup_dir"
BACKUP_SUFFIX = ".sqlite"

# Stored in file names, so they stay stable; the labels are what users read ("Soort").
REASON_LABELS: dict[str, str] = {
    "afsluiten": QT_TRANSLATE_NOOP("core", "Bij afsluiten"),
    "automatisch": QT_TRANSLATE_NOOP("core", "Automatisch"),
    "handmatig": QT_TRANSLATE_NOOP("core", "Handmatig"),
    "voor-upgrade": QT_TRANSLATE_NOOP("core", "Voor bijwerken"),
    "voor-herstel": QT_TRANSLATE_NOOP("core", "Voor terugzetten"),
}
REASONS = tuple(REASON_LABELS)

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>"
    + "|".join(re.escape(r) for r in REASONS)
    + r")(?:-(?P<seq>\d+))?"
    + re.escape(BACKUP_SUFFIX)
    + "$"
)

# Thinning: every backup of the last day (at most this many), then one per day, week, month.
KEEP_RECENT_HOURS = 24
KEEP_RECENT_MAX = 12
KEEP_DAYS = 7
KEEP_WEEKS = 8
KEEP_MONTHS = 12

AUTO_BACKUP_INTERVAL = timedelta(hours=4)
AUTO_BACKUP_RETRY = timedelta(minutes=30)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file; created is the local time in its name."""

    path: Path
    created: datetime
    reason: str
    size_bytes: int
    sequence: int = 1  # two backups in one second get -2, -3… in their name

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, QT_TRANSLATE_NOOP("core", "Kopie"))

    @property
    def created_text(self) -> str:
        """dd-mm-jjjj uu:mm:ss, as shown to the user."""
        return format_datetime(self.created, seconds=True)


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for the restore dialog and `plusdesk restore`."""

    path: Path
    practice_name: str | None
    schema_version: int
    accounts: int
    audit_rows: int
    interventions: int
    counts: dict[str, int] = field(default_factory=dict)


# --- the folder ---------------------------------------------------------------------------


def default_backup_folder(datafile: str | os.PathLike[str]) -> Path:
    """`<folder of the data file>/<stem>-backups`."""
    datafile = Path(datafile).absolute()
    return datafile.parent / f"{datafile.stem}-backups"


def stored_backup_folder(conn: sqlite3.Connection) -> Path | None:
    """The backup folder the practice chose, as stored in the file; None for the default."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (BACKUP_DIR_KEY,)).fetchone()
    except sqlite3.Error:  # a file without a meta table yet, or one too damaged to read
        return None
    return Path(row[0]) if row and row[0] else None


def store_backup_folder(conn: sqlite3.Connection, folder: Path | None) -> None:
    """Store the chosen backup folder in the file (None: back to the default)."""
    if folder is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (BACKUP_DIR_KEY,))
    else:
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (BACKUP_DIR_KEY, str(folder))
        )


def backup_folder(db: Database) -> Path:
    """Where this file's backups go: the folder set by the practice, or the default."""
    return stored_backup_folder(db.conn) or default_backup_folder(db.path)


def _check_folder(folder: Path, *, create: bool) -> Path:
    """A folder PlusDesk can write a backup into, or a BackupError saying what is wrong."""
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "PlusDesk kan de back-upmap '{folder}' niet aanmaken. Controleer of u "
                        "daar schrijfrechten heeft, of kies een andere back-upmap.",
                    ),
                    folder=folder,
                ),
                detail=str(exc),
            ) from exc
    if not folder.is_dir():
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "De back-upmap '{folder}' is niet bereikbaar. Is de USB-stick of de "
                    "netwerkschijf aangesloten? Kies anders een andere back-upmap. Er is niets "
                    "gewijzigd.",
                ),
                folder=folder,
            )
        )
    probe = folder / f".plusdesk-schrijftest-{os.getpid()}.tmp"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "PlusDesk mag niet schrijven in de back-upmap '{folder}'. Controleer of u "
                    "daar schrijfrechten heeft, of kies een andere back-upmap. Er is niets "
                    "gewijzigd.",
                ),
                folder=folder,
            ),
            detail=str(exc),
        ) from exc
    return folder


def _target_folder(conn: sqlite3.Connection, datafile: Path, folder: Path | None) -> Path:
    default = default_backup_folder(datafile)
    chosen = folder if folder is not None else (stored_backup_folder(conn) or default)
    # The default folder is PlusDesk's own and made on demand; a chosen one (a USB stick,
    # a share) must exist, or a missing drive would silently become a folder on C:.
    return _check_folder(chosen, create=chosen == default)


def set_backup_folder(session: Session, folder: str | os.PathLike[str] | None) -> Path:
    """Store where this file's backups go (None: back to the default); needs MANAGE_BACKUPS."""
    from plusdesk.core.users import Permission

    session.require(Permission.MANAGE_BACKUPS, object_type="backup")
    db = session.db
    old = backup_folder(db)
    default = default_backup_folder(db.path)
    new = default if folder is None or str(folder) == "" else Path(folder).expanduser().absolute()
    _check_folder(new, create=new == default)
    with db.transaction() as conn:
        store_backup_folder(conn, None if new == default else new)
        audit.record_in(
            conn,
            session.actor,
            "update",
            object_type="backup",
            detail=f"back-upmap gewijzigd van {old} naar {new}",
        )
    return new


# --- names and listing --------------------------------------------------------------------


def _parse_name(name: str) -> tuple[str, datetime, str, int] | None:
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return match["stem"], created, match["reason"], int(match["seq"] or 1)


def list_backups(folder: str | os.PathLike[str], stem: str | None = None) -> list[BackupInfo]:
    """PlusDesk backups in a folder (of one data file's stem if given), newest first."""
    found: list[BackupInfo] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for entry in entries:
        parsed = _parse_name(entry.name)
        if parsed is None or (stem is not None and parsed[0] != stem):
            continue
        try:
            if not entry.is_file():
                continue
            size = entry.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(entry, parsed[1], parsed[2], size, parsed[3]))
    found.sort(key=lambda b: (b.created, b.sequence), reverse=True)
    return found


def backups_of(db: Database) -> list[BackupInfo]:
    """This data file's backups in its backup folder, newest first."""
    return list_backups(backup_folder(db), db.path.stem)


def describe_backup_file(path: str | os.PathLike[str]) -> BackupInfo:
    """A BackupInfo for any file: from its name when PlusDesk made it, else from its date."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise BackupError(
            Text(
                QT_TRANSLATE_NOOP("core", "De back-up '{path}' bestaat niet of is niet leesbaar."),
                path=path,
            )
        ) from exc
    parsed = _parse_name(path.name)
    if parsed is not None:
        return BackupInfo(path, parsed[1], parsed[2], stat.st_size, parsed[3])
    return BackupInfo(path, datetime.fromtimestamp(stat.st_mtime), "", stat.st_size)


def _unique_name(folder: Path, stem: str, when: datetime, reason: str) -> tuple[Path, int]:
    stamp = f"{when:%Y%m%d-%H%M%S}"
    taken = [
        parsed[3]
        for p in folder.glob(f"{glob.escape(stem)}-{stamp}-*{BACKUP_SUFFIX}")
        if (parsed := _parse_name(p.name)) and parsed[0] == stem
    ]
    sequence = max(taken, default=0) + 1
    suffix = "" if sequence == 1 else f"-{sequence}"
    return folder / f"{stem}-{stamp}-{reason}{suffix}{BACKUP_SUFFIX}", sequence


def backup_summary(path: str | os.PathLike[str]) -> BackupSummary | None:
    """Counts of what a backup holds, or None when it is not a readable PlusDesk backup."""
    path = Path(path)
    try:
        db = open_database(path, readonly=True, allow_older=True)
    except PlusDeskError:
        return None
    try:
        counts = db.table_counts()
        name = db.scalar("SELECT name FROM practice") if "practice" in counts else None
        return BackupSummary(
            path=path,
            practice_name=name,
            schema_version=db.schema_version,
            accounts=counts.get("account", 0),
            audit_rows=counts.get("audit_log", 0),
            interventions=counts.get("intervention", 0),
            counts=counts,
        )
    except sqlite3.Error:
        return None
    finally:
        db.close()


# --- making a backup ----------------------------------------------------------------------


def fsync_file(path: Path) -> None:
    """Make sure a written file is on the disk, not only in the system's cache."""
    with path.open("r+b") as fh:  # Windows flushes only handles opened for writing
        os.fsync(fh.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in a folder durable (where the system allows it)."""
    if os.name != "posix":
        return  # NTFS makes a rename durable itself; folders cannot be opened there
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some network file systems refuse fsync on folders
    finally:
        os.close(fd)


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """What SQLite's integrity check finds; empty when the file is sound."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if problems == ["ok"] else problems


def sqlite_error_text(exc: sqlite3.Error) -> str:
    """A SQLite error with its code name, for the details of a message."""
    name = getattr(exc, "sqlite_errorname", "") or type(exc).__name__
    return f"{name}: {exc}"


def _write_copy(conn: sqlite3.Connection, datafile: Path, temp: Path) -> None:
    target = sqlite3.connect(str(temp), isolation_level=None)
    try:
        try:
            conn.backup(target)
        except sqlite3.Error as exc:
            if is_damage(exc):
                raise corrupt_file_error(datafile, sqlite_error_text(exc)) from exc
            raise
        try:
            problems = integrity_problems(target)
        except sqlite3.Error as exc:
            if not is_damage(exc):
                raise
            problems = [sqlite_error_text(exc)]
        if problems:
            raise BackupError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "De back-up is niet gemaakt: bij de controle van de kopie vond SQLite "
                        "fouten. Mogelijk is '{name}' zelf beschadigd; zet dan een eerdere "
                        "back-up terug.",
                    ),
                    name=datafile.name,
                ),
                detail="\n".join(problems[:20]),
            )
        # A copy of a WAL file is a WAL file too; a backup must be one self-contained file.
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    fsync_file(temp)


def backup_connection(
    conn: sqlite3.Connection,
    datafile: Path,
    reason: str,
    *,
    folder: Path | None = None,
    protect: Iterable[Path] = (),
) -> BackupInfo:
    """Back up an open connection to `<stem>-YYYYMMDD-HHMMSS-<reason>.sqlite`, then thin.

    The copy is written under a temporary name, checked, flushed to disk and only then
    given its real name, so a backup in the list is always complete.
    """
    if reason not in REASON_LABELS:
        raise ValueError(f"unknown backup reason: {reason!r}")
    datafile = Path(datafile)
    target_folder = _target_folder(conn, datafile, Path(folder) if folder else None)
    when = local_now()
    temp: Path | None = None
    try:
        final, sequence = _unique_name(target_folder, datafile.stem, when, reason)
        temp = target_folder / f".{final.stem}.{os.getpid()}.tmp"
        _write_copy(conn, datafile, temp)
        os.replace(temp, final)
    except BaseException as exc:
        if temp is not None:
            with suppress(OSError):
                remove_with_journal(temp)
        if isinstance(exc, OSError | sqlite3.Error):
            raise BackupError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "De back-up kon niet worden geschreven in '{folder}'. Is de schijf vol, "
                        "of is de USB-stick of netwerkschijf losgekoppeld? Het gegevensbestand "
                        "is niet gewijzigd.",
                    ),
                    folder=target_folder,
                ),
                detail=f"{type(exc).__name__}: {exc}",
            ) from exc
        raise
    fsync_folder(target_folder)
    thin_backups(target_folder, datafile.stem, now=when, protect=(final, *protect))
    return BackupInfo(final, when, reason, final.stat().st_size, sequence)


def make_backup(
    db: Database,
    reason: str,
    *,
    folder: str | os.PathLike[str] | None = None,
    actor: audit.Actor | None = None,
    protect: Iterable[Path] = (),
) -> BackupInfo:
    """Back up an open data file; with an actor, the backup is logged in the audit log."""
    info = backup_connection(
        db.conn, db.path, reason, folder=Path(folder) if folder else None, protect=protect
    )
    if actor is not None:
        with db.transaction() as conn:
            audit.record_in(
                conn,
                actor,
                "backup",
                object_type="backup",
                object_id=info.path.name,
                detail=f"back-up gemaakt ({info.reason_label.lower()}): {info.path}",
            )
    return info


def make_backup_as(session: Session, reason: str = "handmatig") -> BackupInfo:
    """A backup asked for by a signed-in user (any role: a backup changes no data)."""
    return make_backup(session.db, reason, actor=session.actor)


def pre_upgrade_backup(conn: sqlite3.Connection, datafile: Path) -> BackupInfo:
    """The backup made before a schema upgrade; falls back to the default folder if needed.

    A USB stick that is not plugged in should not stop PlusDesk from opening the file
    after an update, so a chosen folder that cannot be used is replaced by the default.
    """
    try:
        return backup_connection(conn, datafile, "voor-upgrade")
    except BackupError as first:
        failure = first
        if stored_backup_folder(conn) is not None:
            try:
                return backup_connection(
                    conn, datafile, "voor-upgrade", folder=default_backup_folder(datafile)
                )
            except BackupError as second:
                failure = second
    raise MigrationError(
        Text(
            QT_TRANSLATE_NOOP(
                "core",
                "PlusDesk moet '{name}' bijwerken voor deze versie en maakt daarvoor eerst een "
                "back-up, maar dat lukte niet. {cause}",
            ),
            name=datafile.name,
            cause=failure.message,
        ),
        detail=failure.detail,
    ) from failure


# --- thinning -----------------------------------------------------------------------------


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def backups_to_keep(times: Sequence[datetime], now: datetime) -> set[int]:
    """Indices of the backups to keep: all of the last 24 hours (at most 12), then the newest
    per day for 7 days, per ISO week for 8 weeks and per month for 12 months.

    The newest backup is always kept, however old. Equal times are told apart by position:
    the earlier in `times` counts as the newer.
    """
    order = sorted(range(len(times)), key=lambda i: (times[i], -i), reverse=True)
    keep: set[int] = set(order[:1])
    recent = [i for i in order if now - times[i] < timedelta(hours=KEEP_RECENT_HOURS)]
    keep.update(recent[:KEEP_RECENT_MAX])
    today = now.date()
    rules = (
        (lambda t: t.date(), lambda t: (today - t.date()).days < KEEP_DAYS),
        (
            lambda t: t.isocalendar()[:2],
            lambda t: (_monday(today) - _monday(t.date())).days < 7 * KEEP_WEEKS,
        ),
        (
            lambda t: (t.year, t.month),
            lambda t: (today.year * 12 + today.month) - (t.year * 12 + t.month) < KEEP_MONTHS,
        ),
    )
    for bucket_of, in_window in rules:
        seen: set[object] = set()
        for i in order:
            if not in_window(times[i]):
                continue
            bucket = bucket_of(times[i])
            if bucket not in seen:
                seen.add(bucket)
                keep.add(i)
    return keep


def thin_backups(
    folder: str | os.PathLike[str],
    stem: str,
    *,
    now: datetime | None = None,
    protect: Iterable[Path] = (),
) -> list[Path]:
    """Delete this stem's backups that thinning does not keep; returns what was deleted."""
    backups = list_backups(folder, stem)
    keep = backups_to_keep([b.created for b in backups], now or local_now())
    protected = {Path(p).absolute() for p in protect}
    removed: list[Path] = []
    for index, info in enumerate(backups):
        if index in keep or info.path.absolute() in protected:
            continue
        try:
            info.path.unlink()
        except OSError:
            continue  # in use (being read elsewhere): thinned the next time
        removed.append(info.path)
    return removed


# --- automatic backups --------------------------------------------------------------------


@dataclass
class AutoBackupState:
    """Held by the GUI for an open file: when the last backup was made and what had changed."""

    last_backup_at: datetime
    changes_at_backup: int
    retry_at: datetime | None = None

    @classmethod
    def start(cls, db: Database, now: datetime | None = None) -> AutoBackupState:
        """The state right after opening a file (counts as 'just backed up')."""
        return cls(now or utc_now(), db.conn.total_changes)

    def note_backup(self, db: Database, now: datetime | None = None) -> None:
        """Record that a backup was just made (also after a manual one)."""
        self.last_backup_at = now or utc_now()
        self.changes_at_backup = db.conn.total_changes
        self.retry_at = None


def changed_since_backup(db: Database, state: AutoBackupState) -> bool:
    """True when anything was written to the file since the last backup."""
    return db.conn.total_changes != state.changes_at_backup


def backup_due(state: AutoBackupState, now: datetime, changed: bool) -> bool:
    """An automatic backup is due after 4 hours of work in which something changed."""
    if not changed:
        return False
    if state.retry_at is not None:
        return now >= state.retry_at
    return now - state.last_backup_at >= AUTO_BACKUP_INTERVAL


def auto_backup_if_due(
    db: Database, state: AutoBackupState, now: datetime | None = None
) -> BackupInfo | None:
    """Make an "automatisch" backup when one is due; errors are raised (retried after 30 min)."""
    now = now or utc_now()
    if not backup_due(state, now, changed_since_backup(db, state)):
        return None
    try:
        info = make_backup(db, "automatisch")
    except PlusDeskError:
        state.retry_at = now + AUTO_BACKUP_RETRY
        raise
    state.note_backup(db, now)
    return info


def backup_at_close(db: Database, state: AutoBackupState) -> BackupInfo | None:
    """The "afsluiten" backup when closing a file, made only when something changed."""
    if not changed_since_backup(db, state):
        return None
    info = make_backup(db, "afsluiten")
    state.note_backup(db)
    return info
