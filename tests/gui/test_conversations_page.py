"""The Gesprekken page as POH and manager use it: list, follow-ups, patient, figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from plusdesk.core.audit import AuditFilter, query
from plusdesk.core.conversation_figures import figures
from plusdesk.core.conversation_list import follow_up_counts
from plusdesk.core.db import open_database
from plusdesk.core.users import login
from plusdesk.gui.dialogs.patient import PatientDialog
from plusdesk.gui.main_window import MainWindow
from plusdesk.gui.models.conversation_table import ConversationTable

OVERVIEW, CONVERSATIONS = 0, 2


@pytest.fixture
def window_of(qtbot, demo_file: Path):
    """A main window signed in as one of the demo accounts."""

    def make(username: str = "poh") -> MainWindow:
        window = MainWindow(login(open_database(demo_file), username, "plusdesk-demo"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def shown(page, column: int) -> list[str]:
    model = page.proxy
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select_patient_with_history(page) -> str:
    """Select the newest conversation of a patient who had three or more."""
    numbers = shown(page, ConversationTable.NUMBER)
    row = next(r for r, n in enumerate(numbers) if int(n.rstrip("e")) >= 3)
    page.table.selectRow(row)
    return shown(page, ConversationTable.PATIENT)[row]


def test_overzicht_counts_follow_ups_and_clicks_through_to_them(qtbot, window_of) -> None:
    window = window_of("poh")
    window.show_page(OVERVIEW)
    overview = window.page(OVERVIEW)
    overdue, this_week = follow_up_counts(window.db)
    assert overdue > 0 and this_week > 0  # the demo has both
    tile = overview.tiles["followups"]
    assert tile.value.text() == str(overdue)
    assert f"{this_week} vervolgafspraken deze week" in tile.note.text()
    assert overview.tiles["conversations"].value.text() != "—"

    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    page = window.page(CONVERSATIONS)
    assert window.stack.currentWidget() is page
    assert page.follow_up_combo.currentText() == "Verlopen"
    assert shown(page, ConversationTable.FOLLOW_UP) == ["verlopen"] * overdue

    window.show_page(OVERVIEW)
    tile.note.linkActivated.emit("deze_week")  # the "… deze week" link under the figure
    assert shown(page, ConversationTable.FOLLOW_UP) == ["deze week"] * this_week


def test_without_follow_ups_the_tile_offers_no_empty_click_through(
    qtbot, tmp_path: Path, first_account
) -> None:
    from plusdesk.core.practice import create_practice_file, validate_details

    path = create_practice_file(
        tmp_path / "nieuw.sqlite", validate_details("Praktijk Nieuw", "01234567"), first_account
    )
    window = MainWindow(login(open_database(path), first_account.username, first_account.password))
    qtbot.addWidget(window)
    window.show()
    tile = window.page(OVERVIEW).tiles["followups"]
    assert tile.value.text() == "0"
    assert tile.note.text() == "0 vervolgafspraken deze week"  # plain text, not a link
    assert not tile.linked and tile.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_list_searches_and_filters_and_says_how_many(window_of) -> None:
    window = window_of("poh")
    window.show_page(CONVERSATIONS)
    page = window.page(CONVERSATIONS)
    total = window.db.scalar("SELECT count(*) FROM conversation")
    assert page.proxy.rowCount() == total
    patients = window.db.scalar("SELECT count(DISTINCT patient_ref) FROM conversation")
    assert page.summary.text() == f"{total} gesprekken met {patients} patiënten."
    dates = [d.split("-")[::-1] for d in shown(page, ConversationTable.HELD_ON)]
    assert dates == sorted(dates, reverse=True)  # newest first

    ref = select_patient_with_history(page)
    page.search_edit.setText(ref)
    assert set(shown(page, ConversationTable.PATIENT)) == {ref}
    page.search_edit.clear()
    page.reason_combo.setCurrentIndex(page.reason_combo.findData("kwetsbaar"))
    assert set(shown(page, ConversationTable.REASON)) == {"kwetsbaar"}
    page.period_combo.setCurrentIndex(page.period_combo.findText("Dit jaar"))
    assert page.proxy.rowCount() < total


def test_the_patient_view_shows_every_conversation_and_first_against_latest(
    qtbot, window_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_of("poh")
    window.show_page(CONVERSATIONS)
    page = window.page(CONVERSATIONS)
    ref = select_patient_with_history(page)
    opened: list[PatientDialog] = []
    monkeypatch.setattr(PatientDialog, "exec", lambda d: opened.append(d) or 0)
    page.patient_button.click()
    dialog = opened[0]
    count = window.db.scalar("SELECT count(*) FROM conversation WHERE patient_ref = ?", (ref,))
    assert dialog.table.rowCount() == count >= 3
    dates = [dialog.table.item(r, 0).text().split("-")[::-1] for r in range(count)]
    assert dates == sorted(dates)  # in time order
    legend = [text for text, _colour in dialog.radar.legend_entries]
    assert legend[0].startswith("Eerste gesprek ") and legend[1].startswith("Laatste gesprek ")
    assert legend[0].endswith(dialog.table.item(0, 0).text())
    assert f"{count} gesprekken sinds" in dialog.subtitle.text()
    views = query(window.db, AuditFilter(action="view", patient_ref=ref))
    assert views and views[0].username == "poh"  # who saw this patient is answerable


def test_deleting_asks_first_and_is_logged(window_of, monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_of("demo")
    window.show_page(CONVERSATIONS)
    page = window.page(CONVERSATIONS)
    total = page.proxy.rowCount()
    asked: list[str] = []

    def answer(choice):
        def ask(_parent, _title, text, *_args):
            asked.append(text)
            return choice

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.delete_button.click()
    assert len(asked) == 1 and "dit kan niet ongedaan worden gemaakt" in asked[0]
    assert page.proxy.rowCount() == total
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.delete_button.click()
    assert page.proxy.rowCount() == total - 1
    assert query(window.db, AuditFilter(action="delete"))[0].object_type == "conversation"


def test_a_colleague_cannot_delete_someone_elses_conversation(window_of) -> None:
    window = window_of("huisarts")
    window.show_page(CONVERSATIONS)
    page = window.page(CONVERSATIONS)
    authors = [page.model.row_at(r).created_by for r in range(page.model.rowCount())]
    other = next(r for r, who in enumerate(authors) if who != "huisarts")
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(other, 0)).row())
    assert not page.delete_button.isEnabled()


def test_a_read_only_account_sees_figures_but_no_patients(window_of) -> None:
    window = window_of("lezer")
    window.show_page(CONVERSATIONS)
    page = window.page(CONVERSATIONS)
    assert not page.tabs.isTabVisible(page.LIST)
    assert page.model.rowCount() == 0
    assert not page.search_edit.isVisible()
    view = page.figures_view
    expected = figures(window.db)
    assert view.cards["conversations"].value.text() == str(expected.conversations)
    assert view.cards["patients"].value.text() == str(expected.patients)
    share = round(expected.patients_followed_up / expected.patients * 100)
    assert view.cards["followed"].value.text() == f"{share} %"
    assert view.chart.bar_heights() == expected.per_month["conversations"].to_list()
    first_row = [view.change_table.item(0, c).text() for c in range(5)]
    assert first_row[0] == "Lichaamsfuncties" and first_row[4].startswith("+")
    assert "," in first_row[2]  # Dutch decimals
    assert view.avoided_table.rowCount() == len(expected.avoided)


def test_choosing_a_period_changes_the_figures(window_of) -> None:
    window = window_of("demo")
    window.show_page(CONVERSATIONS)
    page = window.page(CONVERSATIONS)
    page.tabs.setCurrentIndex(page.FIGURES)
    everything = page.figures_view.cards["conversations"].value.text()
    page.period_combo.setCurrentIndex(page.period_combo.findText("Dit jaar"))
    this_year = page.figures_view.cards["conversations"].value.text()
    assert int(this_year) < int(everything)
    assert "dit jaar" in page.figures_view.period_label.text()


def test_a_new_conversation_typed_in_the_form_appears_at_the_top_of_the_list(
    qtbot, window_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plusdesk.gui.dialogs.conversation import ConversationDialog

    window = window_of("poh")
    window.show_page(CONVERSATIONS)
    page = window.page(CONVERSATIONS)
    total = page.proxy.rowCount()

    def fill(dialog: ConversationDialog) -> int:
        qtbot.keyClicks(dialog.patient_edit, "H-77001")
        dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("kwetsbaar"))
        qtbot.keyClicks(dialog.score_edits["meedoen"], "4")
        dialog.action_checks["geen"].click()
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(ConversationDialog, "exec", fill)
    page.new_button.click()
    assert page.proxy.rowCount() == total + 1
    assert page.selected_row().patient_ref == "H-77001"  # the new one, chosen for the user
    assert shown(page, ConversationTable.PATIENT)[0] == "H-77001"
    assert shown(page, ConversationTable.FOLLOW_UP)[0] == "geen vervolg gepland"
