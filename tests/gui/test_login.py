"""Signing in, the idle lock and signing out, as a user at the practice PC meets them."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from plusdesk.core.audit import AuditFilter, query
from plusdesk.core.db import open_database
from plusdesk.core.users import login
from plusdesk.gui import settings
from plusdesk.gui.dialogs.login import ChangePasswordDialog, LockDialog, LoginDialog
from plusdesk.gui.main_window import MainWindow


@pytest.fixture
def dialog(qtbot, demo_db) -> LoginDialog:
    dlg = LoginDialog(demo_db)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_demo_login_shows_the_documented_account(dialog: LoginDialog) -> None:
    assert dialog.demo_hint.isVisible()
    assert "plusdesk-demo" in dialog.demo_hint.text()
    assert dialog.username_edit.text() == "demo"  # filled in for the demo


def test_wrong_password_stays_open_with_the_reason(qtbot, dialog: LoginDialog) -> None:
    dialog.username_edit.setText("poh")
    qtbot.keyClicks(dialog.password_edit, "geraden")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.session is None
    assert "klopt niet" in dialog.message.text() and dialog.message.isVisible()
    assert dialog.password_edit.text() == ""  # cleared for the next try


def test_enter_signs_in_and_remembers_the_name(qtbot, dialog: LoginDialog) -> None:
    dialog.username_edit.setText("huisarts")
    qtbot.keyClicks(dialog.password_edit, "plusdesk-demo")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.session is not None and dialog.session.user.username == "huisarts"
    assert settings.read(settings.LAST_USER) == "huisarts"


def test_empty_name_is_asked_for(qtbot, dialog: LoginDialog) -> None:
    dialog.username_edit.clear()
    dialog.login_button.click()
    assert "gebruikersnaam" in dialog.message.text()


@pytest.fixture
def window(qtbot, demo_file: Path) -> MainWindow:
    win = MainWindow(login(open_database(demo_file), "poh", "plusdesk-demo"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_window_locks_after_idle_time_and_hides_the_data(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []

    def unlock(dialog: LockDialog) -> int:
        seen.append(window.centralWidget().isVisible())
        dialog.password_edit.setText("fout")
        dialog.unlock_button.click()
        assert "klopt niet" in dialog.message.text()
        dialog.password_edit.setText("plusdesk-demo")
        dialog.unlock_button.click()
        return dialog.result()

    monkeypatch.setattr(LockDialog, "exec", unlock)
    window.idle.timer.start(30)  # instead of the 10 minutes default
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen == [False]  # nothing readable behind the lock
    assert window.centralWidget().isVisible()
    actions = [e.action for e in query(window.db, AuditFilter(username="poh"))][:3]
    assert actions == ["unlock", "login_failed", "lock"]


def test_idle_default_is_ten_minutes(window: MainWindow) -> None:
    assert settings.read(settings.IDLE_LOCK_MINUTES) == 10
    assert window.idle.timer.interval() == 10 * 60_000


def test_activity_postpones_the_lock(qtbot, window: MainWindow) -> None:
    window.idle.timer.start(1000)  # generous: a busy CI machine may be slow between keys
    for _ in range(5):
        qtbot.wait(300)
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert not window.locked and window.idle.timer.isActive()


def test_lock_asks_escape_proof_and_other_user_can_sign_in(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def other_user(dialog: LockDialog) -> int:
        dialog.reject()  # Escape
        assert dialog.isVisible() or dialog.result() == 0
        dialog.other_button.click()
        return dialog.result()

    def sign_in_as_manager(dialog: LoginDialog) -> int:
        assert dialog.username_edit.text() == ""
        dialog.username_edit.setText("demo")
        dialog.password_edit.setText("plusdesk-demo")
        dialog.login_button.click()
        return dialog.result()

    monkeypatch.setattr(LockDialog, "exec", other_user)
    monkeypatch.setattr(LoginDialog, "exec", sign_in_as_manager)
    window.lock_action.trigger()
    assert window.session.user.username == "demo"
    assert "Praktijkmanager" in window.user_label.text()
    assert window.users_action.isEnabled()
    actions = [e.action for e in query(window.db, AuditFilter())][:3]
    assert actions == ["login", "logout", "lock"]


def test_role_decides_what_the_window_offers(window: MainWindow) -> None:
    titles = [
        window.sidebar.item(i).text()
        for i in range(window.sidebar.count())
        if not window.sidebar.isRowHidden(i)
    ]
    assert "Auditlog" not in titles  # a POH does not see the audit page
    assert not window.users_action.isEnabled()
    assert not window.practice_action.isEnabled()
    window.show_page(1)
    assert not window.page(1).load_button.isVisible()


def test_signing_out_without_new_login_closes_the_window(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_file: Path
) -> None:
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: 0)
    window.sign_out_action.trigger()
    assert not window.isVisible()
    db = open_database(demo_file)
    assert query(db, AuditFilter())[0].action == "logout"
    db.close()


def test_changing_own_password(qtbot, demo_db) -> None:
    session = login(demo_db, "poh", "plusdesk-demo")
    dialog = ChangePasswordDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current_edit.setText("plusdesk-demo")
    dialog.password_edit.setText("kort")
    dialog.password2_edit.setText("kort")
    assert not dialog.save()
    assert "minstens 10 tekens" in dialog.form.messages["password"].text()
    dialog.password_edit.setText("een nieuwe zin")
    dialog.password2_edit.setText("een nieuwe zin")
    assert dialog.save()
    assert login(demo_db, "poh", "een nieuwe zin").user.username == "poh"


def test_the_lock_closes_open_dialogs_so_the_next_user_cannot_use_them(
    qtbot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plusdesk.core.errors import PermissionDeniedError
    from plusdesk.core.users import Role, add_user
    from plusdesk.gui.dialogs.users import UsersDialog

    window = MainWindow(login(open_database(demo_file), "demo", "plusdesk-demo"))
    qtbot.addWidget(window)
    window.show()
    users_dialog = UsersDialog(window.session, window)
    users_dialog.show()

    def poh_takes_over(dialog: LockDialog) -> int:
        assert not users_dialog.isVisible()  # closed before the lock asked anything
        dialog.other_button.click()
        return dialog.result()

    def poh_signs_in(dialog: LoginDialog) -> int:
        dialog.username_edit.setText("poh")
        dialog.password_edit.setText("plusdesk-demo")
        dialog.login_button.click()
        return dialog.result()

    monkeypatch.setattr(LockDialog, "exec", poh_takes_over)
    monkeypatch.setattr(LoginDialog, "exec", poh_signs_in)
    window.idle.idle.emit()
    assert window.session.user.username == "poh"
    with pytest.raises(PermissionDeniedError):  # the manager's old session is over
        add_user(users_dialog.session, "stiekem", "lang genoeg wachtwoord", None, Role.POH)


def test_the_lock_keeps_unsaved_maatwerk_for_the_same_user_without_asking(
    qtbot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(login(open_database(demo_file), "demo", "plusdesk-demo"))
    qtbot.addWidget(window)
    window.show()
    window.show_page(1)
    page = window.page(1)
    dialog = page.intervention_dialog("PE-06")
    dialog.show()
    dialog.maatwerk_edit.setPlainText("Panel van acht patiënten")

    def unlock(lock: LockDialog) -> int:
        assert not dialog.isVisible()  # closed without a question waiting behind the lock
        lock.password_edit.setText("plusdesk-demo")
        lock.unlock_button.click()
        return lock.result()

    monkeypatch.setattr(LockDialog, "exec", unlock)
    window.lock_action.trigger()
    again = page.intervention_dialog("PE-06")
    assert again.maatwerk_edit.toPlainText() == "Panel van acht patiënten"
    assert "teruggezet" in again.saved_label.text()
    assert again.unsaved_maatwerk() is not None  # still to be saved: closing will ask
    again.close_without_asking()
    assert (
        page.intervention_dialog("PE-06").maatwerk_edit.toPlainText() == "Panel van acht patiënten"
    )
