"""The register charts as a user sees them: bars per status, clicks, tooltips, step lines."""

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolTip

from plusdesk.core import register
from plusdesk.core.interventions import Status
from plusdesk.core.register import Segment, StepSeries, TimelineRow
from plusdesk.core.validation import today
from plusdesk.gui.charts.timeline import (
    STATUS_COLOURS,
    DutchDateAxis,
    ImplementedChart,
    TimelineChart,
    step_coordinates,
    to_x,
)

TODAY = date(2024, 5, 1)
PERIOD = (date(2021, 1, 1), date(2026, 1, 1))
LONG_TITLE = "Een heel lange titel die echt niet in zijn geheel naast de tijdlijn past"

ROWS = [
    TimelineRow(
        "PE-01",
        "Samen beslissen",
        "PE",
        "Patiënt empowerment",
        "catalogus",
        (
            Segment(Status.VOORBEREIDING, date(2021, 3, 1), date(2021, 6, 1)),
            Segment(Status.GESTART, date(2021, 6, 1), date(2022, 1, 10)),
            Segment(Status.GEIMPLEMENTEERD, date(2022, 1, 10), None),
        ),
    ),
    TimelineRow("PE-02", LONG_TITLE, "PE", "Patiënt empowerment", "catalogus", ()),
    TimelineRow(
        "DZ-01",
        "Doelmatig voorschrijven",
        "DZ",
        "Doelmatige zorg",
        "catalogus",
        (
            Segment(Status.GESTART, date(2022, 2, 1), date(2023, 4, 2)),
            Segment(Status.GESTOPT, date(2023, 4, 2), None),
        ),
    ),
]
SERIES = [
    StepSeries(
        "PE",
        "Patiënt empowerment",
        6,
        ((date(2021, 1, 1), 0), (date(2022, 1, 10), 1), (date(2023, 5, 1), 2)),
    ),
    StepSeries("DZ", "Doelmatige zorg", 4, ((date(2021, 1, 1), 0),)),
]


@pytest.fixture
def timeline(qtbot) -> TimelineChart:
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(1000, 500)
    chart.set_data(ROWS, PERIOD, TODAY)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.fixture
def steps(qtbot) -> ImplementedChart:
    chart = ImplementedChart()
    qtbot.addWidget(chart)
    chart.resize(1000, 500)
    chart.set_data(SERIES, PERIOD, TODAY)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def colour_of(item) -> str:
    return QColor(item.opts["brush"].color()).name()


def test_one_bar_per_status_period_in_the_status_colour(timeline: TimelineChart) -> None:
    assert [(b.code, b.status) for b in timeline.bars] == [
        ("PE-01", Status.VOORBEREIDING),
        ("PE-01", Status.GESTART),
        ("PE-01", Status.GEIMPLEMENTEERD),
        ("DZ-01", Status.GESTART),
        ("DZ-01", Status.GESTOPT),
    ]
    gestart = timeline.bar_items[Status.GESTART]
    assert len(gestart.opts["x0"]) == 2
    for status, item in timeline.bar_items.items():
        assert item.isVisible()
        assert colour_of(item) == STATUS_COLOURS[status]
    assert len({STATUS_COLOURS[b.status] for b in timeline.bars}) == 4
    assert not timeline.is_empty


def test_rows_top_to_bottom_with_code_and_shortened_title(timeline: TimelineChart) -> None:
    ticks = timeline.plot_item.getAxis("left")._tickLevels[0]
    assert [n for n, _ in ticks] == [0, 1, 2]
    assert ticks[0][1] == "PE-01 Samen beslissen"
    assert ticks[1][1].startswith("PE-02 Een heel lange titel")
    assert ticks[1][1].endswith("…") and len(ticks[1][1]) <= 42
    assert timeline.view.yInverted()  # row 0 at the top


def test_an_open_period_runs_until_today(timeline: TimelineChart) -> None:
    implemented = next(b for b in timeline.bars if b.status is Status.GEIMPLEMENTEERD)
    assert implemented.end is None
    assert implemented.x0 == to_x(date(2022, 1, 10))
    assert implemented.x1 == to_x(TODAY)
    assert timeline.today_line.value() == to_x(TODAY)
    assert timeline.today_line.label.toPlainText() == "vandaag"


def test_programme_years_are_labelled(timeline: TimelineChart) -> None:
    labels = [text for _, text in timeline.years_axis._tickLevels[0]]
    assert labels == ["jaar 1", "jaar 2", "jaar 3", "jaar 4", "jaar 5"]


def test_legend_names_the_statuses_in_dutch(timeline: TimelineChart) -> None:
    texts = [text for text, _ in timeline.legend_entries]
    assert texts == ["in voorbereiding", "gestart (pilot)", "geïmplementeerd", "geborgd", "gestopt"]
    assert "geen balk: nog niet gestart" in timeline.legend.text()
    assert timeline.legend.isVisible()


def test_clicking_a_bar_emits_its_code(timeline: TimelineChart, qtbot) -> None:
    bar = next(b for b in timeline.bars if b.code == "DZ-01" and b.status is Status.GESTOPT)
    with qtbot.waitSignal(timeline.interventionClicked, timeout=1000) as blocker:
        qtbot.mouseClick(
            timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=timeline.bar_center(bar)
        )
    assert blocker.args == ["DZ-01"]


def test_clicking_an_empty_row_or_its_label_emits_its_code(timeline: TimelineChart, qtbot) -> None:
    inside = timeline.widget_pos(to_x(date(2023, 1, 1)), 1)
    with qtbot.waitSignal(timeline.interventionClicked, timeout=1000) as blocker:
        qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=inside)
    assert blocker.args == ["PE-02"]
    axis = timeline.plot_item.getAxis("left").sceneBoundingRect()
    first_row = timeline.view.mapViewToScene(QPointF(0, 0)).y()
    label = timeline.plot.mapFromScene(QPointF(axis.center().x(), first_row))
    with qtbot.waitSignal(timeline.interventionClicked, timeout=1000) as blocker:
        qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=label)
    assert blocker.args == ["PE-01"]


def test_right_click_or_click_beside_the_rows_emits_nothing(timeline: TimelineChart, qtbot) -> None:
    bar = timeline.bars[0]
    above = timeline.widget_pos(bar.x0, -1.0)  # the strip above the first row
    with qtbot.assertNotEmitted(timeline.interventionClicked):
        qtbot.mouseClick(
            timeline.plot.viewport(), Qt.MouseButton.RightButton, pos=timeline.bar_center(bar)
        )
        qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=above)


def test_tooltip_names_title_status_and_period(timeline: TimelineChart) -> None:
    y = 0
    closed = timeline.tooltip_at(to_x(date(2021, 8, 1)), y)
    assert closed == "PE-01 Samen beslissen\ngestart (pilot)\nvan 01-06-2021 t/m 09-01-2022"
    still = timeline.tooltip_at(to_x(date(2024, 1, 1)), y)
    assert still == "PE-01 Samen beslissen\ngeïmplementeerd\nsinds 10-01-2022"
    assert timeline.tooltip_at(to_x(date(2021, 1, 15)), y) == ""  # before the first status
    assert timeline.tooltip_at(to_x(date(2023, 1, 1)), 1) == ""  # niet gestart: no bar
    assert timeline.tooltip_at(to_x(date(2021, 8, 1)), 0.45) == ""  # between the rows


def test_empty_timeline_says_how_to_fill_it(qtbot) -> None:
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.set_data(
        [TimelineRow("PE-01", "Samen beslissen", "PE", "Patiënt empowerment", "catalogus", ())],
        PERIOD,
        TODAY,
    )
    chart.show()
    assert chart.is_empty
    assert chart.empty_label.isVisible()
    assert not chart.plot.isVisible()
    assert chart.empty_label.text().startswith("Nog geen statussen vastgelegd.")
    chart.set_data(ROWS, PERIOD, TODAY)
    assert not chart.empty_label.isVisible() and chart.plot.isVisible()


def test_refresh_replaces_the_bars(timeline: TimelineChart) -> None:
    timeline.set_data(ROWS[:1], PERIOD, TODAY)
    assert len(timeline.bars) == 3
    assert not timeline.bar_items[Status.GESTOPT].isVisible()
    assert len(timeline.bar_items[Status.GESTART].opts["x0"]) == 1


def test_step_lines_end_today_at_the_current_count(steps: ImplementedChart) -> None:
    assert steps.current_counts() == {"PE": 2, "DZ": 0}
    xs, ys = steps.curves["PE"].getData()
    assert xs[-1] == to_x(TODAY)
    assert list(ys) == [0, 0, 1, 1, 2, 2]
    assert list(xs[:3]) == [
        to_x(date(2021, 1, 1)),
        to_x(date(2022, 1, 10)),
        to_x(date(2022, 1, 10)),
    ]
    ticks = [v for v, _ in steps.plot_item.getAxis("left")._tickLevels[0]]
    assert ticks == [0, 1, 2, 3, 4, 5, 6]
    assert steps.plot_item.getAxis("left").labelText == "aantal geïmplementeerd"


def test_step_legend_shows_domains_with_totals(steps: ImplementedChart) -> None:
    texts = [text for text, _ in steps.legend_entries]
    assert texts == ["Patiënt empowerment (2 van 6)", "Doelmatige zorg (0 van 4)"]
    colours = [colour for _, colour in steps.legend_entries]
    assert len(set(colours)) == 2
    assert QColor(steps.curves["PE"].opts["pen"].color()).name() == colours[0]


def test_refresh_keeps_the_curves(steps: ImplementedChart) -> None:
    curve = steps.curves["PE"]
    later = date(2024, 9, 1)
    steps.set_data(SERIES[:1], PERIOD, later)
    assert steps.curves["PE"] is curve
    assert "DZ" not in steps.curves
    assert curve.getData()[0][-1] == to_x(later)


def test_nothing_implemented_shows_the_empty_text(qtbot) -> None:
    chart = ImplementedChart()
    qtbot.addWidget(chart)
    chart.set_data([StepSeries("PE", "Patiënt empowerment", 6, ((PERIOD[0], 0),))], PERIOD, TODAY)
    chart.show()
    assert chart.is_empty
    assert chart.empty_label.text().startswith("Nog geen interventies geïmplementeerd.")


def test_step_coordinates_hold_each_count_until_the_next_change() -> None:
    xs, ys = step_coordinates([(date(2022, 1, 1), 0), (date(2022, 3, 1), 3)], date(2022, 5, 1))
    assert xs == [to_x(date(2022, m, 1)) for m in (1, 3, 3, 5)]
    assert ys == [0, 0, 3, 3]


def test_date_axis_speaks_dutch() -> None:
    axis = DutchDateAxis()
    months = [to_x(date(2024, m, 1)) for m in (3, 5, 10)]
    assert axis.tickStrings(months, 1, 30 * 24 * 3600) == ["mrt", "mei", "okt"]
    assert axis.tickStrings([to_x(date(2023, 1, 1))], 1, 365 * 24 * 3600) == ["2023"]


def test_demo_practice_has_one_row_per_active_intervention(demo_db, qtbot) -> None:
    period = register.programme_period(demo_db)
    rows = register.timeline(demo_db)
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.set_data(rows, period, today())
    steps = ImplementedChart()
    qtbot.addWidget(steps)
    steps.set_data(register.implemented_over_time(demo_db), period, today())
    assert len(chart.rows) == 18
    assert len(chart.plot_item.getAxis("left")._tickLevels[0]) == 18
    assert {b.code for b in chart.bars} <= {r.code for r in rows}
    assert not chart.is_empty and not steps.is_empty
    assert len(steps.curves) == len({r.domain_code for r in rows})


# Showing a tooltip makes the offscreen platform plugin say this; it is not our code.
@pytest.mark.qt_log_ignore("^This plugin does not support raise")
def test_hovering_a_bar_shows_its_tooltip(timeline: TimelineChart, qtbot) -> None:
    bar = next(b for b in timeline.bars if b.status is Status.GESTOPT)
    qtbot.mouseMove(timeline.plot.viewport(), timeline.bar_center(bar))
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=1000)
    assert QToolTip.text() == "DZ-01 Doelmatig voorschrijven\ngestopt\nsinds 02-04-2023"
