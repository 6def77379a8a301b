"""The O/E-overzicht and Imports tabs of Verwijzingen, with their table models."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.clock import format_date, format_datetime
from plusdesk.core.referral_model import Batch
from plusdesk.gui.charts.referral_forest import SIGNAL_COLOURS, ForestChart
from plusdesk.gui.models.table import AnyIndex, RowsTableModel
from plusdesk.gui.numbers import decimal
from plusdesk.gui.numbers import whole as number
from plusdesk.gui.pages.referral_tabs import SORT_ROLE, field, row, table_view

ARROWS = {"boven": "▲", "onder": "▼"}  # beside O/E: above or below expected


# --- O/E-overzicht -------------------------------------------------------------------------------


class OEModel(RowsTableModel):
    """Rows of an `oe_table`: observed, expected, O/E (▲ above, ▼ below expected), source."""

    LABEL, OBSERVED, EXPECTED, RATIO, INTERVAL, SOURCE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Specialisme"),
            self.tr("Waargenomen"),
            self.tr("Verwacht"),
            self.tr("O/E"),
            self.tr("95 %-interval"),
            self.tr("Bron"),
        ]
        self._header_tips = {
            self.OBSERVED: self.tr("Verwijzingen in het jaar"),
            self.EXPECTED: self.tr(
                "Wat te verwachten is bij de leeftijd en het geslacht van uw patiënten"
            ),
            self.RATIO: self.tr(
                "Waargenomen gedeeld door verwacht; 1 is zoals verwacht. ▲: boven verwachting, "
                "▼: onder verwachting (het hele 95 %-interval ligt boven of onder 1)"
            ),
            self.INTERVAL: self.tr(
                "Ligt het hele interval boven of onder 1, dan is er een signaal"
            ),
            self.SOURCE: self.tr(
                "Vektis: uit de Vektis Praktijkspiegel; standaardisatie: berekend met de "
                "referentietabel"
            ),
        }
        self.signals = {
            "boven": self.tr("boven verwachting"),
            "onder": self.tr("onder verwachting"),
        }

    def cell(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        column = index.column()
        signal = r.signal if isinstance(r.signal, str) else None
        if role == Qt.ItemDataRole.DisplayRole:
            arrow = f" {ARROWS[signal]}" if signal else ""
            return [
                r.label,
                number(r.observed),
                decimal(r.expected, 1),
                decimal(r.ratio) + arrow,
                f"{decimal(r.low)}–{decimal(r.high)}",
                r.source,
            ][column]
        if role == SORT_ROLE:
            return [
                r.label.lower(),
                int(r.observed),
                float(r.expected),
                float(r.ratio),
                float(r.low),
                r.source,
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in range(1, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and signal
            and column in (self.RATIO, self.INTERVAL)
        ):
            return QBrush(QColor(SIGNAL_COLOURS[signal]))
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.RATIO, self.INTERVAL):
            return self.signals.get(signal or "", self.tr("niet duidelijk anders dan verwacht"))
        if role == Qt.ItemDataRole.FontRole and r.kind == "group" and column == self.LABEL:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class OETab(QWidget):
    """O/E per specialism and group for one year: a forest plot beside a sortable table."""

    year_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year_combo = QComboBox()
        self.reference = QLabel()
        self.reference.setObjectName("referenceLabel")
        self.reference.setWordWrap(True)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list_size_button = QPushButton(self.tr("&Praktijkomvang…"))
        self.list_size_button.setToolTip(
            self.tr("Het aantal ingeschreven patiënten per leeftijdsgroep en geslacht")
        )
        self.benchmark_button = QPushButton(self.tr("Vektis-&cijfers…"))
        self.benchmark_button.setToolTip(
            self.tr("Waargenomen en verwacht aantal uit de Vektis Praktijkspiegel")
        )
        self.reference_button = QPushButton(self.tr("&Referentietabel…"))
        self.reference_button.setToolTip(
            self.tr(
                "De referentiecijfers per 1.000 patiënten die de zorggroep levert "
                "(CSV: specialisme;leeftijd;geslacht;per_1000)"
            )
        )
        self.groups_button = QPushButton(self.tr("Gro&epen…"))
        self.groups_button.setToolTip(
            self.tr("Codes die samen tellen, zoals GGZ (psychiatrie, psychologen en SPV)")
        )
        self.chart = ForestChart()
        self.scroll = QScrollArea()
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a chart: no Tab stop
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.chart)
        self.model = OEModel(self)
        self.table, self.proxy = table_view(self.model, "oeTable", self.tr("O/E per specialisme"))
        self.table.sortByColumn(OEModel.RATIO, Qt.SortOrder.DescendingOrder)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.scroll)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(
            row(
                field(self.tr("&Jaar:"), self.year_combo),
                self.year_combo,
                1,
                self.list_size_button,
                self.benchmark_button,
                self.reference_button,
                self.groups_button,
            )
        )
        layout.addWidget(self.reference)
        layout.addWidget(splitter, 1)
        self.year_combo.currentIndexChanged.connect(
            lambda _i: self.year_changed.emit(self.year or 0)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_table()

    def fit_table(self) -> None:
        """Once, with rows: the table gets the width its columns need, the chart at least 400."""
        if self._sized or not self.model.rowCount() or not self.isVisible():
            return
        self._sized = True
        total = self.splitter.width() - self.splitter.handleWidth()
        need = (
            self.table.horizontalHeader().length()
            + self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
            + 4
        )
        table = max(min(need, total - 400), total // 2)
        self.splitter.setSizes([total - table, table])

    @property
    def year(self) -> int | None:
        return self.year_combo.currentData()

    def set_years(self, years: Sequence[int], year: int | None) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in sorted(years, reverse=True):
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
        self.year_combo.setEnabled(bool(years))
        self.year_combo.blockSignals(False)

    def set_reference(self, label: str | None) -> None:
        if label:
            text = self.tr(
                "Verwacht berekend met: {0}. Bij bron Vektis komen waargenomen en verwacht uit "
                "de Vektis Praktijkspiegel."
            ).format(label)
        else:
            text = self.tr(
                "Nog geen referentietabel: verwacht is alleen bekend waar Vektis-cijfers zijn "
                "ingevoerd."
            )
        self.reference.setText(text)

    def set_table(self, table: pd.DataFrame) -> None:
        self.chart.set_rows(table)
        self.model.set_rows(list(table.itertuples(index=False)))
        self.fit_table()

    def labels(self) -> list[str]:
        """The subjects in the table as shown (sorted as the user chose)."""
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    def cell(self, label: str, column: int) -> str:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data() == label:
                return self.proxy.index(r, column).data()
        raise KeyError(label)


# --- Imports -------------------------------------------------------------------------------------


class BatchModel(RowsTableModel):
    """The imports, newest first: file, period, rows, skipped, still counting, when and who."""

    FILE, PERIOD, ROWS, SKIPPED, ACTIVE, IMPORTED_AT, IMPORTED_BY = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}
        self._headers = [
            self.tr("Bestand"),
            self.tr("Periode"),
            self.tr("Regels"),
            self.tr("Overgeslagen"),
            self.tr("Telt mee"),
            self.tr("Ingelezen op"),
            self.tr("Door"),
        ]
        self._header_tips = {
            self.ROWS: self.tr("Verwijzingen ingelezen uit het bestand"),
            self.SKIPPED: self.tr("Regels met fouten die bij het inlezen zijn overgeslagen"),
            self.ACTIVE: self.tr(
                "Verwijzingen die nog meetellen: niet vervangen door een latere import"
            ),
        }

    def cell(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        b: Batch = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                b.file_name,
                self.tr("{0} t/m {1}").format(
                    format_date(b.period_start), format_date(b.period_end)
                ),
                number(b.rows_imported),
                number(b.rows_skipped),
                number(b.rows_active),
                format_datetime(b.imported_at),
                self.names.get(b.imported_by, b.imported_by),
            ][column]
        if role == SORT_ROLE:
            return [
                b.file_name.lower(),
                b.period_start.isoformat(),
                b.rows_imported,
                b.rows_skipped,
                b.rows_active,
                b.imported_at.isoformat(),
                self.names.get(b.imported_by, b.imported_by).lower(),
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.ROWS,
            self.SKIPPED,
            self.ACTIVE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FILE and b.mapping_name:
            return self.tr("Kolomkoppeling: {0}").format(b.mapping_name)
        return None


class ImportsTab(QWidget):
    """The imported files; the praktijkmanager imports another or takes one back out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setObjectName("muted")
        self.intro.setWordWrap(True)
        self.model = BatchModel(self)
        self.table, self.proxy = table_view(self.model, "batchTable", self.tr("Imports"))
        self.table.sortByColumn(BatchModel.IMPORTED_AT, Qt.SortOrder.DescendingOrder)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.import_button = QPushButton(self.tr("&Importeren…"))
        self.import_button.setToolTip(self.tr("Een export uit het HIS inlezen (CSV of Excel)"))
        self.undo_button = QPushButton(self.tr("Import onge&daan maken…"))
        self.undo_button.setToolTip(self.tr("De verwijzingen uit de gekozen import weer weghalen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(row(self.summary, 1, self.undo_button, self.import_button))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())

    def set_batches(self, batches: Sequence[Batch], names: dict[str, str], may_edit: bool) -> None:
        chosen = self.selected()
        self.model.names = names
        self.model.set_rows(list(batches))
        self.may_edit = may_edit
        active = sum(b.rows_active for b in batches)
        self.summary.setText(
            self.tr("Nog geen imports.")
            if not batches
            else self.tr("{0} imports; {1} verwijzingen tellen mee.").format(
                len(batches), number(active)
            )
            if len(batches) != 1
            else self.tr("1 import; {0} verwijzingen tellen mee.").format(number(active))
        )
        self.intro.setText(
            self.tr(
                "Elke import is één bestand uit het HIS. Een import ongedaan maken haalt de "
                "verwijzingen uit dat bestand weer weg; wat die import verving, telt dan weer mee."
            )
            if may_edit
            else self.tr(
                "De ingelezen bestanden. Alleen de praktijkmanager kan verwijzingen importeren "
                "of een import ongedaan maken."
            )
        )
        self.import_button.setVisible(may_edit)
        self.undo_button.setVisible(may_edit)
        self.select(chosen.id if chosen else None)
        self.update_buttons()

    def selected(self) -> Batch | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select(self, batch_id: int | None) -> None:
        rows = [n for n in range(self.model.rowCount()) if self.model.row_at(n).id == batch_id]
        if rows:
            index = self.proxy.mapFromSource(self.model.index(rows[0], 0))
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        else:
            self.table.clearSelection()

    def update_buttons(self) -> None:
        self.undo_button.setEnabled(self.selected() is not None)

    def file_names(self) -> list[str]:
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]
