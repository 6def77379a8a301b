"""The zorggroep's merged data as a wide XLSX: a column per figure, values as merged."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from plusdesk.core.db import open_database
from plusdesk.core.exchange_format import ExchangeFileError
from plusdesk.core.exchange_views import participants
from plusdesk.core.workspace_xlsx import write_workspace_xlsx


@pytest.fixture
def workbook(zorggroep_file, tmp_path):
    db = open_database(zorggroep_file)
    path = write_workspace_xlsx(db, tmp_path / "zorggroep.xlsx")
    yield db, openpyxl.load_workbook(path, read_only=True)
    db.close()


def rows_of(sheet) -> list[dict]:
    rows = list(sheet.iter_rows(values_only=True))
    width = len(rows[0])  # read-only mode leaves trailing empty cells out
    return [dict(zip(rows[0], row + (None,) * (width - len(row)), strict=True)) for row in rows[1:]]


def test_one_sheet_per_subject_and_period_kind(workbook) -> None:
    _, book = workbook
    assert book.sheetnames == [
        "Toelichting", "Praktijk", "Interventies", "Gesprekken per jaar", "Gesprekken per maand",
        "GGZ-casussen", "Verwijzingen per jaar", "Verwijzingen per maand",
    ]  # fmt: skip
    intro = [row for row in book["Toelichting"].iter_rows(values_only=True)]
    assert ("Zorggroep", "Zorggroep Maasland") in intro
    assert ("Aantal praktijken", 4) in intro


def test_a_row_per_practice_period_and_category_with_the_merged_values(workbook) -> None:
    db, book = workbook
    labels = {p.key: p.label for p in participants(db)}
    yearly = rows_of(book["Verwijzingen per jaar"])
    assert yearly[0]["Praktijk"] in labels.values()
    checked = suppressed = 0
    for r in db.query(
        "SELECT practice, period, category, value, suppressed FROM exchange_value "
        "WHERE indicator = 'verwijzing.jaar' AND category IN ('0320', 'GGZ')"
    ):
        label = "Cardiologie" if r["category"] == "0320" else "GGZ (groep)"
        row = next(
            x for x in yearly
            if x["Praktijk"] == labels[r["practice"]] and x["Periode"] == int(r["period"])
            and x["Categorie"] == label
        )  # fmt: skip
        if r["suppressed"]:
            assert row["verwijzingen per jaar"] == "onderdrukt"
            suppressed += 1
        else:
            assert row["verwijzingen per jaar"] == r["value"]
        checked += 1
    assert checked >= 8
    status = rows_of(book["Interventies"])
    first = db.query(
        "SELECT practice, category, text FROM exchange_value "
        "WHERE indicator = 'interventie.geimplementeerd_op' LIMIT 1"
    )[0]
    label = db.scalar(
        "SELECT label FROM exchange_category WHERE dimension = 'interventie' AND code = ?",
        (first["category"],),
    )
    row = next(
        x for x in status if x["Praktijk"] == labels[first["practice"]] and x["Categorie"] == label
    )
    assert row["geïmplementeerd op"] == datetime.fromisoformat(first["text"])
    monthly = rows_of(book["Verwijzingen per maand"])
    assert all(isinstance(x["Periode"], datetime) for x in monthly)
    assert sum(x["verwijzingen per maand"] == "onderdrukt" for x in monthly) == db.scalar(
        "SELECT count(*) FROM exchange_value WHERE indicator = 'verwijzing.aantal' AND suppressed"
    )


def test_a_missing_folder_is_a_clear_error_and_leaves_nothing(zorggroep_file, tmp_path) -> None:
    db = open_database(zorggroep_file)
    try:
        with pytest.raises(ExchangeFileError, match="niet opslaan"):
            write_workspace_xlsx(db, tmp_path / "weg" / "zorggroep.xlsx")
    finally:
        db.close()
    assert not (tmp_path / "weg").exists()
