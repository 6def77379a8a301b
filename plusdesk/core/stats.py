"""Statistics the field uses: exact O/E intervals, funnel limits, XmR charts, interrupted series."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import pandas as pd

# scipy.special, not scipy.stats: the χ² quantiles are all the intervals need, and
# scipy.stats takes seconds to import (the Overzicht page needs O/E at start-up).
# statsmodels is imported where a model is fitted.
from scipy.special import chdtrc, chdtri

from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

XMR_LIMIT = 2.66  # 3 / d2 with d2 = 1.128 for moving ranges of two points
XMR_RULES = (
    "buiten de grenzen",
    "7 op rij aan één kant",
    "7 op rij stijgend of dalend",
    "2 van 3 voorbij 2σ",
)
_RUN = 7  # points in a shift or a trend


def _chi2_ppf(q: float | np.ndarray, df: float | np.ndarray) -> float | np.ndarray:
    """The χ² quantile function (scipy.stats.chi2.ppf) from scipy.special."""
    return chdtri(df, 1 - np.asarray(q, dtype=float))


def _check_level(level: float) -> float:
    if not 0 < level < 1:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "Het betrouwbaarheidsniveau moet tussen 0 en 1 liggen.")
        )
    return 1 - level


def oe_interval(observed: float, expected: float, level: float = 0.95) -> tuple[float, float]:
    """Exact (Garwood) Poisson confidence interval of the ratio observed / expected.

    lower = χ²(α/2; 2O)/2/E (0 when O is 0), upper = χ²(1−α/2; 2O+2)/2/E.
    """
    alpha = _check_level(level)
    if not expected > 0:
        raise ValueError(QT_TRANSLATE_NOOP("core", "Het verwachte aantal moet groter dan 0 zijn."))
    if not observed >= 0:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "Het waargenomen aantal mag niet negatief zijn.")
        )
    low = 0.0 if observed == 0 else float(_chi2_ppf(alpha / 2, 2 * observed)) / 2 / expected
    high = float(_chi2_ppf(1 - alpha / 2, 2 * observed + 2)) / 2 / expected
    return low, high


@dataclass(frozen=True)
class OERatio:
    """Observed against expected with its exact interval."""

    observed: float
    expected: float
    ratio: float
    low: float
    high: float

    @property
    def signal(self) -> str | None:
        """ "boven" when the whole interval lies above 1, "onder" when below 1, else None."""
        if self.low > 1:
            return "boven"
        if self.high < 1:
            return "onder"
        return None


def oe_ratio(observed: float, expected: float, level: float = 0.95) -> OERatio:
    """The ratio O/E with its exact Poisson interval (see `oe_interval`)."""
    low, high = oe_interval(observed, expected, level)
    return OERatio(observed, expected, observed / expected, low, high)


def funnel_limits(
    expected: float | Sequence[float] | np.ndarray, level: float
) -> tuple[np.ndarray, np.ndarray]:
    """Spiegelhalter's funnel limits for O/E around a target of 1, at each expected count E.

    low = χ²(α/2; 2E)/2/E and high = χ²(1−α/2; 2E+2)/2/E; returns two arrays shaped as
    `expected` (use level 0.95 and 0.998 for the usual two pairs of lines).
    """
    alpha = _check_level(level)
    e = np.asarray(expected, dtype=float)
    if not np.all(e > 0):
        raise ValueError(QT_TRANSLATE_NOOP("core", "Elk verwacht aantal moet groter dan 0 zijn."))
    low = np.asarray(_chi2_ppf(alpha / 2, 2 * e) / 2 / e)
    high = np.asarray(_chi2_ppf(1 - alpha / 2, 2 * e + 2) / 2 / e)
    return low, high


@dataclass(frozen=True, eq=False)
class Overdispersion:
    """Test whether units vary more around O/E = 1 than Poisson chance allows.

    z holds the Pearson z-scores (O−E)/√E; chi2 = Σz² is compared with a χ² distribution on
    df = n−1 degrees of freedom; phi = chi2/n is Spiegelhalter's over-dispersion factor.
    Over-dispersed when p < 0.05 and phi > 1: only then consider widening funnel limits.
    """

    z: np.ndarray
    chi2: float
    df: int
    p_value: float
    phi: float
    overdispersed: bool


def overdispersion(
    observed: Sequence[float] | np.ndarray, expected: Sequence[float] | np.ndarray
) -> Overdispersion:
    """Pearson χ² test of over-dispersion of observed counts around their expected counts."""
    o = np.asarray(observed, dtype=float)
    e = np.asarray(expected, dtype=float)
    if o.shape != e.shape or o.ndim != 1 or len(o) < 2:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "core", "Geef minstens twee paren van waargenomen en verwachte aantallen."
            )
        )
    if not np.all(e > 0) or not np.all(o >= 0):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "core", "Verwachte aantallen moeten groter dan 0 zijn, waargenomen niet negatief."
            )
        )
    z = (o - e) / np.sqrt(e)
    stat = float(np.sum(z**2))
    df = len(o) - 1
    p = float(chdtrc(df, stat))  # the χ² survival function
    phi = stat / len(o)
    return Overdispersion(z, stat, df, p, phi, bool(p < 0.05 and phi > 1))


def _not_a_point(key: object) -> str:
    return Text(QT_TRANSLATE_NOOP("core", "{point} is geen punt van de reeks."), point=repr(key))


def _position(index: pd.Index, key: object) -> int:
    """Position of `key` in `index`: a position (int, unless the index holds ints), an exact
    label, or for a date on a date/period index the first point starting at or after it."""
    is_int = isinstance(key, int | np.integer) and not isinstance(key, bool)
    if is_int and not pd.api.types.is_integer_dtype(index.dtype):
        return int(key) if key >= 0 else len(index) + int(key)
    dated = isinstance(index, pd.DatetimeIndex | pd.PeriodIndex)
    if not (dated and isinstance(key, dt.date | np.datetime64)):
        found = index.get_indexer([key])[0]
        if found >= 0:
            return int(found)
    if not index.is_monotonic_increasing:
        raise ValueError(_not_a_point(key))
    if dated:
        starts = index.to_timestamp(how="start") if isinstance(index, pd.PeriodIndex) else index
        if isinstance(key, pd.Period):
            key = key.start_time
        try:
            key = pd.Timestamp(key)
        except (TypeError, ValueError) as exc:
            raise ValueError(_not_a_point(key)) from exc
        return int(starts.searchsorted(key, side="left"))
    try:
        return int(index.searchsorted(key, side="left"))
    except TypeError as exc:
        raise ValueError(_not_a_point(key)) from exc


def _runs(codes: np.ndarray, min_length: int) -> np.ndarray:
    """True for every element in a run of at least `min_length` equal non-zero codes."""
    flag = np.zeros(len(codes), dtype=bool)
    start = 0
    for i in range(1, len(codes) + 1):
        if i == len(codes) or codes[i] != codes[start]:
            if codes[start] != 0 and i - start >= min_length:
                flag[start:i] = True
            start = i
    return flag


def _segment_rules(v: np.ndarray, centre: float, mr: float) -> tuple[list[str], np.ndarray]:
    """Rule and side (+1 high, −1 low) of each special-cause point in one segment."""
    n = len(v)
    flags = [np.zeros(n, dtype=bool) for _ in XMR_RULES]
    sides = [np.sign(v - centre) for _ in XMR_RULES]
    upper, lower = centre + XMR_LIMIT * mr, centre - XMR_LIMIT * mr
    flags[0] = (v > upper) | (v < lower)
    flags[1] = _runs(np.sign(v - centre), _RUN)
    steps = np.sign(np.diff(v))
    for s in (1, -1):  # a trend of 7 points is 6 steps in the same direction
        in_trend = np.zeros(n, dtype=bool)
        stepped = _runs(np.where(steps == s, s, 0), _RUN - 1)
        in_trend[:-1] |= stepped
        in_trend[1:] |= stepped
        sides[2] = np.where(in_trend & ~flags[2], s, sides[2])
        flags[2] |= in_trend
    near = 2 / 3 * XMR_LIMIT * mr
    for beyond in (v > centre + near, v < centre - near):
        for i in range(n - 2):
            if beyond[i : i + 3].sum() >= 2:
                flags[3][i : i + 3] |= beyond[i : i + 3]
    rules, side = [""] * n, np.zeros(n)
    for i in range(n):
        for r, name in enumerate(XMR_RULES):
            if flags[r][i]:
                rules[i], side[i] = name, sides[r][i]
                break
    return rules, side


def xmr(
    values: Sequence[float] | pd.Series,
    rebase_at: Iterable[object] = (),
    improvement: str = "down",
) -> pd.DataFrame:
    """XmR chart as in NHS "Making Data Count", re-based at the given points.

    `rebase_at` holds positions (ints, unless the series' index holds ints) or index labels
    where a new segment starts. Per segment: centre = mean, limits = centre ± 2.66 × mean
    moving range (not clipped at 0). Special causes, within a segment, in order of
    precedence: a point outside the limits; 7 or more points in a row above (or below) the
    centre (a point on the centre breaks the run); 7 or more points each rising (or falling)
    versus the previous; 2 of 3 points in a row beyond 2/3 of the way to a limit on the same
    side (those points are flagged). `direction` says "improvement" or "concern" per
    `improvement` ("down": lower is better, "up": higher is better) from the point's side of
    the centre, or for a trend from its direction. A segment of one point has no limits.
    """
    if improvement not in ("down", "up"):
        raise ValueError('improvement moet "down" of "up" zijn.')
    series = values if isinstance(values, pd.Series) else pd.Series(list(values))
    v = series.to_numpy(dtype=float)
    if np.isnan(v).any():
        raise ValueError(QT_TRANSLATE_NOOP("core", "De reeks bevat ontbrekende waarden."))
    n = len(v)
    cuts = {0}
    for key in rebase_at:
        pos = _position(series.index, key)
        if not 0 <= pos < n:
            raise ValueError(
                Text(
                    QT_TRANSLATE_NOOP("core", "Herberekenpunt {point} ligt buiten de reeks."),
                    point=repr(key),
                )
            )
        cuts.add(pos)
    bounds = [*sorted(cuts), n] if n else [0]
    nan = np.full(n, np.nan)
    centre, lower, upper, moving = nan.copy(), nan.copy(), nan.copy(), nan.copy()
    segment = np.zeros(n, dtype=int)
    rules, side = [""] * n, np.zeros(n)
    for k, (a, b) in enumerate(pairwise(bounds)):
        seg = v[a:b]
        segment[a:b] = k
        centre[a:b] = seg.mean()
        if len(seg) < 2:
            continue
        moving[a + 1 : b] = np.abs(np.diff(seg))
        mr = float(moving[a + 1 : b].mean())
        lower[a:b] = seg.mean() - XMR_LIMIT * mr
        upper[a:b] = seg.mean() + XMR_LIMIT * mr
        rules[a:b], side[a:b] = _segment_rules(seg, float(seg.mean()), mr)
    good = -1 if improvement == "down" else 1
    direction = [
        "" if not r else ("improvement" if s == good else "concern")
        for r, s in zip(rules, side, strict=True)
    ]
    return pd.DataFrame(
        {
            "value": v,
            "centre": centre,
            "lower": lower,
            "upper": upper,
            "segment": segment,
            "moving_range": moving,
            "rule": rules,
            "direction": direction,
        },
        index=series.index,
    )


@dataclass(frozen=True, eq=False)
class ITSResult:
    """Level and slope change of an interrupted time series, as rate ratios with 95 % CIs.

    level_change: rate ratio at the start, exp(β_step); slope_change: extra rate ratio per
    period after the start, exp(β_time_since). fitted: fitted counts; counterfactual: fitted
    counts after the start had level and slope not changed (NaN before the start).
    dispersion: Pearson χ²/df of the fit; well above 1 suggests scale="X2".
    """

    level_change: float
    level_low: float
    level_high: float
    slope_change: float
    slope_low: float
    slope_high: float
    p_level: float
    p_slope: float
    n_before: int
    n_after: int
    fitted: pd.Series
    counterfactual: pd.Series
    dispersion: float


def interrupted_time_series(
    counts: pd.Series,
    exposure: pd.Series,
    start: object,
    scale: str | float | None = None,
    season: int | None = None,
) -> ITSResult:
    """Segmented Poisson regression of counts with log(exposure) as offset.

    Terms: intercept, time (0..n−1), step (1 from the start on) and time_since (0 before,
    0, 1, 2... from the start on). The series are consecutive periods (months, quarters) in
    order, on the same index. `start` is an index label, or a date: the first point starting
    at or after it opens the "after" segment. `scale` is passed to statsmodels' GLM.fit:
    None for plain Poisson, "X2" for quasi-Poisson standard errors. `season` (periods per
    year: 12 for months, 4 for quarters) adds one pair of Fourier terms, sin and cos of
    2πt/season, so a winter peak is not taken for a level or slope change (Bernal et al.,
    Int J Epidemiol 2017); it needs at least two years of points.
    """
    if not counts.index.equals(exposure.index):
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "Aantallen en noemers moeten dezelfde perioden hebben.")
        )
    if not counts.index.is_monotonic_increasing or not counts.index.is_unique:
        raise ValueError(QT_TRANSLATE_NOOP("core", "De perioden moeten oplopend en uniek zijn."))
    y = counts.to_numpy(dtype=float)
    e = exposure.to_numpy(dtype=float)
    if not np.all(e > 0):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "core", "De noemer (zoals de praktijkgrootte) moet overal groter dan 0 zijn."
            )
        )
    if not np.all(y >= 0):
        raise ValueError(QT_TRANSLATE_NOOP("core", "Aantallen mogen niet negatief of leeg zijn."))
    n = len(y)
    pos = _position(counts.index, start)
    if pos < 3:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "Te weinig meetpunten vóór de start: minstens 3 nodig.")
        )
    if n - pos < 3:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "Te weinig meetpunten ná de start: minstens 3 nodig.")
        )
    t = np.arange(n, dtype=float)
    after = t >= pos
    design = pd.DataFrame(
        {
            "const": 1.0,
            "time": t,
            "step": after.astype(float),
            "time_since": np.where(after, t - pos, 0.0),
        },
        index=counts.index,
    )
    if season and n >= 2 * season:
        design["season_sin"] = np.sin(2 * np.pi * t / season)
        design["season_cos"] = np.cos(2 * np.pi * t / season)
    offset = np.log(e)
    from statsmodels.genmod import families
    from statsmodels.genmod.generalized_linear_model import GLM

    model = GLM(y, design, family=families.Poisson(), offset=offset)
    res = model.fit(scale=scale)
    ci = np.exp(res.conf_int(alpha=0.05))
    baseline = design.assign(step=0.0, time_since=0.0)  # seasonal terms stay: same season
    counterfactual = np.where(after, res.predict(baseline, offset=offset), np.nan)
    return ITSResult(
        level_change=float(np.exp(res.params["step"])),
        level_low=float(ci.loc["step", 0]),
        level_high=float(ci.loc["step", 1]),
        slope_change=float(np.exp(res.params["time_since"])),
        slope_low=float(ci.loc["time_since", 0]),
        slope_high=float(ci.loc["time_since", 1]),
        p_level=float(res.pvalues["step"]),
        p_slope=float(res.pvalues["time_since"]),
        n_before=pos,
        n_after=n - pos,
        fitted=pd.Series(np.asarray(res.mu), index=counts.index, name="fitted"),
        counterfactual=pd.Series(counterfactual, index=counts.index, name="counterfactual"),
        dispersion=float(res.pearson_chi2 / res.df_resid),
    )
