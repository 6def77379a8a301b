"""First start: the practice form validates like a user expects, or the demo is chosen."""

from pathlib import Path

from PySide6.QtCore import Qt

from plusdesk.gui.dialogs.first_start import FirstStartDialog


def make(qtbot, tmp_path: Path) -> FirstStartDialog:
    dialog = FirstStartDialog(tmp_path / "plusdesk.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_agb_code_is_explained_and_blocks_creating(qtbot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    qtbot.keyClicks(dialog.name_edit, "Huisartsenpraktijk De Linde")
    qtbot.keyClicks(dialog.agb_edit, "1234")
    assert "8 cijfers" in dialog.message.text()
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.agb_edit, "5678")
    assert dialog.message.text() == ""
    assert dialog.create_button.isEnabled()


def test_untouched_fields_are_not_shouted_at(qtbot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    assert dialog.message.text() == ""
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "naam van de praktijk" in dialog.message.text()
    assert "AGB-code" in dialog.message.text()
    assert dialog.result() == 0 and dialog.isVisible()


def test_filled_form_gives_the_practice_details(qtbot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    qtbot.keyClicks(dialog.name_edit, "  De Linde ")
    qtbot.keyClicks(dialog.agb_edit, "01 23 45 67")
    qtbot.keyClicks(dialog.zorggroep_edit, "Zorggroep Zuid-Limburg")
    dialog.list_size_spin.setValue(6250)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == FirstStartDialog.CREATE
    assert dialog.details is not None
    assert dialog.details.name == "De Linde"
    assert dialog.details.agb_code == "01234567"
    assert dialog.details.list_size == 6250


def test_list_size_zero_means_unknown(qtbot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    assert dialog.list_size_spin.text() == "nog onbekend"
    qtbot.keyClicks(dialog.name_edit, "De Linde")
    qtbot.keyClicks(dialog.agb_edit, "01234567")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.details is not None and dialog.details.list_size is None


def test_demo_button_chooses_the_demo(qtbot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == FirstStartDialog.DEMO
