"""Logging a patient-centred conversation in its form, as a POH or huisarts would fill it in."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from plusdesk.core import conversations
from plusdesk.core.audit import AuditFilter, query
from plusdesk.core.clock import format_date
from plusdesk.core.db import open_database
from plusdesk.core.users import Session, login
from plusdesk.core.validation import today
from plusdesk.gui.dialogs.conversation import ConversationDialog

BSN = "111222333"  # passes the 11-proef
PATIENT = "T-90001"  # not one of the demo's patient numbers


@pytest.fixture
def session_of(demo_file: Path):
    """A signed-in demo account: poh (Anouk Janssen, POH), huisarts (Peter Hermans), demo."""

    def make(username: str = "poh") -> Session:
        return login(open_database(demo_file), username, "plusdesk-demo")

    return make


@pytest.fixture
def open_dialog(qtbot, monkeypatch: pytest.MonkeyPatch):
    """The conversation form, shown and active, as the user sees it.

    Forms left open with typed text are closed at the end of the test as if the user chose
    Niet opslaan (tests about that question patch ask_unsaved themselves).
    """
    monkeypatch.setattr(
        ConversationDialog, "ask_unsaved", lambda _d: QMessageBox.StandardButton.Discard
    )

    def make(session: Session, *args, **kwargs) -> ConversationDialog:
        dialog = ConversationDialog(session, *args, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return make


def type_into(qtbot, field: QWidget, text: str) -> None:
    """Click into a field, type, and leave it with Tab."""
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def clear_and_type(qtbot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_into(qtbot, field, text)


def below(message: QWidget, field: QWidget) -> bool:
    """The message is shown right under the field (in the dialog's coordinates)."""
    window = field.window()
    top = message.mapTo(window, QPoint(0, 0)).y()
    return message.isVisible() and top >= field.mapTo(window, QPoint(0, field.height())).y()


def stored(session: Session) -> int:
    return session.db.scalar("SELECT count(*) FROM conversation")


def save_earlier(session: Session, patient: str, days_ago: int, **changes) -> int:
    values = dict(
        patient_ref=patient,
        held_on=today() - timedelta(days=days_ago),
        professional="Anouk Janssen",
        professional_role="poh_s",
        reason="kwetsbaar",
        scores={"zingeving": "5"},
        actions=("action_care",),
    )
    values.update(changes)
    return conversations.save(session, conversations.Draft(**values))


def test_a_new_form_starts_with_today_and_the_signed_in_professional(
    session_of, open_dialog
) -> None:
    dialog = open_dialog(session_of("poh"))
    assert dialog.windowTitle() == "Gesprek vastleggen"
    assert dialog.date_edit.text() == format_date(today())
    assert dialog.professional_combo.currentText() == "Anouk Janssen"
    assert dialog.role_combo.currentText() == "POH-S"
    assert dialog.reason_combo.currentText() == "Kies…"
    assert dialog.patient_edit.placeholderText() == "zoals in uw HIS, geen BSN"
    assert not dialog.reason_other_edit.isVisible()
    assert not dialog.link_label.isVisible()
    assert not any(label.isVisible() for label in dialog.form.messages.values())
    assert open_dialog(session_of("huisarts")).role_combo.currentText() == "Huisarts"


def test_a_bsn_and_a_score_of_12_are_shown_under_their_fields_then_fixed_and_stored(
    qtbot, session_of, open_dialog
) -> None:
    session = session_of("poh")
    before = stored(session)
    dialog = open_dialog(session)

    type_into(qtbot, dialog.patient_edit, BSN)
    bsn_message = dialog.form.messages["patient_ref"]
    assert "lijkt een BSN" in bsn_message.text()
    assert below(bsn_message, dialog.patient_edit)
    zingeving = dialog.score_edits["zingeving"]
    type_into(qtbot, zingeving, "12")
    score_message = dialog.form.messages["score_zingeving"]
    assert (
        score_message.text() == "De score voor zingeving moet een geheel getal van 0 t/m 10 zijn."
    )
    assert below(score_message, zingeving)
    assert not dialog.form.messages["reason"].isVisible()  # not reached yet: no scolding

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and stored(session) == before  # Opslaan wrote nothing
    assert dialog.form.messages["reason"].text() == "Kies de reden van inclusie."

    clear_and_type(qtbot, dialog.patient_edit, PATIENT)
    clear_and_type(qtbot, zingeving, "6")
    assert not bsn_message.isVisible() and not score_message.isVisible()
    type_into(qtbot, dialog.score_edits["lichaamsfuncties"], "4")
    dialog.talk_checks["mentaal_welbevinden"].click()
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findText("Anders"))
    assert dialog.reason_other_edit.isVisible()  # only for 'anders'
    type_into(qtbot, dialog.reason_other_edit, "Mantelzorger overbelast")
    type_into(qtbot, dialog.question_edit, "Wil weer zelf boodschappen kunnen doen.")
    type_into(qtbot, dialog.goal_edits[0], "Twee keer per week wandelen")
    dialog.goal_actor_combos[0].setCurrentIndex(dialog.goal_actor_combos[0].findText("Patiënt"))
    follow_up = today() + timedelta(days=21)  # in the future: planned ahead
    type_into(qtbot, dialog.goal_date_edits[0], format_date(follow_up))
    dialog.action_checks["action_care"].click()
    dialog.action_checks["action_welfare"].click()
    assert not dialog.specialism_combo.isEnabled()
    dialog.avoided_check.click()
    assert dialog.specialism_combo.isEnabled()
    dialog.specialism_combo.setCurrentIndex(dialog.specialism_combo.findText("Longziekten"))
    next_contact = today() + timedelta(days=42)
    type_into(qtbot, dialog.next_contact_edit, format_date(next_contact))

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ConversationDialog.DialogCode.Accepted
    assert stored(session) == before + 1
    got = conversations.get(session, dialog.saved_id)
    assert got.patient_ref == PATIENT
    assert got.held_on == today()
    assert (got.professional, got.professional_role.value) == ("Anouk Janssen", "poh_s")
    assert got.reason_label == "anders: Mantelzorger overbelast"
    assert got.question == "Wil weer zelf boodschappen kunnen doen."
    assert [(s.dimension, s.score, s.wants_to_talk) for s in got.scores] == [
        ("lichaamsfuncties", 4, False),
        ("mentaal_welbevinden", None, True),
        ("zingeving", 6, False),
    ]
    assert got.goals == (conversations.Goal("Twee keer per week wandelen", "Patiënt", follow_up),)
    assert got.actions == ("action_care", "action_welfare")
    assert (got.referral_avoided, got.avoided_specialism) == (True, "0322")
    assert got.next_contact == next_contact


def test_a_follow_up_links_to_the_previous_conversation_and_copies_its_reason(
    session_of, open_dialog
) -> None:
    session = session_of("poh")
    save_earlier(session, PATIENT, 70)
    save_earlier(session, PATIENT, 28, reason="frequente_bezoeker")
    dialog = open_dialog(session, follow_up_of=PATIENT)
    earlier = format_date(today() - timedelta(days=28))
    assert dialog.link_label.isVisible()
    assert dialog.link_label.text() == (
        f"Vervolg op het gesprek van {earlier} (3e gesprek met deze patiënt)."
    )
    assert dialog.reason_combo.currentText() == "Frequente bezoeker"
    assert dialog.patient_edit.text() == PATIENT and dialog.patient_edit.isReadOnly()
    assert dialog.score_edits["zingeving"].text() == ""  # scored afresh in each conversation


def test_typing_a_known_patient_number_shows_the_earlier_conversation_without_logging(
    qtbot, session_of, open_dialog
) -> None:
    session = session_of("poh")
    save_earlier(session, PATIENT, 14)
    views = len(query(session.db, AuditFilter(action="view")))
    dialog = open_dialog(session)
    dialog.patient_edit.setFocus()
    qtbot.keyClicks(dialog.patient_edit, PATIENT)
    assert dialog.link_label.isVisible()
    assert dialog.link_label.text() == (
        f"Eerder gesprek met deze patiënt op {format_date(today() - timedelta(days=14))}; "
        "dit wordt het 2e gesprek."
    )
    qtbot.keyClick(dialog.patient_edit, Qt.Key.Key_Backspace)
    assert not dialog.link_label.isVisible()  # T-9000 is nobody's number
    assert len(query(session.db, AuditFilter(action="view"))) == views


def test_the_owner_changes_a_conversation_a_huisarts_only_reads_it(
    qtbot, session_of, open_dialog
) -> None:
    poh = session_of("poh")
    cid = save_earlier(poh, PATIENT, 7)

    own = open_dialog(poh, cid)
    assert own.windowTitle() == "Gesprek wijzigen"
    assert own.score_edits["zingeving"].text() == "5"
    assert own.action_checks["action_care"].isChecked()
    clear_and_type(qtbot, own.score_edits["zingeving"], "7")
    qtbot.mouseClick(own.save_button, Qt.MouseButton.LeftButton)
    assert own.result() == ConversationDialog.DialogCode.Accepted
    assert conversations.get(poh, cid).score_of("zingeving") == 7

    other = open_dialog(session_of("huisarts"), cid)
    assert other.windowTitle() == "Gesprek inzien"
    assert other.note_label.isVisible()
    assert "vastgelegd door Anouk Janssen" in other.note_label.text()
    assert other.patient_edit.isReadOnly() and other.score_edits["zingeving"].isReadOnly()
    assert not other.reason_combo.isEnabled() and not other.action_checks["geen"].isEnabled()
    assert not other.save_button.isVisible()
    qtbot.keyClick(other, Qt.Key.Key_Escape)  # nothing to lose: closes without asking
    assert not other.isVisible()


def test_geen_and_the_actual_agreements_exclude_each_other(session_of, open_dialog) -> None:
    dialog = open_dialog(session_of("poh"))
    checks = dialog.action_checks
    checks["action_care"].click()
    checks["action_social"].click()
    checks["geen"].click()
    assert [k for k, c in checks.items() if c.isChecked()] == ["geen"]
    checks["action_welfare"].click()
    assert [k for k, c in checks.items() if c.isChecked()] == ["action_welfare"]


def test_closing_with_unsaved_changes_asks_first(
    qtbot, session_of, open_dialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = session_of("poh")
    before = stored(session)
    asked: list[QMessageBox.StandardButton] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]

    def answer(_dialog) -> QMessageBox.StandardButton:
        asked.append(answers[len(asked)])
        return asked[-1]

    monkeypatch.setattr(ConversationDialog, "ask_unsaved", answer)
    untouched = open_dialog(session)
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and asked == []  # nothing typed: no question

    dialog = open_dialog(session)
    type_into(qtbot, dialog.patient_edit, PATIENT)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()  # Annuleren: back to the form
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert len(asked) == 2 and not dialog.isVisible()  # Niet opslaan
    assert stored(session) == before


def test_saving_from_the_question_stores_or_keeps_the_form_open(
    qtbot, session_of, open_dialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = session_of("poh")
    monkeypatch.setattr(
        ConversationDialog, "ask_unsaved", lambda _d: QMessageBox.StandardButton.Save
    )
    dialog = open_dialog(session)
    type_into(qtbot, dialog.patient_edit, PATIENT)
    dialog.reject()
    assert dialog.isVisible()  # Opslaan, but the reason is missing: shown, form stays
    assert dialog.form.messages["reason"].isVisible()
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findText("Kwetsbaar"))
    dialog.action_checks["geen"].click()
    dialog.reject()
    assert dialog.result() == ConversationDialog.DialogCode.Accepted
    got = conversations.get(session, dialog.saved_id)
    assert (got.patient_ref, got.actions, got.next_contact) == (PATIENT, (), None)


def test_the_screen_lock_closes_without_a_question_and_forgets_what_was_typed(
    qtbot, session_of, open_dialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ConversationDialog, "ask_unsaved", lambda _d: pytest.fail("asked"))
    session = session_of("poh")
    before = stored(session)
    dialog = open_dialog(session)
    type_into(qtbot, dialog.patient_edit, PATIENT)
    type_into(qtbot, dialog.question_edit, "Zorgen om schulden")
    dialog.close_without_asking()
    assert not dialog.isVisible() and dialog.closed_by_lock
    assert dialog.patient_edit.text() == "" and dialog.question_edit.toPlainText() == ""
    assert stored(session) == before


def test_quick_buttons_plan_the_next_contact_from_the_conversation_date(
    session_of, open_dialog
) -> None:
    dialog = open_dialog(session_of("poh"))
    assert dialog.next_contact_edit.text() == ""  # empty: no follow-up planned
    buttons = dialog.findChildren(QPushButton)
    next(b for b in buttons if b.text() == "over 6 weken").click()
    assert dialog.next_contact_edit.text() == format_date(today() + timedelta(weeks=6))
