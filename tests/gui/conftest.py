"""GUI test set-up: the real application settings, but in a folder of the test's own."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from plusdesk.gui import settings
from plusdesk.gui.app import create_application


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Path:
    config = tmp_path / "config"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    monkeypatch.setattr(settings, "data_dir", lambda: tmp_path / "appdata")
    settings.write(settings.LANGUAGE, "nl")  # whatever the machine's own language is
    create_application()
    return config


@pytest.fixture(autouse=True)
def no_unanswered_modal(qapp):
    """A modal dialog the test did not answer is closed and fails the test instead of hanging."""
    stuck: list[str] = []

    def close_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            stuck.append(f"{type(modal).__name__}: {modal.windowTitle()}")
            modal.close()
            if modal.isVisible() and isinstance(modal, QDialog):
                QDialog.done(modal, 0)  # an Escape-proof dialog (the lock) ignores close()

    watchdog = QTimer()
    watchdog.setInterval(500)
    watchdog.timeout.connect(close_modal)
    watchdog.start()
    yield
    watchdog.stop()
    assert not stuck, f"a modal dialog waited for an answer the test never gave: {stuck}"


@pytest.fixture
def answer_login(monkeypatch: pytest.MonkeyPatch):
    """Make the modal login dialog answer as a user would: name, password, Inloggen."""
    from plusdesk.gui.dialogs.login import LoginDialog

    seen: list[LoginDialog] = []

    def install(username: str | None = "demo", password: str = "plusdesk-demo"):
        def fake_exec(dialog: LoginDialog) -> int:
            seen.append(dialog)
            if username is None:
                return 0
            dialog.username_edit.setText(username)
            dialog.password_edit.setText(password)
            dialog.login_button.click()
            return dialog.result()

        monkeypatch.setattr(LoginDialog, "exec", fake_exec)
        return seen

    return install
