"""Implementatie: the matrix of intervention statuses per practice, as a user reads it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from plusdesk.core.db import Database, open_database
from plusdesk.core.interventions import STATUS_LABELS, Status
from plusdesk.core.practice import FirstAccount, get_practice
from plusdesk.core.users import login
from plusdesk.core.workspace import create_workspace
from plusdesk.gui.pages.zorggroep_matrix import ImplementationPage, MatrixModel, MatrixPanel
from plusdesk.gui.style import STATUS_COLOURS

WORKSPACE_PASSWORD = "correct paard batterij"
PACK_EMPTY = (
    "Lees eerst een benchmarkpakket van de zorggroep in (Zorggroep-export → "
    "Benchmarkpakket inlezen…)."
)
DONE = ("geimplementeerd", "geborgd")


@pytest.fixture
def open_page(qtbot):
    opened: list[Database] = []

    def make(path: Path, username: str, password: str, **kwargs) -> ImplementationPage:
        db = open_database(path)
        opened.append(db)
        page = ImplementationPage(**kwargs)
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
def workspace_page(open_page, zorggroep_file: Path) -> ImplementationPage:
    return open_page(zorggroep_file, "beheer", WORKSPACE_PASSWORD)


def dutch_day(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d-%m-%Y")


def recorded(db: Database) -> dict[tuple[str, str], dict[str, object]]:
    """What exchange_value says per (practice key, intervention code)."""
    out: dict[tuple[str, str], dict[str, object]] = {}
    for r in db.query(
        "SELECT practice, indicator, category, value, text FROM exchange_value "
        "WHERE indicator LIKE 'interventie.%'"
    ):
        field = r["indicator"].removeprefix("interventie.")
        out.setdefault((r["practice"], r["category"]), {})[field] = (
            bool(r["value"]) if field == "maatwerk" else r["text"]
        )
    return out


def practice_keys(db: Database) -> dict[str, str]:
    """Row label → practice key, for the labels the workspace shows (name, or with the AGB)."""
    rows = db.query("SELECT key, name, agb_code FROM exchange_practice")
    names = [r["name"] for r in rows]
    return {
        (f"{r['name']} (AGB {r['agb_code']})" if names.count(r["name"]) > 1 else r["name"]): r[
            "key"
        ]
        for r in rows
    }


def row_labels(model: MatrixModel) -> list[str]:
    return [model.headerData(row, Qt.Orientation.Vertical) for row in range(model.rowCount() - 1)]


def column_codes(model: MatrixModel) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount() - 1)]


def test_every_cell_says_what_the_practice_exported(workspace_page: ImplementationPage):
    model = workspace_page.panel.model
    db = workspace_page.db
    facts = recorded(db)
    keys = practice_keys(db)
    codes = column_codes(model)
    assert codes == sorted(code for code in codes)  # grouped by domain: DZ-…, PE-…, WZ-…
    assert set(codes) == {code for _, code in facts}
    seen_maatwerk = seen_dark = False
    for row, label in enumerate(row_labels(model)):
        for column, code in enumerate(codes):
            fact = facts[(keys[label], code)]
            status = Status(fact["status"])
            index = model.index(row, column)
            text = index.data()
            if fact.get("maatwerk"):
                assert text == f"{STATUS_LABELS[status]} · maatwerk"
                seen_maatwerk = True
            else:
                assert text == STATUS_LABELS[status]
            background = index.data(Qt.ItemDataRole.BackgroundRole).color()
            assert background == QColor(STATUS_COLOURS[status])
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            assert STATUS_LABELS[status] in tip
            for field, words in (
                ("status_sinds", "sinds"),
                ("gestart_op", "gestart op"),
                ("geimplementeerd_op", "geïmplementeerd op"),
            ):
                if fact.get(field):
                    assert f"{words} {dutch_day(fact[field])}" in tip
                else:
                    assert f"{words} " not in tip
            assert ("maatwerk" in tip.casefold()) == bool(fact.get("maatwerk"))
            foreground = index.data(Qt.ItemDataRole.ForegroundRole).color()
            if status is Status.GEBORGD:  # the dark green
                assert foreground == QColor("#ffffff")
                seen_dark = True
            else:
                assert foreground.lightness() < 60
    assert seen_maatwerk and seen_dark


def test_a_header_names_the_intervention_and_its_domain(workspace_page: ImplementationPage):
    model = workspace_page.panel.model
    db = workspace_page.db
    label, domain = db.query(
        "SELECT i.label, d.label FROM exchange_category i JOIN exchange_category d "
        "ON d.dimension = 'domein' AND d.code = i.parent "
        "WHERE i.dimension = 'interventie' AND i.code = 'PE-01'"
    )[0]
    column = column_codes(model).index("PE-01")
    tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert label in tip and domain in tip
    # The band above the codes names each domain over its own columns.
    domains = [r[0] for r in db.query(
        "SELECT label FROM exchange_category WHERE dimension = 'domein' ORDER BY code"
    )]  # fmt: skip
    spans = model.domain_spans()
    assert [name for name, _, _ in spans] == domains
    codes = column_codes(model)
    for _name, first, end in spans:
        prefix = codes[first].split("-")[0]
        assert all(code.startswith(prefix) for code in codes[first : end + 1])
    assert spans[-1][2] == len(codes) - 1
    last = model.columnCount() - 1
    assert model.headerData(last, Qt.Orientation.Horizontal) == "Geïmplementeerd"
    assert model.headerData(model.rowCount() - 1, Qt.Orientation.Vertical) == "Geïmplementeerd"


def test_totals_count_implemented_of_those_with_a_status(workspace_page: ImplementationPage):
    model = workspace_page.panel.model
    db = workspace_page.db
    keys = practice_keys(db)
    statuses = [
        (r["practice"], r["category"], r["text"])
        for r in db.query(
            "SELECT practice, category, text FROM exchange_value "
            "WHERE indicator = 'interventie.status'"
        )
    ]
    last_row, last_column = model.rowCount() - 1, model.columnCount() - 1
    for column, code in enumerate(column_codes(model)):
        mine = [s for _, c, s in statuses if c == code]
        done = sum(s in DONE for s in mine)
        assert model.index(last_row, column).data() == f"{done} van {len(mine)}"
    for row, label in enumerate(row_labels(model)):
        mine = [s for p, _, s in statuses if p == keys[label]]
        done = sum(s in DONE for s in mine)
        assert model.index(row, last_column).data() == f"{done} van {len(mine)}"
    everything = sum(s in DONE for _, _, s in statuses)
    assert model.index(last_row, last_column).data() == f"{everything} van {len(statuses)}"


def test_the_progress_line_gives_each_domain(workspace_page: ImplementationPage):
    db = workspace_page.db
    rows = db.query(
        "SELECT d.label, sum(v.text IN ('geimplementeerd', 'geborgd')) AS done, "
        "count(*) AS total FROM exchange_value v "
        "JOIN exchange_category i ON i.dimension = 'interventie' AND i.code = v.category "
        "JOIN exchange_category d ON d.dimension = 'domein' AND d.code = i.parent "
        "WHERE v.indicator = 'interventie.status' GROUP BY d.code ORDER BY d.code"
    )
    assert len(rows) == 3
    text = workspace_page.panel.progress_label.text()
    for label, done, total in rows:
        share = round(100 * done / total)
        assert f"{label}: {done} van {total} geïmplementeerd ({share} %)" in text
    assert "Patiënt empowerment" in text


def test_an_intervention_without_status_shows_a_dash(open_page, zorggroep_file: Path) -> None:
    db = open_database(zorggroep_file)
    key = db.query("SELECT key, name FROM exchange_practice ORDER BY name LIMIT 1")[0]["key"]
    with db.transaction() as conn:
        conn.execute(
            "DELETE FROM exchange_value WHERE practice = ? AND category = 'DZ-02' "
            "AND indicator LIKE 'interventie.%'",
            (key,),
        )
    db.close()
    page = open_page(zorggroep_file, "beheer", WORKSPACE_PASSWORD)
    model = page.panel.model
    row = [practice_keys(page.db)[label] for label in row_labels(model)].index(key)
    column = column_codes(model).index("DZ-02")
    index = model.index(row, column)
    assert index.data() == "—"
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Geen status" in index.data(Qt.ItemDataRole.ToolTipRole)
    # The practice now has a status for one intervention fewer, and DZ-02 for one practice fewer.
    practices = model.rowCount() - 1
    assert model.index(model.rowCount() - 1, column).data().endswith(f"van {practices - 1}")
    interventions = model.columnCount() - 1
    assert model.index(row, model.columnCount() - 1).data().endswith(f"van {interventions - 1}")


def test_the_pack_shows_the_own_practice_first_and_bold_then_letters(
    open_page, pack_practice_file: Path
):
    page = open_page(pack_practice_file, "demo", "plusdesk-demo", empty_text=PACK_EMPTY)
    model = page.panel.model
    own = get_practice(page.db).name
    labels = row_labels(model)
    assert labels == [own, "Praktijk A", "Praktijk B", "Praktijk C"]
    font = model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()
    assert model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole) is None
    assert not page.panel.is_empty and page.panel.table.isVisible()
    # Its own row says what its own export said.
    key = page.db.query("SELECT key FROM exchange_practice WHERE is_self = 1")[0]["key"]
    facts = recorded(page.db)
    for column, code in enumerate(column_codes(model)):
        status = Status(facts[(key, code)]["status"])
        assert model.index(0, column).data().startswith(STATUS_LABELS[status])


def test_a_practice_file_without_a_pack_says_what_to_do(open_page, demo_file: Path):
    page = open_page(demo_file, "demo", "plusdesk-demo", empty_text=PACK_EMPTY)
    assert page.panel.is_empty
    assert page.panel.empty_label.text() == PACK_EMPTY
    assert page.panel.empty_label.isVisible()
    assert not page.panel.table.isVisible()
    assert page.panel.model.rowCount() == 0


def test_an_empty_workspace_says_no_practices_yet(open_page, tmp_path: Path):
    account = FirstAccount("beheer", WORKSPACE_PASSWORD, "Bea Beheer")
    path = create_workspace(tmp_path / "leeg.sqlite", "Zorggroep Leeg", account)
    page = open_page(path, "beheer", WORKSPACE_PASSWORD)
    assert page.panel.is_empty
    assert page.panel.empty_label.text().startswith("Nog geen praktijken ingelezen")


def test_the_arrow_keys_move_from_cell_to_cell(qtbot, workspace_page: ImplementationPage):
    table = workspace_page.panel.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    current = table.currentIndex()
    assert (current.row(), current.column()) == (1, 1)
    assert [(i.row(), i.column()) for i in table.selectionModel().selectedIndexes()] == [(1, 1)]
    spoken = current.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(row_labels(workspace_page.panel.model)[1])


def test_the_panel_can_be_read_again(qtbot, zorggroep_file: Path):
    db = open_database(zorggroep_file)
    try:
        panel = MatrixPanel("leeg")
        qtbot.addWidget(panel)
        panel.show_data(db)
        first = panel.model.rowCount()
        panel.show_data(db)
        assert panel.model.rowCount() == first == 5  # four practices and the totals
        assert panel.model.index(0, 0).isValid()
        assert not panel.model.index(0, 0, panel.model.index(0, 0)).isValid()
        assert panel.model.rowCount(panel.model.index(0, 0)) == 0
        assert panel.model.data(QModelIndex()) is None
    finally:
        db.close()
