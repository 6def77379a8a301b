"""Praktijken (zorggroep): the practices merged, reading their export files, packs and XLSX.

Files come in through Exportbestanden inlezen… (several at once) or by dropping them on the
page. Each file is judged on its own; the result lists what happened to every file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from plusdesk.core.clock import format_date, format_datetime
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.exchange_format import SUFFIX
from plusdesk.core.users import Permission
from plusdesk.core.workspace import (
    REFUSED,
    ExchangePractice,
    MergeOutcome,
    merge_files,
    practices,
    remove_practice,
    workspace_name,
    write_packs,
)
from plusdesk.gui import settings
from plusdesk.gui.dialogs.referral_common import ask, message, run_with_progress
from plusdesk.gui.flow import FlowBar
from plusdesk.gui.models.table import AnyIndex, RowsTableModel
from plusdesk.gui.numbers import whole as number
from plusdesk.gui.pages.base import Page
from plusdesk.gui.pages.exchange import busy
from plusdesk.gui.settings import Setting
from plusdesk.gui.translations import core_tr

IMPORT_FOLDER = Setting("zorggroep/import_folder", str, "", "Map van de laatst ingelezen exports")
PACK_OUT_FOLDER = Setting("zorggroep/pack_folder", str, "", "Map van de laatst gemaakte pakketten")
XLSX_FOLDER = Setting("zorggroep/xlsx_folder", str, "", "Map van de laatst opgeslagen XLSX")


class PracticesModel(RowsTableModel):
    """One row per merged practice, with the period and the date of its latest file."""

    NAME, AGB, PERIOD, MADE, FILE, MERGED = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Praktijk"),
            self.tr("AGB-code"),
            self.tr("Periode"),
            self.tr("Export van"),
            self.tr("Bestand"),
            self.tr("Ingelezen op"),
        ]
        self._header_tips = {
            self.MADE: self.tr("De datum van het nieuwste exportbestand van deze praktijk"),
            self.PERIOD: self.tr("De periode die de export beslaat"),
        }

    def cell(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        p: ExchangePractice = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            period = (
                self.tr("{0} t/m {1}").format(format_date(p.period_from), format_date(p.period_to))
                if p.period_from and p.period_to
                else ""
            )
            return [
                p.name,
                p.agb_code,
                period,
                format_date(p.created_at[:10]) if p.created_at else "",
                p.file_name,
                format_datetime(p.merged_at) if p.merged_at else "",
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.MADE and p.created_at:
            return self.tr("Gemaakt op {0}").format(format_datetime(p.created_at))
        if role == Qt.ItemDataRole.FontRole and index.column() == self.NAME:
            font = QFont()
            font.setBold(True)
            return font
        return None


class PracticesPage(Page):
    key = "practices"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Praktijken"),
            self.tr(
                "De praktijken van de zorggroep met de datum van hun nieuwste exportbestand. "
                "Lees nieuwe exports in met de knop of sleep de .plusdesk-bestanden hierheen: "
                "een nieuwere export van een praktijk vervangt de oudere, een oudere nooit een "
                "nieuwere. Een bestand dat niet klopt, wordt geweigerd met de reden."
            ),
            parent,
        )
        self.setAcceptDrops(True)
        self.summary = QLabel()
        self.summary.setObjectName("practicesSummary")
        self.summary.setWordWrap(True)
        self.model = PracticesModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
        self.table.setObjectName("practicesTable")
        self.table.setAccessibleName(self.tr("Ingelezen praktijken"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(
            self.tr(
                "Nog geen praktijken ingelezen. Kies <b>Exportbestanden inlezen…</b> of sleep "
                "de .plusdesk-bestanden van de praktijken naar dit venster."
            )
        )
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)

        self.import_button = QPushButton(self.tr("Exportbestanden &inlezen…"))
        self.import_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Praktijk &verwijderen…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.packs_button = QPushButton(self.tr("Benchmarkpakketten &maken…"))
        self.packs_button.clicked.connect(self.make_packs)
        self.packs_button.setToolTip(
            self.tr(
                "Eén bestand per praktijk: die praktijk met naam, de andere als letter, plus de "
                "referentietabel van de zorggroep"
            )
        )
        self.xlsx_button = QPushButton(self.tr("Opslaan als &XLSX…"))
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.xlsx_button.setToolTip(
            self.tr("Alle samengevoegde gegevens in een werkblad: één kolom per gegeven")
        )
        buttons = FlowBar()
        buttons.add(self.import_button, self.remove_button)
        buttons.add_stretch()
        buttons.add(self.packs_button, self.xlsx_button)
        self.body.addWidget(self.summary)
        self.body.addWidget(buttons)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.empty)
        self.last_outcomes: list[MergeOutcome] = []

    # --- showing ----------------------------------------------------------------------------
    @property
    def may_change(self) -> bool:
        return self.session is not None and self.session.can(Permission.EXPORT)

    def refresh(self) -> None:
        if self.db is None:
            return
        rows = practices(self.db)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        name = workspace_name(self.db)
        if rows:
            newest = format_date(max(p.created_at for p in rows)[:10])
            oldest = format_date(min(p.created_at for p in rows)[:10])
            count = (
                self.tr("1 praktijk")
                if len(rows) == 1
                else self.tr("{0} praktijken").format(number(len(rows)))
            )
            when = (
                self.tr("exports van {0}").format(newest)
                if newest == oldest
                else self.tr("exports van {0} tot en met {1}").format(oldest, newest)
            )
            self.summary.setText(
                self.tr("<b>{0}</b>: {1} ingelezen; {2}.").format(name, count, when)
            )
        else:
            self.summary.setText(self.tr("<b>{0}</b>").format(name))
        self._update_buttons()

    def _update_buttons(self) -> None:
        may = self.may_change
        has = self.model.rowCount() > 0
        self.import_button.setEnabled(may)
        self.remove_button.setEnabled(may and self._selected() is not None)
        self.packs_button.setEnabled(may and has)
        self.xlsx_button.setEnabled(may and has)

    def _selected(self) -> ExchangePractice | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # --- reading files -----------------------------------------------------------------------
    def choose_files(self) -> None:
        if not self.may_change:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Exportbestanden inlezen"),
            settings.read(IMPORT_FOLDER) or _documents(),
            self.tr("PlusDesk-export (*{0});;Alle bestanden (*)").format(SUFFIX),
        )
        if paths:
            settings.write(IMPORT_FOLDER, str(Path(paths[0]).parent))
            self.merge([Path(p) for p in paths])

    def merge(self, paths: list[Path]) -> list[MergeOutcome]:
        """Merge the files with a progress window, then say what happened to each."""
        if not paths or self.session is None:
            return []
        title = self.tr("Exportbestanden inlezen")

        def work(progress, _cancelled) -> list[MergeOutcome]:
            def step(done: int, total: int) -> None:
                count = len(paths)
                if done <= count:
                    text = self.tr("Bestand {0} van {1} controleren…").format(done, count)
                else:
                    text = self.tr("Bestand {0} van {1} inlezen…").format(done - count, count)
                progress(done / total, text)

            return merge_files(self.session, paths, step)

        try:
            outcomes = run_with_progress(self, title, work)
        except PlusDeskError as exc:
            from plusdesk.gui.app import show_error

            show_error(self, exc)
            return []
        self.last_outcomes = outcomes
        self.refresh()
        merged = sum(o.merged for o in outcomes)
        refused = sum(o.status == REFUSED for o in outcomes)
        text = self.tr("{0} van {1} bestanden ingelezen.").format(merged, len(outcomes))
        if refused:
            text += " " + self.tr("{0} geweigerd: daarvan is niets ingelezen.").format(refused)
        message(
            self,
            title,
            text,
            icon=QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
            informative="\n".join(core_tr(o.message) for o in outcomes[:12])
            + ("\n…" if len(outcomes) > 12 else ""),
            detail="\n".join(core_tr(o.message) for o in outcomes) if len(outcomes) > 12 else "",
        )
        return outcomes

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.may_change and self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event)
        if not paths or not self.may_change:
            event.ignore()
            return
        event.acceptProposedAction()
        self.merge(paths)

    @staticmethod
    def _dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]

    # --- removing -----------------------------------------------------------------------------
    def remove_selected(self) -> None:
        chosen = self._selected()
        if chosen is None or not self.may_change:
            return
        if not ask(
            self,
            self.tr("Praktijk verwijderen"),
            self.tr(
                "{0} ({1}) en al haar cijfers uit dit zorggroepbestand verwijderen? U kunt de "
                "praktijk later opnieuw inlezen uit haar exportbestand."
            ).format(chosen.name, chosen.agb_code),
            self.tr("&Verwijderen"),
            self.tr("Annuleren"),
        ):
            return
        try:
            remove_practice(self.session, chosen.key)
        except PlusDeskError as exc:
            from plusdesk.gui.app import show_error

            show_error(self, exc)
        self.refresh()

    # --- packs and XLSX ------------------------------------------------------------------------
    def make_packs(self) -> None:
        if not self.may_change:
            return
        title = self.tr("Benchmarkpakketten maken")
        folder = QFileDialog.getExistingDirectory(
            self, title, settings.read(PACK_OUT_FOLDER) or _documents()
        )
        if not folder:
            return
        settings.write(PACK_OUT_FOLDER, folder)

        def work(progress, _cancelled):
            return write_packs(
                self.session,
                folder,
                progress=lambda done, total: progress(
                    done / total, self.tr("Pakket {0} van {1}…").format(done, total)
                ),
            )

        try:
            written = run_with_progress(self, title, work)
        except PlusDeskError as exc:
            from plusdesk.gui.app import show_error

            show_error(self, exc)
            return
        message(
            self,
            title,
            self.tr("{0} benchmarkpakketten opgeslagen in {1}.").format(len(written), folder),
            informative=self.tr(
                "Stuur elke praktijk haar eigen pakket (de AGB-code staat in de bestandsnaam). "
                "In elk pakket staat alleen die praktijk met naam; de andere zijn letters. Het "
                "maken is vastgelegd in het auditlog."
            ),
        )

    def save_xlsx(self) -> None:
        from plusdesk.core.workspace_xlsx import save_workspace_xlsx

        if not self.may_change or self.db is None:
            return
        title = self.tr("Opslaan als XLSX")
        start = Path(settings.read(XLSX_FOLDER) or _documents()) / self.tr("{0}.xlsx").format(
            workspace_name(self.db)
        )
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(start), self.tr("Excel-werkmap (*.xlsx)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        settings.write(XLSX_FOLDER, str(target.parent))
        try:
            with busy():
                save_workspace_xlsx(self.session, target)
        except PlusDeskError as exc:
            from plusdesk.gui.app import show_error

            show_error(self, exc)
            return
        message(self, title, self.tr("Opgeslagen: {0}").format(str(target)))


def _documents() -> str:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found or str(Path.home())
