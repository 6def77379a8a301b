"""Charts for keyboard and screen-reader users: no Tab stop, a name, tooltips on hover."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from plusdesk.core.register import StepSeries
from plusdesk.gui.charts.conversations import MonthlyChart, RadarChart
from plusdesk.gui.charts.timeline import ImplementedChart, TimelineChart, to_x

TODAY = date(2024, 5, 1)
PERIOD = (date(2021, 1, 1), date(2026, 1, 1))
SERIES = [
    StepSeries("PE", "Patiënt empowerment", 6, ((date(2021, 1, 1), 0), (date(2022, 1, 10), 1))),
    StepSeries("DZ", "Doelmatige zorg", 4, ((date(2021, 1, 1), 0), (date(2023, 5, 1), 2))),
]


@pytest.fixture
def steps(qtbot) -> ImplementedChart:
    chart = ImplementedChart()
    qtbot.addWidget(chart)
    chart.resize(900, 400)
    chart.set_data(SERIES, PERIOD, TODAY)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_charts_are_named_and_no_tab_stop(qtbot) -> None:
    for kind in (RadarChart, MonthlyChart, TimelineChart, ImplementedChart):
        chart = kind()
        qtbot.addWidget(chart)
        assert chart.accessibleName(), kind.__name__
        assert chart.plot.focusPolicy() == Qt.FocusPolicy.NoFocus, kind.__name__


def test_step_tooltip_gives_each_domain_count_on_that_day(steps: ImplementedChart) -> None:
    text = steps.tooltip_at(to_x(date(2022, 6, 1)), 1)
    assert text.splitlines() == [
        "01-06-2022",
        "Patiënt empowerment: 1 van 6",
        "Doelmatige zorg: 0 van 4",
    ]
    later = steps.tooltip_at(to_x(date(2023, 6, 1)), 1).splitlines()
    assert later[2] == "Doelmatige zorg: 2 van 4"
    assert steps.tooltip_at(to_x(date(2020, 6, 1)), 1) == ""  # before the period


# Showing a tooltip makes the offscreen platform plugin say this; it is not our code.
@pytest.mark.qt_log_ignore("^This plugin does not support raise")
def test_hovering_the_step_lines_shows_a_tooltip(steps: ImplementedChart, qtbot) -> None:
    qtbot.mouseMove(steps.plot.viewport(), steps.widget_pos(to_x(date(2022, 6, 1)), 1))
    qtbot.waitUntil(QToolTip.isVisible, timeout=1000)
    assert "Patiënt empowerment: 1 van 6" in QToolTip.text()
