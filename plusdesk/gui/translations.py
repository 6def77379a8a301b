"""UI languages: Dutch (the source text) and English, from Qt Linguist files in resources."""

from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plusdesk.core.resources import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

CATALOGUE = "plusdesk"  # resources/translations/plusdesk_<language>.ts / .qm


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_tool(name: str) -> Path | None:
    """A Qt Linguist tool (lrelease, lupdate) shipped inside the PySide6 package."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def gui_sources() -> list[Path]:
    """The Python files whose texts make up the catalogue: the GUI's tr()/translate() and
    the core's QT_TRANSLATE_NOOP("core", ...) markers (see plusdesk.core.i18n)."""
    gui = Path(__file__).resolve().parent
    core = gui.parent / "core"
    return sorted([*gui.rglob("*.py"), *core.rglob("*.py")])


def update_catalogue(target: Path, language: str = "en") -> None:
    """Run lupdate over the GUI: new texts are added unfinished, existing translations kept,
    texts no longer in the code dropped. (`python -m plusdesk.gui.translations`)"""
    tool = qt_tool("lupdate")
    if tool is None:
        raise RuntimeError("lupdate (from PySide6) not found")
    subprocess.run(
        [
            str(tool),
            *map(str, gui_sources()),
            "-ts",
            str(target),
            "-source-language",
            "nl_NL",
            "-target-language",
            "en_GB" if language == "en" else language,
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
    )


def compile_translations(folder: Path | None = None) -> list[Path]:
    """Compile every plusdesk_*.ts whose .qm is missing or older; returns the .qm files.

    Run when the bundle is built (build.spec) and, in a source checkout, when the
    application starts, so an edited .ts takes effect without a separate step.
    """
    folder = folder or translations_dir()
    compiled = []
    for source in sorted(folder.glob(f"{CATALOGUE}_*.ts")):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            tool = qt_tool("lrelease")
            if tool is None:
                raise RuntimeError(f"lrelease (from PySide6) not found; cannot compile {source}")
            partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
            subprocess.run(
                [str(tool), "-silent", str(source), "-qm", str(partial)],
                check=True,
                capture_output=True,
            )
            os.replace(partial, target)  # a reader never sees half a file
        compiled.append(target)
    return compiled


# The languages of the window, by their own name (how the settings offer them).
LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"


def system_language() -> str:
    """The system's language when PlusDesk has it, else Dutch (the source language)."""
    from PySide6.QtCore import QLocale

    if QLocale.system().language() == QLocale.Language.English:
        return "en"
    return DEFAULT_LANGUAGE


def resolve_language(choice: str) -> str:
    """A stored choice ("nl", "en", or "" for the system's language) as a language code."""
    return choice if choice in LANGUAGES else system_language()


def apply_language(app: QCoreApplication, language: str) -> str:
    """Install the translators and number locale for a language; returns the language used.

    Windows opened afterwards show it (open windows keep their text). When the English
    catalogue cannot be loaded, the window stays Dutch and the reason is logged.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    for old in getattr(app, "_plusdesk_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        qt = QTranslator(app)
        if qt.load("qtbase_nl", qt_folder):  # Qt's own buttons and dialogs
            installed.append(qt)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        own = QTranslator(app)
        if _load_catalogue(own, language):
            installed.append(own)
        else:
            language = DEFAULT_LANGUAGE
            QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    for translator in installed:
        app.installTranslator(translator)
    app._plusdesk_translators = installed  # keep them alive with the app
    app._plusdesk_language = language
    return language


def current_language(app: QCoreApplication) -> str:
    return getattr(app, "_plusdesk_language", DEFAULT_LANGUAGE)


def core_tr(value: Any) -> Any:
    """A text the core produced (a label, a message), in the window's language.

    Safe on any value: a `Text` is rendered from its marked template, a plain string is
    looked up as a whole under the core's context (names and codes come back unchanged),
    anything else is returned as it is. Dutch windows get the text unchanged.
    """
    from PySide6.QtCore import QCoreApplication

    from plusdesk.core.i18n import CONTEXT, render

    if not isinstance(value, str):
        return value
    app = QCoreApplication.instance()
    if app is None or current_language(app) == DEFAULT_LANGUAGE:
        return str(value)
    return render(value, lambda text: QCoreApplication.translate(CONTEXT, text))


def _load_catalogue(translator: QTranslator, language: str) -> bool:
    folder = translations_dir()
    if not getattr(sys, "frozen", False):  # a source checkout: an edited .ts counts at once
        try:
            compile_translations(folder)
        except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
            log.warning("Could not compile the translations in %s: %s", folder, exc)
    if translator.load(f"{CATALOGUE}_{language}", str(folder)):
        return True
    log.warning(
        "No translation %s_%s.qm in %s; the window stays Dutch", CATALOGUE, language, folder
    )
    return False


if __name__ == "__main__":  # refresh the catalogue after changing UI texts
    for source in sorted(translations_dir().glob(f"{CATALOGUE}_*.ts")):
        update_catalogue(source, source.stem.split("_", 1)[1])
        print(f"bijgewerkt: {source}")
