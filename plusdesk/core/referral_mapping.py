"""Which export column holds which referral field: guessing, saving and finding mappings."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from plusdesk.core.db import Database
from plusdesk.core.errors import ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.importing import guess_day_first, header_key, parse_dates

FIELDS: tuple[str, ...] = ("date", "specialism", "icpc", "referrer")
REQUIRED_FIELDS: tuple[str, ...] = ("date", "specialism")
FIELD_LABELS: dict[str, str] = {
    "date": QT_TRANSLATE_NOOP("core", "Datum verwijzing"),
    "specialism": QT_TRANSLATE_NOOP("core", "Specialisme (code of naam)"),
    "icpc": QT_TRANSLATE_NOOP("core", "ICPC-code"),
    "referrer": QT_TRANSLATE_NOOP("core", "Verwijzer"),
}

# Column names that point at a patient. Such columns are never read into PlusDesk; a column
# about the referring professional ("Naam verwijzer") is not one of them.
_PATIENT_HINTS = re.compile(
    r"pati[eë]nt|\bpat\b|patnr|pat\.|bsn|burgerservice|geboorte|\bnaam\b|achternaam|voornaam|"
    r"adres|straat|postcode|woonplaats|telefoon|e-?mail|his-?nummer|\bleeftijd\b|geslacht",
    re.IGNORECASE,
)
_PROFESSIONAL_HINTS = re.compile(r"verwijzer|arts|specialis|zorgverlener|behandelaar", re.I)

_GUESS_HINTS: dict[str, re.Pattern[str]] = {
    "date": re.compile(r"datum|date|dag", re.I),
    "specialism": re.compile(r"specialis|vakgebied|discipline|afdeling|zorgverlener|poli", re.I),
    "icpc": re.compile(r"icpc|diagnose|episode", re.I),
    "referrer": re.compile(r"verwijzer|huisarts|\barts\b|behandelaar|door", re.I),
}


@dataclass(frozen=True)
class Mapping:
    """Export column per field, the date order, and names the user tied to a code."""

    columns: dict[str, str]
    day_first: bool = True
    values: dict[str, str] = field(default_factory=dict)  # normalised name → code
    name: str | None = None

    def column(self, name: str) -> str | None:
        """The file column mapped to a field, or None."""
        return self.columns.get(name) or None

    def used_columns(self) -> list[str]:
        """The file columns to read, in field order (nothing else is read)."""
        return [c for f in FIELDS if (c := self.column(f))]


def patient_columns(columns: Sequence[str]) -> list[str]:
    """The columns whose name says they identify a patient: shown, never stored."""
    return [c for c in columns if _PATIENT_HINTS.search(c) and not _PROFESSIONAL_HINTS.search(c)]


def check_mapping(mapping: Mapping, columns: Sequence[str]) -> None:
    """Refuse a mapping that misses a required field, uses a column twice, or a patient column."""
    for name in REQUIRED_FIELDS:
        if not mapping.column(name):
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("core", "Kies de kolom met '{field}'; die is verplicht."),
                    field=FIELD_LABELS[name],
                ),
                field=name,
            )
    used = [c for f in FIELDS if (c := mapping.column(f))]
    for column in used:
        if column not in columns:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP("core", "De kolom '{column}' staat niet in dit bestand."),
                    column=column,
                )
            )
    doubles = {c for c in used if used.count(c) > 1}
    if doubles:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "Elke kolom kan maar voor één gegeven gekozen worden: {columns}."
                ),
                columns=", ".join(f"'{c}'" for c in sorted(doubles)),
            )
        )
    blocked = set(patient_columns(columns)) & set(used)
    if blocked:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "Kolommen met patiëntgegevens worden niet opgeslagen: {columns}."
                ),
                columns=", ".join(f"'{c}'" for c in sorted(blocked)),
            )
        )


def guess_mapping(columns: Sequence[str], sample: pd.DataFrame) -> Mapping:
    """A first mapping from column names and the first rows, for the user to confirm."""
    blocked = set(patient_columns(columns))
    free = [c for c in columns if c not in blocked]
    chosen: dict[str, str] = {}
    for name in FIELDS:
        for column in free:
            if column not in chosen.values() and _GUESS_HINTS[name].search(column):
                chosen[name] = column
                break
    if "date" not in chosen and len(sample):
        # no column is called "datum": take the first whose values read as dates
        for column in free:
            if column in chosen.values() or column not in sample:
                continue
            values = sample[column].astype(str)
            if parse_dates(values).notna().mean() > 0.8:
                chosen["date"] = column
                break
    day_first = True
    if "date" in chosen and chosen["date"] in sample:
        day_first = guess_day_first(sample[chosen["date"]])
    return Mapping(chosen, day_first)


def _from_row(row: dict[str, object]) -> Mapping:
    stored = json.loads(str(row["columns"]))
    return Mapping(
        dict(stored.get("columns", {})),
        bool(row["day_first"]),
        dict(stored.get("values", {})),
        str(row["name"]),
    )


def saved_mapping(db: Database, columns: Sequence[str]) -> Mapping | None:
    """The mapping last used for an export with exactly this header, if any."""
    rows = db.query(
        "SELECT * FROM referral_mapping WHERE header_key = ? "
        "ORDER BY coalesce(used_at, created_at) DESC LIMIT 1",
        (header_key(columns),),
    )
    return _from_row(dict(rows[0])) if rows else None


def mapping_by_name(db: Database, name: str) -> Mapping:
    """A saved mapping by its name; refused with the names that exist when unknown."""
    rows = db.query("SELECT * FROM referral_mapping WHERE name = ?", (name.strip(),))
    if not rows:
        names = mapping_names(db)
        if names:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Er is geen kolomkoppeling met de naam '{name}'. Bekende koppelingen: "
                        "{names}.",
                    ),
                    name=name,
                    names=", ".join(names),
                )
            )
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "Er is geen kolomkoppeling met de naam '{name}'."),
                name=name,
            )
        )
    return _from_row(dict(rows[0]))


def mapping_names(db: Database) -> list[str]:
    """The names of all saved mappings."""
    return [r[0] for r in db.query("SELECT name FROM referral_mapping ORDER BY name")]


def store_mapping_in(
    conn: object, name: str, columns: Sequence[str], mapping: Mapping, at: str, by: str
) -> None:
    """Save (or replace) a mapping under a name, inside the caller's transaction."""
    name = name.strip()
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Geef de kolomkoppeling een naam."), field="mapping_name"
        )
    stored = json.dumps(
        {"columns": {k: v for k, v in mapping.columns.items() if v}, "values": mapping.values},
        ensure_ascii=False,
        sort_keys=True,
    )
    conn.execute(  # type: ignore[attr-defined]
        "INSERT INTO referral_mapping (name, header_key, columns, day_first, created_at, "
        "created_by, used_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
        "header_key = excluded.header_key, columns = excluded.columns, "
        "day_first = excluded.day_first, used_at = excluded.used_at",
        (name, header_key(columns), stored, int(mapping.day_first), at, by, at),
    )
