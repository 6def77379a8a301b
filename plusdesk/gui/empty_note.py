"""A line of text in the middle of an empty table: what to do, or why nothing shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from plusdesk.gui.style import pt


class EmptyNote(QLabel):
    """Shown over the view's viewport while its model has no rows; the page sets the text.

    The view's accessible description carries the same text, so a screen reader that lands on
    the empty table hears it too.
    """

    def __init__(self, view: QAbstractItemView, text: str = "") -> None:
        super().__init__(text, view.viewport())
        self.view = view
        self.setObjectName("emptyNote")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: #5f6368; font-size: {pt(10.5)}; background: transparent;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update_visibility)
        self.update_visibility()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.update_visibility()

    def is_shown(self) -> bool:
        """Whether the note is up (its view empty and the text set), visible on screen or not."""
        return not self.isHidden()

    def update_visibility(self, *_args) -> None:
        empty = self.view.model() is None or self.view.model().rowCount() == 0
        shown = empty and bool(self.text())
        self.view.setAccessibleDescription(self.text() if shown else "")
        self._place()
        self.setVisible(shown)

    def _place(self) -> None:
        viewport = self.view.viewport()
        self.setGeometry(16, 8, max(0, viewport.width() - 32), max(40, viewport.height() // 2))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
