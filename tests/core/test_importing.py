"""Reading exports of any shape: encodings, delimiters, date shapes, numbers, damaged files."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from referral_files import GOOD_ROWS, HEADER, write_export, write_xlsx

from plusdesk.core.importing import (
    ImportCancelled,
    ImportFileError,
    guess_day_first,
    parse_dates,
    parse_number,
    read_table,
)


@pytest.mark.parametrize(
    ("encoding", "label"),
    [("cp1252", "Windows-1252"), ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 met BOM")],
)
def test_the_encoding_is_detected_and_accents_survive(tmp_path: Path, encoding, label) -> None:
    path = write_export(tmp_path / "v.csv", encoding=encoding)
    table = read_table(path)
    assert table.columns[0] == "Patiëntnummer"  # not 'PatiÃ«ntnummer', no BOM in front
    assert label in table.dialect.describe()
    assert len(table.frame) == len(GOOD_ROWS)


@pytest.mark.parametrize(("delimiter", "word"), [(";", "puntkomma"), (",", "komma"), ("\t", "tab")])
def test_the_delimiter_is_detected(tmp_path: Path, delimiter, word) -> None:
    path = write_export(tmp_path / "v.csv", delimiter=delimiter, newline="\n")
    table = read_table(path)
    assert table.columns == HEADER
    assert table.frame["Specialisme"].tolist()[0] == "Longziekten"
    assert word in table.dialect.describe()


def test_a_comma_inside_quotes_does_not_split_a_semicolon_file(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text(
        'Datum;Specialisme;Verwijzer\n03-01-2024;"Keel-, neus- en oorheelkunde";"Bakker, M."\n'
        '04-01-2024;Cardiologie;"Hermans, P."\n',
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.frame.loc[2, "Specialisme"] == "Keel-, neus- en oorheelkunde"
    assert table.frame.loc[3, "Verwijzer"] == "Hermans, P."


def test_rows_are_numbered_as_in_the_spreadsheet(tmp_path: Path) -> None:
    table = read_table(write_export(tmp_path / "v.csv"))
    assert list(table.frame.index) == [2, 3, 4, 5, 6]  # row 1 is the header


def test_only_the_requested_columns_are_read(tmp_path: Path) -> None:
    table = read_table(write_export(tmp_path / "v.csv"), columns=["Datum verwijzing"])
    assert list(table.frame.columns) == ["Datum verwijzing"]
    assert "100231" not in table.frame.to_string()


def test_xlsx_with_real_dates_and_numeric_codes_reads_as_text(tmp_path: Path) -> None:
    rows = [
        ("1", date(2024, 1, 3), 322, "R96", "P. Hermans"),
        ("2", date(2024, 1, 4), "0320", None, None),
    ]
    table = read_table(write_xlsx(tmp_path / "v.xlsx", rows))
    assert table.dialect.kind == "xlsx"
    assert table.frame.loc[2, "Datum verwijzing"] == "2024-01-03"
    assert table.frame.loc[2, "Specialisme"] == "322"
    assert table.frame.loc[3, "ICPC"] == ""


def test_the_same_bytes_give_the_same_hash_and_any_change_another(tmp_path: Path) -> None:
    a = read_table(write_export(tmp_path / "a.csv")).content_hash
    b = read_table(write_export(tmp_path / "b.csv")).content_hash
    c = read_table(write_export(tmp_path / "c.csv", rows=GOOD_ROWS[:-1])).content_hash
    assert a == b != c


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "leeg"),
        (b"\x00\x01\x02binary\x00", "geen tekstbestand"),
        (b"PK\x03\x04not really a zip", "geen leesbare Excel-werkmap"),
        (b"alleen een woord\nnog een\n", "geen kolommen"),
    ],
)
def test_a_file_that_is_no_table_is_refused_in_dutch(tmp_path: Path, content, message) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        read_table(path)


def test_a_row_with_too_many_fields_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Datum;Specialisme\n03-01-2024;0322\n04-01-2024;0320;extra\n")
    with pytest.raises(ImportFileError, match="regel 3 heeft 3 waarden"):
        read_table(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="bestaat niet"):
        read_table(tmp_path / "nergens.csv")


def test_reading_can_be_cancelled(tmp_path: Path) -> None:
    path = write_export(tmp_path / "v.csv", rows=GOOD_ROWS * 50_000)
    with pytest.raises(ImportCancelled):
        read_table(path, cancelled=lambda: True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03-01-2024", date(2024, 1, 3)),
        ("3-1-2024", date(2024, 1, 3)),
        ("3-1-24", date(2024, 1, 3)),
        ("03/01/2024", date(2024, 1, 3)),
        ("03.01.2024", date(2024, 1, 3)),
        ("2024-01-03", date(2024, 1, 3)),
        ("20240103", date(2024, 1, 3)),
        ("03-01-2024 14:35", date(2024, 1, 3)),
        ("2024-01-03T14:35:00", date(2024, 1, 3)),
        ("31-12-99", date(1999, 12, 31)),
        ("31-02-2024", None),
        ("morgen", None),
        ("", None),
    ],
)
def test_date_shapes(text: str, expected) -> None:
    assert parse_dates(pd.Series([text]))[0] == expected


def test_month_first_files_are_recognised_only_when_day_first_cannot_be() -> None:
    assert guess_day_first(["03-01-2024", "04-01-2024"])  # ambiguous: Dutch order wins
    assert not guess_day_first(["01-13-2024", "12-31-2023"])
    assert parse_dates(pd.Series(["12-31-2023"]), day_first=False)[0] == date(2023, 12, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,5", 12.5),
        ("1.234,5", 1234.5),
        ("1.234", 1234.0),
        ("12.5", 12.5),
        ("812", 812.0),
        ("-3,0", -3.0),
        ("1 234", 1234.0),
        ("twaalf", None),
        ("", None),
    ],
)
def test_numbers_the_dutch_way(text: str, expected) -> None:
    assert parse_number(text) == expected
