"""The PHQ-9/GAD-7 trajectory chart of a collaborative-care case, as a user sees it."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from plusdesk.core.carecase_model import Instrument, Measure
from plusdesk.gui.charts.carecases import SERIES_COLOURS, TrajectoryChart
from plusdesk.gui.charts.timeline import DutchDateAxis, to_x

START = date(2026, 1, 12)
TODAY = date(2026, 5, 7)
REVIEWS = [date(2026, 2, 11), date(2026, 3, 23)]
PHQ9 = [
    (date(2026, 1, 12), 18),
    (date(2026, 2, 3), 14),
    (date(2026, 3, 2), 9),
    (date(2026, 4, 27), 4),
]
GAD7 = [(date(2026, 1, 12), 15), (date(2026, 3, 2), 7)]
BANDS = ["minimaal", "mild", "matig", "matig-ernstig", "ernstig"]


def _measures(instrument: Instrument, points: list[tuple[date, int]], first_id: int = 1):
    return [
        Measure(first_id + n, day, instrument, total, (), "demo")
        for n, (day, total) in enumerate(points)
    ]


def _case() -> list[Measure]:
    # Handed over out of order: the chart sorts by date.
    return list(reversed(_measures(Instrument.PHQ9, PHQ9))) + _measures(
        Instrument.GAD7, GAD7, first_id=20
    )


@pytest.fixture
def chart(qtbot) -> TrajectoryChart:
    chart = TrajectoryChart()
    qtbot.addWidget(chart)
    chart.resize(900, 420)
    chart.set_case(_case(), START, TODAY, REVIEWS)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_scores_land_on_their_dates_and_values(chart: TrajectoryChart) -> None:
    assert chart.series_points(Instrument.PHQ9) == PHQ9
    assert chart.series_points(Instrument.GAD7) == GAD7
    for instrument, points in ((Instrument.PHQ9, PHQ9), (Instrument.GAD7, GAD7)):
        xs, ys = chart.curves[instrument].getData()
        assert list(xs) == [to_x(day) for day, _ in points]
        assert list(ys) == [total for _, total in points]
        assert chart.curves[instrument].isVisible()


def test_phq9_is_solid_with_dots_and_gad7_dashed_with_other_symbols(
    chart: TrajectoryChart,
) -> None:
    phq9, gad7 = chart.curves[Instrument.PHQ9].opts, chart.curves[Instrument.GAD7].opts
    assert phq9["pen"].style() == Qt.PenStyle.SolidLine
    assert gad7["pen"].style() == Qt.PenStyle.DashLine
    assert phq9["symbol"] == "o" and gad7["symbol"] not in (None, "o")
    assert phq9["pen"].color().name() == SERIES_COLOURS[Instrument.PHQ9]
    assert gad7["pen"].color().name() == SERIES_COLOURS[Instrument.GAD7]
    assert SERIES_COLOURS[Instrument.PHQ9] != SERIES_COLOURS[Instrument.GAD7]


def test_axes_show_score_0_to_27_over_dutch_dates(chart: TrajectoryChart) -> None:
    left = chart.plot_item.getAxis("left")
    assert left.labelText == "Score"
    assert [v for v, _ in left._tickLevels[0]] == [0, 5, 10, 15, 20, 27]
    (y0, y1) = chart.view.viewRange()[1]
    assert y0 < 0 and 27 < y1 < 29  # 0 and 27 fully visible, nothing far beyond
    assert isinstance(chart.plot_item.getAxis("bottom"), DutchDateAxis)
    x0, x1 = chart.view.viewRange()[0]
    assert x0 < to_x(START) and to_x(TODAY) < x1
    assert x1 - to_x(TODAY) < 10 * 24 * 3600  # a little margin, not weeks of empty space
    assert chart.start_line.value() == to_x(START) and chart.start_line.isVisible()


def test_a_measure_after_today_stretches_the_date_axis(chart: TrajectoryChart) -> None:
    later = date(2026, 6, 1)
    chart.set_case(_measures(Instrument.PHQ9, [*PHQ9, (later, 3)]), START, TODAY)
    assert chart.view.viewRange()[0][1] > to_x(later)


def test_phq9_bands_are_labelled_lowest_first(chart: TrajectoryChart) -> None:
    assert chart.band_labels() == BANDS
    right = chart.plot_item.getAxis("right")
    assert right.isVisible()
    assert [text for _, text in right._tickLevels[0]] == BANDS
    assert [v for v, _ in right._tickLevels[0]] == [2.5, 7.5, 12.5, 17.5, 23.5]


def test_tooltip_gives_instrument_date_score_and_band(chart: TrajectoryChart) -> None:
    assert chart.tooltip_at(to_x(date(2026, 2, 3)), 14) == "PHQ-9 op 03-02-2026: 14 (matig)"
    assert chart.tooltip_at(to_x(date(2026, 4, 27)), 4) == "PHQ-9 op 27-04-2026: 4 (minimaal)"
    # GAD-7 in its own bands: 15 is ernstig there, though the background says matig-ernstig.
    assert chart.tooltip_at(to_x(date(2026, 1, 12)), 15) == "GAD-7 op 12-01-2026: 15 (ernstig)"
    assert chart.tooltip_at(to_x(date(2026, 2, 20)), 20) == ""  # between the scores
    assert chart.tooltip_at(to_x(date(2026, 2, 3)), 20) == ""  # the right day, far above


def test_equal_scores_on_one_day_are_both_named(chart: TrajectoryChart) -> None:
    both = _measures(Instrument.PHQ9, [(START, 12)]) + _measures(
        Instrument.GAD7, [(START, 12)], first_id=9
    )
    chart.set_case(both, START, TODAY)
    assert chart.tooltip_at(to_x(START), 12) == (
        "PHQ-9 op 12-01-2026: 12 (matig)\nGAD-7 op 12-01-2026: 12 (matig)"
    )


# Showing a tooltip makes the offscreen platform plugin say this; it is not our code.
@pytest.mark.qt_log_ignore("^This plugin does not support raise")
def test_hovering_a_score_shows_its_tooltip(chart: TrajectoryChart, qtbot) -> None:
    qtbot.mouseMove(chart.plot.viewport(), chart.widget_pos(to_x(date(2026, 3, 2)), 9))
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=1000)
    assert QToolTip.text() == "PHQ-9 op 02-03-2026: 9 (mild)"


def test_legend_lists_only_instruments_that_were_measured(chart: TrajectoryChart) -> None:
    assert chart.legend_entries() == ["PHQ-9", "GAD-7"]
    assert chart.legend.isVisible()
    chart.set_case(_measures(Instrument.PHQ9, PHQ9), START, TODAY)
    assert chart.legend_entries() == ["PHQ-9"]
    assert "GAD-7" not in chart.legend.text()
    assert not chart.curves[Instrument.GAD7].isVisible()
    chart.set_case(_measures(Instrument.GAD7, GAD7), START, TODAY)
    assert chart.legend_entries() == ["GAD-7"]
    assert chart.series_points(Instrument.PHQ9) == []


def test_each_psychiatrist_review_has_a_labelled_dashed_line(chart: TrajectoryChart) -> None:
    assert chart.review_dates() == REVIEWS
    for line in chart.review_lines:
        assert line.label.toPlainText() == "psychiater"
        assert line.pen.style() == Qt.PenStyle.DashLine
    chart.set_case(_case(), START, TODAY, [date(2026, 4, 1)])
    assert chart.review_dates() == [date(2026, 4, 1)]
    chart.set_case(_case(), START, TODAY)
    assert chart.review_dates() == []


def test_marker_labels_stay_inside_the_plot(chart: TrajectoryChart, qtbot) -> None:
    chart.set_case(_case(), START, TODAY, [START + timedelta(days=2), TODAY])
    qtbot.wait(10)
    plot_area = chart.view.sceneBoundingRect()
    labels = [line.label for line in chart.review_lines if line.isVisible()]
    for label in [chart.start_line.label, *labels]:
        assert plot_area.contains(label.sceneBoundingRect()), label.toPlainText()
    # A review two days after the start: its label and the start label do not overlap.
    assert not labels[0].sceneBoundingRect().intersects(chart.start_line.label.sceneBoundingRect())


def test_no_measures_shows_the_empty_text_until_there_are(qtbot) -> None:
    chart = TrajectoryChart()
    qtbot.addWidget(chart)
    chart.show()
    assert chart.is_empty and chart.empty_label.isVisible()
    assert chart.empty_label.text() == (
        "Nog geen PHQ-9 of GAD-7 gemeten. Voeg een meting toe om het verloop te zien."
    )
    assert not chart.plot.isVisible() and not chart.legend.isVisible()
    chart.set_case([], START, TODAY, REVIEWS)
    assert chart.is_empty
    chart.set_case(_case(), START, TODAY, REVIEWS)
    assert not chart.empty_label.isVisible()
    assert chart.plot.isVisible() and chart.legend.isVisible()
    chart.clear()
    assert chart.is_empty and not chart.plot.isVisible()
    assert chart.legend_entries() == [] and chart.review_dates() == []
    assert chart.series_points(Instrument.PHQ9) == []


def test_chart_is_named_for_screen_readers(chart: TrajectoryChart) -> None:
    assert chart.accessibleName() == "Verloop PHQ-9 en GAD-7"
    assert chart.view.state["mouseEnabled"] == [False, False]
