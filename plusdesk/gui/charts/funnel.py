"""The funnel plot: each practice's O/E against its expected count, inside the limits of chance."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QWidget

# isort: split
# pyqtgraph picks the Qt binding that is already imported: PySide6 must come first.
import numpy as np
import pyqtgraph as pg

from plusdesk.core.exchange_views import Funnel, FunnelPoint
from plusdesk.gui.charts.common import (
    TEXT_COLOUR,
    HoverTooltips,
    legend_label,
    static_plot,
    style_axes,
)
from plusdesk.gui.charts.empty import EmptyState
from plusdesk.gui.charts.referral_base import (
    DutchNumberAxis,
    chart_font,
    legend_item,
)
from plusdesk.gui.charts.referral_forest import (
    ABOVE_COLOUR,
    BELOW_COLOUR,
    NEUTRAL_COLOUR,
    ONE_COLOUR,
    SIGNAL_COLOURS,
)
from plusdesk.gui.numbers import decimal, whole
from plusdesk.gui.translations import core_tr

LEVELS = (0.95, 0.998)
LIMIT_95_COLOUR = "#80868b"
LIMIT_998_COLOUR = "#5f6368"
SELF_OUTLINE = "#202124"
DOT_SIZE = 11
SELF_SIZE = 17
HIT_PIXELS = 12.0  # how close the mouse must be to a dot for its tooltip
LABEL_GAP = 12.0  # pixels between the own practice's dot and its name
VEKTIS = "Vektis"
STANDARDISED = "standaardisatie"

translate = QCoreApplication.translate


def unbroken(text: str) -> str:
    """A legend text that never wraps inside "95 %-grenzen" (Qt breaks after a hyphen)."""
    return text.replace(" %", "\u00a0%").replace("-", "\u2011")


def position_text(funnel: Funnel, point: FunnelPoint) -> str:
    """Where a point lies: "binnen de trechter", "boven de 99,8 %-grens", …"""

    outer = funnel.position(point, 0.998)
    if outer == "boven":
        return translate("FunnelChart", "boven de 99,8 %-grens")
    if outer == "onder":
        return translate("FunnelChart", "onder de 99,8 %-grens")
    inner = funnel.position(point, 0.95)
    if inner == "boven":
        return translate("FunnelChart", "boven de 95 %-grens (binnen de 99,8 %-grens)")
    if inner == "onder":
        return translate("FunnelChart", "onder de 95 %-grens (binnen de 99,8 %-grens)")
    return translate("FunnelChart", "binnen de trechter")


class FunnelChart(EmptyState, HoverTooltips, QWidget):
    """O/E (y) against E (x) per practice, with the 95 % and 99,8 % funnel limits around 1.

    The points keep the order of the core (own practice first, then by name): the chart
    compares each practice with chance and never ranks them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("background: white;")
        self.setAccessibleName(self.tr("Funnelplot: O/E per praktijk tegen het verwachte aantal"))
        self.funnel: Funnel | None = None
        self.points: list[FunnelPoint] = []
        self.legend = legend_label()
        x_axis = DutchNumberAxis(orientation="bottom")
        y_axis = DutchNumberAxis(orientation="left")
        self.plot, self.plot_item, self.view = static_plot(
            {"bottom": x_axis, "left": y_axis}, margins=(4, 8, 16, 4)
        )
        style_axes(self.plot_item, ("left", "bottom"), chart_font(9.5))
        for name, text in (
            ("bottom", self.tr("verwacht aantal verwijzingen (E)")),
            ("left", self.tr("O/E")),
        ):
            self.plot_item.setLabel(name, text, color=TEXT_COLOUR)
            axis = self.plot_item.getAxis(name)
            axis.label.setFont(chart_font(10))
            axis.enableAutoSIPrefix(False)
        self.plot_item.showGrid(x=True, y=True, alpha=0.08)

        self.one_line = pg.InfiniteLine(
            pos=1.0, angle=0, movable=False, pen=pg.mkPen(ONE_COLOUR, width=1.2)
        )
        self.one_line.setZValue(-5)
        self.plot.addItem(self.one_line, ignoreBounds=True)
        # limit_curves[level] = (lower, upper)
        self.limit_curves: dict[float, tuple[pg.PlotCurveItem, pg.PlotCurveItem]] = {}
        for level in LEVELS:
            if level == 0.95:
                pen = pg.mkPen(LIMIT_95_COLOUR, width=1.4, style=Qt.PenStyle.DashLine)
            else:
                pen = pg.mkPen(LIMIT_998_COLOUR, width=1.6)
            pair = (pg.PlotCurveItem(pen=pen), pg.PlotCurveItem(pen=pen))
            for curve in pair:
                curve.setZValue(-3)
                self.plot.addItem(curve)
            self.limit_curves[level] = pair
        self.dots = pg.ScatterPlotItem(size=DOT_SIZE, pen=pg.mkPen("w", width=1.2))
        self.dots.setZValue(2)
        self.plot.addItem(self.dots)
        self.self_dot = pg.ScatterPlotItem(
            size=SELF_SIZE, symbol="d", pen=pg.mkPen(SELF_OUTLINE, width=2.2)
        )
        self.self_dot.setZValue(3)
        self.plot.addItem(self.self_dot)
        self.self_label = pg.TextItem(
            color=SELF_OUTLINE, fill=pg.mkBrush(255, 255, 255, 190), anchor=(0, 0.5)
        )
        self.self_label.setFont(chart_font(10, bold=True))
        self.self_label.setZValue(1)  # under the dots: a name never hides a practice
        self.self_label.hide()
        self.plot.addItem(self.self_label, ignoreBounds=True)

        self.default_empty_text = self.tr(
            "Geen O/E-cijfers van praktijken voor dit specialisme en jaar. De zorggroep "
            "voegt de exports van de praktijken samen; een praktijk leest het "
            "benchmarkpakket van de zorggroep in (Zorggroep-export)."
        )
        self._add_empty_state(self.default_empty_text)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.view.sigResized.connect(lambda *_: self._place_label())
        self.setMinimumSize(420, 300)

    def set_empty_text(self, text: str) -> None:
        """What the chart says while there is nothing to draw ('' for its own default)."""
        self.empty_label.setText(text or self.default_empty_text)

    def show_funnel(self, funnel: Funnel | None) -> None:
        """Draw a funnel; None or one without points shows the empty-state text."""
        self.funnel = funnel
        self.points = list(funnel.points) if funnel is not None else []
        self._show_empty(not self.points)
        if funnel is None or not self.points:
            self.dots.setData(x=[], y=[])
            self.self_dot.setData(x=[], y=[])
            self.self_label.hide()
            for pair in self.limit_curves.values():
                for curve in pair:
                    curve.setData(x=[], y=[])
            self.legend.setText("")
            return
        for level, (lower, upper) in self.limit_curves.items():
            low, high = funnel.limits[level]
            lower.setData(x=funnel.grid, y=np.asarray(low, dtype=float))
            upper.setData(x=funnel.grid, y=np.asarray(high, dtype=float))
        others = [p for p in self.points if not p.practice.is_self]
        own = [p for p in self.points if p.practice.is_self]
        self.dots.setData(
            x=[p.expected for p in others],
            y=[p.ratio for p in others],
            brush=[pg.mkBrush(self.colour(p)) for p in others],
        )
        self.self_dot.setData(
            x=[p.expected for p in own],
            y=[p.ratio for p in own],
            brush=[pg.mkBrush(self.colour(p)) for p in own],
        )
        self.self_label.setText(own[0].practice.label if own else "")
        self.self_label.setVisible(bool(own))
        self._set_ranges(funnel)
        self._place_label()
        entries = [
            ("●", NEUTRAL_COLOUR, self.tr("binnen de trechter")),
            ("●", ABOVE_COLOUR, self.tr("boven de 95 %-grens")),
            ("●", BELOW_COLOUR, self.tr("onder de 95 %-grens")),
            ("╌╌", LIMIT_95_COLOUR, self.tr("95 %-grenzen")),
            ("━━", LIMIT_998_COLOUR, self.tr("99,8 %-grenzen")),
        ]
        if own:
            entries.append(("◆", SELF_OUTLINE, self.tr("eigen praktijk")))
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp; ".join(legend_item(s, c, unbroken(t)) for s, c, t in entries)
        )

    def _set_ranges(self, funnel: Funnel) -> None:
        """E over the grid; O/E around 1, the points and the 99,8 % limits at the points."""
        self.view.setXRange(float(funnel.grid[0]), float(funnel.grid[-1]), padding=0)
        values = [1.0] + [p.ratio for p in self.points]
        for p in self.points:
            values += [v for v in funnel.point_limits[p.practice.key][0.998] if math.isfinite(v)]
        lo, hi = min(values), max(values)
        pad = max((hi - lo) * 0.08, 0.05)
        self.view.setYRange(max(lo - pad, 0.0), hi + pad, padding=0)

    def _place_label(self) -> None:
        """The own practice's name right of its dot, else left of it, else above or below it."""
        own = self.self_point()
        if own is None or self.is_empty:
            return
        (x_lo, x_hi), (y_lo, y_hi) = self.view.viewRange()
        x_pixel, y_pixel = self.view.viewPixelSize()
        x_pixel = x_pixel or (x_hi - x_lo) / 400
        y_pixel = y_pixel or (y_hi - y_lo) / 300
        box = self.self_label.boundingRect()
        width, height = box.width() * x_pixel, box.height() * y_pixel
        right = own.expected + LABEL_GAP * x_pixel
        left = own.expected - LABEL_GAP * x_pixel
        if right + width <= x_hi:
            self.self_label.setAnchor((0, 0.5))
            self.self_label.setPos(right, own.ratio)
        elif left - width >= x_lo:
            self.self_label.setAnchor((1, 0.5))
            self.self_label.setPos(left, own.ratio)
        else:  # too narrow either side: centred over the dot, kept inside the plot
            x = min(max(own.expected - width / 2, x_lo + 2 * x_pixel), x_hi - width)
            above = own.ratio + (SELF_SIZE / 2 + 2) * y_pixel
            if above + height <= y_hi:
                self.self_label.setAnchor((0, 1))
                self.self_label.setPos(x, above)
            else:
                self.self_label.setAnchor((0, 0))
                self.self_label.setPos(x, own.ratio - (SELF_SIZE / 2 + 2) * y_pixel)

    # -- what tests and the hover handler read ---------------------------------------------------

    def colour(self, point: FunnelPoint) -> str:
        """Grey inside the 95 % funnel, red above it, blue below it."""
        assert self.funnel is not None
        return SIGNAL_COLOURS.get(self.funnel.position(point, 0.95), NEUTRAL_COLOUR)

    def self_point(self) -> FunnelPoint | None:
        return next((p for p in self.points if p.practice.is_self), None)

    def drawn_points(self) -> list[tuple[float, float]]:
        """(E, O/E) of every dot on the plot, the own practice's included."""
        return [
            (float(x), float(y))
            for item in (self.dots, self.self_dot)
            for x, y in zip(item.data["x"], item.data["y"], strict=True)
        ]

    def tooltip_for(self, point: FunnelPoint) -> str:
        """ "Praktijk A\nwaargenomen (O) 219\nverwacht (E) 168,4\nO/E 1,30 (95 %-interval …)"."""
        assert self.funnel is not None
        ratio = self.tr("O/E {0}").format(decimal(point.ratio))
        if point.low is not None and point.high is not None:
            ratio += " " + self.tr("(95 %-interval {0} tot {1})").format(
                decimal(point.low), decimal(point.high)
            )
        lines = [
            point.practice.label
            + (" " + self.tr("(eigen praktijk)") if point.practice.is_self else ""),
            self.tr("waargenomen (O): {0}").format(whole(point.observed)),
            self.tr("verwacht (E): {0}").format(decimal(point.expected, 1)),
            ratio,
            position_text(self.funnel, point),
        ]
        if point.source:
            source = {
                VEKTIS: self.tr("Vektis"),
                STANDARDISED: self.tr("berekend (referentietabel)"),
            }.get(point.source) or core_tr(point.source)
            lines.append(self.tr("bron: {0}").format(source))
        return "\n".join(lines)

    def points_at(self, x: float, y: float) -> list[FunnelPoint]:
        """The dots within a few pixels of a plot position, nearest first (own practice on a tie).

        Practices with (nearly) the same E and O/E overlap; the tooltip names them all.
        """
        if self.is_empty or not self.points:
            return []
        here = self.view.mapViewToScene(QPointF(x, y))
        near = []
        for point in self.points:
            there = self.view.mapViewToScene(QPointF(point.expected, point.ratio))
            distance = math.hypot(there.x() - here.x(), there.y() - here.y())
            if distance <= HIT_PIXELS:
                near.append((distance, not point.practice.is_self, point))
        return [point for *_, point in sorted(near, key=lambda n: (n[0], n[1]))]

    def point_at(self, x: float, y: float) -> FunnelPoint | None:
        """The dot nearest to a plot position, if the mouse is within a few pixels of it."""
        near = self.points_at(x, y)
        return near[0] if near else None

    def tooltip_at(self, x: float, y: float) -> str:
        return "\n\n".join(self.tooltip_for(point) for point in self.points_at(x, y))
