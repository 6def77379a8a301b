"""Bestand → Back-ups: make one, see it listed, put one back, and who may do what."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from plusdesk.core import backup
from plusdesk.core.backup import backups_of
from plusdesk.core.users import login
from plusdesk.gui.dialogs.backups import BackupsDialog

DEMO_PASSWORD = "plusdesk-demo"


def open_dialog(qtbot, session) -> BackupsDialog:
    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cells(dialog: BackupsDialog, column: int) -> list[str]:
    return [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())]


def rename_practice(db, name: str) -> None:
    with db.transaction() as conn:
        conn.execute("UPDATE practice SET name = ?", (name,))


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.question answered Yes; the texts asked are collected."""
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_make_a_backup_and_see_it_listed(qtbot, manager) -> None:
    dialog = open_dialog(qtbot, manager)
    assert dialog.table.rowCount() == 0
    assert "nog geen back-ups" in dialog.summary_note.text()
    assert not dialog.restore_button.isEnabled()

    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)

    assert cells(dialog, 2) == ["Handmatig"]
    assert cells(dialog, 3)[0].endswith("kB")
    assert "Back-up gemaakt" in dialog.status.text()
    practice = manager.db.scalar("SELECT name FROM practice")
    assert dialog.summary_labels["practice"].text() == practice
    assert dialog.summary_labels["accounts"].text() == "5"
    assert dialog.summary_labels["interventions"].text() == "18"
    assert dialog.restore_button.isEnabled()
    assert "demo-backups" in dialog.folder_label.text()


def test_restore_brings_the_data_back(qtbot, manager, questions: list[str]) -> None:
    dialog = open_dialog(qtbot, manager)
    original = manager.db.scalar("SELECT name FROM practice")
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    made = dialog.selected()
    rename_practice(manager.db, "Per ongeluk gewijzigd")

    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert manager.db.scalar("SELECT name FROM practice") == original
    [asked] = questions
    assert made.created.strftime("%d-%m-%Y") in asked and made.created.strftime("%H:%M") in asked
    assert "eerst een back-up van de huidige gegevens" in asked
    assert sorted(cells(dialog, 2)) == ["Handmatig", "Voor terugzetten"]
    assert dialog.selected().reason == "voor-herstel"
    assert dialog.summary_labels["practice"].text() == "Per ongeluk gewijzigd"
    assert "is teruggezet" in dialog.status.text()


def test_saying_no_restores_nothing(qtbot, manager, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog = open_dialog(qtbot, manager)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    rename_practice(manager.db, "Huidige naam")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert manager.db.scalar("SELECT name FROM practice") == "Huidige naam"
    assert cells(dialog, 2) == ["Handmatig"]


def test_choose_another_folder(
    qtbot, manager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "USB Één"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    dialog = open_dialog(qtbot, manager)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert "USB Één" in dialog.folder_label.text()
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert [b.path.parent for b in backups_of(manager.db)] == [usb]


def test_unreachable_folder_is_explained(
    qtbot, manager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backup.set_backup_folder(manager, usb)
    usb.rmdir()
    shown: list[str] = []
    monkeypatch.setattr(
        "plusdesk.gui.app.show_error", lambda parent, error: shown.append(error.message)
    )
    dialog = open_dialog(qtbot, manager)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "USB-stick" in shown[0]
    assert dialog.table.rowCount() == 0


def test_poh_may_make_a_backup_but_not_restore_or_move_them(qtbot, demo_db) -> None:
    manager = login(demo_db, "demo", DEMO_PASSWORD)
    backup.make_backup_as(manager)
    poh = login(demo_db, "poh", DEMO_PASSWORD)
    dialog = open_dialog(qtbot, poh)
    assert dialog.table.rowCount() == 1
    assert not dialog.restore_button.isEnabled()
    assert not dialog.folder_button.isEnabled()
    assert "praktijkmanager" in dialog.restore_button.toolTip()
    assert dialog.permission_note.isVisible()
    assert dialog.make_button.isEnabled()
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2
    assert not dialog.restore_button.isEnabled()
