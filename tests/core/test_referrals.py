"""Importing referrals: mapping, row report, refusal whole, skip, hash, overlap, undo, roles."""

from pathlib import Path

import pytest
from referral_files import GOOD_ROWS, HEADER, write_export

from plusdesk.core import referrals
from plusdesk.core.db import journal_files
from plusdesk.core.errors import PermissionDeniedError, ValidationError
from plusdesk.core.importing import ImportCancelled, read_table
from plusdesk.core.referral_check import report_text
from plusdesk.core.referral_mapping import (
    Mapping,
    guess_mapping,
    mapping_by_name,
    patient_columns,
    saved_mapping,
)
from plusdesk.core.users import Role, add_user, login

MAPPING = Mapping(
    {
        "date": "Datum verwijzing",
        "specialism": "Specialisme",
        "icpc": "ICPC",
        "referrer": "Naam verwijzer",
    }
)
BAD_ROWS = (
    ("100236", "31-02-2024", "Cardiologie", "K77", ""),  # no such day
    ("100237", "10-01-2024", "Psycholoog", "P76", ""),  # a name PlusDesk cannot place
    ("100238", "11-01-2024", "0999", "", ""),  # a code in no list
    ("100239", "12-01-2024", "Dermatologie", "huid", ""),  # not an ICPC code
    ("100240", "15-01-2024", "KNO", "", "111222333"),  # a BSN as referrer
    ("100241", "01-01-2030", "KNO", "", ""),  # after today
)


def stored(session) -> list[tuple]:
    return [
        tuple(r)
        for r in session.db.query(
            "SELECT referred_on, specialism, icpc, referrer FROM referral "
            "WHERE replaced_by IS NULL ORDER BY referred_on, specialism"
        )
    ]


def test_the_usual_his_columns_are_recognised_and_the_patient_column_is_not(tmp_path) -> None:
    table = read_table(write_export(tmp_path / "v.csv"), preview_rows=20)
    assert patient_columns(table.columns) == ["Patiëntnummer"]
    assert guess_mapping(table.columns, table.frame).columns == MAPPING.columns


def test_a_clean_file_is_imported_with_names_and_codes_matched(fresh, tmp_path) -> None:
    prepared = referrals.prepare(fresh.db, write_export(tmp_path / "v.csv"), MAPPING)
    assert prepared.bad_rows == 0
    batch = referrals.commit(fresh, prepared)
    assert batch.rows_imported == 5
    assert stored(fresh) == [
        ("2024-01-03", "0322", "R96", "P. Hermans"),
        ("2024-01-04", "0320", "K77", "P. Hermans"),
        ("2024-01-05", "0322", None, None),  # 'longarts' is longziekten
        ("2024-01-08", "0305", "L15", "J. de Vries"),
        ("2024-01-09", "0329", "P76", "J. de Vries"),
    ]


def test_no_patient_number_is_stored_anywhere(fresh, tmp_path) -> None:
    referrals.commit(fresh, referrals.prepare(fresh.db, write_export(tmp_path / "v.csv"), MAPPING))
    path = Path(fresh.db.path)
    raw = b"".join(p.read_bytes() for p in [path, *journal_files(path)] if p.exists())
    assert b"Hermans" in raw  # what is stored can be found this way
    for number, *_ in GOOD_ROWS:
        assert number.encode() not in raw


def test_mapping_a_patient_column_is_refused(fresh, tmp_path) -> None:
    mapping = Mapping({**MAPPING.columns, "referrer": "Patiëntnummer"})
    with pytest.raises(ValidationError, match="patiëntgegevens"):
        referrals.prepare(fresh.db, write_export(tmp_path / "v.csv"), mapping)


def test_every_bad_value_is_reported_by_row_column_and_problem(fresh, tmp_path) -> None:
    path = write_export(tmp_path / "v.csv", rows=GOOD_ROWS + BAD_ROWS)
    prepared = referrals.prepare(fresh.db, path, MAPPING)
    report = report_text(prepared.problems)
    assert report.splitlines() == [
        "Regel 7, kolom 'Datum verwijzing': '31-02-2024' — geen geldige datum (verwacht "
        "bijvoorbeeld 31-12-2024)",
        "Regel 8, kolom 'Specialisme': 'Psycholoog' — onbekend specialisme; koppel de naam aan "
        "een code",
        "Regel 9, kolom 'Specialisme': '0999' — onbekende specialismecode 0999 (niet in COD016 "
        "of een codegroep)",
        "Regel 10, kolom 'ICPC': 'huid' — geen geldige ICPC-code (bijvoorbeeld R96 of K86.01)",
        "Regel 11, kolom 'Naam verwijzer': '•••••••••' — lijkt een BSN; een BSN wordt nooit "
        "opgeslagen",  # not repeated in the report
        "Regel 12, kolom 'Datum verwijzing': '01-01-2030' — datum ligt in de toekomst",
    ]
    assert prepared.unknown_specialisms == {"Psycholoog": 1}


def test_a_file_with_errors_is_refused_whole_and_nothing_changes(fresh, tmp_path) -> None:
    path = write_export(tmp_path / "v.csv", rows=GOOD_ROWS + BAD_ROWS)
    before = fresh.db.table_counts()
    with pytest.raises(referrals.ImportRefused, match="6 van de 11 regels") as refused:
        referrals.commit(fresh, referrals.prepare(fresh.db, path, MAPPING))
    assert len(refused.value.problems) == 6
    assert fresh.db.table_counts() == before


def test_skipping_bad_rows_imports_the_good_ones_and_counts_the_skipped(fresh, tmp_path) -> None:
    path = write_export(tmp_path / "v.csv", rows=GOOD_ROWS + BAD_ROWS)
    batch = referrals.commit(fresh, referrals.prepare(fresh.db, path, MAPPING), skip_bad_rows=True)
    assert (batch.rows_imported, batch.rows_skipped) == (5, 6)
    assert len(stored(fresh)) == 5


def test_a_name_tied_to_a_code_by_the_user_becomes_valid(fresh, tmp_path) -> None:
    rows = (*GOOD_ROWS, ("100237", "10-01-2024", "Psycholoog", "P76", ""))
    mapping = Mapping(MAPPING.columns, values={"psycholoog": "9400"})  # in the GGZ group
    prepared = referrals.prepare(fresh.db, write_export(tmp_path / "v.csv", rows=rows), mapping)
    assert prepared.bad_rows == 0
    referrals.commit(fresh, prepared)
    assert ("2024-01-10", "9400", "P76", None) in stored(fresh)


def test_the_same_file_twice_is_recognised_and_not_counted_twice(fresh, tmp_path) -> None:
    path = write_export(tmp_path / "v.csv")
    referrals.commit(fresh, referrals.prepare(fresh.db, path, MAPPING))
    copy = write_export(tmp_path / "kopie met andere naam.csv")
    again = referrals.prepare(fresh.db, copy, MAPPING)
    assert again.duplicate is not None
    with pytest.raises(referrals.AlreadyImported, match="al geïmporteerd"):
        referrals.commit(fresh, again, replace=True)
    assert len(stored(fresh)) == 5


def test_an_overlapping_file_is_refused_unless_the_period_is_replaced(fresh, tmp_path) -> None:
    referrals.commit(fresh, referrals.prepare(fresh.db, write_export(tmp_path / "a.csv"), MAPPING))
    newer = (
        ("1", "04-01-2024", "Cardiologie", "", ""),
        ("2", "06-01-2024", "Neurologie", "", ""),
        ("3", "20-01-2024", "Neurologie", "", ""),
    )
    prepared = referrals.prepare(fresh.db, write_export(tmp_path / "b.csv", rows=newer), MAPPING)
    assert prepared.overlap is not None and prepared.overlap.referrals == 4  # 04-01 … 09-01
    before = stored(fresh)
    with pytest.raises(referrals.OverlapError, match="Vervang die periode of annuleer"):
        referrals.commit(fresh, prepared)
    assert stored(fresh) == before
    referrals.commit(fresh, prepared, replace=True)
    assert stored(fresh) == [
        ("2024-01-03", "0322", "R96", "P. Hermans"),  # before the new file's period: kept
        ("2024-01-04", "0320", None, None),
        ("2024-01-06", "0330", None, None),
        ("2024-01-20", "0330", None, None),
    ]


def test_undoing_an_import_brings_back_what_it_replaced(fresh, tmp_path) -> None:
    first = referrals.commit(
        fresh, referrals.prepare(fresh.db, write_export(tmp_path / "a.csv"), MAPPING)
    )
    original = stored(fresh)
    rows = (("1", "05-01-2024", "Cardiologie", "", ""),)
    second = referrals.commit(
        fresh,
        referrals.prepare(fresh.db, write_export(tmp_path / "b.csv", rows=rows), MAPPING),
        replace=True,
    )
    assert {b.id: b.rows_active for b in referrals.batches(fresh.db)} == {
        first.id: 4,
        second.id: 1,
    }
    referrals.undo(fresh, second.id)
    assert stored(fresh) == original
    referrals.undo(fresh, first.id)
    assert stored(fresh) == [] and referrals.batches(fresh.db) == []
    with pytest.raises(ValidationError, match="al ongedaan gemaakt"):
        referrals.undo(fresh, first.id)
    # after undo the same file may come in again
    referrals.commit(fresh, referrals.prepare(fresh.db, write_export(tmp_path / "a.csv"), MAPPING))
    assert stored(fresh) == original


def test_a_saved_mapping_is_found_again_by_the_header(fresh, tmp_path) -> None:
    header = ("Pat.nr", "Verwijsdatum", "Vakgebied", "Episode", "Huisarts")
    rows = [("1", "3-1-24", "Longziekten", "R96", "P. Hermans")]
    path = write_export(tmp_path / "v.csv", rows=rows, header=header)
    mapping = Mapping({"date": "Verwijsdatum", "specialism": "Vakgebied"})
    prepared = referrals.prepare(fresh.db, path, mapping)
    referrals.commit(fresh, prepared, save_mapping_as="Promedico")
    found = saved_mapping(fresh.db, header)
    assert found is not None and found.name == "Promedico"
    assert found.columns == {"date": "Verwijsdatum", "specialism": "Vakgebied"}
    assert mapping_by_name(fresh.db, "Promedico").columns == found.columns
    assert saved_mapping(fresh.db, HEADER) is None
    with pytest.raises(ValidationError, match="Bekende koppelingen: Promedico"):
        mapping_by_name(fresh.db, "Medicom")


def test_cancelling_while_writing_leaves_nothing(fresh, tmp_path) -> None:
    path = write_export(tmp_path / "v.csv", rows=GOOD_ROWS * 30_000)
    prepared = referrals.prepare(fresh.db, path, MAPPING)
    before = fresh.db.table_counts()
    calls = iter([False, False, True])
    with pytest.raises(ImportCancelled):
        referrals.commit(fresh, prepared, cancelled=lambda: next(calls))
    assert fresh.db.table_counts() == before


def test_only_the_praktijkmanager_imports(fresh, tmp_path) -> None:
    add_user(fresh, "poh2", "Wachtwoord-voor-poh-1", None, Role.POH, full_name="Anouk")
    poh = login(fresh.db, "poh2", "Wachtwoord-voor-poh-1")
    prepared = referrals.prepare(fresh.db, write_export(tmp_path / "v.csv"), MAPPING)
    with pytest.raises(PermissionDeniedError):
        referrals.commit(poh, prepared)
    assert stored(fresh) == []


def test_an_import_and_its_undo_are_in_the_audit_log(fresh, tmp_path) -> None:
    batch = referrals.commit(
        fresh, referrals.prepare(fresh.db, write_export(tmp_path / "v.csv"), MAPPING)
    )
    referrals.undo(fresh, batch.id)
    events = fresh.db.query(
        "SELECT action, detail FROM audit_log WHERE object_type = 'referral' ORDER BY id"
    )
    assert [e["action"] for e in events] == ["create", "delete"]
    assert "5 verwijzingen van 03-01-2024 tot 09-01-2024" in events[0]["detail"]
