"""What every chart is built from: the colours, a fixed plot, the legend line and marker lines."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QCursor, QFont, QPen
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget

# isort: split
# pyqtgraph picks the Qt binding that is already imported: PySide6 must come first.
import pyqtgraph as pg

from plusdesk.gui.style import pt, scaled
from plusdesk.gui.translations import core_tr

TEXT_COLOUR = "#3c4043"
AXIS_COLOUR = "#9aa0a6"
MUTED = "#5f6368"


def chart_font(points: float, bold: bool = False) -> QFont:
    """The application's font at `points` as designed, scaled with the system font size."""
    font = QFont(QApplication.font())
    font.setPointSizeF(scaled(points))
    font.setBold(bold)
    return font


def static_plot(
    axis_items: dict[str, pg.AxisItem] | None = None,
    margins: tuple[float, float, float, float] | None = None,
) -> tuple[pg.PlotWidget, pg.PlotItem, pg.ViewBox]:
    """A white plot that stays put: no frame, menu, buttons, panning, zooming or auto-range.

    The chart sets its ranges itself; `margins` (left, top, right, bottom) go around the plot
    item, None keeps pyqtgraph's own.
    """
    plot = pg.PlotWidget(background="w", axisItems=axis_items)
    plot.setFrameShape(plot.Shape.NoFrame)
    plot.setMouseTracking(True)  # hover tooltips without a button pressed
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with the keyboard: no Tab stop
    plot_item: pg.PlotItem = plot.getPlotItem()
    view: pg.ViewBox = plot_item.getViewBox()
    plot_item.setMenuEnabled(False)
    plot_item.hideButtons()
    view.setMouseEnabled(x=False, y=False)
    view.disableAutoRange()
    if margins is not None:
        plot_item.layout.setContentsMargins(*margins)
    return plot, plot_item, view


def style_axes(plot_item: pg.PlotItem, names: tuple[str, ...], tick_font: QFont) -> None:
    """The charts' axis look: grey lines, dark tick texts in `tick_font`."""
    for name in names:
        axis = plot_item.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOUR))
        axis.setTextPen(pg.mkPen(TEXT_COLOUR))
        axis.setStyle(tickFont=tick_font)


def legend_label() -> QLabel:
    """The line of legend entries above a plot (rich text, wrapping when narrow)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setContentsMargins(12, 8, 12, 0)
    label.setStyleSheet(f"color: {TEXT_COLOUR}; font-size: {pt(10)};")
    return label


def labelled_line(
    pen: QPen, text: str, colour: str, font: QFont, position: float, fill_alpha: int
) -> pg.InfiniteLine:
    """A vertical line across the plot, its label at `position` (0 bottom, 1 top) right of it.

    The label's background is white with `fill_alpha`, so it stays readable over the data.
    """
    line = pg.InfiniteLine(
        angle=90,
        movable=False,
        pen=pen,
        label=core_tr(text),
        labelOpts={
            "position": position,
            "color": colour,
            "fill": pg.mkBrush(255, 255, 255, fill_alpha),
            "anchors": [(0, 0.5), (0, 0.5)],
        },
    )
    line.label.setFont(font)
    return line


def show_tooltip(text: str, widget: QWidget) -> None:
    """Show `text` at the mouse over `widget`; hide any tooltip when it is ""."""
    if text:
        QToolTip.showText(QCursor.pos(), core_tr(text), widget)
    else:
        QToolTip.hideText()


class HoverTooltips:
    """Mixed into a chart with `plot`, `view` and `is_empty`: a tooltip for what is under the mouse.

    The chart connects `_on_mouse_moved` to its plot scene's `sigMouseMoved` and says what to
    show in `_hover_text` (by default its `tooltip_at(x, y)`, in plot coordinates).
    """

    plot: pg.PlotWidget
    view: pg.ViewBox
    is_empty: bool

    def widget_pos(self, x: float, y: float) -> QPoint:
        """A point in plot coordinates as a position on the plot's viewport (to hover or click)."""
        return self.plot.mapFromScene(self.view.mapViewToScene(QPointF(x, y)))

    def _hovers(self, pos: QPointF) -> bool:
        """Whether a scene position is where the chart has tooltips: the plot area."""
        return self.view.sceneBoundingRect().contains(pos)

    def _hover_text(self, x: float, y: float) -> str:
        return self.tooltip_at(x, y)  # type: ignore[attr-defined]

    def _on_mouse_moved(self, pos: QPointF) -> None:
        text = ""
        if not self.is_empty and self._hovers(pos):
            point = self.view.mapSceneToView(pos)
            text = self._hover_text(point.x(), point.y())
        show_tooltip(text, self.plot)
