"""Collaborative-care chart: a case's PHQ-9 and GAD-7 scores over the PHQ-9 severity bands."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

# isort: split
# pyqtgraph picks the Qt binding that is already imported: PySide6 must come first.
import pyqtgraph as pg

from plusdesk.core.carecase_model import INSTRUMENTS, Instrument, Measure
from plusdesk.core.clock import format_date
from plusdesk.gui.charts.common import (
    MUTED,
    TEXT_COLOUR,
    HoverTooltips,
    chart_font,
    labelled_line,
    legend_label,
    static_plot,
    style_axes,
)
from plusdesk.gui.charts.empty import EmptyState
from plusdesk.gui.charts.timeline import DutchDateAxis, to_x
from plusdesk.gui.translations import core_tr

# Okabe–Ito blue and vermillion: apart with the common forms of colour blindness.
SERIES_COLOURS: dict[Instrument, str] = {Instrument.PHQ9: "#0072b2", Instrument.GAD7: "#d55e00"}
SERIES_SWATCHES: dict[Instrument, str] = {Instrument.PHQ9: "━●━", Instrument.GAD7: "╌▲╌"}
# Soft, from green (minimaal) to red (ernstig): light enough for the lines to stay in front.
BAND_COLOURS: tuple[str, ...] = ("#e3f2e6", "#eef5dc", "#fdf5d7", "#fde8d4", "#fadcdb")
REVIEW_COLOUR = "#6b4fa0"
START_COLOUR = "#9aa0a6"
HIT_PIXELS = 9.0
DAY = 24 * 3600


def _marker(
    colour: str, text: str, style: Qt.PenStyle, width: float, text_colour: str = ""
) -> pg.InfiniteLine:
    """A vertical line across the plot with a small label at the top."""
    pen = pg.mkPen(colour, width=width, style=style)
    line = labelled_line(pen, text, text_colour or colour, chart_font(8.5), 0.97, 220)
    line.setZValue(5)
    return line


def _place(line: pg.InfiniteLine, x: float, position: float, lo: float, hi: float) -> None:
    """Move a marker; near the right edge its label goes left of the line, never cut off."""
    side = (1, 0.5) if x > lo + 0.85 * (hi - lo) else (0, 0.5)
    line.label.anchors = [side, side]
    line.label.setPosition(position)
    line.setPos(x)
    line.label.updatePosition()


class TrajectoryChart(EmptyState, HoverTooltips, QWidget):
    """PHQ-9 (solid) and GAD-7 (dashed) totals over time, psychiatrist reviews marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("background: white;")
        self.setAccessibleName(self.tr("Verloop PHQ-9 en GAD-7"))
        self.setMinimumSize(360, 240)
        self._measures: dict[Instrument, list[Measure]] = {i: [] for i in Instrument}
        self.reviews: list[date] = []

        self.legend = legend_label()
        self.date_axis = DutchDateAxis(orientation="bottom")
        self.plot, self.plot_item, self.view = static_plot(
            {"bottom": self.date_axis}, margins=(4, 8, 8, 4)
        )
        self.plot_item.showAxis("right")
        style_axes(self.plot_item, ("left", "bottom", "right"), chart_font(9.5))
        self.date_axis.setStyle(tickTextOffset=6)
        self.plot_item.setLabel("left", self.tr("Score"), color=TEXT_COLOUR)
        self.plot_item.getAxis("left").label.setFont(chart_font(10))

        phq9 = INSTRUMENTS[Instrument.PHQ9]
        self.maximum = phq9.maximum
        limits = (0, *phq9.bands, phq9.maximum)
        self.bands: list[tuple[int, int, str]] = [
            (lo, hi, core_tr(label))
            for lo, hi, label in zip(limits[:-1], limits[1:], phq9.band_labels, strict=True)
        ]
        for n, ((lo, hi, _), colour) in enumerate(zip(self.bands, BAND_COLOURS, strict=True)):
            # The outer bands run on to the plot's edges: no white strip under 0 or above 27.
            first, last = n == 0, n == len(self.bands) - 1
            region = pg.LinearRegionItem(
                (lo - 2 if first else lo, hi + 2 if last else hi),
                orientation="horizontal",
                movable=False,
                brush=pg.mkBrush(colour),
                pen=pg.mkPen(None),
            )
            region.setZValue(-20)
            self.plot.addItem(region, ignoreBounds=True)
        self.plot_item.getAxis("left").setTicks([[(v, str(v)) for v in limits], []])
        # The band names sit in a gutter right of the plot: never over a line or a dot.
        right = self.plot_item.getAxis("right")
        right.setPen(pg.mkPen(None))
        right.setTextPen(pg.mkPen(MUTED))
        right.setStyle(tickLength=0, tickFont=chart_font(8.5), tickTextOffset=6)
        right.setTicks([[((lo + hi) / 2, text) for lo, hi, text in self.bands], []])
        metrics = QFontMetrics(right.style["tickFont"])
        right.setWidth(max(metrics.horizontalAdvance(text) for *_, text in self.bands) + 12)

        self.start_line = _marker(START_COLOUR, self.tr("start"), Qt.PenStyle.SolidLine, 1.0, MUTED)
        self.plot.addItem(self.start_line, ignoreBounds=True)
        self.review_lines: list[pg.InfiniteLine] = []
        self.curves: dict[Instrument, pg.PlotDataItem] = {}
        symbols = {Instrument.PHQ9: "o", Instrument.GAD7: "t1"}
        sizes = {Instrument.PHQ9: 10, Instrument.GAD7: 12}  # a triangle looks smaller
        styles = {Instrument.PHQ9: Qt.PenStyle.SolidLine, Instrument.GAD7: Qt.PenStyle.DashLine}
        for z, instrument in enumerate(Instrument):
            colour = SERIES_COLOURS[instrument]
            curve = pg.PlotDataItem(
                pen=pg.mkPen(colour, width=2.5, style=styles[instrument]),
                symbol=symbols[instrument],
                symbolSize=sizes[instrument],
                symbolBrush=pg.mkBrush(colour),
                symbolPen=pg.mkPen("w", width=1.5),
            )
            curve.setZValue(20 - z)  # PHQ-9 in front
            self.plot.addItem(curve)
            self.curves[instrument] = curve

        self._add_empty_state(
            self.tr("Nog geen PHQ-9 of GAD-7 gemeten. Voeg een meting toe om het verloop te zien.")
        )
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

    # -- drawing ---------------------------------------------------------------------------------

    def set_case(
        self,
        measures: Sequence[Measure],
        started_on: date,
        today: date,
        reviews: Sequence[date] = (),
    ) -> None:
        """Draw the case from `started_on` until today (or the last measure, if later)."""
        self.reviews = sorted(reviews)
        ordered = sorted(measures, key=lambda m: (m.measured_on, m.id))
        for instrument, curve in self.curves.items():
            mine = [m for m in ordered if m.instrument is instrument]
            self._measures[instrument] = mine
            curve.setData([to_x(m.measured_on) for m in mine], [m.total for m in mine])
            curve.setVisible(bool(mine))
        self._show_empty(not ordered)

        days = [started_on, today, *self.reviews, *(m.measured_on for m in ordered)]
        lo, hi = to_x(min(days)), to_x(max(days))
        margin = max((hi - lo) * 0.04, 3 * DAY)
        self.view.setXRange(lo - margin, hi + margin, padding=0)
        self.view.setYRange(-0.8, self.maximum + 0.8, padding=0)
        # "start" at the bottom, clear of a review on the first days (and of the early scores).
        _place(self.start_line, to_x(started_on), 0.04, lo, hi)
        last_x, last_high = -math.inf, False
        for n, day in enumerate(self.reviews):
            if n == len(self.review_lines):
                line = _marker(REVIEW_COLOUR, self.tr("psychiater"), Qt.PenStyle.DashLine, 1.5)
                self.plot.addItem(line, ignoreBounds=True)
                self.review_lines.append(line)
            x = to_x(day)
            # Two reviews close together: the second label one step lower, not on top.
            low = last_high and x - last_x < 0.1 * (hi - lo + 2 * margin)
            _place(self.review_lines[n], x, 0.87 if low else 0.97, lo, hi)
            self.review_lines[n].setVisible(True)
            last_x, last_high = x, not low
        for line in self.review_lines[len(self.reviews) :]:
            line.setVisible(False)
        self._set_legend()

    def clear(self) -> None:
        """Show the empty state: no measures, no reviews."""
        for curve in self.curves.values():
            curve.setData([], [])
            curve.setVisible(False)
        for line in self.review_lines:
            line.setVisible(False)
        self._measures = {i: [] for i in Instrument}
        self.reviews = []
        self._set_legend()
        self._show_empty(True)

    def _set_legend(self) -> None:
        parts = [
            f'<span style="white-space: nowrap;"><span style="color: '
            f'{SERIES_COLOURS[i]};">{SERIES_SWATCHES[i]}</span>&nbsp;'
            f"{escape(core_tr(INSTRUMENTS[i].label))}</span>"
            for i in Instrument
            if self._measures[i]
        ]
        note = self.tr("achtergrond: ernst volgens de PHQ-9")
        parts.append(f'<span style="color: {MUTED}; white-space: nowrap;">{escape(note)}</span>')
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(parts))

    # -- what tests and the hover handler read --------------------------------------------------

    def legend_entries(self) -> list[str]:
        """The instruments in the legend, e.g. ["PHQ-9", "GAD-7"]: only those with a score."""
        return [core_tr(INSTRUMENTS[i].label) for i in Instrument if self._measures[i]]

    def series_points(self, instrument: Instrument) -> list[tuple[date, int]]:
        """The drawn scores of one instrument as (date, total), oldest first."""
        return [(m.measured_on, m.total) for m in self._measures[instrument]]

    def band_labels(self) -> list[str]:
        """The severity band names in the right margin, lowest band first."""
        return [text for *_, text in self.bands]

    def review_dates(self) -> list[date]:
        """The days with a visible "psychiater" line, in order."""
        return [
            datetime.fromtimestamp(line.value()).date()
            for line in self.review_lines
            if line.isVisible()
        ]

    def tooltip_for(self, measure: Measure) -> str:
        """The hover text of one score: "PHQ-9 op 03-02-2026: 14 (matig)"."""
        return self.tr("{instrument} op {day}: {total} ({band})").format(
            instrument=core_tr(INSTRUMENTS[measure.instrument].label),
            day=format_date(measure.measured_on),
            total=measure.total,
            band=core_tr(measure.band),
        )

    def tooltip_at(self, x_seconds: float, y: float) -> str:
        """The hover text for a point in plot coordinates: every score within reach ("" if none)."""
        width, height = self.view.viewPixelSize()
        if not width or not height:
            return ""
        return "\n".join(
            self.tooltip_for(m)
            for instrument in Instrument
            for m in self._measures[instrument]
            if ((to_x(m.measured_on) - x_seconds) / width) ** 2 + ((m.total - y) / height) ** 2
            <= HIT_PIXELS**2
        )
