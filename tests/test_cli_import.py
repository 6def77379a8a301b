"""`plusdesk import-referrals`: exit 0 imported, exit 2 refused with the report and no change."""

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "core"))
from referral_files import GOOD_ROWS, write_export

from plusdesk.cli import main

PASSWORD = "correct paard batterij"


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for key in ("PLUSDESK_DB", "PLUSDESK_USER"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("PLUSDESK_PASSWORD", PASSWORD)
    db = tmp_path / "praktijk.sqlite"
    args = ["init", "--db", str(db), "--name", "De Linde", "--agb", "01234567", "--user", "pm"]
    assert main(args) == 0
    return db


def content(db: Path) -> list[str]:
    """Everything in the file, as SQL: equal lists mean nothing changed."""
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def referrals(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT referred_on, specialism FROM referral WHERE replaced_by IS NULL ORDER BY 1"
        ).fetchall()
    finally:
        conn.close()


def run_import(db: Path, file: Path, *extra: str) -> int:
    return main(["import-referrals", str(file), "--db", str(db), "--user", "pm", *extra])


def test_a_clean_export_is_imported(practice: Path, tmp_path: Path, capsys) -> None:
    assert run_import(practice, write_export(tmp_path / "v.csv")) == 0
    out = capsys.readouterr().out
    assert (
        "5 verwijzingen ingelezen uit 'v.csv' (CSV, Windows-1252, gescheiden door puntkomma)" in out
    )
    assert len(referrals(practice)) == 5


def test_a_file_with_errors_exits_2_with_the_report_and_changes_nothing(
    practice: Path, tmp_path: Path, capsys
) -> None:
    main(["info", "--db", str(practice)])  # the first open settles the journal mode
    rows = (*GOOD_ROWS, ("9", "32-01-2024", "Cardiologie", "", ""))
    before = content(practice)
    assert run_import(practice, write_export(tmp_path / "v.csv", rows=rows)) == 2
    err = capsys.readouterr().err
    assert "1 van de 6 regels bevat fouten" in err
    assert "Regel 7, kolom 'Datum verwijzing': '32-01-2024' — geen geldige datum" in err
    assert "--skip-bad-rows" in err
    assert content(practice) == before


def test_skip_bad_rows_imports_the_rest_and_lists_the_skipped(
    practice: Path, tmp_path: Path, capsys
) -> None:
    rows = (*GOOD_ROWS, ("9", "32-01-2024", "Cardiologie", "", ""))
    assert run_import(practice, write_export(tmp_path / "v.csv", rows=rows), "--skip-bad-rows") == 0
    out = capsys.readouterr().out
    assert "1 foute regels overgeslagen" in out and "Regel 7" in out
    assert len(referrals(practice)) == 5


def test_the_same_file_again_exits_2_and_is_not_counted_twice(
    practice: Path, tmp_path: Path, capsys
) -> None:
    path = write_export(tmp_path / "v.csv")
    assert run_import(practice, path) == 0
    before = content(practice)
    assert run_import(practice, path) == 2
    assert "al geïmporteerd" in capsys.readouterr().err
    assert content(practice) == before


def test_an_overlapping_file_needs_replace(practice: Path, tmp_path: Path, capsys) -> None:
    assert run_import(practice, write_export(tmp_path / "a.csv")) == 0
    later = (("1", "05-01-2024", "Neurologie", "", ""), ("2", "30-01-2024", "KNO", "", ""))
    path = write_export(tmp_path / "b.csv", rows=later)
    before = content(practice)
    assert run_import(practice, path) == 2
    assert "Geef --replace" in capsys.readouterr().err
    assert content(practice) == before
    assert run_import(practice, path, "--replace") == 0
    assert referrals(practice) == [
        ("2024-01-03", "0322"),
        ("2024-01-04", "0320"),
        ("2024-01-05", "0330"),
        ("2024-01-30", "0302"),
    ]


def test_a_named_mapping_is_used_and_an_unknown_name_refused(
    practice: Path, tmp_path: Path, capsys
) -> None:
    header = ("Nr", "Wanneer", "Naar", "Code")
    rows = [("1", "2024-01-03", "Longziekten", "R96")]
    path = write_export(tmp_path / "v.csv", rows=rows, header=header)
    assert run_import(practice, path) == 2  # no column says "datum" or "specialisme"
    assert "Koppel de kolommen eenmalig" in capsys.readouterr().err
    assert run_import(practice, path, "--mapping", "Onbekend") == 2
    assert "geen kolomkoppeling met de naam 'Onbekend'" in capsys.readouterr().err
    assert referrals(practice) == []


def test_a_file_that_is_not_a_table_exits_2(practice: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert run_import(practice, path) == 2
    assert "geen tekstbestand" in capsys.readouterr().err
