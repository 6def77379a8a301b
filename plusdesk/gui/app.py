"""Application set-up: QApplication, translations, choosing and preparing the data file."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from plusdesk import __version__
from plusdesk.core.db import Database, FileState, inspect_file, open_database
from plusdesk.core.errors import NotAPlusDeskFile, PlusDeskError
from plusdesk.core.lock import InstanceLock
from plusdesk.core.users import Session
from plusdesk.gui import settings
from plusdesk.gui.style import stylesheet
from plusdesk.gui.translations import apply_language, core_tr, resolve_language


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, with PlusDesk's name, style and the chosen language (Dutch, or
    English; by default the system's language)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(__version__)
    app.setStyleSheet(stylesheet())
    apply_language(app, resolve_language(settings.read(settings.LANGUAGE)))
    return app


def show_error(parent: QWidget | None, error: PlusDeskError) -> None:
    """A core error as a dialog: the message, and technical detail behind a button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("app", "PlusDesk – er ging iets mis"))
    box.setText(core_tr(error.message))
    if error.detail:
        box.setDetailedText(error.detail)
    box.exec()


def open_session(
    path: Path, parent: QWidget | None = None, *, first_start: bool = False
) -> Session | None:
    """Take the file, open it and sign in; on a new or empty file, ask for the practice first.

    A file another PlusDesk holds is refused; a damaged one is offered its newest good
    backup. At the first start the user may choose the demo practice instead: that opens
    the separate demo file, so the practice's own file stays free for its real data.
    Returns None when the user cancelled or the file was refused (the user has been told).
    """
    from plusdesk.core.practice import create_practice_file, get_practice, setup_practice
    from plusdesk.core.users import has_accounts, login
    from plusdesk.core.workspace import is_workspace
    from plusdesk.gui.dialogs.practice import FirstStartDialog

    db: Database | None = None
    lock: InstanceLock | None = None
    session: Session | None = None
    try:
        try:
            state = inspect_file(path)
        except NotAPlusDeskFile:
            if not _has_backups(path):
                raise
            state = FileState(exists=True, is_empty=False, schema_version=0)
        if state.exists and not state.is_empty:
            lock = InstanceLock.acquire(path)
            db = open_checked(path, parent)
            if db is None:
                return None
            if is_workspace(db) or get_practice(db) is not None:
                # A zorggroep workspace never gets the first-start dialog: that would write
                # a practice into it.
                session = (
                    _first_account(db, parent) if not has_accounts(db) else sign_in(db, parent)
                )
                return session
        dialog = FirstStartDialog(path, parent, allow_demo=first_start)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.choice == FirstStartDialog.DEMO:
            if db is not None:
                db.close()
                db = None
            if lock is not None:
                lock.release()
                lock = None
            demo = demo_file()
            lock = InstanceLock.acquire(demo)
            db = open_checked(demo, parent)
            session = sign_in(db, parent) if db is not None else None
            return session
        account = dialog.account
        assert account is not None and dialog.details is not None
        if db is None:
            create_practice_file(path, dialog.details, account, overwrite=state.exists)
            lock = lock or InstanceLock.acquire(path)
            db = open_database(path)
        else:
            setup_practice(db, dialog.details, account)
        session = login(db, account.username, account.password)
        return session
    except PlusDeskError as exc:
        show_error(parent, exc)
        return None
    finally:
        if session is None:
            if db is not None:
                db.close()
            if lock is not None:
                lock.release()
        else:
            session.lock = lock
            _tell_about_network_share(session.db, parent)


def open_checked(path: Path, parent: QWidget | None = None) -> Database | None:
    """Open a file; when SQLite finds damage, offer to put back the newest good backup."""
    from plusdesk.core.errors import CorruptFileError

    try:
        return open_database(path)
    except CorruptFileError as exc:
        return _recover(path, exc, parent)
    except NotAPlusDeskFile as exc:
        if _has_backups(path):
            return _recover(path, exc, parent)
        raise


def _has_backups(path: Path) -> bool:
    """A damaged header looks like a foreign file; with our own backups beside it, it is
    far more likely damage (the user is still asked, and the damaged file is kept)."""
    from plusdesk.core.recovery import newest_good_backup

    return path.is_file() and newest_good_backup(path) is not None


def _recover(path: Path, error: PlusDeskError, parent: QWidget | None) -> Database | None:
    from plusdesk.core.backup import backup_summary
    from plusdesk.core.recovery import newest_good_backup, replace_damaged_file

    info = newest_good_backup(path)
    if info is None:
        show_error(
            parent,
            PlusDeskError(
                core_tr(error.message)
                + " "
                + QApplication.translate(
                    "app",
                    "Er is geen goede back-up gevonden. Neem contact op met uw ICT-beheerder; "
                    "het bestand is niet gewijzigd.",
                ),
                detail=error.detail,
            ),
        )
        return None
    summary = backup_summary(info.path)
    holds = ""
    if summary is not None:
        holds = QApplication.translate("app", "\nDie back-up bevat {0} ({1} auditregels).").format(
            summary.practice_name or "?", summary.audit_rows
        )
    answer = QMessageBox.question(
        parent,
        QApplication.translate("app", "Gegevensbestand beschadigd – PlusDesk"),
        QApplication.translate(
            "app",
            "{0}\n\nDe nieuwste goede back-up is van {1}.{2}\n\nDeze back-up terugzetten? "
            "Wat na dat moment is ingevoerd, moet opnieuw worden ingevoerd. Het beschadigde "
            "bestand wordt als kopie bewaard.",
        ).format(core_tr(error.message), info.created_text, holds),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    aside = replace_damaged_file(path, info)
    QMessageBox.information(
        parent,
        QApplication.translate("app", "Back-up teruggezet – PlusDesk"),
        QApplication.translate(
            "app", "De back-up van {0} is teruggezet. Het beschadigde bestand is bewaard als:\n{1}"
        ).format(info.created_text, str(aside)),
    )
    return open_database(path)


def _tell_about_network_share(db: Database, parent: QWidget | None) -> None:
    """Once per file: why PlusDesk works differently on a network share."""
    from plusdesk.core.db import mark_network_notice_shown, network_notice_due

    try:
        if not network_notice_due(db):
            return
        QMessageBox.information(
            parent,
            QApplication.translate("app", "Bestand op een netwerkschijf – PlusDesk"),
            QApplication.translate(
                "app",
                "'{0}' staat op een netwerkschijf. SQLite raadt dat af: als de verbinding "
                "wegvalt, kan het bestand beschadigen. PlusDesk werkt daarom voorzichtiger: "
                "zolang PlusDesk dit bestand open heeft, kan niemand anders het openen. "
                "Zet het bestand bij voorkeur op de eigen schijf van de praktijkcomputer en "
                "kies de netwerkschijf als map voor de back-ups.",
            ).format(db.path.name),
        )
        mark_network_notice_shown(db)
    except PlusDeskError:
        pass  # the notice is a courtesy; never block opening over it


def sign_in(db: Database, parent: QWidget | None = None) -> Session | None:
    """The login dialog for an opened file; closes the file when the user cancels."""
    from plusdesk.core.demo import ensure_demo_accounts
    from plusdesk.gui.dialogs.login import LoginDialog

    ensure_demo_accounts(db)
    dialog = LoginDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
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
