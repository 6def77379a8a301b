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
