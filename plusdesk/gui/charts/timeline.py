"""Register charts: the status timeline per intervention and the number implemented per domain."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

# isort: split
# pyqtgraph picks the Qt binding that is already imported: PySide6 must come first.
import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import DAY_SPACING, MONTH_SPACING, YEAR_SPACING

from plusdesk.core.clock import format_date
from plusdesk.core.interventions import STATUS_LABELS, Status
from plusdesk.core.register import PROGRAMME_YEARS, StepSeries, TimelineRow
from plusdesk.gui.charts.common import (
    MUTED,
    TEXT_COLOUR,
    HoverTooltips,
    chart_font,
    labelled_line,
    legend_label,
    show_tooltip,
    static_plot,
    style_axes,
)
from plusdesk.gui.charts.empty import EmptyState
from plusdesk.gui.style import STATUS_COLOURS, pt
from plusdesk.gui.translations import core_tr

pg.setConfigOptions(antialias=True)

# The order of the legend: the workflow, then gestopt.
LEGEND_ORDER: tuple[Status, ...] = (
    Status.NIET_GESTART,
    Status.VOORBEREIDING,
    Status.GESTART,
    Status.GEIMPLEMENTEERD,
    Status.GEBORGD,
    Status.GESTOPT,
)
# Okabe–Ito colours, distinguishable with the common forms of colour blindness.
DOMAIN_COLOURS: tuple[str, ...] = (
    "#0072b2",
    "#d55e00",
    "#009e73",
    "#cc79a7",
    "#e69f00",
    "#56b4e9",
    "#4d4d4d",
)
TODAY_COLOUR = "#c0392b"
YEAR_SHADE = (31, 59, 87, 14)  # the sidebar blue, nearly transparent
ROW_LINE = "#eceff2"
BAR_HEIGHT = 0.62
LABEL_MAX = 42
SHORT_MONTHS = (
    *(QT_TRANSLATE_NOOP("months", "jan"), QT_TRANSLATE_NOOP("months", "feb")),
    *(QT_TRANSLATE_NOOP("months", "mrt"), QT_TRANSLATE_NOOP("months", "apr")),
    *(QT_TRANSLATE_NOOP("months", "mei (kort)"), QT_TRANSLATE_NOOP("months", "jun")),
    *(QT_TRANSLATE_NOOP("months", "jul"), QT_TRANSLATE_NOOP("months", "aug")),
    *(QT_TRANSLATE_NOOP("months", "sep"), QT_TRANSLATE_NOOP("months", "okt")),
    *(QT_TRANSLATE_NOOP("months", "nov"), QT_TRANSLATE_NOOP("months", "dec")),
)


def short_month(month: int) -> str:
    """An axis label for a month: "mrt" in Dutch, "Mar" in English."""
    text = QCoreApplication.translate("months", SHORT_MONTHS[month - 1])
    return text.removesuffix(" (kort)")  # "mei" is both the long and the short name


def to_x(day: date) -> float:
    """A day as the chart's x value: the Unix timestamp of local midnight (for DateAxisItem)."""
    return datetime(day.year, day.month, day.day).timestamp()


def shorten(text: str, limit: int = LABEL_MAX) -> str:
    """The text cut to `limit` characters, ending in … when it was longer."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def row_label(row: TimelineRow) -> str:
    """The y-axis label of a timeline row: "CODE titel", long titles shortened."""
    return shorten(f"{row.code} {row.title}")


def step_coordinates(
    points: Sequence[tuple[date, int]], until: date
) -> tuple[list[float], list[float]]:
    """Explicit step-line coordinates: each count holds from its day until the next, then today."""
    xs: list[float] = []
    ys: list[float] = []
    for day, count in points:
        if ys:
            xs.append(to_x(day))
            ys.append(ys[-1])
        xs.append(to_x(day))
        ys.append(float(count))
    if ys:
        end = max(until, points[-1][0])
        xs.append(to_x(end))
        ys.append(ys[-1])
    return xs, ys


def _year_start(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28)


class DutchDateAxis(pg.DateAxisItem):
    """A date axis with Dutch month names, whatever the system's locale."""

    def tickStrings(self, values, scale, spacing):
        days = [datetime.fromtimestamp(v) for v in values]
        if spacing >= YEAR_SPACING:
            return [str(d.year) for d in days]
        if spacing >= MONTH_SPACING:
            return [short_month(d.month) for d in days]
        if spacing >= DAY_SPACING:
            return [f"{d.day} {short_month(d.month)}" for d in days]
        return super().tickStrings(values, scale, spacing)


@dataclass(frozen=True)
class Bar:
    """One drawn bar: an intervention in one status from `start` to `end` (None: still today)."""

    code: str
    title: str
    status: Status
    start: date
    end: date | None
    row: int
    x0: float
    x1: float

    @property
    def colour(self) -> str:
        return STATUS_COLOURS[self.status]


class _Chart(EmptyState, HoverTooltips, QWidget):
    """What both charts share: legend, plot, programme years, the vandaag line, empty state."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("background: white;")
        self.period: tuple[date, date] | None = None
        self.today: date | None = None
        self.legend_entries: list[tuple[str, str]] = []  # (text, colour)

        self.legend = legend_label()
        self.date_axis = DutchDateAxis(orientation="bottom")
        self.years_axis = pg.AxisItem(orientation="top")
        self.plot, self.plot_item, self.view = static_plot(
            {"bottom": self.date_axis, "top": self.years_axis}, margins=(4, 4, 16, 4)
        )
        self.plot_item.showAxis("top")
        style_axes(self.plot_item, ("left", "bottom", "top"), chart_font(9.5))
        self.years_axis.setStyle(tickLength=0, tickFont=chart_font(9.5, bold=True))
        self.years_axis.setPen(pg.mkPen(None))
        self.years_axis.setTextPen(pg.mkPen("#1f3b57"))
        self.date_axis.setStyle(tickTextOffset=6)

        self.today_line = labelled_line(
            pg.mkPen(TODAY_COLOUR, width=1.5, style=Qt.PenStyle.DashLine),
            self.tr("vandaag"),
            TODAY_COLOUR,
            chart_font(9, bold=True),
            0.96,
            220,
        )
        self.today_line.setZValue(20)
        self.plot.addItem(self.today_line, ignoreBounds=True)
        self._year_regions: list[pg.LinearRegionItem] = []

        self._add_empty_state(empty_text)

    # -- shared parts --------------------------------------------------------------------------

    def _set_legend(self, entries: list[tuple[str, str]], swatch: str, note: str = "") -> None:
        self.legend_entries = entries
        parts = [
            f'<span style="white-space: nowrap;"><span style="color: {colour}; '
            f'font-size: {pt(13)};">{swatch}</span>&nbsp;{escape(text)}</span>'
            for text, colour in entries
        ]
        if note:
            parts.append(
                f'<span style="color: {MUTED}; white-space: nowrap;">{escape(note)}</span>'
            )
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(parts))

    def _set_period(self, period: tuple[date, date], today: date) -> tuple[float, float]:
        """Shade the programme years, label them "jaar 1" …, place vandaag; the x range."""
        self.period, self.today = period, today
        start, end = period
        for region in self._year_regions:
            self.plot.removeItem(region)
        self._year_regions = []
        labels = []
        for year in range(PROGRAMME_YEARS):
            first, last = _year_start(start, year), _year_start(start, year + 1)
            x0, x1 = to_x(first), to_x(last)
            labels.append(((x0 + x1) / 2, self.tr("jaar {n}").format(n=year + 1)))
            if year % 2 == 0:
                region = pg.LinearRegionItem(
                    (x0, x1),
                    movable=False,
                    brush=pg.mkBrush(*YEAR_SHADE),
                    pen=pg.mkPen(None),
                )
                region.setZValue(-20)
                self.plot.addItem(region, ignoreBounds=True)
                self._year_regions.append(region)
        self.years_axis.setTicks([labels, []])
        lo = to_x(min(start, today))
        hi = to_x(max(end, today))
        self.view.setXRange(lo - (hi - lo) * 0.045, hi + (hi - lo) * 0.015, padding=0)
        # Near the right edge the label goes left of the line, so it is never cut off.
        x = to_x(today)
        side = (1, 0.5) if x > lo + 0.8 * (hi - lo) else (0, 0.5)
        self.today_line.label.anchors = [side, side]
        self.today_line.setPos(x)
        self.today_line.label.updatePosition()
        return lo, hi


class TimelineChart(_Chart):
    """Gantt-like: one row per intervention, a coloured bar for every period in a status."""

    interventionClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "Nog geen statussen vastgelegd. Wijzig de status van een interventie "
                "om de tijdlijn te vullen."
            ),
            parent,
        )
        self.rows: list[TimelineRow] = []
        self.bars: list[Bar] = []
        self.bar_items: dict[Status, pg.BarGraphItem] = {}
        self.setAccessibleName(self.tr("Tijdlijn: de status van elke interventie door de tijd"))
        self.view.invertY(True)
        left = self.plot_item.getAxis("left")
        left.setStyle(tickLength=0, tickFont=chart_font(9.5))
        self.row_lines = pg.PlotCurveItem(pen=pg.mkPen(ROW_LINE), connect="pairs")
        self.row_lines.setZValue(-10)
        self.plot.addItem(self.row_lines)
        scene = self.plot.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)
        self.setMinimumHeight(220)

    def set_data(self, rows: list[TimelineRow], period: tuple[date, date], today: date) -> None:
        """Draw the rows top to bottom; open periods run until `today`."""
        self.rows = list(rows)
        self.bars = [
            Bar(
                row.code,
                row.title,
                seg.status,
                seg.start,
                seg.end,
                n,
                to_x(seg.start),
                to_x(max(seg.end or today, seg.start)),
            )
            for n, row in enumerate(self.rows)
            for seg in row.segments
        ]
        self._show_empty(not self.bars)
        lo, hi = self._set_period(period, today)
        count = len(self.rows)
        left = self.plot_item.getAxis("left")
        labels = [(n, row_label(row)) for n, row in enumerate(self.rows)]
        left.setTicks([labels, []])
        # A fixed width from the labels: the plot does not shift once they are first drawn.
        metrics = QFontMetrics(left.style["tickFont"])
        left.setWidth(max((metrics.horizontalAdvance(text) for _, text in labels), default=0) + 16)
        # A strip above the first row holds the "vandaag" label, clear of the bars.
        top, bottom = -1.2, max(count, 1) - 0.5
        self.view.setYRange(top, bottom, padding=0)
        self.today_line.label.setPosition(0.6 / (bottom - top))
        edges = [n + 0.5 for n in range(count - 1)]
        self.row_lines.setData(
            x=np.repeat([[lo - (hi - lo), hi + (hi - lo)]], len(edges), axis=0).ravel(),
            y=np.repeat(edges, 2),
        )
        for status in Status:
            mine = [b for b in self.bars if b.status is status]
            item = self.bar_items.get(status)
            if not mine:
                if item is not None:
                    item.setVisible(False)
                continue
            opts = {
                "x0": [b.x0 for b in mine],
                "x1": [b.x1 for b in mine],
                "y0": [b.row - BAR_HEIGHT / 2 for b in mine],
                "height": BAR_HEIGHT,
            }
            if item is None:
                item = pg.BarGraphItem(
                    **opts,
                    brush=pg.mkBrush(STATUS_COLOURS[status]),
                    pen=pg.mkPen("w", width=1),
                )
                self.bar_items[status] = item
                self.plot.addItem(item)
            else:
                item.setOpts(**opts)
            item.setVisible(True)
        shown = {b.status for b in self.bars}
        self._set_legend(
            [
                (core_tr(STATUS_LABELS[s]), STATUS_COLOURS[s])
                for s in LEGEND_ORDER
                if s is not Status.NIET_GESTART or s in shown
            ],
            "■",
            self.tr("geen balk: nog niet gestart"),
        )

    # -- finding what is under the mouse --------------------------------------------------------

    def row_at(self, y: float) -> TimelineRow | None:
        """The row at a y value (data coordinates), or None outside the rows."""
        n = round(y)
        if 0 <= n < len(self.rows) and abs(y - n) <= 0.5:
            return self.rows[n]
        return None

    def bar_at(self, x: float, y: float) -> Bar | None:
        """The bar under a point in data coordinates, or None."""
        n = round(y)
        if abs(y - n) > BAR_HEIGHT / 2:
            return None
        return next((b for b in self.bars if b.row == n and b.x0 <= x <= b.x1), None)

    def code_at(self, x: float, y: float) -> str | None:
        """The code of the intervention whose row holds the point, or None."""
        row = self.row_at(y)
        return row.code if row else None

    def tooltip_at(self, x: float, y: float) -> str:
        """The hover text for a point: title, status and period of the bar there ("" if none)."""
        bar = self.bar_at(x, y)
        if bar is None:
            return ""
        if bar.end is None:
            period = self.tr("sinds {start}").format(start=format_date(bar.start))
        else:
            # The next status starts on `end`: this one held through the day before.
            last = max(bar.start, bar.end - timedelta(days=1))
            period = self.tr("van {start} t/m {end}").format(
                start=format_date(bar.start), end=format_date(last)
            )
        return f"{bar.code} {bar.title}\n{core_tr(STATUS_LABELS[bar.status])}\n{period}"

    def bar_center(self, bar: Bar) -> QPoint:
        """Where a bar is drawn, on the plot's viewport (for simulated clicks)."""
        return self.widget_pos((bar.x0 + bar.x1) / 2, bar.row)

    def _axis_contains(self, pos: QPointF) -> bool:
        return self.plot_item.getAxis("left").sceneBoundingRect().contains(pos)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        text = ""
        point = self.view.mapSceneToView(pos)
        over_row = False
        if self.view.sceneBoundingRect().contains(pos):
            text = self.tooltip_at(point.x(), point.y())
            over_row = self.row_at(point.y()) is not None
        elif self._axis_contains(pos):
            row = self.row_at(point.y())
            over_row = row is not None
            if row is not None:
                text = f"{row.code} {row.title}"
        self.plot.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if over_row else Qt.CursorShape.ArrowCursor
        )
        show_tooltip(text, self.plot)

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.scenePos()
        if not (self.view.sceneBoundingRect().contains(pos) or self._axis_contains(pos)):
            return
        point = self.view.mapSceneToView(pos)
        code = self.code_at(point.x(), point.y())
        if code is not None:
            self.interventionClicked.emit(code)


class ImplementedChart(_Chart):
    """Step lines: how many interventions per domain were implemented (or geborgd) over time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "Nog geen interventies geïmplementeerd. Zodra een interventie de status "
                "geïmplementeerd of geborgd krijgt, ziet u hier het verloop per domein."
            ),
            parent,
        )
        self.series: list[StepSeries] = []
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.setAccessibleName(self.tr("Aantal geïmplementeerde interventies per domein"))
        self.plot_item.setLabel("left", self.tr("aantal geïmplementeerd"), color=TEXT_COLOUR)
        self.plot_item.getAxis("left").label.setFont(chart_font(10))
        self.plot_item.showGrid(y=True, alpha=0.12)
        self.setMinimumHeight(220)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def set_data(self, series: list[StepSeries], period: tuple[date, date], today: date) -> None:
        """One step line per domain, each extended to `today` at its current count."""
        self.series = list(series)
        self._show_empty(not any(count for s in self.series for _, count in s.points))
        self._set_period(period, today)
        for code in [c for c in self.curves if c not in {s.domain_code for s in self.series}]:
            self.plot.removeItem(self.curves.pop(code))
        entries = []
        for n, item in enumerate(self.series):
            colour = DOMAIN_COLOURS[n % len(DOMAIN_COLOURS)]
            xs, ys = step_coordinates(item.points, today)
            curve = self.curves.get(item.domain_code)
            if curve is None:
                curve = pg.PlotDataItem()
                curve.setZValue(10)
                self.curves[item.domain_code] = curve
                self.plot.addItem(curve)
            curve.setData(xs, ys, pen=pg.mkPen(colour, width=2.5))
            current = item.points[-1][1] if item.points else 0
            entries.append(
                (
                    self.tr("{domain} ({count} van {total})").format(
                        domain=core_tr(item.domain_title), count=current, total=item.total
                    ),
                    colour,
                )
            )
        self._set_legend(entries, "━")
        top = max((s.total for s in self.series), default=1) or 1
        step = 1 if top <= 10 else 2 if top <= 20 else 5
        self.plot_item.getAxis("left").setTicks(
            [[(v, str(v)) for v in range(0, top + 1, step)], []]
        )
        self.view.setYRange(-0.25, top + 0.4, padding=0)

    def tooltip_at(self, x: float, y: float) -> str:
        """The hover text for a point: the day under the mouse and each domain's count then
        ("" outside the period up to today)."""
        if self.period is None or self.today is None or not self.series:
            return ""
        day = datetime.fromtimestamp(x).date()
        if day < min(self.period[0], self.today) or day > max(self.period[1], self.today):
            return ""
        day = min(day, self.today)
        lines = [format_date(day)]
        for item in self.series:
            earlier = [(d, c) for d, c in item.points if d <= day]
            count = max(earlier)[1] if earlier else 0
            lines.append(
                self.tr("{domain}: {count} van {total}").format(
                    domain=core_tr(item.domain_title), count=count, total=item.total
                )
            )
        return "\n".join(lines)

    def current_counts(self) -> dict[str, int]:
        """Per domain code the count the line ends at (today)."""
        result = {}
        for code, curve in self.curves.items():
            _, ys = curve.getData()
            result[code] = int(ys[-1]) if ys is not None and len(ys) else 0
        return result
