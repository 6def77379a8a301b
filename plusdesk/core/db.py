"""The one place that opens a PlusDesk data file: checks, pragmas, migrations, transactions."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plusdesk.core import migrations
from plusdesk.core.errors import MigrationError, NewerSchemaError, NotAPlusDeskFile, PlusDeskError

if TYPE_CHECKING:
    import sqlite_utils

APPLICATION_ID = 0x504C5344  # "PLSD"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class FileState:
    """What is found at a path before opening it."""

    exists: bool
    is_empty: bool
    schema_version: int


def inspect_file(path: Path) -> FileState:
    """Look at a file read-only and tell whether PlusDesk may open it; never writes."""
    if not path.exists():
        return FileState(exists=False, is_empty=True, schema_version=0)
    if path.is_dir():
        raise NotAPlusDeskFile(f"'{path}' is een map, geen PlusDesk-bestand.")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotAPlusDeskFile(
            f"'{path.name}' is geen PlusDesk-bestand (het is geen SQLite-database). "
            "Het bestand is niet gewijzigd."
        ) from exc
    if app_id == 0 and version == 0 and objects == 0:
        return FileState(exists=True, is_empty=True, schema_version=0)
    if app_id != APPLICATION_ID:
        raise NotAPlusDeskFile(
            f"'{path.name}' is een database van een ander programma, geen PlusDesk-bestand. "
            "Het bestand is niet gewijzigd."
        )
    if version > migrations.schema_version():
        raise NewerSchemaError(
            f"'{path.name}' is gemaakt met een nieuwere versie van PlusDesk "
            f"(schemaversie {version}; deze versie kent t/m {migrations.schema_version()}). "
            "Werk PlusDesk bij om dit bestand te openen. Het bestand is niet gewijzigd."
        )
    return FileState(exists=True, is_empty=False, schema_version=version)


def is_network_path(path: Path) -> bool:
    """True for a file on a network share, where SQLite's WAL and locking are unsafe."""
    text = str(path.resolve())
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    return False


class Database:
    """An open PlusDesk data file; all writes go through `transaction()`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, journal_mode: str) -> None:
        self.conn = conn
        self.path = path
        self.journal_mode = journal_mode
        self._utils: sqlite_utils.Database | None = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block in one IMMEDIATE transaction: all of it is written, or none of it."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Rows of a read query."""
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        """The first column of the first row, or None."""
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

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

    def close(self) -> None:
        with suppress(sqlite3.ProgrammingError):
            self.conn.close()


def _connect(path: Path) -> tuple[sqlite3.Connection, str]:
    conn = sqlite3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    wanted = "DELETE" if is_network_path(path) else "WAL"
    journal = conn.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0].upper()
    conn.execute("PRAGMA synchronous = FULL")
    return conn, journal


def backup_copy(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy an open database to dest with SQLite's backup API (consistent while in use)."""
    target = sqlite3.connect(str(dest))
    try:
        conn.backup(target)
    finally:
        target.close()
    return dest


def _pre_upgrade_path(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.v{version}-voor-upgrade-{stamp}{path.suffix}")


def _migrate(conn: sqlite3.Connection, path: Path, start: int) -> None:
    pending = [m for m in migrations.MIGRATIONS if m.version > start]
    if not pending:
        return
    safety_copy = backup_copy(conn, _pre_upgrade_path(path, start)) if start > 0 else None
    for step in pending:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if step.version == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            step.apply(conn)
            conn.execute(f"PRAGMA user_version = {step.version}")
        except Exception as exc:
            conn.execute("ROLLBACK")
            if safety_copy is not None:
                source = sqlite3.connect(str(safety_copy))
                try:
                    source.backup(conn)
                finally:
                    source.close()
            raise MigrationError(
                f"Het bijwerken van '{path.name}' naar schemaversie {step.version} is mislukt; "
                f"het bestand is teruggezet zoals het was (versie {start}).",
                detail=f"{type(exc).__name__}: {exc}",
            ) from exc
        conn.execute("COMMIT")


def open_database(path: str | os.PathLike[str], *, create: bool = False) -> Database:
    """Open (and if needed create or upgrade) a PlusDesk file; refuses foreign or newer files."""
    path = Path(path)
    state = inspect_file(path)
    if not state.exists and not create:
        raise PlusDeskError(f"Het bestand '{path}' bestaat niet.")
    if not state.exists and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn, journal = _connect(path)
    except sqlite3.Error as exc:
        raise PlusDeskError(f"Kan '{path}' niet openen: {exc}") from exc
    try:
        _migrate(conn, path, state.schema_version)
    except BaseException:
        conn.close()
        raise
    return Database(conn, path, journal)


@contextmanager
def new_file(path: str | os.PathLike[str], *, overwrite: bool = False) -> Iterator[Database]:
    """Build a new data file under a temporary name; it appears at path only when complete."""
    from plusdesk.core.errors import FileExistsErrorNL

    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsErrorNL(
            f"'{path}' bestaat al; PlusDesk overschrijft geen bestaand bestand. "
            "Kies een andere bestandsnaam."
        )
    if path.exists():
        inspect_file(path)  # never overwrite a file that is not ours
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
        leftover.unlink(missing_ok=True)
    db = open_database(temp, create=True)
    try:
        yield db
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.conn.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        db.close()
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    db.close()
    # A stale journal beside the old file would be replayed into the new one.
    for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    os.replace(temp, path)
