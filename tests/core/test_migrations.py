"""Schema upgrades: every step from version 0, every stored older file, failure leaves it as was."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from plusdesk.core import migrations
from plusdesk.core.backup import list_backups
from plusdesk.core.db import open_database
from plusdesk.core.errors import MigrationError
from plusdesk.core.migrations import Migration
from plusdesk.core.practice import get_practice

FIXTURES = Path(__file__).parents[1] / "fixtures"


def schema(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    conn.close()
    return rows


def test_versions_are_numbered_one_by_one() -> None:
    assert [m.version for m in migrations.MIGRATIONS] == list(
        range(1, len(migrations.MIGRATIONS) + 1)
    )


def test_every_released_schema_version_has_a_fixture_file() -> None:
    missing = [
        v
        for v in range(1, migrations.schema_version() + 1)
        if not (FIXTURES / f"schema_v{v}.sqlite").exists()
    ]
    assert missing == [], f"add tests/fixtures/schema_v{missing} (see fixtures/README.md)"


@pytest.mark.parametrize("version", range(1, migrations.schema_version() + 1))
def test_fixture_of_each_version_upgrades_to_current(version: int, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / f"schema_v{version}.sqlite", path)
    db = open_database(path)
    practice = get_practice(db)
    assert db.schema_version == migrations.schema_version()
    assert practice is not None and practice.is_demo
    db.close()
    fresh = open_database(tmp_path / "fresh.sqlite", create=True)
    fresh.close()
    assert schema(path) == schema(tmp_path / "fresh.sqlite")


def test_each_step_from_zero_runs_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    every_step = list(migrations.MIGRATIONS)
    for step in range(1, len(every_step) + 1):
        monkeypatch.setattr(migrations, "MIGRATIONS", every_step[:step])
        path = tmp_path / f"v{step}.sqlite"
        if step > 1:
            shutil.copy(tmp_path / f"v{step - 1}.sqlite", path)
        db = open_database(path, create=True)
        seen.append(db.schema_version)
        db.close()
    assert seen == list(range(1, len(every_step) + 1))


def test_upgrade_makes_a_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "praktijk.sqlite"
    current = migrations.schema_version()
    shutil.copy(FIXTURES / f"schema_v{current}.sqlite", path)
    extra = Migration(current + 1, "test step", ("CREATE TABLE extra (x INTEGER)",))
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, extra])
    db = open_database(path)
    assert db.schema_version == current + 1
    db.close()
    backups = list_backups(tmp_path / "praktijk-backups", "praktijk")
    assert [b.reason for b in backups] == ["voor-upgrade"]
    assert backups[0].reason_label == "Voor bijwerken"
    conn = sqlite3.connect(backups[0].path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["praktijk-backups", "praktijk.sqlite"]


def test_upgrade_falls_back_to_the_default_folder_when_the_usb_stick_is_missing(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('backup_dir', ?)", (str(tmp_path / "E" / "weg"),)
    )
    conn.commit()
    conn.close()
    current = migrations.schema_version()
    extra = Migration(current + 1, "test step", ("CREATE TABLE extra (x INTEGER)",))
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, extra])
    db = open_database(demo_file)
    assert db.schema_version == current + 1
    db.close()
    assert [b.reason for b in list_backups(tmp_path / "demo-backups")] == ["voor-upgrade"]
    assert not (tmp_path / "E").exists()


def test_failed_upgrade_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "praktijk.sqlite"
    shutil.copy(FIXTURES / "schema_v1.sqlite", path)
    before = schema(path)
    current = migrations.schema_version()
    good = Migration(current + 1, "adds a table", ("CREATE TABLE extra (x INTEGER)",))
    bad = Migration(current + 2, "breaks", ("CREATE TABLE extra2 (x)", "SELECT * FROM nope"))
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, good, bad])
    with pytest.raises(MigrationError, match="teruggezet"):
        open_database(path)
    monkeypatch.undo()
    assert schema(path) == before
    db = open_database(path)
    assert db.schema_version == current
    assert get_practice(db) is not None
    db.close()
