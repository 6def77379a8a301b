"""The referral charts as a user sees them: the SPC trend, before/after and the O/E forest plot."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd
import pytest
from PySide6.QtWidgets import QToolTip

from plusdesk.core.referral_figures import TREND_COLUMNS, BeforeAfter, Marker
from plusdesk.core.referral_oe import OE_COLUMNS
from plusdesk.core.stats import ITSResult
from plusdesk.gui.charts.referral_forest import (
    ABOVE_COLOUR,
    BELOW_COLOUR,
    NEUTRAL_COLOUR,
    ForestChart,
    axis_label,
)
from plusdesk.gui.charts.referrals import BeforeAfterChart, TrendChart, period_label
from plusdesk.gui.charts.timeline import to_x

MONTHS = pd.period_range("2024-01", "2024-12", freq="M")
COUNTS = [10, 12, 9, 11, 25, 10, 6, 5, 7, 2, 6, 5]
PATIENTS = 5000.0
DZ02 = "Verbeterplannen voor specialismen boven verwachting"
MARKERS = [
    Marker(date(2023, 5, 1), "DZ-01 gestart", "DZ-01", "start", "Benchmarking"),  # before
    Marker(date(2024, 7, 1), "DZ-02 gestart", "DZ-02", "start", DZ02),
    Marker(date(2024, 10, 14), "DZ-02 geïmplementeerd", "DZ-02", "geïmplementeerd", DZ02),
]


def trend_frame() -> pd.DataFrame:
    """Twelve months in two segments (re-based in July): one concern, two improvements."""
    rate = np.array(COUNTS) / PATIENTS * 1000
    centre = np.r_[np.full(6, 2.6), np.full(6, 1.0333)]
    frame = pd.DataFrame(
        {
            "count": COUNTS,
            "patients": PATIENTS,
            "rate": rate,
            "expected_rate": [1.5] * 12,
            "centre": centre,
            "lower": np.r_[np.full(6, 0.0), np.full(6, 0.1)],
            "upper": np.r_[np.full(6, 4.8), np.full(6, 2.2)],
            "segment": [0] * 6 + [1] * 6,
            "rule": [""] * 4 + ["buiten de grenzen"] + [""] * 4 + ["2 van 3 voorbij 2σ"] * 2 + [""],
            "direction": [""] * 4 + ["concern"] + [""] * 4 + ["improvement"] * 2 + [""],
        },
        index=MONTHS,
    )
    return frame[list(TREND_COLUMNS)]


@pytest.fixture
def trend(qtbot) -> TrendChart:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(900, 420)
    chart.set_trend(trend_frame(), "M", MARKERS)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_the_trend_draws_every_month_in_the_middle_of_the_month(trend: TrendChart) -> None:
    points = trend.points()
    assert [p for p, _ in points] == list(MONTHS)
    assert [round(r, 2) for _, r in points] == [round(c / 5, 2) for c in COUNTS]
    xs, ys = trend.rate_curve.getData()
    assert len(xs) == 12 and list(ys) == [r for _, r in points]
    assert to_x(date(2024, 1, 1)) < xs[0] < to_x(date(2024, 2, 1))
    assert not trend.is_empty


def test_centre_and_limits_are_steps_per_segment(trend: TrendChart) -> None:
    steps = trend.limit_steps()
    assert len(steps) == 2
    (x0, x1, centre, lower, upper), second = steps
    assert (x0, x1) == (to_x(date(2024, 1, 1)), to_x(date(2024, 7, 1)))
    assert (centre, lower, upper) == (2.6, 0.0, 4.8)
    assert second[:2] == (to_x(date(2024, 7, 1)), to_x(date(2025, 1, 1)))
    assert second[2:] == (1.0333, 0.1, 2.2)
    xs, ys = trend.expected_curve.getData()
    assert trend.expected_curve.isVisible() and len(xs) == 24 and set(ys) == {1.5}


def test_special_causes_are_orange_for_a_concern_and_blue_for_an_improvement(
    trend: TrendChart,
) -> None:
    assert trend.signal_periods("concern") == [pd.Period("2024-05", "M")]
    assert trend.signal_periods("improvement") == list(
        pd.period_range("2024-10", periods=2, freq="M")
    )
    assert len(trend.signal_points["concern"].data) == 1
    assert len(trend.signal_points["improvement"].data) == 2
    assert "bijzondere variatie: zorgpunt" in trend.legend_entries
    assert "bijzondere variatie: verbetering" in trend.legend_entries


def test_markers_inside_the_period_get_a_line_with_a_short_label(trend: TrendChart) -> None:
    assert trend.marker_labels() == ["DZ-02", "DZ-02 ✓"]
    shown = [line for line in trend.marker_lines if line.isVisible()]
    assert [line.value() for line in shown] == [to_x(date(2024, 7, 1)), to_x(date(2024, 10, 14))]
    assert trend.marker_tooltip(MARKERS[1]) == f"DZ-02 {DZ02}\ngestart op 01-07-2024"
    assert trend.tooltip_at(to_x(date(2024, 10, 14)), 1.0) == (
        f"DZ-02 {DZ02}\ngeïmplementeerd op 14-10-2024"
    )
    assert "start interventie" in trend.legend_entries


def test_a_point_tooltip_gives_the_exact_values_with_a_decimal_comma(trend: TrendChart) -> None:
    assert trend.tooltip_for(4) == (
        "mei 2024\n25 verwijzingen\n5,00 per 1.000 patiënten (praktijk: 5.000 patiënten)\n"
        "verwacht: 1,50 per 1.000\ngemiddelde 2,60; grenzen 0,00 tot 4,80\n"
        "bijzondere variatie (zorgpunt): buiten de grenzen"
    )
    # anywhere in the month's column, away from a marker line
    assert trend.tooltip_at(to_x(date(2024, 5, 20)), 0.2) == trend.tooltip_for(4)
    assert trend.tooltip_at(to_x(date(2025, 3, 1)), 1.0) == ""


# Showing a tooltip makes the offscreen platform plugin say this; it is not our code.
@pytest.mark.qt_log_ignore("^This plugin does not support raise")
def test_hovering_a_point_shows_its_tooltip(trend: TrendChart, qtbot) -> None:
    row = 2
    qtbot.mouseMove(trend.plot.viewport(), trend.widget_pos(trend.period_x(row), COUNTS[row] / 5))
    qtbot.waitUntil(QToolTip.isVisible, timeout=1000)
    assert QToolTip.text() == trend.tooltip_for(row)
    assert QToolTip.text().startswith("maart 2024\n9 verwijzingen\n1,80 per 1.000")


def test_another_subject_reuses_the_plot_items(trend: TrendChart) -> None:
    items = list(trend.plot_item.items)
    other = trend_frame().assign(rate=lambda f: f["rate"] / 2, rule="", direction="", segment=0)
    trend.set_trend(other, "M", MARKERS)
    assert list(trend.plot_item.items) == items
    assert trend.signal_periods("concern") == []
    assert len(trend.signal_points["concern"].data) == 0
    assert trend.points()[4][1] == pytest.approx(2.5)
    assert len(trend.limit_steps()) == 1


def test_quarters_are_labelled_as_quarters(qtbot) -> None:
    assert period_label(pd.Period("2025Q3", "Q")) == "3e kwartaal 2025"
    assert period_label(pd.Period("2025-09", "M")) == "september 2025"


def test_without_referrals_the_trend_says_what_to_do(qtbot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_trend(pd.DataFrame(columns=list(TREND_COLUMNS)), "M", MARKERS)
    assert chart.is_empty
    assert "Nog geen verwijzingen" in chart.empty_label.text()
    assert "Importeren…" in chart.empty_label.text()
    assert chart.points() == [] and chart.marker_labels() == []
    assert chart.tooltip_at(to_x(date(2024, 5, 1)), 1) == ""


# --- before/after ------------------------------------------------------------------------------


def before_after_result() -> BeforeAfter:
    frame = trend_frame()
    fitted = pd.Series(np.r_[np.linspace(12, 10, 6), np.linspace(6, 5, 6)], index=MONTHS)
    counterfactual = pd.Series(np.r_[np.full(6, np.nan), np.linspace(9.8, 9, 6)], index=MONTHS)
    result = ITSResult(
        *(0.6, 0.4, 0.9, 0.98, 0.9, 1.05, 0.01, 0.6, 6, 6),
        fitted=fitted,
        counterfactual=counterfactual,
        dispersion=1.0,
    )
    return BeforeAfter("0322", date(2024, 7, 1), "M", result, frame, "Na de start lag het lager.")


@pytest.fixture
def before_after(qtbot) -> BeforeAfterChart:
    chart = BeforeAfterChart()
    qtbot.addWidget(chart)
    chart.resize(900, 420)
    chart.set_result(before_after_result(), "start DZ-02")
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_before_after_draws_points_model_and_counterfactual(
    before_after: BeforeAfterChart,
) -> None:
    xs, ys = before_after.observed.getData()
    assert len(xs) == 12 and list(ys) == pytest.approx([c / 5 for c in COUNTS])
    fx, fy = before_after.fitted_curve.getData()
    assert len(fx) == 13 and math.isnan(fx[6])  # broken at the start: a jump is allowed
    assert fy[0] == pytest.approx(12 / 5)  # fitted counts drawn as rates per 1,000
    cx, cy = before_after.counterfactual_curve.getData()
    assert len(cx) == 6 and cx[0] == xs[6] and cy[0] == pytest.approx(9.8 / 5)
    assert before_after.start_line.value() == to_x(date(2024, 7, 1))
    assert before_after.start_line.label.toPlainText() == "start DZ-02"
    assert before_after.tooltip_for(7) == (
        "augustus 2024\nwaargenomen: 1,00 per 1.000 (5 verwijzingen)\nmodel: 1,16 per 1.000\n"
        "zonder de interventie: 1,93 per 1.000"
    )
    assert "trend van vóór de start, doorgetrokken" in before_after.legend_entries


def test_before_after_shows_a_message_instead_of_a_chart(before_after: BeforeAfterChart) -> None:
    before_after.clear("Te weinig gegevens voor een vergelijking.")
    assert before_after.is_empty
    assert before_after.empty_label.text() == "Te weinig gegevens voor een vergelijking."
    assert before_after.tooltip_at(to_x(date(2024, 5, 1)), 1) == ""
    before_after.clear()
    assert "Kies een interventie" in before_after.empty_label.text()


# --- forest plot ---------------------------------------------------------------------------------


def oe_rows() -> pd.DataFrame:
    rows = [
        ("0316", "Kindergeneeskunde (0316)", "specialism", 61, 37.8, 1.614, 1.234, 2.073, "boven"),
        ("GGZ", "GGZ (groep)", "group", 223, 220.0, 1.014, 0.885, 1.156, None),
        ("0302", "Keel-, neus- en oorheelkunde (0302)", "specialism", 87, 116.7, 0.745, 0.6,
         0.92, "onder"),
    ]  # fmt: skip
    return pd.DataFrame(
        [(*r, "Vektis" if r[0] == "0316" else "standaardisatie") for r in rows],
        columns=list(OE_COLUMNS),
    )


@pytest.fixture
def forest(qtbot) -> ForestChart:
    chart = ForestChart()
    qtbot.addWidget(chart)
    chart.resize(700, 400)
    chart.set_rows(oe_rows())
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_the_forest_keeps_the_order_and_colours_by_signal(forest: ForestChart) -> None:
    assert forest.row_labels() == [
        "Kindergeneeskunde (0316)",
        "GGZ (groep)",
        "Keel-, neus- en oorheelkunde (0302)",
    ]
    assert forest.row_colours() == [ABOVE_COLOUR, NEUTRAL_COLOUR, BELOW_COLOUR]
    ticks = forest.plot_item.getAxis("left")._tickLevels[0]
    assert [text for _, text in ticks] == [
        "Kindergeneeskunde",
        "GGZ (groep)",
        "Keel-, neus- en oorheelkunde",
    ]
    xs, ys = forest.dots.getData()
    assert list(ys) == [0, 1, 2]
    assert xs[0] == pytest.approx(math.log10(1.614))
    wx, wy = forest.whiskers["boven"].getData()
    assert list(wx) == pytest.approx([math.log10(1.234), math.log10(2.073)])
    assert list(wy) == [0, 0]
    assert forest.one_line.value() == 0  # log10(1)
    bottom = [text for _, text in forest.plot_item.getAxis("bottom")._tickLevels[0]]
    assert "1" in bottom and all("." not in t for t in bottom)


def test_a_forest_row_tooltip_gives_observed_expected_and_interval(forest: ForestChart) -> None:
    assert forest.tooltip_for(0) == (
        "Kindergeneeskunde (0316)\nwaargenomen 61, verwacht 37,8\n"
        "O/E 1,61 (95 %-interval 1,23 tot 2,07)\nboven verwachting\nbron: Vektis"
    )
    assert forest.tooltip_at(forest.dot_x(2), 2.2).startswith("Keel-, neus- en oorheelkunde")
    assert "niet duidelijk anders" in forest.tooltip_for(1)
    assert forest.tooltip_at(0, 5) == ""


def test_the_forest_without_rows_says_what_to_do(qtbot) -> None:
    chart = ForestChart()
    qtbot.addWidget(chart)
    chart.set_rows(pd.DataFrame(columns=list(OE_COLUMNS)))
    assert chart.is_empty
    assert "Praktijkomvang…" in chart.empty_label.text()
    assert "Vektis-cijfers…" in chart.empty_label.text()


def test_axis_labels_leave_out_the_code() -> None:
    assert axis_label("Longziekten (0322)") == "Longziekten"
    assert axis_label("Code 9400") == "Code 9400"
    assert axis_label("GGZ (groep)") == "GGZ (groep)"
