"""Implementatie: the status of every intervention per practice, as a coloured matrix."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.clock import format_date
from plusdesk.core.db import Database
from plusdesk.core.exchange_views import Matrix, MatrixCell, Participant, implementation_matrix
from plusdesk.core.interventions import STATUS_LABELS, Status
from plusdesk.gui.flow import FlowBar
from plusdesk.gui.models.table import ROOT, AnyIndex
from plusdesk.gui.pages.base import Page
from plusdesk.gui.style import STATUS_COLOURS
from plusdesk.gui.translations import core_tr

DARK_TEXT = QColor("#202124")
LIGHT_TEXT = QColor("#ffffff")
MUTED_TEXT = QColor("#6b7075")
TOTAL_BACKGROUND = QColor("#eef1f4")
NO_STATUS = "—"


def _luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2) of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def readable_on(background: QColor) -> QColor:
    """Dark or white text, whichever contrasts more with the background."""
    light = _luminance(background)
    dark = _luminance(DARK_TEXT)
    on_dark_text = (light + 0.05) / (dark + 0.05)
    on_white_text = (1.05) / (light + 0.05)
    return DARK_TEXT if on_dark_text >= on_white_text else LIGHT_TEXT


def status_colour(status: str) -> QColor | None:
    """The register's colour of a status; None for a status PlusDesk does not know."""
    try:
        return QColor(STATUS_COLOURS[Status(status)])
    except ValueError:
        return None


def _date(value: str | None) -> str:
    if not value:
        return ""
    try:
        return format_date(value)
    except ValueError:
        return value  # shown as it came rather than hidden


def share_text(done: int, total: int) -> str:
    """ "83 %" (whole per cent), or "" when there is nothing to divide by."""
    return f"{round(100 * done / total)} %" if total else ""


class MatrixModel(QAbstractTableModel):
    """Practices (rows) × interventions (columns) with their status, and the totals.

    The last column counts per practice, the last row per intervention, how many of the
    interventions with a status are implemented (geïmplementeerd or geborgd).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix = Matrix([], [], {})

    # --- shape -------------------------------------------------------------------------------
    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if parent.isValid() or not self.matrix.practices:
            return 0
        return len(self.matrix.practices) + 1

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        if parent.isValid() or not self.matrix.practices:
            return 0
        return len(self.matrix.interventions) + 1

    @property
    def total_row(self) -> int:
        return len(self.matrix.practices)

    @property
    def total_column(self) -> int:
        return len(self.matrix.interventions)

    def starts_domain(self, column: int) -> bool:
        """Whether this column is the first of a domain (after another domain, or the totals)."""
        items = self.matrix.interventions
        if not 0 < column <= len(items):
            return False
        return column == len(items) or items[column].domain != items[column - 1].domain

    def domain_spans(self) -> list[tuple[str, int, int]]:
        """(domain name, first column, last column) of each domain's interventions."""
        out: list[tuple[str, int, int]] = []
        for column, item in enumerate(self.matrix.interventions):
            name = core_tr(item.domain_label) or self.tr("Zonder domein")
            if out and column and item.domain == self.matrix.interventions[column - 1].domain:
                out[-1] = (out[-1][0], out[-1][1], column)
            else:
                out.append((name, column, column))
        return out

    def practice_at(self, row: int) -> Participant | None:
        return self.matrix.practices[row] if 0 <= row < len(self.matrix.practices) else None

    def cell_at(self, row: int, column: int) -> MatrixCell | None:
        practice = self.practice_at(row)
        if practice is None or not 0 <= column < len(self.matrix.interventions):
            return None
        return self.matrix.cell(practice.key, self.matrix.interventions[column].code)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- headers -----------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal:
            return self._column_header(section, role)
        return self._row_header(section, role)

    def _column_header(self, section: int, role: int) -> object:
        if not 0 <= section <= self.total_column:
            return None
        if section == self.total_column:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Geïmplementeerd")
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                return self.tr(
                    "Hoeveel interventies de praktijk heeft geïmplementeerd of geborgd, van de "
                    "interventies waarvan de praktijk een status heeft"
                )
            return None
        item = self.matrix.interventions[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.code
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{item.code} – {item.label}"]
            if item.domain_label:
                lines.append(self.tr("Domein: {0}").format(core_tr(item.domain_label)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.code} {item.label}"
        return None

    def _row_header(self, section: int, role: int) -> object:
        if not 0 <= section <= self.total_row or not self.matrix.practices:
            return None
        if section == self.total_row:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Geïmplementeerd")
            if role == Qt.ItemDataRole.FontRole:
                return self._bold()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "Hoeveel praktijken de interventie hebben geïmplementeerd of geborgd, van de "
                    "praktijken met een status voor de interventie"
                )
            return None
        practice = self.matrix.practices[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if role == Qt.ItemDataRole.AccessibleTextRole and practice.is_self:
                return self.tr("{0} (uw praktijk)").format(practice.label)
            return practice.label
        if role == Qt.ItemDataRole.FontRole and practice.is_self:
            return self._bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [practice.label]
            if practice.is_self:
                lines.append(self.tr("Uw eigen praktijk"))
            if practice.period_to:
                lines.append(
                    self.tr("Stand op {0}, de laatste dag van het bestand").format(
                        _date(practice.period_to)
                    )
                )
            return "\n".join(lines)
        return None

    def _bold(self) -> QFont:
        font = QFont()
        font.setBold(True)
        return font

    # --- cells -------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= self.rowCount() or column >= self.columnCount():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if row == self.total_row or column == self.total_column:
            return self._total(row, column, role)
        cell = self.cell_at(row, column)
        if cell is None:
            return self._empty(row, column, role)
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self.cell_text(cell)
            case Qt.ItemDataRole.BackgroundRole:
                colour = status_colour(cell.status)
                return QBrush(colour) if colour is not None else None
            case Qt.ItemDataRole.ForegroundRole:
                colour = status_colour(cell.status)
                return QBrush(readable_on(colour) if colour is not None else DARK_TEXT)
            case Qt.ItemDataRole.ToolTipRole:
                return self.cell_tooltip(row, column, cell)
            case Qt.ItemDataRole.AccessibleTextRole:
                return self._spoken(row, column, self.cell_tooltip(row, column, cell))
        return None

    def cell_text(self, cell: MatrixCell) -> str:
        text = core_tr(cell.status_label)
        return text + self.tr(" · maatwerk") if cell.maatwerk else text

    def cell_tooltip(self, row: int, column: int, cell: MatrixCell) -> str:
        item = self.matrix.interventions[column]
        lines = [
            f"{item.code} – {item.label}",
            self.tr("Status: {0}").format(core_tr(cell.status_label)),
        ]
        for label, value in (
            (self.tr("sinds {0}"), cell.status_since),
            (self.tr("gestart op {0}"), cell.started_on),
            (self.tr("geïmplementeerd op {0}"), cell.implemented_on),
        ):
            if value:
                lines.append(label.format(_date(value)))
        if cell.maatwerk:
            lines.append(self.tr("Met maatwerk: aangepast aan de eigen praktijk"))
        return "\n".join(lines)

    def _empty(self, row: int, column: int, role: int) -> object:
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return NO_STATUS
            case Qt.ItemDataRole.ForegroundRole:
                return QBrush(MUTED_TEXT)
            case Qt.ItemDataRole.ToolTipRole | Qt.ItemDataRole.AccessibleTextRole:
                item = self.matrix.interventions[column]
                text = "\n".join([f"{item.code} – {item.label}", self.empty_tooltip()])
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return self._spoken(row, column, text)
                return text
        return None

    def empty_tooltip(self) -> str:
        return self.tr(
            "Geen status: de interventie hoort niet bij het programma van deze praktijk, of de "
            "praktijk heeft er niets over vastgelegd."
        )

    def _spoken(self, row: int, column: int, text: str) -> str:
        practice = self.practice_at(row)
        name = practice.label if practice is not None else ""
        return f"{name}: " + text.replace("\n", ", ")

    def _total(self, row: int, column: int, role: int) -> object:
        if row == self.total_row and column == self.total_column:
            done = sum(self.matrix.implemented(i.code)[0] for i in self.matrix.interventions)
            total = sum(self.matrix.implemented(i.code)[1] for i in self.matrix.interventions)
            tip = self.tr("Alle praktijken en interventies samen: {0} van {1} geïmplementeerd")
        elif row == self.total_row:
            done, total = self.matrix.implemented(self.matrix.interventions[column].code)
            tip = self.tr("{0} van de {1} praktijken met een status hebben {2} geïmplementeerd")
        else:
            practice = self.matrix.practices[row]
            done, total = self.matrix.practice_implemented(practice.key)
            tip = self.tr("{2}: {0} van de {1} interventies met een status geïmplementeerd")
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self.tr("{0} van {1}").format(done, total)
            case Qt.ItemDataRole.BackgroundRole:
                return QBrush(TOTAL_BACKGROUND)
            case Qt.ItemDataRole.ForegroundRole:
                return QBrush(DARK_TEXT)
            case Qt.ItemDataRole.FontRole:
                return self._bold()
            case Qt.ItemDataRole.ToolTipRole | Qt.ItemDataRole.AccessibleTextRole:
                if row == self.total_row and column != self.total_column:
                    subject = self.matrix.interventions[column].code
                elif row != self.total_row:
                    subject = self.matrix.practices[row].label
                else:
                    subject = ""
                text = tip.format(done, total, subject)
                share = share_text(done, total)
                return f"{text} ({share})" if share else text
        return None


class MatrixDelegate(QStyledItemDelegate):
    """Room around the status text, and a line where the next domain's columns begin."""

    PADDING = 14
    DOMAIN_LINE = QColor("#1f3b57")

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.PADDING, size.height())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        model = index.model()
        if isinstance(model, MatrixModel) and model.starts_domain(index.column()):
            painter.save()
            painter.setPen(QPen(self.DOMAIN_LINE, 2))
            x = option.rect.left() + 1
            painter.drawLine(x, option.rect.top(), x, option.rect.bottom())
            painter.restore()


class MatrixTable(QTableView):
    """Never taller than its rows: the page does not show an empty grey field below them."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        model = self.model()
        if model is None or not model.rowCount():
            return hint
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(model.rowCount()))
        if self.horizontalScrollBar().maximum() > 0 or self._wider_than_view():
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(hint.width(), height)

    def _wider_than_view(self) -> bool:
        header = self.horizontalHeader()
        return header.length() + self.verticalHeader().width() > self.width()


class ColumnBand(QWidget):
    """A first header row naming groups of columns ("Doelmatige zorg"), scrolling along.

    `spans` gives (name, first column, last column) of each group; a line marks where the
    next group begins, as the tables' delegates do in the cells below.
    """

    BACKGROUND = QColor("#dfe5ec")
    TEXT = QColor("#1f3b57")
    LINE = QColor("#1f3b57")

    def __init__(
        self,
        table: QTableView,
        spans: Callable[[], list[tuple[str, int, int]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.spans = spans
        bold = QFont(self.font())
        bold.setBold(True)
        self.setFont(bold)
        self.setFixedHeight(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.sectionResized.connect(lambda *_: self.update())
        header.geometriesChanged.connect(self.update)
        table.horizontalScrollBar().valueChanged.connect(lambda _v: self.update())
        self.setAccessibleName(self.tr("Groepen van kolommen"))

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.table.model()
        if model is None or not model.columnCount():
            return
        header = self.table.horizontalHeader()
        left = self.table.frameWidth() + self.table.verticalHeader().width()
        visible = QRect(left, 0, self.table.viewport().width(), self.height())
        painter = QPainter(self)
        painter.setClipRect(visible)
        for name, first, last in self.spans():
            x = left + header.sectionViewportPosition(first)
            end = left + header.sectionViewportPosition(last) + header.sectionSize(last)
            rect = QRect(x, 0, end - x, self.height())
            painter.fillRect(rect.adjusted(1, 0, 0, 0), self.BACKGROUND)
            painter.setPen(self.TEXT)
            # The name stays in the visible part of its columns while the table scrolls.
            shown = rect.intersected(visible).adjusted(4, 0, -4, 0)
            elided = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, shown.width())
            painter.drawText(shown, Qt.AlignmentFlag.AlignCenter, elided)
            if first:
                painter.setPen(QPen(self.LINE, 2))
                painter.drawLine(x + 1, 0, x + 1, self.height())
        painter.end()


class StatusLegend(FlowBar):
    """A swatch and the Dutch label of every status, plus what "—" and maatwerk mean;
    wraps onto a second line in a narrow window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=16)
        for status in Status:
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            row.addWidget(self._swatch(STATUS_COLOURS[status]))
            label = core_tr(STATUS_LABELS[status])
            row.addWidget(QLabel(label[:1].upper() + label[1:]))
            self.add(entry)
        none = QLabel(self.tr("— geen status"))
        none.setObjectName("muted")
        maatwerk = QLabel(self.tr("· maatwerk: aangepast aan de eigen praktijk"))
        maatwerk.setObjectName("muted")
        self.add(none, maatwerk)
        names = ", ".join(core_tr(STATUS_LABELS[s]) for s in Status)
        self.setAccessibleName(self.tr("Legenda"))
        self.setAccessibleDescription(self.tr("Kleuren van de statussen: {0}").format(names))

    def _swatch(self, colour: str) -> QFrame:
        swatch = QFrame()
        side = round(self.fontMetrics().height() * 0.85)
        swatch.setFixedSize(side, side)
        swatch.setStyleSheet(f"background: {colour}; border: 1px solid #9aa0a6;")
        return swatch


class MatrixPanel(QWidget):
    """The per-domain progress, the legend and the matrix; `empty_text` when there is none."""

    CONTENT, EMPTY = range(2)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.progress_label = QLabel()
        self.progress_label.setObjectName("matrixProgress")
        self.progress_label.setWordWrap(True)
        self.progress_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend = StatusLegend()

        self.model = MatrixModel(self)
        self.table = MatrixTable()
        self.table.setObjectName("implementationMatrix")
        self.table.setModel(self.model)
        self.table.setItemDelegate(MatrixDelegate(self.table))
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.table.setAccessibleName(self.tr("Implementatie per praktijk en interventie"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
        self.table.setCornerButtonEnabled(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.verticalHeader().setHighlightSections(False)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.caption = QLabel(self.tr("Status per &praktijk en interventie"))
        self.caption.setObjectName("cardTitle")
        self.caption.setBuddy(self.table)
        self.hint = QLabel(
            self.tr(
                "Wijs een vakje aan voor de datums, een kolomkop voor de naam van de interventie."
            )
        )
        self.hint.setObjectName("muted")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.legend)
        layout.addSpacing(4)
        caption_row = FlowBar(spacing=16)
        caption_row.add(self.caption)
        caption_row.add_stretch()
        caption_row.add(self.hint)
        layout.addWidget(caption_row)
        self.band = ColumnBand(self.table, self.model.domain_spans)
        table_box = QVBoxLayout()
        table_box.setSpacing(0)
        table_box.addWidget(self.band)
        table_box.addWidget(self.table)
        layout.addLayout(table_box)
        layout.addStretch(1)

        empty = QFrame()
        empty.setObjectName("plannedCard")
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("matrixEmpty")
        self.empty_label.setWordWrap(True)
        inner = QVBoxLayout(empty)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.addWidget(self.empty_label)
        self.empty_card = inner  # a page may add what to do next
        empty_view = QWidget()
        empty_layout = QVBoxLayout(empty_view)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(empty)
        empty_layout.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(empty_view)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    @property
    def is_empty(self) -> bool:
        return self.stack.currentIndex() == self.EMPTY

    def show_data(self, db: Database) -> None:
        """Read the matrix from the exchange tables and show it (or the empty state)."""
        self.show_matrix(implementation_matrix(db))

    def show_matrix(self, matrix: Matrix) -> None:
        self.model.set_matrix(matrix)
        if not matrix.practices:
            self._empty(self.empty_text)
            return
        if not matrix.interventions:
            self._empty(
                self.tr(
                    "De ingelezen praktijken hebben geen interventies met een status doorgegeven."
                )
            )
            return
        self.stack.setCurrentIndex(self.CONTENT)
        self.table.updateGeometry()
        self.progress_label.setText(self.progress_text(matrix))
        self.progress_label.setAccessibleName(self.progress_label.text())

    def progress_text(self, matrix: Matrix) -> str:
        """ "Doelmatige zorg: 20 van 24 geïmplementeerd (83 %)" per domain, on one line."""
        parts = []
        for domain in matrix.domains():
            text = self.tr("{0}: {1} van {2} geïmplementeerd").format(
                core_tr(domain.label) or self.tr("Zonder domein"), domain.implemented, domain.total
            )
            share = share_text(domain.implemented, domain.total)
            parts.append(f"{text} ({share})" if share else text)
        return "   ·   ".join(parts)

    def _empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.progress_label.clear()
        self.stack.setCurrentIndex(self.EMPTY)


def to_practices_button(page: Page) -> QPushButton:
    """On an empty zorggroep page: the way to where the practices' exports are read in."""
    button = QPushButton(QCoreApplication.translate("zorggroep", "Naar Praktijken…"))
    button.setToolTip(
        QCoreApplication.translate(
            "zorggroep", "Lees de exportbestanden van de praktijken in op de pagina Praktijken"
        )
    )
    button.clicked.connect(lambda: page.navigate.emit("practices", ""))
    return button


class ImplementationPage(Page):
    key = "matrix"

    def __init__(self, parent: QWidget | None = None, *, empty_text: str | None = None) -> None:
        super().__init__(
            self.tr("Implementatie"),
            self.tr(
                "Per praktijk de status van elke interventie op de laatste dag van haar "
                "laatste export. Wijs een vakje aan voor de datums: sinds wanneer, wanneer "
                "gestart en wanneer geïmplementeerd."
            ),
            parent,
        )
        self.panel = MatrixPanel(
            empty_text
            if empty_text is not None
            else self.tr(
                "Nog geen praktijken ingelezen. Zodra de exports van de praktijken in dit "
                "zorggroepbestand zijn samengevoegd, staat hier per praktijk de status van "
                "elke interventie."
            )
        )
        self.body.addWidget(self.panel, 1)
        self.practices_button = to_practices_button(self)
        self.panel.empty_card.addWidget(self.practices_button, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        if self.db is None:
            return
        self.panel.show_data(self.db)
        self.practices_button.setVisible(self.panel.stack.currentIndex() == MatrixPanel.EMPTY)
