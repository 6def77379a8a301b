"""Checks shared by every form: patient references (never a BSN), dates, scores, text."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from plusdesk.core.clock import format_date, utc_now
from plusdesk.core.errors import ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

MAX_PATIENT_REF = 20
_PATIENT_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-/.]*$")
_BSN_DIGITS = re.compile(r"[0-9]{8,9}")


def is_bsn(text: str) -> bool:
    """True for 9 digits that pass the 11-proef (the Dutch citizen service number test)."""
    digits = re.sub(r"[\s.\-]", "", text or "")
    # [0-9], not str.isdigit(): that also accepts '²' (AltGr+2), which int() then refuses.
    if not _BSN_DIGITS.fullmatch(digits):
        return False
    digits = digits.zfill(9)  # a BSN may be written without its leading zero
    if digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def patient_ref(text: str, *, field: str = "patient_ref") -> str:
    """A patient reference as stored: the practice's own HIS number, never a BSN."""
    value = (text or "").strip()
    if not value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Vul het patiëntnummer uit het HIS in."), field=field
        )
    if is_bsn(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "Dit lijkt een BSN (9 cijfers die de elfproef doorstaan). PlusDesk slaat geen "
                "BSN op: gebruik het patiëntnummer uit uw HIS.",
            ),
            field=field,
        )
    if len(value) > MAX_PATIENT_REF or not _PATIENT_REF.match(value):
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Het patiëntnummer '{value}' is ongeldig: gebruik alleen letters, cijfers "
                    "en - / . (max. {maximum} tekens), zoals het in uw HIS staat.",
                ),
                value=value,
                maximum=MAX_PATIENT_REF,
            ),
            field=field,
        )
    return value


def today() -> date:
    """Today's local date (through the clock module, so tests can fix it)."""
    return utc_now().astimezone().date()


def parse_date(
    value: str | date | datetime | None,
    *,
    label: str,
    field: str,
    required: bool = True,
    allow_future: bool = False,
    earliest: date | None = None,
) -> date | None:
    """A date typed as dd-mm-jjjj (or ISO); refused in the future where that makes no sense."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("core", "Vul de {label} in."), label=label), field=field
            )
        return None
    if isinstance(value, datetime):
        day = value.date()  # a date-time widget's value; comparing it with a date would fail
    elif isinstance(value, date):
        day = value
    else:
        text = value.strip()
        day = None
        for pattern in (r"(\d{1,2})-(\d{1,2})-(\d{4})", r"(\d{4})-(\d{2})-(\d{2})"):
            match = re.fullmatch(pattern, text)
            if match:
                parts = [int(p) for p in match.groups()]
                d, m, y = parts if len(match.group(1)) <= 2 else parts[::-1]
                try:
                    day = date(y, m, d)
                except ValueError:
                    day = None
                break
        if day is None:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core", "De {label} '{text}' is geen geldige datum; schrijf dd-mm-jjjj."
                    ),
                    label=label,
                    text=text,
                ),
                field=field,
            )
    if not allow_future and day > today():
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "De {label} ({date}) ligt in de toekomst; dat kan hier niet."
                ),
                label=label,
                date=format_date(day),
            ),
            field=field,
        )
    if earliest and day < earliest:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "De {label} ({date}) ligt vóór {earliest}."),
                label=label,
                date=format_date(day),
                earliest=format_date(earliest),
            ),
            field=field,
        )
    return day


def score(value: str | int | float | None, *, label: str, field: str, low: int, high: int) -> int:
    """A whole-number score within its scale (e.g. 0–10, PHQ-9 0–27)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "Vul de {label} in ({low}–{high})."),
                label=label,
                low=low,
                high=high,
            ),
            field=field,
        )
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "De {label} moet een getal zijn ({low}–{high})."),
                label=label,
                low=low,
                high=high,
            ),
            field=field,
        ) from None
    if not number.is_integer() or not low <= number <= high:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "De {label} moet een geheel getal van {low} t/m {high} zijn."
                ),
                label=label,
                low=low,
                high=high,
            ),
            field=field,
        )
    return int(number)


def _too_long(label: str, max_length: int) -> Text:
    return Text(
        QT_TRANSLATE_NOOP("core", "De {label} is te lang (max. {maximum} tekens)."),
        label=label,
        maximum=max_length,
    )


def required_text(value: str | None, *, label: str, field: str, max_length: int = 200) -> str:
    """A trimmed text that must be filled in."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("core", "Vul de {label} in."), label=label), field=field
        )
    if len(text) > max_length:
        raise ValidationError(_too_long(label, max_length), field=field)
    return text


def choice(kind: type, value: str | None, message: str, field: str) -> Any:
    """One of an enum's values as typed or picked; the message when it is none of them."""
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(message, field=field) from None


def limited_text(value: str | None, label: str, field: str, max_length: int = 2000) -> str:
    """A trimmed optional text, refused when longer than the field allows."""
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(_too_long(label, max_length), field=field)
    return text
