"""Referral figures for the charts: counts per month, rates per 1,000, XmR, before/after, markers.

Everything here is data: the GUI only draws it. `load_counts` reads the referrals once; a chart
then switches between specialisms and code groups with pandas alone. O/E per year lives in
`referral_oe` (re-exported here).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from plusdesk.core.clock import format_date
from plusdesk.core.db import Database
from plusdesk.core.errors import ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.practice import get_practice
from plusdesk.core.reference import CodeGroup, list_groups, specialisms
from plusdesk.core.referral_oe import (
    expected_by_standardisation,
    expected_table,
    group_label,
    latest_year,
    members,
    nearest_year,
    oe_table,
    reference_label,
    specialism_label,
)
from plusdesk.core.register import milestones
from plusdesk.core.stats import ITSResult, interrupted_time_series, xmr
from plusdesk.core.validation import today

__all__ = [
    "BeforeAfter",
    "Marker",
    "ReferralCounts",
    "Subject",
    "before_after",
    "expected_by_standardisation",
    "latest_year",
    "load_counts",
    "markers",
    "oe_table",
    "reference_label",
    "subjects",
    "trend",
]

FREQS = {
    "M": (12, QT_TRANSLATE_NOOP("core", "maand"), QT_TRANSLATE_NOOP("core", "maanden")),
    "Q": (4, QT_TRANSLATE_NOOP("core", "kwartaal"), QT_TRANSLATE_NOOP("core", "kwartalen")),
}
TREND_COLUMNS = (
    "count",
    "patients",
    "rate",
    "expected_rate",
    "centre",
    "lower",
    "upper",
    "segment",
    "rule",
    "direction",
)
MIN_POINTS = 3  # periods needed before and after a start for a before/after comparison


@dataclass(frozen=True)
class Subject:
    """Something to chart: one specialism code or a code group, with its active referrals."""

    key: str  # specialism code or group name
    label: str  # "Longziekten (0322)", "GGZ (groep)"
    kind: str  # "specialism" | "group"
    total: int


def _totals(db: Database) -> dict[str, int]:
    rows = db.query(
        "SELECT specialism, count(*) FROM referral WHERE replaced_by IS NULL GROUP BY specialism"
    )
    return {r[0]: int(r[1]) for r in rows}


def subjects(db: Database) -> list[Subject]:
    """All code groups, then the codes that have referrals; each by total referrals, most first."""
    names = specialisms(db)
    totals = _totals(db)
    groups = [
        Subject(g.name, group_label(g.name), "group", sum(totals[c] for c in members(g, totals)))
        for g in list_groups(db)
    ]
    codes = [Subject(c, specialism_label(c, names), "specialism", n) for c, n in totals.items()]

    def order(s: Subject) -> tuple[int, str]:
        return -s.total, s.key

    return sorted(groups, key=order) + sorted(codes, key=order)


@dataclass(frozen=True, eq=False)
class ReferralCounts:
    """The practice's referral counts and list sizes, read once for switching charts quickly."""

    monthly: pd.DataFrame  # PeriodIndex (M) × specialism code → active referrals (int)
    list_sizes: dict[int, int]  # year → patients on the list (list_size table, summed)
    practice_size: int | None  # the practice's list size, when no year has a list
    expected: pd.DataFrame  # year of list structure × code → expected referrals that year
    groups: tuple[CodeGroup, ...]

    def codes(self, key: str) -> list[str]:
        """The specialism codes a subject counts: a group's members, or the code itself."""
        for group in self.groups:
            if group.name == key:
                known = dict.fromkeys([*self.monthly.columns, *self.expected.columns])
                return members(group, known)
        return [key]

    def for_subject(self, key: str) -> pd.Series:
        """Active referrals per complete month for a code or a group (its codes summed)."""
        cols = [c for c in self.codes(key) if c in self.monthly.columns]
        return self.monthly[cols].sum(axis=1).astype("int64").rename("count")

    def list_size(self, year: int) -> float:
        """Patients on the list in a year (nearest year with a list, else the practice's size)."""
        found = nearest_year(year, self.list_sizes)
        if found is not None:
            return float(self.list_sizes[found])
        return float(self.practice_size) if self.practice_size else math.nan

    def patients(self, index: pd.PeriodIndex) -> pd.Series:
        """The list size for each period (that of the period's year); NaN when unknown."""
        sizes = {y: self.list_size(y) for y in set(index.year)}
        return pd.Series([sizes[y] for y in index.year], index=index, dtype=float, name="patients")

    def expected_in(self, key: str, year: int) -> float:
        """Expected referrals in a year by indirect standardisation; NaN without a reference."""
        found = nearest_year(year, (int(y) for y in self.expected.index))
        cols = [c for c in self.codes(key) if c in self.expected.columns]
        if found is None or not cols:
            return math.nan
        return float(self.expected.loc[found, cols].sum())


def load_counts(db: Database) -> ReferralCounts:
    """Read the active referrals per month and code (complete months only) and the list sizes.

    The months run from the first to the last month that has referrals, months without any
    referral count 0; the current month and later are left out, as they are not complete.
    """
    this_month = pd.Period(today(), "M")
    frame = pd.read_sql_query(
        "SELECT substr(referred_on, 1, 7) AS month, specialism, count(*) AS n FROM referral "
        "WHERE replaced_by IS NULL AND referred_on < ? GROUP BY month, specialism",
        db.conn,
        params=(this_month.start_time.date().isoformat(),),
    )
    if frame.empty:
        monthly = pd.DataFrame(index=pd.PeriodIndex([], freq="M"), dtype="int64")
    else:
        table = frame.pivot(index="month", columns="specialism", values="n")
        table.index = pd.PeriodIndex(table.index, freq="M")
        full = pd.period_range(table.index.min(), table.index.max(), freq="M")
        monthly = table.reindex(full).fillna(0).astype("int64")
    monthly = monthly.rename_axis(index=None, columns=None)
    rows = db.query("SELECT year, sum(patients) FROM list_size GROUP BY year")
    practice = get_practice(db)
    return ReferralCounts(
        monthly=monthly,
        list_sizes={int(r[0]): int(r[1]) for r in rows},
        practice_size=practice.list_size if practice else None,
        expected=expected_table(db),
        groups=tuple(list_groups(db)),
    )


def _positions(index: pd.PeriodIndex, days: Sequence[dt.date]) -> list[int]:
    """For each date the first period starting at or after it; ignored outside the series."""
    starts = index.to_timestamp(how="start")
    found = {int(starts.searchsorted(pd.Timestamp(d), side="left")) for d in days}
    return sorted(p for p in found if 0 < p < len(index))


def trend(
    counts: ReferralCounts, key: str, freq: str = "M", rebase_at: Sequence[dt.date] = ()
) -> pd.DataFrame:
    """Referrals per period for a subject, with rate, expected rate and an XmR chart on the rate.

    Indexed by period (months, or quarters: only complete quarters). Columns: count, patients
    (list size of the period's year), rate and expected_rate (referrals per 1,000 patients in
    that period, not per year: a month's rate is about a twelfth of a yearly rate), the XmR
    columns on rate (centre, lower clipped at 0, upper, segment, rule, direction; lower rates
    are improvements). `rebase_at` starts a new XmR segment at the first period starting at
    or after each date. expected_rate is NaN without a reference table or list structure.
    """
    if freq not in FREQS:
        raise ValueError('freq moet "M" of "Q" zijn.')
    per_year = FREQS[freq][0]
    count = counts.for_subject(key)
    if freq == "Q":
        grouped = count.groupby(count.index.asfreq("Q"))
        sums = grouped.sum()
        count = sums[grouped.size().to_numpy() == 3]
        count.index = pd.PeriodIndex(count.index, freq="Q")
    patients = counts.patients(count.index)
    years = count.index.year
    expected = {y: counts.expected_in(key, y) for y in set(years)}
    expected_count = pd.Series([expected[y] for y in years], index=count.index) / per_year
    frame = pd.DataFrame(
        {
            "count": count.astype("int64"),
            "patients": patients,
            "rate": count / patients * 1000,
            "expected_rate": expected_count / patients * 1000,
        },
        index=count.index,
    )
    if len(frame) and not frame["rate"].isna().any():
        chart = xmr(frame["rate"], _positions(frame.index, rebase_at), improvement="down")
        for column in ("centre", "upper", "segment", "rule", "direction"):
            frame[column] = chart[column]
        frame["lower"] = chart["lower"].clip(lower=0)
    else:
        frame = frame.assign(centre=np.nan, lower=np.nan, upper=np.nan, segment=0)
        frame = frame.assign(rule="", direction="")
    return frame[list(TREND_COLUMNS)]


@dataclass(frozen=True, eq=False)
class BeforeAfter:
    """Did a subject's referrals change after a start date: the model, its data and a summary."""

    key: str
    start: dt.date
    freq: str
    result: ITSResult  # level and slope change as rate ratios with 95 % intervals
    trend: pd.DataFrame  # `trend` of the subject, re-based at the period holding the start
    summary: str  # plain Dutch for the practice manager


# "Too few periods" per side of the start, and whether there is one period (is) or more (zijn).
_TOO_FEW = {
    ("vóór", True): QT_TRANSLATE_NOOP(
        "core",
        "Te weinig gegevens voor een vergelijking rond de start ({when}): er zijn minstens "
        "{minimum} volledige {units} vóór de start nodig, er is er {count}.",
    ),
    ("vóór", False): QT_TRANSLATE_NOOP(
        "core",
        "Te weinig gegevens voor een vergelijking rond de start ({when}): er zijn minstens "
        "{minimum} volledige {units} vóór de start nodig, er zijn er {count}.",
    ),
    ("vanaf", True): QT_TRANSLATE_NOOP(
        "core",
        "Te weinig gegevens voor een vergelijking rond de start ({when}): er zijn minstens "
        "{minimum} volledige {units} vanaf de start nodig, er is er {count}.",
    ),
    ("vanaf", False): QT_TRANSLATE_NOOP(
        "core",
        "Te weinig gegevens voor een vergelijking rond de start ({when}): er zijn minstens "
        "{minimum} volledige {units} vanaf de start nodig, er zijn er {count}.",
    ),
}
_NONE_ON_SIDE = {
    "vóór": QT_TRANSLATE_NOOP(
        "core",
        "Er zijn vóór de start ({when}) geen verwijzingen; een vergelijking is dan niet mogelijk.",
    ),
    "na": QT_TRANSLATE_NOOP(
        "core",
        "Er zijn na de start ({when}) geen verwijzingen; een vergelijking is dan niet mogelijk.",
    ),
}


def before_after(counts: ReferralCounts, key: str, start: dt.date, freq: str = "M") -> BeforeAfter:
    """Interrupted time series of a subject's counts (list size as exposure) around `start`.

    The "after" segment opens with the period that contains `start`. Without any list size
    the counts themselves are modelled. Seasonality is adjusted for with one pair of Fourier
    terms (from two years of data on). When the counts vary more than Poisson chance allows
    (dispersion > 1) the intervals are widened (quasi-Poisson).
    Raises ValidationError with a Dutch message when there are too few periods or referrals.
    """
    if freq not in FREQS:
        raise ValueError('freq moet "M" of "Q" zijn.')
    _, unit, units = FREQS[freq]
    period = pd.Period(start, freq)
    frame = trend(counts, key, freq, rebase_at=(period.start_time.date(),))
    pos = int(frame.index.searchsorted(period)) if len(frame) else 0
    n_before, n_after = pos, len(frame) - pos
    when = format_date(start)
    for n, side in ((n_before, "vóór"), (n_after, "vanaf")):
        if n < MIN_POINTS:
            raise ValidationError(
                Text(_TOO_FEW[side, n == 1], when=when, minimum=MIN_POINTS, units=units, count=n)
            )
    for part, side in ((frame["count"].iloc[:pos], "vóór"), (frame["count"].iloc[pos:], "na")):
        if part.sum() == 0:
            raise ValidationError(Text(_NONE_ON_SIDE[side], when=when))
    exposure = frame["patients"]
    if exposure.isna().any():
        exposure = pd.Series(1.0, index=frame.index)
    try:
        season = 12 if freq == "M" else 4
        result = interrupted_time_series(frame["count"], exposure, period, season=season)
        if result.dispersion > 1:
            result = interrupted_time_series(
                frame["count"], exposure, period, scale="X2", season=season
            )
    except ValueError as exc:
        # the statistics' own (marked) message when it has one, so it can be translated
        only = exc.args[0] if len(exc.args) == 1 else None
        raise ValidationError(only if isinstance(only, Text) else str(exc)) from exc
    return BeforeAfter(key, start, freq, result, frame, _summary(result, when, unit, units))


def _number(value: float, decimals: int) -> str:
    text = f"{abs(value):.{decimals}f}"
    return text.replace(".", ",")


def _percent(ratio: float) -> str:
    """How far a rate ratio lies from 1, in whole percents: "12" for 0.88 and for 1.12."""
    return _number(100 * (1 - ratio), 0) if ratio < 1 else _number(100 * (ratio - 1), 0)


def _change(ratio: float) -> str:
    """A rate ratio as "12 % lager" or "12 % hoger"."""
    if ratio < 1:
        return Text(QT_TRANSLATE_NOOP("core", "{percent} % lager"), percent=_percent(ratio))
    return Text(QT_TRANSLATE_NOOP("core", "{percent} % hoger"), percent=_percent(ratio))


def _summary(r: ITSResult, when: str, unit: str, units: str) -> str:
    """The before/after result in three plain Dutch sentences."""
    low, high = _change(r.level_low), _change(r.level_high)
    if r.level_high < 1 or r.level_low > 1:  # the interval excludes "no change"
        # both ends lie on the same side: "12 % tot 30 % lager", the nearer end first
        near, far = (r.level_high, r.level_low) if r.level_high < 1 else (r.level_low, r.level_high)
        level = Text(
            QT_TRANSLATE_NOOP(
                "core",
                "lag het aantal verwijzingen direct {change} (95 %-interval {near} % tot {far})",
            ),
            change=_change(r.level_change),
            near=_percent(near),
            far=_change(far),
        )
    else:
        level = Text(
            QT_TRANSLATE_NOOP(
                "core",
                "was er geen duidelijke verandering in niveau (direct {change}, 95 %-interval "
                "{low} tot {high})",
            ),
            change=_change(r.level_change),
            low=low,
            high=high,
        )
    amount = _number(100 * (r.slope_change - 1), 1)
    ends = _slope_interval(r.slope_low, r.slope_high)
    if amount == "0,0":
        slope = Text(
            QT_TRANSLATE_NOOP("core", "Daarna bleef de trend gelijk (95 %-interval {interval})."),
            interval=ends,
        )
    elif r.slope_change < 1:
        slope = Text(
            QT_TRANSLATE_NOOP(
                "core",
                "Daarna daalde het met {amount} % per {unit} extra (95 %-interval {interval}).",
            ),
            amount=amount,
            unit=unit,
            interval=ends,
        )
    else:
        slope = Text(
            QT_TRANSLATE_NOOP(
                "core",
                "Daarna steeg het met {amount} % per {unit} extra (95 %-interval {interval}).",
            ),
            amount=amount,
            unit=unit,
            interval=ends,
        )
    basis = Text(
        QT_TRANSLATE_NOOP(
            "core", "Vergeleken zijn {before} {units} vóór en {after} {units} vanaf de start."
        ),
        before=r.n_before,
        after=r.n_after,
        units=units,
    )
    return Text(
        QT_TRANSLATE_NOOP("core", "Na de start ({when}) {level}. {slope} {basis}"),
        when=when,
        level=level,
        slope=slope,
        basis=basis,
    )


def _slope_interval(low: float, high: float) -> str:
    """ "0,2 % tot 0,9 % daling", or "1,1 % daling tot 0,3 % stijging"."""

    def word(x: float) -> str:
        if x < 1:
            return QT_TRANSLATE_NOOP("core", "daling")
        return QT_TRANSLATE_NOOP("core", "stijging")

    a, b = _number(100 * (low - 1), 1), _number(100 * (high - 1), 1)
    if word(low) == word(high):
        first, second = (b, a) if high < 1 else (a, b)
        return Text(
            QT_TRANSLATE_NOOP("core", "{low} % tot {high} % {change}"),
            low=first,
            high=second,
            change=word(low),
        )
    return Text(
        QT_TRANSLATE_NOOP("core", "{low} % {low_change} tot {high} % {high_change}"),
        low=a,
        low_change=word(low),
        high=b,
        high_change=word(high),
    )


@dataclass(frozen=True)
class Marker:
    """A vertical line on a trend chart: an intervention started or was implemented."""

    date: dt.date
    label: str  # "DZ-02 gestart"
    code: str
    kind: str  # "start" | "geïmplementeerd"
    title: str  # the intervention's title, for a tooltip


def markers(db: Database) -> list[Marker]:
    """Start and implementation dates of the practice's interventions, by date."""
    found = []
    for m in milestones(db):
        if m.started_on:
            found.append(
                Marker(
                    m.started_on,
                    Text(QT_TRANSLATE_NOOP("core", "{code} gestart"), code=m.code),
                    m.code,
                    "start",
                    m.title,
                )
            )
        if m.implemented_on:
            found.append(
                Marker(
                    m.implemented_on,
                    Text(QT_TRANSLATE_NOOP("core", "{code} geïmplementeerd"), code=m.code),
                    m.code,
                    "geïmplementeerd",
                    m.title,
                )
            )
    return sorted(found, key=lambda k: (k.date, k.code, k.kind != "start"))
