"""The one place that opens a PlusDesk data file: checks, pragmas, migrations, transactions."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from plusdesk.core import migrations
from plusdesk.core.clock import utc_now_iso
from plusdesk.core.errors import (
    CorruptFileError,
    FileExistsErrorNL,
    MigrationError,
    NewerSchemaError,
    NotAPlusDeskFile,
    PlusDeskError,
)
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    import sqlite_utils

APPLICATION_ID = 0x504C5344  # "PLSD"
BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"
NETWORK_NOTICE_KEY = "network_notice_shown"


@dataclass(frozen=True)
class FileState:
    """What is found at a path before opening it (read from the file header only)."""

    exists: bool
    is_empty: bool
    schema_version: int


def _not_ours(path: Path, why: str) -> NotAPlusDeskFile:
    return NotAPlusDeskFile(
        Text(
            QT_TRANSLATE_NOOP("core", "'{name}' {why} Het bestand is niet gewijzigd."),
            name=path.name,
            why=why,
        )
    )


def _cannot_create(path: Path, exc: OSError) -> PlusDeskError:
    return PlusDeskError(
        Text(
            QT_TRANSLATE_NOOP("core", "Kan '{path}' niet aanmaken: {reason}"),
            path=path,
            reason=exc.strerror or str(exc),
        )
    )


def corrupt_file_error(path: Path, detail: str | None = None) -> CorruptFileError:
    """The error for a data file in which SQLite found damage."""
    return CorruptFileError(
        Text(
            QT_TRANSLATE_NOOP(
                "core",
                "'{name}' is beschadigd: SQLite vond fouten in het bestand. PlusDesk kan de "
                "nieuwste goede back-up terugzetten; het beschadigde bestand wordt dan apart "
                "bewaard.",
            ),
            name=path.name,
        ),
        path=path,
        detail=detail,
    )


def _newer(path: Path, version: int) -> NewerSchemaError:
    return NewerSchemaError(
        Text(
            QT_TRANSLATE_NOOP(
                "core",
                "'{name}' is gemaakt met een nieuwere versie van PlusDesk (schemaversie "
                "{version}; deze versie kan t/m {readable} lezen). Installeer de nieuwste "
                "versie van PlusDesk om dit bestand te openen. Het bestand is niet gewijzigd.",
            ),
            name=path.name,
            version=version,
            readable=migrations.schema_version(),
        )
    )


def inspect_file(path: Path) -> FileState:
    """Read a file's SQLite header and tell whether PlusDesk may open it; never writes.

    Reading the 100-byte header needs no SQLite lock, so a file that is in use, or that
    has a journal left by a crash, is judged by what it is rather than by its state.
    """
    if not path.exists():
        return FileState(exists=False, is_empty=True, schema_version=0)
    if path.is_dir():
        raise _not_ours(path, QT_TRANSLATE_NOOP("core", "is een map, geen PlusDesk-bestand."))
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise PlusDeskError(
            Text(
                QT_TRANSLATE_NOOP("core", "Kan '{path}' niet lezen: {reason}"),
                path=path,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    if not header:
        return FileState(exists=True, is_empty=True, schema_version=0)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise _not_ours(path, QT_TRANSLATE_NOOP("core", "is beschadigd of geen PlusDesk-bestand."))
    pages = int.from_bytes(header[28:32], "big")
    version = int.from_bytes(header[60:64], "big")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == 0 and version == 0 and pages <= 1:
        return FileState(exists=True, is_empty=True, schema_version=0)
    if app_id != APPLICATION_ID:
        raise _not_ours(
            path,
            QT_TRANSLATE_NOOP(
                "core", "is een database van een ander programma, geen PlusDesk-bestand."
            ),
        )
    if version > migrations.schema_version():
        raise _newer(path, version)
    return FileState(exists=True, is_empty=False, schema_version=version)


def sqlite_uri(path: Path, mode: str) -> str:
    """A file: URI SQLite accepts for any local or UNC path (no authority part)."""
    text = str(path.absolute()).replace("\\", "/")
    prefix = "file://" if text.startswith("/") else "file:///"
    return f"{prefix}{quote(text, safe='/:')}?mode={mode}"


def is_network_path(path: Path) -> bool:
    """True for a file on a network share, where SQLite's WAL and locking are unsafe."""
    text = str(path.absolute())
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    return False


def is_damage(exc: sqlite3.Error) -> bool:
    """True when SQLite reports damage (corrupt pages, or not a database at all)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def sqlite_failure(path: Path, exc: sqlite3.Error) -> PlusDeskError:
    """A SQLite error as a message a practice manager can act on."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc):
        return PlusDeskError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{name}' is in gebruik op een andere computer of in een ander "
                    "PlusDesk-venster. Sluit PlusDesk daar en probeer het opnieuw.",
                ),
                name=path.name,
            ),
            detail=f"{name}: {exc}",
        )
    if name.startswith("SQLITE_FULL"):
        return PlusDeskError(
            QT_TRANSLATE_NOOP(
                "core",
                "De schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het "
                "opnieuw.",
            ),
            detail=f"{name}: {exc}",
        )
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return PlusDeskError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "PlusDesk mag niet schrijven in '{path}'. Controleer of de map bestaat en of "
                    "u er schrijfrechten heeft.",
                ),
                path=path,
            ),
            detail=f"{name}: {exc}",
        )
    if is_damage(exc):
        # Foreign files never get this far: inspect_file refuses them by their header.
        return corrupt_file_error(path, f"{name}: {exc}")
    return PlusDeskError(
        Text(
            QT_TRANSLATE_NOOP("core", "Er ging iets mis met '{name}'; er is niets gewijzigd."),
            name=path.name,
        ),
        detail=f"{name}: {exc}",
    )


class Database:
    """An open PlusDesk data file; all writes go through `transaction()`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        journal_mode: str,
        *,
        on_network_share: bool = False,
    ) -> None:
        self.conn = conn
        self.path = path
        self.journal_mode = journal_mode
        self.on_network_share = on_network_share
        self._utils: sqlite_utils.Database | None = None
        self.closed = False

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block in one IMMEDIATE transaction: all of it is written, or none of it."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise sqlite_failure(self.path, exc) from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise sqlite_failure(self.path, exc) from exc
            raise

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Rows of a read query."""
        with self._damage_as_error():
            return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        """The first column of the first row, or None."""
        with self._damage_as_error():
            row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def _damage_as_error(self) -> Iterator[None]:
        """Damage found while reading becomes a CorruptFileError; other errors stay as they are."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                raise corrupt_file_error(self.path, f"{exc.sqlite_errorname}: {exc}") from exc
            raise

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for introspection (imported lazily: slow)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def table_counts(self) -> dict[str, int]:
        """Number of rows per table, for `plusdesk info` and the about box."""
        return {table.name: table.count for table in self.utils.tables}

    def scratch_copy(self) -> Database:
        """An in-memory copy to try a change on ("what would happen if…") without writing."""
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        self.conn.backup(memory)
        memory.row_factory = sqlite3.Row
        memory.execute("PRAGMA foreign_keys = ON")
        return Database(memory, self.path, "memory")

    def close(self) -> None:
        self.closed = True
        with suppress(sqlite3.ProgrammingError):
            self.conn.close()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _switch_journal(conn: sqlite3.Connection, wanted: str) -> str:
    """Change the journal mode; SQLite answers "locked" at once (without waiting for the busy
    timeout) while another connection opens the same file, so wait here as long instead."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return conn.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0].upper()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _set_journal(conn: sqlite3.Connection, network: bool) -> str:
    """WAL locally; on a network share a rollback journal and the whole file held at once."""
    try:
        wanted = "DELETE" if network else "WAL"
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0].upper()
        if journal != wanted:
            journal = _switch_journal(conn, wanted)
        conn.execute("PRAGMA synchronous = FULL")
        if network:
            # File locks over SMB/NFS are unreliable for SQLite's fine-grained locking: take
            # the whole file at once and keep it, so a second PlusDesk is refused at open.
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return journal


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise corrupt_file_error(path, "\n".join(problems[:20]))


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    start = conn.execute("PRAGMA user_version").fetchone()[0]
    pending = [m for m in migrations.MIGRATIONS if m.version > start]
    if not pending:
        return
    safety_copy = None
    if start > 0:
        from plusdesk.core import backup  # backup builds on this module

        safety_copy = backup.pre_upgrade_backup(conn, path).path
    for step in pending:
        try:
            conn.execute("BEGIN IMMEDIATE")
            if step.version == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            step.apply(conn)
            conn.execute(f"PRAGMA user_version = {step.version}")
            conn.execute("COMMIT")
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if safety_copy is not None:
                source = sqlite3.connect(str(safety_copy))
                try:
                    source.backup(conn)
                finally:
                    source.close()
            raise MigrationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Het bijwerken van '{name}' naar schemaversie {version} is mislukt; het "
                        "bestand is teruggezet zoals het was (versie {previous}).",
                    ),
                    name=path.name,
                    version=step.version,
                    previous=start,
                ),
                detail=f"{type(exc).__name__}: {exc}",
            ) from exc


def open_database(
    path: str | os.PathLike[str],
    *,
    create: bool = False,
    readonly: bool = False,
    allow_older: bool = False,
) -> Database:
    """Open (and if needed create or upgrade) a PlusDesk file; refuses foreign or newer files.

    readonly: for looking only (info, previews): the data file's bytes do not change, not
    even its journal mode; on a WAL file, though, SQLite creates an empty -wal and its
    shared-memory index -shm beside it and may leave them there. A file that would need
    an upgrade is refused unless allow_older (for callers that only read tables every
    version has).
    """
    path = Path(path)
    state = inspect_file(path)
    if not state.exists and not create:
        raise PlusDeskError(
            Text(QT_TRANSLATE_NOOP("core", "Het bestand '{path}' bestaat niet."), path=path)
        )
    if readonly:
        return _open_readonly(path, state, allow_older=allow_older)
    network = is_network_path(path)
    try:
        if not state.exists:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = _connect(path)
    except OSError as exc:
        raise _cannot_create(path, exc) from exc
    except sqlite3.Error as exc:
        raise sqlite_failure(path, exc) from exc
    try:
        # The header may lag behind a write-ahead log left by a crash: ask SQLite itself.
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > migrations.schema_version():
            raise _newer(path, version)
        if version > 0 and app_id != APPLICATION_ID:
            raise _not_ours(
                path, QT_TRANSLATE_NOOP("core", "is een database van een ander programma.")
            )
        # Checked before anything is written, so a damaged file is left exactly as found.
        _quick_check(conn, path)
        journal = _set_journal(conn, network)
        _migrate(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise sqlite_failure(path, exc) from exc
    except BaseException:
        conn.close()
        raise
    return Database(conn, path, journal, on_network_share=network)


def upgrade(db: Database) -> None:
    """Bring an open file up to this version's schema (after putting back an older backup)."""
    try:
        _migrate(db.conn, db.path)
    except sqlite3.Error as exc:
        raise sqlite_failure(db.path, exc) from exc


def network_notice_due(db: Database) -> bool:
    """True once per data file on a network share: the GUI then explains what that means."""
    if not db.on_network_share:
        return False
    return db.scalar("SELECT value FROM meta WHERE key = ?", (NETWORK_NOTICE_KEY,)) is None


def mark_network_notice_shown(db: Database) -> None:
    """Remember in the file that the network-share notice was shown."""
    with db.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (NETWORK_NOTICE_KEY, utc_now_iso()),
        )


def _open_readonly(path: Path, state: FileState, *, allow_older: bool) -> Database:
    if state.is_empty:
        raise PlusDeskError(
            Text(
                QT_TRANSLATE_NOOP("core", "'{name}' bevat nog geen PlusDesk-gegevens."),
                name=path.name,
            )
        )
    if state.schema_version < migrations.schema_version() and not allow_older:
        raise PlusDeskError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{name}' komt van een oudere versie van PlusDesk. Open het eerst in "
                    "PlusDesk, dan wordt het bijgewerkt (met een kopie van het oude bestand).",
                ),
                name=path.name,
            )
        )
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.row_factory = sqlite3.Row
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0].upper()
    except sqlite3.Error as exc:
        raise sqlite_failure(path, exc) from exc
    return Database(conn, path, journal)


def journal_files(path: Path) -> list[Path]:
    """The files SQLite keeps beside a data file: write-ahead log, shared memory, journal."""
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def remove_with_journal(path: Path) -> None:
    """Delete a file together with the journal files SQLite may have left beside it."""
    for leftover in (path, *journal_files(path)):
        leftover.unlink(missing_ok=True)


@contextmanager
def new_file(path: str | os.PathLike[str], *, overwrite: bool = False) -> Iterator[Database]:
    """Build a new data file under a temporary name; it appears at path only when complete.

    With overwrite, the content is copied into the existing file through SQLite's own
    locking, so a copy of PlusDesk that has the file open is refused rather than cut off.
    """
    path = Path(path)
    state = inspect_file(path)  # never overwrite a file that is not ours
    if state.exists and not overwrite:
        raise FileExistsErrorNL(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{path}' bestaat al; PlusDesk overschrijft geen bestaand bestand. "
                    "Kies een andere bestandsnaam.",
                ),
                path=path,
            )
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f".{path.name}.*.tmp"):
            remove_with_journal(stale)
    except OSError as exc:
        raise _cannot_create(path, exc) from exc
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    db = open_database(temp, create=True)
    try:
        yield db
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.conn.execute("PRAGMA journal_mode = DELETE")
        if state.exists:
            _copy_into(db, path)
    except BaseException:
        db.close()
        remove_with_journal(temp)
        raise
    db.close()
    try:
        if state.exists:
            remove_with_journal(temp)
        else:
            # SQLite would replay a -wal left here by a crashed earlier file of this name
            # into the new file as if it were its own.
            for orphan in journal_files(path):
                orphan.unlink(missing_ok=True)
            os.replace(temp, path)
    except OSError as exc:
        raise PlusDeskError(
            Text(
                QT_TRANSLATE_NOOP("core", "Kan '{path}' niet opslaan: {reason}"),
                path=path,
                reason=exc.strerror or str(exc),
            )
        ) from exc


def _copy_into(db: Database, path: Path) -> None:
    target = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        db.conn.backup(target)
    except sqlite3.Error as exc:
        raise sqlite_failure(path, exc) from exc
    finally:
        target.close()
