"""Opening a file safely: one PlusDesk per file, damage recovered from a backup, backups kept."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from plusdesk.core.backup import backups_of, list_backups, make_backup
from plusdesk.core.db import open_database
from plusdesk.core.lock import InstanceLock, lock_path_for
from plusdesk.core.users import login
from plusdesk.gui import app as gui_app
from plusdesk.gui.main_window import MainWindow


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Every message box the user would see, answered Yes where a question is asked."""
    seen: dict[str, list[str]] = {"error": [], "question": [], "info": []}
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen["error"].append(box.text()) or 0)

    def question(_parent, _title, text, *_a, **_k):
        seen["question"].append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *_a, **_k: seen["info"].append(text)
    )
    return seen


def test_a_second_plusdesk_on_the_same_file_is_refused(
    boxes, answer_login, demo_file: Path
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from plusdesk.core.lock import InstanceLock;"
            "lock = InstanceLock.acquire(sys.argv[1], 'poh'); print('held', flush=True);"
            "time.sleep(60)",
            str(demo_file),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        logins = answer_login("demo")
        assert gui_app.open_session(demo_file) is None
        assert logins == []  # refused before anything was opened
        assert len(boxes["error"]) == 1 and "poh" in boxes["error"][0]
    finally:
        holder.kill()
        holder.wait()


def test_the_lock_is_held_while_working_and_released_at_close(
    qtbot, answer_login, demo_file: Path
) -> None:
    answer_login("demo")
    session = gui_app.open_session(demo_file)
    assert session is not None and session.lock is not None and session.lock.held
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    # a colleague who is refused is told who has the file, by PlusDesk name
    assert "Demo Praktijkmanager" in lock_path_for(demo_file).read_text(encoding="utf-8")
    window.close()
    assert not lock_path_for(demo_file).exists()
    InstanceLock.acquire(demo_file).release()  # free for the next user


def test_a_lock_left_by_a_crash_is_cleared_and_mentioned(
    qtbot, answer_login, demo_file: Path
) -> None:
    crashed = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from plusdesk.core.lock import InstanceLock;"
            "InstanceLock.acquire(sys.argv[1], 'huisarts'); print('held', flush=True);"
            "time.sleep(60)",
            str(demo_file),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert crashed.stdout.readline().strip() == "held"
    crashed.kill()  # kill -9: no clean shutdown
    crashed.wait()
    answer_login("demo")
    session = gui_app.open_session(demo_file)
    assert session is not None
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert "niet netjes afgesloten" in window.statusBar().currentMessage()
    window.close()


def damage(path: Path) -> None:
    """Overwrite a few pages in the middle, as a failing disk or a cut network would."""
    with path.open("r+b") as fh:
        for page in (3, 8):
            fh.seek(page * 4096)
            fh.write(b"\xde\xad" * 2048)


def test_a_damaged_file_offers_the_newest_good_backup(
    boxes, answer_login, demo_file: Path, manager
) -> None:
    manager.record("view", object_type="practice")
    make_backup(manager.db, "handmatig")
    manager.db.close()
    damage(demo_file)
    answer_login("demo")
    session = gui_app.open_session(demo_file)
    assert session is not None, boxes
    assert "beschadigd" in boxes["question"][0]
    assert "Gezondheidscentrum" in boxes["question"][0] or "(demo)" in boxes["question"][0]
    assert "beschadigd" in boxes["info"][0]  # where the damaged copy was kept
    aside = list(demo_file.parent.glob("demo.beschadigd-*.sqlite"))
    assert len(aside) == 1
    assert session.db.scalar("PRAGMA quick_check") == "ok"
    session.db.close()
    session.lock.release()


def test_a_damaged_file_without_backup_is_left_alone(
    boxes, answer_login, demo_file: Path, tmp_path: Path
) -> None:
    damage(demo_file)
    before = demo_file.read_bytes()
    answer_login("demo")
    assert gui_app.open_session(demo_file) is None
    assert "geen goede back-up" in boxes["error"][0]
    assert demo_file.read_bytes() == before
    assert not lock_path_for(demo_file).exists()


def test_closing_after_changes_leaves_a_backup(qtbot, demo_file: Path) -> None:
    session = login(open_database(demo_file), "demo", "plusdesk-demo")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    session.record("view", object_type="practice")
    folder_backups = backups_of(session.db)
    window.close()
    after = list_backups(demo_file.parent / "demo-backups")
    assert len(after) == len(folder_backups) + 1
    assert after[0].reason == "afsluiten"


def test_backups_menu_opens_the_dialog(qtbot, demo_file: Path, monkeypatch) -> None:
    from plusdesk.gui.dialogs.backups import BackupsDialog

    opened: list[BackupsDialog] = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda d: opened.append(d) or 0)
    window = MainWindow(login(open_database(demo_file), "demo", "plusdesk-demo"))
    qtbot.addWidget(window)
    window.backups_action.trigger()
    assert len(opened) == 1


def test_a_damaged_header_with_backups_beside_it_is_treated_as_damage(
    boxes, answer_login, demo_file: Path, manager
) -> None:
    make_backup(manager.db, "handmatig")
    manager.db.close()
    with demo_file.open("r+b") as fh:
        fh.write(b"\x00" * 16)  # the "SQLite format 3" magic is gone
    answer_login("demo")
    session = gui_app.open_session(demo_file)
    assert session is not None, boxes
    assert "beschadigd" in boxes["question"][0]
    assert session.db.scalar("PRAGMA quick_check") == "ok"
    session.db.close()
    session.lock.release()
