"""List size per stratum, Vektis observed/expected and reference rates: entry and templates."""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from plusdesk.core import audit
from plusdesk.core.clock import utc_now_iso
from plusdesk.core.db import Database
from plusdesk.core.errors import ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.importing import parse_number, read_table
from plusdesk.core.reference import list_groups, normalise_name, specialism_lookup, specialisms
from plusdesk.core.referral_model import (
    AGE_BANDS,
    REFERENCE_NAME_KEY,
    REFERENCE_SOURCE_KEY,
    SEX_LABELS,
    SEXES,
)
from plusdesk.core.referrals import ImportRefused
from plusdesk.core.users import Permission, Session

# Each simple template: its Dutch columns, in order, and an example row.
TEMPLATES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "list_size": (("jaar", "leeftijd", "geslacht", "aantal"), ("2024", "45-64", "V", "812")),
    "benchmark": (
        ("jaar", "specialisme", "waargenomen", "verwacht"),
        ("2024", "0322", "61", "47,3"),
    ),
    "reference": (
        ("specialisme", "leeftijd", "geslacht", "per_1000"),
        ("0322", "65-74", "M", "21,4"),
    ),
}
TEMPLATE_LABELS = {
    "list_size": QT_TRANSLATE_NOOP("core", "praktijkomvang per leeftijd en geslacht"),
    "benchmark": QT_TRANSLATE_NOOP("core", "Vektis-cijfers (waargenomen en verwacht)"),
    "reference": QT_TRANSLATE_NOOP("core", "referentiecijfers per 1.000 patiënten"),
}
_OBSERVED = QT_TRANSLATE_NOOP("core", "Waargenomen")
_SEX_WORDS = {"m": "M", "man": "M", "mannen": "M", "v": "V", "vrouw": "V", "vrouwen": "V", "f": "V"}


@dataclass(frozen=True)
class BenchmarkRow:
    """Vektis' figures for one subject (a specialism code or a code-group name) and year."""

    year: int
    subject: str
    observed: int
    expected: float


def _year(value: str | int) -> int:
    text = str(value).strip()
    if not text.isdigit() or not 1990 <= int(text) <= 2100:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "'{value}' is geen jaartal tussen 1990 en 2100."),
                value=value,
            ),
            field="year",
        )
    return int(text)


def _count(value: str | int | float, label: str) -> int:
    number = parse_number(str(value)) if not isinstance(value, int | float) else float(value)
    if number is None or number < 0 or not float(number).is_integer():
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "{label} '{value}' is geen geheel getal van 0 of meer."),
                label=label,
                value=value,
            )
        )
    return int(number)


def _band(value: str) -> str:
    text = str(value).strip().replace(" ", "").replace("–", "-")
    if text not in AGE_BANDS:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "Leeftijdsgroep '{value}' is onbekend; gebruik {bands}."),
                value=value,
                bands=", ".join(AGE_BANDS),
            )
        )
    return text


def _sex(value: str) -> str:
    sex = _SEX_WORDS.get(str(value).strip().lower())
    if sex is None:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "Geslacht '{value}' is onbekend; gebruik M of V."),
                value=value,
            )
        )
    return sex


def subject_resolver(db: Database) -> Callable[[str], str]:
    """Turns a specialism code, name or code-group name into the stored subject key."""
    lookup = specialism_lookup(db)
    names = specialisms(db)
    all_groups = list_groups(db)
    groups = {normalise_name(g.name): g.name for g in all_groups}

    def resolve(text: str) -> str:
        text = str(text).strip()
        if text.isdigit() and len(text) <= 4:
            code = text.zfill(4)
            if code in names or any(g.matches(code) for g in all_groups):
                return code
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("core", "Specialismecode {code} is onbekend."), code=code)
            )
        key = normalise_name(text)
        if key in groups:
            return groups[key]
        if key in lookup:
            return lookup[key]
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("core", "Specialisme of groep '{name}' is onbekend."), name=text)
        )

    return resolve


# --- list size ---------------------------------------------------------------------------


def list_size_years(db: Database) -> list[int]:
    """The years that have a list size by stratum."""
    return [int(r[0]) for r in db.query("SELECT DISTINCT year FROM list_size ORDER BY year")]


def list_size(db: Database, year: int) -> dict[tuple[str, str], int]:
    """(age band, sex) → patients for a year; empty when the year has none."""
    rows = db.query("SELECT age_band, sex, patients FROM list_size WHERE year = ?", (year,))
    return {(r[0], r[1]): int(r[2]) for r in rows}


def save_list_size(
    session: Session, year: int | str, cells: Mapping[tuple[str, str], int | str]
) -> None:
    """Replace one year's list size by stratum (every band × sex; empty counts as 0)."""
    session.require(Permission.EDIT_REFERRALS, object_type="list_size")
    year = _year(year)
    values = {
        (_band(b), _sex(s)): _count(
            v if str(v).strip() else 0,
            Text(QT_TRANSLATE_NOOP("core", "Aantal {band} {sex}"), band=b, sex=SEX_LABELS[s]),
        )
        for (b, s), v in cells.items()
    }
    if not sum(values.values()):
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "Vul voor {year} minstens één aantal patiënten in."),
                year=year,
            )
        )
    _write_list_size(session, {year: values})


def _write_list_size(session: Session, years: dict[int, dict[tuple[str, str], int]]) -> None:
    with session.db.transaction() as conn:
        for year, values in years.items():
            conn.execute("DELETE FROM list_size WHERE year = ?", (year,))
            conn.executemany(
                "INSERT INTO list_size (year, age_band, sex, patients) VALUES (?, ?, ?, ?)",
                [(year, b, s, values.get((b, s), 0)) for b in AGE_BANDS for s in SEXES],
            )
            audit.record_in(
                conn,
                session.actor,
                "update",
                object_type="list_size",
                object_id=year,
                detail=f"{sum(values.values())} patiënten",
            )


# --- Vektis observed and expected --------------------------------------------------------


def benchmark_rows(db: Database, year: int | None = None) -> list[BenchmarkRow]:
    """Vektis' figures as entered, per year and subject."""
    sql = "SELECT year, subject, observed, expected FROM referral_benchmark"
    rows = (
        db.query(sql + " WHERE year = ? ORDER BY subject", (year,))
        if year
        else db.query(sql + " ORDER BY year, subject")
    )
    return [BenchmarkRow(int(r[0]), r[1], int(r[2]), float(r[3])) for r in rows]


def save_benchmark(
    session: Session, year: int | str, rows: Sequence[tuple[str, str | int, str | float]]
) -> int:
    """Replace one year's Vektis figures: (subject, observed, expected) per row."""
    session.require(Permission.EDIT_REFERRALS, object_type="referral_benchmark")
    year = _year(year)
    resolve = subject_resolver(session.db)
    clean: dict[str, tuple[int, float]] = {}
    for subject, observed, expected in rows:
        if not str(subject).strip():
            continue
        key = resolve(str(subject))
        if key in clean:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core", "'{subject}' staat twee keer in de lijst voor {year}."
                    ),
                    subject=subject,
                    year=year,
                )
            )
        clean[key] = (_count(observed, _OBSERVED), _expected(expected))
    _write_benchmark(session, {year: clean})
    return len(clean)


def _expected(value: str | float) -> float:
    number = parse_number(str(value)) if not isinstance(value, int | float) else float(value)
    if number is None or number <= 0:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "Verwacht '{value}' is geen getal groter dan 0."),
                value=value,
            )
        )
    return float(number)


def _write_benchmark(session: Session, years: dict[int, dict[str, tuple[int, float]]]) -> None:
    stamp = utc_now_iso()
    with session.db.transaction() as conn:
        for year, clean in years.items():
            conn.execute("DELETE FROM referral_benchmark WHERE year = ?", (year,))
            conn.executemany(
                "INSERT INTO referral_benchmark (year, subject, observed, expected, updated_at,"
                " updated_by) VALUES (?, ?, ?, ?, ?, ?)",
                [(year, k, o, e, stamp, session.user.username) for k, (o, e) in clean.items()],
            )
            audit.record_in(
                conn,
                session.actor,
                "update",
                object_type="referral_benchmark",
                object_id=year,
                detail=f"{len(clean)} specialismen/groepen",
            )


# --- reference rates ---------------------------------------------------------------------


# --- templates ---------------------------------------------------------------------------


def write_template(kind: str, path: str | Path) -> Path:
    """An example CSV (Dutch Excel dialect) for the user to fill in."""
    header, example = TEMPLATES[kind]
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerow(example)
    return path


def _rows(kind: str, path: str | Path) -> pd.DataFrame:
    header, _ = TEMPLATES[kind]
    table = read_table(path)
    by_name = {c.strip().lower(): c for c in table.columns}
    missing = [h for h in header if h not in by_name]
    if missing:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Dit is niet het sjabloon voor {template}: de kolom(men) {missing} ontbreken. "
                    "Verwacht: {expected}.",
                ),
                template=TEMPLATE_LABELS[kind],
                missing=", ".join(f"'{m}'" for m in missing),
                expected=";".join(header),
            )
        )
    frame = table.frame[[by_name[h] for h in header]]
    frame.columns = list(header)
    return frame


def _collect(frame: pd.DataFrame, parse: Callable[[pd.Series], object]) -> list[object]:
    parsed, problems = [], []
    for row_number, row in frame.iterrows():
        try:
            parsed.append(parse(row))
        except ValidationError as exc:
            problems.append(
                {"row": row_number, "column": "", "value": ";".join(row), "problem": exc.message}
            )
    if problems:
        if len(problems) == 1:
            template = QT_TRANSLATE_NOOP(
                "core",
                "Het bestand is niet ingelezen: {count} regel bevat fouten. Er is niets "
                "opgeslagen.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "core",
                "Het bestand is niet ingelezen: {count} regels bevatten fouten. Er is "
                "niets opgeslagen.",
            )
        raise ImportRefused(Text(template, count=len(problems)), pd.DataFrame(problems))
    return parsed


def import_template(
    session: Session, kind: str, path: str | Path, *, reference_name: str = ""
) -> int:
    """Read a filled-in template, all rows or none; returns the number of rows stored."""
    session.require(Permission.EDIT_REFERRALS, object_type=kind)
    frame = _rows(kind, path)
    if not len(frame):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Het sjabloon bevat geen regels onder de kop.")
        )
    if kind == "list_size":
        cells = _collect(
            frame,
            lambda r: (
                _year(r["jaar"]),
                _band(r["leeftijd"]),
                _sex(r["geslacht"]),
                _count(r["aantal"], QT_TRANSLATE_NOOP("core", "Aantal")),
            ),
        )
        years: dict[int, dict[tuple[str, str], int]] = {}
        for year, band, sex, n in cells:  # type: ignore[misc]
            years.setdefault(year, {})[(band, sex)] = n
        _write_list_size(session, years)
    elif kind == "benchmark":
        resolve = subject_resolver(session.db)
        cells = _collect(
            frame,
            lambda r: (
                _year(r["jaar"]),
                resolve(r["specialisme"]),
                _count(r["waargenomen"], _OBSERVED),
                _expected(r["verwacht"]),
            ),
        )
        grouped: dict[int, dict[str, tuple[int, float]]] = {}
        for year, key, o, e in cells:  # type: ignore[misc]
            grouped.setdefault(year, {})[key] = (o, e)
        _write_benchmark(session, grouped)
    else:
        cells = _collect(frame, _reference_row(session.db))
        _write_reference(session, cells, reference_name or Path(path).stem)  # type: ignore[arg-type]
    return len(cells)


def _reference_row(db: Database) -> Callable[[pd.Series], tuple[str, str, str, float]]:
    resolve = subject_resolver(db)
    groups = {g.name for g in list_groups(db)}

    def parse(r: pd.Series) -> tuple[str, str, str, float]:
        code = resolve(r["specialisme"])
        if code in groups:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core", "Referentiecijfers horen bij een specialismecode, niet bij een groep."
                )
            )
        rate = parse_number(str(r["per_1000"]))
        if rate is None or rate < 0:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("core", "'{value}' is geen getal van 0 of meer."),
                    value=r["per_1000"],
                )
            )
        return code, _band(r["leeftijd"]), _sex(r["geslacht"]), rate

    return parse


def _write_reference(session: Session, rows: list[tuple[str, str, str, float]], name: str) -> None:
    with session.db.transaction() as conn:
        conn.execute("DELETE FROM reference_rate")
        conn.executemany(
            "INSERT OR REPLACE INTO reference_rate (specialism, age_band, sex, rate) "
            "VALUES (?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [
                (REFERENCE_NAME_KEY, name),
                (
                    REFERENCE_SOURCE_KEY,
                    f"ingelezen door {session.user.username} op {utc_now_iso()[:10]}",
                ),
            ],
        )
        audit.record_in(
            conn,
            session.actor,
            "update",
            object_type="reference_rate",
            object_id=name,
            detail=f"{len(rows)} referentiecijfers",
        )
