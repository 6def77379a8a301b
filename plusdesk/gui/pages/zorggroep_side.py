"""Naast elkaar: the conversation and GGZ figures of every practice for one year, in a table."""

from __future__ import annotations

import math
import textwrap

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.clock import format_date
from plusdesk.core.db import Database
from plusdesk.core.exchange_views import (
    MEASURES,
    Measure,
    Participant,
    SideBySide,
    participants,
    side_by_side,
    side_by_side_years,
)
from plusdesk.gui.models.table import ROOT, AnyIndex
from plusdesk.gui.pages.base import Page
from plusdesk.gui.pages.zorggroep_matrix import ColumnBand, MatrixTable, to_practices_button
from plusdesk.gui.translations import core_tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PINNED_ROLE = Qt.ItemDataRole.UserRole + 2  # the median row stays at the bottom when sorted
MUTED = QColor("#6b7075")
TOTAL_BACKGROUND = QColor("#eef1f4")
UNKNOWN = "—"


def _t(text: str) -> str:
    return QCoreApplication.translate("SideBySide", text)


# What each measure means, for the column header's tooltip.
DESCRIPTIONS: dict[str, str] = {
    "omvang": QT_TRANSLATE_NOOP(
        "SideBySide", "Het aantal ingeschreven patiënten van de praktijk in het jaar."
    ),
    "gesprekken": QT_TRANSLATE_NOOP("SideBySide", "Het aantal gesprekken in het jaar."),
    "gesprekken_per_1000": QT_TRANSLATE_NOOP(
        "SideBySide", "Het aantal gesprekken per 1.000 ingeschreven patiënten."
    ),
    "gesproken": QT_TRANSLATE_NOOP(
        "SideBySide", "Het aantal patiënten met minstens één gesprek in het jaar."
    ),
    "vervolg_pct": QT_TRANSLATE_NOOP(
        "SideBySide", "Het deel van de gesproken patiënten dat ook een vervolggesprek had."
    ),
    "scoreverschil": QT_TRANSLATE_NOOP(
        "SideBySide",
        "De gemiddelde verandering van de score tussen het eerste en het laatste gesprek, "
        "over alle dimensies samen (naar het aantal patiënten per dimensie). Positief is "
        "vooruitgang.",
    ),
    "ggz_actief": QT_TRANSLATE_NOOP(
        "SideBySide",
        "Het aantal open GGZ-casussen (collaborative care) op de laatste dag van het jaar.",
    ),
    "ggz_per_1000": QT_TRANSLATE_NOOP(
        "SideBySide",
        "De open GGZ-casussen op de laatste dag van het jaar per 1.000 ingeschreven patiënten.",
    ),
    "ggz_nieuw": QT_TRANSLATE_NOOP("SideBySide", "Het aantal GGZ-casussen dat in het jaar begon."),
    "ggz_contact_pct": QT_TRANSLATE_NOOP(
        "SideBySide",
        "Het deel van de open casussen met een recent contact (aan het eind van het jaar).",
    ),
    "ggz_respons_pct": QT_TRANSLATE_NOOP(
        "SideBySide",
        "Van de casussen die in het jaar begonnen en al 12 weken liepen: het deel met respons.",
    ),
    "ggz_remissie_pct": QT_TRANSLATE_NOOP(
        "SideBySide",
        "Van de casussen die in het jaar begonnen en al 12 weken liepen: het deel in remissie.",
    ),
}


def format_value(value: float, unit: str) -> str:
    """A figure the Dutch way: 6.174 · 5,0 · 73 %; a median count may keep one decimal."""
    locale = QLocale()
    if unit == "%":
        return locale.toString(float(value), "f", 0) + " %"
    if unit in ("per 1.000", "punten"):
        return locale.toString(float(value), "f", 1)
    decimals = 0 if float(value).is_integer() else 1
    return locale.toString(float(value), "f", decimals)


# Column headers broken by hand to keep the columns narrow; the group is in the band above.
HEADERS: dict[str, str] = {
    "omvang": QT_TRANSLATE_NOOP("SideBySide", "ingeschreven\npatiënten"),
    "gesprekken": QT_TRANSLATE_NOOP("SideBySide", "gesprekken"),
    "gesprekken_per_1000": QT_TRANSLATE_NOOP("SideBySide", "gesprekken\nper 1.000\npatiënten"),
    "gesproken": QT_TRANSLATE_NOOP("SideBySide", "patiënten\ngesproken"),
    "vervolg_pct": QT_TRANSLATE_NOOP("SideBySide", "met vervolg-\ngesprek"),
    "scoreverschil": QT_TRANSLATE_NOOP("SideBySide", "gem. score-\nverandering"),
    "ggz_actief": QT_TRANSLATE_NOOP("SideBySide", "actieve\ncasussen\n(eind jaar)"),
    "ggz_per_1000": QT_TRANSLATE_NOOP("SideBySide", "caseload\nper 1.000\npatiënten"),
    "ggz_nieuw": QT_TRANSLATE_NOOP("SideBySide", "nieuwe\ncasussen"),
    "ggz_contact_pct": QT_TRANSLATE_NOOP("SideBySide", "gecontac-\nteerd"),
    "ggz_respons_pct": QT_TRANSLATE_NOOP("SideBySide", "respons na\n12 weken"),
    "ggz_remissie_pct": QT_TRANSLATE_NOOP("SideBySide", "remissie na\n12 weken"),
}


def header_text(measure: Measure, width: int = 12) -> str:
    """The measure's label on a few short lines (its group is in the band above)."""
    if measure.key in HEADERS:
        return _t(HEADERS[measure.key])
    return "\n".join(textwrap.wrap(core_tr(measure.label), width, break_long_words=False))


class CompactHeader(QHeaderView):
    """A header that keeps room for the sort arrow only, not a square as high as its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as the table's own header: a click sorts

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        if self.isSortIndicatorShown():
            style = self.style()
            margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self)
            # Qt adds the text's height plus a margin for the arrow; three lines make that wide.
            size.setWidth(size.width() - size.height() - margin + arrow + 2 * margin)
        return size


def starts_group(column: int) -> bool:
    return 0 < column < len(MEASURES) and MEASURES[column].group != MEASURES[column - 1].group


class GroupDelegate(QStyledItemDelegate):
    """Room around the figures, and a line where the next group of measures begins."""

    LINE = QColor("#1f3b57")

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 10, size.height())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if starts_group(index.column()):
            painter.save()
            painter.setPen(QPen(self.LINE, 2))
            x = option.rect.left() + 1
            painter.drawLine(x, option.rect.top(), x, option.rect.bottom())
            painter.restore()


def measure_spans() -> list[tuple[str, int, int]]:
    """(group, first column, last column) of each run of measures in the same group."""
    out: list[tuple[str, int, int]] = []
    for column, measure in enumerate(MEASURES):
        group = core_tr(measure.group)  # the core's name of the group
        if out and out[-1][0] == group:
            out[-1] = (out[-1][0], out[-1][1], column)
        else:
            out.append((group, column, column))
    return out


def median(values: list[float]) -> float | None:
    known = sorted(v for v in values if not math.isnan(v))
    if not known:
        return None
    middle = len(known) // 2
    return known[middle] if len(known) % 2 else (known[middle - 1] + known[middle]) / 2


class SideBySideModel(QAbstractTableModel):
    """Practices (rows, in `participants` order) × MEASURES, and the group median below."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_set: SideBySide | None = None
        self._medians: list[tuple[float | None, int]] = []

    def set_data(self, data: SideBySide | None) -> None:
        self.beginResetModel()
        self.data_set = data
        self._medians = []
        if data is not None:
            for m in MEASURES:
                column = [float(v) for v in data.values[m.key]]
                self._medians.append((median(column), sum(not math.isnan(v) for v in column)))
        self.endResetModel()

    @property
    def practices(self) -> list[Participant]:
        return self.data_set.practices if self.data_set is not None else []

    @property
    def median_row(self) -> int:
        return len(self.practices)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if parent.isValid() or not self.practices:
            return 0
        return len(self.practices) + 1

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(MEASURES)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def value(self, row: int, column: int) -> float | None:
        """The figure in a cell; None when unknown (or suppressed)."""
        if self.data_set is None:
            return None
        if row == self.median_row:
            return self._medians[column][0]
        number = float(self.data_set.values.iloc[row, column])
        return None if math.isnan(number) else number

    def is_suppressed(self, row: int, column: int) -> bool:
        if self.data_set is None or row >= len(self.practices):
            return False
        return (self.practices[row].key, MEASURES[column].key) in self.data_set.suppressed

    def is_partial(self, row: int) -> bool:
        return (
            self.data_set is not None
            and row < len(self.practices)
            and self.practices[row].key in self.data_set.partial
        )

    # --- headers -----------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(MEASURES):
                return None
            measure = MEASURES[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return header_text(measure)
            if role == Qt.ItemDataRole.ToolTipRole:
                title = self._measure_name(measure) + f" ({core_tr(measure.unit)})"
                description = DESCRIPTIONS.get(measure.key, "")
                return f"{title}\n{_t(description)}" if description else title
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self._measure_name(measure)
            return None
        if not 0 <= section < self.rowCount():
            return None
        if section == self.median_row:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Groep (mediaan)")
            if role == Qt.ItemDataRole.FontRole:
                return self._font(bold=True)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "Per kolom het middelste getal van de praktijken met een bekend getal"
                )
            return None
        practice = self.practices[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return practice.label + (" *" if self.is_partial(section) else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return practice.label + (self.tr(" (uw praktijk)") if practice.is_self else "")
        if role == Qt.ItemDataRole.FontRole and practice.is_self:
            return self._font(bold=True)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [practice.label]
            if practice.is_self:
                lines.append(self.tr("Uw eigen praktijk"))
            if practice.period_from and practice.period_to:
                lines.append(
                    self.tr("Bestand van {0} tot en met {1}").format(
                        format_date(practice.period_from), format_date(practice.period_to)
                    )
                )
            if self.is_partial(section):
                lines.append(self.tr("* Het bestand beslaat niet het hele jaar."))
            return "\n".join(lines)
        return None

    @staticmethod
    def _measure_name(measure: Measure) -> str:
        """ "Gesprekken: patiënten gesproken", in the window's language."""
        return f"{core_tr(measure.group)}: {core_tr(measure.label)}"

    def _font(self, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setBold(bold)
        font.setItalic(italic)
        return font

    # --- cells -------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row, column = index.row(), index.column()
        measure = MEASURES[column]
        value = self.value(row, column)
        suppressed = self.is_suppressed(row, column)
        median_row = row == self.median_row
        match role:
            case Qt.ItemDataRole.DisplayRole:
                if suppressed:
                    return self.tr("onderdrukt")
                return UNKNOWN if value is None else format_value(value, measure.unit)
            case Qt.ItemDataRole.TextAlignmentRole:
                if value is None:
                    return int(Qt.AlignmentFlag.AlignCenter)
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            case Qt.ItemDataRole.ForegroundRole:
                return QBrush(MUTED) if value is None else None
            case Qt.ItemDataRole.FontRole:
                if suppressed:
                    return self._font(italic=True)
                if median_row or self.practices[row].is_self:
                    return self._font(bold=True)
                return None
            case Qt.ItemDataRole.BackgroundRole:
                return QBrush(TOTAL_BACKGROUND) if median_row else None
            case Qt.ItemDataRole.ToolTipRole | Qt.ItemDataRole.AccessibleTextRole:
                return self._explain(row, column, value, suppressed, role)
            case _ if role == SORT_ROLE:
                return value
            case _ if role == PINNED_ROLE:
                return median_row
        return None

    def _explain(
        self, row: int, column: int, value: float | None, suppressed: bool, role: int
    ) -> str:
        measure = MEASURES[column]
        who = self.tr("Groep (mediaan)") if row == self.median_row else self.practices[row].label
        if suppressed:
            text = self.tr("Onderdrukt: een klein aantal waarop dit getal berust, is niet gedeeld.")
        elif value is None:
            text = self.tr("Niet bekend voor dit jaar.")
        else:
            text = format_value(value, measure.unit)
        if row == self.median_row and value is not None:
            counted = self._medians[column][1]
            text += " " + self.tr("(mediaan van {0} van de {1} praktijken)").format(
                counted, len(self.practices)
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{who}, {self._measure_name(measure)}: {text}"
        return f"{who}\n{self._measure_name(measure)}\n{text}"


class SideBySideSort(QSortFilterProxyModel):
    """Sorts on the figures; unknown figures and the median row stay at the bottom."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder

        def rank(index: QModelIndex | QPersistentModelIndex) -> int:
            if index.data(PINNED_ROLE):
                return 2
            return 1 if index.data(SORT_ROLE) is None else 0

        a, b = rank(left), rank(right)
        if a != b:
            # Lower ranks first whichever way the column is sorted.
            return (a < b) != descending
        if a:
            return left.row() < right.row()
        return float(left.data(SORT_ROLE)) < float(right.data(SORT_ROLE))


class SideBySidePage(Page):
    key = "side"

    CONTENT, EMPTY = range(2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Naast elkaar"),
            self.tr(
                "De cijfers van gesprekken en GGZ-casussen van elke praktijk over één jaar, "
                "naast elkaar. Dit is geen ranglijst: de praktijken staan op naam. Klik op een "
                "kolomkop om op dat getal te sorteren; een derde klik zet de volgorde terug."
            ),
            parent,
        )
        self.years: list[int] = []
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Jaar"))
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_combo.currentIndexChanged.connect(lambda _i: self._show_year())
        self.year_label = QLabel(self.tr("&Jaar:"))
        self.year_label.setBuddy(self.year_combo)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)
        top.addStretch(1)

        self.model = SideBySideModel(self)
        self.proxy = SideBySideSort(self)
        self.proxy.setSourceModel(self.model)
        self.table = MatrixTable()
        self.table.setHorizontalHeader(CompactHeader(self.table))
        self.table.setObjectName("sideBySideTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(GroupDelegate(self.table))
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setAccessibleName(self.tr("Cijfers per praktijk"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
        self.table.setCornerButtonEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)  # a third click returns to the practices' order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setHighlightSections(False)
        self.caption = QLabel(self.tr("Cijfers per &praktijk"))
        self.caption.setObjectName("cardTitle")
        self.caption.setBuddy(self.table)
        self.legend_label = QLabel(
            self.tr(
                "— niet bekend · onderdrukt: berust op een klein aantal dat de praktijk niet deelt"
            )
        )
        self.legend_label.setObjectName("muted")
        self.legend_label.setWordWrap(True)
        self.partial_label = QLabel()
        self.partial_label.setObjectName("sidePartial")
        self.partial_label.setWordWrap(True)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.caption)
        self.band = ColumnBand(self.table, measure_spans)
        table_box = QVBoxLayout()
        table_box.setSpacing(0)
        table_box.addWidget(self.band)
        table_box.addWidget(self.table)
        layout.addLayout(table_box)
        layout.addWidget(self.legend_label)
        layout.addWidget(self.partial_label)
        layout.addStretch(1)

        card = QFrame()
        card.setObjectName("plannedCard")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("sideEmpty")
        self.empty_label.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.addWidget(self.empty_label)
        self.practices_button = to_practices_button(self)
        inner.addWidget(self.practices_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(card)
        empty_layout.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(empty)
        self.body.addLayout(top)
        self.body.addWidget(self.stack, 1)
        QWidget.setTabOrder(self.year_combo, self.table)

    # --- reading -------------------------------------------------------------------------------
    @property
    def year(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

    @property
    def is_empty(self) -> bool:
        return self.stack.currentIndex() == self.EMPTY

    def refresh(self) -> None:
        if self.db is None:
            return
        kept = self.year
        self.years = side_by_side_years(self.db)
        partial = {year: self._partial_everywhere(self.db, year) for year in self.years}
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in self.years:
            text = self.tr("{0} (deel van het jaar)").format(year) if partial[year] else str(year)
            self.year_combo.addItem(text, year)
        complete = [year for year in self.years if not partial[year]]
        default = complete[0] if complete else (self.years[0] if self.years else None)
        chosen = kept if kept in self.years else default
        if chosen is not None:
            self.year_combo.setCurrentIndex(self.years.index(chosen))
        self.year_combo.blockSignals(False)
        self.year_label.setVisible(bool(self.years))
        self.year_combo.setVisible(bool(self.years))
        self._show_year()

    def _partial_everywhere(self, db: Database, year: int) -> bool:
        """Whether every practice with figures for the year has only part of it."""
        data = side_by_side(db, year)
        present = {p.key for p in data.practices if data.values.loc[p.key].notna().any()}
        present |= {key for key, _ in data.suppressed}
        present |= set(data.partial)
        return bool(present) and present <= data.partial

    def select_year(self, year: int) -> None:
        """Show another year (as choosing it in the combo does)."""
        self.year_combo.setCurrentIndex(self.years.index(year))

    def _show_year(self) -> None:
        if self.db is None:
            return
        year = self.year
        if year is None:
            self.model.set_data(None)
            self._empty()
            return
        data = side_by_side(self.db, year)
        self.model.set_data(data)
        self.stack.setCurrentIndex(self.CONTENT)
        self.table.updateGeometry()
        self.legend_label.setVisible(bool(data.suppressed))
        self.partial_label.setText(self.partial_text(data))
        self.partial_label.setVisible(bool(data.partial))

    def partial_text(self, data: SideBySide) -> str:
        """The note under the table: whose figures cover only part of the year."""
        if not data.partial:
            return ""
        late = [p for p in data.practices if p.key in data.partial]
        ends = sorted({format_date(p.period_to) for p in late if p.period_to})
        with_data = {p.key for p in data.practices if data.values.loc[p.key].notna().any()}
        if with_data <= data.partial:
            until = (
                self.tr(" (ze lopen tot en met {0})").format(self.tr(" of ").join(ends))
                if ends
                else ""
            )
            return self.tr(
                "* Alleen een deel van {0}: geen van de bestanden beslaat het hele jaar{1}. De "
                "aantallen zijn daardoor lager dan over een heel jaar."
            ).format(data.year, until)
        names = [
            self.tr("{0} (bestand t/m {1})").format(p.label, format_date(p.period_to))
            if p.period_to
            else p.label
            for p in late
        ]
        return self.tr(
            "* Alleen een deel van {0}: {1}. Het bestand van deze praktijken beslaat niet het "
            "hele jaar, dus hun aantallen zijn lager dan over een heel jaar en niet goed te "
            "vergelijken met die van de andere praktijken."
        ).format(data.year, ", ".join(names))

    def _empty(self) -> None:
        from plusdesk.core.workspace import is_workspace

        assert self.db is not None
        workspace = is_workspace(self.db)
        self.practices_button.setVisible(workspace and not participants(self.db))
        if not participants(self.db):
            text = (
                self.tr(
                    "Nog geen praktijken ingelezen. Zodra de exports van de praktijken in dit "
                    "zorggroepbestand zijn samengevoegd, staan hier hun cijfers naast elkaar."
                )
                if workspace
                else self.tr(
                    "Lees eerst een benchmarkpakket van de zorggroep in (Zorggroep-export → "
                    "Benchmarkpakket inlezen…)."
                )
            )
        elif workspace:
            text = self.tr(
                "De ingelezen praktijken hebben geen cijfers over gesprekken of GGZ-casussen "
                "doorgegeven."
            )
        else:
            text = self.tr(
                "Het benchmarkpakket van de zorggroep bevat geen cijfers over gesprekken of "
                "GGZ-casussen om naast elkaar te zetten."
            )
        self.empty_label.setText(text)
        self.stack.setCurrentIndex(self.EMPTY)
