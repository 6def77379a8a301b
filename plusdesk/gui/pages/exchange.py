"""Zorggroep-export: what leaves the practice, the export file itself, and the benchmark pack.

Only the praktijkmanager makes the export and reads the zorggroep's benchmark pack; the other
roles see why. The preview is built in memory (well under a second); nothing is written until
Opslaan.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QCursor, QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.clock import format_date
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.exchange import (
    Export,
    PreviewRow,
    build_export,
    export_filename,
    save_export,
    set_threshold,
    threshold,
)
from plusdesk.core.suppression import MAX_THRESHOLD, MIN_THRESHOLD
from plusdesk.core.users import Permission, Session
from plusdesk.core.validation import today
from plusdesk.gui import settings
from plusdesk.gui.dialogs.referral_common import ask, message
from plusdesk.gui.models.table import AnyIndex, RowsTableModel
from plusdesk.gui.numbers import whole as number
from plusdesk.gui.pages.base import Page
from plusdesk.gui.settings import Setting
from plusdesk.gui.translations import core_tr

EXCHANGE_FOLDER = Setting(
    "exchange/folder", str, "", "Map waarin de zorggroep-export het laatst is opgeslagen"
)
EXCHANGE_XLSX = Setting(
    "exchange/xlsx", int, 0, "Bij de zorggroep-export ook een XLSX-bestand opslaan (1: ja)"
)
PACK_FOLDER = Setting(
    "exchange/pack_folder", str, "", "Map van het laatst ingelezen benchmarkpakket"
)
EARLIEST = date(2000, 1, 1)  # no practice registers interventions from before this
ERROR_STYLE = "color: #b3261e;"


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while the export is built or a pack is read."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PreviewModel(RowsTableModel):
    """One row per indicator; the subject is written once, above its indicators."""

    SUBJECT, INDICATOR, PERIODS, ROWS, SUPPRESSED = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Onderwerp"),
            self.tr("Indicator"),
            self.tr("Periode"),
            self.tr("Waarden"),
            self.tr("Onderdrukt"),
        ]
        self._header_tips = {
            self.PERIODS: self.tr("De eerste en de laatste periode; 'stand': aan het eind"),
            self.ROWS: self.tr("Hoeveel getallen van deze indicator in de export staan"),
            self.SUPPRESSED: self.tr(
                "Hoeveel daarvan leeg blijven: een klein aantal, of een getal waaruit een "
                "klein aantal terug te rekenen is"
            ),
        }

    def rows(self) -> list[PreviewRow]:
        return list(self._rows)

    def cell(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r: PreviewRow = self._rows[index.row()]
        column = index.column()
        first = index.row() == 0 or self._rows[index.row() - 1].subject != r.subject
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.SUBJECT:
                # Said for every row to a screen reader, shown once per group on screen.
                return r.subject if first or role != Qt.ItemDataRole.DisplayRole else ""
            return [r.subject, r.indicator, r.periods, number(r.rows), number(r.suppressed)][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SUBJECT:
            return r.subject
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ROWS, self.SUPPRESSED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.SUBJECT:
            font = QFont()
            font.setBold(True)
            return font
        return None


class PreviewTable(QTableView):
    """The Indicator column takes the room the others leave, but never less than its text."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        model = self.model()
        column = PreviewModel.INDICATOR
        metrics = self.fontMetrics()
        needed = 24 + max(
            (
                metrics.horizontalAdvance(str(model.data(model.index(r, column))))
                for r in range(model.rowCount())
            ),
            default=160,
        )
        others = sum(self.columnWidth(c) for c in range(model.columnCount()) if c != column)
        self.setColumnWidth(column, max(needed, self.viewport().width() - others))


class ExchangePage(Page):
    key = "export"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Zorggroep-export"),
            self.tr(
                "Eén bestand met de geaggregeerde cijfers van uw praktijk voor de zorggroep. "
                "Er gaat niets mee dat een patiënt herkenbaar maakt: kleine aantallen blijven "
                "leeg."
            ),
            parent,
        )
        self.export: Export | None = None
        self._period: tuple[date, date] | None = None  # None: the whole period
        self._stale = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_export_view())
        self.stack.addWidget(self._build_denied_view())
        self.body.addWidget(self.stack, 1)
        # Arrow clicks on the threshold settle after a pause; typing waits for Enter or Tab.
        self._threshold_timer = QTimer(self)
        self._threshold_timer.setSingleShot(True)
        self._threshold_timer.setInterval(600)
        self._threshold_timer.timeout.connect(self._commit_threshold)
        self._set_tab_order()

    # --- building ------------------------------------------------------------------------------
    def _build_export_view(self) -> QWidget:
        self.from_edit = self._date_edit(self.tr("Van"))
        self.to_edit = self._date_edit(self.tr("Tot en met"))
        self.whole_button = QPushButton(self.tr("Hele &periode"))
        self.whole_button.setToolTip(
            self.tr("Vanaf 1 januari van het eerste jaar met gegevens tot en met vandaag")
        )
        self.whole_button.clicked.connect(self.whole_period)
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold_spin.setKeyboardTracking(False)
        self.threshold_spin.setAccessibleName(self.tr("Drempel kleine aantallen"))
        self.threshold_spin.setToolTip(
            self.tr(
                "Aantallen kleiner dan de drempel gaan niet mee, net als wat daaruit terug te "
                "rekenen is. Een instelling van de praktijk ({0} tot en met {1}); een wijziging "
                "komt in het auditlog."
            ).format(MIN_THRESHOLD, MAX_THRESHOLD)
        )
        self.threshold_spin.valueChanged.connect(lambda _v: self._threshold_timer.start())
        self.threshold_spin.editingFinished.connect(self._commit_threshold)
        self.threshold_hint = QLabel()
        self.threshold_hint.setObjectName("muted")

        period_row = QHBoxLayout()
        period_row.setSpacing(8)
        period_row.addWidget(self.from_edit)
        period_row.addSpacing(8)
        period_row.addWidget(self._label(self.tr("&Tot en met:"), self.to_edit))
        period_row.addWidget(self.to_edit)
        period_row.addSpacing(8)
        period_row.addWidget(self.whole_button)
        period_row.addStretch(1)
        threshold_row = QHBoxLayout()
        threshold_row.setSpacing(8)
        threshold_row.addWidget(self.threshold_spin)
        threshold_row.addWidget(self.threshold_hint, 1)

        card = QFrame()
        card.setObjectName("plannedCard")
        grid = QGridLayout(card)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.addWidget(self._label(self.tr("&Van:"), self.from_edit), 0, 0)
        grid.addLayout(period_row, 0, 1)
        grid.addWidget(
            self._label(self.tr("&Drempel kleine aantallen:"), self.threshold_spin), 1, 0
        )
        grid.addLayout(threshold_row, 1, 1)
        grid.setColumnStretch(1, 1)

        self.model = PreviewModel(self)
        self.table = PreviewTable()
        self.table.setObjectName("exchangePreview")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Wat verlaat de praktijk"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for column, sample in (
            (PreviewModel.SUBJECT, "GGZ-casussen (collaborative care)"),
            (PreviewModel.PERIODS, "00-0000 t/m 00-0000"),
            (PreviewModel.ROWS, "Waarden 00"),
            (PreviewModel.SUPPRESSED, "Onderdrukt 00"),
        ):
            self.table.setColumnWidth(column, QFontMetrics(bold).horizontalAdvance(sample) + 20)

        self.preview_title = QLabel(self.tr("&Wat verlaat de praktijk"))
        self.preview_title.setObjectName("cardTitle")
        self.preview_title.setBuddy(self.table)
        self.header_label = QLabel()
        self.header_label.setObjectName("exchangeHeader")
        self.header_label.setWordWrap(True)
        self.header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("exchangeSummary")
        self.summary_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("exchangeError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.xlsx_check = QCheckBox(self.tr("Ook een &XLSX-bestand opslaan (voor mensen)"))
        self.xlsx_check.setToolTip(
            self.tr(
                "Dezelfde cijfers als Excel-bestand, met dezelfde naam naast de export; om zelf "
                "te lezen. De zorggroep leest alleen het .plusdesk-bestand in."
            )
        )
        self.xlsx_check.setChecked(bool(settings.read(EXCHANGE_XLSX)))
        self.xlsx_check.toggled.connect(lambda on: settings.write(EXCHANGE_XLSX, int(on)))
        self.save_button = QPushButton(self.tr("&Opslaan…"))
        self.save_button.setToolTip(
            self.tr(
                "Sla de export op om naar de zorggroep te sturen; het opslaan komt in het auditlog."
            )
        )
        self.save_button.clicked.connect(self.save)
        self.pack_label = QLabel()
        self.pack_label.setObjectName("packLabel")
        self.pack_label.setWordWrap(True)
        self.pack_button = QPushButton(self.tr("Bench&markpakket inlezen…"))
        self.pack_button.setToolTip(
            self.tr(
                "Het bestand dat de zorggroep terugstuurt: uw praktijk naast de andere "
                "praktijken (anoniem), en eventueel de referentietabel van de zorggroep."
            )
        )
        self.pack_button.clicked.connect(self.import_pack)

        save_row = QHBoxLayout()
        save_row.addWidget(self.xlsx_check)
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        pack_row = QHBoxLayout()
        pack_row.addWidget(self.pack_label, 1)
        pack_row.addWidget(self.pack_button)

        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(card)
        layout.addSpacing(4)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.header_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(save_row)
        layout.addWidget(line)
        layout.addLayout(pack_row)
        return view

    def _build_denied_view(self) -> QWidget:
        card = QFrame()
        card.setObjectName("plannedCard")
        title = QLabel(self.tr("Voor de praktijkmanager"))
        title.setObjectName("cardTitle")
        self.denied_label = QLabel(
            self.tr(
                "De praktijkmanager maakt de export voor de zorggroep en leest het "
                "benchmarkpakket van de zorggroep in. In de export staan alleen getallen over "
                "de hele praktijk, geen gegevens van patiënten. Wilt u weten wat er met de "
                "zorggroep wordt gedeeld? Vraag het de praktijkmanager."
            )
        )
        self.denied_label.setObjectName("deniedMessage")
        self.denied_label.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.addWidget(title)
        inner.addWidget(self.denied_label)
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card)
        layout.addStretch(1)
        return view

    def _date_edit(self, accessible_name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setAccessibleName(accessible_name)
        edit.setMinimumDate(qdate(EARLIEST))
        edit.setMaximumDate(qdate(today()))
        # Not on every keystroke: when the field is left or Enter is pressed, or a day is
        # picked in the calendar (which does not finish the editing by itself).
        edit.editingFinished.connect(self._period_edited)
        calendar = edit.calendarWidget()
        calendar.clicked.connect(lambda _d: QTimer.singleShot(0, self._period_edited))
        calendar.activated.connect(lambda _d: QTimer.singleShot(0, self._period_edited))
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _set_tab_order(self) -> None:
        chain = [
            self.from_edit,
            self.to_edit,
            self.whole_button,
            self.threshold_spin,
            self.table,
            self.xlsx_check,
            self.save_button,
            self.pack_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- session and refresh -------------------------------------------------------------------
    @property
    def may_export(self) -> bool:
        return self.session is not None and self.session.can(Permission.EXPORT)

    def set_session(self, session: Session) -> None:
        """Another user or file: start again from the whole period."""
        self._period = None
        self.export = None
        super().set_session(session)

    def refresh(self) -> None:
        """Build the preview again (other pages may have changed the figures)."""
        if self.session is None or self.db is None:
            return
        self.stack.setCurrentIndex(0 if self.may_export else 1)
        if not self.may_export:
            self.export = None
            return
        if not self.isVisible():
            self._stale = True  # built when it is shown: building takes a moment
            return
        self._stale = False
        self._show_threshold(threshold(self.db))
        self._rebuild()
        self._show_last_pack()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show_threshold(self, value: int) -> None:
        self.threshold_spin.blockSignals(True)
        self.threshold_spin.setValue(value)
        self.threshold_spin.blockSignals(False)
        self._threshold_timer.stop()
        self.threshold_hint.setText(
            self.tr("aantallen van 1 tot en met {0} gaan niet mee").format(value - 1)
        )

    def _rebuild(self) -> None:
        """Build the export in memory for the period and threshold shown, and preview it."""
        if self.db is None:
            return
        start, end = self._period or (None, None)
        try:
            with busy():
                export = build_export(self.db, start, end, self.threshold_spin.value())
        except PlusDeskError as exc:
            self.export = None
            self.model.set_rows([])
            self.header_label.clear()
            self.summary_label.clear()
            self.error_label.setText(core_tr(exc.message))
            self.error_label.show()
            self.save_button.setEnabled(False)
            return
        self.export = export
        self.error_label.hide()
        self.save_button.setEnabled(True)
        self._show_period(export.date_from, export.date_to)
        self.model.set_rows(export.preview())
        self.table.fit()
        self.header_label.setText(self._header(export))
        self.summary_label.setText(
            self.tr(
                "{0} waarden, waarvan {1} onderdrukt (aantallen van 1 tot en met {2} en wat "
                "daaruit terug te rekenen is). Er gaan geen gegevens van patiënten mee."
            ).format(number(export.rows), number(export.suppressed), export.threshold - 1)
        )

    def _header(self, export: Export) -> str:
        manifest = export.data.manifest
        zorggroep = manifest.get("zorggroep") or self.tr(
            "zorggroep niet ingevuld (Bestand → Praktijkgegevens)"
        )
        return self.tr("{0} · AGB-code {1} · {2} · periode {3} t/m {4}").format(
            manifest.get("praktijk_naam", ""),
            manifest.get("praktijk_agb", ""),
            zorggroep,
            format_date(export.date_from),
            format_date(export.date_to),
        )

    def _show_period(self, start: date, end: date) -> None:
        """Show the period built; each date limits the other, so Van never lies after Tot."""
        last = qdate(today())
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
            edit.setDateRange(min(qdate(EARLIEST), qdate(start)), max(last, qdate(end)))
        self.from_edit.setDate(qdate(start))
        self.to_edit.setDate(qdate(end))
        self.from_edit.setMaximumDate(qdate(end))
        self.to_edit.setMinimumDate(qdate(start))
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(False)

    def _show_last_pack(self) -> None:
        from plusdesk.core.workspace import practices

        if self.db is None:
            return
        found = practices(self.db)
        if not found:
            self.pack_label.setText(self.tr("Nog geen benchmarkpakket ingelezen."))
            return
        made = max(p.created_at for p in found)
        count = (
            self.tr("1 praktijk")
            if len(found) == 1
            else self.tr("{0} praktijken").format(number(len(found)))
        )
        self.pack_label.setText(
            self.tr("Laatste benchmarkpakket: van {0}, {1}.").format(format_date(made), count)
        )

    # --- the period and the threshold ----------------------------------------------------------
    def _period_edited(self) -> None:
        """A date was changed: build again, but only when the period really differs."""
        if self.export is None:
            return
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        if (start, end) == (self.export.date_from, self.export.date_to):
            return
        self._period = (start, end)
        self._rebuild()

    def whole_period(self) -> None:
        self._period = None
        self._rebuild()

    def _commit_threshold(self) -> None:
        """Save a changed threshold (logged by the core) and show what it does to the export."""
        self._threshold_timer.stop()
        if self.session is None or self.db is None or not self.may_export:
            return
        value = self.threshold_spin.value()
        stored = threshold(self.db)
        if value == stored and self.export is not None and self.export.threshold == value:
            return
        if value != stored:
            try:
                stored = set_threshold(self.session, value)
            except PlusDeskError as exc:
                self._show_threshold(stored)
                self._error(exc)
                return
        self._show_threshold(stored)
        self._rebuild()

    def _settle(self) -> None:
        """Before saving: take a threshold or date still being edited into the export."""
        self._commit_threshold()
        self._period_edited()

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        """Opslaan: the export file (and the XLSX beside it); both or nothing is written."""
        if not self.may_export:
            return
        self._settle()
        export = self.export
        if export is None:
            return
        title = self.tr("Zorggroep-export opslaan")
        folder = settings.read(EXCHANGE_FOLDER) or self._documents()
        suggested = Path(folder) / export_filename(export.data.manifest.get("praktijk_agb", ""))
        chosen, _ = QFileDialog.getSaveFileName(
            self, title, str(suggested), self.tr("PlusDesk-export (*.plusdesk)")
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".plusdesk":
            target = target.with_name(target.name + ".plusdesk")
        xlsx = target.with_suffix(".xlsx") if self.xlsx_check.isChecked() else None
        # The file dialog asked about the name it returned; not about what PlusDesk adds.
        existing = [p for p in (target, xlsx) if p is not None and p.exists() and p != Path(chosen)]
        if existing and not ask(
            self,
            title,
            self.tr("Dit bestaat al:\n{0}\n\nWilt u het vervangen?").format(
                "\n".join(str(p) for p in existing)
            ),
            self.tr("&Vervangen"),
            self.tr("Annuleren"),
        ):
            return
        settings.write(EXCHANGE_FOLDER, str(target.parent))
        try:
            with busy():
                written = save_export(self.session, export, target, xlsx)
        except PlusDeskError as exc:
            self._error(exc)
            return
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            self._error(
                PlusDeskError(self.tr("De export kan niet worden opgeslagen ({0}).").format(reason))
            )
            return
        text = self.tr("De export is opgeslagen als:\n{0}").format(str(written))
        if xlsx is not None:
            text += "\n\n" + self.tr(
                "Het XLSX-bestand om zelf te lezen staat ernaast:\n{0}"
            ).format(str(xlsx))
        message(
            self,
            title,
            text,
            informative=self.tr(
                "Het opslaan is vastgelegd in het auditlog. Stuur het .plusdesk-bestand naar "
                "de zorggroep."
            ),
        )

    # --- the benchmark pack --------------------------------------------------------------------
    def import_pack(self) -> None:
        """Read the zorggroep's benchmark pack; a replaced reference table is asked first."""
        from plusdesk.core.exchange_format import KIND_PACK, read_file
        from plusdesk.core.practice import get_practice
        from plusdesk.core.workspace import import_pack

        if not self.may_export or self.db is None:
            return
        title = self.tr("Benchmarkpakket inlezen")
        folder = settings.read(PACK_FOLDER) or self._documents()
        path, _ = QFileDialog.getOpenFileName(
            self,
            title,
            folder,
            self.tr("Benchmarkpakket (*.plusdesk);;Alle bestanden (*)"),
        )
        if not path:
            return
        settings.write(PACK_FOLDER, str(Path(path).parent))
        try:
            with busy():
                pack = read_file(path, kinds=(KIND_PACK,))
        except PlusDeskError as exc:
            self._refused(exc)
            return
        own = get_practice(self.db)
        ours = own is not None and own.agb_code == pack.agb_code  # else the core says why not
        has_rates = bool(self.db.scalar("SELECT count(*) FROM reference_rate"))
        if (
            ours
            and pack.reference_rates
            and has_rates
            and not ask(
                self,
                title,
                self.tr(
                    "De referentietabel van de zorggroep vervangt uw huidige referentietabel. "
                    "Doorgaan?"
                ),
                self.tr("&Doorgaan"),
                self.tr("Annuleren"),
            )
        ):
            return
        try:
            with busy():
                done = import_pack(self.session, path)
        except PlusDeskError as exc:
            self._refused(exc)
            return
        self._show_last_pack()
        count = (
            self.tr("1 praktijk")
            if done.practices == 1
            else self.tr("{0} praktijken").format(number(done.practices))
        )
        text = self.tr("Het benchmarkpakket van {0} is ingelezen: {1}.").format(
            format_date(done.created_at), count
        )
        if done.reference_rates:
            text += "\n\n" + self.tr(
                "De referentietabel van de zorggroep ('{0}') vervangt nu de eigen "
                "referentietabel van de praktijk; de verwachte aantallen (O/E) bij Verwijzingen "
                "zijn daarmee opnieuw berekend."
            ).format(done.reference_name)
            self._rebuild()  # the expected numbers in the export changed with it
        message(self, title, text)

    # --- helpers -------------------------------------------------------------------------------
    def _documents(self) -> str:
        found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return found or str(Path.home())

    def _refused(self, exc: PlusDeskError) -> None:
        message(
            self,
            self.tr("Benchmarkpakket niet ingelezen"),
            core_tr(exc.message),
            icon=QMessageBox.Icon.Warning,
        )

    def _error(self, exc: PlusDeskError) -> None:
        from plusdesk.gui.app import show_error

        show_error(self, exc)
