"""GUI test set-up: the real application settings, but in a folder of the test's own."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from plusdesk.gui import settings
from plusdesk.gui.app import create_application


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Path:
    config = tmp_path / "config"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    monkeypatch.setattr(settings, "data_dir", lambda: tmp_path / "appdata")
    create_application()
    return config


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
