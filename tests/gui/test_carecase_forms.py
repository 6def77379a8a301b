"""The care-case forms filled in as a POH would: case, route and closing, entries, thresholds."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from plusdesk.core import carecases
from plusdesk.core.carecase_model import CaseDraft, CloseDraft, Instrument
from plusdesk.core.clock import format_date
from plusdesk.core.db import open_database
from plusdesk.core.practice import create_practice_file, validate_details
from plusdesk.core.users import Role, Session, add_user, login
from plusdesk.core.validation import today
from plusdesk.gui.dialogs.carecase_entries import (
    CareDialog,
    ContactDialog,
    MeasureDialog,
    ReviewDialog,
    ThresholdsDialog,
)
from plusdesk.gui.dialogs.carecase_forms import CaseFormDialog, RouteDialog

BSN = "111222333"  # passes the 11-proef
PATIENT = "T-70001"


@pytest.fixture
def practice(tmp_path: Path, first_account) -> Path:
    """A fresh practice file: its praktijkmanager, a POH and a huisarts (no care cases yet)."""
    path = create_practice_file(
        tmp_path / "praktijk.sqlite", validate_details("Praktijk Test", "01234567"), first_account
    )
    db = open_database(path)
    manager = login(db, first_account.username, first_account.password)
    for username, role, name in (
        ("anouk", Role.POH, "Anouk Janssen"),
        ("peter", Role.HUISARTS, "Peter Hermans"),
    ):
        add_user(manager, username, first_account.password, None, role, name)
    db.close()
    return path


@pytest.fixture
def session_of(practice: Path, first_account):
    """A signed-in account of the fresh practice: anouk (POH) or peter (huisarts)."""

    def make(username: str = "anouk") -> Session:
        return login(open_database(practice), username, first_account.password)

    return make


@pytest.fixture
def show(qtbot, monkeypatch: pytest.MonkeyPatch):
    """A dialog shown and active; left open with changes, it closes as if Niet opslaan."""
    monkeypatch.setattr(CareDialog, "ask_unsaved", lambda _d: QMessageBox.StandardButton.Discard)

    def make(dialog: QDialog) -> QDialog:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return make


def type_into(qtbot, field: QWidget, text: str) -> None:
    """Click into a field, type (or pick, in a list), and leave it with Tab."""
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def clear_and_type(qtbot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_into(qtbot, field, text)


def below(message: QWidget, field: QWidget) -> bool:
    window = field.window()
    top = message.mapTo(window, QPoint(0, 0)).y()
    return message.isVisible() and top >= field.mapTo(window, QPoint(0, field.height())).y()


def count(session: Session, table: str) -> int:
    return session.db.scalar(f"SELECT count(*) FROM {table}")


def open_one(session: Session, patient: str = PATIENT, weeks_ago: int = 6, **more) -> int:
    draft = CaseDraft(
        patient_ref=patient,
        started_on=today() - timedelta(weeks=weeks_ago),
        case_manager=session.user.username,
        problem="somberheid",
        phq9="16",
        **more,
    )
    return carecases.open_case(session, draft)


def case_of(session: Session, case_id: int):
    return carecases.load(session.db, "id = ?", (case_id,))[0]


def save(qtbot, dialog: CareDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_new_case_starts_today_with_the_signed_in_case_manager(session_of, show) -> None:
    dialog = show(CaseFormDialog(session_of()))
    assert dialog.windowTitle() == "Nieuwe casus"
    assert dialog.date_edit.text() == format_date(today())
    assert dialog.manager_combo.currentText() == "Anouk Janssen"
    assert dialog.problem_combo.currentText() == "Kies…"
    assert dialog.patient_edit.hasFocus() and dialog.save_button.isDefault()
    assert set(dialog.scores) == {Instrument.PHQ9, Instrument.GAD7}
    assert not any(label.isVisible() for label in dialog.form.messages.values())


def test_a_bsn_is_shown_under_the_field_and_nothing_is_written_until_fixed(
    qtbot, session_of, show
) -> None:
    session = session_of()
    before = count(session, "carecase")
    dialog = show(CaseFormDialog(session))
    type_into(qtbot, dialog.patient_edit, BSN)
    message = dialog.form.messages["patient_ref"]
    assert "lijkt een BSN" in message.text() and below(message, dialog.patient_edit)
    assert not dialog.form.messages["problem"].isVisible()  # not reached yet

    save(qtbot, dialog)
    assert dialog.isVisible() and count(session, "carecase") == before
    assert dialog.form.messages["problem"].text() == "Kies de aanmeldklacht."

    clear_and_type(qtbot, dialog.patient_edit, PATIENT)
    assert not message.isVisible()
    dialog.problem_combo.setCurrentIndex(dialog.problem_combo.findText("Anders"))
    save(qtbot, dialog)
    assert dialog.form.messages["problem_note"].text() == "Beschrijf de aanmeldklacht bij 'anders'."
    type_into(qtbot, dialog.note_edit, "piekeren over mantelzorg")
    type_into(qtbot, dialog.scores[Instrument.GAD7].total_edit, "12")
    dialog.safety_check.click()
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    case = case_of(session, dialog.case_id)
    assert (case.patient_ref, case.case_manager, case.problem_label) == (
        PATIENT,
        "anouk",
        "anders: piekeren over mantelzorg",
    )
    assert case.safety_since == today()
    assert [(m.instrument, m.total, m.items) for m in case.measures] == [(Instrument.GAD7, 12, ())]


def test_item_scores_add_up_to_the_total_shown_and_stored(qtbot, session_of, show) -> None:
    session = session_of()
    dialog = show(CaseFormDialog(session))
    type_into(qtbot, dialog.patient_edit, PATIENT)
    dialog.problem_combo.setCurrentIndex(dialog.problem_combo.findText("Somberheid"))
    phq = dialog.scores[Instrument.PHQ9]
    assert not phq.items_box.isVisible()
    qtbot.mouseClick(phq.items_button, Qt.MouseButton.LeftButton)
    assert phq.items_box.isVisible() and phq.total_edit.isReadOnly()
    assert [c.isVisible() for c in phq.item_combos].count(True) == 9
    for combo, score in zip(phq.item_combos[:8], "21232112", strict=True):
        type_into(qtbot, combo, score)
    assert phq.total_edit.text() == "" and phq.band_label.text() == "nog 1 van de 9 vragen open"
    save(qtbot, dialog)
    assert dialog.isVisible() and "Vul alle 9 vragen" in dialog.form.messages["phq9"].text()
    type_into(qtbot, phq.item_combos[8], "0")
    assert phq.total_edit.text() == "14" and phq.band_label.text() == "14 — matig"
    assert not phq.warning_label.isVisible()
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = session.db.query(
        "SELECT instrument, total, items FROM carecase_measure WHERE case_id = ?",
        (dialog.case_id,),
    )
    assert [tuple(row) for row in stored] == [("phq9", 14, "212321120")]


def test_a_phq9_with_item_9_above_0_shows_the_safety_warning(qtbot, session_of, show) -> None:
    session = session_of()
    case = case_of(session, open_one(session))
    dialog = show(MeasureDialog(session, case))
    assert dialog.windowTitle() == "Meting vastleggen"
    type_into(qtbot, dialog.score.total_edit, "9")
    assert dialog.score.band_label.text() == "9 — mild"
    dialog.score.items_button.click()
    for combo in dialog.score.item_combos[:8]:
        type_into(qtbot, combo, "1")
    assert not dialog.score.warning_label.isVisible()
    type_into(qtbot, dialog.score.item_combos[8], "2")
    warning = dialog.score.warning_label
    assert warning.isVisible()
    assert warning.text() == (
        "Vraag 9 (gedachten aan de dood of zelfbeschadiging) is positief: bespreek de veiligheid."
    )
    assert dialog.score.band_label.text() == "10 — matig"
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert case_of(session, case.id).measures[-1].items == (1, 1, 1, 1, 1, 1, 1, 1, 2)

    gad = show(MeasureDialog(session, case, instrument=Instrument.GAD7))
    type_into(qtbot, gad.score.total_edit, "30")
    save(qtbot, gad)
    assert gad.form.messages["total"].text() == (
        "De GAD-7-score moet een geheel getal van 0 t/m 21 zijn."
    )
    gad.score.items_button.click()
    assert [c.isVisible() for c in gad.score.item_combos].count(True) == 7
    assert gad.score.total_edit.isReadOnly() and gad.score.total_edit.text() == ""


def test_a_second_open_case_for_the_same_patient_is_refused(qtbot, session_of, show) -> None:
    session = session_of()
    open_one(session, weeks_ago=3)
    before = count(session, "carecase")
    dialog = show(CaseFormDialog(session))
    type_into(qtbot, dialog.patient_edit, PATIENT)
    message = dialog.form.messages["patient_ref"]
    started = format_date(today() - timedelta(weeks=3))
    assert message.text() == (
        f"Patiënt {PATIENT} heeft al een open casus sinds {started}. Open die casus, of sluit "
        "hem eerst af."
    )
    dialog.problem_combo.setCurrentIndex(dialog.problem_combo.findText("Angst"))
    save(qtbot, dialog)
    assert dialog.isVisible() and count(session, "carecase") == before


def test_changing_a_case_keeps_its_scores_and_stores_the_heading(qtbot, session_of, show) -> None:
    session = session_of()
    case = case_of(session, open_one(session))
    dialog = show(CaseFormDialog(session, case=case))
    assert dialog.windowTitle() == "Casus wijzigen" and dialog.scores == {}
    assert dialog.patient_edit.text() == PATIENT
    assert dialog.date_edit.text() == format_date(case.started_on)
    dialog.problem_combo.setCurrentIndex(dialog.problem_combo.findText("Rouw of verlies"))
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.case_id == case.id
    changed = case_of(session, case.id)
    assert changed.problem.value == "rouw" and len(changed.measures) == 1


def test_a_review_with_a_social_cause_needs_the_cause_and_remembers_the_psychiatrist(
    qtbot, session_of, show
) -> None:
    session = session_of()
    case = case_of(session, open_one(session))
    dialog = show(ReviewDialog(session, case))
    assert dialog.windowTitle() == "Consult psychiater"
    assert dialog.psychiatrist_edit.text() == ""  # no earlier consultation in the file
    clear_and_type(qtbot, dialog.psychiatrist_edit, "dr. M. de Vries")
    assert not dialog.social_combo.isEnabled()
    dialog.decision_radios[next(iter(dialog.decision_radios))].click()
    assert not dialog.social_combo.isEnabled()
    social = next(d for d in dialog.decision_radios if d.value == "sociaal")
    dialog.decision_radios[social].click()
    assert dialog.social_combo.isEnabled()
    before = count(session, "carecase_review")
    save(qtbot, dialog)
    assert dialog.isVisible() and count(session, "carecase_review") == before
    message = dialog.form.messages["social_cause"]
    assert message.text() == "Kies welke sociale oorzaak." and below(message, dialog.social_combo)
    dialog.social_combo.setCurrentIndex(dialog.social_combo.findText("Schulden of geldzorgen"))
    type_into(qtbot, dialog.advice_edit, "Verwijzen naar schuldhulpverlening.")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    review = case_of(session, case.id).reviews[-1]
    assert review.decision_label == "geen stoornis — sociale oorzaak: schulden of geldzorgen"
    assert review.advice == "Verwijzen naar schuldhulpverlening."
    again = show(ReviewDialog(session, case))
    assert again.psychiatrist_edit.text() == "dr. M. de Vries"


def test_closing_without_a_plan_asks_and_no_writes_nothing(
    qtbot, session_of, show, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = session_of()
    case = case_of(session, open_one(session))
    answers: list[bool] = []
    monkeypatch.setattr(RouteDialog, "ask_close_without_plan", lambda _d: answers.pop(0))
    dialog = show(RouteDialog(session, case, close=True))
    assert dialog.windowTitle() == "Casus afsluiten"
    assert dialog.closed_date.text() == format_date(today())
    save(qtbot, dialog)  # nothing chosen yet: shown, no question
    assert dialog.form.messages["route"].isVisible()
    assert dialog.form.messages["close_reason"].text() == "Kies waarom de casus wordt afgesloten."
    dialog.route_combo.setCurrentIndex(dialog.route_combo.findText("Sociaal domein"))
    assert dialog.social_combo.isVisible()
    dialog.social_combo.setCurrentIndex(dialog.social_combo.findText("Eenzaamheid"))
    dialog.reason_combo.setCurrentIndex(
        dialog.reason_combo.findText("Klachten afgenomen, doelen bereikt")
    )
    answers.append(False)
    save(qtbot, dialog)
    assert answers == [] and dialog.isVisible()
    assert case_of(session, case.id).is_open and case_of(session, case.id).route is None
    answers.append(True)
    save(qtbot, dialog)
    assert answers == [] and dialog.result() == QDialog.DialogCode.Accepted
    closed = case_of(session, case.id)
    assert closed.closed_on == today() and closed.route_label == "sociaal domein (eenzaamheid)"
    assert closed.relapse_plan_on is None


def test_a_route_with_a_plan_is_saved_without_closing_or_asking(
    qtbot, session_of, show, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = session_of()
    case = case_of(session, open_one(session))
    monkeypatch.setattr(RouteDialog, "ask_close_without_plan", lambda _d: pytest.fail("asked"))
    dialog = show(RouteDialog(session, case))
    assert dialog.windowTitle() == "Route vastleggen"
    assert dialog.route_combo.currentText() == "Nog geen route"
    assert not dialog.route_date.isVisible() and not dialog.plan_date.isEnabled()
    dialog.route_combo.setCurrentIndex(dialog.route_combo.findText("Basis-GGZ"))
    assert dialog.route_date.isVisible() and not dialog.social_combo.isVisible()
    dialog.plan_check.click()
    assert dialog.plan_date.isEnabled()
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    got = case_of(session, case.id)
    assert got.is_open and got.route_label == "basis-GGZ" and got.relapse_plan_on == today()


def test_a_contact_starts_today_as_spreekuur_and_is_stored(qtbot, session_of, show) -> None:
    session = session_of()
    case = case_of(session, open_one(session))
    dialog = show(ContactDialog(session, case))
    assert dialog.date_edit.text() == format_date(today())
    assert dialog.kind_combo.currentText() == "Spreekuur"
    assert f"Casus van patiënt {PATIENT}" in dialog.findChild(QWidget, "caseHeading").text()
    clear_and_type(qtbot, dialog.minutes_spin, "30")
    type_into(qtbot, dialog.note_edit, "Activiteitenplan besproken.")
    dialog.discuss_check.click()
    qtbot.keyClick(dialog.minutes_spin, Qt.Key.Key_Return)  # Opslaan is the default button
    assert dialog.result() == QDialog.DialogCode.Accepted
    contact = case_of(session, case.id).contacts[-1]
    assert (contact.kind.value, contact.minutes, contact.discuss) == ("spreekuur", 30, True)


def test_a_closed_case_refuses_a_contact_in_the_message_line(qtbot, session_of, show) -> None:
    session = session_of()
    case = case_of(session, open_one(session))
    draft = CloseDraft(
        route="huisartsenpraktijk",
        route_on=today(),
        relapse_plan_on=today(),
        closed_on=today(),
        close_reason="klachten_afgenomen",
    )
    carecases.save_route(session, case.id, draft, close=True)
    dialog = show(ContactDialog(session, case))
    save(qtbot, dialog)
    assert dialog.isVisible() and "afgesloten" in dialog.message.text()
    assert dialog.message.isVisible()


def test_without_the_role_the_form_says_so_and_cannot_save(session_of, show) -> None:
    dialog = show(CaseFormDialog(session_of("peter")))
    assert not dialog.save_button.isEnabled()
    assert dialog.message.text() == "Met uw rol kunt u geen casussen vastleggen of wijzigen."


def test_thresholds_stay_in_range_and_saved_values_read_back(qtbot, session_of, show) -> None:
    session = session_of()
    dialog = show(ThresholdsDialog(session))
    assert dialog.spins["review_weeks"].value() == 10
    contact = dialog.spins["contact_days"]
    clear_and_type(qtbot, contact, "500")
    assert contact.value() <= 180  # the field takes no more than its limit
    clear_and_type(qtbot, contact, "45")
    clear_and_type(qtbot, dialog.spins["remission_below"], "7")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = carecases.thresholds(session.db)
    assert (stored.contact_days, stored.remission_below, stored.review_weeks) == (45, 7, 10)

    again = show(ThresholdsDialog(session))
    assert again.spins["contact_days"].value() == 45
    again.spins["response_drop"].setMaximum(200)  # were the field to let it through
    clear_and_type(qtbot, again.spins["response_drop"], "120")
    save(qtbot, again)
    message = again.form.messages["response_drop"]
    assert message.isVisible() and "10 t/m 90" in message.text()
    assert carecases.thresholds(session.db).response_drop == 50
    again.defaults_button.click()
    assert [s.value() for s in again.spins.values()] == [10, 30, 50, 5]
    save(qtbot, again)
    assert carecases.thresholds(session.db).contact_days == 30


def test_closing_with_typed_text_asks_and_the_lock_closes_without_asking(
    qtbot, session_of, show, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = session_of()
    case = case_of(session, open_one(session))
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(CareDialog, "ask_unsaved", lambda d: asked.append(d) or answers.pop(0))
    untouched = show(ContactDialog(session, case))
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and asked == []

    dialog = show(ContactDialog(session, case))
    type_into(qtbot, dialog.note_edit, "Slaapt slecht")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()  # Annuleren: back to the form
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert len(asked) == 2 and not dialog.isVisible()  # Niet opslaan
    assert count(session, "carecase_contact") == 0

    monkeypatch.setattr(CareDialog, "ask_unsaved", lambda _d: pytest.fail("asked"))
    locked = show(CaseFormDialog(session))
    type_into(qtbot, locked.patient_edit, "T-70002")
    locked.close_without_asking()
    assert not locked.isVisible() and locked.closed_by_lock
    assert locked.patient_edit.text() == ""
