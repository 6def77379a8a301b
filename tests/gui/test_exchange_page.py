"""Zorggroep-export on the demo practice: the preview, the threshold, saving, the benchmark pack."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLabel, QMessageBox, QPushButton

from plusdesk.core.clock import format_date
from plusdesk.core.db import open_database
from plusdesk.core.exchange import build_export, export_filename, save_export, threshold
from plusdesk.core.exchange_format import KIND_EXPORT, read_file
from plusdesk.core.practice import FirstAccount, get_practice
from plusdesk.core.referral_oe import reference_label
from plusdesk.core.users import DEMO_PASSWORD, login
from plusdesk.core.validation import today
from plusdesk.core.workspace import (
    create_workspace,
    merge_files,
    pack_filename,
    practices,
    write_packs,
)
from plusdesk.gui import settings
from plusdesk.gui.main_window import MainWindow
from plusdesk.gui.pages.exchange import EXCHANGE_FOLDER, EXCHANGE_XLSX, ExchangePage, PreviewModel

EXPORT = 5  # the sidebar position of Zorggroep-export
Button = QMessageBox.StandardButton
WORKSPACE_PASSWORD = "correct paard batterij"


@pytest.fixture
def window_of(qtbot, demo_file: Path):
    def make(username: str = "demo") -> MainWindow:
        window = MainWindow(login(open_database(demo_file), username, DEMO_PASSWORD))
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def exchange_page(window: MainWindow) -> ExchangePage:
    window.show_page(EXPORT)
    page = window.current_page()
    assert isinstance(page, ExchangePage)
    return page


class Boxes(list):
    """The message boxes shown; each is answered with the next of `answers` (else OK)."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[Button] = []

    def exec_(self, box: QMessageBox) -> Button:
        self.append(box)
        return self.answers.pop(0) if self.answers else Button.Ok


@pytest.fixture(autouse=True)
def same_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """One "today" for the whole test, so a run across midnight compares like with like."""
    from plusdesk.core import validation

    moment = validation.utc_now()
    monkeypatch.setattr(validation, "utc_now", lambda: moment)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    shown = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.exec_(box))
    return shown


def texts(box: QMessageBox) -> str:
    return f"{box.text()}\n{box.informativeText()}"


def column(page: ExchangePage, col: int, role=Qt.ItemDataRole.DisplayRole) -> list[str]:
    model = page.model
    return [model.data(model.index(r, col), role) for r in range(model.rowCount())]


def audit_rows(db, **where: str) -> list:
    clause = " AND ".join(f"{k} = ?" for k in where)
    return db.query(f"SELECT * FROM audit_log WHERE {clause} ORDER BY id", tuple(where.values()))


# --- the preview ---------------------------------------------------------------------------------


def test_the_preview_shows_what_leaves_the_practice(window_of) -> None:
    window = window_of()
    page = exchange_page(window)
    expected = build_export(window.db)
    practice = get_practice(window.db)
    # the period build_export chooses: 1 January of the first year with data up to today
    assert (
        page.from_edit.date().toPython()
        == expected.date_from
        == date(expected.date_from.year, 1, 1)
    )
    assert page.to_edit.date().toPython() == expected.date_to == today()
    assert page.from_edit.displayFormat() == "dd-MM-yyyy"
    header = page.header_label.text()
    assert practice.name in header
    assert f"AGB-code {practice.agb_code}" in header
    assert practice.zorggroep in header
    assert f"{format_date(expected.date_from)} t/m {format_date(today())}" in header
    rows, hidden = (
        f"{expected.rows:,}".replace(",", "."),
        f"{expected.suppressed:,}".replace(",", "."),
    )
    assert page.summary_label.text() == (
        f"{rows} waarden, waarvan {hidden} onderdrukt (aantallen van 1 tot en met 4 en wat daaruit "
        "terug te rekenen is). Er gaan geen gegevens van patiënten mee."
    )
    # one row per indicator; each subject once, on the first row of its group, in order
    preview = expected.preview()
    assert page.model.rowCount() == len(preview)
    subjects = list(dict.fromkeys(r.subject for r in preview))
    assert [s for s in column(page, PreviewModel.SUBJECT) if s] == subjects
    assert "Verwijzingen" in subjects and "Interventies" in subjects
    assert column(page, PreviewModel.INDICATOR) == [r.indicator for r in preview]
    shown = [int(s.replace(".", "")) for s in column(page, PreviewModel.SUPPRESSED)]
    assert sum(shown) == expected.suppressed > 0
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Onderwerp", "Indicator", "Periode", "Waarden", "Onderdrukt"]
    assert page.pack_label.text() == "Nog geen benchmarkpakket ingelezen."
    assert page.threshold_spin.value() == 5


def test_a_higher_threshold_hides_more_and_is_logged(qtbot, window_of) -> None:
    window = window_of()
    page = exchange_page(window)
    before = page.export.suppressed
    spin = page.threshold_spin
    assert (spin.minimum(), spin.maximum()) == (2, 50)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "10")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert threshold(window.db) == 10
    assert page.export.threshold == 10
    assert page.export.suppressed > before
    assert page.export.suppressed == build_export(window.db, threshold_value=10).suppressed
    assert "aantallen van 1 tot en met 9 en wat" in page.summary_label.text()
    logged = audit_rows(window.db, object_id="exchange.threshold")
    assert [r["detail"] for r in logged] == ["drempel kleine aantallen: 10"]
    assert logged[0]["username"] == "demo"

    # a value outside 2–50 cannot be entered: the field keeps the last good one
    spin.selectAll()
    qtbot.keyClicks(spin, "1")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 10 and threshold(window.db) == 10
    assert len(audit_rows(window.db, object_id="exchange.threshold")) == 1


def test_changing_the_period_updates_the_header_and_the_figures(qtbot, window_of) -> None:
    window = window_of()
    page = exchange_page(window)
    whole = page.export
    # a day picked in the calendar of Van
    page.from_edit.calendarWidget().activated.emit(QDate(2024, 1, 1))
    qtbot.waitUntil(lambda: page.export.date_from == date(2024, 1, 1))
    assert f"periode 01-01-2024 t/m {format_date(today())}" in page.header_label.text()
    # Tot en met typed and left with Tab
    page.to_edit.setDate(QDate(2024, 12, 31))
    page.to_edit.editingFinished.emit()
    assert "periode 01-01-2024 t/m 31-12-2024" in page.header_label.text()
    part = build_export(window.db, date(2024, 1, 1), date(2024, 12, 31))
    assert (page.export.rows, page.export.suppressed) == (part.rows, part.suppressed)
    assert page.export.rows < whole.rows
    # Van can no longer lie after Tot en met
    assert page.from_edit.maximumDate() == QDate(2024, 12, 31)
    page.whole_button.click()
    assert (page.export.date_from, page.export.date_to) == (whole.date_from, whole.date_to)
    assert page.to_edit.date().toPython() == today()


# --- saving --------------------------------------------------------------------------------------


def test_opslaan_writes_the_export_and_the_xlsx_and_logs_it(
    qtbot, window_of, boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = window_of()
    page = exchange_page(window)
    agb = get_practice(window.db).agb_code
    folder = tmp_path / "naar de zorggroep"
    folder.mkdir()
    asked: list[tuple] = []

    def choose(*args, **kwargs):
        asked.append(args)
        return str(folder / "export.plusdesk"), args[3]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    page.xlsx_check.setChecked(True)
    page.save_button.click()

    _parent, _title, suggested, file_filter = asked[0]
    assert Path(suggested).name == export_filename(agb) == f"{agb}_{today().isoformat()}.plusdesk"
    assert file_filter == "PlusDesk-export (*.plusdesk)"
    written = read_file(folder / "export.plusdesk", kinds=(KIND_EXPORT,))
    assert written.agb_code == agb
    assert written.manifest["drempel"] == "5"
    assert sum(v.suppressed for v in written.values) == page.export.suppressed
    assert (folder / "export.xlsx").stat().st_size > 0
    assert len(boxes) == 1
    said = texts(boxes[0])
    assert str(folder / "export.plusdesk") in said and str(folder / "export.xlsx") in said
    assert "auditlog" in said
    event = audit_rows(window.db, action="export", object_type="export")
    assert [(e["object_id"], e["result"]) for e in event] == [("export.plusdesk", "ok")]
    assert "met XLSX export.xlsx" in event[0]["detail"]
    # the folder and the box are remembered
    assert settings.read(EXCHANGE_FOLDER) == str(folder)
    assert settings.read(EXCHANGE_XLSX) == 1
    again = ExchangePage()
    qtbot.addWidget(again)
    assert again.xlsx_check.isChecked()


def test_an_existing_file_is_only_replaced_after_asking(
    window_of, boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = window_of()
    page = exchange_page(window)
    page.xlsx_check.setChecked(False)
    existing = tmp_path / "export.plusdesk"
    existing.write_bytes(b"eerder bestand")
    # typed without the extension: the file dialog did not ask about export.plusdesk
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "export"), "")
    )
    boxes.answers.append(Button.Cancel)
    page.save_button.click()
    assert "bestaat al" in boxes[0].text() and str(existing) in boxes[0].text()
    assert existing.read_bytes() == b"eerder bestand"
    assert not audit_rows(window.db, action="export")

    boxes.answers.append(Button.Yes)
    page.save_button.click()
    assert read_file(existing, kinds=(KIND_EXPORT,)).agb_code
    assert len(audit_rows(window.db, action="export")) == 1


@pytest.mark.parametrize("username", ["poh", "lezer"])
def test_other_roles_see_why_and_no_buttons(window_of, username: str) -> None:
    window = window_of(username)
    page = exchange_page(window)
    assert page.stack.currentIndex() == 1
    assert page.denied_label.isVisible()
    assert "praktijkmanager" in page.denied_label.text()
    for button in (page.save_button, page.pack_button, page.whole_button):
        assert not button.isVisible()
    assert page.export is None  # nothing is built for someone who cannot save it


def test_buttons_have_mnemonics_and_fields_have_names(qtbot, window_of) -> None:
    page = exchange_page(window_of())
    buttons = page.findChildren(QPushButton) + page.findChildren(QCheckBox)
    assert {page.whole_button, page.save_button, page.pack_button, page.xlsx_check} == set(buttons)
    keys = [b.text()[b.text().index("&") + 1].lower() for b in buttons]
    labels = [lb for lb in page.findChildren(QLabel) if lb.buddy() is not None]
    keys += [lb.text()[lb.text().index("&") + 1].lower() for lb in labels]
    assert len(keys) == len(set(keys)) == 8  # 4 buttons, 4 labels of fields
    assert not {"b", "g", "h"} & set(keys)  # the menus Bestand, Ga naar, Help
    for field in (page.from_edit, page.to_edit, page.threshold_spin, page.table):
        assert field.accessibleName()
    expected = [
        page.from_edit,
        page.to_edit,
        page.whole_button,
        page.threshold_spin,
        page.table,
        page.xlsx_check,
        page.save_button,
        page.pack_button,
    ]
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.from_edit.setFocus()

    def owner():
        focus = QApplication.focusWidget()
        while focus is not None and focus not in expected:
            focus = focus.parentWidget()  # the line edit inside a date field
        return focus

    reached = [owner()]
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # dates: day, month, year
        if owner() is not reached[-1]:
            reached.append(owner())
        if len(reached) == len(expected):
            break
    assert reached == expected


# --- the benchmark pack --------------------------------------------------------------------------


@dataclass(frozen=True)
class Packs:
    own: Path  # for the demo practice, without a reference table
    own_with_rates: Path  # the same, with the zorggroep's reference table
    other: Path  # for another practice
    other_name: str


@pytest.fixture(scope="module")
def packs(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Packs:
    """Two practices' exports merged in a zorggroep workspace, and their benchmark packs."""
    from plusdesk.core.demo import build_demo
    from plusdesk.core.referral_tables import import_template, write_template

    folder = tmp_path_factory.mktemp("zorggroep")
    own = folder / "eigen.sqlite"
    shutil.copy(demo_template, own)
    other = build_demo(folder / "ander.sqlite", seed=5)
    exports, agbs = [], []
    for path in (own, other):
        db = open_database(path)
        try:
            export = build_export(db)
            agbs.append(export.data.agb_code)
            name = export_filename(export.data.agb_code)
            exports.append(save_export(login(db, "demo", DEMO_PASSWORD), export, folder / name))
            if path == other:
                other_name = get_practice(db).name
        finally:
            db.close()
    assert agbs[0] != agbs[1]
    create_workspace(
        folder / "zg.sqlite", "Zorggroep Test", FirstAccount("beheer", WORKSPACE_PASSWORD)
    )
    db = open_database(folder / "zg.sqlite")
    try:
        session = login(db, "beheer", WORKSPACE_PASSWORD)
        assert all(o.merged for o in merge_files(session, exports))
        plain, rated = folder / "zonder", folder / "met"
        plain.mkdir()
        rated.mkdir()
        write_packs(session, plain)
        template = write_template("reference", folder / "referentie.csv")
        import_template(session, "reference", template, reference_name="ZG-tabel 2025")
        write_packs(session, rated)
    finally:
        db.close()
    return Packs(
        plain / pack_filename(agbs[0]),
        rated / pack_filename(agbs[0]),
        plain / pack_filename(agbs[1]),
        other_name,
    )


def choose_pack(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_reading_the_pack_shows_the_last_pack_line(
    window_of, boxes, packs: Packs, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_of()
    page = exchange_page(window)
    reference = reference_label(window.db)
    choose_pack(monkeypatch, packs.own)
    page.pack_button.click()
    made = format_date(read_file(packs.own).created_at)
    assert len(boxes) == 1  # no question: this pack carries no reference table
    assert boxes[0].text() == f"Het benchmarkpakket van {made} is ingelezen: 2 praktijken."
    assert page.pack_label.text() == f"Laatste benchmarkpakket: van {made}, 2 praktijken."
    assert len(practices(window.db)) == 2
    assert reference_label(window.db) == reference  # the practice's own table stays
    assert audit_rows(window.db, object_type="benchmark_pack")
    # the line is read again when the page is shown again
    window.show_page(0)
    window.show_page(EXPORT)
    assert page.pack_label.text().startswith("Laatste benchmarkpakket: van ")


def test_a_pack_with_a_reference_table_asks_before_replacing_it(
    window_of, boxes, packs: Packs, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_of()
    page = exchange_page(window)
    reference = reference_label(window.db)
    assert reference  # the demo practice has a table of its own
    choose_pack(monkeypatch, packs.own_with_rates)
    boxes.answers.append(Button.Cancel)
    page.pack_button.click()
    assert boxes[0].text() == (
        "De referentietabel van de zorggroep vervangt uw huidige referentietabel. Doorgaan?"
    )
    assert len(boxes) == 1
    assert practices(window.db) == []
    assert reference_label(window.db) == reference
    assert page.pack_label.text() == "Nog geen benchmarkpakket ingelezen."

    boxes.answers.append(Button.Yes)
    page.pack_button.click()
    assert len(boxes) == 3
    assert "2 praktijken" in boxes[2].text()
    assert "referentietabel van de zorggroep ('ZG-tabel 2025')" in boxes[2].text()
    assert reference_label(window.db) == "ZG-tabel 2025"
    assert page.pack_label.text().endswith("2 praktijken.")


def test_a_pack_for_another_practice_is_refused_and_changes_nothing(
    window_of, boxes, packs: Packs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = window_of()
    page = exchange_page(window)
    choose_pack(monkeypatch, packs.other)
    page.pack_button.click()
    assert len(boxes) == 1
    assert boxes[0].icon() == QMessageBox.Icon.Warning
    assert packs.other_name in boxes[0].text()
    assert "niet voor deze praktijk. Er is niets ingelezen." in boxes[0].text()
    assert practices(window.db) == []
    assert page.pack_label.text() == "Nog geen benchmarkpakket ingelezen."
    assert not audit_rows(window.db, object_type="benchmark_pack", result="ok")

    # a practice export is not a benchmark pack
    export = build_export(window.db)
    path = save_export(window.session, export, tmp_path / "export.plusdesk")
    choose_pack(monkeypatch, path)
    page.pack_button.click()
    assert "benchmarkpakket" in boxes[1].text()
    assert practices(window.db) == []
