"""Backups: complete copies in the backup folder, the folder itself, thinning, automatic backups."""

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from practice_files import audit_events, practice_name, rename_practice

from plusdesk.core import audit, backup
from plusdesk.core.backup import (
    AutoBackupState,
    auto_backup_if_due,
    backup_at_close,
    backup_folder,
    backup_summary,
    backups_of,
    backups_to_keep,
    list_backups,
    make_backup,
    make_backup_as,
    set_backup_folder,
    thin_backups,
)
from plusdesk.core.db import open_database
from plusdesk.core.errors import BackupError, PermissionDeniedError
from plusdesk.core.users import login

DEMO_PASSWORD = "plusdesk-demo"


# --- making and listing ---------------------------------------------------------------------


def test_backup_is_a_complete_checked_copy_beside_the_file(accented_db) -> None:
    info = make_backup(accented_db, "handmatig")
    folder = accented_db.path.parent / "gegevens ü-backups"
    assert info.path.parent == folder
    assert info.path.name.startswith("gegevens ü-")
    assert info.path.name.endswith("-handmatig.sqlite")
    assert info.reason_label == "Handmatig"
    assert info.size_bytes == info.path.stat().st_size > 0
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    # One self-contained file: no temporary names, no -wal or -shm beside it.
    assert [p.name for p in folder.iterdir()] == [info.path.name]
    assert list_backups(folder) == [info]


def test_backup_summary_tells_what_a_backup_holds(accented_db) -> None:
    info = make_backup(accented_db, "handmatig")
    summary = backup_summary(info.path)
    assert summary is not None
    assert summary.practice_name == accented_db.scalar("SELECT name FROM practice")
    assert summary.schema_version == accented_db.schema_version
    assert summary.accounts == 5
    assert summary.interventions == 18  # 17 from the catalogue, 1 of the practice
    assert summary.counts["specialism"] == 26
    assert summary.audit_rows == summary.counts["audit_log"]


def test_summary_ignores_files_that_are_not_plusdesk_backups(tmp_path: Path) -> None:
    text = tmp_path / "boodschappen-20260101-120000-handmatig.sqlite"
    text.write_text("melk, brood")
    other = tmp_path / "ander.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE patient (bsn TEXT)")
    conn.commit()
    conn.close()
    assert backup_summary(text) is None
    assert backup_summary(other) is None


def test_two_backups_in_one_second_get_their_own_names(
    demo_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "local_now", lambda: datetime(2026, 3, 2, 9, 15, 0))
    first = make_backup(demo_db, "automatisch")
    second = make_backup(demo_db, "handmatig")
    assert first.path.name == "demo-20260302-091500-automatisch.sqlite"
    assert second.path.name == "demo-20260302-091500-handmatig-2.sqlite"
    assert [b.path for b in backups_of(demo_db)] == [second.path, first.path]


def test_list_shows_only_this_files_backups_newest_first(tmp_path: Path) -> None:
    names = [
        "demo-20260301-080000-afsluiten.sqlite",
        "demo-20260302-080000-voor-upgrade.sqlite",
        "demo-20260228-170000-automatisch.sqlite",
        "demo-2026-03-01.sqlite",  # copied by hand: not ours
        "andere-praktijk-20260303-080000-handmatig.sqlite",
        "demo-20260303-080000-handmatig.sqlite.tmp",
        "notities.txt",
    ]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    found = list_backups(tmp_path, "demo")
    assert [b.path.name for b in found] == [names[1], names[0], names[2]]
    assert [b.reason_label for b in found] == ["Voor bijwerken", "Bij afsluiten", "Automatisch"]
    assert found[0].created == datetime(2026, 3, 2, 8, 0)
    assert list_backups(tmp_path / "bestaat-niet") == []


def test_copy_that_fails_its_check_is_not_kept(demo_file: Path) -> None:
    with demo_file.open("r+b") as fh:  # a damaged index page: readable, but not sound
        fh.seek(2 * 4096)
        fh.write(b"\xa5" * 4096)
    db = open_database(demo_file, readonly=True)  # a look only: no check at opening
    try:
        with pytest.raises(BackupError, match="niet gemaakt"):
            make_backup(db, "handmatig")
    finally:
        db.close()
    assert list((demo_file.parent / "demo-backups").iterdir()) == []


def test_manual_backup_by_a_user_is_in_the_audit_log(manager) -> None:
    info = make_backup_as(manager)
    events = audit_events(manager.db, "backup")
    assert [(e.username, e.object_id) for e in events] == [("demo", info.path.name)]


# --- the backup folder ----------------------------------------------------------------------


def test_manager_chooses_another_backup_folder(manager, tmp_path: Path) -> None:
    usb = tmp_path / "USB stick Één"
    usb.mkdir()
    assert set_backup_folder(manager, usb) == usb
    assert backup_folder(manager.db) == usb
    info = make_backup(manager.db, "handmatig")
    assert info.path.parent == usb
    [event] = [e for e in audit_events(manager.db, "update") if e.object_type == "backup"]
    assert str(usb) in event.detail
    set_backup_folder(manager, None)
    assert backup_folder(manager.db) == manager.db.path.parent / "demo-backups"


def test_missing_backup_folder_is_refused_and_nothing_changes(manager, tmp_path: Path) -> None:
    before = audit.verify_chain(manager.db).rows
    with pytest.raises(BackupError, match="niet bereikbaar"):
        set_backup_folder(manager, tmp_path / "E-schijf" / "back-ups")
    assert backup_folder(manager.db) == tmp_path / "demo-backups"
    assert audit.verify_chain(manager.db).rows == before


def test_unplugged_usb_stick_gives_a_clear_message(manager, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    set_backup_folder(manager, usb)
    usb.rmdir()
    with pytest.raises(BackupError, match="USB-stick") as exc:
        make_backup(manager.db, "handmatig")
    assert "Er is niets gewijzigd" in exc.value.message
    assert not usb.exists()
    assert not (tmp_path / "demo-backups").exists()


def test_only_the_praktijkmanager_changes_the_folder(demo_db, tmp_path: Path) -> None:
    poh = login(demo_db, "poh", DEMO_PASSWORD)
    with pytest.raises(PermissionDeniedError, match="back-ups beheren"):
        set_backup_folder(poh, tmp_path)
    assert backup_folder(demo_db) == tmp_path / "demo-backups"


# --- thinning -------------------------------------------------------------------------------

NOW = datetime(2026, 3, 15, 12, 0)  # a Sunday


def kept(times: list[datetime], now: datetime = NOW) -> list[datetime]:
    keep = backups_to_keep(times, now)
    return sorted((times[i] for i in keep), reverse=True)


def test_thinning_keeps_the_last_day_but_at_most_twelve() -> None:
    hourly = [NOW - timedelta(hours=h) for h in range(1, 21)]  # 11:00 back to 16:00 yesterday
    assert kept(hourly) == [*hourly[:12], datetime(2026, 3, 14, 23, 0)]


def test_thinning_keeps_one_per_day_week_and_month() -> None:
    start = datetime(2025, 1, 1, 17, 0)
    daily = [start + timedelta(days=d) for d in range(438)]  # up to yesterday, 14-03-2026
    assert daily[-1] == datetime(2026, 3, 14, 17, 0)
    expected = [
        # every day of the last week
        *(datetime(2026, 3, d, 17, 0) for d in (14, 13, 12, 11, 10, 9)),
        # the newest of each of the 8 ISO weeks (their Sundays)
        *(datetime(2026, 3, d, 17, 0) for d in (8, 1)),
        datetime(2026, 2, 28, 17, 0),  # newest of February
        *(datetime(2026, 2, d, 17, 0) for d in (22, 15, 8, 1)),
        datetime(2026, 1, 31, 17, 0),
        datetime(2026, 1, 25, 17, 0),
        # the newest of each month of the last 12
        *(
            datetime(y, m, d, 17, 0)
            for y, m, d in (
                (2025, 12, 31),
                (2025, 11, 30),
                (2025, 10, 31),
                (2025, 9, 30),
                (2025, 8, 31),
                (2025, 7, 31),
                (2025, 6, 30),
                (2025, 5, 31),
                (2025, 4, 30),
            )
        ),
    ]
    assert kept(daily) == expected


def test_thinning_always_keeps_the_newest_backup() -> None:
    old = [datetime(2023, 5, 1, 9, 0), datetime(2022, 5, 1, 9, 0)]
    assert kept(old) == [datetime(2023, 5, 1, 9, 0)]


def test_thinning_deletes_only_this_files_old_backups(tmp_path: Path) -> None:
    ours_old = ["demo-20240101-120000-handmatig.sqlite", "demo-20240201-120000-afsluiten.sqlite"]
    ours_new = ["demo-20260315-110000-automatisch.sqlite"]
    others = ["andere-20240101-120000-handmatig.sqlite", "demo-kopie.sqlite", "lees mij.txt"]
    for name in ours_old + ours_new + others:
        (tmp_path / name).write_bytes(b"x")
    removed = thin_backups(tmp_path, "demo", now=NOW)
    assert sorted(p.name for p in removed) == sorted(ours_old)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(ours_new + others)


def test_making_a_backup_thins_the_folder(demo_db, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = demo_db.path.parent / "demo-backups"
    folder.mkdir()
    (folder / "demo-20200101-120000-afsluiten.sqlite").write_bytes(b"oud")
    monkeypatch.setattr(backup, "local_now", lambda: NOW)
    info = make_backup(demo_db, "handmatig")
    assert [p.name for p in folder.iterdir()] == [info.path.name]


# --- automatic backups ----------------------------------------------------------------------

T0 = datetime(2026, 3, 16, 8, 0).astimezone()


def test_automatic_backup_after_four_hours_of_work_with_changes(demo_db) -> None:
    state = AutoBackupState.start(demo_db, now=T0)
    assert auto_backup_if_due(demo_db, state, now=T0 + timedelta(hours=5)) is None  # no change
    rename_practice(demo_db, "Praktijk Zuid")
    assert auto_backup_if_due(demo_db, state, now=T0 + timedelta(hours=3)) is None
    info = auto_backup_if_due(demo_db, state, now=T0 + timedelta(hours=5))
    assert info is not None and info.reason == "automatisch"
    assert practice_name(info.path) == "Praktijk Zuid"
    rename_practice(demo_db, "Praktijk Noord")
    assert auto_backup_if_due(demo_db, state, now=T0 + timedelta(hours=6)) is None
    assert len(backups_of(demo_db)) == 1


def test_failed_automatic_backup_is_retried_later_not_every_minute(manager, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    set_backup_folder(manager, usb)
    state = AutoBackupState.start(manager.db, now=T0)
    rename_practice(manager.db, "Praktijk Zuid")
    usb.rmdir()
    with pytest.raises(BackupError):
        auto_backup_if_due(manager.db, state, now=T0 + timedelta(hours=4))
    assert auto_backup_if_due(manager.db, state, now=T0 + timedelta(hours=4, minutes=1)) is None
    usb.mkdir()
    info = auto_backup_if_due(manager.db, state, now=T0 + timedelta(hours=4, minutes=30))
    assert info is not None and info.path.parent == usb


def test_backup_at_close_only_when_something_changed(demo_db) -> None:
    state = AutoBackupState.start(demo_db)
    assert backup_at_close(demo_db, state) is None
    rename_practice(demo_db, "Praktijk Zuid")
    info = backup_at_close(demo_db, state)
    assert info is not None and info.reason_label == "Bij afsluiten"
