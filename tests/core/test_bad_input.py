"""A full disk, a read-only or locked file, odd path names or a crash mid-save lose no data."""

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

import plusdesk.core.db as dbmod
from plusdesk import cli
from plusdesk.core import audit
from plusdesk.core.audit import verify_chain
from plusdesk.core.db import Database, open_database, sqlite_uri
from plusdesk.core.demo import build_demo
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.practice import get_practice, update_practice, validate_details
from plusdesk.core.reference import CodeGroup, list_groups, save_group
from plusdesk.core.users import Session, get_user, login

DEMO_PASSWORD = "plusdesk-demo"
EVERY_CODE = tuple(f"{code:04d}" for code in range(6000))


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read without changing the file."""
    conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables}
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_sound(db: Database) -> None:
    assert db.scalar("PRAGMA integrity_check") == "ok"
    assert db.query("PRAGMA foreign_key_check") == []
    assert verify_chain(db).ok


def new_details(db: Database, name: str, list_size: int):
    practice = get_practice(db)
    assert practice is not None
    return validate_details(name, practice.agb_code, practice.zorggroep, list_size, practice.wave)


# --- disk full --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "group",
    [
        CodeGroup("Alle codes", "een nieuwe, grote groep", EVERY_CODE),
        CodeGroup("GGZ", "de bestaande GGZ-groep vervangen", EVERY_CODE),
    ],
    ids=["new-group", "replace-existing-group"],
)
def test_disk_full_during_a_save_says_so_and_keeps_everything(
    demo_file: Path, group: CodeGroup
) -> None:
    db = open_database(demo_file)
    session = login(db, "demo", DEMO_PASSWORD)
    save_group(session, CodeGroup("Long", "gewoon opgeslagen", ("0322", "0326")))
    ggz_before = next(g for g in list_groups(db) if g.name == "GGZ")
    before = dump(demo_file)
    # The file may grow by one page: as if the disk filled up during the save.
    db.scalar(f"PRAGMA max_page_count = {db.scalar('PRAGMA page_count') + 1}")

    with pytest.raises(PlusDeskError, match="schijf is vol") as caught:
        save_group(session, group)
    assert "niets opgeslagen" in caught.value.message
    assert not db.conn.in_transaction
    assert dump(demo_file) == before
    db.close()

    db = open_database(demo_file)  # max_page_count belongs to a connection: room again
    try:
        assert dump(demo_file) == before
        assert_sound(db)
        groups = {g.name: g for g in list_groups(db)}
        assert groups["GGZ"] == ggz_before
        assert groups["Long"].patterns == ("0322", "0326")
        assert group.name not in groups or group.name == "GGZ"
        save_group(login(db, "demo", DEMO_PASSWORD), group)  # with room, the save works
        assert {g.name: g for g in list_groups(db)}[group.name].patterns == EVERY_CODE
    finally:
        db.close()


def test_disk_filling_up_during_a_series_of_saves_keeps_every_completed_one(
    demo_file: Path,
) -> None:
    db = open_database(demo_file)
    session = login(db, "demo", DEMO_PASSWORD)
    db.scalar(f"PRAGMA max_page_count = {db.scalar('PRAGMA page_count') + 12}")
    saved: dict[str, tuple[str, ...]] = {}
    practice_name = get_practice(db).name
    after_last_save = dump(demo_file)
    with pytest.raises(PlusDeskError, match="schijf is vol"):
        for n in range(1, 100):
            codes = tuple(f"{code:04d}" for code in range(n * 50, n * 50 + 150))
            save_group(session, CodeGroup(f"Groep {n}", "", codes))
            saved[f"Groep {n}"] = codes
            after_last_save = dump(demo_file)
            update_practice(session, new_details(db, f"Praktijk na groep {n}", 1000 + n))
            practice_name = f"Praktijk na groep {n}"
            after_last_save = dump(demo_file)
    assert len(saved) >= 2  # some saves fitted before the disk was full
    assert dump(demo_file) == after_last_save
    db.close()

    db = open_database(demo_file)
    try:
        assert dump(demo_file) == after_last_save
        assert_sound(db)
        groups = {g.name: g.patterns for g in list_groups(db)}
        assert {name: groups.get(name) for name in saved} == saved
        assert f"Groep {len(saved) + 1}" not in groups
        assert get_practice(db).name == practice_name
    finally:
        db.close()


# --- read-only file ---------------------------------------------------------------------------


def test_saving_in_a_file_opened_read_only_is_refused_and_the_file_stays_as_it_was(
    demo_file: Path,
) -> None:
    db = open_database(demo_file)  # daily use leaves the file in WAL mode
    db.close()
    before = digest(demo_file)
    rows = dump(demo_file)

    db = open_database(demo_file, readonly=True)
    try:
        with pytest.raises(PlusDeskError, match="mag niet schrijven"):
            login(db, "demo", DEMO_PASSWORD)
        demo_id = db.scalar("SELECT id FROM account WHERE username = 'demo'")
        session = Session(db, get_user(db, demo_id))
        with pytest.raises(PlusDeskError, match="mag niet schrijven") as caught:
            save_group(session, CodeGroup("Long", "", ("0322",)))
        assert "schrijfrechten" in caught.value.message
        with pytest.raises(PlusDeskError, match="mag niet schrijven"):
            update_practice(session, new_details(db, "Andere naam", 4000))
        with pytest.raises(PlusDeskError, match="mag niet schrijven"):
            session.record("view", object_type="practice")
        assert not db.conn.in_transaction
    finally:
        db.close()
    assert digest(demo_file) == before
    assert dump(demo_file) == rows


# --- locked file ------------------------------------------------------------------------------


def test_save_while_another_program_holds_the_file_says_in_use_and_changes_nothing(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # db.py reads BUSY_TIMEOUT_MS when it opens a file: patch it first, so the wait is short.
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 150)
    db = open_database(demo_file)
    assert db.scalar("PRAGMA busy_timeout") == 150
    session = login(db, "demo", DEMO_PASSWORD)
    before = dump(demo_file)
    other = sqlite3.connect(demo_file, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another PlusDesk in the middle of a write
    other.execute("UPDATE practice SET name = 'Half geschreven elders'")
    try:
        with pytest.raises(PlusDeskError, match="in gebruik") as caught:
            save_group(session, CodeGroup("Long", "", ("0322", "0326")))
        assert "Sluit PlusDesk daar" in caught.value.message
        with pytest.raises(PlusDeskError, match="in gebruik"):
            update_practice(session, new_details(db, "Andere naam", 4000))
        with pytest.raises(PlusDeskError, match="in gebruik"):
            session.record("view", object_type="practice")
        assert not db.conn.in_transaction
    finally:
        other.execute("ROLLBACK")
        other.close()
    try:
        assert dump(demo_file) == before
        assert_sound(db)
        save_group(session, CodeGroup("Long", "", ("0322", "0326")))  # free again: it works
        assert "Long" in {g.name for g in list_groups(db)}
    finally:
        db.close()


# --- accents and spaces in the path -----------------------------------------------------------


def test_folder_and_file_names_with_accents_and_spaces_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Huisartsen Één" / "praktijk ü ß.sqlite"
    build_demo(path)
    db = open_database(path)
    session = login(db, "demo", DEMO_PASSWORD)
    save_group(session, CodeGroup("Psychiatrie", "één groep", ("0329",)))
    update_practice(session, new_details(db, "Huisartsenpraktijk Ünal & Çelik", 4321))
    db.close()

    db = open_database(path)
    try:
        assert {g.name: g.patterns for g in list_groups(db)}["Psychiatrie"] == ("0329",)
        assert get_practice(db).name == "Huisartsenpraktijk Ünal & Çelik"
        assert_sound(db)
    finally:
        db.close()
    capsys.readouterr()
    assert cli.main(["info", "--db", str(path)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["file"] == str(path.resolve())
    assert info["practice"]["name"] == "Huisartsenpraktijk Ünal & Çelik"
    assert info["practice"]["list_size"] == 4321


# --- a crash halfway through a save -----------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [RuntimeError("stroomstoring halverwege"), KeyboardInterrupt()],
    ids=["error", "interrupted"],
)
def test_a_save_that_fails_halfway_leaves_nothing_applied(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    db = open_database(demo_file)
    session = login(db, "demo", DEMO_PASSWORD)
    before = dump(demo_file)
    seen_inside: list[int] = []
    real_record_in = audit.record_in

    def fail_after_the_rows(conn: sqlite3.Connection, *args, **kwargs) -> None:
        real_record_in(conn, *args, **kwargs)  # the data rows and the audit row are written
        seen_inside.append(conn.execute("SELECT count(*) FROM code_group_member").fetchone()[0])
        raise failure

    monkeypatch.setattr(audit, "record_in", fail_after_the_rows)
    with pytest.raises(type(failure)):
        save_group(session, CodeGroup("GGZ", "vervangen", EVERY_CODE))
    with pytest.raises(type(failure)):
        save_group(session, CodeGroup("Nieuw", "", ("0322", "0326")))
    with pytest.raises(type(failure)):
        update_practice(session, new_details(db, "Halverwege gewijzigd", 4000))
    monkeypatch.undo()

    members_before = len(before["code_group_member"])
    assert seen_inside[0] > members_before  # the rows really were in the file's transaction
    assert not db.conn.in_transaction
    assert dump(demo_file) == before
    db.close()
    db = open_database(demo_file)
    try:
        assert dump(demo_file) == before
        assert_sound(db)
    finally:
        db.close()
