"""The intervention register as a table, with a filter proxy for domain, status and search text."""

from __future__ import annotations

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from plusdesk.core.clock import format_date
from plusdesk.core.interventions import STATUS_LABELS, WORKFLOW, Status
from plusdesk.core.register import RegisterRow
from plusdesk.gui.models.table import AnyIndex, RowsTableModel
from plusdesk.gui.style import STATUS_COLOURS
from plusdesk.gui.translations import core_tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2


def status_rank(status: Status) -> int:
    """Workflow order for sorting; gestopt sorts after geborgd."""
    return WORKFLOW.index(status) if status in WORKFLOW else len(WORKFLOW)


class RegisterModel(RowsTableModel):
    """Read-only rows of RegisterRow; `SORT_ROLE` sorts dates and statuses as users expect."""

    TITLE, CODE, DOMAIN, STATUS, SINCE, STARTED, RESPONSIBLE, PRECONDITIONS = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Interventie"),
            self.tr("Code"),
            self.tr("Domein"),
            self.tr("Status"),
            self.tr("Sinds"),
            self.tr("Gestart op"),
            self.tr("Verantwoordelijke"),
            self.tr("Randvoorwaarden"),
        ]
        self._header_tips = {
            self.SINCE: self.tr("Ingangsdatum van de huidige status"),
            self.STARTED: self.tr("Eerste dag als pilot gestart (of verder)"),
            self.PRECONDITIONS: self.tr("Aantal randvoorwaarden waaraan de praktijk voldoet"),
        }

    def row_of(self, code: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.code == code), -1)

    def cell(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CODE_ROLE:
            return row.code
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return QColor(STATUS_COLOURS[row.state.status])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATUS and row.state.status is Status.GESTOPT:
                return self.tr("Reden: {0}").format(row.state.stop_reason)
            return row.description or None
        if role == Qt.ItemDataRole.ForegroundRole and row.retired:
            return QBrush(QColor("#80868b"))
        if role == Qt.ItemDataRole.FontRole and row.retired:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _text(self, row: RegisterRow, column: int) -> str:
        match column:
            case self.TITLE:
                suffix = self.tr(" (eigen)") if row.origin == "lokaal" else ""
                if row.retired:
                    suffix += self.tr(" – vervallen")
                return row.title + suffix
            case self.CODE:
                return row.code
            case self.DOMAIN:
                return row.domain_title
            case self.STATUS:
                return STATUS_LABELS[row.state.status]
            case self.SINCE:
                return format_date(row.state.since) if row.state.since else ""
            case self.STARTED:
                return format_date(row.state.started_on) if row.state.started_on else ""
            case self.RESPONSIBLE:
                return row.responsible
            case self.PRECONDITIONS:
                if not row.preconditions_total:
                    return "—"
                return self.tr("{0} van {1}").format(row.preconditions_met, row.preconditions_total)
        return ""

    def _sort_key(self, row: RegisterRow, column: int) -> object:
        match column:
            case self.STATUS:
                return status_rank(row.state.status)
            case self.SINCE:
                return row.state.since.isoformat() if row.state.since else "9999"
            case self.STARTED:
                return row.state.started_on.isoformat() if row.state.started_on else "9999"
            case self.PRECONDITIONS:
                total = row.preconditions_total or 1
                return row.preconditions_met / total
        return core_tr(self._text(row, column)).casefold()  # as shown


class RegisterFilter(QSortFilterProxyModel):
    """Shows the rows of one domain and/or status that contain the search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.domain = ""
        self.status = ""  # a Status value, or "open" for everything not yet implemented
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, *, domain: str, status: str, text: str) -> None:
        self.beginFilterChange()
        self.domain, self.status, self.text = domain, status, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RegisterModel):
            return True
        row = model.row_at(source_row)
        if self.domain and row.domain_code != self.domain:
            return False
        if self.status == "open" and (row.implemented or row.state.status is Status.GESTOPT):
            return False
        if self.status not in ("", "open") and row.state.status.value != self.status:
            return False
        if self.text:
            haystack = f"{row.title} {row.code} {row.responsible}".casefold()
            return self.text in haystack
        return True
