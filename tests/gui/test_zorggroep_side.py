"""Naast elkaar: the figures of every practice for one year, checked against what they exported."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from plusdesk.core.db import Database, open_database
from plusdesk.core.exchange_views import MEASURES
from plusdesk.core.users import login
from plusdesk.gui.pages.zorggroep_side import SideBySidePage

WORKSPACE_PASSWORD = "correct paard batterij"
COLUMN = {m.key: n for n, m in enumerate(MEASURES)}


@pytest.fixture
def open_page(qtbot):
    opened: list[Database] = []

    def make(path: Path, username: str, password: str) -> SideBySidePage:
        db = open_database(path)
        opened.append(db)
        page = SideBySidePage()
        qtbot.addWidget(page)
        page.set_session(login(db, username, password))
        page.resize(1200, 750)
        page.show()
        qtbot.waitExposed(page)
        return page

    yield make
    for db in opened:
        db.close()


@pytest.fixture
def page(open_page, zorggroep_file: Path) -> SideBySidePage:
    return open_page(zorggroep_file, "beheer", WORKSPACE_PASSWORD)


def dutch(value: float, decimals: int) -> str:
    """1234.56 → "1.234,6" (written out here, not by the code under test)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def figure(db: Database, practice: str, indicator: str, year: int, category: str = ""):
    """(value, suppressed) of one exported figure; None when it is not there."""
    rows = db.query(
        "SELECT value, suppressed FROM exchange_value "
        "WHERE practice = ? AND indicator = ? AND period = ? AND category = ?",
        (practice, indicator, str(year), category),
    )
    return (rows[0]["value"], bool(rows[0]["suppressed"])) if rows else None


def shown_rows(page: SideBySidePage) -> list[str]:
    model = page.table.model()
    return [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]


def key_of(page: SideBySidePage, row: int) -> str:
    """The practice key behind a visible row (labels carry an AGB code when names repeat)."""
    label = page.table.model().headerData(row, Qt.Orientation.Vertical).removesuffix(" *")
    for r in page.db.query("SELECT key, name, agb_code FROM exchange_practice"):
        if label in (r["name"], f"{r['name']} (AGB {r['agb_code']})"):
            return r["key"]
    raise AssertionError(label)


def cell(page: SideBySidePage, row: int, measure: str) -> str:
    return page.table.model().index(row, COLUMN[measure]).data()


def complete_years(db: Database) -> list[int]:
    """Years with figures that at least one practice's file covers from 1 January to 31 December."""
    years = sorted(
        {
            int(r[0])
            for r in db.query(
                "SELECT DISTINCT period FROM exchange_value "
                "WHERE indicator IN ('gesprek.aantal_jaar', 'ggz.actief')"
            )
        },
        reverse=True,
    )
    spans = db.query("SELECT period_from, period_to FROM exchange_practice")
    return [
        y
        for y in years
        if any(s["period_from"] <= f"{y}-01-01" and s["period_to"] >= f"{y}-12-31" for s in spans)
    ]


def test_it_opens_on_the_newest_complete_year(page: SideBySidePage):
    newest = int(
        page.db.scalar(
            "SELECT max(period) FROM exchange_value WHERE indicator = 'gesprek.aantal_jaar'"
        )
    )
    expected = complete_years(page.db)[0]
    assert expected < newest  # the demo files end in the current year
    assert page.year == expected
    assert page.year_combo.currentText() == str(expected)
    texts = [page.year_combo.itemText(i) for i in range(page.year_combo.count())]
    assert texts[0] == f"{newest} (deel van het jaar)"
    assert not page.partial_label.isVisible()


def test_conversations_per_1000_are_computed_from_the_exports(page: SideBySidePage):
    year = page.year
    rows = shown_rows(page)
    assert rows[-1] == "Groep (mediaan)"
    rates = []
    for row in range(len(rows) - 1):
        key = key_of(page, row)
        count, hidden_count = figure(page.db, key, "gesprek.aantal_jaar", year)
        size, hidden_size = figure(page.db, key, "praktijk.omvang", year)
        assert not hidden_count and not hidden_size
        rate = count / size * 1000
        rates.append(rate)
        assert cell(page, row, "gesprekken_per_1000") == dutch(rate, 1)
        assert cell(page, row, "omvang") == dutch(size, 0)
        assert "." in cell(page, row, "omvang")  # six thousand and something, the Dutch way
    median_row = len(rows) - 1
    assert cell(page, median_row, "gesprekken_per_1000") == dutch(statistics.median(rates), 1)


def test_a_share_is_a_whole_percentage(page: SideBySidePage):
    year = page.year
    checked = 0
    for row in range(len(shown_rows(page)) - 1):
        key = key_of(page, row)
        followed = figure(page.db, key, "gesprek.vervolg", year)
        talked = figure(page.db, key, "gesprek.patienten_jaar", year)
        if followed[1] or talked[1]:
            continue
        assert cell(page, row, "vervolg_pct") == f"{round(followed[0] / talked[0] * 100)} %"
        checked += 1
    assert checked >= 2


def test_a_suppressed_figure_says_so_in_grey_italics(page: SideBySidePage):
    year = page.year
    hidden = page.db.query(
        "SELECT practice FROM exchange_value WHERE indicator = 'ggz.actief' AND period = ? "
        "AND suppressed = 1",
        (str(year),),
    )
    assert hidden, "the demo year has a suppressed GGZ count"
    model = page.table.model()
    keys = [key_of(page, row) for row in range(model.rowCount() - 1)]
    row = keys.index(hidden[0]["practice"])
    for measure in ("ggz_actief", "ggz_per_1000", "ggz_contact_pct"):
        index = model.index(row, COLUMN[measure])
        assert index.data() == "onderdrukt"
        assert index.data(Qt.ItemDataRole.FontRole).italic()
        assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#6b7075"
        assert "klein aantal" in index.data(Qt.ItemDataRole.ToolTipRole)
    # New cases come from another count, which was shared.
    assert cell(page, row, "ggz_nieuw") not in ("onderdrukt", "—")
    assert page.legend_label.isVisible()
    # The median is over the practices whose count is known.
    known = [
        figure(page.db, k, "ggz.actief", year)[0]
        for k in keys
        if not figure(page.db, k, "ggz.actief", year)[1]
    ]
    assert cell(page, len(keys), "ggz_actief") == dutch(statistics.median(known), 0)


def test_the_year_combo_switches_the_figures(qtbot, page: SideBySidePage):
    first = page.year
    other = next(y for y in page.years if y != first and y < first)
    page.year_combo.setCurrentIndex(page.year_combo.findData(other))
    assert page.year == other
    for row in range(len(shown_rows(page)) - 1):
        count, _ = figure(page.db, key_of(page, row), "gesprek.aantal_jaar", other)
        assert cell(page, row, "gesprekken") == dutch(count, 0)


def test_a_year_not_yet_over_is_marked_and_explained(page: SideBySidePage):
    newest = page.years[0]
    page.select_year(newest)
    note = page.partial_label
    assert note.isVisible()
    assert str(newest) in note.text() and "deel van" in note.text()
    assert all(label.endswith(" *") for label in shown_rows(page)[:-1])


def test_sorting_by_a_column_keeps_the_median_last_and_can_be_undone(qtbot, page: SideBySidePage):
    before = shown_rows(page)
    header = page.table.horizontalHeader()
    column = COLUMN["gesprekken_per_1000"]

    def click() -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    def figures() -> list[float]:
        return [
            float(cell(page, row, "gesprekken_per_1000").replace(".", "").replace(",", "."))
            for row in range(len(before) - 1)
        ]

    assert figures() != sorted(figures())  # the practices' order is not a ranking
    click()
    assert shown_rows(page)[-1] == "Groep (mediaan)"
    assert figures() == sorted(figures())
    click()
    assert shown_rows(page)[-1] == "Groep (mediaan)"
    assert figures() == sorted(figures(), reverse=True)
    click()
    assert shown_rows(page) == before


def test_the_own_practice_comes_first_in_bold(open_page, zorggroep_file: Path):
    db = open_database(zorggroep_file)
    key, name = db.query("SELECT key, name FROM exchange_practice ORDER BY key DESC LIMIT 1")[0]
    with db.transaction() as conn:
        conn.execute("UPDATE exchange_practice SET is_self = 1 WHERE key = ?", (key,))
    db.close()
    page = open_page(zorggroep_file, "beheer", WORKSPACE_PASSWORD)
    model = page.table.model()
    assert model.headerData(0, Qt.Orientation.Vertical).startswith(name)
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, COLUMN["gesprekken"]).data(Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole) is None


def test_a_pack_without_figures_shows_why(open_page, pack_practice_file: Path):
    page = open_page(pack_practice_file, "demo", "plusdesk-demo")
    assert page.is_empty
    assert page.empty_label.isVisible()
    assert "benchmarkpakket" in page.empty_label.text()
    assert not page.table.isVisible()
    assert not page.year_combo.isVisible()


def test_a_practice_file_without_a_pack_says_what_to_do(open_page, demo_file: Path):
    page = open_page(demo_file, "demo", "plusdesk-demo")
    assert page.is_empty
    assert page.empty_label.text().startswith("Lees eerst een benchmarkpakket")


def test_headers_name_the_group_and_the_measure(page: SideBySidePage):
    model = page.table.model()
    column = COLUMN["ggz_per_1000"]
    tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("GGZ: caseload per 1.000 patiënten")
    assert [group for group, _, _ in page.band.spans()] == ["Praktijk", "Gesprekken", "GGZ"]
    assert page.year_combo.accessibleName() and page.table.accessibleName()


def test_a_share_of_nothing_is_unknown_not_zero(page: SideBySidePage):
    found = page.db.query(
        "SELECT practice, period FROM exchange_value WHERE indicator = 'ggz.actief' "
        "AND value = 0 AND suppressed = 0 ORDER BY period LIMIT 1"
    )
    assert found, "a demo practice had no open GGZ cases at the end of a year"
    page.select_year(int(found[0]["period"]))
    rows = [key_of(page, row) for row in range(len(shown_rows(page)) - 1)]
    row = rows.index(found[0]["practice"])
    assert cell(page, row, "ggz_actief") == "0"
    assert cell(page, row, "ggz_contact_pct") == "—"
    index = page.table.model().index(row, COLUMN["ggz_contact_pct"])
    assert "Niet bekend" in index.data(Qt.ItemDataRole.ToolTipRole)
