"""The conversation list as a table: newest first, follow-up state in words and colour."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from plusdesk.core.clock import format_date
from plusdesk.core.conversation_list import Row
from plusdesk.core.conversation_model import REASON_LABELS, ROLE_LABELS, FollowUp
from plusdesk.gui.models.table import AnyIndex, RowsTableModel
from plusdesk.gui.translations import core_tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

FOLLOW_UP_COLOURS = {
    FollowUp.OVERDUE: "#b3261e",
    FollowUp.THIS_WEEK: "#8a5a00",
}


def ordinal(number: int) -> str:
    """1e, 2e, 3e: how Dutch numbers a series."""
    return f"{number}e"


class ConversationTable(RowsTableModel):
    """Rows of conversation_list.Row; `SORT_ROLE` sorts dates as dates."""

    HELD_ON, PATIENT, NUMBER, PROFESSIONAL, REASON, NEXT, FOLLOW_UP = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Datum"),
            self.tr("Patiënt (HIS)"),
            self.tr("Gesprek"),
            self.tr("Professional"),
            self.tr("Reden van inclusie"),
            self.tr("Volgend contact"),
            self.tr("Vervolg"),
        ]
        self._header_tips = {
            self.NUMBER: self.tr("Het hoeveelste gesprek met deze patiënt"),
            self.FOLLOW_UP: self.tr(
                "Alleen het laatste gesprek van een patiënt heeft een open vervolgafspraak"
            ),
        }
        self.labels = {
            FollowUp.DONE: self.tr("vervolggesprek gehouden"),
            FollowUp.NONE: self.tr("geen vervolg gepland"),
            FollowUp.OVERDUE: self.tr("verlopen"),
            FollowUp.THIS_WEEK: self.tr("deze week"),
            FollowUp.PLANNED: self.tr("gepland"),
        }

    def row_of(self, conversation_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == conversation_id), -1)

    def cell(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: Row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.NEXT, self.FOLLOW_UP):
            colour = FOLLOW_UP_COLOURS.get(row.follow_up)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return REASON_LABELS[row.reason]
        return None

    def _text(self, row: Row, column: int) -> str:
        match column:
            case self.HELD_ON:
                return format_date(row.held_on)
            case self.PATIENT:
                return row.patient_ref
            case self.NUMBER:
                return ordinal(row.number)
            case self.PROFESSIONAL:
                return f"{row.professional} ({core_tr(ROLE_LABELS[row.professional_role])})"
            case self.REASON:
                return REASON_LABELS[row.reason]
            case self.NEXT:
                return format_date(row.next_contact) if row.next_contact else ""
            case self.FOLLOW_UP:
                return self.labels[row.follow_up]
        return ""

    def _sort_key(self, row: Row, column: int) -> object:
        match column:
            case self.HELD_ON:
                return (row.held_on.isoformat(), row.id)
            case self.NEXT:
                return (row.next_contact or date.max).isoformat()
            case self.NUMBER:
                return row.number
            case self.FOLLOW_UP:
                order = [FollowUp.OVERDUE, FollowUp.THIS_WEEK, FollowUp.PLANNED, FollowUp.NONE]
                return order.index(row.follow_up) if row.follow_up in order else len(order)
        return core_tr(self._text(row, column)).lower()  # as shown
