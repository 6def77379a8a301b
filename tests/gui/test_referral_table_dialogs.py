"""The list size and the Vektis figures entered by the praktijkmanager: totals, O/E, templates."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from plusdesk.core.db import open_database
from plusdesk.core.practice import create_practice_file, validate_details
from plusdesk.core.referral_model import AGE_BANDS
from plusdesk.core.referral_tables import benchmark_rows, list_size
from plusdesk.core.users import Role, Session, add_user, login
from plusdesk.gui.dialogs.referral_common import YearTableDialog
from plusdesk.gui.dialogs.referral_tables import BenchmarkDialog, ListSizeDialog


@pytest.fixture
def practice(tmp_path: Path, first_account) -> Path:
    """A new practice file: its praktijkmanager and a read-only account."""
    path = create_practice_file(
        tmp_path / "praktijk.sqlite", validate_details("Praktijk Test", "01234567"), first_account
    )
    db = open_database(path)
    manager = login(db, first_account.username, first_account.password)
    add_user(manager, "lezer", first_account.password, None, Role.ALLEEN_LEZEN, "Lea Lezer")
    db.close()
    return path


@pytest.fixture
def session_of(practice: Path, first_account):
    opened = []

    def make(username: str | None = None) -> Session:
        db = open_database(practice)
        opened.append(db)
        return login(db, username or first_account.username, first_account.password)

    yield make
    for db in opened:
        db.close()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch):
    """Every message box: its text kept (with the report under it), answered with OK."""
    seen = SimpleNamespace(texts=[])

    def fake_exec(box: QMessageBox) -> int:
        seen.texts.append(f"{box.text()}\n{box.informativeText()}".strip())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


@pytest.fixture
def show(qtbot):
    def make(dialog: QDialog) -> QDialog:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def answer_unsaved(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list:
    asked: list[int] = []

    def ask(dialog: YearTableDialog) -> QMessageBox.StandardButton:
        asked.append(dialog.year())
        return answer

    monkeypatch.setattr(YearTableDialog, "ask_unsaved", ask)
    return asked


def type_number(qtbot, field: QWidget, text: str) -> None:
    """Select what is in a field, type over it and leave with Tab."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_list_size_shows_totals_as_typed_and_is_saved(qtbot, session_of, show) -> None:
    session = session_of()
    dialog = show(ListSizeDialog(session, 2024))
    assert "Voor 2024 is nog niets ingevuld." in dialog.status_label.text()
    assert dialog.total_label.text() == "0"
    type_number(qtbot, dialog.spins[("0-4", "M")], "180")
    type_number(qtbot, dialog.spins[("0-4", "V")], "175")
    type_number(qtbot, dialog.spins[("45-64", "V")], "1250")
    assert dialog.row_totals["0-4"].text() == "355"
    assert dialog.column_totals["V"].text() == "1.425"
    assert dialog.total_label.text() == "1.605"

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = list_size(session.db, 2024)
    assert stored[("0-4", "M")] == 180 and stored[("45-64", "V")] == 1250
    assert sum(stored.values()) == 1605 and len(stored) == 2 * len(AGE_BANDS)

    again = show(ListSizeDialog(session, 2024))  # opened again: as saved, no note
    assert again.total_label.text() == "1.605" and again.status_label.text() == ""
    assert not again.has_unsaved_changes()


def test_an_empty_list_size_is_refused_in_dutch_and_nothing_saved(qtbot, session_of, show):
    session = session_of()
    dialog = show(ListSizeDialog(session, 2023))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message_label.text() == "Vul voor 2023 minstens één aantal patiënten in."
    assert list_size(session.db, 2023) == {}


def test_changes_not_saved_are_asked_about_when_the_year_changes_or_the_dialog_closes(
    qtbot, session_of, show, monkeypatch
) -> None:
    session = session_of()
    dialog = show(ListSizeDialog(session, 2024))
    type_number(qtbot, dialog.spins[("25-44", "M")], "900")

    asked = answer_unsaved(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.year_spin.setValue(2025)
    assert asked == [2024] and dialog.year_spin.value() == 2024  # stays, still typed
    assert dialog.spins[("25-44", "M")].value() == 900

    asked = answer_unsaved(monkeypatch, QMessageBox.StandardButton.Save)
    dialog.year_spin.setValue(2025)  # saved for 2024, then 2025 shown
    assert list_size(session.db, 2024)[("25-44", "M")] == 900
    assert dialog.year() == 2025 and dialog.total_label.text() == "0"

    type_number(qtbot, dialog.spins[("85+", "V")], "40")
    asked = answer_unsaved(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [2025] and not dialog.isVisible()
    assert list_size(session.db, 2025) == {}


def test_vektis_rows_are_saved_with_their_oe_shown(qtbot, session_of, show) -> None:
    session = session_of()
    dialog = show(BenchmarkDialog(session, 2024))
    assert dialog.table.rowCount() == 0
    for subject, observed, expected in (("0322", "61", "47,3"), ("GGZ", "120", "150")):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        row = dialog.table.rowCount() - 1
        combo = dialog.table.cellWidget(row, dialog.SUBJECT)
        combo.setCurrentIndex(combo.findData(subject))
        type_number(qtbot, dialog.table.cellWidget(row, dialog.OBSERVED), observed)
        type_number(qtbot, dialog.table.cellWidget(row, dialog.EXPECTED), expected)
    lung = dialog.table.item(0, dialog.OE)
    assert lung.text() == "1,29 (0,99–1,66)"
    assert "niet duidelijk anders" in lung.toolTip().lower()
    ggz = dialog.table.item(1, dialog.OE)
    assert ggz.text() == "0,80 (0,66–0,96)" and ggz.toolTip().startswith("Lager dan verwacht")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = {(r.subject, r.observed, r.expected) for r in benchmark_rows(session.db, 2024)}
    assert stored == {("0322", 61, 47.3), ("GGZ", 120, 150.0)}

    again = show(BenchmarkDialog(session, 2024))
    assert again.table.rowCount() == 2
    assert again.table.item(0, again.OE).text() in {"1,29 (0,99–1,66)", "0,80 (0,66–0,96)"}


def test_a_vektis_row_without_expected_or_subject_is_refused_and_can_be_removed(
    qtbot, session_of, show
) -> None:
    session = session_of()
    dialog = show(BenchmarkDialog(session, 2024))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    combo = dialog.table.cellWidget(0, dialog.SUBJECT)
    combo.setCurrentIndex(combo.findData("0320"))
    type_number(qtbot, dialog.table.cellWidget(0, dialog.OBSERVED), "12")
    assert dialog.table.item(0, dialog.OE).text() == "—"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text() == (
        "Vul in regel 1 (0320 Cardiologie) het verwachte aantal in; dat moet groter dan 0 zijn."
    )
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    type_number(qtbot, dialog.table.cellWidget(1, dialog.OBSERVED), "5")
    type_number(qtbot, dialog.table.cellWidget(0, dialog.EXPECTED), "10")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Kies in regel 2 een specialisme of groep" in dialog.message_label.text()

    dialog.table.cellWidget(1, dialog.OBSERVED).setFocus()  # the user is in row 2
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [(r.subject, r.observed) for r in benchmark_rows(session.db, 2024)] == [("0320", 12)]
    assert benchmark_rows(session.db, 2024)[0].expected == 10.0


def test_a_template_is_saved_and_read_back_and_a_bad_one_shows_its_report(
    qtbot, session_of, show, boxes, tmp_path, monkeypatch
) -> None:
    session = session_of()
    dialog = show(ListSizeDialog(session, 2024))
    target = tmp_path / "omvang"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "omvang.csv"
    assert (
        written.read_text(encoding="utf-8-sig").splitlines()[0] == "jaar;leeftijd;geslacht;aantal"
    )
    assert "Sjabloon opgeslagen als" in dialog.status_label.text()

    bad = tmp_path / "fout.csv"
    bad.write_text("jaar;leeftijd;geslacht;aantal\n2024;0-4;M;180\n2024;0-4;X;12\n", "cp1252")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "niet ingelezen" in boxes.texts[-1]
    assert "Regel 3" in boxes.texts[-1] and "Geslacht 'X' is onbekend" in boxes.texts[-1]
    assert list_size(session.db, 2024) == {}

    good = tmp_path / "goed.csv"
    good.write_text("jaar;leeftijd;geslacht;aantal\n2024;0-4;M;180\n2024;85+;V;60\n", "cp1252")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.spins[("0-4", "M")].value() == 180
    assert dialog.total_label.text() == "240"
    assert "2 regels uit 'goed.csv' ingelezen en opgeslagen." in dialog.status_label.text()
    assert list_size(session.db, 2024)[("85+", "V")] == 60
    assert not dialog.has_unsaved_changes()


def test_vektis_figures_come_from_a_template_for_the_shown_year(
    qtbot, session_of, show, tmp_path, monkeypatch
) -> None:
    session = session_of()
    dialog = show(BenchmarkDialog(session, 2024))
    filled = tmp_path / "vektis.csv"
    filled.write_bytes(
        "jaar;specialisme;waargenomen;verwacht\r\n2024;0322;61;47,3\r\n2024;GGZ;120;150\r\n".encode(
            "cp1252"
        )
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(filled), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    shown = {
        dialog.table.cellWidget(r, dialog.SUBJECT).currentData(): dialog.table.item(r, 3).text()
        for r in range(dialog.table.rowCount())
    }
    assert shown == {"0322": "1,29 (0,99–1,66)", "GGZ": "0,80 (0,66–0,96)"}


def test_a_read_only_account_sees_the_figures_but_cannot_change_them(session_of, show) -> None:
    reader = session_of("lezer")
    dialog = show(ListSizeDialog(reader, 2024))
    assert not dialog.save_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.spins[("0-4", "M")].isReadOnly()
    assert "niet wijzigen" in dialog.status_label.text()
    vektis = show(BenchmarkDialog(reader, 2024))
    assert not vektis.add_button.isEnabled() and not vektis.save_button.isEnabled()


def test_the_mouse_wheel_over_a_vektis_field_does_not_change_it(
    qtbot, session_of, show, monkeypatch
) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    dialog = show(BenchmarkDialog(session_of(), 2024))
    dialog.add_row("0320", 12, 10.0)
    dialog.add_button.setFocus()
    spin = dialog.table.cellWidget(0, dialog.OBSERVED)
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(spin.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(spin, wheel)
    assert spin.value() == 12
    answer_unsaved(monkeypatch, QMessageBox.StandardButton.Discard)
