"""Opening data files: pragmas, refusing foreign and newer files untouched, atomic writes."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from practice_files import damage_page

from plusdesk.core import audit, migrations
from plusdesk.core.db import (
    APPLICATION_ID,
    mark_network_notice_shown,
    network_notice_due,
    new_file,
    open_database,
)
from plusdesk.core.errors import (
    CorruptFileError,
    FileExistsErrorNL,
    NewerSchemaError,
    NotAPlusDeskFile,
    PlusDeskError,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_has_plusdesk_identity_and_safe_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "p.sqlite", create=True)
    try:
        assert db.scalar("PRAGMA application_id") == APPLICATION_ID
        assert db.schema_version == migrations.schema_version()
        assert db.scalar("PRAGMA foreign_keys") == 1
        assert db.scalar("PRAGMA journal_mode") == "wal"
        assert db.scalar("PRAGMA synchronous") == 2  # FULL
        assert db.scalar("PRAGMA busy_timeout") == 5000
    finally:
        db.close()


def test_missing_file_is_not_created_without_create(tmp_path: Path) -> None:
    with pytest.raises(PlusDeskError, match="bestaat niet"):
        open_database(tmp_path / "nope.sqlite")
    assert not (tmp_path / "nope.sqlite").exists()


def test_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("dit is een boodschappenlijst\n")
    before = digest(path)
    with pytest.raises(NotAPlusDeskFile, match="geen PlusDesk-bestand"):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_other_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE patients (id INTEGER, bsn TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAPlusDeskFile, match="ander programma"):
        open_database(path)
    assert digest(path) == before


def test_file_from_newer_plusdesk_is_refused_and_left_untouched(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute(f"PRAGMA user_version = {migrations.schema_version() + 1}")
    conn.commit()
    conn.close()
    before = digest(demo_file)
    with pytest.raises(NewerSchemaError, match="nieuwere versie"):
        open_database(demo_file)
    assert digest(demo_file) == before


def test_transaction_rolls_back_everything_on_error(demo_file: Path) -> None:
    db = open_database(demo_file)
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("UPDATE practice SET name = 'Gewijzigd'")
        raise RuntimeError("crash halverwege")
    assert db.scalar("SELECT name FROM practice") != "Gewijzigd"
    db.close()


def test_new_file_appears_only_when_complete(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.sqlite"
    with pytest.raises(RuntimeError), new_file(path) as db:
        db.conn.execute("INSERT INTO meta VALUES ('a', 'b')")
        raise RuntimeError("crash tijdens het aanmaken")
    assert list(tmp_path.iterdir()) == []


def test_new_file_ignores_a_write_ahead_log_left_by_an_earlier_file(tmp_path: Path) -> None:
    path = tmp_path / "praktijk.sqlite"
    with new_file(path):
        pass
    db = open_database(path)  # WAL mode, as in daily use
    for number in range(20):
        with db.transaction() as conn:
            audit.record_in(conn, audit.system_actor(), "update", detail=f"oude regel {number}")
    # What a crash leaves: the log beside the file, not yet written into it.
    orphan = tmp_path / "achtergebleven-wal"
    shutil.copy(f"{path}-wal", orphan)
    db.close()
    path.unlink()
    shutil.copy(orphan, f"{path}-wal")

    with new_file(path):
        pass

    db = open_database(path)
    try:
        assert db.scalar("SELECT count(*) FROM audit_log") == 0
        triggers = {
            row[0] for row in db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert {"audit_log_no_update", "audit_log_no_delete"} <= triggers
    finally:
        db.close()


def test_new_file_refuses_to_overwrite(demo_file: Path) -> None:
    before = digest(demo_file)
    with pytest.raises(FileExistsErrorNL, match="overschrijft geen"), new_file(demo_file):
        pass
    assert digest(demo_file) == before


def test_overwrite_never_replaces_a_foreign_file(tmp_path: Path) -> None:
    path = tmp_path / "belangrijk.sqlite"
    path.write_text("geen database")
    with pytest.raises(NotAPlusDeskFile), new_file(path, overwrite=True):
        pass
    assert path.read_text() == "geen database"


def test_table_counts_report_every_table(demo_file: Path) -> None:
    db = open_database(demo_file)
    counts = db.table_counts()
    db.close()
    assert counts["practice"] == 1
    assert counts["intervention"] == 18  # 17 from the catalogue, 1 of the practice
    assert counts["specialism"] == 26


def test_file_in_use_elsewhere_gets_an_in_use_message(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import plusdesk.core.db as dbmod

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(demo_file, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another PlusDesk is in the middle of a write
    try:
        with pytest.raises(PlusDeskError, match="in gebruik") as exc:
            open_database(demo_file)
        assert not isinstance(exc.value, NotAPlusDeskFile)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_write_while_another_holds_the_lock_is_refused_cleanly(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import plusdesk.core.db as dbmod

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    db = open_database(demo_file)
    db.conn.execute(f"PRAGMA busy_timeout = {dbmod.BUSY_TIMEOUT_MS}")
    other = sqlite3.connect(demo_file, isolation_level=None, timeout=0.1)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(PlusDeskError, match="in gebruik"), db.transaction() as conn:
            conn.execute("UPDATE practice SET name = 'X'")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not db.conn.in_transaction
    assert db.scalar("SELECT name FROM practice") != "X"
    db.close()


def test_paths_with_uri_characters_open_read_only(demo_template: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "praktijk #1 ? 100%"
    folder.mkdir()
    path = folder / "De Linde.sqlite"
    shutil.copy(demo_template, path)
    db = open_database(path, readonly=True)
    assert db.scalar("SELECT count(*) FROM practice") == 1
    db.close()


def test_read_only_open_changes_nothing(demo_file: Path) -> None:
    before = digest(demo_file)
    db = open_database(demo_file, readonly=True)
    assert db.scalar("SELECT count(*) FROM intervention") == 18
    with pytest.raises(sqlite3.OperationalError):
        db.conn.execute("DELETE FROM practice")
    db.close()
    assert digest(demo_file) == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["demo.sqlite"]


def test_read_only_open_refuses_empty_and_outdated_files(
    tmp_path: Path, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "leeg.sqlite"
    empty.touch()
    with pytest.raises(PlusDeskError, match="nog geen PlusDesk-gegevens"):
        open_database(empty, readonly=True)
    from plusdesk.core.migrations import Migration

    later = Migration(migrations.schema_version() + 1, "later", ("CREATE TABLE later (x)",))
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, later])
    before = digest(demo_file)
    with pytest.raises(PlusDeskError, match="oudere versie"):
        open_database(demo_file, readonly=True)
    assert digest(demo_file) == before


def test_overwrite_reaches_a_reader_that_has_the_file_open(demo_file: Path) -> None:
    db = open_database(demo_file)  # WAL mode, as in daily use
    db.close()
    reader = open_database(demo_file)
    with new_file(demo_file, overwrite=True) as fresh, fresh.transaction() as conn:
        conn.execute(
            "INSERT INTO practice (id, name, agb_code, created_at) "
            "VALUES (1, 'Vervangen', '01234567', '2026-01-01')"
        )
    assert reader.scalar("SELECT name FROM practice") == "Vervangen"
    reader.close()
    assert [p.name for p in demo_file.parent.glob(".*.tmp*")] == []


# --- damage -------------------------------------------------------------------------------


@pytest.mark.parametrize("page", [3, 8])
def test_damaged_file_is_refused_with_a_recovery_hint(demo_file: Path, page: int) -> None:
    damage_page(demo_file, page)
    before = digest(demo_file)
    with pytest.raises(CorruptFileError, match="beschadigd") as exc:
        open_database(demo_file)
    assert "back-up terugzetten" in exc.value.message
    assert isinstance(exc.value, PlusDeskError) and not isinstance(exc.value, NotAPlusDeskFile)
    assert exc.value.path == demo_file
    assert digest(demo_file) == before


def test_damage_found_while_reading_is_reported_as_damage(demo_file: Path) -> None:
    damage_page(demo_file, 8)  # the intervention table
    db = open_database(demo_file, readonly=True)  # a look only: no check at opening
    assert db.scalar("SELECT count(*) FROM practice") == 1
    with pytest.raises(CorruptFileError, match="beschadigd"):
        db.query("SELECT * FROM intervention")
    db.close()


# --- network shares -----------------------------------------------------------------------


@pytest.fixture
def on_a_share(monkeypatch: pytest.MonkeyPatch) -> None:
    import plusdesk.core.db as dbmod

    monkeypatch.setattr(dbmod, "is_network_path", lambda path: True)
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)


def test_file_on_a_network_share_is_held_whole(demo_file: Path, on_a_share: None) -> None:
    db = open_database(demo_file)
    try:
        assert db.on_network_share
        assert db.scalar("PRAGMA journal_mode") == "delete"
        assert db.scalar("PRAGMA locking_mode") == "exclusive"
        other = sqlite3.connect(demo_file, timeout=0.1)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("SELECT count(*) FROM practice").fetchone()
        other.close()
        with pytest.raises(PlusDeskError, match="in gebruik"):
            open_database(demo_file)
    finally:
        db.close()
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["demo.sqlite"]


def test_network_notice_is_shown_once_per_file(demo_file: Path, on_a_share: None) -> None:
    db = open_database(demo_file)
    assert network_notice_due(db)
    mark_network_notice_shown(db)
    assert not network_notice_due(db)
    db.close()
    db = open_database(demo_file)
    assert not network_notice_due(db)
    db.close()


def test_local_file_needs_no_network_notice(demo_file: Path) -> None:
    db = open_database(demo_file)
    assert not db.on_network_share
    assert db.scalar("PRAGMA locking_mode") == "normal"
    assert not network_notice_due(db)
    db.close()
