"""Trends on a zorggroep workspace: every practice, the group, one practice picked out."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QToolTip

from plusdesk.core.db import open_database
from plusdesk.core.exchange_views import Participant, Subject, Trend, participants, trend
from plusdesk.core.users import login
from plusdesk.gui.charts.group_trend import (
    GROUP_COLOUR,
    HIGHLIGHT_COLOUR,
    PRACTICE_COLOUR,
    GroupTrendChart,
)
from plusdesk.gui.pages.zorggroep_trends import TrendsPage

WORKSPACE_PASSWORD = "correct paard batterij"
DEMO_PASSWORD = "plusdesk-demo"
GGZ, CARDIOLOGY = "GGZ", "0320"


def open_page(qtbot, path: Path, username: str, password: str) -> TrendsPage:
    db = open_database(path)
    page = TrendsPage()
    qtbot.addWidget(page)
    page.set_session(login(db, username, password))
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def workspace(qtbot, zorggroep_file: Path):
    page = open_page(qtbot, zorggroep_file, "beheer", WORKSPACE_PASSWORD)
    yield page
    page.db.close()


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def ys(item) -> np.ndarray:
    return np.asarray(item.getData()[1], dtype=float)


def test_one_line_per_practice_and_the_group(workspace: TrendsPage) -> None:
    db, chart = workspace.db, workspace.chart
    people = participants(db)
    assert workspace.subject_combo.currentText() == "GGZ (groep)"
    expected = trend(db, GGZ)
    assert list(expected.rates.index) == [2023, 2024, 2025]  # complete years only
    assert not chart.is_empty
    assert list(chart.practice_lines) == [p.key for p in people]
    for p in people:
        line = chart.practice_lines[p.key]
        assert line.getData()[0].tolist() == [2023.0, 2024.0, 2025.0]
        np.testing.assert_allclose(ys(line), expected.rates[p.key].to_numpy(float))
        assert line.opts["pen"].color().name() == PRACTICE_COLOUR
    np.testing.assert_allclose(ys(chart.group_line), expected.group.to_numpy(float))
    assert chart.group_line.opts["pen"].color().name() == GROUP_COLOUR
    assert chart.group_line.opts["pen"].widthF() > chart.practice_lines[people[0].key].opts[
        "pen"
    ].widthF()  # fmt: skip
    ticks = chart.plot_item.getAxis("bottom")._tickLevels[0]
    assert [label for _, label in ticks] == ["2023", "2024", "2025"]
    assert "groep (gewogen gemiddelde)" in chart.legend.text()


def test_highlight_follows_the_practice_combo(workspace: TrendsPage) -> None:
    db, chart, combo = workspace.db, workspace.chart, workspace.practice_combo
    people = participants(db)
    assert [combo.itemText(n) for n in range(combo.count())] == [p.label for p in people]
    rates = trend(db, GGZ).rates
    # no own practice in a workspace: the first in the list is picked out
    assert chart.highlighted == people[0]
    np.testing.assert_allclose(ys(chart.highlight_line), rates[people[0].key].to_numpy(float))
    choose(combo, people[2].key)
    assert chart.highlighted == people[2]
    np.testing.assert_allclose(ys(chart.highlight_line), rates[people[2].key].to_numpy(float))
    assert chart.highlight_line.opts["pen"].color().name() == HIGHLIGHT_COLOUR
    assert people[2].label in chart.legend.text()
    assert people[0].label not in chart.legend.text()
    # the choice survives another subject and a refresh
    choose(workspace.subject_combo, CARDIOLOGY)
    workspace.refresh()
    assert (workspace.subject, workspace.practice) == (CARDIOLOGY, people[2].key)
    np.testing.assert_allclose(
        ys(chart.highlight_line), trend(db, CARDIOLOGY).rates[people[2].key].to_numpy(float)
    )


def test_subject_combo_changes_the_lines(workspace: TrendsPage) -> None:
    chart = workspace.chart
    before = ys(chart.group_line)
    choose(workspace.subject_combo, CARDIOLOGY)
    assert chart.trend.subject.code == CARDIOLOGY
    np.testing.assert_allclose(
        ys(chart.group_line), trend(workspace.db, CARDIOLOGY).group.to_numpy(float)
    )
    assert not np.allclose(ys(chart.group_line), before)


def test_tooltip_for_the_nearest_year(workspace: TrendsPage) -> None:
    chart, people = workspace.chart, participants(workspace.db)
    choose(workspace.practice_combo, people[1].key)
    t = trend(workspace.db, GGZ)

    def comma(value: float) -> str:
        return f"{value:.1f}".replace(".", ",")

    expected = (
        f"2024\ngroep: {comma(t.group[2024])} per 1.000\n"
        f"{people[1].label}: {comma(t.rates.loc[2024, people[1].key])} per 1.000"
    )
    assert chart._hover_text(2024.3, 5.0) == expected
    assert chart._hover_text(2023.8, 30.0) == expected
    assert chart._hover_text(2023.4, 30.0).startswith("2023\n")


# Showing a tooltip makes the offscreen platform plugin say this; it is not our code.
@pytest.mark.qt_log_ignore("^This plugin does not support raise")
def test_hovering_shows_the_tooltip(workspace: TrendsPage, qtbot) -> None:
    chart = workspace.chart
    qtbot.mouseMove(chart.plot.viewport(), chart.widget_pos(2025, 20.0))
    qtbot.waitUntil(QToolTip.isVisible, timeout=1000)
    assert QToolTip.text() == chart.tooltip_for(2025)
    assert QToolTip.text().startswith("2025\ngroep: ")


def test_a_suppressed_count_is_a_gap_and_counted_in_the_note(workspace: TrendsPage) -> None:
    db, chart, note = workspace.db, workspace.chart, workspace.note
    assert note.isVisible()
    assert "gewogen gemiddelde" in note.text() and "volledige jaren" in note.text()
    assert "weggelaten" not in note.text()
    key = participants(db)[0].key
    with db.transaction() as conn:
        conn.execute(
            "UPDATE exchange_value SET suppressed = 1, value = NULL WHERE practice = ? AND "
            "category = 'GGZ' AND period = '2024' AND indicator = 'verwijzing.jaar'",
            (key,),
        )
    workspace.refresh()
    line = ys(chart.practice_lines[key])
    assert np.isnan(line[1]) and not np.isnan(line[[0, 2]]).any()
    assert chart.practice_lines[key].opts["connect"] == "finite"  # a gap, not a bridge
    assert chart.tooltip_for(2024).endswith(": onbekend")
    assert note.text().endswith(
        "Eén praktijkjaar is weggelaten omdat het aantal verwijzingen is onderdrukt."
    )


def test_the_own_practice_is_picked_out_by_default(qtbot) -> None:
    chart = GroupTrendChart()
    qtbot.addWidget(chart)
    people = [
        Participant("self", "Eigen praktijk", "", True, "2023-01-01", "2025-12-31"),
        Participant("A", "Praktijk A", "", False, "2023-01-01", "2025-12-31"),
    ]
    rates = pd.DataFrame(
        {"self": [30.0, np.nan, 34.0], "A": [28.0, 29.0, 31.0]},
        index=pd.Index([2023, 2024, 2025], name="jaar"),
    )
    shown = Trend(Subject("0320", "Cardiologie", False), people, rates,
                  pd.Series([29.0, 29.0, 32.5], index=rates.index), 1)  # fmt: skip
    chart.show_trend(shown)
    assert chart.highlighted == people[0]
    chart.show_trend(shown, "A")
    assert chart.highlighted == people[1]
    assert chart.tooltip_for(2024) == "2024\ngroep: 29,0 per 1.000\nPraktijk A: 29,0 per 1.000"
    chart.show_trend(None)
    assert chart.is_empty and chart.practice_lines == {} and chart.highlighted is None


def test_a_pack_has_no_trends(qtbot, pack_practice_file: Path) -> None:
    page = open_page(qtbot, pack_practice_file, "demo", DEMO_PASSWORD)
    assert page.chart.is_empty
    assert page.chart.empty_label.isVisible()
    assert "benchmarkpakket bevat ze niet" in page.chart.empty_label.text()
    assert not page.subject_combo.isEnabled() and not page.practice_combo.isEnabled()
    assert not page.note.isVisible()
    assert page.chart.tooltip_at(2024, 10.0) == ""
    page.db.close()


def test_combos_are_labelled_and_keyboard_usable(workspace: TrendsPage, qtbot) -> None:
    buddies = {label.buddy(): label.text() for label in workspace.findChildren(QLabel)}
    assert buddies[workspace.subject_combo] == "&Specialisme of groep:"
    assert buddies[workspace.practice_combo] == "&Praktijk om uit te lichten:"
    assert workspace.practice_combo.accessibleName() == "Praktijk om uit te lichten"
    people = participants(workspace.db)
    workspace.practice_combo.setFocus()
    qtbot.keyClick(workspace.practice_combo, Qt.Key.Key_Down)
    assert workspace.chart.highlighted == people[1]
