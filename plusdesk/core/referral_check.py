"""Checking referral rows: each distinct value once, with a Dutch problem per bad value."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from itertools import islice

import numpy as np
import pandas as pd

from plusdesk.core.db import Database
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.i18n import lines as joined_lines
from plusdesk.core.importing import parse_date_text
from plusdesk.core.reference import (
    known_code,
    list_groups,
    normalise_name,
    specialism_lookup,
    specialisms,
)
from plusdesk.core.referral_mapping import Mapping
from plusdesk.core.validation import is_bsn, today

EARLIEST = date(1990, 1, 1)
_ICPC = re.compile(r"^[A-Z][0-9]{2}(\.[0-9]{1,2})?$")
_CODE_PREFIX = re.compile(r"^(\d{3,4})\b")

BSN_PROBLEM = QT_TRANSLATE_NOOP("core", "lijkt een BSN; een BSN wordt nooit opgeslagen")

Check = Callable[[str], tuple[str | None, str | None]]


def per_unique(
    values: pd.Series, check: Callable[[str], tuple[str | None, str | None]]
) -> tuple[np.ndarray, np.ndarray]:
    """Run check(text) -> (value, problem) once per distinct text; spread over all rows."""
    codes, uniques = pd.factorize(values, sort=False)
    results = [check(str(u)) for u in uniques]
    out = np.array([r[0] for r in results] + [None], dtype=object)
    why = np.array([r[1] for r in results] + [None], dtype=object)
    return out[codes], why[codes]


def date_check(day_first: bool) -> Check:
    last = today()

    def check(text: str) -> tuple[str | None, str | None]:
        if not text.strip():
            return None, QT_TRANSLATE_NOOP("core", "datum ontbreekt")
        day = parse_date_text(text, day_first)
        if day is None:
            return None, QT_TRANSLATE_NOOP(
                "core", "geen geldige datum (verwacht bijvoorbeeld 31-12-2024)"
            )
        if day > last:
            return None, QT_TRANSLATE_NOOP("core", "datum ligt in de toekomst")
        if day < EARLIEST:
            return None, QT_TRANSLATE_NOOP("core", "datum ligt vóór 1990")
        return day.isoformat(), None

    return check


def specialism_check(db: Database, mapping: Mapping) -> Check:
    names = specialisms(db)
    groups = list_groups(db)
    lookup = {**specialism_lookup(db), **mapping.values}

    def check(text: str) -> tuple[str | None, str | None]:
        text = text.strip()
        if not text:
            return None, QT_TRANSLATE_NOOP("core", "specialisme ontbreekt")
        match = _CODE_PREFIX.match(text)
        if match:
            code = match.group(1).zfill(4)
            if known_code(code, names, groups):
                return code, None
            return None, Text(
                QT_TRANSLATE_NOOP(
                    "core", "onbekende specialismecode {code} (niet in COD016 of een codegroep)"
                ),
                code=code,
            )
        code = lookup.get(normalise_name(text))
        if code:
            return code, None
        return None, QT_TRANSLATE_NOOP("core", "onbekend specialisme; koppel de naam aan een code")

    return check


def icpc_check(text: str) -> tuple[str | None, str | None]:
    text = text.strip().upper()
    if not text:
        return None, None
    if _ICPC.match(text):
        return text, None
    return None, QT_TRANSLATE_NOOP("core", "geen geldige ICPC-code (bijvoorbeeld R96 of K86.01)")


def referrer_check(text: str) -> tuple[str | None, str | None]:
    text = " ".join(text.split())
    if not text:
        return None, None
    digits = re.sub(r"\D", "", text)
    if len(digits) == 9 and is_bsn(digits):
        return None, BSN_PROBLEM
    if len(text) > 100:
        return None, QT_TRANSLATE_NOOP("core", "langer dan 100 tekens")
    return text, None


def report_text(problems: pd.DataFrame, *, limit: int = 100) -> str:
    """The row-level report in Dutch: one line per problem, then how many more."""
    lines = [_report_line(r) for r in islice(problems.itertuples(index=False), limit)]
    if len(problems) > limit:
        lines.append(
            Text(
                QT_TRANSLATE_NOOP("core", "… en nog {count} problemen."),
                count=len(problems) - limit,
            )
        )
    return joined_lines(lines)


def _report_line(r: tuple) -> str:
    """One problem of the report: 'Regel 12, kolom 'Datum': '31-02-2024' — ...'."""
    if r.column:
        return Text(
            QT_TRANSLATE_NOOP("core", "Regel {row}, kolom '{column}': '{value}' — {problem}"),
            row=int(r.row),
            column=r.column,
            value=r.value,
            problem=r.problem,
        )
    return Text(
        QT_TRANSLATE_NOOP("core", "Regel {row}, '{value}' — {problem}"),
        row=int(r.row),
        value=r.value,
        problem=r.problem,
    )
