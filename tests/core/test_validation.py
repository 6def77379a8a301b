"""Form checks: never a BSN as patient reference, dates, scores, required text, accounts."""

import re
from datetime import date, datetime

import pytest

from plusdesk.core import validation
from plusdesk.core.errors import ValidationError
from plusdesk.core.users import validate_password, validate_username
from plusdesk.core.validation import is_bsn, parse_date, patient_ref, required_text, score

TODAY = date(2026, 3, 15)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validation, "today", lambda: TODAY)


# --- BSN and patient references ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "111222333",
        "123456782",
        "012345672",
        "12345672",
        "1234.56.782",
        "123 456 782",
        "111-222-333",
    ],
)
def test_numbers_that_pass_the_elfproef_are_bsns(text: str) -> None:
    assert is_bsn(text)


@pytest.mark.parametrize(
    "text",
    [
        "123456789",  # 9 digits, fails the 11-proef
        "000000000",
        "00000000",
        "1234567",  # too short
        "1112223334",  # too long
        "A11222333",
        "11122233³",  # AltGr+3 on a US-International keyboard
        "١١١٢٢٢٣٣٣",  # Arabic-Indic digits: not what a Dutch BSN looks like
        "",
    ],
)
def test_other_texts_are_not_bsns(text: str) -> None:
    assert not is_bsn(text)


@pytest.mark.parametrize("text", ["111222333", "123456782", "12345672", "111 222 333"])
def test_patient_reference_refuses_a_bsn_and_points_to_the_his_number(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        patient_ref(text)
    message = caught.value.message
    assert "lijkt een BSN" in message
    assert "patiëntnummer uit uw HIS" in message
    assert caught.value.field == "patient_ref"


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("12345", "12345"),
        ("A-1024", "A-1024"),
        ("  2019/0042 ", "2019/0042"),
        ("123456789", "123456789"),  # nine digits that are not a BSN may be a HIS number
        ("P.77", "P.77"),
    ],
)
def test_patient_reference_accepts_his_numbers(text: str, stored: str) -> None:
    assert patient_ref(text) == stored


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Vul het patiëntnummer uit het HIS in."),
        ("   ", "Vul het patiëntnummer uit het HIS in."),
        ("A 1024", "is ongeldig"),
        ("-1024", "is ongeldig"),
        ("Jansen, J.", "is ongeldig"),
        ("12345678²", "is ongeldig"),
        ("X" * 21, "max. 20 tekens"),
    ],
)
def test_patient_reference_explains_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)) as caught:
        patient_ref(text, field="patient")
    assert caught.value.field == "patient"


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("14-03-2026", date(2026, 3, 14)),
        ("1-2-2026", date(2026, 2, 1)),
        ("2026-03-14", date(2026, 3, 14)),
        (" 29-02-2024 ", date(2024, 2, 29)),
        ("15-03-2026", TODAY),
        (date(2025, 12, 31), date(2025, 12, 31)),
        (datetime(2025, 12, 31, 16, 30), date(2025, 12, 31)),
    ],
)
def test_dates_are_read_as_dd_mm_jjjj_or_iso(text: str | date, day: date) -> None:
    assert parse_date(text, label="gespreksdatum", field="date") == day


@pytest.mark.parametrize(
    "text", ["31-02-2026", "2026-02-31", "29-02-2025", "00-01-2026", "14/03/2026", "gisteren"]
)
def test_impossible_dates_are_refused_with_the_expected_form(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, label="gespreksdatum", field="date")
    assert caught.value.message == (
        f"De gespreksdatum '{text}' is geen geldige datum; schrijf dd-mm-jjjj."
    )
    assert caught.value.field == "date"


def test_a_future_date_is_refused_unless_allowed() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("16-03-2026", label="gespreksdatum", field="date")
    assert caught.value.message == (
        "De gespreksdatum (16-03-2026) ligt in de toekomst; dat kan hier niet."
    )
    assert parse_date(
        "16-03-2026", label="vervolgafspraak", field="next", allow_future=True
    ) == date(2026, 3, 16)


def test_a_date_before_the_earliest_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"ligt vóór 01-01-2019"):
        parse_date("31-12-2018", label="startdatum", field="start", earliest=date(2019, 1, 1))
    assert parse_date(
        "01-01-2019", label="startdatum", field="start", earliest=date(2019, 1, 1)
    ) == date(2019, 1, 1)


def test_an_empty_date_is_asked_for_only_when_required() -> None:
    with pytest.raises(ValidationError, match=re.escape("Vul de gespreksdatum in.")):
        parse_date("  ", label="gespreksdatum", field="date")
    assert parse_date("", label="einddatum", field="end", required=False) is None
    assert parse_date(None, label="einddatum", field="end", required=False) is None


# --- scores -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "number"),
    [("7", 7), ("0", 0), ("10", 10), (" 7 ", 7), ("7,0", 7), ("7.0", 7), (7, 7), (8.0, 8)],
)
def test_scores_within_the_scale_are_accepted(value: str | int | float, number: int) -> None:
    assert score(value, label="score", field="score", low=0, high=10) == number


@pytest.mark.parametrize("value", ["11", "-1", "3.5", "3,5", "100", 10.5])
def test_scores_outside_the_scale_or_not_whole_are_refused(value: str | float) -> None:
    with pytest.raises(ValidationError) as caught:
        score(value, label="tevredenheid", field="score", low=0, high=10)
    assert caught.value.message == "De tevredenheid moet een geheel getal van 0 t/m 10 zijn."


def test_a_score_that_is_no_number_or_empty_says_so() -> None:
    with pytest.raises(ValidationError, match=r"moet een getal zijn \(0–10\)"):
        score("zeven", label="tevredenheid", field="score", low=0, high=10)
    with pytest.raises(ValidationError, match=r"Vul de tevredenheid in \(0–10\)"):
        score(" ", label="tevredenheid", field="score", low=0, high=10)
    with pytest.raises(ValidationError, match=r"Vul de PHQ-9 in \(0–27\)"):
        score(None, label="PHQ-9", field="phq9", low=0, high=27)


def test_a_score_uses_its_own_scale() -> None:
    assert score("27", label="PHQ-9", field="phq9", low=0, high=27) == 27
    with pytest.raises(ValidationError, match="van 0 t/m 27"):
        score("28", label="PHQ-9", field="phq9", low=0, high=27)


# --- required text ----------------------------------------------------------------------------


def test_required_text_is_trimmed_and_must_be_filled_in() -> None:
    assert required_text("  Leefstijlgesprek ", label="titel", field="title") == "Leefstijlgesprek"
    with pytest.raises(ValidationError, match=re.escape("Vul de titel in.")) as caught:
        required_text("   ", label="titel", field="title")
    assert caught.value.field == "title"
    with pytest.raises(ValidationError, match=re.escape("Vul de titel in.")):
        required_text(None, label="titel", field="title")


def test_required_text_has_a_maximum_length() -> None:
    assert required_text("x" * 200, label="titel", field="title") == "x" * 200
    with pytest.raises(ValidationError, match=r"De titel is te lang \(max. 200 tekens\)."):
        required_text("x" * 201, label="titel", field="title")
    with pytest.raises(ValidationError, match=r"max. 10 tekens"):
        required_text("elf tekens!", label="code", field="code", max_length=10)


# --- accounts ---------------------------------------------------------------------------------


def test_a_password_must_be_long_enough() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_password("kort12345")
    assert caught.value.message.startswith("Kies een wachtwoord van minstens 10 tekens.")
    assert caught.value.field == "password"
    assert validate_password("correct paard batterij") == "correct paard batterij"


def test_a_password_may_not_be_the_user_name() -> None:
    with pytest.raises(ValidationError, match="niet gelijk zijn aan de gebruikersnaam"):
        validate_password("Anouk.Janssen", username="anouk.janssen")


def test_a_password_must_be_typed_the_same_twice() -> None:
    with pytest.raises(
        ValidationError, match=re.escape("De twee wachtwoorden zijn niet gelijk.")
    ) as caught:
        validate_password("correct paard batterij", "correct paard baterij")
    assert caught.value.field == "password2"
    assert validate_password("correct paard batterij", "correct paard batterij")


@pytest.mark.parametrize(
    ("name", "stored"),
    [("anouk", "anouk"), ("  a.janssen ", "a.janssen"), ("poh-2@praktijk", "poh-2@praktijk")],
)
def test_user_names_are_trimmed(name: str, stored: str) -> None:
    assert validate_username(name) == stored


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Vul een gebruikersnaam in."),
        ("   ", "Vul een gebruikersnaam in."),
        ("a", "2 tot 40 tekens"),
        ("x" * 41, "2 tot 40 tekens"),
        ("anouk janssen", "geen spaties"),
        ("anouk;drop", "letters a–z zonder accenten, cijfers en . _ - @"),
        ("josé", "zonder accenten"),
    ],
)
def test_user_names_are_checked_with_a_clear_message(name: str, message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)) as caught:
        validate_username(name)
    assert caught.value.field == "username"
