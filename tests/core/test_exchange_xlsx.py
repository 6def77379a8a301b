"""The XLSX beside the exchange file, as a user opening it in Excel or LibreOffice sees it."""

import csv
import re
import subprocess
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from plusdesk.core.db import open_database
from plusdesk.core.demo import build_demo
from plusdesk.core.exchange import build_export
from plusdesk.core.exchange_format import (
    BY_CODE,
    SUBJECTS,
    Category,
    ExchangeFile,
    ExchangeFileError,
    PracticeEntry,
    Value,
    seal,
)
from plusdesk.core.exchange_xlsx import sheet_title, write_xlsx

HEADERS = [
    "Praktijk",
    "AGB-code",
    "Indicator",
    "Periode",
    "Categorie",
    "Waarde",
    "Eenheid",
    "Onderdrukt",
]
SHEETS = [
    "Toelichting",
    "Praktijk",
    "Interventies",
    "Patiëntgerichte gesprekken",
    "GGZ-casussen",
    "Verwijzingen",
]


@pytest.fixture(scope="module")
def export_data(tmp_path_factory: pytest.TempPathFactory) -> ExchangeFile:
    """The demo practice's export, sealed as saving it does."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path, seed=1, years=3)
    db = open_database(path, readonly=True)
    try:
        data = build_export(db).data
    finally:
        db.close()
    data.manifest["gemaakt_op"] = "2025-03-01T10:00:00+00:00"
    return seal(data)


@pytest.fixture(scope="module")
def xlsx(export_data: ExchangeFile, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_xlsx(export_data, tmp_path_factory.mktemp("xlsx") / "x.xlsx")


@pytest.fixture(scope="module")
def book(xlsx: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(xlsx)


def rows(book: openpyxl.Workbook, title: str) -> list[dict]:
    """The data rows of a subject sheet as {header: cell}."""
    sheet = book[title]
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)]


def values_of_subject(data: ExchangeFile, subject: str) -> list[Value]:
    return [v for v in data.values if BY_CODE[v.indicator].subject == subject]


def test_one_sheet_per_subject_after_the_explanation(book) -> None:
    assert book.sheetnames == SHEETS


def test_subject_sheets_have_bold_dutch_headers_a_frozen_header_and_a_filter(book) -> None:
    for title in SHEETS[1:]:
        sheet = book[title]
        assert [c.value for c in sheet[1]] == HEADERS
        assert all(c.font.b for c in sheet[1])
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:H{sheet.max_row}"
        widths = [sheet.column_dimensions[col].width for col in "ABCDEFGH"]
        assert all(8 <= w <= 60 for w in widths), widths
        # the practice's name fits its column
        assert widths[0] >= len(sheet["A2"].value)


def test_each_subject_sheet_holds_every_value_of_that_subject(book, export_data) -> None:
    for subject, label in SUBJECTS.items():
        title = sheet_title(label)
        expected = values_of_subject(export_data, subject)
        assert len(rows(book, title)) == len(expected), title
        found = Counter(r["Indicator"].value for r in rows(book, title))
        assert found == Counter(BY_CODE[v.indicator].label for v in expected)


def test_practice_and_agb_code_on_every_row(book, export_data) -> None:
    practice = export_data.practices[0]
    for title in SHEETS[1:]:
        for row in rows(book, title):
            assert row["Praktijk"].value == practice.name
            assert row["AGB-code"].value == practice.agb_code  # text: the leading 0 stays


def test_a_month_is_a_date_shown_as_month_and_year(book, export_data) -> None:
    first = min(v.period for v in export_data.values if v.indicator == "verwijzing.aantal")
    monthly = [
        r for r in rows(book, "Verwijzingen") if r["Indicator"].value == "verwijzingen per maand"
    ]
    cell = monthly[0]["Periode"]
    assert cell.is_date
    assert cell.number_format == "mm-yyyy"
    assert cell.value.date() == date(int(first[:4]), int(first[5:]), 1)


def test_a_year_is_a_number_and_a_snapshot_reads_stand(book) -> None:
    for row in rows(book, "Praktijk"):
        assert isinstance(row["Periode"].value, int)
        assert 2000 < row["Periode"].value < 2100
    assert {r["Periode"].value for r in rows(book, "Interventies")} == {"stand"}


def test_an_intervention_date_is_a_date(book, export_data) -> None:
    started = {
        v.category: date.fromisoformat(v.text)
        for v in export_data.values
        if v.indicator == "interventie.gestart_op"
    }
    labels = {c.code: c.label for c in export_data.categories if c.dimension == "interventie"}
    found = [r for r in rows(book, "Interventies") if r["Indicator"].value == "gestart op"]
    assert len(found) == len(started) > 0
    for row in found:
        cell = row["Waarde"]
        assert cell.is_date
        assert cell.number_format == "dd-mm-yyyy"
        assert row["Eenheid"].value == "datum"
    by_label = {r["Categorie"].value: r["Waarde"].value.date() for r in found}
    assert by_label == {labels[code]: day for code, day in started.items()}


def test_numbers_are_numbers_and_text_stays_text(book, export_data) -> None:
    oe = [r for r in rows(book, "Verwijzingen") if r["Indicator"].value == "O/E"]
    shown = [r["Waarde"].value for r in oe if r["Onderdrukt"].value == "nee"]
    assert shown
    assert all(isinstance(x, float | int) for x in shown)
    size = [r["Waarde"].value for r in rows(book, "Praktijk")]
    assert all(isinstance(x, int) for x in size)  # whole numbers without ".0"
    status = {
        r["Waarde"].value for r in rows(book, "Interventies") if r["Indicator"].value == "status"
    }
    expected = {v.text for v in export_data.values if v.indicator == "interventie.status"}
    assert status == expected


def test_a_category_shows_its_name(book, export_data) -> None:
    names = {c.label for c in export_data.categories if c.dimension == "specialisme"}
    shown = {r["Categorie"].value for r in rows(book, "Verwijzingen")}
    assert shown <= names
    assert len(shown) > 5
    assert {r["Categorie"].value for r in rows(book, "Praktijk")} == {None}  # none: empty


def test_suppressed_cells_read_onderdrukt(book, export_data) -> None:
    total = 0
    for subject, label in SUBJECTS.items():
        found = rows(book, sheet_title(label))
        for row in found:
            hidden = row["Onderdrukt"].value == "ja"
            assert row["Onderdrukt"].value in ("ja", "nee")
            assert (row["Waarde"].value == "onderdrukt") == hidden
        suppressed = sum(v.suppressed for v in values_of_subject(export_data, subject))
        assert sum(r["Onderdrukt"].value == "ja" for r in found) == suppressed
        total += suppressed
    assert total > 0


def test_rows_are_in_reading_order(book, export_data) -> None:
    """Indicator as in the format's list, then period, then category."""
    order = {code: n for n, code in enumerate(BY_CODE)}

    def period(cell) -> str:
        if isinstance(cell.value, datetime):
            return cell.value.strftime("%Y-%m")
        return "" if cell.value == "stand" else str(cell.value)

    for subject, label in SUBJECTS.items():
        expected = sorted(
            values_of_subject(export_data, subject),
            key=lambda v: (order[v.indicator], v.period, v.category),
        )
        found = rows(book, sheet_title(label))
        assert [(r["Indicator"].value, period(r["Periode"])) for r in found] == [
            (BY_CODE[v.indicator].label, v.period) for v in expected
        ]


def test_the_explanation_names_the_practice_and_its_agb_code(book, export_data) -> None:
    sheet = book["Toelichting"]
    facts = {row[0].value: row[1] for row in sheet.iter_rows() if row[0].value}
    assert facts["Praktijk"].value == export_data.manifest["praktijk_naam"]
    assert facts["AGB-code"].value == export_data.agb_code
    assert facts["Zorggroep"].value == export_data.manifest["zorggroep"]
    start = facts["Periode van"]
    assert start.is_date
    assert start.value.date() == date.fromisoformat(export_data.manifest["periode_van"])
    assert facts["Periode tot en met"].is_date
    assert facts["Gemaakt op"].is_date
    assert facts["Drempel kleine aantallen"].value == 5
    assert facts["Aantal waarden"].value == len(export_data.values)
    assert facts["Aantal onderdrukt"].value == sum(v.suppressed for v in export_data.values)
    assert facts["Controlesom (SHA-256)"].value == export_data.sha256
    text = facts["Onderdrukt"].value
    assert "'onderdrukt'" in text
    assert "tussen 1 en 4" in text
    assert "teruggerekend" in text


def test_unknown_manifest_keys_are_shown_by_their_key(tmp_path: Path) -> None:
    data = ExchangeFile({"drempel": "10", "iets_nieuws": "waarde"}, [], [], [])
    book = openpyxl.load_workbook(write_xlsx(data, tmp_path / "leeg.xlsx"))
    assert book.sheetnames == ["Toelichting"]  # no subject without values
    facts = {r[0].value: r[1].value for r in book["Toelichting"].iter_rows() if r[0].value}
    assert facts["iets_nieuws"] == "waarde"
    assert "tussen 1 en 9" in facts["Onderdrukt"]


def test_a_pack_is_sorted_by_practice_name(tmp_path: Path) -> None:
    practices = [
        PracticeEntry("2", "Praktijk B", "00000002"),
        PracticeEntry("1", "Praktijk A", "00000001", is_self=True),
    ]
    values = [
        Value("2", "verwijzing.aantal", "2024-02", "0301", 12.0),
        Value("2", "verwijzing.aantal", "2024-01", "0301", 11.0),
        Value("1", "verwijzing.oe", "2024", "0301", 1.25),
        Value("1", "verwijzing.aantal", "2024-01", "0302", None, suppressed=True),
        Value("1", "verwijzing.aantal", "2024-01", "9999", 7.0),
    ]
    categories = [Category("specialisme", "0301", "oogheelkunde")]
    data = ExchangeFile({"soort": "benchmarkpakket"}, practices, categories, values)
    book = openpyxl.load_workbook(write_xlsx(data, tmp_path / "pakket.xlsx"))
    found = [
        (
            r["Praktijk"].value,
            r["Indicator"].value,
            r["Periode"].value,
            r["Categorie"].value,
            r["Waarde"].value,
        )
        for r in rows(book, "Verwijzingen")
    ]
    assert found == [
        ("Praktijk A", "verwijzingen per maand", datetime(2024, 1, 1), "0302", "onderdrukt"),
        (
            "Praktijk A",
            "verwijzingen per maand",
            datetime(2024, 1, 1),
            "9999",
            7,
        ),  # unknown: the code
        ("Praktijk A", "O/E", 2024, "oogheelkunde", 1.25),
        ("Praktijk B", "verwijzingen per maand", datetime(2024, 1, 1), "oogheelkunde", 11),
        ("Praktijk B", "verwijzingen per maand", datetime(2024, 2, 1), "oogheelkunde", 12),
    ]


def test_sheet_titles_fit_excel() -> None:
    assert sheet_title("GGZ-casussen (collaborative care)") == "GGZ-casussen"
    assert sheet_title("Patiëntgerichte gesprekken") == "Patiëntgerichte gesprekken"
    assert sheet_title("a/b: c*d?[e]\\f") == "a b c d e f"
    assert len(sheet_title("x" * 40)) == 31
    for label in SUBJECTS.values():
        assert 0 < len(sheet_title(label)) <= 31


def test_an_existing_file_is_replaced(export_data, tmp_path: Path) -> None:
    target = tmp_path / "x.xlsx"
    target.write_text("oud")
    write_xlsx(export_data, target)
    assert openpyxl.load_workbook(target).sheetnames == SHEETS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.xlsx"]


def test_a_missing_folder_is_refused_in_dutch(export_data, tmp_path: Path) -> None:
    target = tmp_path / "bestaat-niet" / "x.xlsx"
    with pytest.raises(ExchangeFileError, match=r"^Kan 'x\.xlsx' niet opslaan: "):
        write_xlsx(export_data, target)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_save_leaves_no_temporary_file(export_data, tmp_path: Path) -> None:
    target = tmp_path / "x.xlsx"
    target.mkdir()  # the temporary file is written, replacing the folder with it fails
    with pytest.raises(ExchangeFileError, match=r"^Kan 'x\.xlsx' niet opslaan: "):
        write_xlsx(export_data, target)
    assert [p.name for p in tmp_path.iterdir()] == ["x.xlsx"]
    assert list(target.iterdir()) == []


def test_does_not_load_qt() -> None:
    code = (
        "import sys, plusdesk.core.exchange_xlsx; "
        "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_libreoffice_opens_it(xlsx: Path, export_data, tmp_path: Path) -> None:
    out = tmp_path / "out"
    subprocess.run(
        [
            "libreoffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(out),
            str(xlsx),
        ],
        timeout=120,
        check=True,
        capture_output=True,
    )
    # LibreOffice writes the CSV in the system's character set; the checked facts are ASCII.
    text = (out / "x.csv").read_bytes().decode("utf-8", errors="replace")
    facts = {row[0]: row[1] for row in csv.reader(text.splitlines()) if len(row) >= 2}
    assert facts["AGB-code"] == export_data.agb_code
    assert facts["Praktijk"] == export_data.manifest["praktijk_naam"]
    # a date, not the serial number behind it (the CSV's date layout is LibreOffice's choice)
    start = date.fromisoformat(export_data.manifest["periode_van"])
    assert str(start.year) in facts["Periode van"]
    assert re.fullmatch(r"\d\d[-/.]\d\d[-/.]\d{4}", facts["Periode van"])
