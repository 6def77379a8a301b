"""The conversation charts as a user sees them: the Positive Health radar and the monthly bars."""

from datetime import date

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolTip

from plusdesk.gui.charts.conversations import (
    SERIES_COLOURS,
    MonthlyChart,
    RadarChart,
    RadarSeries,
    wrap_label,
)
from plusdesk.gui.charts.timeline import DutchDateAxis, to_x

AXES = [
    "Lichaamsfuncties",
    "Mentaal welbevinden",
    "Zingeving",
    "Kwaliteit van leven",
    "Meedoen",
    "Dagelijks functioneren",
]
FIRST = RadarSeries("Eerste gesprek 12-03-2022", [4, 3, 5, 4, 3, 5], SERIES_COLOURS[0])
LATEST = RadarSeries("Laatste gesprek 04-09-2025", [6, 6, 7, 6, 5, None], SERIES_COLOURS[1])


@pytest.fixture
def radar(qtbot) -> RadarChart:
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(420, 380)
    chart.set_series(AXES, [FIRST, LATEST])
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.fixture
def monthly(qtbot) -> MonthlyChart:
    chart = MonthlyChart()
    qtbot.addWidget(chart)
    chart.resize(640, 300)
    # April 2024 is a gap: no conversations that month.
    months = [date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1), date(2024, 5, 1)]
    chart.set_counts(months, [2, 1, 4, 3])
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def _distance(box: QRectF, point: QPointF) -> float:
    """How far the nearest part of a rectangle is from a point (scene pixels)."""
    dx = max(box.left() - point.x(), 0, point.x() - box.right())
    dy = max(box.top() - point.y(), 0, point.y() - box.bottom())
    return (dx**2 + dy**2) ** 0.5


def test_polygon_starts_at_the_top_and_runs_clockwise(radar: RadarChart) -> None:
    radar.set_series(AXES, [RadarSeries("Test", [10, 0, 5, 5, 5, 5], SERIES_COLOURS[0])])
    points = radar.polygon_points(0)
    assert len(points) == 6
    assert points[0] == pytest.approx((0, 10), abs=1e-9)  # straight up, on the outer ring
    assert points[1] == pytest.approx((0, 0), abs=1e-9)  # a 0 lies in the centre
    x, y = points[2]  # the third axis: clockwise, so right of and below the centre
    assert x > 0 and y < 0
    assert (x**2 + y**2) ** 0.5 == pytest.approx(5)
    assert points[3] == pytest.approx((0, -5), abs=1e-9)  # the fourth of six: straight down
    assert radar.dot_points(0) == points


def test_a_missing_score_has_no_dot_and_the_polygon_skips_it(radar: RadarChart) -> None:
    assert len(radar.dot_points(1)) == 5
    assert len(radar.polygon_points(1)) == 5
    assert radar.polygon_points(1)[-1] == pytest.approx(radar.point(4, 5))  # Meedoen, then closed
    assert len(radar.polygon_points(0)) == 6


def test_fewer_than_two_scores_show_only_dots(radar: RadarChart) -> None:
    one = RadarSeries("Eén score", [None, 7, None, None, None, None], SERIES_COLOURS[0])
    radar.set_series(AXES, [one])
    assert radar.polygon_points(0) == []
    assert not radar.polygon_items[0].isVisible()
    assert radar.dot_points(0) == [pytest.approx(radar.point(1, 7))]
    assert not radar.dot_items[1].isVisible()  # the second series of before is gone


def test_series_are_drawn_in_their_own_colour(radar: RadarChart) -> None:
    for n, series in enumerate([FIRST, LATEST]):
        pen = radar.polygon_items[n].pen().color()
        fill = radar.polygon_items[n].brush().color()
        assert QColor(pen).name() == series.colour
        assert QColor(fill.rgb()).name() == series.colour and 0 < fill.alpha() < 128


def test_scale_has_rings_two_to_ten_and_a_round_fixed_picture(radar: RadarChart) -> None:
    assert [label.toPlainText() for label in radar.ring_labels] == ["2", "4", "6", "8", "10"]
    assert radar.view.state["aspectLocked"] == 1
    assert radar.view.state["mouseEnabled"] == [False, False]
    assert not radar.plot_item.getAxis("left").isVisible()
    assert not radar.plot_item.getAxis("bottom").isVisible()
    width, height = radar.view.viewPixelSize()
    assert width == pytest.approx(height)  # the circle stays round


def test_axis_labels_are_outside_the_ring_and_not_clipped(radar: RadarChart) -> None:
    texts = [label.toPlainText().replace("\n", " ") for label in radar.axis_labels]
    assert texts == AXES
    view = radar.view.sceneBoundingRect()
    for label in radar.axis_labels:
        box = label.sceneBoundingRect()
        assert view.contains(box), label.toPlainText()
    centre = radar.view.mapViewToScene(QPointF(0, 0))
    radius = centre.y() - radar.view.mapViewToScene(QPointF(0, 10)).y()
    assert radius > 90  # still a usable size at 420 × 380
    for label in radar.axis_labels:
        assert _distance(label.sceneBoundingRect(), centre) > radius, label.toPlainText()


def test_legend_names_the_conversations(radar: RadarChart) -> None:
    assert radar.legend_entries == [
        ("Eerste gesprek 12-03-2022", SERIES_COLOURS[0]),
        ("Laatste gesprek 04-09-2025", SERIES_COLOURS[1]),
    ]
    assert "Laatste gesprek 04-09-2025" in radar.legend.text()
    assert radar.legend.isVisible()


def test_tooltip_names_dimension_score_and_conversation(radar: RadarChart) -> None:
    assert radar.tooltip_for(0, 1) == "Mentaal welbevinden: 3 — Eerste gesprek 12-03-2022"
    x, y = radar.point(1, 6)
    assert radar.tooltip_at(x, y) == "Mentaal welbevinden: 6 — Laatste gesprek 04-09-2025"
    assert radar.tooltip_at(0, 0) == ""  # the centre: no dot there
    assert radar.tooltip_at(*radar.point(2, 5)) == "Zingeving: 5 — Eerste gesprek 12-03-2022"


def test_equal_scores_name_both_conversations(radar: RadarChart) -> None:
    same = RadarSeries("Laatste gesprek 04-09-2025", [4, 3, 5, 4, 3, 5], SERIES_COLOURS[1])
    radar.set_series(AXES, [FIRST, same])
    assert radar.tooltip_at(*radar.point(2, 5)) == (
        "Zingeving: 5 — Eerste gesprek 12-03-2022\nZingeving: 5 — Laatste gesprek 04-09-2025"
    )


# Showing a tooltip makes the offscreen platform plugin say this; it is not our code.
@pytest.mark.qt_log_ignore("^This plugin does not support raise")
def test_hovering_a_dot_shows_its_tooltip(radar: RadarChart, qtbot) -> None:
    qtbot.mouseMove(radar.plot.viewport(), radar.widget_pos(*radar.point(1, 6)))
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=1000)
    assert QToolTip.text() == "Mentaal welbevinden: 6 — Laatste gesprek 04-09-2025"


def test_no_series_shows_the_empty_text(qtbot) -> None:
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.set_series(AXES, [])
    chart.show()
    assert chart.is_empty and chart.empty_label.isVisible()
    assert chart.empty_label.text() == "Nog geen scores vastgelegd."
    assert not chart.plot.isVisible() and not chart.legend.isVisible()
    chart.set_series(AXES, [FIRST])
    assert not chart.empty_label.isVisible() and chart.plot.isVisible()


def test_scores_must_match_the_axes(radar: RadarChart) -> None:
    with pytest.raises(ValueError):
        radar.set_series(AXES, [RadarSeries("Kort", [1, 2], SERIES_COLOURS[0])])


def test_long_labels_go_on_two_lines() -> None:
    assert wrap_label("Dagelijks functioneren") == "Dagelijks\nfunctioneren"
    assert wrap_label("Kwaliteit van leven") == "Kwaliteit\nvan leven"
    assert wrap_label("Zingeving") == "Zingeving"


def test_one_bar_per_month_and_gaps_are_empty(monthly: MonthlyChart) -> None:
    assert monthly.bar_months() == [date(2024, m, 1) for m in (1, 2, 3, 5)]
    assert monthly.bar_heights() == [2, 1, 4, 3]
    assert date(2024, 4, 1) not in monthly.bar_months()
    x0, x1 = monthly.bars.opts["x0"], monthly.bars.opts["x1"]
    assert x0[2] == to_x(date(2024, 3, 1)) and x1[2] == to_x(date(2024, 4, 1))  # a month wide
    assert list(monthly.bars.opts["height"]) == [2, 1, 4, 3]
    assert isinstance(monthly.plot_item.getAxis("bottom"), DutchDateAxis)


def test_month_tooltip_counts_in_dutch(monthly: MonthlyChart) -> None:
    assert monthly.tooltip_at(date(2024, 3, 1)) == "maart 2024: 4 gesprekken"
    assert monthly.tooltip_at(date(2024, 2, 17)) == "februari 2024: 1 gesprek"
    assert monthly.tooltip_at(date(2024, 4, 1)) == "april 2024: 0 gesprekken"  # the gap
    assert monthly.tooltip_at(date(2023, 12, 1)) == ""  # before the chart


def test_y_axis_counts_whole_conversations(monthly: MonthlyChart) -> None:
    left = monthly.plot_item.getAxis("left")
    assert left.labelText == "gesprekken"
    assert [v for v, _ in left._tickLevels[0]] == [0, 1, 2, 3, 4]
    assert monthly.view.state["mouseEnabled"] == [False, False]


# Showing a tooltip makes the offscreen platform plugin say this; it is not our code.
@pytest.mark.qt_log_ignore("^This plugin does not support raise")
def test_hovering_a_bar_shows_its_month(monthly: MonthlyChart, qtbot) -> None:
    middle = (to_x(date(2024, 3, 1)) + to_x(date(2024, 4, 1))) / 2
    qtbot.mouseMove(monthly.plot.viewport(), monthly.widget_pos(middle, 2))
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=1000)
    assert QToolTip.text() == "maart 2024: 4 gesprekken"


def test_no_conversations_shows_the_empty_text(qtbot) -> None:
    chart = MonthlyChart()
    qtbot.addWidget(chart)
    chart.set_counts([], [])
    chart.show()
    assert chart.is_empty and chart.empty_label.isVisible()
    assert chart.empty_label.text() == "Nog geen gesprekken in deze periode."
    assert not chart.plot.isVisible()
    chart.set_counts([date(2024, 1, 1)], [0])
    assert chart.is_empty
    chart.set_counts([date(2024, 1, 1)], [5])
    assert not chart.empty_label.isVisible() and chart.plot.isVisible()
    assert chart.bar_heights() == [5]


def test_counts_must_match_the_months(monthly: MonthlyChart) -> None:
    with pytest.raises(ValueError):
        monthly.set_counts([date(2024, 1, 1)], [1, 2])
