"""A table column that takes the room the other columns leave, but never less than a
readable width (the table scrolls sideways instead of cutting titles to a few letters)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class _Stretcher(QObject):
    def __init__(self, table: QTableView, column: int, minimum: int) -> None:
        super().__init__(table)
        self.table = table
        self.column = column
        self.minimum = minimum
        self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def section_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self.column:
            self.fit()

    def fit(self) -> None:
        if self._busy:
            return
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != self.column and not header.isSectionHidden(i)
        )
        width = max(self.minimum, self.table.viewport().width() - others)
        if header.sectionSize(self.column) != width:
            self._busy = True
            try:
                header.resizeSection(self.column, width)
            finally:
                self._busy = False


def stretch_column(table: QTableView, column: int, min_chars: int = 30) -> None:
    """Let `column` fill the table's width, at least `min_chars` average characters wide;
    the other columns keep the resize mode they have (usually fitted to their contents)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    stretcher = _Stretcher(table, column, table.fontMetrics().averageCharWidth() * min_chars)
    table.viewport().installEventFilter(stretcher)
    header.sectionResized.connect(stretcher.section_resized)
    header.sectionCountChanged.connect(lambda *_: stretcher.fit())
