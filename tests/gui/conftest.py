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
