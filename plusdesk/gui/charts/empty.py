"""The empty state the charts share: a Dutch text in place of a plot with nothing to draw."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class EmptyState:
    """Mixed into a chart widget that has `plot`, `empty_label` and perhaps a `legend`."""

    plot: QWidget
    empty_label: QLabel

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
