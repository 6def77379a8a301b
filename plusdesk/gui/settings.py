"""Every user setting of the GUI in one place: key, type, default and what it is for."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths

ORGANIZATION = "PlusDesk"
APPLICATION = "PlusDesk"
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str


GEOMETRY = Setting("window/geometry", bytes, b"", "Positie en grootte van het hoofdvenster")
WINDOW_STATE = Setting("window/state", bytes, b"", "Werkbalken en docks van het hoofdvenster")
LAST_PAGE = Setting("window/last_page", str, "overview", "Laatst geopende pagina")
RECENT_FILES = Setting("files/recent", list, [], "Recent geopende gegevensbestanden")
LAST_FILE = Setting("files/last", str, "", "Laatst geopende gegevensbestand")
IDLE_LOCK_MINUTES = Setting(
    "security/idle_lock_minutes",
    int,
    10,
    "Na zoveel minuten zonder muis of toetsenbord vergrendelt PlusDesk het venster",
)
LANGUAGE = Setting(
    "ui/language", str, "", "Taal van het venster: nl, en, of leeg voor de taal van het systeem"
)
LAST_USER = Setting("security/last_user", str, "", "Laatst ingelogde gebruikersnaam")
REGISTER_TAB = Setting("interventions/tab", int, 0, "Laatst gekozen weergave van het register")
REGISTER_HEADER = Setting(
    "interventions/header", bytes, b"", "Kolombreedtes en sortering van het register"
)

CARE_TAB = Setting("carecases/tab", int, 0, "Laatst gekozen tabblad van Collaborative care")
CARE_HEADER = Setting(
    "carecases/header", bytes, b"", "Kolombreedtes en sortering van de caseload-lijst"
)


def qsettings() -> QSettings:
    """The user's settings store (an INI file in the user's configuration folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def read(setting: Setting) -> Any:
    """A setting's stored value, or its default when missing or of the wrong type."""
    value = qsettings().value(setting.key, setting.default)
    if setting.type is list:
        if value is None or value == "":
            return []
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if setting.type is bytes:
        return bytes(value) if value else b""
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


def write(setting: Setting, value: Any) -> None:
    store = qsettings()
    store.setValue(setting.key, value)
    store.sync()


def data_dir() -> Path:
    """The per-user data folder (e.g. %APPDATA%\\PlusDesk on Windows)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def default_db_path() -> Path:
    return data_dir() / "plusdesk.sqlite"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite"


def remember_recent(path: Path) -> list[str]:
    """Put a file on top of the recent list; returns the new list."""
    text = str(path.resolve())
    recent = [p for p in read(RECENT_FILES) if p != text]
    recent.insert(0, text)
    recent = recent[:MAX_RECENT]
    write(RECENT_FILES, recent)
    write(LAST_FILE, text)
    return recent
