"""Application set-up: QApplication, translations, choosing and preparing the data file."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from plusdesk import __version__
from plusdesk.core.db import Database, inspect_file, open_database
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.users import Session
from plusdesk.gui import settings
from plusdesk.gui.style import STYLESHEET


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, with PlusDesk's name, style and Dutch Qt dialogs."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLESHEET)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    if not getattr(app, "_plusdesk_translator", None):
        translator = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load("qtbase_nl", folder):
            app.installTranslator(translator)
        app._plusdesk_translator = translator  # keep it alive with the app
    return app


def show_error(parent: QWidget | None, error: PlusDeskError) -> None:
    """A core error as a dialog: the message, and technical detail behind a button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(box.tr("PlusDesk – er ging iets mis"))
    box.setText(error.message)
    if error.detail:
        box.setDetailedText(error.detail)
    box.exec()


def open_session(
    path: Path, parent: QWidget | None = None, *, first_start: bool = False
) -> Session | None:
    """Open a data file and sign in; on a new or empty file, ask for the practice first.

    At the first start the user may choose the demo practice instead: that opens the
    separate demo file, so the practice's own file stays free for its real data.
    Returns None when the user cancelled or the file was refused (the user has been told).
    """
    from plusdesk.core.practice import create_practice_file, get_practice, setup_practice
    from plusdesk.core.users import has_accounts, login
    from plusdesk.gui.dialogs.practice import FirstStartDialog

    db: Database | None = None
    try:
        state = inspect_file(path)
        if state.exists and not state.is_empty:
            db = open_database(path)
            if get_practice(db) is not None:
                if not has_accounts(db):
                    return _first_account(db, parent)
                return sign_in(db, parent)
        dialog = FirstStartDialog(path, parent, allow_demo=first_start)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if db is not None:
                db.close()
            return None
        if dialog.choice == FirstStartDialog.DEMO:
            if db is not None:
                db.close()
                db = None
            return sign_in(open_database(demo_file()), parent)
        account = dialog.account
        assert account is not None and dialog.details is not None
        if db is None:
            create_practice_file(path, dialog.details, account, overwrite=state.exists)
            db = open_database(path)
        else:
            setup_practice(db, dialog.details, account)
        return login(db, account.username, account.password)
    except PlusDeskError as exc:
        if db is not None:
            db.close()
        show_error(parent, exc)
        return None


def sign_in(db: Database, parent: QWidget | None = None) -> Session | None:
    """The login dialog for an opened file; closes the file when the user cancels."""
    from plusdesk.core.demo import ensure_demo_accounts
    from plusdesk.gui.dialogs.login import LoginDialog

    ensure_demo_accounts(db)
    dialog = LoginDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
        db.close()
        return None
    return dialog.session


def _first_account(db: Database, parent: QWidget | None) -> Session | None:
    """A file from before accounts existed: its praktijkmanager creates the first account."""
    from plusdesk.core.demo import ensure_demo_accounts
    from plusdesk.gui.dialogs.login import FirstAccountDialog

    if ensure_demo_accounts(db):
        return sign_in(db, parent)
    dialog = FirstAccountDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
        db.close()
        return None
    return dialog.session


def demo_file() -> Path:
    """The per-user demo practice, built the first time it is asked for."""
    path = settings.demo_db_path()
    if not path.exists():
        from plusdesk.core.demo import build_demo

        build_demo(path)
    return path


def resolve_path(db_path: Path | None, demo: bool) -> Path:
    """Which file to open: --db/PLUSDESK_DB, the demo, the last file used, or the default."""
    if db_path is not None:
        return db_path
    if demo:
        return demo_file()
    last = settings.read(settings.LAST_FILE)
    if last and Path(last).is_file():
        return Path(last)
    return settings.default_db_path()


def open_main_window(path: Path):
    """Open the file, sign in and build the main window; None when the user cancelled."""
    from plusdesk.gui.main_window import MainWindow

    session = open_session(path, first_start=True)
    if session is None:
        return None
    return MainWindow(session)


def run_gui(db_path: Path | None = None, demo: bool = False) -> int:
    """Start the desktop application; returns the process exit code."""
    app = create_application()
    try:
        path = resolve_path(db_path, demo)
    except PlusDeskError as exc:
        show_error(None, exc)
        return 2
    window = open_main_window(path)
    if window is None:
        return 1
    window.show()
    return app.exec()
