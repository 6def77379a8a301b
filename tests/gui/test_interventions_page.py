"""The intervention register as the praktijkmanager uses it: status changes, history, checklist."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from plusdesk.core import interventions
from plusdesk.core.db import open_database
from plusdesk.core.users import login
from plusdesk.gui.dialogs.intervention import InterventionDialog, PreconditionDialog
from plusdesk.gui.dialogs.status import LocalInterventionDialog, StatusDialog, UndoDialog
from plusdesk.gui.main_window import MainWindow
from plusdesk.gui.models.register_model import RegisterModel


@pytest.fixture
def page_of(qtbot, demo_file: Path):
    """The Interventies page of a main window signed in as a demo user."""

    def make(username: str = "demo"):
        session = login(open_database(demo_file), username, "plusdesk-demo")
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.show_page(1)
        return window.page(1)

    return make


def cell(page, code: str, column: int) -> str:
    model = page.proxy
    for row in range(model.rowCount()):
        if model.index(row, RegisterModel.CODE).data() == code:
            return model.index(row, column).data()
    raise AssertionError(f"{code} not shown")


def answer_status(monkeypatch, status: str, day: date, note: str = "", reason: str = ""):
    """Fill the status dialog as a user would and press Opslaan; keeps each dialog."""
    seen: list[StatusDialog] = []

    def fake_exec(dialog: StatusDialog) -> int:
        seen.append(dialog)
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(status))
        dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
        dialog.note_edit.setPlainText(note)
        dialog.reason_edit.setText(reason)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(StatusDialog, "exec", fake_exec)
    return seen


def test_a_status_change_shows_in_the_register_the_progress_and_the_history(
    qtbot, page_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of()
    assert cell(page, "PE-06", RegisterModel.STATUS) == "niet gestart"
    assert page.cards[0].figure.text() == "3 van 6 geïmplementeerd"

    page.search_edit.setText("patiëntenpanel")  # the user finds it by typing
    assert page.proxy.rowCount() == 1
    page.table.selectRow(0)
    answer_status(monkeypatch, "voorbereiding", date(2024, 3, 1), "Besproken in het MT")
    page.status_button.click()
    assert cell(page, "PE-06", RegisterModel.STATUS) == "in voorbereiding"
    assert cell(page, "PE-06", RegisterModel.SINCE) == "01-03-2024"

    # recorded late: implemented since 1 September 2025, a date in the past
    answer_status(monkeypatch, "geimplementeerd", date(2025, 9, 1))
    page.status_button.click()
    assert cell(page, "PE-06", RegisterModel.STATUS) == "geïmplementeerd"
    assert cell(page, "PE-06", RegisterModel.STARTED) == "01-09-2025"
    assert page.cards[0].figure.text() == "4 van 6 geïmplementeerd"
    assert page.cards[0].bar.value() == 4
    page.search_edit.clear()
    assert page.summary.text() == "14 van 18 interventies geïmplementeerd of geborgd."

    # the history: newest effective date first, recorded by the signed-in user
    dialog = page.intervention_dialog("PE-06")
    qtbot.addWidget(dialog)
    history = dialog.history
    assert history.rowCount() == 2
    assert [history.item(r, 0).text() for r in range(2)] == ["01-09-2025", "01-03-2024"]
    assert [history.item(r, 1).text() for r in range(2)] == ["geïmplementeerd", "in voorbereiding"]
    assert history.item(1, 2).text() == "Besproken in het MT"
    assert "door Demo Praktijkmanager" in history.item(0, 3).text()
    assert "geïmplementeerd op 01-09-2025" in dialog.state_label.text()

    # a wrong entry is undone explicitly: it stays visible, struck through
    history.selectRow(0)
    monkeypatch.setattr(
        UndoDialog,
        "exec",
        lambda d: (d.note_edit.setText("verkeerde interventie"), d.save(), d.result())[-1],
    )
    dialog.undo_button.click()
    assert history.rowCount() == 2
    assert history.item(0, 4).text().startswith("ongedaan gemaakt")
    assert "verkeerde interventie" in history.item(0, 4).text()
    assert history.item(0, 0).font().strikeOut()
    assert "Huidige status: <b>in voorbereiding</b>" in dialog.state_label.text()
    assert cell(page, "PE-06", RegisterModel.STATUS) == "in voorbereiding"
    assert page.cards[0].figure.text() == "3 van 6 geïmplementeerd"


def test_a_step_back_without_a_note_is_explained_under_the_field(
    page_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of()
    page.search_edit.setText("PE-01")  # geborgd in the demo
    page.table.selectRow(0)
    seen = answer_status(monkeypatch, "gestart", date(2026, 1, 5))
    page.status_button.click()
    dialog = seen[0]
    assert not dialog.result()
    message = dialog.form.messages["note"]
    assert not message.isHidden()
    assert "stap terug" in message.text() and "toelichting" in message.text()
    assert cell(page, "PE-01", RegisterModel.STATUS) == "geborgd"


def test_stopping_asks_for_a_reason_first(page_of, monkeypatch: pytest.MonkeyPatch) -> None:
    page = page_of()
    page.search_edit.setText("PE-04")
    page.table.selectRow(0)
    seen = answer_status(monkeypatch, "gestopt", date(2026, 2, 1))
    page.status_button.click()
    assert seen[0].form.messages["reason"].text() == "Vul de reden van stoppen in."
    assert cell(page, "PE-04", RegisterModel.STATUS) == "gestart (pilot)"
    answer_status(monkeypatch, "gestopt", date(2026, 2, 1), reason="geen capaciteit")
    page.status_button.click()
    assert cell(page, "PE-04", RegisterModel.STATUS) == "gestopt"
    index = next(
        page.proxy.index(r, RegisterModel.STATUS)
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, RegisterModel.CODE).data() == "PE-04"
    )
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Reden: geen capaciteit"


def test_correcting_an_entry_keeps_the_old_one_visible(
    qtbot, page_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of()
    dialog = page.intervention_dialog("DZ-06")  # in voorbereiding in the demo
    qtbot.addWidget(dialog)
    old_date = dialog.history.item(0, 0).text()
    dialog.history.selectRow(0)
    seen = answer_status(monkeypatch, "voorbereiding", date(2024, 6, 3), "datum stond verkeerd")
    dialog.correct_button.click()
    assert seen[0].windowTitle() == "Statusregel corrigeren"
    assert dialog.history.rowCount() == 2
    texts = {dialog.history.item(r, 0).text(): r for r in range(2)}
    assert texts.keys() == {old_date, "03-06-2024"}
    old = texts[old_date]
    assert dialog.history.item(old, 4).text().startswith("gecorrigeerd")
    assert dialog.history.item(texts["03-06-2024"], 2).text().startswith("(correctie)")
    assert cell(page, "DZ-06", RegisterModel.SINCE) == "03-06-2024"


def test_ticking_a_precondition_asks_since_when_and_counts(
    qtbot, page_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plusdesk.core.clock import format_date
    from plusdesk.core.validation import today

    page = page_of()
    assert cell(page, "PE-06", RegisterModel.PRECONDITIONS) == "0 van 3"
    dialog = page.intervention_dialog("PE-06")
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    asked: list[PreconditionDialog] = []

    def accept_today(d: PreconditionDialog) -> int:
        asked.append(d)
        assert d.met_check.isChecked() and d.date_edit.date() == QDate(
            today().year, today().month, today().day
        )
        return 1

    monkeypatch.setattr(PreconditionDialog, "exec", accept_today)
    dialog.checklist.item(0, 0).setCheckState(Qt.CheckState.Checked)  # the user ticks it
    assert len(asked) == 1
    assert dialog.checklist.item(0, 1).text() == format_date(today())
    assert dialog.checklist_summary.text() == "Aan 1 van de 3 randvoorwaarden is voldaan."
    assert cell(page, "PE-06", RegisterModel.PRECONDITIONS) == "1 van 3"

    # ticking and then cancelling the question leaves it unticked and unsaved
    monkeypatch.setattr(PreconditionDialog, "exec", lambda d: 0)
    dialog.checklist.item(2, 0).setCheckState(Qt.CheckState.Checked)
    assert dialog.checklist.item(2, 0).checkState() == Qt.CheckState.Unchecked
    assert cell(page, "PE-06", RegisterModel.PRECONDITIONS) == "1 van 3"

    # a date in the past with a note, through Bijwerken…
    def fill(d: PreconditionDialog) -> int:
        d.met_check.setChecked(True)
        d.date_edit.setDate(QDate(2025, 4, 14))
        d.note_edit.setText("scholing op de ALV")
        return 1

    monkeypatch.setattr(PreconditionDialog, "exec", fill)
    dialog.checklist.selectRow(1)
    dialog.precondition_button.click()
    assert dialog.checklist.item(1, 1).text() == "14-04-2025"
    assert dialog.checklist.item(1, 2).text() == "scholing op de ALV"
    assert cell(page, "PE-06", RegisterModel.PRECONDITIONS) == "2 van 3"

    # unticking asks first; "Nee" keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog.checklist.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.checklist.item(1, 1).text() == "14-04-2025"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.checklist.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.checklist.item(1, 1).text() == ""
    assert cell(page, "PE-06", RegisterModel.PRECONDITIONS) == "1 van 3"


def test_maatwerk_is_saved_and_unsaved_text_is_not_lost_silently(
    qtbot, page_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of()
    dialog = page.intervention_dialog("PE-06")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    dialog.responsible_combo.setCurrentText("Anouk Janssen")
    dialog.maatwerk_edit.setPlainText("Panel van acht patiënten, twee keer per jaar.")
    asked: list[str] = []

    def ask(d: InterventionDialog) -> QMessageBox.StandardButton:
        asked.append(d.code)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(InterventionDialog, "ask_unsaved", ask)
    dialog.reject()  # Escape / Sluiten with unsaved text
    assert asked and dialog.isVisible()
    dialog.save_button.click()
    assert "Laatst bijgewerkt" in dialog.saved_label.text()
    assert cell(page, "PE-06", RegisterModel.RESPONSIBLE) == "Anouk Janssen"
    dialog.reject()
    assert len(asked) == 1  # nothing unsaved any more: closes without asking
    assert not dialog.isVisible()


def test_an_own_intervention_is_added_retired_and_brought_back(
    page_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of()

    def fill(d: LocalInterventionDialog) -> int:
        d.domain_combo.setCurrentIndex(d.domain_combo.findData("PE"))
        d.title_edit.setText("Valpreventie met de fysiotherapeut")
        d.save()
        return d.result()

    monkeypatch.setattr(LocalInterventionDialog, "exec", fill)
    page.add_button.click()
    assert page.selected_code() == "PE-L01"
    assert cell(page, "PE-L01", RegisterModel.TITLE) == "Valpreventie met de fysiotherapeut (eigen)"
    assert page.cards[0].figure.text() == "3 van 7 geïmplementeerd"

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.retire_button.click()
    assert page.cards[0].figure.text() == "3 van 6 geïmplementeerd"
    assert page.proxy.rowCount() == 18
    page.retired_check.setChecked(True)
    assert cell(page, "PE-L01", RegisterModel.TITLE).endswith("(eigen) – vervallen")
    page.select("PE-L01")
    assert page.retire_button.text() == "&Terugzetten"
    page.retire_button.click()
    assert page.cards[0].figure.text() == "3 van 7 geïmplementeerd"


def test_filters_by_status_and_domain(page_of) -> None:
    page = page_of()
    page.status_filter.setCurrentIndex(page.status_filter.findData("gestopt"))
    assert page.proxy.rowCount() == 1
    assert cell(page, "PE-05", RegisterModel.STATUS) == "gestopt"
    assert page.summary.text().endswith("1 getoond.")
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    page.domain_combo.setCurrentIndex(page.domain_combo.findData("DZ"))
    assert [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())] == ["DZ-06"]


def test_sorting_by_status_follows_the_workflow(page_of) -> None:
    page = page_of()
    page.table.sortByColumn(RegisterModel.STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [
        page.proxy.index(r, RegisterModel.STATUS).data() for r in range(page.proxy.rowCount())
    ]
    assert statuses[0] == "niet gestart"
    assert statuses[-1] == "gestopt"
    assert statuses.index("in voorbereiding") < statuses.index("gestart (pilot)")


def test_other_roles_see_the_register_but_cannot_change_it(qtbot, page_of) -> None:
    page = page_of("poh")
    assert page.proxy.rowCount() == 18
    assert not page.status_button.isVisible()
    assert not page.add_button.isVisible()
    assert not page.load_button.isVisible()
    dialog = page.intervention_dialog("PE-01")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.change_button.isVisible()
    assert dialog.read_only_note.isVisible()
    assert dialog.maatwerk_edit.isReadOnly()
    assert not dialog.checklist.item(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_history_is_the_core_history(qtbot, page_of) -> None:
    """The dialog shows every entry of the core, incl. the demo's correction of DZ-02."""
    page = page_of()
    dialog = page.intervention_dialog("DZ-02")
    qtbot.addWidget(dialog)
    entries = interventions.history(page.db, "DZ-02")
    assert dialog.history.rowCount() == len(entries)
    standings = [dialog.history.item(r, 4).text() for r in range(len(entries))]
    assert sum(s.startswith("gecorrigeerd") for s in standings) == 1


def test_clicking_a_timeline_bar_opens_that_intervention(
    qtbot, page_of, monkeypatch: pytest.MonkeyPatch
) -> None:

    page = page_of()
    page.tabs.setCurrentIndex(page.TIMELINE)  # the chart is built when its tab is opened
    chart = page.timeline_chart
    assert chart is not None and len(chart.rows) == 18
    opened: list[str] = []
    monkeypatch.setattr(InterventionDialog, "exec", lambda d: opened.append(d.code) or 0)
    bar = next(b for b in chart.bars if b.code == "PE-05" and b.status.value == "gestopt")
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_center(bar))
    assert opened == ["PE-05"]
    assert page.selected_code() == "PE-05"  # back in the register, that row is selected

    page.tabs.setCurrentIndex(page.PROGRESS)
    counts = page.progress_chart.current_counts()
    assert counts == {"PE": 3, "DZ": 5, "WZ": 5}


def test_the_register_comes_back_in_the_view_and_order_the_user_left(page_of) -> None:
    page = page_of()
    page.table.sortByColumn(RegisterModel.STATUS, Qt.SortOrder.DescendingOrder)
    page.tabs.setCurrentIndex(page.PROGRESS)
    again = page_of()  # the next start of PlusDesk
    assert again.tabs.currentIndex() == again.PROGRESS
    assert again.progress_chart is not None
    header = again.table.horizontalHeader()
    assert header.sortIndicatorSection() == RegisterModel.STATUS
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.proxy.index(0, RegisterModel.STATUS).data() == "gestopt"
