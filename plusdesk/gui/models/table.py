"""What the read-only table models share: rows under fixed headers, with header tooltips.

The cells' texts often come from the core (status, role and reason labels, messages): `data`
shows every display and tooltip text through `core_tr`, so each table speaks the window's
language without each model having to remember it. Models answer `cell` instead of `data`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from plusdesk.gui.translations import core_tr

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
TRANSLATED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)


class RowsTableModel(QAbstractTableModel):
    """A list of plain rows shown read-only; subclasses set `_headers` and answer `cell`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers: list[str] = []
        self._header_tips: dict[int, str] = {}

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """What `cell` answers; a core text (a label, a message) in the window's language."""
        value = self.cell(index, role)
        if role in TRANSLATED_ROLES and isinstance(value, str):
            return core_tr(value)
        return value

    def cell(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The value of one cell for one role (as QAbstractItemModel.data); None by default."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(section)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
