"""The empty state the charts share: a Dutch text in place of a plot with nothing to draw."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from plusdesk.gui.charts.common import MUTED
from plusdesk.gui.style import pt


class EmptyState:
    """Mixed into a chart widget that has `plot`, `empty_label` and perhaps a `legend`."""

    plot: QWidget
    empty_label: QLabel

    def _add_empty_state(self, text: str, spacing: int = 4) -> None:
        """Make `empty_label`, lay out the legend (if any), plot and label; start out empty.

        The plot and the label share the room below the legend: one of them is always hidden.
        """
        self.empty_label = QLabel(text)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(f"color: {MUTED}; font-size: {pt(11)}; padding: 24px;")
        self.empty_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)  # type: ignore[arg-type]
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(spacing)
        legend = getattr(self, "legend", None)
        if legend is not None:
            layout.addWidget(legend)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty_label, 1)
        self._show_empty(True)

    @property
    def is_empty(self) -> bool:
        """True when the chart shows its empty-state text instead of a plot."""
        return self.empty_label.isVisibleTo(self)  # type: ignore[arg-type]

    def _show_empty(self, empty: bool) -> None:
        self.empty_label.setVisible(empty)
        self.plot.setVisible(not empty)
        legend = getattr(self, "legend", None)
        if legend is not None:
            legend.setVisible(not empty)
