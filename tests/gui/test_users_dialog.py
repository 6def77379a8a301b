"""Bestand → Gebruikers: the praktijkmanager adds a POH, changes a role, resets a password."""

import pytest

from plusdesk.core.errors import PermissionDeniedError
from plusdesk.core.users import Role, login
from plusdesk.gui.dialogs.users import ResetPasswordDialog, UserEditDialog, UsersDialog


@pytest.fixture
def dialog(qtbot, manager) -> UsersDialog:
    dlg = UsersDialog(manager)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def names(dialog: UsersDialog) -> list[str]:
    return [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def test_lists_the_accounts_with_role_and_state(dialog: UsersDialog) -> None:
    assert names(dialog) == ["demo", "ggz", "huisarts", "lezer", "poh"]
    row = names(dialog).index("poh")
    assert dialog.table.item(row, 2).text() == "POH"
    assert dialog.table.item(row, 3).text() == "actief"
    assert dialog.table.item(row, 4).text() == "nog nooit"
    assert not dialog.edit_button.isEnabled()  # nothing selected yet


def test_adding_a_user_validates_then_saves(
    qtbot, dialog: UsersDialog, monkeypatch: pytest.MonkeyPatch, demo_db
) -> None:
    def fill(edit: UserEditDialog) -> int:
        edit.username_edit.setText("e smit")
        edit.password_edit.setText("tien tekens!")
        edit.password2_edit.setText("tien tekens!")
        assert not edit.save()
        assert "geen spaties" in edit.form.messages["username"].text()
        edit.username_edit.setText("e.smit")
        edit.full_name_edit.setText("Eva Smit")
        edit.role_combo.setCurrentIndex(edit.role_combo.findData("huisarts"))
        assert edit.save()
        return edit.result()

    monkeypatch.setattr(UserEditDialog, "exec", fill)
    dialog.add_button.click()
    assert "e.smit" in names(dialog)
    assert dialog.selected() is not None and dialog.selected().username == "e.smit"
    assert login(demo_db, "e.smit", "tien tekens!").user.role is Role.HUISARTS


def test_taken_name_is_shown_at_the_field(
    qtbot, dialog: UsersDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []

    def fill(edit: UserEditDialog) -> int:
        edit.username_edit.setText("POH")
        edit.password_edit.setText("tien tekens!")
        edit.password2_edit.setText("tien tekens!")
        assert not edit.save()
        messages.append(edit.form.messages["username"].text())
        return 0

    monkeypatch.setattr(UserEditDialog, "exec", fill)
    dialog.add_button.click()
    assert "bestaat al" in messages[0]


def test_switching_a_user_off_shows_in_the_list(
    dialog: UsersDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def switch_off(edit: UserEditDialog) -> int:
        assert edit.username_edit.isReadOnly()
        edit.active_check.setChecked(False)
        assert edit.save()
        return edit.result()

    monkeypatch.setattr(UserEditDialog, "exec", switch_off)
    dialog.select("lezer")
    dialog.edit_button.click()
    row = names(dialog).index("lezer")
    assert dialog.table.item(row, 3).text() == "uitgeschakeld"


def test_new_password_for_someone(dialog: UsersDialog, monkeypatch, demo_db) -> None:
    def set_password(reset: ResetPasswordDialog) -> int:
        reset.password_edit.setText("vers wachtwoord")
        reset.password2_edit.setText("vers wachtwoord")
        assert reset.save()
        return reset.result()

    monkeypatch.setattr(ResetPasswordDialog, "exec", set_password)
    dialog.select("huisarts")
    dialog.password_button.click()
    assert login(demo_db, "huisarts", "vers wachtwoord").user.username == "huisarts"


def test_a_poh_cannot_open_user_management(qtbot, demo_db) -> None:
    poh = login(demo_db, "poh", "plusdesk-demo")
    with pytest.raises(PermissionDeniedError):
        UsersDialog(poh)
