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


def test_create_practice_file_and_read_it_back(tmp_path: Path, first_account) -> None:
    from plusdesk.core.users import Role, login

    path = tmp_path / "praktijk.sqlite"
    details = validate_details(" De Linde ", "0123 4567", "Zorggroep Z", "6000")
    create_practice_file(path, details, first_account)
    db = open_database(path)
    practice = get_practice(db)
    ov = overview(db)
    session = login(db, "beheer", first_account.password)
    db.close()
    assert session.user.role is Role.PRAKTIJKMANAGER and session.user.full_name == "Bea Beheer"
    assert practice is not None
    assert (practice.name, practice.agb_code, practice.list_size) == ("De Linde", "01234567", 6000)
    assert not practice.is_demo
    assert ov.interventions == 17 and ov.domains == 3 and ov.specialisms == 26
    with pytest.raises(FileExistsErrorNL):
        create_practice_file(path, details, first_account)


def test_invalid_details_create_no_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        validate_details("", "01234567")
    assert list(tmp_path.iterdir()) == []


def test_update_practice_changes_details_and_keeps_identity(manager) -> None:
    from plusdesk.core.audit import AuditFilter, query
    from plusdesk.core.practice import update_practice

    db = manager.db
    before = get_practice(db)
    update_practice(manager, validate_details("Nieuwe naam", "01111111", "ZG", "5000", wave=2))
    after = get_practice(db)
    assert query(db, AuditFilter(action="update"))[0].detail.startswith("praktijkgegevens")
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
    from plusdesk.core.users import Role, Session, User

    db = open_database(tmp_path / "leeg.sqlite", create=True)
    session = Session(db, User(1, "beheer", "", Role.PRAKTIJKMANAGER, True, None, None))
    with pytest.raises(NoPracticeError):
        update_practice(session, validate_details("X", "01234567"))
    db.close()


def test_update_practice_needs_the_praktijkmanager(demo_db) -> None:
    from plusdesk.core.errors import PermissionDeniedError
    from plusdesk.core.practice import update_practice
    from plusdesk.core.users import login

    poh = login(demo_db, "poh", "plusdesk-demo")
    with pytest.raises(PermissionDeniedError, match="praktijkgegevens wijzigen"):
        update_practice(poh, validate_details("Overgenomen", "01111111"))
    assert get_practice(demo_db).name != "Overgenomen"
