"""The Collaborative care page as the POH-GGZ, the huisarts and a reader meet it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from plusdesk.core.audit import AuditFilter, query
from plusdesk.core.carecase_figures import figures
from plusdesk.core.carecase_list import CaseFilter, review_list, rows
from plusdesk.core.db import open_database
from plusdesk.core.users import login
from plusdesk.core.validation import today
from plusdesk.gui.dialogs.carecase import CaseDialog
from plusdesk.gui.main_window import MainWindow
from plusdesk.gui.models.carecase_table import OVERDUE_COLOUR, CaseTable
from plusdesk.gui.pages.carecases import CareCasesPage

OVERVIEW, CARE = 0, 3


@pytest.fixture
def window_of(qtbot, demo_file: Path):
    def make(username: str = "ggz") -> MainWindow:
        window = MainWindow(login(open_database(demo_file), username, "plusdesk-demo"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def shown(page: CareCasesPage, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    model = page.proxy
    return [model.index(r, column).data(role) for r in range(model.rowCount())]


def test_the_caseload_puts_cases_to_review_first_and_marks_overdue_contact_in_red(
    window_of,
) -> None:
    window = window_of("ggz")
    window.show_page(CARE)
    page: CareCasesPage = window.current_page()
    expected = rows(window.db, CaseFilter("open"), today())
    assert shown(page, CaseTable.PATIENT) == [r.patient_ref for r in expected]
    status = shown(page, CaseTable.STATUS)
    flagged = [s.startswith("te bespreken") for s in status]
    assert flagged[0] and flagged == sorted(flagged, reverse=True)  # all flagged ones on top
    assert any("niet verbeterd" in s for s in status)
    assert any("remissie" in s for s in status)
    overdue = [n for n, s in enumerate(status) if "contact verlopen" in s]
    assert overdue, "the demo has cases whose contact is overdue"
    colour = page.proxy.index(overdue[0], CaseTable.CONTACT).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.color().name() == OVERDUE_COLOUR
    assert page.summary.text().startswith(f"{len(expected)} casussen")
    page.badge_combo.setCurrentIndex(page.badge_combo.findText("Contact verlopen"))
    assert all("contact verlopen" in s for s in shown(page, CaseTable.STATUS))
    assert len(shown(page, CaseTable.STATUS)) == len(overdue)


def test_the_review_list_shows_why_and_opening_a_case_is_logged(window_of, monkeypatch) -> None:
    window = window_of("ggz")
    window.show_page(CARE)
    page: CareCasesPage = window.current_page()
    expected = review_list(window.db, today())
    page.tabs.setCurrentIndex(page.REVIEW)
    assert page.tabs.tabText(page.REVIEW).endswith(f"({len(expected)})")
    assert page.review_model.rowCount() == len(expected)
    reasons = page.review_proxy.index(0, 2).data()
    assert reasons and all(
        part
        in {"bespreken aangevraagd", "zorgen over veiligheid", "niet verbeterd", "nieuwe casus"}
        for part in reasons.split(", ")
    )
    opened: list[CaseDialog] = []
    monkeypatch.setattr(CaseDialog, "exec", lambda self: opened.append(self) or 0)
    page.review_table.selectRow(0)
    page.open_review("")
    assert opened and opened[0].case.patient_ref == page.review_proxy.index(0, 0).data()
    views = [
        e
        for e in query(window.db, AuditFilter(action="view"))
        if e.object_type == "carecase" and e.patient_ref == opened[0].case.patient_ref
    ]
    assert views and views[0].username == "ggz"


def test_a_reader_sees_only_the_figures_and_they_match_the_core(window_of) -> None:
    window = window_of("lezer")
    window.show_page(CARE)
    page: CareCasesPage = window.current_page()
    assert not page.tabs.isTabVisible(page.CASELOAD)
    assert not page.tabs.isTabVisible(page.REVIEW)
    assert page.tabs.currentIndex() == page.FIGURES
    assert page.model.rowCount() == 0
    period = page.period_combo.currentData()
    expected = figures(window.db, period.start, min(period.end, today()))
    view = page.figures_view
    assert view.tiles["active"].value.text() == str(expected.active)
    assert view.tiles["new"].value.text() == str(expected.new_cases)
    assert not page.new_button.isVisible()


def test_the_overview_tile_counts_open_cases_and_leads_to_the_review_list(window_of) -> None:
    window = window_of("ggz")
    overview = window.page(OVERVIEW)
    tile = overview.tiles["cases"]
    expected = rows(window.db, CaseFilter("open"), today())
    assert tile.value.text() == str(len(expected))
    tile.note.linkActivated.emit("bespreken")
    page = window.current_page()
    assert isinstance(page, CareCasesPage) and page.tabs.currentIndex() == page.REVIEW


def test_a_case_opened_and_followed_like_a_user_moves_down_the_caseload(
    qtbot, window_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from PySide6.QtCore import QDate

    from plusdesk.core.carecase_model import Instrument
    from plusdesk.gui.dialogs.carecase_entries import ContactDialog, MeasureDialog, ReviewDialog
    from plusdesk.gui.dialogs.carecase_forms import CaseFormDialog

    window = window_of("ggz")
    window.show_page(CARE)
    page: CareCasesPage = window.current_page()
    total = page.proxy.rowCount()
    start = today() - timedelta(weeks=12)

    def open_case(dialog: CaseFormDialog) -> int:
        qtbot.keyClicks(dialog.patient_edit, "GGZ-9001")
        dialog.date_edit.setDate(QDate(start.year, start.month, start.day))
        dialog.problem_combo.setCurrentIndex(dialog.problem_combo.findData("somberheid"))
        qtbot.keyClicks(dialog.scores[Instrument.PHQ9].total_edit, "18")
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(CaseFormDialog, "exec", open_case)
    page.new_button.click()
    assert page.proxy.rowCount() == total + 1
    row = page.selected_row()
    assert row.patient_ref == "GGZ-9001"
    # Twelve weeks, never seen, never reviewed: it needs everything, so it sits on top.
    status = shown(page, CaseTable.STATUS)[page.table.currentIndex().row()]
    assert status == "te bespreken, niet verbeterd, contact verlopen"
    position_before = page.table.currentIndex().row()
    assert position_before < 10

    def contact(dialog: ContactDialog) -> int:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("telefonisch"))
        qtbot.keyClicks(dialog.note_edit, "Gaat iets beter, slaapt weer door.")
        dialog.save_button.click()
        return dialog.result()

    def measure(dialog: MeasureDialog) -> int:
        qtbot.keyClicks(dialog.score.total_edit, "8")
        dialog.save_button.click()
        return dialog.result()

    def review(dialog: ReviewDialog) -> int:
        dialog.psychiatrist_edit.clear()
        qtbot.keyClicks(dialog.psychiatrist_edit, "M. Vossen")
        dialog.decision_radios["stoornis"].click()
        dialog.save_button.click()
        return dialog.result()

    seen: list[CaseDialog] = []

    def follow(dialog: CaseDialog) -> int:
        dialog.contact_button.click()
        dialog.measure_button.click()
        dialog.review_button.click()
        seen.append(dialog)
        return 0

    monkeypatch.setattr(ContactDialog, "exec", contact)
    monkeypatch.setattr(MeasureDialog, "exec", measure)
    monkeypatch.setattr(ReviewDialog, "exec", review)
    monkeypatch.setattr(CaseDialog, "exec", follow)
    page.open_button.click()
    case_view = seen[0]
    assert [p[1] for p in case_view.chart.series_points(Instrument.PHQ9)] == [18, 8]
    assert case_view.tabs.tabText(case_view.CONTACTS) == "Contacten (1)"
    assert "PHQ-9 18 → 8 (−56 %)" in case_view.facts.text()

    row = page.selected_row()
    assert row.patient_ref == "GGZ-9001"
    n = page.table.currentIndex().row()
    assert shown(page, CaseTable.STATUS)[n] == "respons"
    assert shown(page, CaseTable.FIRST)[n] == "18"
    assert shown(page, CaseTable.LATEST)[n] == "8"
    assert shown(page, CaseTable.CHANGE)[n] == "−56 %"
    assert shown(page, CaseTable.CONTACT)[n] == "0 d geleden"
    assert n > position_before  # the need is met: below every case that still needs something
    needs = ("te bespreken", "niet verbeterd", "contact verlopen")
    statuses = shown(page, CaseTable.STATUS)
    assert not any(s.startswith(needs) for s in statuses[n:])
    assert sum(s.startswith(needs) for s in statuses[:n]) > 0


def test_the_chosen_tab_and_sort_order_are_remembered(window_of) -> None:
    window = window_of("ggz")
    window.show_page(CARE)
    page: CareCasesPage = window.current_page()
    page.table.sortByColumn(CaseTable.WEEKS, Qt.SortOrder.DescendingOrder)
    page.tabs.setCurrentIndex(page.REVIEW)
    again = CareCasesPage()
    again.set_session(window.session)
    header = again.table.horizontalHeader()
    assert again.tabs.currentIndex() == again.REVIEW
    assert header.sortIndicatorSection() == CaseTable.WEEKS
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    weeks = [int(w) for w in shown(again, CaseTable.WEEKS)]
    assert weeks == sorted(weeks, reverse=True)
    again.deleteLater()


def test_the_huisarts_reads_cases_but_changes_nothing(window_of, monkeypatch) -> None:
    window = window_of("huisarts")
    window.show_page(CARE)
    page: CareCasesPage = window.current_page()
    assert page.tabs.isTabVisible(page.CASELOAD) and page.model.rowCount() > 0
    assert not page.new_button.isVisibleTo(page)
    assert not page.contact_button.isVisibleTo(page)
    opened: list[CaseDialog] = []
    monkeypatch.setattr(CaseDialog, "exec", lambda self: opened.append(self) or 0)
    page.open_selected()
    view = opened[0]
    assert view.case.patient_ref == page.selected_row().patient_ref
    for button in (
        view.contact_button,
        view.measure_button,
        view.review_button,
        view.close_case_button,
        view.edit_button,
        view.delete_button,
    ):
        assert not button.isVisibleTo(view)
