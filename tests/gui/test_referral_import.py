"""Importing a referral export as the praktijkmanager does: choose columns, check, import."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from plusdesk.core.db import open_database
from plusdesk.core.practice import create_practice_file, validate_details
from plusdesk.core.referral_mapping import mapping_by_name
from plusdesk.core.users import Session, login
from plusdesk.gui.dialogs.referral_import import ReferralImportDialog, import_referrals

HEADER = ("Patiëntnummer", "Datum verwijzing", "Specialisme", "ICPC", "Naam verwijzer")
GOOD = (
    ("100231", "03-01-2024", "Longziekten", "R96", "P. Hermans"),
    ("100232", "04-01-2024", "0320", "K77", "P. Hermans"),
    ("100233", "05-01-2024", "longarts", "", ""),
    ("100234", "08-01-2024", "Orthopedie", "L15", "J. de Vries"),
    ("100235", "09-01-2024", "0329 Psychiatrie", "P76", "Jörg Müller"),
)
TIP = "Patiëntgegevens: deze kolom wordt nooit opgeslagen"


def export(path: Path, rows=GOOD, header=HEADER) -> Path:
    """An export as a Dutch HIS writes it: Windows-1252, semicolons, dd-mm-jjjj, CRLF."""
    lines = [";".join(header), *(";".join(r) for r in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


@pytest.fixture
def session(tmp_path: Path, first_account):
    """A new practice file without referrals, its praktijkmanager signed in."""
    path = create_practice_file(
        tmp_path / "praktijk.sqlite", validate_details("Praktijk Test", "01234567"), first_account
    )
    db = open_database(path)
    yield login(db, first_account.username, first_account.password)
    db.close()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch):
    """Every message box: its text kept, answered with the queued button or else its default."""
    seen = SimpleNamespace(texts=[], answers=[])

    def fake_exec(box: QMessageBox) -> int:
        seen.texts.append(f"{box.text()} {box.informativeText()}".strip())
        if seen.answers:
            wanted = seen.answers.pop(0)
            for button in box.buttons():
                if button.text().replace("&", "") == wanted:
                    return box.standardButton(button)
            raise AssertionError(f"no button {wanted!r} in: {box.text()}")
        default = box.defaultButton()
        return box.standardButton(default) if default else QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


@pytest.fixture
def open_dialog(qtbot, session: Session):
    def make(path: Path) -> ReferralImportDialog:
        dialog = ReferralImportDialog(session, path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def referrals(session: Session, *, active: bool = False) -> int:
    where = " WHERE replaced_by IS NULL" if active else ""
    return session.db.scalar("SELECT count(*) FROM referral" + where)


def check(qtbot, dialog: ReferralImportDialog) -> None:
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.prepared is not None


def import_it(qtbot, dialog: ReferralImportDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_the_file_is_described_and_its_columns_guessed_with_the_patient_column_marked(
    tmp_path, open_dialog
) -> None:
    dialog = open_dialog(export(tmp_path / "verwijzingen.csv"))
    text = dialog.file_label.text()
    assert "verwijzingen.csv" in text
    assert "CSV, Windows-1252, gescheiden door puntkomma" in text
    assert "5 regels" in text
    chosen = {name: combo.currentData() for name, combo in dialog.combos.items()}
    assert chosen == {
        "date": "Datum verwijzing",
        "specialism": "Specialisme",
        "icpc": "ICPC",
        "referrer": "Naam verwijzer",
    }
    assert "gekozen op hun naam" in dialog.mapping_box.known_label.text()
    assert dialog.name_edit.text() == ""

    preview = dialog.preview_model
    assert preview.rowCount() == 5 and preview.columnCount() == 5
    assert preview.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == TIP
    assert preview.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert preview.index(0, 0).data() == "100231"  # shown, so the user recognises the file
    assert preview.index(4, 4).data() == "Jörg Müller"
    for combo in dialog.combos.values():
        item = combo.model().item(combo.findData("Patiëntnummer"))
        assert not item.isEnabled()
        assert item.text() == "Patiëntnummer (patiëntgegevens)"


def test_a_patient_column_forced_into_a_field_is_refused_with_a_message(
    qtbot, tmp_path, open_dialog, boxes, session
) -> None:
    dialog = open_dialog(export(tmp_path / "verwijzingen.csv"))
    referrer = dialog.combos["referrer"]
    referrer.setCurrentIndex(referrer.findData("Patiëntnummer"))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.prepared is None
    assert "patiëntgegevens worden niet opgeslagen" in boxes.texts[-1]
    assert not dialog.import_button.isEnabled()
    assert referrals(session) == 0


def test_enter_checks_but_never_imports_before_the_check_passed(
    qtbot, tmp_path, open_dialog, session
) -> None:
    dialog = open_dialog(export(tmp_path / "verwijzingen.csv"))
    assert not dialog.import_button.isEnabled()
    assert dialog.check_button.isDefault()
    qtbot.keyClick(dialog.combos["date"], Qt.Key.Key_Return)
    assert dialog.prepared is not None  # Enter ran Controleren
    assert dialog.isVisible() and referrals(session) == 0
    assert "5 regels" in dialog.result_box.summary_label.text()
    assert "5 goed, 0 met fouten" in dialog.result_box.summary_label.text()
    assert "03-01-2024 t/m 09-01-2024" in dialog.result_box.summary_label.text()
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    dialog.combos["icpc"].setCurrentIndex(0)  # a change makes the check stale again
    assert dialog.prepared is None and not dialog.import_button.isEnabled()
    assert "gewijzigd" in dialog.result_box.summary_label.text()


def test_a_bad_row_is_refused_by_default_and_left_out_when_the_user_chooses(
    qtbot, tmp_path, open_dialog, boxes, session
) -> None:
    rows = (*GOOD, ("100236", "31-02-2024", "Cardiologie", "K86", "P. Hermans"))
    dialog = open_dialog(export(tmp_path / "met fout.csv", rows))
    check(qtbot, dialog)
    result = dialog.result_box
    assert "6 regels" in result.summary_label.text()
    assert "5 goed, 1 met fouten" in result.summary_label.text()
    assert not dialog.import_button.isDefault()
    report = result.problems_view.model()
    assert report.rowCount() == 1
    assert [report.index(0, c).data() for c in range(3)] == ["7", "Datum verwijzing", "31-02-2024"]
    assert "geen geldige datum" in report.index(0, 3).data()

    import_it(qtbot, dialog)  # the question is answered with its default: Niet importeren
    assert "1 van de 6 regels bevat fouten" in boxes.texts[-1]
    assert referrals(session) == 0 and dialog.isVisible()

    boxes.answers = ["Importeren zonder de foute regels"]
    import_it(qtbot, dialog)
    assert "5 verwijzingen ingelezen." in boxes.texts[-1]
    assert "1 regel met fouten overgeslagen" in boxes.texts[-1]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.batch.rows_imported, dialog.batch.rows_skipped) == (5, 1)
    assert referrals(session) == 5


def test_a_value_that_looks_like_a_bsn_is_not_shown_in_the_report(
    qtbot, tmp_path, open_dialog
) -> None:
    rows = (*GOOD, ("100236", "10-01-2024", "Cardiologie", "K86", "111222333"))
    dialog = open_dialog(export(tmp_path / "bsn.csv", rows))
    check(qtbot, dialog)
    report = dialog.result_box.problems_view.model()
    assert report.index(0, 2).data() == "•" * 9
    assert "BSN" in report.index(0, 3).data()


def test_the_same_file_twice_is_told_and_not_counted_twice(
    qtbot, tmp_path, open_dialog, boxes, session
) -> None:
    path = export(tmp_path / "januari.csv")
    first = open_dialog(path)
    check(qtbot, first)
    import_it(qtbot, first)
    assert referrals(session) == 5

    again = open_dialog(path)
    check(qtbot, again)
    assert "al geïmporteerd" in again.result_box.banner.text()
    assert not again.import_button.isDefault()
    import_it(qtbot, again)
    assert "al geïmporteerd op" in boxes.texts[-1]
    assert "telt niet dubbel" in boxes.texts[-1]
    assert referrals(session) == 5 and again.batch is None and again.isVisible()


def test_an_overlapping_period_is_kept_on_annuleren_and_replaced_on_vervangen(
    qtbot, tmp_path, open_dialog, boxes, session
) -> None:
    first = open_dialog(export(tmp_path / "januari.csv"))
    check(qtbot, first)
    import_it(qtbot, first)
    later = (
        ("200001", "04-01-2024", "Cardiologie", "K77", "P. Hermans"),
        ("200002", "05-01-2024", "Cardiologie", "K77", "P. Hermans"),
        ("200003", "06-01-2024", "Neurologie", "N01", "P. Hermans"),
    )
    dialog = open_dialog(export(tmp_path / "correctie.csv", later))
    check(qtbot, dialog)
    assert "In deze periode staan al 2 verwijzingen" in dialog.result_box.banner.text()

    boxes.answers = ["Annuleren"]
    import_it(qtbot, dialog)
    assert "'correctie.csv' loopt van 04-01-2024 t/m 06-01-2024" in boxes.texts[-1]
    assert "'januari.csv'" in boxes.texts[-1]
    assert (referrals(session), referrals(session, active=True)) == (5, 5)
    assert dialog.isVisible()

    boxes.answers = ["Periode vervangen"]
    import_it(qtbot, dialog)
    assert "3 verwijzingen ingelezen." in boxes.texts[-1]
    assert "2 eerdere verwijzingen vervangen" in boxes.texts[-1]
    assert (referrals(session), referrals(session, active=True)) == (8, 6)


def test_an_unknown_name_tied_to_a_code_becomes_valid_and_is_saved_with_the_mapping(
    qtbot, tmp_path, open_dialog, boxes, session
) -> None:
    rows = (*GOOD, ("100236", "10-01-2024", "Psycholoog", "P74", ""))
    rows = (*rows, ("100237", "11-01-2024", "Hartspecialist", "K77", ""))
    dialog = open_dialog(export(tmp_path / "namen.csv", rows))
    check(qtbot, dialog)
    assert dialog.prepared.unknown_specialisms == {"Psycholoog": 1, "Hartspecialist": 1}
    ties = dialog.result_box.ties
    assert dialog.result_box.ties_box.isVisible()

    heart = ties.combos["Hartspecialist"]  # picked from the list
    heart.setCurrentIndex(heart.findData("0320"))
    heart.activated.emit(heart.currentIndex())
    assert dialog.prepared.unknown_specialisms == {"Psycholoog": 1}

    psych = dialog.result_box.ties.combos["Psycholoog"]  # a GGZ code, typed
    psych.setFocus()
    qtbot.keyClicks(psych.lineEdit(), "9999")
    qtbot.keyClick(psych.lineEdit(), Qt.Key.Key_Return)
    assert "'9999' is geen bekende specialismecode" in boxes.texts[-1]
    assert dialog.prepared.unknown_specialisms == {"Psycholoog": 1}
    psych.lineEdit().clear()
    qtbot.keyClicks(psych.lineEdit(), "9400")
    qtbot.keyClick(psych.lineEdit(), Qt.Key.Key_Return)
    assert dialog.prepared.unknown_specialisms == {}
    assert not len(dialog.prepared.problems)
    assert dialog.import_button.isDefault()
    assert referrals(session) == 0  # the Enter that tied the code did not import

    dialog.name_edit.setText("HIS-export")
    import_it(qtbot, dialog)
    assert "7 verwijzingen ingelezen." in boxes.texts[-1]
    codes = dict(session.db.query("SELECT specialism, count(*) FROM referral GROUP BY 1"))
    assert codes["0320"] == 2 and codes["9400"] == 1
    saved = mapping_by_name(session.db, "HIS-export")
    assert saved.values == {"psycholoog": "9400", "hartspecialist": "0320"}


def test_a_saved_mapping_is_recognised_the_next_time(
    qtbot, tmp_path, open_dialog, boxes, session
) -> None:
    header = ("Pat.nr", "Wanneer", "Naar", "Episode", "Door")
    dialog = open_dialog(export(tmp_path / "export 1.csv", GOOD, header))
    assert dialog.combos["date"].currentData() == "Wanneer"  # its values read as dates
    assert dialog.combos["specialism"].currentData() == ""  # nothing to go by
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "Specialisme (code of naam)" in boxes.texts[-1] and dialog.prepared is None
    specialism = dialog.combos["specialism"]
    specialism.setCurrentIndex(specialism.findData("Naar"))
    dialog.name_edit.setText("Mijn HIS")
    check(qtbot, dialog)
    import_it(qtbot, dialog)
    assert referrals(session) == 5

    later = (("100300", "15-01-2024", "Cardiologie", "K77", "P. Hermans"),)
    again = open_dialog(export(tmp_path / "export 2.csv", later, header))
    assert again.combos["specialism"].currentData() == "Naar"
    assert "Koppeling 'Mijn HIS' herkend" in again.mapping_box.known_label.text()
    assert again.name_edit.text() == "Mijn HIS"
    check(qtbot, again)
    import_it(qtbot, again)
    assert again.batch.mapping_name == "Mijn HIS" and referrals(session) == 6


def test_a_cancelled_import_stores_nothing(
    qtbot, tmp_path, open_dialog, boxes, session, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(export(tmp_path / "januari.csv"))
    dialog.name_edit.setText("HIS-export")
    check(qtbot, dialog)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _d: True)  # Afbreken
    import_it(qtbot, dialog)
    assert "afgebroken" in boxes.texts[-1] and "niets opgeslagen" in boxes.texts[-1]
    assert referrals(session) == 0
    assert session.db.scalar("SELECT count(*) FROM referral_batch") == 0
    assert session.db.scalar("SELECT count(*) FROM referral_mapping") == 0
    assert dialog.isVisible() and dialog.batch is None


def test_a_file_that_is_no_table_is_told_in_dutch(tmp_path, boxes, session, qtbot) -> None:
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    assert import_referrals(session, empty, None) is None
    assert boxes.texts == ["'leeg.csv' is leeg."]


def test_escape_cancels_without_storing(qtbot, tmp_path, open_dialog, session) -> None:
    dialog = open_dialog(export(tmp_path / "januari.csv"))
    check(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert referrals(session) == 0


def test_a_cancelled_check_shows_nothing_to_import(
    qtbot, tmp_path, open_dialog, boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(export(tmp_path / "januari.csv"))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _d: True)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert boxes.texts == ["De controle is afgebroken."]
    assert dialog.prepared is None and not dialog.import_button.isEnabled()


def test_an_excel_export_is_read_the_same_way(qtbot, tmp_path, open_dialog, boxes, session):
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(list(HEADER))
    for number, day, specialism, icpc, referrer in GOOD:
        when = datetime.strptime(day, "%d-%m-%Y")  # a real Excel date, not text
        book.active.append([int(number), when, specialism, icpc or None, referrer or None])
    path = tmp_path / "verwijzingen.xlsx"
    book.save(path)
    dialog = open_dialog(path)
    assert "Excel-werkmap (XLSX)" in dialog.file_label.text()
    assert dialog.combos["date"].currentData() == "Datum verwijzing"
    check(qtbot, dialog)
    assert "5 goed, 0 met fouten" in dialog.result_box.summary_label.text()
    import_it(qtbot, dialog)
    assert referrals(session) == 5


def test_a_mapping_name_in_use_is_not_overwritten_without_asking(
    qtbot, tmp_path, open_dialog, boxes, session
) -> None:
    first = open_dialog(export(tmp_path / "januari.csv"))
    first.name_edit.setText("HIS-export")
    check(qtbot, first)
    import_it(qtbot, first)
    header = ("Pat.nr", "Datum", "Specialisme", "ICPC", "Verwijzer")
    later = (("100300", "15-01-2024", "Cardiologie", "K77", "P. Hermans"),)
    other = open_dialog(export(tmp_path / "ander systeem.csv", later, header))
    assert other.name_edit.text() == ""  # another layout: not recognised
    other.name_edit.setText("HIS-export")
    check(qtbot, other)
    boxes.answers = ["Andere naam kiezen"]
    import_it(qtbot, other)
    assert "al een kolomkoppeling met de naam 'HIS-export'" in boxes.texts[-1]
    assert referrals(session) == 5 and other.isVisible()
    assert mapping_by_name(session.db, "HIS-export").columns["referrer"] == "Naam verwijzer"
