"""Conversation charts: a Positive Health radar of the scores and the conversations per month."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPolygonF, QTextOption
from PySide6.QtWidgets import QGraphicsPolygonItem, QLabel, QWidget

# isort: split
# pyqtgraph picks the Qt binding that is already imported: PySide6 must come first.
import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems import DateAxisItem as dates

from plusdesk.gui.charts.common import (
    MUTED,
    TEXT_COLOUR,
    HoverTooltips,
    chart_font,
    static_plot,
    style_axes,
)
from plusdesk.gui.charts.empty import EmptyState
from plusdesk.gui.charts.timeline import DutchDateAxis, to_x
from plusdesk.gui.style import pt
from plusdesk.gui.translations import core_tr

# Okabe–Ito: orange for the first conversation, blue for the latest.
SERIES_COLOURS: tuple[str, ...] = ("#e69f00", "#0072b2", "#009e73", "#cc79a7")
BAR_COLOUR = "#0072b2"
GRID_COLOUR = "#dadce0"
SCALE_MAX = 10
RINGS = (2, 4, 6, 8, 10)
WRAP_AT = 14  # longer axis labels go on two lines, so the circle can stay large
HIT_PIXELS = 8.0
# Two-line axis labels hug the ring: left of it right-aligned, right of it left-aligned.
ALIGN = {
    -1: Qt.AlignmentFlag.AlignRight,
    0: Qt.AlignmentFlag.AlignHCenter,
    1: Qt.AlignmentFlag.AlignLeft,
}
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("months", "januari"),
    QT_TRANSLATE_NOOP("months", "februari"),
    QT_TRANSLATE_NOOP("months", "maart"),
    QT_TRANSLATE_NOOP("months", "april"),
    QT_TRANSLATE_NOOP("months", "mei"),
    QT_TRANSLATE_NOOP("months", "juni"),
    QT_TRANSLATE_NOOP("months", "juli"),
    QT_TRANSLATE_NOOP("months", "augustus"),
    QT_TRANSLATE_NOOP("months", "september"),
    QT_TRANSLATE_NOOP("months", "oktober"),
    QT_TRANSLATE_NOOP("months", "november"),
    QT_TRANSLATE_NOOP("months", "december"),
)


def month_name(month: int) -> str:
    """The month's name in the window's language ("januari", "January")."""
    return QCoreApplication.translate("months", MONTH_NAMES[month - 1])


@dataclass(frozen=True)
class RadarSeries:
    """One set of scores to draw (one per axis, None: not scored), with its legend label."""

    label: str
    scores: Sequence[int | None]
    colour: str


def wrap_label(text: str, limit: int = WRAP_AT) -> str:
    """A long label split at the space nearest its middle; short ones unchanged."""
    spaces = [n for n, char in enumerate(text) if char == " "]
    if len(text) <= limit or not spaces:
        return text
    cut = min(spaces, key=lambda n: abs(n - len(text) / 2))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


def next_month(month: date) -> date:
    """The first day of the month after `month`."""
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _month_stepper(value: float, n: int, first: bool) -> float:
    """The next month tick on a multiple of n months, so thinned-out ticks stay jan, apr, jul…."""
    day = datetime.fromtimestamp(value, UTC)
    index = (day.year * 12 + day.month - 1) // n * n + n
    return datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC).timestamp()


# pyqtgraph drops all month ticks once they no longer fit; these thin out to every 2, 3, 6 months.
_MONTHS = dates.TickSpec(dates.MONTH_SPACING, _month_stepper, "%b", autoSkip=[1, 2, 3, 6])
YEARS_AND_MONTHS = dates.ZoomLevel([dates.YEAR_MONTH_ZOOM_LEVEL.tickSpecs[0], _MONTHS], "YYYY")


class _Chart(EmptyState, HoverTooltips, QWidget):
    """What both charts share: a fixed plot (no panning or zooming), empty text, hover tooltips."""

    def __init__(
        self,
        empty_text: str,
        parent: QWidget | None,
        margins: tuple[float, float, float, float],
        axis_items: dict[str, pg.AxisItem] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("background: white;")
        self.plot, self.plot_item, self.view = static_plot(axis_items, margins)
        # A legend set before this (the radar's) goes on top; its own padding spaces it.
        self._add_empty_state(empty_text, spacing=0)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)


class RadarChart(_Chart):
    """A radar of the six Positive Health dimensions, scale 0–10, one polygon per series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.legend = QLabel()
        super().__init__(self.tr("Nog geen scores vastgelegd."), parent, margins=(0, 0, 0, 0))
        self.axes: list[str] = []
        self.series: list[RadarSeries] = []
        self.legend_entries: list[tuple[str, str]] = []  # (text, colour)
        self.axis_labels: list[pg.TextItem] = []
        self.polygon_items: list[QGraphicsPolygonItem] = []
        self.dot_items: list[pg.ScatterPlotItem] = []
        self.setAccessibleName(self.tr("Scores op de zes dimensies: eerste en laatste gesprek"))
        self._dots: list[list[tuple[int, float, float]]] = []  # per series: (axis, x, y)

        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend.setStyleSheet(
            f"color: {TEXT_COLOUR}; font-size: {pt(10)}; padding: 8px 12px 0;"
        )
        for name in ("left", "bottom"):
            self.plot_item.hideAxis(name)
        self.view.setAspectLocked(True, ratio=1)
        self.rings = pg.PlotCurveItem(pen=pg.mkPen(GRID_COLOUR), connect="finite")
        self.spokes = pg.PlotCurveItem(pen=pg.mkPen(GRID_COLOUR), connect="pairs")
        for item in (self.rings, self.spokes):
            item.setZValue(-10)
            self.plot.addItem(item)
        self.ring_labels: list[pg.TextItem] = []
        for ring in RINGS:
            label = pg.TextItem(
                str(ring), color=MUTED, anchor=(0.5, 0.5), fill=(255, 255, 255, 210)
            )
            label.setFont(chart_font(8))
            label.setZValue(-5)
            self.plot.addItem(label)
            self.ring_labels.append(label)
        self.view.sigResized.connect(self._fit)
        self.setMinimumSize(320, 300)

    def angle(self, axis: float) -> float:
        """The direction of an axis in radians: the first straight up, the others clockwise."""
        return math.pi / 2 - 2 * math.pi * axis / max(len(self.axes), 1)

    def point(self, axis: float, score: float) -> tuple[float, float]:
        """Where a score on an axis lies, in plot coordinates (the centre is 0, 0)."""
        angle = self.angle(axis)
        return score * math.cos(angle), score * math.sin(angle)

    def set_series(self, axes: Sequence[str], series: Sequence[RadarSeries]) -> None:
        """Draw the axes (spokes, clockwise from the top) and one polygon with dots per series.

        Axis and series labels may be the core's (the dimensions): they show translated.
        """
        for scores in series:
            if len(scores.scores) != len(axes):
                raise ValueError(f"{scores.label}: {len(scores.scores)} scores, {len(axes)} axes")
        shown_axes = [core_tr(a) for a in axes]
        if shown_axes != self.axes:
            self.axes = shown_axes
            self._draw_axes()
        self.series = [RadarSeries(core_tr(s.label), s.scores, s.colour) for s in series]
        self._dots = []
        for n, item in enumerate(self.series):
            if n == len(self.dot_items):
                polygon = QGraphicsPolygonItem()
                polygon.setZValue(n)
                dots = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w", width=1.5))
                dots.setZValue(n + 0.5)
                self.plot.addItem(polygon)
                self.plot.addItem(dots)
                self.polygon_items.append(polygon)
                self.dot_items.append(dots)
            points = [
                (axis, *self.point(axis, score))
                for axis, score in enumerate(item.scores)
                if score is not None
            ]
            self._dots.append(points)
            fill = QColor(item.colour)
            fill.setAlpha(45)
            polygon = self.polygon_items[n]
            polygon.setPolygon(QPolygonF([QPointF(x, y) for _, x, y in points]))
            polygon.setPen(pg.mkPen(item.colour, width=2))
            polygon.setBrush(fill)
            polygon.setVisible(len(points) >= 2)
            self.dot_items[n].setData(pos=[(x, y) for _, x, y in points], brush=item.colour)
            self.dot_items[n].setVisible(True)
        for extra in self.polygon_items[len(self.series) :] + self.dot_items[len(self.series) :]:
            extra.setVisible(False)
        self.legend_entries = [(item.label, item.colour) for item in self.series]
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp; ".join(
                f'<span style="white-space: nowrap;"><span style="color: {colour}; '
                f'font-size: {pt(13)};">●</span>&nbsp;{escape(text)}</span>'
                for text, colour in self.legend_entries
            )
        )
        self._show_empty(not self.series)
        self._fit()

    def _draw_axes(self) -> None:
        turn = np.linspace(0, 2 * np.pi, 121)
        xs = np.concatenate([np.append(r * np.cos(turn), np.nan) for r in RINGS])
        ys = np.concatenate([np.append(r * np.sin(turn), np.nan) for r in RINGS])
        self.rings.setData(xs, ys)
        ends = [self.point(n, SCALE_MAX) for n in range(len(self.axes))]
        self.spokes.setData(
            x=[v for x, _ in ends for v in (0.0, x)], y=[v for _, y in ends for v in (0.0, y)]
        )
        # The ring values sit between the first two spokes, clear of the dots on the spokes.
        for ring, label in zip(RINGS, self.ring_labels, strict=True):
            label.setPos(*self.point(0.5, ring))
        for label in self.axis_labels:
            self.plot.removeItem(label)
        self.axis_labels = []
        for n, text in enumerate(self.axes):
            cos, sin = (int(np.sign(round(f(self.angle(n)), 9))) for f in (math.cos, math.sin))
            # The corner (or edge middle) nearest the centre touches the ring: never overlaps it.
            label = pg.TextItem(color=TEXT_COLOUR, anchor=((1 - cos) / 2, (1 + sin) / 2))
            label.setFont(chart_font(9.5))
            label.setText(wrap_label(text))
            label.textItem.document().setDefaultTextOption(QTextOption(ALIGN[cos]))
            label.setTextWidth(label.textItem.document().idealWidth())
            label.setPos(*self.point(n, SCALE_MAX))
            self.plot.addItem(label)
            self.axis_labels.append(label)

    def _fit(self) -> None:
        """Scale the radar as large as the plot allows with every axis label fully inside."""
        size = self.view.boundingRect()
        half_w, half_h = size.width() / 2 - 4, size.height() / 2 - 4
        if half_w < 40 or half_h < 40:
            return
        gap = 6.0  # pixels between the ring and its labels
        radius = min(half_w, half_h) - 8
        for n, label in enumerate(self.axis_labels):
            # A label sticks out from the ring by its full width on the side it is anchored to.
            box = label.textItem.boundingRect()
            cos, sin = abs(math.cos(self.angle(n))), abs(math.sin(self.angle(n)))
            for room, extent, part in ((half_w, box.width(), cos), (half_h, box.height(), sin)):
                if part > 1e-6:
                    radius = min(radius, (room - extent) / part - gap)
        per_unit = max(radius, 20.0) / SCALE_MAX
        for label in self.axis_labels:
            x, y = label.pos().x(), label.pos().y()
            shift = (SCALE_MAX + gap / per_unit) / math.hypot(x, y)
            label.setPos(x * shift, y * shift)
        wide, high = (half_w + 4) / per_unit, (half_h + 4) / per_unit
        self.view.setRange(xRange=(-wide, wide), yRange=(-high, high), padding=0)

    def polygon_points(self, index: int) -> list[tuple[float, float]]:
        """The corners of series `index`'s polygon in plot coordinates ([] when it is hidden)."""
        polygon = self.polygon_items[index]
        return [(p.x(), p.y()) for p in polygon.polygon()] if polygon.isVisible() else []

    def dot_points(self, index: int) -> list[tuple[float, float]]:
        """The dots of series `index` in plot coordinates: one per scored axis."""
        return [(x, y) for _, x, y in self._dots[index]]

    def tooltip_for(self, series: int, axis: int) -> str:
        """The hover text of one dot: "Zingeving: 7 — Laatste gesprek 04-09-2025"."""
        item = self.series[series]
        return self.tr("{axis}: {score} — {series}").format(
            axis=self.axes[axis], score=item.scores[axis], series=item.label
        )

    def tooltip_at(self, x: float, y: float) -> str:
        """The hover text for a point in plot coordinates: every dot within reach ("" if none)."""
        reach = HIT_PIXELS * max(self.view.viewPixelSize())
        return "\n".join(
            self.tooltip_for(n, axis)
            for n, dots in enumerate(self._dots)
            for axis, dx, dy in dots
            if math.hypot(dx - x, dy - y) <= reach
        )


class MonthlyChart(_Chart):
    """Bars: the number of conversations in each month, on a Dutch date axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.date_axis = DutchDateAxis(orientation="bottom")
        self.date_axis.zoomLevels[math.inf] = YEARS_AND_MONTHS
        super().__init__(
            self.tr("Nog geen gesprekken in deze periode."),
            parent,
            margins=(4, 8, 16, 4),
            axis_items={"bottom": self.date_axis},
        )
        self.counts: dict[date, int] = {}
        self.setAccessibleName(self.tr("Gesprekken per maand"))
        style_axes(self.plot_item, ("left", "bottom"), chart_font(9.5))
        self.date_axis.setStyle(tickTextOffset=6)
        self.plot_item.setLabel("left", self.tr("gesprekken"), color=TEXT_COLOUR)
        self.plot_item.getAxis("left").label.setFont(chart_font(10))
        self.plot_item.showGrid(y=True, alpha=0.12)
        self.bars = pg.BarGraphItem(
            x0=[], x1=[], y0=0, height=[], brush=pg.mkBrush(BAR_COLOUR), pen=pg.mkPen("w")
        )
        self.plot.addItem(self.bars)
        self.setMinimumHeight(200)

    def set_counts(self, months: Sequence[date], counts: Sequence[int]) -> None:
        """One month-wide bar per month; a month left out (a gap) had no conversations."""
        self.counts = {
            month.replace(day=1): int(count) for month, count in zip(months, counts, strict=True)
        }
        self._show_empty(not any(self.counts.values()))
        starts = list(self.counts)
        self.bars.setOpts(
            x0=[to_x(m) for m in starts],
            x1=[to_x(next_month(m)) for m in starts],
            height=list(self.counts.values()),
        )
        if not starts:
            return
        half_month = 15 * 24 * 3600
        lo, hi = to_x(min(starts)) - half_month, to_x(next_month(max(starts))) + half_month
        widen = max(0.0, 200 * 24 * 3600 - (hi - lo)) / 2  # a lone month still shows months
        self.view.setXRange(lo - widen, hi + widen, padding=0)
        top = max(max(self.counts.values()), 1)
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 10**9) if top / s <= 8)
        ticks = [(v, str(v)) for v in range(0, top + step, step)]
        self.plot_item.getAxis("left").setTicks([ticks, []])
        self.view.setYRange(0, top * 1.08 + 0.3, padding=0)

    def bar_months(self) -> list[date]:
        """The first day of each month that has a bar, in order."""
        return list(self.counts)

    def bar_heights(self) -> list[int]:
        """The number of conversations of each bar, in the order of `bar_months`."""
        return list(self.counts.values())

    def tooltip_at(self, month: date) -> str:
        """The hover text of a month, "maart 2024: 4 gesprekken"; "" outside the drawn months."""
        month = month.replace(day=1)
        if not self.counts or not min(self.counts) <= month <= max(self.counts):
            return ""
        count = self.counts.get(month, 0)
        amount = self.tr("1 gesprek") if count == 1 else self.tr("{n} gesprekken").format(n=count)
        return f"{month_name(month.month)} {month.year}: {amount}"

    def _hover_text(self, x: float, y: float) -> str:
        return self.tooltip_at(datetime.fromtimestamp(x).date())
