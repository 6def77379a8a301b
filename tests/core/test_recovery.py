"""Putting a backup back, and replacing a damaged data file with the newest good backup."""

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from practice_files import audit_events, damage_page, practice_name, rename_practice

from plusdesk.core import audit, migrations
from plusdesk.core.backup import backup_folder, backups_of, make_backup, set_backup_folder
from plusdesk.core.db import open_database
from plusdesk.core.errors import BackupError, CorruptFileError, PermissionDeniedError
from plusdesk.core.recovery import (
    newest_good_backup,
    replace_damaged_file,
    restore_backup,
    restore_backup_as,
)
from plusdesk.core.users import login

FIXTURES = Path(__file__).parents[1] / "fixtures"
DEMO_PASSWORD = "plusdesk-demo"


# --- putting a backup back ------------------------------------------------------------------


def test_restore_brings_the_data_back_and_keeps_the_state_before(accented_db) -> None:
    original = accented_db.scalar("SELECT name FROM practice")
    inode = os.stat(accented_db.path).st_ino
    saved = make_backup(accented_db, "handmatig")
    rename_practice(accented_db, "Per ongeluk gewijzigd")
    result = restore_backup(accented_db, saved.path, audit.system_actor())
    assert accented_db.scalar("SELECT name FROM practice") == original
    assert result.pre_restore.reason == "voor-herstel"
    assert practice_name(result.pre_restore.path) == "Per ongeluk gewijzigd"
    assert result.upgraded_from is None
    # The same file, still in WAL mode, with the restore in its unbroken audit log.
    assert os.stat(accented_db.path).st_ino == inode
    assert accented_db.scalar("PRAGMA journal_mode") == "wal"
    [event] = audit_events(accented_db, "restore")
    assert saved.path.name in event.detail and result.pre_restore.path.name in event.detail
    assert audit.verify_chain(accented_db).ok
    reasons = [b.reason for b in backups_of(accented_db)]
    assert sorted(reasons) == ["handmatig", "voor-herstel"]
    # Another connection (another window, `plusdesk info`) sees the restored data too.
    assert practice_name(accented_db.path) == original


def test_restore_keeps_the_chosen_backup_folder(manager, tmp_path: Path) -> None:
    saved = make_backup(manager.db, "handmatig")
    usb = tmp_path / "usb"
    usb.mkdir()
    set_backup_folder(manager, usb)
    result = restore_backup_as(manager, saved.path)
    assert backup_folder(manager.db) == usb
    assert result.pre_restore.path.parent == usb


def test_backup_from_before_accounts_is_refused(demo_db) -> None:
    # Restoring it would wipe every account and the audit log (and the next person to open
    # the file could make themselves praktijkmanager).
    folder = demo_db.path.parent / "demo-backups"
    folder.mkdir()
    old = folder / "demo-20200101-120000-handmatig.sqlite"
    shutil.copy(FIXTURES / "schema_v1.sqlite", old)
    accounts = demo_db.scalar("SELECT count(*) FROM account")
    with pytest.raises(BackupError, match="vóór de gebruikersaccounts"):
        restore_backup(demo_db, old, audit.system_actor())
    assert demo_db.scalar("SELECT count(*) FROM account") == accounts
    assert migrations.schema_version() >= 2


def test_restore_keeps_the_access_events_made_after_the_backup(manager) -> None:
    saved = make_backup(manager.db, "handmatig")
    for n in range(5):
        manager.record("view", object_type="conversation", object_id=n, patient_ref="H-3")
    restore_backup_as(manager, saved.path)
    who_saw = audit.query(manager.db, audit.AuditFilter(patient_ref="H-3"))
    assert len(who_saw) == 5  # NEN 7513: the patient may still ask who saw them
    assert audit.verify_chain(manager.db).ok
    assert audit.query(manager.db, audit.AuditFilter())[0].action == "restore"


def test_damaged_backup_is_refused_and_nothing_changes(demo_db, tmp_path: Path) -> None:
    saved = make_backup(demo_db, "handmatig")
    with saved.path.open("r+b") as fh:
        fh.seek(7 * 4096)
        fh.write(b"\x00" * 4096)
    rename_practice(demo_db, "Huidige naam")
    with pytest.raises(BackupError, match="beschadigd"):
        restore_backup(demo_db, saved.path, audit.system_actor())
    assert demo_db.scalar("SELECT name FROM practice") == "Huidige naam"
    assert [b.reason for b in backups_of(demo_db)] == ["handmatig"]


def test_backup_from_a_newer_plusdesk_is_refused(demo_db, tmp_path: Path) -> None:
    newer = tmp_path / "nieuwer.sqlite"
    shutil.copy(demo_db.path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="nieuwere versie"):
        restore_backup(demo_db, newer, audit.system_actor())


def test_only_the_praktijkmanager_restores(demo_db) -> None:
    saved = make_backup(demo_db, "handmatig")
    poh = login(demo_db, "poh", DEMO_PASSWORD)
    rename_practice(demo_db, "Huidige naam")
    with pytest.raises(PermissionDeniedError):
        restore_backup_as(poh, saved.path)
    assert demo_db.scalar("SELECT name FROM practice") == "Huidige naam"
    manager = login(demo_db, "demo", DEMO_PASSWORD)
    restore_backup_as(manager, saved.path)
    assert demo_db.scalar("SELECT name FROM practice") != "Huidige naam"
    assert audit_events(demo_db, "restore")[0].username == "demo"


# --- a damaged data file --------------------------------------------------------


def test_newest_good_backup_replaces_a_damaged_file(demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "Praktijk Één" / "gegevens ü.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    db = open_database(path)
    with db.transaction() as conn:
        conn.execute("UPDATE practice SET name = 'De Linde'")
    good = make_backup(db, "afsluiten")
    with db.transaction() as conn:
        conn.execute("UPDATE practice SET name = 'Na de back-up'")
    bad = make_backup(db, "automatisch")
    db.close()
    damage_page(bad.path, 8)  # the newest backup is damaged too
    damage_page(path, 8)
    damaged_bytes = path.read_bytes()
    with pytest.raises(CorruptFileError):
        open_database(path)

    found = newest_good_backup(path)
    assert found is not None and found.path == good.path
    aside = replace_damaged_file(path, found)

    assert aside.parent == path.parent
    assert aside.name.startswith("gegevens ü.beschadigd-") and aside.suffix == ".sqlite"
    assert aside.read_bytes() == damaged_bytes
    db = open_database(path)
    assert db.scalar("SELECT name FROM practice") == "De Linde"
    [event] = audit.query(db, audit.AuditFilter(action="restore"))
    assert aside.name in event.detail and good.path.name in event.detail
    db.close()


def test_newest_good_backup_looks_in_the_chosen_backup_folder(
    demo_file: Path, tmp_path: Path
) -> None:
    server = tmp_path / "server share"
    server.mkdir()
    db = open_database(demo_file)
    set_backup_folder(login(db, "demo", DEMO_PASSWORD), server)
    saved = make_backup(db, "handmatig")
    db.close()
    damage_page(demo_file, 8)
    found = newest_good_backup(demo_file)
    assert found is not None and found.path == saved.path


def test_no_backup_at_all_is_said_plainly(demo_file: Path) -> None:
    damage_page(demo_file, 8)
    assert newest_good_backup(demo_file) is None
