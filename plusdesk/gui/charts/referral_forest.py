"""The O/E forest plot: observed against expected referrals per specialism and code group.

One row per subject, in the order given (`referral_oe.oe_table` puts the highest ratio first):
a dot at O/E with its exact 95 % interval as a whisker, on a logarithmic axis around 1.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

# isort: split
# pyqtgraph picks the Qt binding that is already imported: PySide6 must come first.
import numpy as np
import pandas as pd
import pyqtgraph as pg

from plusdesk.gui.charts.common import (
    MUTED,
    TEXT_COLOUR,
    HoverTooltips,
    legend_label,
    static_plot,
    style_axes,
)
from plusdesk.gui.charts.empty import EmptyState
from plusdesk.gui.charts.referral_base import chart_font, legend_item
from plusdesk.gui.charts.timeline import shorten
from plusdesk.gui.numbers import decimal
from plusdesk.gui.translations import core_tr

ABOVE_COLOUR = "#c0392b"
BELOW_COLOUR = "#0072b2"
NEUTRAL_COLOUR = "#80868b"
ONE_COLOUR = "#3c4043"
ROW_LINE = "#eceff2"
SIGNAL_COLOURS = {"boven": ABOVE_COLOUR, "onder": BELOW_COLOUR, None: NEUTRAL_COLOUR}
# Tick values on the logarithmic axis; those too close to a neighbour are left out.
TICKS = (0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 7, 10)
TICK_PIXELS = 40  # at least this far apart
SHOWN = (0.1, 10.0)  # ratios outside are drawn at the edge (the tooltip has the exact value)
ROW_PIXELS = 22
LABEL_MAX = 32
VEKTIS = "Vektis"


@dataclass(frozen=True)
class ForestRow:
    """One subject as drawn."""

    label: str
    kind: str
    observed: int
    expected: float
    ratio: float
    low: float
    high: float
    signal: str | None
    source: str

    @property
    def colour(self) -> str:
        return SIGNAL_COLOURS.get(self.signal, NEUTRAL_COLOUR)


def axis_label(label: str) -> str:
    """A subject's label on the y axis: without its code, "Longziekten" (the tooltip has it)."""
    name = re.sub(r" \(\d{4}\)$", "", label)
    return shorten(name, LABEL_MAX)


def _log(value: float) -> float:
    return math.log10(min(max(value, SHOWN[0]), SHOWN[1]))


class ForestChart(EmptyState, HoverTooltips, QWidget):
    """O/E per subject with 95 % whiskers; above expected red, below blue, otherwise grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("background: white;")
        self.setAccessibleName(self.tr("Waargenomen gedeeld door verwacht per specialisme"))
        self.rows: list[ForestRow] = []
        self.legend = legend_label()
        self.plot, self.plot_item, self.view = static_plot(margins=(4, 8, 16, 4))
        self.view.invertY(True)
        style_axes(self.plot_item, ("left", "bottom"), chart_font(9.5))
        self.plot_item.getAxis("left").setStyle(tickLength=0)
        self.plot_item.setLabel("bottom", self.tr("O/E (1 = zoals verwacht)"), color=TEXT_COLOUR)
        self.plot_item.getAxis("bottom").label.setFont(chart_font(10))
        self.plot_item.getAxis("bottom").enableAutoSIPrefix(False)
        self.plot_item.showGrid(x=True, alpha=0.10)
        self.row_lines = pg.PlotCurveItem(pen=pg.mkPen(ROW_LINE), connect="pairs")
        self.row_lines.setZValue(-10)
        self.plot.addItem(self.row_lines)
        self.one_line = pg.InfiniteLine(
            pos=0.0, angle=90, movable=False, pen=pg.mkPen(ONE_COLOUR, width=1.2)
        )
        self.one_line.setZValue(-5)
        self.plot.addItem(self.one_line, ignoreBounds=True)
        self.whiskers: dict[str | None, pg.PlotCurveItem] = {}
        for signal, colour in SIGNAL_COLOURS.items():
            whisker = pg.PlotCurveItem(pen=pg.mkPen(colour, width=2), connect="pairs")
            whisker.setZValue(1)
            self.plot.addItem(whisker)
            self.whiskers[signal] = whisker
        self.dots = pg.ScatterPlotItem(size=10, pen=pg.mkPen("w", width=1.2))
        self.dots.setZValue(2)
        self.plot.addItem(self.dots)

        self.default_empty_text = self.tr(
            "Nog geen O/E te berekenen voor dit jaar. Lees verwijzingen in (Imports), vul "
            "de praktijkomvang per leeftijdsgroep en geslacht in (Praktijkomvang…) en zorg "
            "voor een referentietabel, of voer de cijfers uit de Vektis Praktijkspiegel in "
            "(Vektis-cijfers…)."
        )
        self._add_empty_state(self.default_empty_text)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.view.sigResized.connect(lambda *_: self.rows and self._set_ticks())
        self.setMinimumSize(360, 240)

    def set_empty_text(self, text: str) -> None:
        """What the chart says while there is no O/E to draw ('' for its own default)."""
        self.empty_label.setText(text or self.default_empty_text)

    def set_rows(self, table: pd.DataFrame) -> None:
        """Draw an `oe_table` frame, its first row at the top."""
        self.rows = [
            ForestRow(
                str(core_tr(r.label)),  # a subject as the window's language names it
                str(r.kind),
                int(r.observed),
                float(r.expected),
                float(r.ratio),
                float(r.low),
                float(r.high),
                r.signal if isinstance(r.signal, str) else None,
                str(r.source),
            )
            for r in table.itertuples(index=False)
        ]
        n = len(self.rows)
        self._show_empty(n == 0)
        self.setMinimumHeight(max(240, 90 + ROW_PIXELS * n))
        if not n:
            return
        for signal, whisker in self.whiskers.items():
            mine = [(y, r) for y, r in enumerate(self.rows) if r.signal == signal]
            xs = [v for _, r in mine for v in (_log(r.low), _log(r.high))]
            ys = [float(y) for y, _ in mine for _ in (0, 1)]
            whisker.setData(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float))
        self.dots.setData(
            x=[_log(r.ratio) for r in self.rows],
            y=list(range(n)),
            brush=[pg.mkBrush(r.colour) for r in self.rows],
            symbol=["s" if r.source == VEKTIS else "o" for r in self.rows],
        )
        left = self.plot_item.getAxis("left")
        labels = [(y, axis_label(r.label)) for y, r in enumerate(self.rows)]
        left.setTicks([labels, []])
        metrics = QFontMetrics(left.style["tickFont"])
        left.setWidth(max(metrics.horizontalAdvance(text) for _, text in labels) + 14)
        edges = [y + 0.5 for y in range(n - 1)]
        values = [v for r in self.rows for v in (r.low, r.high, r.ratio) if v > 0]
        lo = min(min(values, default=1.0), 0.8)
        hi = max(max(values, default=1.0), 1.25)
        x_lo, x_hi = _log(lo) - 0.06, _log(hi) + 0.06
        self.view.setXRange(x_lo, x_hi, padding=0)
        self.view.setYRange(-0.7, n - 0.3, padding=0)
        self.row_lines.setData(
            x=np.tile([x_lo - 1, x_hi + 1], len(edges)).astype(float),
            y=np.repeat(edges, 2).astype(float),
        )
        self._set_ticks()
        entries = [
            ("●", ABOVE_COLOUR, self.tr("boven verwachting")),
            ("●", BELOW_COLOUR, self.tr("onder verwachting")),
            ("●", NEUTRAL_COLOUR, self.tr("niet duidelijk anders")),
            ("━", NEUTRAL_COLOUR, self.tr("95 %-interval")),
        ]
        legend = [legend_item(s, c, t) for s, c, t in entries]
        if any(r.source == VEKTIS for r in self.rows):
            legend.append(
                f'<span style="color: {MUTED}; white-space: nowrap;">'
                + self.tr("■ cijfers uit Vektis, ● berekend met de referentietabel")
                + "</span>"
            )
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(legend))

    def _set_ticks(self) -> None:
        """Ticks at round ratios, 1 always, others only where they have room."""
        (x_lo, x_hi), _ = self.view.viewRange()
        width = self.view.boundingRect().width() or 300.0
        per_unit = width / max(x_hi - x_lo, 1e-9)
        inside = [t for t in TICKS if x_lo <= math.log10(t) <= x_hi]
        kept = [1.0]
        for t in sorted(inside, key=lambda t: abs(math.log10(t))):
            if all(abs(math.log10(t) - math.log10(k)) * per_unit >= TICK_PIXELS for k in kept):
                kept.append(t)
        ticks = [(math.log10(t), decimal(t).rstrip("0").removesuffix(",")) for t in sorted(kept)]
        self.plot_item.getAxis("bottom").setTicks([ticks, []])

    # -- what tests and the hover handler read ---------------------------------------------------

    def row_labels(self) -> list[str]:
        return [r.label for r in self.rows]

    def row_colours(self) -> list[str]:
        return [r.colour for r in self.rows]

    def tooltip_for(self, row: int) -> str:
        """ "Longziekten (0322)\nwaargenomen 77, verwacht 56,3\nO/E 1,37 (95 %-interval …)"."""
        r = self.rows[row]
        verdict = {
            "boven": self.tr("boven verwachting"),
            "onder": self.tr("onder verwachting"),
        }.get(r.signal or "", self.tr("niet duidelijk anders dan verwacht"))
        source = self.tr("Vektis") if r.source == VEKTIS else self.tr("berekend (referentietabel)")
        return "\n".join(
            [
                r.label,
                self.tr("waargenomen {0}, verwacht {1}").format(r.observed, decimal(r.expected, 1)),
                self.tr("O/E {0} (95 %-interval {1} tot {2})").format(
                    decimal(r.ratio), decimal(r.low), decimal(r.high)
                ),
                verdict,
                self.tr("bron: {0}").format(source),
            ]
        )

    def row_at(self, y: float) -> int | None:
        n = round(y)
        return n if 0 <= n < len(self.rows) and abs(y - n) <= 0.5 else None

    def tooltip_at(self, x: float, y: float) -> str:
        row = self.row_at(y)
        return "" if row is None or self.is_empty else self.tooltip_for(row)

    def dot_x(self, row: int) -> float:
        """Where a row's dot is drawn on the (logarithmic) x axis."""
        return _log(self.rows[row].ratio)

    def _hovers(self, pos: QPointF) -> bool:
        """The plot area and the row labels left of it: a long label has its full name there."""
        left = self.plot_item.getAxis("left")
        return super()._hovers(pos) or left.sceneBoundingRect().contains(pos)
