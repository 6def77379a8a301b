"""The zorggroep trend: referrals per 1.000 patients per year, every practice and the group."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

# isort: split
# pyqtgraph picks the Qt binding that is already imported: PySide6 must come first.
import numpy as np
import pyqtgraph as pg

from plusdesk.core.exchange_views import Participant, Trend
from plusdesk.gui.charts.common import (
    TEXT_COLOUR,
    HoverTooltips,
    legend_label,
    static_plot,
    style_axes,
)
from plusdesk.gui.charts.empty import EmptyState
from plusdesk.gui.charts.referral_base import DutchNumberAxis, chart_font, legend_item
from plusdesk.gui.numbers import decimal

PRACTICE_COLOUR = "#c4c7cc"
GROUP_COLOUR = "#202124"
HIGHLIGHT_COLOUR = "#0072b2"


class GroupTrendChart(EmptyState, HoverTooltips, QWidget):
    """One thin grey line per practice, the group's pooled rate thick and dark, one practice
    picked out in colour. A year without a known rate is a gap in that practice's line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("background: white;")
        self.setAccessibleName(self.tr("Verwijzingen per 1.000 patiënten per jaar per praktijk"))
        self.trend: Trend | None = None
        self.years: list[int] = []
        self.highlighted: Participant | None = None
        self.legend = legend_label()
        self.value_axis = DutchNumberAxis(orientation="left")
        self.plot, self.plot_item, self.view = static_plot(
            {"left": self.value_axis}, margins=(4, 8, 16, 4)
        )
        style_axes(self.plot_item, ("left", "bottom"), chart_font(9.5))
        self.plot_item.setLabel(
            "left", self.tr("verwijzingen per 1.000 patiënten"), color=TEXT_COLOUR
        )
        self.plot_item.setLabel("bottom", self.tr("jaar"), color=TEXT_COLOUR)
        for name in ("left", "bottom"):
            axis = self.plot_item.getAxis(name)
            axis.label.setFont(chart_font(10))
            axis.enableAutoSIPrefix(False)
        self.plot_item.showGrid(y=True, alpha=0.10)
        self.practice_lines: dict[str, pg.PlotDataItem] = {}
        self.group_line = pg.PlotDataItem(
            pen=pg.mkPen(GROUP_COLOUR, width=3.5),
            symbol="o",
            symbolSize=8,
            symbolBrush=pg.mkBrush(GROUP_COLOUR),
            symbolPen=pg.mkPen("w", width=1.2),
            connect="finite",
        )
        self.group_line.setZValue(2)
        self.plot.addItem(self.group_line)
        self.highlight_line = pg.PlotDataItem(
            pen=pg.mkPen(HIGHLIGHT_COLOUR, width=2.5),
            symbol="o",
            symbolSize=7,
            symbolBrush=pg.mkBrush(HIGHLIGHT_COLOUR),
            symbolPen=pg.mkPen("w", width=1),
            connect="finite",
        )
        self.highlight_line.setZValue(3)
        self.plot.addItem(self.highlight_line)

        self.default_empty_text = self.tr("Geen verwijzingscijfers per jaar om te tonen.")
        self._add_empty_state(self.default_empty_text)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.setMinimumSize(420, 280)

    def set_empty_text(self, text: str) -> None:
        """What the chart says while there is nothing to draw ('' for its own default)."""
        self.empty_label.setText(text or self.default_empty_text)

    def show_trend(self, trend: Trend | None, highlight: str | None = None) -> None:
        """Draw a trend; `highlight` is a practice key (None: the own practice, if any)."""
        self.trend = trend
        for line in self.practice_lines.values():
            self.plot.removeItem(line)
        self.practice_lines = {}
        has_data = (
            trend is not None
            and len(trend.rates.index) > 0
            and (bool(trend.rates.notna().to_numpy().any()) or bool(trend.group.notna().any()))
        )
        self._show_empty(not has_data)
        if not has_data or trend is None:
            self.years = []
            self.highlighted = None
            self.group_line.setData(x=[], y=[])
            self.highlight_line.setData(x=[], y=[])
            self.legend.setText("")
            return
        self.years = [int(y) for y in trend.rates.index]
        xs = np.asarray(self.years, dtype=float)
        for practice in trend.practices:
            line = pg.PlotDataItem(
                x=xs,
                y=self._values(practice.key),
                pen=pg.mkPen(PRACTICE_COLOUR, width=1.3),
                symbol="o",
                symbolSize=4,
                symbolBrush=pg.mkBrush(PRACTICE_COLOUR),
                symbolPen=None,
                connect="finite",
            )
            line.setZValue(0)
            self.plot.addItem(line)
            self.practice_lines[practice.key] = line
        self.group_line.setData(x=xs, y=trend.group.reindex(trend.rates.index).to_numpy(float))
        by_key = {p.key: p for p in trend.practices}
        if highlight is None:
            self.highlighted = next((p for p in trend.practices if p.is_self), None)
        else:
            self.highlighted = by_key.get(highlight)
        if self.highlighted is not None:
            self.highlight_line.setData(x=xs, y=self._values(self.highlighted.key))
        else:
            self.highlight_line.setData(x=[], y=[])
        self._set_ranges()
        entries = [("━━", GROUP_COLOUR, self.tr("groep (gewogen gemiddelde)"))]
        if self.highlighted is not None:
            entries.append(("━━", HIGHLIGHT_COLOUR, self.highlighted.label))
        entries.append(("━━", PRACTICE_COLOUR, self.tr("elke praktijk")))
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(legend_item(*e) for e in entries))

    def _values(self, key: str) -> np.ndarray:
        assert self.trend is not None
        return self.trend.rates[key].to_numpy(dtype=float)

    def _set_ranges(self) -> None:
        """Every year with half a year either side; rates from 0 to a little above the highest."""
        assert self.trend is not None
        self.view.setXRange(self.years[0] - 0.4, self.years[-1] + 0.4, padding=0)
        values = np.r_[self.trend.rates.to_numpy(float).ravel(), self.trend.group.to_numpy(float)]
        top = float(np.nanmax(values)) if np.isfinite(values).any() else 1.0
        top = top * 1.12 or 1.0
        self.view.setYRange(-top * 0.02, top, padding=0)  # a little room: the 0 tick shows
        self.plot_item.getAxis("bottom").setTicks([[(y, str(y)) for y in self.years], []])

    # -- what tests and the hover handler read ---------------------------------------------------

    def year_at(self, x: float) -> int | None:
        """The year whose column holds x."""
        year = round(x)
        return year if year in self.years and abs(x - year) <= 0.5 else None

    def tooltip_for(self, year: int) -> str:
        """ "2024\ngroep: 35,3 per 1.000\nHuisartsen Heuvelland: 38,9 per 1.000"."""
        assert self.trend is not None

        def rate(value: float) -> str:
            if value is None or math.isnan(value):
                return self.tr("onbekend")
            return self.tr("{0} per 1.000").format(decimal(value, 1))

        lines = [
            str(year),
            self.tr("groep: {0}").format(rate(float(self.trend.group.get(year, math.nan)))),
        ]
        if self.highlighted is not None:
            value = float(self.trend.rates.loc[year, self.highlighted.key])
            lines.append(f"{self.highlighted.label}: {rate(value)}")
        return "\n".join(lines)

    def tooltip_at(self, x: float, y: float) -> str:
        year = self.year_at(x)
        return "" if year is None or self.is_empty else self.tooltip_for(year)
