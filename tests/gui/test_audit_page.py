"""The Audit page as the praktijkmanager uses it: search, who saw a patient, export, refusals."""

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from plusdesk.core import audit
from plusdesk.core.audit import AuditFilter
from plusdesk.core.users import login
from plusdesk.gui.models.audit_model import AuditTableModel
from plusdesk.gui.pages.audit import AuditPage

DEMO_PASSWORD = "plusdesk-demo"


@pytest.fixture
def open_page(qtbot):
    def build(session) -> AuditPage:
        page = AuditPage()
        qtbot.addWidget(page)
        page.resize(1000, 650)
        page.set_session(session)
        page.show()
        return page

    return build


def table(page: AuditPage, column: int) -> list[str]:
    """One column of the table as shown, top to bottom."""
    model = page.table.model()
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def log(db) -> list[audit.AuditEvent]:
    return audit.query(db, AuditFilter())


def test_manager_sees_the_latest_events_and_an_intact_chain(open_page, manager) -> None:
    page = open_page(manager)
    assert page.stack.currentIndex() == 0
    assert page.title == "Auditlog"
    assert "NEN 7513" in page.intro.text() and "5 jaar" in page.intro.text()
    assert table(page, AuditTableModel.ACTION)[0] == "Inloggen"
    assert table(page, AuditTableModel.USER)[0] == "demo"
    assert table(page, AuditTableModel.ROLE)[0] == "Praktijkmanager"
    assert page.summary.text().startswith("1 gebeurtenis van ")
    rows = len(log(manager.db))
    assert page.chain_label.text() == f"✓ Keten gecontroleerd: {rows} regels, intact."
    assert page.since_edit.displayFormat() == "dd-MM-yyyy"
    assert page.since_edit.calendarPopup()
    assert page.since_edit.date().daysTo(page.until_edit.date()) == 30


def test_looking_is_logged_only_when_the_page_is_seen(qtbot, manager) -> None:
    page = AuditPage()
    qtbot.addWidget(page)
    page.set_session(manager)
    assert [e.action for e in log(manager.db)] == ["login"]
    page.show()
    latest = log(manager.db)[0]
    assert (latest.action, latest.object_type, latest.username) == ("search", "auditlog", "demo")


def test_filter_by_user(qtbot, open_page, manager, demo_db) -> None:
    poh = login(demo_db, "poh", DEMO_PASSWORD)
    poh.record("view", object_type="conversation", object_id="3", patient_ref="H-1001")
    page = open_page(manager)
    assert "poh" in [page.user_combo.itemText(i) for i in range(page.user_combo.count())]
    assert page.user_combo.itemText(0) == "Alle gebruikers"
    assert page.action_combo.itemText(0) == "Alle acties"
    page.user_combo.setCurrentIndex(page.user_combo.findText("poh"))
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert table(page, AuditTableModel.USER) == ["poh", "poh"]
    assert table(page, AuditTableModel.ACTION) == ["Inzien", "Inloggen"]
    assert "door poh" in page.summary.text()


def test_filter_by_action(qtbot, open_page, manager) -> None:
    manager.record("print", object_type="conversation", object_id="4", patient_ref="H-7")
    page = open_page(manager)
    page.action_combo.setCurrentIndex(page.action_combo.findText("Afdrukken"))
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert table(page, AuditTableModel.ACTION) == ["Afdrukken"]
    assert table(page, AuditTableModel.PATIENT) == ["H-7"]


def test_who_saw_this_patient_shows_exactly_their_events(qtbot, open_page, manager, demo_db):
    poh = login(demo_db, "poh", DEMO_PASSWORD)
    manager.record("view", object_type="conversation", object_id="1", patient_ref="H-1001")
    poh.record("view", object_type="conversation", object_id="1", patient_ref="H-1001")
    poh.record("update", object_type="conversation", object_id="1", patient_ref="H-1001")
    poh.record("view", object_type="conversation", object_id="2", patient_ref="H-2002")
    page = open_page(manager)
    page.user_combo.setCurrentIndex(page.user_combo.findText("demo"))  # reset by the question
    qtbot.keyClicks(page.patient_edit, "H-1001")
    qtbot.keyClick(page.patient_edit, Qt.Key.Key_Return)
    assert table(page, AuditTableModel.USER) == ["poh", "poh", "demo"]
    assert table(page, AuditTableModel.ACTION) == ["Wijzigen", "Inzien", "Inzien"]
    assert set(table(page, AuditTableModel.PATIENT)) == {"H-1001"}
    assert page.user_combo.currentText() == "Alle gebruikers"
    assert page.summary.text().startswith("3 gebeurtenissen met patiënt H-1001 van ")
    assert not page.patient_error.isVisible()
    asked = log(demo_db)[0]
    assert (asked.action, asked.patient_ref, asked.username) == ("search", "H-1001", "demo")


def test_a_bsn_is_explained_and_not_searched(qtbot, open_page, manager) -> None:
    page = open_page(manager)
    before = len(log(manager.db))
    shown = table(page, AuditTableModel.ACTION)
    qtbot.keyClicks(page.patient_edit, "111222333")
    qtbot.mouseClick(page.patient_button, Qt.MouseButton.LeftButton)
    assert page.patient_error.isVisible()
    assert "BSN" in page.patient_error.text()
    assert "patiëntnummer uit uw HIS" in page.patient_error.text()
    assert len(log(manager.db)) == before
    assert table(page, AuditTableModel.ACTION) == shown
    qtbot.keyClick(page.patient_edit, Qt.Key.Key_Backspace)
    assert not page.patient_error.isVisible()  # typing again clears the message


def test_asking_without_a_patient_number_says_what_is_missing(qtbot, open_page, manager):
    page = open_page(manager)
    before = len(log(manager.db))
    qtbot.mouseClick(page.patient_button, Qt.MouseButton.LeftButton)
    assert page.patient_error.text() == "Vul het patiëntnummer uit het HIS in."
    assert len(log(manager.db)) == before


def test_a_selection_without_events_says_so(qtbot, open_page, manager) -> None:
    page = open_page(manager)
    page.since_edit.setDate(QDate(2019, 1, 1))
    page.until_edit.setDate(QDate(2019, 1, 31))
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert page.results.currentIndex() == 1
    assert page.empty_label.text() == "Geen gebeurtenissen gevonden voor deze selectie."
    assert page.summary.text() == "Geen gebeurtenissen van 01-01-2019 t/m 31-01-2019."
    assert not page.export_button.isEnabled()


def test_the_end_date_cannot_lie_before_the_start(open_page, manager) -> None:
    page = open_page(manager)
    page.since_edit.setDate(QDate(2025, 3, 10))
    page.until_edit.setDate(QDate(2025, 3, 1))
    assert page.until_edit.date() == QDate(2025, 3, 10)


def test_export_writes_the_rows_shown_and_is_logged(
    qtbot, open_page, manager, demo_db, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    manager.record("view", object_type="conversation", object_id="1", patient_ref="H-1001")
    page = open_page(manager)
    offered: list[str] = []

    def choose(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(tmp_path / "auditlog-juni"), "CSV-bestanden (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    today = date.today().strftime("%d-%m-%Y")
    assert Path(offered[0]).name == f"auditlog-{today}.csv"
    target = tmp_path / "auditlog-juni.csv"
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][:3] == ["Nr", "Datum en tijd", "Gebruiker"]
    assert len(rows) - 1 == page.table.model().rowCount() == 2
    assert [r[5] for r in rows[1:]] == ["Inzien", "Inloggen"]
    assert page.status_label.isVisible()
    assert str(target) in page.status_label.text()
    assert "vastgelegd in het auditlog" in page.status_label.text()
    exported = log(demo_db)[0]
    assert exported.action == "export"
    assert exported.detail.startswith("2 regels naar auditlog-juni.csv")


def test_cancelling_the_export_writes_and_logs_nothing(
    qtbot, open_page, manager, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(manager)
    before = len(log(manager.db))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert len(log(manager.db)) == before
    assert not page.status_label.isVisible()


def test_a_failed_export_is_shown_as_an_error(
    qtbot, open_page, manager, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(manager)
    missing = tmp_path / "bestaat-niet" / "auditlog.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(missing), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert shown and "Er is niets geëxporteerd" in shown[0]
    assert not page.status_label.isVisible()
    assert log(manager.db)[0].action != "export"


@pytest.mark.parametrize("name", ["poh", "lezer"])
def test_other_roles_get_a_message_instead_of_the_log(open_page, manager, demo_db, name) -> None:
    session = login(demo_db, name, DEMO_PASSWORD)
    page = open_page(session)
    assert page.stack.currentIndex() == 1
    assert "het auditlog inzien" in page.denied_label.text()
    assert "praktijkmanager" in page.denied_label.text()
    assert page.table.model().rowCount() == 0
    refused = log(demo_db)[0]
    assert (refused.username, refused.result) == (name, "denied")


def test_a_changed_audit_row_is_reported_in_red(open_page, manager) -> None:
    conn = manager.db.conn
    conn.execute("DROP TRIGGER audit_log_no_update")  # what someone tampering would do
    conn.execute("UPDATE audit_log SET username = 'iemand' WHERE id = 1")
    page = open_page(manager)
    text = page.chain_label.text()
    assert text.startswith("Let op: het auditlog is niet intact")
    assert "Auditregel 1 is achteraf gewijzigd." in text
    assert "b3261e" in page.chain_label.styleSheet()


def test_tab_moves_through_the_filters_in_reading_order(qtbot, open_page, manager) -> None:
    page = open_page(manager)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    expected = [
        page.since_edit,
        page.until_edit,
        page.user_combo,
        page.action_combo,
        page.search_button,
        page.patient_edit,
        page.patient_button,
        page.table,
        page.export_button,
    ]
    page.since_edit.setFocus()
    reached = [QApplication.focusWidget()]
    for _ in expected[1:]:
        # In a date field Tab first steps through day, month and year, as everywhere in Qt.
        for _press in range(4):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not reached[-1]:
                break
        reached.append(QApplication.focusWidget())
    assert reached == expected
