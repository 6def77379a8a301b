"""First start: the practice form validates like a user expects, or the demo is chosen."""

from pathlib import Path

from PySide6.QtCore import Qt

from plusdesk.core.practice import Practice
from plusdesk.gui.dialogs.practice import FirstStartDialog, PracticeDetailsDialog


def make(qtbot, tmp_path: Path) -> FirstStartDialog:
    dialog = FirstStartDialog(tmp_path / "plusdesk.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_into(qtbot, edit, text: str) -> None:
    """Click into a field and type, as a user does (focus moves there first)."""
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, text)


def fill_account(dialog: FirstStartDialog) -> None:
    dialog.username_edit.setText("m.jansen")
    dialog.password_edit.setText("correct paard batterij")
    dialog.password2_edit.setText("correct paard batterij")


def test_wrong_agb_code_is_explained_next_to_the_field_when_leaving_it(
    qtbot, tmp_path: Path
) -> None:
    dialog = make(qtbot, tmp_path)
    agb_message = dialog.form.messages["agb_code"]
    type_into(qtbot, dialog.name_edit, "Huisartsenpraktijk De Linde")
    type_into(qtbot, dialog.agb_edit, "1234")
    assert dialog.messages() == {}  # not while the user is still typing
    qtbot.keyClick(dialog.agb_edit, Qt.Key.Key_Tab)
    assert "8 cijfers" in agb_message.text() and agb_message.isVisible()
    assert list(dialog.messages()) == ["agb_code"]
    assert not dialog.create_button.isEnabled()
    type_into(qtbot, dialog.agb_edit, "5678")
    assert dialog.messages() == {}  # corrected: the message goes at once
    assert not agb_message.isVisible()
    assert dialog.create_button.isEnabled()


def test_password_rules_are_explained_at_their_fields(qtbot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    type_into(qtbot, dialog.password_edit, "kort")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Tab)
    assert "minstens 10 tekens" in dialog.messages()["password"]
    type_into(qtbot, dialog.password_edit, " maar nu lang genoeg")
    type_into(qtbot, dialog.password2_edit, "iets anders")
    qtbot.keyClick(dialog.password2_edit, Qt.Key.Key_Tab)
    assert dialog.messages() == {"password2": "De twee wachtwoorden zijn niet gelijk."}


def test_untouched_fields_are_not_shouted_at(qtbot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    assert dialog.messages() == {}
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    shown = dialog.messages()
    assert "naam van de praktijk" in shown["name"]
    assert "AGB-code" in shown["agb_code"]
    assert "gebruikersnaam" in shown["username"]
    assert "wachtwoord" in shown["password"]
    assert dialog.result() == 0 and dialog.isVisible()


def test_filled_form_gives_the_practice_details(qtbot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    type_into(qtbot, dialog.name_edit, "  De Linde ")
    type_into(qtbot, dialog.agb_edit, "01 23 45 67")
    type_into(qtbot, dialog.zorggroep_edit, "Zorggroep Zuid-Limburg")
    dialog.list_size_spin.setValue(6250)
    dialog.wave_spin.setValue(2)
    fill_account(dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == FirstStartDialog.CREATE
    assert dialog.details is not None
    assert dialog.details.name == "De Linde"
    assert dialog.details.agb_code == "01234567"
    assert dialog.details.list_size == 6250
    assert dialog.details.wave == 2
    assert dialog.account is not None and dialog.account.username == "m.jansen"


def test_list_size_zero_means_unknown(qtbot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    assert dialog.list_size_spin.text() == "nog onbekend"
    type_into(qtbot, dialog.name_edit, "De Linde")
    type_into(qtbot, dialog.agb_edit, "01234567")
    fill_account(dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.details is not None and dialog.details.list_size is None


def test_demo_button_chooses_the_demo(qtbot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == FirstStartDialog.DEMO


def test_details_dialog_is_filled_in_and_saves_a_correction(qtbot, tmp_path: Path) -> None:
    practice = Practice(name="De Linde", agb_code="01234567", zorggroep="ZZL", list_size=6000)
    dialog = PracticeDetailsDialog(tmp_path / "p.sqlite", practice)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.demo_button.isVisible()
    assert not dialog.account_box.isVisible()  # accounts are managed elsewhere
    assert dialog.create_button.text() == "&Opslaan"
    assert dialog.agb_edit.text() == "01234567"
    assert dialog.list_size_spin.value() == 6000
    dialog.agb_edit.setText("0123456")
    dialog.agb_edit.textEdited.emit("0123456")
    assert "8 cijfers" in dialog.messages()["agb_code"]  # a known field is judged live
    dialog.agb_edit.setText("01234568")
    dialog.agb_edit.textEdited.emit("01234568")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.details is not None and dialog.details.agb_code == "01234568"
