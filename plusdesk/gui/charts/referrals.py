"""Referral charts: the SPC trend with intervention markers and the before/after comparison.

They draw what `core.referral_figures` computed (a `trend` frame, a `BeforeAfter`); the O/E
forest plot is in `referral_forest`, what they share in `referral_base`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

# isort: split
# pyqtgraph picks the Qt binding that is already imported: PySide6 must come first.
import numpy as np
import pandas as pd
import pyqtgraph as pg

from plusdesk.core.clock import format_date
from plusdesk.core.referral_figures import BeforeAfter, Marker
from plusdesk.gui.charts.common import labelled_line
from plusdesk.gui.charts.referral_base import (
    CENTRE_COLOUR,
    COMMON_COLOUR,
    CONCERN_COLOUR,
    COUNTERFACTUAL_COLOUR,
    DIRECTION_WORDS,
    EXPECTED_COLOUR,
    FITTED_COLOUR,
    HIT_PIXELS,
    IMPROVEMENT_COLOUR,
    LABEL_ROW,
    LIMIT_COLOUR,
    LINE_COLOUR,
    MARKER_COLOUR,
    ReferralChart,
    chart_font,
    period_edges,
    period_label,
    step_line,
)
from plusdesk.gui.charts.timeline import to_x
from plusdesk.gui.numbers import decimal, whole

__all__ = ["BeforeAfterChart", "TrendChart", "decimal", "period_label"]


def _marker_line(marker: Marker) -> pg.InfiniteLine:
    pen = pg.mkPen(MARKER_COLOUR, width=1.2)
    line = labelled_line(pen, marker.code, MARKER_COLOUR, chart_font(8.5, bold=True), 0.97, 230)
    line.setZValue(5)
    return line


class TrendChart(ReferralChart):
    """Referrals per 1,000 patients per month or quarter: an XmR chart with intervention markers.

    Points with special-cause variation are orange (a concern: more referrals) or blue (an
    improvement); the centre line and limits are drawn per segment; the expected rate (from
    the reference table) is a dashed green step line. Switching subjects reuses every item.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "Nog geen verwijzingen. Lees een export uit het HIS in via Importeren… op het "
                "tabblad Imports."
            ),
            parent,
        )
        self.setAccessibleName(self.tr("Trend van de verwijzingen"))
        self.frame = pd.DataFrame()
        self.freq = "M"
        self.markers: list[Marker] = []
        self.starts = self.ends = self.mids = np.array([])
        self.expected_curve = pg.PlotDataItem(
            pen=pg.mkPen(EXPECTED_COLOUR, width=2, style=Qt.PenStyle.DashLine), connect="finite"
        )
        self.centre_curve = pg.PlotDataItem(
            pen=pg.mkPen(CENTRE_COLOUR, width=1.5), connect="finite"
        )
        limit_pen = pg.mkPen(LIMIT_COLOUR, width=1.2, style=Qt.PenStyle.DashLine)
        self.upper_curve = pg.PlotDataItem(pen=limit_pen, connect="finite")
        self.lower_curve = pg.PlotDataItem(pen=limit_pen, connect="finite")
        self.rate_curve = pg.PlotDataItem(
            # Width 1: a wider antialiased zigzag is stroked slowly (40 instead of 15 ms a paint).
            pen=pg.mkPen(LINE_COLOUR, width=1),
            symbol="o",
            symbolSize=6,
            symbolBrush=pg.mkBrush(COMMON_COLOUR),
            symbolPen=pg.mkPen(COMMON_COLOUR),
            connect="finite",
        )
        self.signal_points: dict[str, pg.ScatterPlotItem] = {}
        for z, (direction, colour) in enumerate(
            (("concern", CONCERN_COLOUR), ("improvement", IMPROVEMENT_COLOUR))
        ):
            item = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(colour), pen=pg.mkPen("w", width=1))
            item.setZValue(12 + z)
            self.signal_points[direction] = item
        for z, item in enumerate(
            (self.expected_curve, self.lower_curve, self.upper_curve, self.centre_curve)
        ):
            item.setZValue(z)
            self.plot.addItem(item)
        self.rate_curve.setZValue(10)
        self.plot.addItem(self.rate_curve)
        for item in self.signal_points.values():
            self.plot.addItem(item)
        self.marker_lines: list[pg.InfiniteLine] = []
        self.shown_markers: list[Marker] = []
        self.view.sigResized.connect(self._place_marker_labels)

    # -- drawing ---------------------------------------------------------------------------------

    def set_trend(self, frame: pd.DataFrame, freq: str, markers: Sequence[Marker] = ()) -> None:
        """Draw a `referral_figures.trend` frame; markers outside its periods are left out."""
        self.frame, self.freq = frame, freq
        rate = frame["rate"].to_numpy(dtype=float) if len(frame) else np.array([])
        if not len(frame) or np.isnan(rate).all():
            self.starts = self.ends = self.mids = np.array([])
            self.shown_markers = []
            for line in self.marker_lines:
                line.setVisible(False)
            self.empty_label.setText(self.no_data_text)
            self._show_empty(True)
            return
        self.starts, self.ends = period_edges(frame.index)
        self.mids = (self.starts + self.ends) / 2
        self.rate_curve.setData(self.mids, rate)
        directions = frame["direction"].to_numpy()
        for direction, item in self.signal_points.items():
            mask = directions == direction
            item.setData(x=self.mids[mask], y=rate[mask])
        segments = frame["segment"].to_numpy()
        cuts = np.flatnonzero(np.diff(segments)) + 1
        first = np.concatenate([[0], cuts])
        last = np.concatenate([cuts - 1, [len(frame) - 1]])
        for column, curve in (
            ("centre", self.centre_curve),
            ("upper", self.upper_curve),
            ("lower", self.lower_curve),
        ):
            values = frame[column].to_numpy(dtype=float)
            xs = np.column_stack([self.starts[first], self.ends[last], np.full(len(first), np.nan)])
            ys = np.column_stack([values[first], values[first], np.full(len(first), np.nan)])
            curve.setData(xs.ravel(), ys.ravel())
        expected = frame["expected_rate"].to_numpy(dtype=float)
        has_expected = not np.isnan(expected).all()
        self.expected_curve.setVisible(has_expected)
        if has_expected:
            self.expected_curve.setData(*step_line(self.starts, self.ends, expected))
        lo, hi = float(self.starts[0]), float(self.ends[-1])
        self._x_range(lo, hi)
        top = np.nanmax(np.concatenate([rate, frame["upper"].to_numpy(dtype=float), expected]))
        top = float(top) if np.isfinite(top) and top > 0 else 1.0
        self.shown_markers = [m for m in markers if lo <= to_x(m.date) <= hi]
        self.markers = list(markers)
        # Room above the data for the marker labels, one row for each level of staggering.
        headroom = 0.12 + (0.16 if self.shown_markers else 0)
        # A little below 0, so the axis shows its 0 and a lower limit at 0 stays visible.
        self.view.setYRange(-0.03 * top, top * (1 + headroom), padding=0)
        unit = self.tr("maand") if freq == "M" else self.tr("kwartaal")
        self._set_value_label(self.tr("per 1.000 patiënten per {0}").format(unit))
        self._draw_markers()
        self._show_empty(False)
        self._legend(has_expected)

    def _draw_markers(self) -> None:
        for n, marker in enumerate(self.shown_markers):
            if n == len(self.marker_lines):
                line = _marker_line(marker)
                self.plot.addItem(line, ignoreBounds=True)
                self.marker_lines.append(line)
            line = self.marker_lines[n]
            line.label.setFormat(marker.code if marker.kind == "start" else f"{marker.code} ✓")
            style = Qt.PenStyle.SolidLine if marker.kind == "start" else Qt.PenStyle.DotLine
            line.setPen(pg.mkPen(MARKER_COLOUR, width=1.2, style=style))
            line.setPos(to_x(marker.date))
            # Labels run to the right: a line further left lies on top, so its label stays
            # readable where it crosses the next line.
            line.setZValue(5 + (len(self.shown_markers) - n) / 100)
            line.setVisible(True)
        for line in self.marker_lines[len(self.shown_markers) :]:
            line.setVisible(False)
        self._place_marker_labels()

    def _place_marker_labels(self) -> None:
        """Stagger labels that would overlap; near the right edge a label goes left of its line."""
        lines = self.marker_lines[: len(self.shown_markers)]
        width_units, _ = self.view.viewPixelSize()
        box = self.view.boundingRect()
        if not lines or not width_units or box.height() < 40:
            return
        (x_lo, _x_hi), _ = self.view.viewRange()
        metrics = QFontMetrics(chart_font(8.5, bold=True))
        ends: list[float] = []  # per level: where the last label there ends (pixels)
        for line in sorted(lines, key=lambda item: item.value()):
            x = (line.value() - x_lo) / width_units
            width = metrics.horizontalAdvance(line.label.toPlainText()) + 8
            left = x + width > box.width()
            span = (x - width, x) if left else (x, x + width)
            level = next((k for k, end in enumerate(ends) if end + 3 < span[0]), len(ends))
            if level == len(ends):
                ends.append(span[1])
            ends[level] = span[1]
            side = (1, 0.5) if left else (0, 0.5)
            line.label.anchors = [side, side]
            line.label.setPosition(1 - (10 + min(level, 5) * LABEL_ROW) / box.height())
            line.label.updatePosition()

    def _legend(self, has_expected: bool) -> None:
        unit = self.tr("maand") if self.freq == "M" else self.tr("kwartaal")
        entries = [
            (
                "━●━",
                COMMON_COLOUR,
                self.tr("verwijzingen per 1.000 patiënten per {0}").format(unit),
            ),
            ("━━", CENTRE_COLOUR, self.tr("gemiddelde")),
            ("╌╌", LIMIT_COLOUR, self.tr("grenzen van de gewone variatie")),
        ]
        directions = set(self.frame["direction"])
        if "concern" in directions:
            entries.append(("●", CONCERN_COLOUR, self.tr("bijzondere variatie: zorgpunt")))
        if "improvement" in directions:
            entries.append(("●", IMPROVEMENT_COLOUR, self.tr("bijzondere variatie: verbetering")))
        if has_expected:
            entries.append(("╌╌", EXPECTED_COLOUR, self.tr("verwacht (referentietabel)")))
        if any(m.kind == "start" for m in self.shown_markers):
            entries.append(("│", MARKER_COLOUR, self.tr("start interventie")))
        if any(m.kind != "start" for m in self.shown_markers):
            entries.append(("┊", MARKER_COLOUR, self.tr("geïmplementeerd (✓)")))
        self._set_legend(entries)

    # -- what tests and the hover handler read ---------------------------------------------------

    def points(self) -> list[tuple[pd.Period, float]]:
        """The drawn rates as (period, rate), oldest first."""
        if self.is_empty:
            return []
        return list(zip(self.frame.index, self.frame["rate"].astype(float), strict=True))

    def signal_periods(self, direction: str) -> list[pd.Period]:
        """The periods highlighted as special cause in one direction ("concern"/"improvement")."""
        if self.is_empty:
            return []
        return list(self.frame.index[self.frame["direction"].to_numpy() == direction])

    def limit_steps(self) -> list[tuple[float, float, float, float, float]]:
        """Per segment: (x start, x end, centre, lower, upper) as drawn."""
        xs, centre = self.centre_curve.getData()
        _, lower = self.lower_curve.getData()
        _, upper = self.upper_curve.getData()
        if self.is_empty or xs is None:
            return []
        return [(xs[i], xs[i + 1], centre[i], lower[i], upper[i]) for i in range(0, len(xs), 3)]

    def marker_labels(self) -> list[str]:
        """The labels of the visible marker lines, by date."""
        return [line.label.toPlainText() for line in self.marker_lines if line.isVisible()]

    def marker_tooltip(self, marker: Marker) -> str:
        """ "DZ-02 Verbeterplannen …\ngestart op 09-11-2021"."""
        when = format_date(marker.date)
        if marker.kind == "start":
            what = self.tr("gestart op {0}").format(when)
        else:
            what = self.tr("geïmplementeerd op {0}").format(when)
        return f"{marker.code} {marker.title}\n{what}"

    def tooltip_for(self, row: int) -> str:
        """The hover text of one period: counts, rate, expected, limits and any signal."""
        period = self.frame.index[row]
        r = self.frame.iloc[row]
        count = int(r["count"])
        lines = [
            period_label(period),
            self.tr("1 verwijzing") if count == 1 else self.tr("{0} verwijzingen").format(count),
            self.tr("{0} per 1.000 patiënten (praktijk: {1} patiënten)").format(
                decimal(r["rate"]), whole(r["patients"])
            ),
        ]
        if not math.isnan(r["expected_rate"]):
            lines.append(self.tr("verwacht: {0} per 1.000").format(decimal(r["expected_rate"])))
        if not math.isnan(r["upper"]):
            lines.append(
                self.tr("gemiddelde {0}; grenzen {1} tot {2}").format(
                    decimal(r["centre"]), decimal(r["lower"]), decimal(r["upper"])
                )
            )
        rule, direction = r["rule"], r["direction"]
        if rule:
            words = DIRECTION_WORDS.get(direction, direction)
            lines.append(
                self.tr("bijzondere variatie ({0}): {1}").format(
                    QCoreApplication.translate("charts", words),
                    QCoreApplication.translate("rules", rule),
                )
            )
        return "\n".join(lines)

    def marker_at(self, x: float) -> Marker | None:
        width_units, _ = self.view.viewPixelSize()
        reach = HIT_PIXELS * (width_units or 0)
        near = [m for m in self.shown_markers if abs(to_x(m.date) - x) <= reach]
        return min(near, key=lambda m: abs(to_x(m.date) - x), default=None)

    def tooltip_at(self, x: float, y: float) -> str:
        """A marker line's title and date when on one; else the values of the period at x."""
        if self.is_empty:
            return ""
        marker = self.marker_at(x)
        if marker is not None:
            return self.marker_tooltip(marker)
        row = int(np.searchsorted(self.ends, x, side="right"))
        if 0 <= row < len(self.starts) and self.starts[row] <= x:
            return self.tooltip_for(row)
        return ""

    def period_x(self, row: int) -> float:
        """The x value of a period's point (its middle)."""
        return float(self.mids[row])


class BeforeAfterChart(ReferralChart):
    """Observed rates, the fitted segmented model and the counterfactual after a start date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "Kies een interventie en een specialisme of groep om de verwijzingen vóór en na "
                "de start te vergelijken."
            ),
            parent,
        )
        self.setAccessibleName(self.tr("Verwijzingen vóór en na de start"))
        self.result: BeforeAfter | None = None
        self.start_label = ""
        self.rates = self.fitted = self.counterfactual = np.array([])
        self.observed = pg.ScatterPlotItem(
            size=7, brush=pg.mkBrush(COMMON_COLOUR), pen=pg.mkPen("w", width=1)
        )
        self.fitted_curve = pg.PlotDataItem(
            pen=pg.mkPen(FITTED_COLOUR, width=2.5), connect="finite"
        )
        self.counterfactual_curve = pg.PlotDataItem(
            pen=pg.mkPen(COUNTERFACTUAL_COLOUR, width=2, style=Qt.PenStyle.DashLine),
            connect="finite",
        )
        for z, item in enumerate((self.counterfactual_curve, self.fitted_curve, self.observed)):
            item.setZValue(z + 1)
            self.plot.addItem(item)
        self.start_line = labelled_line(
            pg.mkPen(MARKER_COLOUR, width=1.5),
            "",
            MARKER_COLOUR,
            chart_font(8.5, bold=True),
            0.96,
            230,
        )
        self.plot.addItem(self.start_line, ignoreBounds=True)
        self.starts = self.ends = self.mids = np.array([])

    def set_result(self, result: BeforeAfter, start_label: str = "") -> None:
        """Draw a `before_after` result; `start_label` names the start line ("start DZ-02")."""
        self.result, self.start_label = result, start_label
        frame = result.trend
        self.starts, self.ends = period_edges(frame.index)
        self.mids = (self.starts + self.ends) / 2
        patients = frame["patients"].to_numpy(dtype=float)
        per_rate = not np.isnan(patients).any()
        scale = 1000 / patients if per_rate else np.ones(len(frame))
        # The model fits counts with the list size as exposure: drawn as rates like the points.
        self.rates = frame["count"].to_numpy(dtype=float) * scale
        self.fitted = result.result.fitted.to_numpy(dtype=float) * scale
        self.counterfactual = result.result.counterfactual.to_numpy(dtype=float) * scale
        pos = result.result.n_before
        self.observed.setData(x=self.mids, y=self.rates)
        # The line breaks at the start: the model allows a jump in level there.
        xs = np.concatenate([self.mids[:pos], [np.nan], self.mids[pos:]])
        ys = np.concatenate([self.fitted[:pos], [np.nan], self.fitted[pos:]])
        self.fitted_curve.setData(xs, ys)
        self.counterfactual_curve.setData(self.mids[pos:], self.counterfactual[pos:])
        lo, hi = float(self.starts[0]), float(self.ends[-1])
        self._x_range(lo, hi)
        x = to_x(result.start)
        side = (1, 0.5) if x > lo + 0.85 * (hi - lo) else (0, 0.5)
        self.start_line.label.anchors = [side, side]
        self.start_line.label.setFormat(start_label or self.tr("start"))
        self.start_line.setPos(x)
        self.start_line.label.updatePosition()
        top = np.nanmax(np.concatenate([self.rates, self.fitted, self.counterfactual]))
        top = float(top) if np.isfinite(top) and top > 0 else 1.0
        self.view.setYRange(-0.03 * top, top * 1.15, padding=0)
        unit = self.tr("maand") if result.freq == "M" else self.tr("kwartaal")
        if per_rate:
            self._set_value_label(self.tr("per 1.000 patiënten per {0}").format(unit))
        else:
            self._set_value_label(self.tr("verwijzingen per {0}").format(unit))
        self._set_legend(
            [
                ("●", COMMON_COLOUR, self.tr("waargenomen")),
                ("━━", FITTED_COLOUR, self.tr("model vóór en na de start")),
                ("╌╌", COUNTERFACTUAL_COLOUR, self.tr("trend van vóór de start, doorgetrokken")),
                ("│", MARKER_COLOUR, self.tr("start")),
            ]
        )
        self._show_empty(False)

    def clear(self, message: str = "") -> None:
        """Nothing to draw: show `message` (or the default text)."""
        self.result = None
        self.show_message(message or self.default_empty_text)

    def tooltip_for(self, row: int) -> str:
        """The hover text of one period: observed, model and the model without the start."""
        assert self.result is not None
        frame = self.result.trend
        count = int(frame["count"].iloc[row])
        per_rate = not frame["patients"].isna().any()
        unit = self.tr(" per 1.000") if per_rate else ""
        lines = [
            period_label(frame.index[row]),
            self.tr("waargenomen: {0}{1} ({2})").format(
                decimal(self.rates[row]),
                unit,
                self.tr("1 verwijzing")
                if count == 1
                else self.tr("{0} verwijzingen").format(count),
            ),
            self.tr("model: {0}{1}").format(decimal(self.fitted[row]), unit),
        ]
        if not math.isnan(self.counterfactual[row]):
            lines.append(
                self.tr("zonder de interventie: {0}{1}").format(
                    decimal(self.counterfactual[row]), unit
                )
            )
        return "\n".join(lines)

    def tooltip_at(self, x: float, y: float) -> str:
        if self.result is None or self.is_empty:
            return ""
        row = int(np.searchsorted(self.ends, x, side="right"))
        if 0 <= row < len(self.starts) and self.starts[row] <= x:
            return self.tooltip_for(row)
        return ""
