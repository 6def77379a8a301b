"""Choosing and preparing the data file at start: new practice, demo, refused files, cancel."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from plusdesk.core.practice import get_practice
from plusdesk.gui import app as gui_app
from plusdesk.gui.dialogs.practice import FirstStartDialog


@pytest.fixture
def answer_first_start(monkeypatch: pytest.MonkeyPatch):
    """Make the modal first-start dialog answer as a user would."""
    seen: list[FirstStartDialog] = []

    def install(action: str):
        def fake_exec(dialog: FirstStartDialog) -> int:
            seen.append(dialog)
            if action == "cancel":
                return QDialog.DialogCode.Rejected
            if action == "demo":
                dialog.demo_button.click()
            else:
                dialog.name_edit.setText("Huisartsen Aan de Maas")
                dialog.agb_edit.setText("01987654")
                dialog.list_size_spin.setValue(4200)
                dialog.username_edit.setText("m.jansen")
                dialog.full_name_edit.setText("Marieke Jansen")
                dialog.password_edit.setText("correct paard batterij")
                dialog.password2_edit.setText("correct paard batterij")
                dialog.create_button.click()
            return dialog.result()

        monkeypatch.setattr(FirstStartDialog, "exec", fake_exec)
        return seen

    return install


@pytest.fixture
def error_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def test_new_file_asks_for_the_practice_and_creates_it(answer_first_start, tmp_path: Path) -> None:
    seen = answer_first_start("create")
    session = gui_app.open_session(tmp_path / "nieuw.sqlite")
    assert len(seen) == 1
    assert session is not None
    practice = get_practice(session.db)
    session.db.close()
    assert practice is not None and practice.name == "Huisartsen Aan de Maas"
    assert practice.list_size == 4200
    # the one who set it up is signed in as the practice's manager
    assert session.user.username == "m.jansen" and session.user.role.label == "Praktijkmanager"


def test_first_start_can_choose_the_demo_and_keeps_own_file_free(
    answer_first_start, answer_login, tmp_path: Path
) -> None:
    answer_first_start("demo")
    logins = answer_login("demo")
    session = gui_app.open_session(tmp_path / "nieuw.sqlite", first_start=True)
    assert session is not None
    assert logins[0].demo_hint.isVisibleTo(logins[0])
    db = session.db
    practice = get_practice(db)
    db.close()
    assert practice is not None and practice.is_demo
    assert db.path == tmp_path / "appdata" / "demo.sqlite"
    assert not (tmp_path / "nieuw.sqlite").exists()


def test_demo_is_offered_only_at_the_first_start(answer_first_start, tmp_path: Path) -> None:
    seen = answer_first_start("cancel")
    gui_app.open_session(tmp_path / "a.sqlite", first_start=True)
    gui_app.open_session(tmp_path / "b.sqlite")
    assert [d.demo_button.isVisibleTo(d) for d in seen] == [True, False]


def test_cancel_creates_nothing(answer_first_start, tmp_path: Path) -> None:
    answer_first_start("cancel")
    assert gui_app.open_session(tmp_path / "nieuw.sqlite") is None
    assert list(tmp_path.glob("nieuw*")) == []


def test_existing_practice_asks_only_for_the_login(
    answer_first_start, answer_login, demo_file: Path
) -> None:
    seen = answer_first_start("cancel")
    answer_login("poh")
    session = gui_app.open_session(demo_file)
    assert session is not None and seen == []
    assert session.user.username == "poh"
    session.db.close()


def test_cancelled_login_opens_nothing(answer_login, demo_file: Path) -> None:
    answer_login(None)
    assert gui_app.open_session(demo_file) is None


def test_file_from_before_accounts_asks_for_the_first_account(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plusdesk.core.audit import AuditFilter, query
    from plusdesk.core.db import open_database
    from plusdesk.core.practice import FirstAccount, create_practice_file, validate_details
    from plusdesk.gui.dialogs.login import FirstAccountDialog

    path = tmp_path / "oud.sqlite"
    create_practice_file(path, validate_details("Oud", "01234567"), FirstAccount("x", "y" * 12))
    db = open_database(path)
    db.conn.execute("DELETE FROM account")  # as a file upgraded from schema 1 has none
    db.close()

    def fill(dialog: FirstAccountDialog) -> int:
        dialog.username_edit.setText("beheer")
        dialog.password_edit.setText("correct paard batterij")
        dialog.password2_edit.setText("correct paard batterij")
        dialog.create_button.click()
        return dialog.result()

    monkeypatch.setattr(FirstAccountDialog, "exec", fill)
    session = gui_app.open_session(path)
    assert session is not None and session.user.username == "beheer"
    assert query(session.db, AuditFilter(action="login"))[0].username == "beheer"
    session.db.close()


def test_foreign_file_is_refused_with_a_message(error_boxes, tmp_path: Path) -> None:
    path = tmp_path / "excel.sqlite"
    path.write_bytes(b"PK\x03\x04 not a database")
    assert gui_app.open_session(path) is None
    assert len(error_boxes) == 1 and "geen PlusDesk-bestand" in error_boxes[0]
    assert path.read_bytes() == b"PK\x03\x04 not a database"


def test_demo_flag_builds_the_demo_in_the_data_folder(tmp_path: Path) -> None:
    path = gui_app.resolve_path(None, demo=True)
    assert path == tmp_path / "appdata" / "demo.sqlite"
    assert path.exists()
    assert gui_app.resolve_path(None, demo=False) == tmp_path / "appdata" / "plusdesk.sqlite"
    assert gui_app.resolve_path(tmp_path / "x.sqlite", demo=True) == tmp_path / "x.sqlite"


def test_start_reopens_the_last_file_used(demo_file: Path, tmp_path: Path) -> None:
    from plusdesk.gui import settings

    settings.remember_recent(demo_file)
    assert gui_app.resolve_path(None, demo=False) == demo_file.resolve()
    demo_file.unlink()  # moved away: fall back to the default file
    assert gui_app.resolve_path(None, demo=False) == tmp_path / "appdata" / "plusdesk.sqlite"


def test_a_zorggroep_file_asks_for_a_login_and_never_for_a_practice(
    answer_first_start, answer_login, tmp_path: Path, first_account
) -> None:
    from plusdesk.core.db import open_database
    from plusdesk.core.workspace import create_workspace, is_workspace

    first_start = answer_first_start("create")
    logins = answer_login(first_account.username, first_account.password)
    path = create_workspace(tmp_path / "zorggroep.sqlite", "Zorggroep Test", first_account)
    session = gui_app.open_session(path)
    assert session is not None and is_workspace(session.db)
    assert session.user.username == first_account.username
    session.db.close()
    session.lock.release()
    assert len(logins) == 1 and first_start == []  # signed in; no practice asked for
    db = open_database(path, readonly=True)
    try:
        assert get_practice(db) is None  # no practice was written into it
    finally:
        db.close()
