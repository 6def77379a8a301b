"""Observed against expected referrals per year: Vektis figures or indirect standardisation.

Expected referrals by indirect standardisation: E = Σ over strata (age band × sex) of the
practice's patients in the stratum × the reference rate per 1,000 / 1,000. A year without a
list structure uses the structure of the nearest year that has one (on a tie the earlier).
A code group sums observed and expected over its member codes before the ratio is taken.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from plusdesk.core.db import Database
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.reference import CodeGroup, list_groups, specialisms
from plusdesk.core.referral_model import REFERENCE_NAME_KEY
from plusdesk.core.stats import oe_ratio
from plusdesk.core.validation import today

SOURCE_VEKTIS = "Vektis"
SOURCE_STANDARDISED = "standaardisatie"
OE_COLUMNS = (
    "subject",
    "label",
    "kind",
    "observed",
    "expected",
    "ratio",
    "low",
    "high",
    "signal",
    "source",
)


def specialism_label(code: str, names: dict[str, str]) -> str:
    """A code as the user reads it: "Longziekten (0322)", or "Code 9400" without a name."""
    if code in names:
        return f"{names[code]} ({code})"
    return Text(QT_TRANSLATE_NOOP("core", "Code {code}"), code=code)


def group_label(name: str) -> str:
    """A code group as the user reads it: "GGZ (groep)"."""
    return Text(QT_TRANSLATE_NOOP("core", "{name} (groep)"), name=name)


def members(group: CodeGroup, codes: Iterable[str]) -> list[str]:
    """The codes among `codes` that belong to the group."""
    return [c for c in codes if group.matches(c)]


def nearest_year(year: int, available: Iterable[int]) -> int | None:
    """The available year closest to `year` (the earlier on a tie), or None when there is none."""
    return min(available, key=lambda y: (abs(y - year), y), default=None)


def expected_table(db: Database) -> pd.DataFrame:
    """Expected referrals per year of list structure (rows) and specialism code (columns).

    Strata of the list without a reference rate count as rate 0. Empty without a reference
    table or without a list structure.
    """
    frame = pd.read_sql_query(
        "SELECT l.year, r.specialism, sum(l.patients * r.rate) / 1000.0 AS expected "
        "FROM list_size l JOIN reference_rate r ON r.age_band = l.age_band AND r.sex = l.sex "
        "GROUP BY l.year, r.specialism",
        db.conn,
    )
    table = frame.pivot(index="year", columns="specialism", values="expected").fillna(0.0)
    return table.rename_axis(index=None, columns=None).astype(float)


def expected_by_standardisation(db: Database, year: int) -> pd.Series:
    """Specialism code → expected referrals in `year` (Σ list size × rate / 1,000); may be empty."""
    return _expected_in(expected_table(db), year)


def _expected_in(table: pd.DataFrame, year: int) -> pd.Series:
    found = nearest_year(year, (int(y) for y in table.index))
    if found is None:
        return pd.Series(dtype=float, name="expected")
    return table.loc[found].rename("expected").rename_axis(None)


def observed_in(db: Database, year: int) -> pd.Series:
    """Specialism code → active referrals in a calendar year."""
    rows = db.query(
        "SELECT specialism, count(*) FROM referral WHERE replaced_by IS NULL "
        "AND substr(referred_on, 1, 4) = ? GROUP BY specialism",
        (f"{year:04d}",),
    )
    return pd.Series({r[0]: int(r[1]) for r in rows}, dtype="int64", name="observed")


def benchmark_in(db: Database, year: int) -> dict[str, tuple[int, float]]:
    """Subject (code or group name) → (observed, expected) as Vektis reported them for a year."""
    rows = db.query(
        "SELECT subject, observed, expected FROM referral_benchmark WHERE year = ?", (year,)
    )
    return {r[0]: (int(r[1]), float(r[2])) for r in rows}


def oe_table(db: Database, year: int) -> pd.DataFrame:
    """O/E per specialism and per code group for a year, highest ratio first.

    Columns: subject, label, kind ("specialism"/"group"), observed, expected, ratio, low, high
    (exact 95 % Poisson interval), signal ("boven"/"onder"/None: the interval excludes 1) and
    source: "Vektis" when a Praktijkspiegel row exists for the subject and year (observed and
    expected both from it), else "standaardisatie" (active referrals against the reference
    table). A subject without an expected count (> 0) is left out.
    """
    names = specialisms(db)
    groups = list_groups(db)
    group_names = {g.name for g in groups}
    observed = observed_in(db, year)
    expected = _expected_in(expected_table(db), year)
    vektis = benchmark_in(db, year)
    codes = sorted(set(observed.index) | set(expected.index))
    rows = []

    def add(subject: str, label: str, kind: str, o: float, e: float, source: str) -> None:
        if not e > 0:
            return
        r = oe_ratio(o, e)
        rows.append((subject, label, kind, int(o), e, r.ratio, r.low, r.high, r.signal, source))

    for code in sorted(set(codes) | {s for s in vektis if s not in group_names}):
        label = specialism_label(code, names)
        kind = "specialism" if code.isdigit() and len(code) == 4 else "group"
        if kind == "group":  # a Vektis subject that is no code and no (longer a) group
            label = group_label(code)
        if code in vektis:
            add(code, label, kind, *vektis[code], SOURCE_VEKTIS)
        else:
            o, e = observed.get(code, 0), expected.get(code, 0.0)
            add(code, label, kind, o, e, SOURCE_STANDARDISED)
    for group in groups:
        label = group_label(group.name)
        if group.name in vektis:
            add(group.name, label, "group", *vektis[group.name], SOURCE_VEKTIS)
            continue
        inside = members(group, codes)
        o = int(observed.reindex(inside).fillna(0).sum())
        e = float(expected.reindex(inside).fillna(0).sum())
        add(group.name, label, "group", o, e, SOURCE_STANDARDISED)
    table = pd.DataFrame(rows, columns=list(OE_COLUMNS))
    table["observed"] = table["observed"].astype("int64")
    table = table.astype({c: float for c in ("expected", "ratio", "low", "high")})
    table["signal"] = pd.Series([r[8] for r in rows], index=table.index, dtype=object)
    return table.sort_values(["ratio", "subject"], ascending=[False, True], ignore_index=True)


def latest_year(db: Database) -> int | None:
    """The latest complete calendar year that has active referrals or Vektis figures."""
    current = today().year
    found = db.scalar(
        "SELECT max(y) FROM (SELECT CAST(substr(max(referred_on), 1, 4) AS INTEGER) AS y "
        "FROM referral WHERE replaced_by IS NULL AND referred_on < ? "
        "UNION ALL SELECT max(year) FROM referral_benchmark WHERE year < ?)",
        (f"{current:04d}-01-01", current),
    )
    return None if found is None else int(found)


def reference_label(db: Database) -> str | None:
    """The name of the reference-rate table as the zorggroep supplied it, or None."""
    name = db.scalar("SELECT value FROM meta WHERE key = ?", (REFERENCE_NAME_KEY,))
    return (name.strip() or None) if isinstance(name, str) else None
