"""The main window: sidebar of pages, menus, status bar, remembered size and page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from plusdesk import __version__
from plusdesk.core.db import Database
from plusdesk.core.practice import get_practice
from plusdesk.core.users import Permission, Session, lock_screen, logout
from plusdesk.gui import settings
from plusdesk.gui.keys import fit_to_screen
from plusdesk.gui.pages.base import Page
from plusdesk.gui.style import scaled
from plusdesk.gui.translations import core_tr

translate = QCoreApplication.translate


class PageSpec:
    """A sidebar entry; the page itself is built the first time it is shown (fast start)."""

    def __init__(self, key: str, title: str, factory: Callable[[], Page]) -> None:
        self.key = key
        self.title = title
        self.factory = factory


def page_specs(parent: QWidget, workspace: bool = False) -> list[PageSpec]:
    """The pages in sidebar order: a practice's, or a zorggroep workspace's."""

    def overview() -> Page:
        from plusdesk.gui.pages.overview import OverviewPage

        return OverviewPage()

    def interventions() -> Page:
        from plusdesk.gui.pages.interventions import InterventionsPage

        return InterventionsPage()

    def conversations() -> Page:
        from plusdesk.gui.pages.conversations import ConversationsPage

        return ConversationsPage()

    def carecases() -> Page:
        from plusdesk.gui.pages.carecases import CareCasesPage

        return CareCasesPage()

    def referrals() -> Page:
        from plusdesk.gui.pages.referrals import ReferralsPage

        return ReferralsPage()

    def export() -> Page:
        from plusdesk.gui.pages.exchange import ExchangePage

        return ExchangePage()

    def benchmark() -> Page:
        from plusdesk.gui.pages.benchmark import BenchmarkPage

        return BenchmarkPage()

    def audit() -> Page:
        from plusdesk.gui.pages.audit import AuditPage

        return AuditPage()

    def zorggroep_practices() -> Page:
        from plusdesk.gui.pages.zorggroep_practices import PracticesPage

        return PracticesPage()

    def matrix() -> Page:
        from plusdesk.gui.pages.zorggroep_matrix import ImplementationPage

        return ImplementationPage()

    def funnel() -> Page:
        from plusdesk.gui.pages.zorggroep_funnel import FunnelPage

        return FunnelPage()

    def trends() -> Page:
        from plusdesk.gui.pages.zorggroep_trends import TrendsPage

        return TrendsPage()

    def side() -> Page:
        from plusdesk.gui.pages.zorggroep_side import SideBySidePage

        return SideBySidePage()

    if workspace:
        return [
            PageSpec("practices", translate("MainWindow", "Praktijken"), zorggroep_practices),
            PageSpec("matrix", translate("MainWindow", "Implementatie"), matrix),
            PageSpec("funnel", translate("MainWindow", "Funnelplot"), funnel),
            PageSpec("trends", translate("MainWindow", "Trends"), trends),
            PageSpec("side", translate("MainWindow", "Naast elkaar"), side),
            PageSpec("audit", translate("MainWindow", "Auditlog"), audit),
        ]
    return [
        PageSpec("overview", translate("MainWindow", "Overzicht"), overview),
        PageSpec("interventions", translate("MainWindow", "Interventies"), interventions),
        PageSpec("conversations", translate("MainWindow", "Gesprekken"), conversations),
        PageSpec("carecases", translate("MainWindow", "Collaborative care"), carecases),
        PageSpec("referrals", translate("MainWindow", "Verwijzingen"), referrals),
        PageSpec("export", translate("MainWindow", "Zorggroep-export"), export),
        PageSpec("benchmark", translate("MainWindow", "Benchmark"), benchmark),
        PageSpec("audit", translate("MainWindow", "Auditlog"), audit),
    ]


class IdleWatcher(QObject):
    """Emits `idle` after the configured minutes without mouse or keyboard in PlusDesk."""

    idle = Signal()
    _ACTIVITY = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        }
    )

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        QApplication.instance().installEventFilter(self)
        self.restart()

    def restart(self) -> None:
        minutes = max(1, settings.read(settings.IDLE_LOCK_MINUTES))
        self.timer.start(minutes * 60_000)

    def stop(self) -> None:
        """The window closes: no more locking, no more watching."""
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class MainWindow(QMainWindow):
    """One data file at a time; pages are refreshed when another file is opened."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.db: Database = session.db
        self.setObjectName("mainWindow")
        self.locked = False
        self.signed_out = False
        self.setMinimumSize(QSize(720, 480))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(220)
        self.sidebar.setAccessibleName(self.tr("Pagina's"))
        self.stack = QStackedWidget()
        self.specs: list[PageSpec] = []
        self.workspace: bool | None = None  # which set of pages is installed
        self._built: dict[int, Page] = {}
        self.sidebar.currentRowChanged.connect(self._switch_to)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.statusBar().addPermanentWidget(self.user_label)
        self.path_label = QLabel()
        self.path_label.setObjectName("dataFileLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.path_label)

        self._build_menus()
        self._install_pages()
        self._restore_state()
        self._show_database()
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock_screen)
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self._auto_backup)
        self.heartbeat_timer = QTimer(self)
        self.heartbeat_timer.timeout.connect(self._heartbeat)
        self._start_file_care()

    # --- menus -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.new_action = QAction(self.tr("&Nieuw praktijkbestand…"), self)
        self.new_action.triggered.connect(self.new_file)
        self.new_zorggroep_action = QAction(self.tr("Nieuw &zorggroepbestand…"), self)
        self.new_zorggroep_action.triggered.connect(self.new_zorggroep_file)
        self.open_action = QAction(self.tr("&Openen…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_file_dialog)
        self.practice_action = QAction(self.tr("&Praktijkgegevens…"), self)
        self.practice_action.triggered.connect(self.edit_practice)
        self.report_action = QAction(self.tr("Rappor&t…"), self)
        self.report_action.setShortcut(QKeySequence.StandardKey.Print)
        self.report_action.setStatusTip(
            self.tr("Het praktijkrapport voor het intervisieoverleg, als PDF of op papier")
        )
        self.report_action.triggered.connect(self.make_report)
        self.backups_action = QAction(self.tr("&Back-ups…"), self)
        self.backups_action.triggered.connect(self.show_backups)
        self.users_action = QAction(self.tr("&Gebruikers…"), self)
        self.users_action.triggered.connect(self.manage_users)
        self.password_action = QAction(self.tr("&Wachtwoord wijzigen…"), self)
        self.password_action.triggered.connect(self.change_password)
        self.settings_action = QAction(self.tr("&Instellingen…"), self)
        self.settings_action.triggered.connect(self.edit_settings)
        self.lock_action = QAction(self.tr("&Vergrendelen"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.triggered.connect(self.lock_screen)
        self.sign_out_action = QAction(self.tr("A&fmelden"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.recent_menu = QMenu(self.tr("&Recent geopend"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.new_zorggroep_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.practice_action)
        file_menu.addAction(self.report_action)
        file_menu.addAction(self.backups_action)
        file_menu.addAction(self.users_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.password_action)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.view_menu = self.menuBar().addMenu(self.tr("&Ga naar"))
        self.page_actions: list[QAction] = []

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&Over PlusDesk"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = settings.read(settings.RECENT_FILES)
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(nog geen bestanden)"))
            empty.setEnabled(False)
            return
        for n, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{n} {path}")
            action.triggered.connect(lambda _c=False, p=path: self.open_path(Path(p)))

    # --- pages -------------------------------------------------------------------------
    def _install_pages(self) -> None:
        """The sidebar, the stack and Ga naar for this kind of file: a practice's pages, or
        the zorggroep's when the file is a zorggroep workspace (only rebuilt on a change)."""
        from plusdesk.core.workspace import is_workspace

        workspace = is_workspace(self.db)
        if workspace == self.workspace:
            return
        self.workspace = workspace
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()
        for action in self.page_actions:
            self.view_menu.removeAction(action)
            action.deleteLater()
        self.page_actions.clear()
        self.specs = page_specs(self, workspace)
        for n, spec in enumerate(self.specs):
            self.stack.addWidget(QWidget())
            item = QListWidgetItem(spec.title, self.sidebar)
            item.setToolTip(f"{spec.title} (Ctrl+{n + 1})")
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            action.triggered.connect(lambda _checked=False, i=n: self.show_page(i))
            self.view_menu.addAction(action)
            self.page_actions.append(action)
        self.sidebar.blockSignals(False)
        self.sidebar.setCurrentRow(-1)
        # Wide enough for the longest page name, also with a larger system font.
        font = QFont(self.sidebar.font())
        font.setPointSizeF(scaled(11))
        widest = max((QFontMetrics(font).horizontalAdvance(s.title) for s in self.specs), default=0)
        self.sidebar.setFixedWidth(max(220, widest + 56))

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def navigate(self, key: str, argument: str) -> None:
        """Click-through from one page to another (Overzicht → the overdue follow-ups)."""
        index = next((n for n, spec in enumerate(self.specs) if spec.key == key), -1)
        if index < 0 or self.sidebar.isRowHidden(index):
            return
        self.show_page(index)
        self.page(index).open_link(argument)

    def page(self, index: int) -> Page:
        """The page at a sidebar position, built on first use."""
        page = self._built.get(index)
        if page is None:
            page = self.specs[index].factory()
            page.navigate.connect(self.navigate)
            page.set_session(self.session)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[index] = page
        return page

    def _switch_to(self, index: int) -> None:
        if index < 0:
            return
        fresh = index not in self._built
        page = self.page(index)
        if not fresh:
            page.refresh()  # another page may have changed what this one shows
        self.stack.setCurrentWidget(page)

    def current_page(self) -> Page:
        return self.page(self.stack.currentIndex())

    def _show_database(self) -> None:
        from plusdesk.core.workspace import workspace_name

        if self.workspace:
            name = self.tr("{0} (zorggroepbestand)").format(workspace_name(self.db))
        else:
            practice = get_practice(self.db)
            name = practice.name if practice else self.tr("geen praktijk")
        user = self.session.user
        self.setWindowTitle(f"PlusDesk – {name}")
        self.user_label.setText(
            self.tr("Ingelogd: {0} ({1})").format(user.display_name, core_tr(user.role.label))
        )
        self.path_label.setText(self.tr("Gegevensbestand: {0}").format(str(self.db.path)))
        self.path_label.setToolTip(str(self.db.path.resolve()))
        self._apply_role()
        if self.session.lock is not None:
            self.session.lock.set_user(user.display_name)
        for page in self._built.values():
            page.set_session(self.session)
        settings.remember_recent(self.db.path)

    def _apply_role(self) -> None:
        """Offer what the role allows (the core refuses the rest anyway)."""
        can = self.session.can
        self.practice_action.setEnabled(can(Permission.EDIT_PRACTICE) and not self.workspace)
        self.report_action.setEnabled(not self.workspace)  # totals only: every role may
        self.users_action.setEnabled(can(Permission.MANAGE_USERS))
        for n, spec in enumerate(self.specs):
            allowed = spec.key != "audit" or can(Permission.VIEW_AUDIT)
            self.sidebar.setRowHidden(n, not allowed)
            self.page_actions[n].setEnabled(allowed)
            self.page_actions[n].setVisible(allowed)
        if self.sidebar.currentRow() < 0 or self.sidebar.isRowHidden(self.sidebar.currentRow()):
            self.show_page(0)

    # --- files -------------------------------------------------------------------------
    def open_file_dialog(self) -> None:
        start = str(self.db.path.parent)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Gegevensbestand openen"), start, self._file_filter()
        )
        if path:
            self.open_path(Path(path))

    def new_file(self) -> None:
        default = settings.default_db_path()
        start = default if not default.exists() else self.db.path.parent / "praktijk.sqlite"
        target = self._ask_new_path(self.tr("Nieuw praktijkbestand"), start)
        if target is not None:
            self.open_path(target)

    def _ask_new_path(self, title: str, start: Path) -> Path | None:
        """Where a new file goes (.sqlite added when no suffix); an existing file is refused."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            title,
            str(start),
            self._file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(".sqlite")
        if target.exists():
            QMessageBox.warning(
                self,
                self.tr("Bestand bestaat al"),
                self.tr(
                    "'{0}' bestaat al. PlusDesk overschrijft geen bestaand bestand; "
                    "kies een andere naam."
                ).format(str(target)),
            )
            return None
        return target

    def _file_filter(self) -> str:
        return self.tr("PlusDesk-bestanden (*.sqlite);;Alle bestanden (*)")

    def open_path(self, path: Path) -> bool:
        """Switch to another data file (asking for practice details on a new one)."""
        from plusdesk.gui.app import open_session

        if path.resolve() == self.db.path.resolve():
            return True
        session = open_session(path, self)
        if session is None:
            return False
        self._take_session(session)
        self.statusBar().showMessage(self.tr("Geopend: {0}").format(str(path)), 5000)
        return True

    def _take_session(self, session: Session) -> None:
        """Leave the current file and work in the one `session` signed in to."""
        self._end_session()
        self.session = session
        self.db = session.db
        self._start_file_care()
        self._install_pages()
        self._show_database()

    def new_zorggroep_file(self) -> None:
        """Bestand → Nieuw zorggroepbestand: where the zorggroep merges its practices' files."""
        from plusdesk.core.errors import PlusDeskError
        from plusdesk.core.lock import InstanceLock
        from plusdesk.core.users import login
        from plusdesk.core.workspace import create_workspace
        from plusdesk.gui.app import show_error
        from plusdesk.gui.dialogs.zorggroep import NewZorggroepDialog

        target = self._ask_new_path(
            self.tr("Nieuw zorggroepbestand"), self.db.path.parent / self.tr("zorggroep.sqlite")
        )
        if target is None:
            return
        dialog = NewZorggroepDialog(target, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
            return
        lock = None
        try:
            create_workspace(target, dialog.name, dialog.account)
            lock = InstanceLock.acquire(target)
            from plusdesk.core.db import open_database

            session = login(open_database(target), dialog.account.username,
                            dialog.account.password)  # fmt: skip
        except PlusDeskError as exc:
            if lock is not None:
                lock.release()
            show_error(self, exc)
            return
        session.lock = lock
        self._take_session(session)
        self.statusBar().showMessage(
            self.tr("Zorggroepbestand aangemaakt: {0}").format(str(target)), 8000
        )

    def make_report(self) -> None:
        """Bestand → Rapport: the Praktijkrapport as a PDF or on paper."""
        from plusdesk.gui.report_dialog import ReportDialog

        if self.workspace:
            return
        ReportDialog(self.session, self).exec()

    def edit_practice(self) -> None:
        """Bestand → Praktijkgegevens: correct or complete the practice's details."""
        from plusdesk.core.errors import PlusDeskError
        from plusdesk.core.practice import update_practice
        from plusdesk.gui.app import show_error
        from plusdesk.gui.dialogs.practice import PracticeDetailsDialog

        practice = get_practice(self.db)
        if practice is None:
            return
        dialog = PracticeDetailsDialog(self.db.path, practice, self)
        if dialog.exec() != PracticeDetailsDialog.DialogCode.Accepted or dialog.details is None:
            return
        try:
            update_practice(self.session, dialog.details)
        except PlusDeskError as exc:
            show_error(self, exc)
            return
        self._show_database()
        self.statusBar().showMessage(self.tr("Praktijkgegevens opgeslagen."), 5000)

    # --- help --------------------------------------------------------------------------
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over PlusDesk"),
            self.tr(
                "<h3>PlusDesk {0}</h3>"
                "<p>Registratie en benchmarking voor PlusPraktijken: interventies, "
                "patiëntgerichte gesprekken, collaborative care en verwijsgedrag – "
                "volledig offline.</p>"
                "<p><b>Gegevensbestand:</b><br>{1}<br>Schemaversie {2}</p>"
            ).format(__version__, str(self.db.path.resolve()), self.db.schema_version),
        )

    # --- state -------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = settings.read(settings.GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1180, 760)  # larger with a larger system font
        else:
            # Saved on a bigger screen, or at a smaller scale: keep it on this one.
            fit_to_screen(self)
        state = settings.read(settings.WINDOW_STATE)
        if state:
            self.restoreState(state)
        last = settings.read(settings.LAST_PAGE)
        keys = [p.key for p in self.specs]
        self.show_page(keys.index(last) if last in keys else 0)

    def save_state(self) -> None:
        settings.write(settings.GEOMETRY, self.saveGeometry())
        settings.write(settings.WINDOW_STATE, self.saveState())
        settings.write(settings.LAST_PAGE, self.specs[self.stack.currentIndex()].key)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.idle.stop()
        if not self.signed_out:
            self._end_session()
            self.signed_out = True  # a second close (e.g. at application exit) ends nothing
        super().closeEvent(event)

    def _end_session(self, *, logged_out: bool = False) -> None:
        """Sign out, back up what changed, close the file and let go of it."""
        from plusdesk.core.backup import backup_at_close
        from plusdesk.core.errors import PlusDeskError

        self.backup_timer.stop()
        self.heartbeat_timer.stop()
        try:
            if not logged_out:
                logout(self.session)  # first, so the backup holds the sign-out too
            backup_at_close(self.db, self.backup_state)
        except PlusDeskError as exc:
            from plusdesk.gui.app import show_error

            show_error(self, exc)  # the data itself is safe in the file
        finally:
            self.db.close()
            if self.session.lock is not None:
                self.session.lock.release()

    # --- backups and the file lock ------------------------------------------------------
    BACKUP_CHECK_MS = 10 * 60_000

    def _start_file_care(self) -> None:
        """Backups every 4 hours of work with changes; a heartbeat on the file lock."""
        from plusdesk.core.backup import AutoBackupState
        from plusdesk.core.lock import HEARTBEAT_INTERVAL

        self.backup_state = AutoBackupState.start(self.db)
        self.backup_timer.start(self.BACKUP_CHECK_MS)
        self.heartbeat_timer.start(int(HEARTBEAT_INTERVAL.total_seconds() * 1000))
        lock = self.session.lock
        if lock is not None and lock.stale_message:
            self.statusBar().showMessage(core_tr(lock.stale_message), 15_000)

    def _auto_backup(self) -> None:
        from plusdesk.core.backup import auto_backup_if_due
        from plusdesk.core.errors import PlusDeskError

        try:
            made = auto_backup_if_due(self.db, self.backup_state)
        except PlusDeskError as exc:
            # Not a modal: it retries by itself, and the data is safe in the file.
            self.statusBar().showMessage(
                self.tr("Automatische back-up mislukt: {0}").format(core_tr(exc.message)), 30_000
            )
            return
        if made is not None:
            self.statusBar().showMessage(
                self.tr("Back-up gemaakt: {0}").format(made.path.name), 8_000
            )

    def _heartbeat(self) -> None:
        from plusdesk.core.errors import PlusDeskError
        from plusdesk.gui.app import show_error

        if self.session.lock is None:
            return
        try:
            self.session.lock.heartbeat()
        except PlusDeskError as exc:
            self.heartbeat_timer.stop()
            show_error(self, exc)

    def show_backups(self) -> None:
        """Bestand → Back-ups: make one now, choose the folder, or put one back."""
        from plusdesk.gui.dialogs.backups import BackupsDialog

        dialog = BackupsDialog(self.session, self)
        dialog.restored.connect(self._after_restore)
        dialog.exec()

    def _after_restore(self) -> None:
        """The data is another moment's now: the signed-in account may differ there."""
        from plusdesk.core.errors import PlusDeskError
        from plusdesk.core.users import get_user

        self.backup_state = type(self.backup_state).start(self.db)
        try:
            user = get_user(self.db, self.session.user.id)
        except PlusDeskError:
            user = None
        same = self.session.user
        if user is None or (user.username, user.role, user.active) != (
            same.username,
            same.role,
            True,
        ):
            self.sign_out(
                message=self.tr(
                    "De back-up is teruggezet. Log opnieuw in met een account uit die back-up."
                )
            )
            return
        self._show_database()

    # --- signing in and out --------------------------------------------------------------
    def lock_screen(self) -> None:
        """Hide everything and ask the password again (after idle time, or Ctrl+L)."""
        from plusdesk.gui.dialogs.login import LockDialog

        if self.locked or self.signed_out or not self.isVisible():
            return
        self.locked = True
        idle = self.sender() is self.idle
        # Nothing may stay open behind the lock: a dialog holds this user's session.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                # A dialog with unsaved work keeps it as a draft instead of asking.
                getattr(widget, "close_without_asking", widget.reject)()
        lock_screen(self.session, idle=idle)
        self.centralWidget().setVisible(False)
        self.menuBar().setEnabled(False)
        try:
            dialog = LockDialog(self.session, self)
            outcome = dialog.exec()
        finally:
            self.locked = False
        if outcome == LockDialog.SIGN_OUT:
            self.sign_out(message=dialog.locked_message)
            return
        self.centralWidget().setVisible(True)
        self.menuBar().setEnabled(True)
        self.idle.restart()

    def sign_out(self, *, message: str = "") -> bool:
        """Afmelden: someone else may sign in on the same file; cancelling closes PlusDesk."""
        from plusdesk.gui.dialogs.login import LoginDialog

        logout(self.session)
        self.centralWidget().setVisible(False)
        self.menuBar().setEnabled(False)
        dialog = LoginDialog(self.db, self)
        dialog.username_edit.clear()
        dialog.username_edit.setFocus()
        if message:
            dialog.show_message(message)
        if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.session is None:
            self.save_state()
            self._end_session(logged_out=True)
            self.signed_out = True
            self.close()
            return False
        dialog.session.lock = self.session.lock
        self.session = dialog.session
        self.centralWidget().setVisible(True)
        self.menuBar().setEnabled(True)
        self._show_database()
        self.idle.restart()
        return True

    def manage_users(self) -> None:
        from plusdesk.core.errors import PlusDeskError
        from plusdesk.gui.app import show_error
        from plusdesk.gui.dialogs.users import UsersDialog

        try:
            dialog = UsersDialog(self.session, self)
        except PlusDeskError as exc:
            show_error(self, exc)
            return
        dialog.exec()

    def change_password(self) -> None:
        from plusdesk.gui.dialogs.login import ChangePasswordDialog

        if ChangePasswordDialog(self.session, self).exec():
            self.statusBar().showMessage(self.tr("Uw wachtwoord is gewijzigd."), 5000)

    def edit_settings(self) -> None:
        from plusdesk.gui.dialogs.preferences import PreferencesDialog

        if PreferencesDialog(self).exec():
            self.idle.restart()
