"""`plusdesk backup`, `restore` and `check`, run as a practice manager or a script would."""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from plusdesk.cli import main
from plusdesk.core import audit
from plusdesk.core.backup import list_backups
from plusdesk.core.db import open_database
from plusdesk.core.lock import InstanceLock
from plusdesk.core.users import login

DEMO_PASSWORD = "plusdesk-demo"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLUSDESK_")}
    return subprocess.run(
        [sys.executable, "-m", "plusdesk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def practice_name(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name FROM practice").fetchone()[0]
    finally:
        conn.close()


def rename_practice(path: Path, name: str) -> None:
    db = open_database(path)
    with db.transaction() as conn:
        conn.execute("UPDATE practice SET name = ?", (name,))
    db.close()


@pytest.fixture
def used_file(demo_file: Path) -> Path:
    """The demo after a few days of use: people signed in, so the audit log has rows."""
    db = open_database(demo_file)
    for name in ("demo", "poh", "huisarts"):
        login(db, name, DEMO_PASSWORD)
    db.close()
    return demo_file


@pytest.fixture
def accented_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Praktijk Één" / "gegevens ü.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    return path


def backup_via_cli(path: Path, capsys: pytest.CaptureFixture) -> Path:
    assert main(["backup", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    return Path(out.split(": ", 1)[1].strip())


# --- backup ---------------------------------------------------------------------------------


def test_backup_prints_where_it_went_and_is_logged(
    accented_file: Path, capsys: pytest.CaptureFixture
) -> None:
    made = backup_via_cli(accented_file, capsys)
    assert made.parent == accented_file.parent / "gegevens ü-backups"
    assert made.name.endswith("-handmatig.sqlite")
    assert [b.path for b in list_backups(made.parent)] == [made]
    db = open_database(accented_file)
    [event] = audit.query(db, audit.AuditFilter(action="backup"))
    db.close()
    assert event.username.startswith("systeem")
    assert made.name in event.detail


def test_backup_to_another_folder(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    usb = tmp_path / "USB Één"
    usb.mkdir()
    assert main(["backup", "--db", str(demo_file), "--to", str(usb)]) == 0
    assert str(usb) in capsys.readouterr().out
    assert len(list_backups(usb, "demo")) == 1


def test_backup_to_a_missing_folder_says_so(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    code = main(["backup", "--db", str(demo_file), "--to", str(tmp_path / "E")])
    assert code == 2
    assert "niet bereikbaar" in capsys.readouterr().err
    assert not (tmp_path / "E").exists()


# --- restore --------------------------------------------------------------------------------


def test_restore_shows_the_backup_and_puts_it_back(
    accented_file: Path, capsys: pytest.CaptureFixture
) -> None:
    original = practice_name(accented_file)
    made = backup_via_cli(accented_file, capsys)
    rename_practice(accented_file, "Per ongeluk gewijzigd")
    assert main(["restore", str(made), "--db", str(accented_file), "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Praktijk: {original}" in out
    assert "Gebruikers: 5" in out and "interventies: 18" in out
    assert practice_name(accented_file) == original
    [pre] = [b for b in list_backups(made.parent) if b.reason == "voor-herstel"]
    assert str(pre.path) in out
    assert practice_name(pre.path) == "Per ongeluk gewijzigd"


def test_restore_without_a_terminal_needs_yes(
    used_file: Path, capsys: pytest.CaptureFixture
) -> None:
    made = backup_via_cli(used_file, capsys)
    rename_practice(used_file, "Huidige naam")
    result = run("restore", str(made), "--db", str(used_file))
    assert result.returncode == 2
    assert "--yes" in result.stderr and "niets teruggezet" in result.stderr
    assert practice_name(used_file) == "Huidige naam"


@pytest.mark.parametrize(("answer", "code", "restored"), [("j", 0, True), ("", 1, False)])
def test_restore_asks_in_a_terminal(
    used_file: Path,
    capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    code: int,
    restored: bool,
) -> None:
    made = backup_via_cli(used_file, capsys)
    rename_practice(used_file, "Huidige naam")
    questions: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda q: questions.append(q) or answer)
    assert main(["restore", str(made), "--db", str(used_file)]) == code
    assert questions == ["Terugzetten? [j/N] "]
    assert (practice_name(used_file) != "Huidige naam") is restored
    if not restored:
        assert "niets teruggezet" in capsys.readouterr().out


def test_restore_is_refused_while_plusdesk_has_the_file_open(
    used_file: Path, capsys: pytest.CaptureFixture
) -> None:
    made = backup_via_cli(used_file, capsys)
    rename_practice(used_file, "Huidige naam")
    with InstanceLock.acquire(used_file, "anouk"):
        assert main(["restore", str(made), "--db", str(used_file), "--yes"]) == 2
    err = capsys.readouterr().err
    assert "al geopend" in err and "anouk" in err
    assert practice_name(used_file) == "Huidige naam"


def test_restore_replaces_a_damaged_file(used_file: Path, capsys: pytest.CaptureFixture) -> None:
    made = backup_via_cli(used_file, capsys)
    with used_file.open("r+b") as fh:
        fh.seek(7 * 4096)
        fh.write(b"\x00" * 4096)
    assert main(["restore", str(made), "--db", str(used_file), "--yes"]) == 0
    out = capsys.readouterr().out
    [aside] = used_file.parent.glob("demo.beschadigd-*.sqlite")
    assert str(aside) in out
    assert main(["check", "--db", str(used_file)]) == 0


def test_restore_refuses_something_that_is_not_a_backup(
    used_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    notes = tmp_path / "notities.sqlite"
    notes.write_text("geen back-up")
    before = digest(used_file)
    assert main(["restore", str(notes), "--db", str(used_file), "--yes"]) == 2
    assert "geen PlusDesk-back-up" in capsys.readouterr().err
    assert digest(used_file) == before


# --- check ----------------------------------------------------------------------------------


def check(path: Path) -> tuple[int, dict]:
    result = run("check", "--db", str(path))
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def test_check_of_a_clean_file_passes_and_changes_nothing(used_file: Path) -> None:
    before = digest(used_file)
    code, report = check(used_file)
    assert code == 0
    assert report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["foreign_keys"] == []
    assert report["audit_chain"] == {"ok": True, "rows": 3, "problems": []}
    assert digest(used_file) == before
    # A look at a WAL file may leave SQLite's (empty) shared-memory files; never new content.
    wal = used_file.parent / "demo.sqlite-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_check_finds_a_changed_audit_row(used_file: Path) -> None:
    conn = sqlite3.connect(used_file)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET username = 'iemand anders' WHERE id = 2")
    conn.commit()
    conn.close()
    code, report = check(used_file)
    assert code == 1
    assert report["ok"] is False
    assert report["audit_chain"]["ok"] is False
    assert "Auditregel 2 is achteraf gewijzigd." in report["audit_chain"]["problems"]


def test_check_finds_a_removed_last_audit_row(used_file: Path) -> None:
    conn = sqlite3.connect(used_file)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = 3")
    conn.commit()
    conn.close()
    code, report = check(used_file)
    assert code == 1
    assert report["audit_chain"]["rows"] == 2
    assert any("3 t/m 3 ontbreken" in p for p in report["audit_chain"]["problems"])


def test_check_finds_damage(used_file: Path) -> None:
    with used_file.open("r+b") as fh:
        fh.seek(2 * 4096)  # page 3
        fh.write(b"\xa5" * 4096)
    before = digest(used_file)
    code, report = check(used_file)
    assert code == 1
    assert report["integrity"] != "ok" and report["ok"] is False
    assert digest(used_file) == before


def test_check_of_a_missing_file_is_an_error(tmp_path: Path) -> None:
    result = run("check", "--db", str(tmp_path / "weg.sqlite"))
    assert result.returncode == 2
    assert "bestaat niet" in result.stderr
