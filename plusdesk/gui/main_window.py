"""The main window: sidebar of pages, menus, status bar, remembered size and page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
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
from plusdesk.gui import settings
from plusdesk.gui.pages.base import Page


class PageSpec:
    """A sidebar entry; the page itself is built the first time it is shown (fast start)."""

    def __init__(self, key: str, title: str, factory: Callable[[], Page]) -> None:
        self.key = key
        self.title = title
        self.factory = factory


def page_specs(parent: QWidget) -> list[PageSpec]:
    """The pages in sidebar order."""
    tr = parent.tr

    def overview() -> Page:
        from plusdesk.gui.pages.overview import OverviewPage

        return OverviewPage()

    def interventions() -> Page:
        from plusdesk.gui.pages.interventions import InterventionsPage

        return InterventionsPage()

    def planned(key: str, title: str, intro: str, who: str, features: list[str]) -> PageSpec:
        def build() -> Page:
            from plusdesk.gui.pages.placeholder import PlannedPage

            return PlannedPage(key, title, intro, who, features)

        return PageSpec(key, title, build)

    return [
        PageSpec("overview", tr("Overzicht"), overview),
        PageSpec("interventions", tr("Interventies"), interventions),
        planned(
            "conversations",
            tr("Gesprekken"),
            tr(
                "Het logboek van patiëntgerichte gesprekken met de scores van Positieve "
                "Gezondheid en de vervolgafspraken."
            ),
            tr("POH's en huisartsen"),
            [
                tr(
                    "Een gesprek vastleggen: reden van inclusie, de zes dimensies (0–10), "
                    "de vraag achter de vraag, doelen en afspraken"
                ),
                tr("Vervolgafspraken die verlopen zijn of deze week gepland staan"),
                tr("Per patiënt alle gesprekken en een spinnenweb van eerste en laatste scores"),
                tr(
                    "Praktijkcijfers: gesprekken per maand, bereikte patiënten, "
                    "voorkomen verwijzingen"
                ),
            ],
        ),
        planned(
            "carecases",
            tr("Collaborative care"),
            tr(
                "Het casusregister van de POH-GGZ als casemanager, samen met de consultatief "
                "psychiater van de zorggroep."
            ),
            tr("POH-GGZ en huisartsen"),
            [
                tr("Casussen openen met PHQ-9 en GAD-7, contacten en metingen vastleggen"),
                tr("Caseload-lijst op urgentie: dagen sinds laatste contact, respons, remissie"),
                tr("Bespreeklijst voor de psychiater en het verloop per casus in een grafiek"),
                tr("Routes: huisartsenpraktijk, sociaal domein, basis-GGZ of specialistische GGZ"),
            ],
        ),
        planned(
            "referrals",
            tr("Verwijzingen"),
            tr(
                "Verwijsgedrag per specialisme tegenover wat voor uw patiëntenpopulatie "
                "verwacht wordt (O/E), met trends en het effect van interventies."
            ),
            tr("huisartsen en praktijkmanager"),
            [
                tr("Exports uit het HIS of ZorgDomein inlezen (CSV of Excel)"),
                tr("Cijfers uit de Vektis Praktijkspiegel invoeren"),
                tr("O/E per specialisme met betrouwbaarheidsinterval"),
                tr("Trendgrafieken (SPC) met de startdatum van interventies, en voor/na-analyse"),
            ],
        ),
        planned(
            "export",
            tr("Zorggroep-export"),
            tr(
                "Eén bestand met de geaggregeerde cijfers van uw praktijk voor de zorggroep. "
                "Er gaat niets mee dat een patiënt herkenbaar maakt."
            ),
            tr("praktijkmanager"),
            [
                tr(
                    "Vooraf zien wat de praktijk verlaat: indicatoren, perioden, "
                    "onderdrukte kleine aantallen"
                ),
                tr("Exportbestand voor de zorggroep en een Excel-versie om zelf te lezen"),
                tr("Benchmark van de zorggroep terug in de praktijk"),
            ],
        ),
    ]


class MainWindow(QMainWindow):
    """One data file at a time; pages are refreshed when another file is opened."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(720, 480))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(220)
        self.sidebar.setAccessibleName(self.tr("Pagina's"))
        self.stack = QStackedWidget()
        self.specs = page_specs(self)
        self._built: dict[int, Page] = {}
        for spec in self.specs:
            self.stack.addWidget(QWidget())
            QListWidgetItem(spec.title, self.sidebar)
        self.sidebar.currentRowChanged.connect(self._switch_to)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.path_label = QLabel()
        self.path_label.setObjectName("dataFileLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.path_label)

        self._build_menus()
        self._restore_state()
        self._show_database()

    # --- menus -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.new_action = QAction(self.tr("&Nieuw praktijkbestand…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_file)
        self.open_action = QAction(self.tr("&Openen…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_file_dialog)
        self.practice_action = QAction(self.tr("&Praktijkgegevens…"), self)
        self.practice_action.triggered.connect(self.edit_practice)
        self.recent_menu = QMenu(self.tr("&Recent geopend"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.practice_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Ga naar"))
        self.page_actions: list[QAction] = []
        for n, page in enumerate(self.specs):
            action = QAction(page.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            action.triggered.connect(lambda _checked=False, i=n: self.show_page(i))
            view_menu.addAction(action)
            self.page_actions.append(action)
            self.sidebar.item(n).setToolTip(f"{page.title} (Ctrl+{n + 1})")

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
    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def page(self, index: int) -> Page:
        """The page at a sidebar position, built on first use."""
        page = self._built.get(index)
        if page is None:
            page = self.specs[index].factory()
            page.set_database(self.db)
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
        practice = get_practice(self.db)
        name = practice.name if practice else self.tr("geen praktijk")
        self.setWindowTitle(f"PlusDesk – {name}")
        self.path_label.setText(self.tr("Gegevensbestand: {0}").format(str(self.db.path)))
        self.path_label.setToolTip(str(self.db.path.resolve()))
        for page in self._built.values():
            page.set_database(self.db)
        settings.remember_recent(self.db.path)

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
        start = str(default if not default.exists() else self.db.path.parent / "praktijk.sqlite")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Nieuw praktijkbestand"),
            start,
            self._file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
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
            return
        self.open_path(target)

    def _file_filter(self) -> str:
        return self.tr("PlusDesk-bestanden (*.sqlite);;Alle bestanden (*)")

    def open_path(self, path: Path) -> bool:
        """Switch to another data file (asking for practice details on a new one)."""
        from plusdesk.gui.app import prepare_database

        if path.resolve() == self.db.path.resolve():
            return True
        db = prepare_database(path, self)
        if db is None:
            return False
        self.db.close()
        self.db = db
        self._show_database()
        self.statusBar().showMessage(self.tr("Geopend: {0}").format(str(path)), 5000)
        return True

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
            update_practice(self.db, dialog.details)
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
            self.resize(1180, 760)
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
        self.db.close()
        super().closeEvent(event)
