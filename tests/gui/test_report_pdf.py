"""The Praktijkrapport as a practice manager gets it: a PDF with the figures, or on paper."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from plusdesk.core import report
from plusdesk.core.audit import AuditFilter, query
from plusdesk.core.db import open_database
from plusdesk.core.users import login
from plusdesk.gui.report import write_pdf
from plusdesk.gui.report_dialog import ReportDialog

PDFTOTEXT = shutil.which("pdftotext")


def pdf_text(path: Path) -> str:
    """The text a reader sees in the PDF (poppler's pdftotext; .ci/run installs it)."""
    assert PDFTOTEXT, "pdftotext (poppler-utils) is needed to read the report back"
    result = subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


@pytest.fixture
def manager(demo_file: Path):
    db = open_database(demo_file)
    yield login(db, "demo", "plusdesk-demo")
    db.close()


@pytest.fixture(scope="module")
def made(demo_template: Path, tmp_path_factory: pytest.TempPathFactory, qapp):
    """The demo practice's report, made once for the tests that only read it."""
    folder = tmp_path_factory.mktemp("report")
    db = open_database(shutil.copy(demo_template, folder / "demo.sqlite"))
    try:
        data = report.gather(db)
        numbers = {
            r[0]
            for table in ("conversation", "carecase")
            for r in db.query(f"SELECT patient_ref FROM {table}")
        }
    finally:
        db.close()
    out = write_pdf(data, folder / "rapport.pdf", "Demo Manager")
    return data, out, pdf_text(out), numbers


def test_the_pdf_holds_every_part_the_intervisie_meeting_needs(made) -> None:
    data, out, text, _ = made
    assert out.read_bytes().startswith(b"%PDF")
    assert f"Praktijkrapport {data.year}" in text
    assert data.practice.name in text
    assert f"Periode: 01-01-{data.year} tot en met 31-12-{data.year}" in text
    assert "door Demo Manager" in text
    # intervention progress per domain, with a row per intervention
    for domain in ("Patiënt empowerment", "Doelmatige zorg", "Wijkgerichte zorg"):
        assert domain in text
    assert "DZ-01" in text and "Tijdlijn van de interventies" in text
    # conversations and caseload
    assert "Patiëntgerichte gesprekken" in text and "Open casussen op" in text
    # O/E per specialism with intervals, and a page per specialism above expected
    assert "95%-interval" in text and "boven verwachting" in text
    for subject in data.above:
        assert subject.label.split(" (")[0] in text
    assert "Na de start" in text  # the before/after results in words
    assert text.count("\f") >= 3 + len(data.above)
    assert "Over de berekeningen" in text


def test_the_charts_are_drawn_into_the_pdf(made) -> None:
    data, out, _, _ = made
    body = out.read_bytes()
    images = len(re.findall(rb"/Subtype\s*/Image", body))
    assert images >= 2 + len(data.above)  # timeline, O/E, a trend per subject
    assert out.stat().st_size > 200_000


def test_no_patient_number_reaches_the_report(made) -> None:
    _, _, text, numbers = made
    assert numbers
    words = set(re.findall(r"[0-9A-Za-z]+", text))
    assert not numbers & words


def test_a_new_practice_gets_a_report_that_says_what_to_do(tmp_path: Path, first_account) -> None:
    from plusdesk.core.practice import create_practice_file, validate_details

    path = create_practice_file(
        tmp_path / "nieuw.sqlite", validate_details("Praktijk Nieuw", "01234567"), first_account
    )
    db = open_database(path)
    try:
        text = pdf_text(write_pdf(report.gather(db), tmp_path / "leeg.pdf"))
    finally:
        db.close()
    assert "Praktijk Nieuw" in text
    assert "Nog geen verwijzingen ingelezen" in text
    assert "Geen gesprekken in deze periode" in text


def test_a_failed_write_leaves_no_file_and_keeps_an_old_one(made, tmp_path: Path) -> None:
    data = made[0]
    with pytest.raises(OSError):
        write_pdf(data, tmp_path / "bestaat-niet" / "rapport.pdf")
    assert not (tmp_path / "bestaat-niet").exists()
    old = tmp_path / "rapport.pdf"
    old.write_bytes(b"%PDF oud")

    def broken(*_args, **_kwargs):
        raise RuntimeError("printer driver crashed")

    from plusdesk.gui import report as gui_report

    original = gui_report.print_document
    gui_report.print_document = broken
    try:
        with pytest.raises(RuntimeError):
            write_pdf(data, old)
    finally:
        gui_report.print_document = original
    assert old.read_bytes() == b"%PDF oud"
    assert [p.name for p in tmp_path.iterdir() if "rapport" in p.name] == ["rapport.pdf"]


def test_saving_from_the_dialog_writes_the_pdf_and_logs_it(
    qtbot, manager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ReportDialog(manager)
    qtbot.addWidget(dialog)
    offered: list[str] = []

    def choose(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(tmp_path / "intervisie"), "PDF"

    told: list[str] = []

    def answer(box: QMessageBox) -> int:
        told.append(box.text())
        return 0

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    monkeypatch.setattr(QMessageBox, "exec", answer)
    year = dialog.year
    assert year == report.default_year(manager.db)
    dialog.save_button.click()
    saved = tmp_path / "intervisie.pdf"
    assert saved.exists() and dialog.saved == saved
    assert (
        Path(offered[0]).name
        == f"Praktijkrapport {year} {manager.db.query('SELECT name FROM practice')[0][0]}.pdf"
    )
    assert told and "Het rapport is opgeslagen" in told[0]
    events = [
        e for e in query(manager.db, AuditFilter(action="export")) if e.object_type == "report"
    ]
    assert len(events) == 1 and events[0].object_id == str(year)


def test_printing_from_the_dialog_prints_and_logs_it(
    qtbot, manager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paper = tmp_path / "afdruk.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(paper))  # a PDF printer stands in for paper
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = ReportDialog(manager)
    qtbot.addWidget(dialog)
    dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(dialog.year - 1))
    dialog.print_button.click()
    text = pdf_text(paper)
    assert f"Praktijkrapport {dialog.year}" in text
    events = [
        e for e in query(manager.db, AuditFilter(action="print")) if e.object_type == "report"
    ]
    assert len(events) == 1 and events[0].object_id == str(dialog.year)


def test_cancelling_the_print_dialog_prints_and_logs_nothing(
    qtbot, manager, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    dialog = ReportDialog(manager)
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    assert not [
        e for e in query(manager.db, AuditFilter(action="print")) if e.object_type == "report"
    ]


def test_the_report_is_in_the_file_menu_of_a_practice_only(qtbot, manager, zorggroep_file) -> None:
    from plusdesk.core.users import login as sign_in
    from plusdesk.gui.main_window import MainWindow
    from tests.conftest import TEST_PASSWORD

    win = MainWindow(manager)
    qtbot.addWidget(win)
    file_menu = win.menuBar().actions()[0].menu()
    assert win.report_action in file_menu.actions()
    assert win.report_action.isEnabled()
    assert win.report_action.shortcut().toString() == "Ctrl+P"
    zg = MainWindow(sign_in(open_database(zorggroep_file), "beheer", TEST_PASSWORD))
    qtbot.addWidget(zg)
    assert not zg.report_action.isEnabled()


def test_the_english_window_makes_an_english_report(made, tmp_path: Path, qapp) -> None:
    from plusdesk.gui.translations import apply_language

    data = made[0]
    apply_language(qapp, "en")
    try:
        text = pdf_text(write_pdf(data, tmp_path / "report.pdf"))
    finally:
        apply_language(qapp, "nl")
    assert f"Practice report {data.year}" in text
    assert "Interventions by domain" in text
    assert "Praktijkrapport" not in text
