"""Verwijzingen on the demo practice: trend, voor/na, O/E and the imports, as each role meets it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from plusdesk.core.db import open_database
from plusdesk.core.referral_figures import latest_year, oe_table
from plusdesk.core.referrals import batches
from plusdesk.core.users import login
from plusdesk.gui.main_window import MainWindow
from plusdesk.gui.pages.referral_lists import OEModel
from plusdesk.gui.pages.referrals import REFERRALS_SUBJECT, REFERRALS_TAB, ReferralsPage

LUNG = "0322"
OVERVIEW, REFERRALS = 0, 4


@pytest.fixture
def window_of(qtbot, demo_file: Path):
    def make(username: str = "demo") -> MainWindow:
        window = MainWindow(login(open_database(demo_file), username, "plusdesk-demo"))
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def referrals_page(window: MainWindow, tab: int = ReferralsPage.TREND) -> ReferralsPage:
    window.show_page(REFERRALS)
    page = window.current_page()
    assert isinstance(page, ReferralsPage)
    page.tabs.setCurrentIndex(tab)
    return page


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def test_groups_come_first_and_switching_subject_redraws_the_same_items(window_of) -> None:
    page = referrals_page(window_of())
    tab = page.trend_tab
    combo = tab.subject_combo
    assert combo.itemText(0) == "GGZ (groep)"
    assert combo.findText("Longziekten (0322)") > 0
    choose(combo, LUNG)
    lung = tab.chart.points()
    items = list(tab.chart.plot_item.items)
    choose(combo, "0305")
    orthopedics = tab.chart.points()
    assert [p for p, _ in lung] == [p for p, _ in orthopedics]  # the same months
    assert [r for _, r in lung] != [r for _, r in orthopedics]
    assert list(tab.chart.plot_item.items) == items
    _, ys = tab.chart.rate_curve.getData()
    assert list(ys) == [r for _, r in orthopedics]
    assert tab.explanation.text().startswith(("Geen bijzondere variatie", "Bijzondere variatie"))
    from plusdesk.gui import settings

    assert settings.read(REFERRALS_SUBJECT) == "0305"


def test_the_dz02_marker_is_on_the_longziekten_trend(window_of) -> None:
    page = referrals_page(window_of())
    tab = page.trend_tab
    choose(tab.subject_combo, LUNG)
    assert "DZ-02" in tab.chart.marker_labels()
    assert "DZ-02 ✓" in tab.chart.marker_labels()
    start = next(m for m in tab.chart.shown_markers if m.code == "DZ-02" and m.kind == "start")
    assert "Verbeterplannen voor specialismen boven verwachting" in tab.chart.marker_tooltip(start)
    # only the chosen interventions: by default those of Doelmatige zorg
    assert all(label.startswith("DZ-") for label in tab.chart.marker_labels())
    tab.marker_actions["DZ-02"].setChecked(False)
    assert "DZ-02" not in tab.chart.marker_labels()
    tab.marker_actions["DZ-02"].setChecked(True)
    assert len(tab.chart.limit_steps()) == 1
    tab.rebase_check.setChecked(True)  # re-based at each shown start within the series
    assert len(tab.chart.limit_steps()) > 1
    choose(tab.freq_combo, "Q")
    assert str(tab.chart.points()[0][0]).endswith("Q1")


def test_voor_na_for_dz02_and_longziekten_summarises_a_lower_level(window_of) -> None:
    page = referrals_page(window_of(), ReferralsPage.BEFORE_AFTER)
    tab = page.before_after_tab
    choose(tab.intervention_combo, "DZ-02")
    choose(tab.subject_combo, LUNG)
    assert not tab.chart.is_empty
    assert "lager" in tab.summary.text()
    assert tab.summary.text().startswith("Na de start (")
    assert tab.chart.start_line.label.toPlainText() == "start DZ-02"
    # the subject follows to the Trend tab
    page.tabs.setCurrentIndex(page.TREND)
    assert page.trend_tab.subject_combo.currentData() == LUNG


def test_voor_na_shows_why_a_comparison_is_not_possible(window_of) -> None:
    page = referrals_page(window_of(), ReferralsPage.BEFORE_AFTER)
    tab = page.before_after_tab
    first = min(tab.milestones.values(), key=lambda m: m.started_on)
    choose(tab.intervention_combo, first.code)
    choose(tab.subject_combo, LUNG)
    choose(tab.freq_combo, "Q")  # the first start lies within the first few quarters
    assert tab.chart.is_empty
    assert "Te weinig gegevens" in tab.chart.empty_label.text()
    assert tab.summary.text() == ""


def test_the_oe_overview_lists_longziekten_with_a_signal(window_of) -> None:
    window = window_of()
    page = referrals_page(window, ReferralsPage.OE)
    tab = page.oe_tab
    year = latest_year(window.db)
    assert tab.year == year
    assert len(tab.labels()) == len(oe_table(window.db, year))
    assert "Longziekten (0322)" in tab.labels()
    assert tab.reference.text().startswith("Verwacht berekend met: Demotabel")
    # longziekten ran above expected before DZ-02: some year shows it
    years = [tab.year_combo.itemData(i) for i in range(tab.year_combo.count())]
    signalled = [
        y for y in years if oe_table(window.db, y).set_index("subject").loc[LUNG, "signal"]
    ]
    assert signalled, "the demo has a year with longziekten outside expectation"
    choose(tab.year_combo, signalled[0])
    ratio = tab.cell("Longziekten (0322)", OEModel.RATIO)
    assert ratio.endswith(("▲", "▼"))
    row = tab.chart.row_labels().index("Longziekten (0322)")
    assert tab.chart.row_colours()[row] in ("#c0392b", "#0072b2")
    assert "verwachting" in tab.chart.tooltip_for(row)
    # sortable: by name
    tab.table.sortByColumn(OEModel.LABEL, Qt.SortOrder.AscendingOrder)
    assert tab.labels() == sorted(tab.labels(), key=str.lower)


def test_the_manager_opens_the_table_dialogs_from_the_oe_overview(
    window_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plusdesk.gui.dialogs.referral_tables import BenchmarkDialog, ListSizeDialog

    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(ListSizeDialog, "exec", lambda d: opened.append(("omvang", d._year)) or 0)
    monkeypatch.setattr(BenchmarkDialog, "exec", lambda d: opened.append(("vektis", d._year)) or 0)
    page = referrals_page(window_of(), ReferralsPage.OE)
    page.oe_tab.list_size_button.click()
    page.oe_tab.benchmark_button.click()
    assert opened == [("omvang", page.oe_tab.year), ("vektis", page.oe_tab.year)]


def test_imports_are_listed_and_undo_asks_first(window_of, monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_of()
    page = referrals_page(window, ReferralsPage.TREND)
    choose(page.trend_tab.subject_combo, LUNG)
    before = page.trend_tab.chart.points()
    page.tabs.setCurrentIndex(page.IMPORTS)
    tab = page.imports_tab
    demo = batches(window.db)
    assert tab.file_names() == [b.file_name for b in demo]
    assert tab.import_button.isVisible() and tab.undo_button.isVisible()
    assert not tab.undo_button.isEnabled()
    newest = demo[0]
    tab.select(newest.id)
    assert tab.undo_button.isEnabled()

    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    tab.undo_button.click()  # cancelled: nothing changes
    assert newest.file_name in asked[0]
    assert f"{newest.rows_active:,}".replace(",", ".") in asked[0]
    assert len(tab.file_names()) == len(demo)

    answer = QMessageBox.StandardButton.Yes
    tab.undo_button.click()
    assert len(asked) == 2
    assert tab.file_names() == [b.file_name for b in demo[1:]]
    assert [b.id for b in batches(window.db)] == [b.id for b in demo[1:]]
    page.tabs.setCurrentIndex(page.TREND)
    after = page.trend_tab.chart.points()
    assert after != before
    assert len(after) < len(before)  # the months of the undone file are gone


def test_an_import_through_the_dialog_refreshes_every_tab(
    window_of, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from plusdesk.core.referral_mapping import Mapping
    from plusdesk.core.referrals import commit, prepare
    from plusdesk.gui.dialogs.referral_import import ReferralImportDialog

    export = tmp_path / "verwijzingen_oud.csv"
    lines = ["Datum verwijzing;Specialisme"] + [f"{d:02d}-06-2019;0322" for d in range(3, 28)]
    export.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(export), ""))

    def user_imports(dialog: ReferralImportDialog) -> int:
        mapping = Mapping({"date": "Datum verwijzing", "specialism": "Specialisme"})
        dialog.batch = commit(dialog.session, prepare(dialog.db, dialog.path, mapping))
        return 1

    monkeypatch.setattr(ReferralImportDialog, "exec", user_imports)
    window = window_of()
    page = referrals_page(window, ReferralsPage.TREND)
    choose(page.trend_tab.subject_combo, LUNG)
    months = len(page.trend_tab.chart.points())
    page.tabs.setCurrentIndex(page.IMPORTS)
    page.imports_tab.import_button.click()
    assert "verwijzingen_oud.csv" in page.imports_tab.file_names()
    assert page.imports_tab.selected().file_name == "verwijzingen_oud.csv"
    page.tabs.setCurrentIndex(page.TREND)
    points = page.trend_tab.chart.points()
    assert str(points[0][0]) == "2019-06" and len(points) > months


def test_a_poh_sees_the_figures_but_no_import_or_undo(window_of) -> None:
    window = window_of("poh")
    page = referrals_page(window, ReferralsPage.IMPORTS)
    tab = page.imports_tab
    assert len(tab.file_names()) == len(batches(window.db))
    assert not tab.import_button.isVisible() and not tab.undo_button.isVisible()
    assert "Alleen de praktijkmanager" in tab.intro.text()
    page.undo_selected()  # refused quietly, also when called directly
    assert len(batches(window.db)) == len(tab.file_names())
    page.tabs.setCurrentIndex(page.OE)
    assert not page.oe_tab.list_size_button.isVisible()
    assert not page.oe_tab.benchmark_button.isVisible()
    assert page.oe_tab.labels()
    page.tabs.setCurrentIndex(page.TREND)
    assert page.trend_tab.chart.points()


def test_the_tab_is_remembered(window_of) -> None:
    from plusdesk.gui import settings

    page = referrals_page(window_of(), ReferralsPage.OE)
    assert settings.read(REFERRALS_TAB) == ReferralsPage.OE
    window = window_of()
    window.show_page(REFERRALS)
    assert window.current_page().tabs.currentIndex() == ReferralsPage.OE
    del page


def test_the_overview_tile_counts_this_year_and_links_to_the_oe_overview(qtbot, window_of) -> None:
    from plusdesk.core.validation import today

    window = window_of()
    tile = window.page(OVERVIEW).tiles["referrals"]
    # The O/E line comes once the window has been painted (it loads pandas).
    qtbot.waitUntil(lambda: "boven verwachting" in tile.note.text())
    this_year = window.db.scalar(
        "SELECT count(*) FROM referral WHERE replaced_by IS NULL AND referred_on >= ?",
        (f"{today().year}-01-01",),
    )
    assert tile.value.text() == f"{this_year:,}".replace(",", ".")
    year = latest_year(window.db)
    table = oe_table(window.db, year)
    above = int(((table["kind"] == "specialism") & (table["signal"] == "boven")).sum())
    assert f"{above} specialismen boven verwachting ({year})" in tile.note.text()
    tile.note.linkActivated.emit(f"oe:{year}")
    page = window.current_page()
    assert isinstance(page, ReferralsPage)
    assert page.tabs.currentIndex() == page.OE and page.oe_tab.year == year


def test_a_new_practice_sees_what_to_do_on_every_tab(qtbot, tmp_path: Path, first_account) -> None:
    from plusdesk.core.practice import create_practice_file, validate_details

    path = create_practice_file(
        tmp_path / "nieuw.sqlite", validate_details("Praktijk Nieuw", "01234567"), first_account
    )
    window = MainWindow(login(open_database(path), first_account.username, first_account.password))
    qtbot.addWidget(window)
    window.show()
    page = referrals_page(window, ReferralsPage.TREND)
    assert page.trend_tab.chart.is_empty
    assert "Importeren…" in page.trend_tab.chart.empty_label.text()
    assert page.trend_tab.explanation.text() == ""
    page.tabs.setCurrentIndex(page.BEFORE_AFTER)
    assert page.before_after_tab.chart.is_empty
    assert "Nog geen verwijzingen" in page.before_after_tab.chart.empty_label.text()
    page.tabs.setCurrentIndex(page.OE)
    assert page.oe_tab.chart.is_empty and page.oe_tab.labels() == []
    assert not page.oe_tab.year_combo.isEnabled()
    page.tabs.setCurrentIndex(page.IMPORTS)
    assert page.imports_tab.file_names() == []
    assert page.imports_tab.summary.text() == "Nog geen imports."
    assert page.imports_tab.import_button.isVisible()
    window.show_page(OVERVIEW)
    tile = window.page(OVERVIEW).tiles["referrals"]
    assert tile.value.text() == "—"
    assert "Nog geen verwijzingen ingelezen" in tile.note.text()


def test_without_referrals_a_poh_is_not_told_to_import(
    qtbot, tmp_path: Path, first_account
) -> None:
    from plusdesk.core.practice import create_practice_file, validate_details
    from plusdesk.core.users import Role, add_user

    path = create_practice_file(
        tmp_path / "nieuw.sqlite", validate_details("Praktijk Nieuw", "01234567"), first_account
    )
    db = open_database(path)
    manager = login(db, first_account.username, first_account.password)
    add_user(manager, "anouk", first_account.password, None, Role.POH, "Anouk Janssen")
    db.close()
    window = MainWindow(login(open_database(path), "anouk", first_account.password))
    qtbot.addWidget(window)
    page = referrals_page(window, ReferralsPage.TREND)
    text = page.trend_tab.chart.empty_label.text()
    assert "De praktijkmanager kan een export uit het HIS inlezen" in text
    page.tabs.setCurrentIndex(page.OE)
    assert "de praktijkmanager kan die invoeren" in page.oe_tab.chart.empty_label.text()


def test_the_manager_replaces_the_reference_table_after_confirming(
    window_of, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from plusdesk.core.referral_oe import reference_label

    table = tmp_path / "referentie zorggroep.csv"
    table.write_text(
        "specialisme;leeftijd;geslacht;per_1000\n0322;65-74;M;21,4\n0322;65-74;V;18\n",
        encoding="cp1252",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(table), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Zorggroep ZZL 2025", True))
    questions: list[str] = []

    def answer(box: QMessageBox) -> int:
        questions.append(box.text())
        wanted = "Vervangen" if len(questions) == 1 else "OK"
        return next(box.standardButton(b) for b in box.buttons() if b.text() == wanted).value

    monkeypatch.setattr(QMessageBox, "exec", answer)
    page = referrals_page(window_of(), ReferralsPage.OE)
    assert "Demotabel" in page.oe_tab.reference.text()
    page.oe_tab.reference_button.click()
    assert "wordt vervangen door 'Zorggroep ZZL 2025'" in questions[0]
    assert questions[1] == "2 referentiecijfers ingelezen."
    assert reference_label(page.db) == "Zorggroep ZZL 2025"
    assert "Zorggroep ZZL 2025" in page.oe_tab.reference.text()
    assert page.db.scalar("SELECT count(*) FROM reference_rate") == 2


def test_a_poh_cannot_replace_the_reference_table(window_of) -> None:
    page = referrals_page(window_of("poh"), ReferralsPage.OE)
    assert not page.oe_tab.reference_button.isVisible()
    assert not page.oe_tab.groups_button.isVisible()
