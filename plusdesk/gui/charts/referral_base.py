"""What the referral charts share: Dutch numbers and periods, colours, a fixed plot with a legend.

The charts draw what `core.referral_figures` computed; they never compute statistics.
"""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

# isort: split
# pyqtgraph picks the Qt binding that is already imported: PySide6 must come first.
import numpy as np
import pandas as pd
import pyqtgraph as pg

from plusdesk.gui.charts.common import (
    TEXT_COLOUR,
    HoverTooltips,
    chart_font,
    legend_label,
    static_plot,
    style_axes,
)
from plusdesk.gui.charts.conversations import YEARS_AND_MONTHS, month_name
from plusdesk.gui.charts.empty import EmptyState
from plusdesk.gui.charts.timeline import DutchDateAxis, to_x
from plusdesk.gui.numbers import localise_ticks
from plusdesk.gui.translations import core_tr

# NHS "Making Data Count": grey for common cause, orange for concern, blue for improvement.
COMMON_COLOUR = "#7f8c8d"
LINE_COLOUR = "#9aa0a6"
CONCERN_COLOUR = "#e36c0a"
IMPROVEMENT_COLOUR = "#0072b2"
CENTRE_COLOUR = "#3c4043"
LIMIT_COLOUR = "#80868b"
EXPECTED_COLOUR = "#009e73"
MARKER_COLOUR = "#6b4fa0"
FITTED_COLOUR = "#0072b2"
COUNTERFACTUAL_COLOUR = "#d55e00"
HIT_PIXELS = 5.0  # how close the mouse must be to a marker line for its tooltip
LABEL_ROW = 17  # pixels between staggered marker labels
DIRECTION_WORDS = {
    "concern": QT_TRANSLATE_NOOP("charts", "zorgpunt"),
    "improvement": QT_TRANSLATE_NOOP("charts", "verbetering"),
}


def period_label(period: pd.Period) -> str:
    """ "september 2025" for a month, "3e kwartaal 2025" for a quarter."""
    if period.freqstr.startswith("Q"):
        return QCoreApplication.translate("charts", "{0}e kwartaal {1}").format(
            period.quarter, period.year
        )
    return f"{month_name(period.month)} {period.year}"


def period_edges(index: pd.PeriodIndex) -> tuple[np.ndarray, np.ndarray]:
    """Each period's first moment and the first moment after it, as chart x values."""
    starts = [to_x(p.start_time.date()) for p in index]
    ends = [to_x((p + 1).start_time.date()) for p in index]
    return np.asarray(starts, dtype=float), np.asarray(ends, dtype=float)


class DutchNumberAxis(pg.AxisItem):
    """A value axis with the locale's decimal mark (a comma in Dutch)."""

    def tickStrings(self, values, scale, spacing):
        return localise_ticks(super().tickStrings(values, scale, spacing))


def legend_item(swatch: str, colour: str, text: str) -> str:
    return (
        f'<span style="white-space: nowrap;"><span style="color: {colour}; font-weight: bold;">'
        f"{swatch}</span>&nbsp;{escape(text)}</span>"
    )


def step_line(xs0: np.ndarray, xs1: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A step line: each value from its period's start to its end, joined where periods touch."""
    x = np.column_stack([xs0, xs1]).ravel()
    y = np.column_stack([ys, ys]).ravel()
    return x, y


class ReferralChart(EmptyState, HoverTooltips, QWidget):
    """A fixed plot (no panning or zooming) on a Dutch date axis, a legend and the empty text."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("background: white;")
        self.legend = legend_label()
        self.legend_entries: list[str] = []

        self.date_axis = DutchDateAxis(orientation="bottom")
        self.date_axis.zoomLevels[math.inf] = YEARS_AND_MONTHS
        self.value_axis = DutchNumberAxis(orientation="left")
        self.plot, self.plot_item, self.view = static_plot(
            {"bottom": self.date_axis, "left": self.value_axis}, margins=(4, 8, 16, 4)
        )
        style_axes(self.plot_item, ("left", "bottom"), chart_font(9.5))
        self.date_axis.setStyle(tickTextOffset=6)
        self.value_axis.label.setFont(chart_font(10))
        self.value_axis.enableAutoSIPrefix(False)

        self._add_empty_state(empty_text)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.default_empty_text = self.no_data_text = empty_text
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.setMinimumSize(420, 260)

    def set_empty_text(self, text: str) -> None:
        """What the chart says while it has no data ('' for its own default)."""
        self.no_data_text = text or self.default_empty_text
        self.empty_label.setText(self.no_data_text)

    def show_message(self, text: str) -> None:
        """Show a text instead of the plot (for instance why there is nothing to compare)."""
        self.empty_label.setText(core_tr(text))
        self._show_empty(True)

    def _set_legend(self, entries: list[tuple[str, str, str]]) -> None:
        self.legend_entries = [text for _, _, text in entries]
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(legend_item(s, c, t) for s, c, t in entries))

    def _set_value_label(self, text: str) -> None:
        self.plot_item.setLabel("left", text, color=TEXT_COLOUR)
        self.value_axis.label.setFont(chart_font(10))

    def tooltip_at(self, x: float, y: float) -> str:
        raise NotImplementedError

    def _x_range(self, lo: float, hi: float) -> None:
        margin = (hi - lo) * 0.015
        self.view.setXRange(lo - margin, hi + margin, padding=0)
