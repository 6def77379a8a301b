"""Practice details: AGB-code and list-size validation, creating a practice file, overview."""

from pathlib import Path

import pytest

from plusdesk.core.db import open_database
from plusdesk.core.errors import FileExistsErrorNL, ValidationError
from plusdesk.core.practice import (
    create_practice_file,
    field_errors,
    get_practice,
    normalize_agb,
    overview,
    parse_list_size,
    validate_details,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("01234567", "01234567"), ("01 23 45 67", "01234567"), ("0123.4567", "01234567")],
)
def test_agb_code_accepts_eight_digits_with_separators(typed: str, stored: str) -> None:
    assert normalize_agb(typed) == stored


@pytest.mark.parametrize("typed", ["1234567", "123456789", "0123456a", "", "   "])
def test_agb_code_other_than_eight_digits_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as exc:
        normalize_agb(typed)
    assert exc.value.field == "agb_code"
    assert "AGB-code" in exc.value.message


@pytest.mark.parametrize(("typed", "value"), [("6.250", 6250), (" 4000 ", 4000), ("", None)])
def test_list_size_parses_dutch_thousands(typed: str, value: int | None) -> None:
    assert parse_list_size(typed) == value


@pytest.mark.parametrize("typed", ["0", "-5", "veel", "200001"])
def test_list_size_out_of_range_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="ingeschreven patiënten"):
        parse_list_size(typed)


def test_field_errors_names_every_wrong_field() -> None:
    errors = field_errors("", "12", "", "abc")
    assert set(errors) == {"name", "agb_code", "list_size"}
    assert field_errors("Praktijk", "01234567") == {}


def test_create_practice_file_and_read_it_back(tmp_path: Path) -> None:
    path = tmp_path / "praktijk.sqlite"
    details = validate_details(" De Linde ", "0123 4567", "Zorggroep Z", "6000")
    create_practice_file(path, details)
    db = open_database(path)
    practice = get_practice(db)
    ov = overview(db)
    db.close()
    assert practice is not None
    assert (practice.name, practice.agb_code, practice.list_size) == ("De Linde", "01234567", 6000)
    assert not practice.is_demo
    assert ov.interventions == 17 and ov.domains == 3 and ov.specialisms == 26
    with pytest.raises(FileExistsErrorNL):
        create_practice_file(path, details)


def test_invalid_details_create_no_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        validate_details("", "01234567")
    assert list(tmp_path.iterdir()) == []


def test_update_practice_changes_details_and_keeps_identity(demo_file: Path) -> None:
    from plusdesk.core.practice import update_practice

    db = open_database(demo_file)
    before = get_practice(db)
    update_practice(db, validate_details("Nieuwe naam", "01111111", "ZG", "5000", wave=2))
    after = get_practice(db)
    db.close()
    assert before is not None and after is not None
    assert (after.name, after.agb_code, after.list_size, after.wave) == (
        "Nieuwe naam",
        "01111111",
        5000,
        2,
    )
    assert after.is_demo == before.is_demo and after.created_at == before.created_at


def test_update_without_practice_is_refused(tmp_path: Path) -> None:
    from plusdesk.core.errors import NoPracticeError
    from plusdesk.core.practice import update_practice

    db = open_database(tmp_path / "leeg.sqlite", create=True)
    with pytest.raises(NoPracticeError):
        update_practice(db, validate_details("X", "01234567"))
    db.close()
