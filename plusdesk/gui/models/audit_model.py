"""The audit log as a table: one row per event, refused and failed attempts shown in red."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from plusdesk.core.audit import AuditEvent
from plusdesk.core.auditview import role_label
from plusdesk.core.clock import format_datetime
from plusdesk.gui.models.table import AnyIndex, RowsTableModel
from plusdesk.gui.translations import core_tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

# Refused and failed attempts are what a praktijkmanager looks for first.
ATTENTION_COLOUR = QColor("#b3261e")


class AuditTableModel(RowsTableModel):
    """Read-only rows of AuditEvent; `SORT_ROLE` gives keys that sort as users expect."""

    AT, USER, ROLE, WORKSTATION, ACTION, OBJECT, OBJECT_ID, PATIENT, RESULT, DETAIL = range(10)

    def __init__(
        self, events: list[AuditEvent] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows: list[AuditEvent] = list(events or [])
        self._headers = [
            self.tr("Datum en tijd"),
            self.tr("Gebruiker"),
            self.tr("Rol"),
            self.tr("Werkplek"),
            self.tr("Actie"),
            self.tr("Soort"),
            self.tr("Kenmerk"),
            self.tr("Patiënt"),
            self.tr("Resultaat"),
            self.tr("Toelichting"),
        ]
        self._header_tips = {
            self.OBJECT: self.tr("Soort gegeven waar de actie over ging"),
            self.OBJECT_ID: self.tr("Nummer van het gegeven binnen PlusDesk"),
            self.PATIENT: self.tr("Patiëntnummer uit het HIS (nooit een BSN)"),
        }

    def set_events(self, events: list[AuditEvent]) -> None:
        self.set_rows(events)

    def event_at(self, row: int) -> AuditEvent:
        return self._rows[row]

    def cell(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        event = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, column)
        if role == SORT_ROLE:
            return self._sort_key(event, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The explanation is the last column, often scrolled out of view: show it anywhere.
            tip = core_tr(event.detail)
            if event.result != "ok":
                tip = self.tr("Deze poging is {0}.").format(core_tr(event.result_label)) + (
                    f" {tip}" if tip else ""
                )
            return tip or None
        if role == Qt.ItemDataRole.ForegroundRole and event.result != "ok":
            return QBrush(ATTENTION_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == self.RESULT and event.result != "ok":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, event: AuditEvent, column: int) -> str:
        match column:
            case self.AT:
                return format_datetime(event.at, seconds=True)
            case self.USER:
                return event.username
            case self.ROLE:
                return role_label(event.role)
            case self.WORKSTATION:
                return event.workstation
            case self.ACTION:
                return event.action_label
            case self.OBJECT:
                return event.object_label
            case self.OBJECT_ID:
                return event.object_id
            case self.PATIENT:
                return event.patient_ref
            case self.RESULT:
                return event.result_label
            case self.DETAIL:
                return event.detail
        return ""

    def _sort_key(self, event: AuditEvent, column: int) -> object:
        if column == self.AT:
            return event.id  # ids follow the order of writing, even within one second
        text = core_tr(self._text(event, column))  # as shown
        if column == self.OBJECT_ID and text.isdigit():
            return text.zfill(12)  # "10" after "9"
        return text.casefold()
