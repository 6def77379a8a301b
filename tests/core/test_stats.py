"""The field's statistics agree with published values and with independent computations."""

import math

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
import statsmodels.formula.api as smf
from scipy import optimize
from scipy.stats import gamma, poisson
from statsmodels.stats.rates import confint_poisson

from plusdesk.core.stats import (
    funnel_limits,
    interrupted_time_series,
    oe_interval,
    oe_ratio,
    overdispersion,
    xmr,
)

OUTSIDE, SHIFT, TREND, TWO_OF_THREE = (
    "buiten de grenzen",
    "7 op rij aan één kant",
    "7 op rij stijgend of dalend",
    "2 van 3 voorbij 2σ",
)

# ---------------------------------------------------------------- exact O/E interval


@pytest.mark.parametrize(
    ("observed", "low", "high", "digits"),
    [  # Garwood (1936) exact 95 % limits for a Poisson count, as tabulated
        (0, 0.0, 3.689, 3),
        (1, 0.0253, 5.572, 3),
        (2, 0.2422, 7.225, 3),
        (5, 1.6235, 11.668, 3),
        (10, 4.7954, 18.390, 3),
        (20, 12.22, 30.89, 2),
    ],
)
def test_oe_interval_matches_the_published_garwood_limits(observed, low, high, digits) -> None:
    rounding = 0.6 * 10**-digits
    for expected in (1.0, 10.0, 37.5):
        got = oe_interval(observed, expected)
        assert got[0] == pytest.approx(low / expected, abs=rounding / expected)
        assert got[1] == pytest.approx(high / expected, abs=rounding / expected)


def test_oe_interval_for_ten_observed_ten_expected() -> None:
    assert oe_interval(10, 10) == pytest.approx((0.4795, 1.8390), abs=1e-4)
    assert oe_interval(0, 4) == (0.0, pytest.approx(3.689 / 4, abs=1e-4))


@pytest.mark.parametrize("level", [0.8, 0.95, 0.998])
@pytest.mark.parametrize("observed", [0, 1, 3, 17, 250])
def test_oe_interval_equals_the_statsmodels_exact_central_interval(level, observed) -> None:
    # statsmodels' "exact-c" goes through the gamma distribution, not χ².
    low, high = confint_poisson(observed, 12.5, method="exact-c", alpha=1 - level)
    assert oe_interval(observed, 12.5, level) == pytest.approx((low, high), rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("observed", [1, 4, 9, 60])
def test_oe_interval_inverts_the_poisson_tail_probabilities(observed) -> None:
    expected, alpha = 7.0, 0.05
    # the lower mean has P(X >= O) = α/2, the upper mean has P(X <= O) = α/2
    mu_low = optimize.brentq(lambda m: poisson.sf(observed - 1, m) - alpha / 2, 1e-9, 1e3)
    mu_high = optimize.brentq(lambda m: poisson.cdf(observed, m) - alpha / 2, 1e-9, 1e3)
    low, high = oe_interval(observed, expected)
    assert low == pytest.approx(mu_low / expected, rel=1e-8)
    assert high == pytest.approx(mu_high / expected, rel=1e-8)


@pytest.mark.parametrize(
    ("observed", "expected", "level"),
    [(5, 0, 0.95), (5, -2, 0.95), (-1, 5, 0.95), (5, math.nan, 0.95), (5, 5, 1.0), (5, 5, 0)],
)
def test_oe_interval_refuses_impossible_input(observed, expected, level) -> None:
    with pytest.raises(ValueError):
        oe_interval(observed, expected, level)


def test_oe_ratio_signals_only_when_the_interval_excludes_one() -> None:
    high = oe_ratio(30, 15)  # exact lower limit of 30 is 20.24 → 1.35 > 1
    assert (high.ratio, high.signal) == (2.0, "boven")
    assert high.low == pytest.approx(20.24 / 15, abs=1e-3)
    low = oe_ratio(2, 15)  # exact upper limit of 2 is 7.22 → 0.48 < 1
    assert low.signal == "onder" and low.high == pytest.approx(7.225 / 15, abs=1e-3)
    assert oe_ratio(15, 15).signal is None
    assert oe_ratio(9, 15).signal is None  # 0.6, yet the interval (0.27, 1.14) holds 1
    assert (high.observed, high.expected) == (30, 15)


# ---------------------------------------------------------------- funnel plot


@pytest.mark.parametrize("level", [0.95, 0.998])
def test_funnel_limits_equal_the_scalar_formula_point_by_point(level) -> None:
    expected = np.array([0.5, 1, 2.5, 7, 20, 64.3, 150, 1000])
    low, high = funnel_limits(expected, level)
    assert low.shape == high.shape == expected.shape
    a = 1 - level
    for i, e in enumerate(expected):
        # χ²(p; 2k)/2 is the gamma(k) quantile
        assert low[i] == pytest.approx(gamma.ppf(a / 2, e) / e, rel=1e-10)
        assert high[i] == pytest.approx(gamma.ppf(1 - a / 2, e + 1) / e, rel=1e-10)
        scalar = funnel_limits(float(e), level)
        assert (float(scalar[0]), float(scalar[1])) == (low[i], high[i])


def test_funnel_limits_at_a_whole_expected_count_are_the_exact_interval_of_o_equal_e() -> None:
    for e in (3, 10, 40):
        low, high = funnel_limits([e], 0.95)
        assert (low[0], high[0]) == pytest.approx(oe_interval(e, e))


def test_funnel_narrows_as_expected_grows_and_surrounds_one() -> None:
    expected = np.geomspace(1, 5000, 40)
    low95, high95 = funnel_limits(expected, 0.95)
    low998, high998 = funnel_limits(expected, 0.998)
    assert np.all(np.diff(low95) > 0) and np.all(np.diff(high95) < 0)
    assert np.all(np.diff(low998) > 0) and np.all(np.diff(high998) < 0)
    assert np.all(low998 < low95) and np.all(low95 < 1)
    assert np.all(high998 > high95) and np.all(high95 > 1)
    assert high95[-1] - low95[-1] == pytest.approx(2 * 1.96 / math.sqrt(5000), rel=0.01)


def test_funnel_limits_refuse_zero_expected() -> None:
    with pytest.raises(ValueError):
        funnel_limits([3, 0, 5], 0.95)


def test_overdispersion_by_hand() -> None:
    # z = (O−E)/√E with E = 10: z² = 0.4, 0.4, 10, 2.5 → Σ = 13.3 on 3 df; phi = 13.3/4
    result = overdispersion([12, 8, 20, 5], [10, 10, 10, 10])
    assert result.z == pytest.approx(
        [2 / math.sqrt(10), -2 / math.sqrt(10), math.sqrt(10), -1.5811], abs=1e-4
    )
    assert (result.chi2, result.df, result.phi) == (pytest.approx(13.3), 3, pytest.approx(3.325))
    # survival of χ² with 3 df: erfc(√(x/2)) + √(2x/π)·exp(−x/2)
    x = 13.3
    p = math.erfc(math.sqrt(x / 2)) + math.sqrt(2 * x / math.pi) * math.exp(-x / 2)
    assert result.p_value == pytest.approx(p, rel=1e-9)
    assert result.overdispersed


def test_counts_close_to_expectation_are_not_overdispersed() -> None:
    result = overdispersion([10, 11, 9, 20, 19], [10, 10, 10, 20, 20])
    assert result.chi2 == pytest.approx(0.1 + 0.1 + 0.05) and result.phi < 1
    assert not result.overdispersed


def test_overdispersion_refuses_mismatched_input() -> None:
    with pytest.raises(ValueError):
        overdispersion([1, 2, 3], [1, 2])
    with pytest.raises(ValueError):
        overdispersion([1, 2], [1, 0])


# ---------------------------------------------------------------- XmR chart


def test_xmr_a_single_point_outside_the_limits() -> None:
    values = [10, 12, 11, 13, 12, 30, 11, 12, 10, 13]
    chart = xmr(values)
    # mean 134/10; moving ranges 2,1,2,1,18,19,1,2,3 → 49/9
    centre, mr = 13.4, 49 / 9
    assert chart["centre"].tolist() == pytest.approx([centre] * 10)
    assert chart["upper"].tolist() == pytest.approx([centre + 2.66 * mr] * 10)  # 27.88
    assert chart["lower"].tolist() == pytest.approx([centre - 2.66 * mr] * 10)  # −1.08, kept
    assert chart["moving_range"].iloc[1:].tolist() == [2, 1, 2, 1, 18, 19, 1, 2, 3]
    assert math.isnan(chart["moving_range"].iloc[0])
    assert chart["rule"].tolist() == [""] * 5 + [OUTSIDE] + [""] * 4
    assert chart["direction"].tolist() == [""] * 5 + ["concern"] + [""] * 4
    assert chart["value"].tolist() == values and chart["segment"].tolist() == [0] * 10
    assert xmr(values, improvement="up")["direction"].iloc[5] == "improvement"


def test_xmr_a_low_point_is_an_improvement_when_lower_is_better() -> None:
    chart = xmr([20, 18, 19, 17, 18, 0, 19, 18, 20, 17], improvement="down")
    # mean 166/10 = 16.6, mR 49/9 → lower limit 16.6 − 14.48 = 2.12 > 0
    assert chart["lower"].iloc[0] == pytest.approx(16.6 - 2.66 * 49 / 9)
    assert chart["rule"].iloc[5] == OUTSIDE and chart["direction"].iloc[5] == "improvement"
    assert (chart["rule"] != "").sum() == 1


def test_xmr_seven_in_a_row_above_the_mean() -> None:
    values = [10, 14, 10, 14, 10, 14, 10, 13, 15, 13, 15, 13, 15, 13]
    chart = xmr(values)
    # sum 82 + 97 = 179 → mean 12.79; moving ranges 4 ×6, 3, 2 ×6 = 39 → mR 3
    assert chart["centre"].iloc[0] == pytest.approx(179 / 14)
    assert chart["upper"].iloc[0] == pytest.approx(179 / 14 + 2.66 * 3)
    assert chart["rule"].tolist() == [""] * 7 + [SHIFT] * 7
    assert chart["direction"].tolist() == [""] * 7 + ["concern"] * 7
    assert xmr(values, improvement="up")["direction"].tolist() == [""] * 7 + ["improvement"] * 7
    # six above is not enough
    assert (xmr(values[:-1])["rule"] == "").all()


def test_a_point_on_the_mean_breaks_a_run() -> None:
    low, high = [11.8, 10.2] * 3, [13.8, 12.2] * 3
    # sum 66 + 12 + 78 = 156 → mean 12: the 12 sits on it, leaving six below and six above
    chart = xmr([*low, 12, *high])
    assert chart["centre"].iloc[0] == pytest.approx(12)
    assert (chart["rule"] == "").all()
    # just below the mean (11.99) it makes seven below
    assert xmr([*low, 11.9, *high])["rule"].tolist() == [SHIFT] * 7 + [""] * 6


def test_xmr_seven_points_rising() -> None:
    values = [12, 15, 11, 14, 10, 11, 12, 13, 14, 15, 16, 12, 14, 11]
    chart = xmr(values)
    # sum 180 → mean 12.86; moving ranges 3,4,3,4,1,1,1,1,1,1,4,2,3 = 29 → mR 29/13
    assert chart["centre"].iloc[0] == pytest.approx(180 / 14)
    assert chart["lower"].iloc[0] == pytest.approx(180 / 14 - 2.66 * 29 / 13)
    assert chart["rule"].tolist() == [""] * 4 + [TREND] * 7 + [""] * 3
    # a rising trend is a concern when lower is better, even where it is below the mean
    assert chart["direction"].tolist() == [""] * 4 + ["concern"] * 7 + [""] * 3
    # six points rising (11 … 16) are not a trend
    six = [12, 15, 11, 14, 12, 11, 12, 13, 14, 15, 16, 12, 14, 11]
    assert (xmr(six)["rule"] == "").all()


def test_xmr_seven_points_falling_are_an_improvement_when_lower_is_better() -> None:
    chart = xmr([12, 9, 13, 10, 16, 15, 14, 13, 12, 11, 10, 14, 11, 13])
    assert chart["rule"].tolist() == [""] * 4 + [TREND] * 7 + [""] * 3
    assert chart["direction"].tolist() == [""] * 4 + ["improvement"] * 7 + [""] * 3


def test_xmr_two_of_three_beyond_two_sigma() -> None:
    values = [11, 13] * 8 + [17, 13, 17, 11, 13, 11]
    chart = xmr(values)
    # sum 192 + 47 + 35 = 274 → mean 12.45; moving ranges 2 ×15, 4, 4, 4, 6, 2, 2 = 52 → 52/21
    centre, mr = 274 / 22, 52 / 21
    assert chart["centre"].iloc[0] == pytest.approx(centre)
    near, limit = centre + 2 / 3 * 2.66 * mr, centre + 2.66 * mr  # 16.85 and 19.04
    assert near < 17 < limit
    expected = [""] * 22
    expected[16] = expected[18] = TWO_OF_THREE  # the 13 between them is not flagged
    assert chart["rule"].tolist() == expected
    assert chart["direction"].iloc[16] == "concern"
    # one such point in three is not enough
    single = [11, 13] * 8 + [17, 13, 11, 13, 11, 13]
    assert (xmr(single)["rule"] == "").all()


def test_xmr_the_first_rule_wins_when_several_fire() -> None:
    values = [10, 12] * 6 + [13, 14, 13, 14, 13, 14, 30]
    chart = xmr(values)
    # mean 243/19 = 12.79; all of 10/12 below it, the last seven above it
    assert chart["centre"].iloc[0] == pytest.approx(243 / 19)
    assert chart["rule"].tolist() == [SHIFT] * 18 + [OUTSIDE]
    assert chart["direction"].tolist() == ["improvement"] * 12 + ["concern"] * 7


def test_xmr_rebased_limits_are_per_segment() -> None:
    index = pd.period_range("2023-01", periods=12, freq="M")
    values = pd.Series([10, 12, 10, 12, 10, 20, 22, 20, 22, 20, 21, 22], index=index)
    whole = xmr(values)
    # one segment: mean 201/12 = 16.75 and mR 28/11 = 2.55, so 2σ below is at 12.24: the first
    # five are all beyond it, and the last seven months all lie above the mean
    assert whole["centre"].iloc[0] == pytest.approx(16.75)
    assert whole["lower"].iloc[0] == pytest.approx(16.75 - 2.66 * 28 / 11)
    assert whole["rule"].tolist() == [TWO_OF_THREE] * 5 + [SHIFT] * 7
    for rebase in ([5], ["2023-06"], [pd.Period("2023-06", "M")], [pd.Timestamp("2023-06-01")]):
        chart = xmr(values, rebase_at=rebase)
        assert chart.index.equals(index)
        assert chart["segment"].tolist() == [0] * 5 + [1] * 7
        # segment 0: mean 54/5 = 10.8, moving ranges 2,2,2,2 → mR 2
        # segment 1: mean 147/7 = 21, moving ranges 2,2,2,2,1,1 → mR 10/6
        assert chart["centre"].tolist() == pytest.approx([10.8] * 5 + [21.0] * 7)
        assert chart["upper"].tolist() == pytest.approx(
            [10.8 + 2.66 * 2] * 5 + [21 + 2.66 * 10 / 6] * 7
        )
        assert chart["lower"].tolist() == pytest.approx(
            [10.8 - 2.66 * 2] * 5 + [21 - 2.66 * 10 / 6] * 7
        )
        assert math.isnan(chart["moving_range"].iloc[5])  # not |20 − 10|
        assert (chart["rule"] == "").all()  # 21 sits on the new centre


def test_xmr_rules_do_not_cross_a_rebase() -> None:
    # rising 1…8 across the rebase: five points in one segment, three in the next
    values = [9, 5, 9, 5, 1, 2, 3, 4, 5, 6, 7, 8, 4, 8, 4]
    assert xmr(values)["rule"].iloc[4:12].tolist() == [TREND] * 8
    assert (xmr(values, rebase_at=[9])["rule"] == "").all()


def test_xmr_a_one_point_segment_has_no_limits() -> None:
    chart = xmr([10, 12, 11, 13, 40], rebase_at=[4])
    last = chart.iloc[4]
    assert last["centre"] == 40 and math.isnan(last["upper"]) and math.isnan(last["lower"])
    assert last["rule"] == "" and last["segment"] == 1
    assert chart["centre"].iloc[0] == pytest.approx(11.5)


def test_xmr_refuses_bad_input() -> None:
    with pytest.raises(ValueError):
        xmr([1, 2, math.nan, 4])
    with pytest.raises(ValueError):
        xmr([1, 2, 3, 4], improvement="neutral")
    with pytest.raises(ValueError):
        xmr([1, 2, 3, 4], rebase_at=[9])


# ---------------------------------------------------------------- interrupted time series

MONTHS = pd.period_range("2020-01", periods=60, freq="M")
START = 36  # 2023-01


def _truth(level: float = 0.7, slope: float = 1.0) -> tuple[pd.Series, pd.Series]:
    """Expected monthly referrals: 2 % of a growing list, a level change at month 36."""
    t = np.arange(60)
    list_size = pd.Series(50_000 + 100 * t, index=MONTHS, dtype=float)
    rate = 0.02 * 1.002**t * np.where(t >= START, level * slope ** (t - START), 1.0)
    return pd.Series(rate * list_size, index=MONTHS), list_size


def _simulated(level: float = 0.7, seed: int = 5) -> tuple[pd.Series, pd.Series]:
    expected, list_size = _truth(level)
    return pd.Series(np.random.default_rng(seed).poisson(expected), index=MONTHS), list_size


def _independent_fit(counts: pd.Series, exposure: pd.Series, scale=None):
    t = np.arange(len(counts))
    frame = pd.DataFrame(
        {
            "y": counts.to_numpy(),
            "time": t,
            "step": (t >= START).astype(int),
            "time_since": np.clip(t - START, 0, None),
            "exposure": exposure.to_numpy(),
        }
    )
    return smf.glm(
        "y ~ time + step + time_since",
        data=frame,
        family=sm.families.Poisson(),
        offset=np.log(frame["exposure"]),
    ).fit(scale=scale)


@pytest.mark.filterwarnings("ignore::statsmodels.tools.sm_exceptions.PerfectSeparationWarning")
def test_its_recovers_a_known_level_and_slope_exactly_from_expected_counts() -> None:
    expected, list_size = _truth(level=0.7, slope=0.99)
    result = interrupted_time_series(expected, list_size, pd.Period("2023-01", "M"))
    assert result.level_change == pytest.approx(0.7, rel=1e-6)
    assert result.slope_change == pytest.approx(0.99, rel=1e-6)
    assert (result.n_before, result.n_after) == (36, 24)
    assert result.fitted.tolist() == pytest.approx(expected.tolist(), rel=1e-6)
    # had nothing changed: the pre-start trend carried on
    no_change, _ = _truth(level=1.0, slope=1.0)
    assert result.counterfactual.iloc[START:].tolist() == pytest.approx(
        no_change.iloc[START:].tolist(), rel=1e-6
    )
    assert result.counterfactual.iloc[:START].isna().all()
    assert result.fitted.index.equals(MONTHS) and result.counterfactual.index.equals(MONTHS)


def test_its_estimate_on_simulated_counts_is_close_and_covered() -> None:
    counts, list_size = _simulated(level=0.7, seed=7)
    result = interrupted_time_series(counts, list_size, "2023-01")
    assert result.level_change == pytest.approx(0.7, abs=0.05)
    assert result.level_low < 0.7 < result.level_high
    assert result.slope_low < 1.0 < result.slope_high
    assert result.p_level < 1e-6 and result.p_slope > 0.01
    assert result.dispersion == pytest.approx(1, abs=0.5)


@pytest.mark.parametrize("scale", [None, "X2"])
def test_its_equals_a_direct_statsmodels_formula_fit(scale) -> None:
    expected, list_size = _truth(level=0.8, slope=1.01)
    rng = np.random.default_rng(3)
    # over-dispersed counts: a gamma-distributed rate per month
    counts = pd.Series(rng.poisson(expected * rng.gamma(20, 1 / 20, 60)), index=MONTHS)
    result = interrupted_time_series(counts, list_size, "2023-01", scale=scale)
    fit = _independent_fit(counts, list_size, scale=scale)
    ci = fit.conf_int()
    assert math.log(result.level_change) == pytest.approx(fit.params["step"], abs=1e-8)
    assert math.log(result.slope_change) == pytest.approx(fit.params["time_since"], abs=1e-8)
    assert math.log(result.level_low) == pytest.approx(ci.loc["step", 0], abs=1e-8)
    assert math.log(result.level_high) == pytest.approx(ci.loc["step", 1], abs=1e-8)
    assert math.log(result.slope_low) == pytest.approx(ci.loc["time_since", 0], abs=1e-8)
    assert math.log(result.slope_high) == pytest.approx(ci.loc["time_since", 1], abs=1e-8)
    assert result.p_level == pytest.approx(fit.pvalues["step"], rel=1e-6, abs=1e-300)
    assert result.p_slope == pytest.approx(fit.pvalues["time_since"], rel=1e-6)
    assert result.fitted.to_numpy() == pytest.approx(fit.fittedvalues.to_numpy(), rel=1e-8)
    b = fit.params
    t = np.arange(START, 60)
    baseline = np.exp(b["Intercept"] + b["time"] * t) * list_size.iloc[START:]
    assert result.counterfactual.iloc[START:].to_numpy() == pytest.approx(baseline, rel=1e-8)
    assert result.dispersion == pytest.approx(fit.pearson_chi2 / fit.df_resid)


def test_its_quasi_poisson_widens_the_interval_for_overdispersed_counts() -> None:
    expected, list_size = _truth()
    rng = np.random.default_rng(11)
    counts = pd.Series(rng.poisson(expected * rng.gamma(10, 1 / 10, 60)), index=MONTHS)
    plain = interrupted_time_series(counts, list_size, "2023-01")
    quasi = interrupted_time_series(counts, list_size, "2023-01", scale="X2")
    assert plain.dispersion > 5
    assert quasi.level_change == pytest.approx(plain.level_change, rel=1e-10)
    width = math.log(quasi.level_high / quasi.level_low) / math.log(
        plain.level_high / plain.level_low
    )
    assert width == pytest.approx(math.sqrt(plain.dispersion), rel=1e-6)


def test_its_start_as_a_date_takes_the_first_point_at_or_after_it() -> None:
    expected, list_size = _simulated()
    by_month = pd.date_range("2020-01-01", periods=60, freq="MS")
    counts, exposure = expected.set_axis(by_month), list_size.set_axis(by_month)
    for start in (pd.Timestamp("2022-12-15"), "2023-01-01", pd.Timestamp("2023-01-01")):
        assert interrupted_time_series(counts, exposure, start).n_before == START
    # a date inside a month of a period index: that month started earlier, so the next counts
    assert interrupted_time_series(expected, list_size, pd.Timestamp("2022-12-15")).n_before == 36
    assert interrupted_time_series(expected, list_size, pd.Timestamp("2022-12-01")).n_before == 35
    # a plain integer index takes the label
    ints = pd.RangeIndex(1, 61)
    result = interrupted_time_series(expected.set_axis(ints), list_size.set_axis(ints), 37)
    assert result.n_before == START


def test_its_refuses_too_few_points_or_a_bad_denominator() -> None:
    expected, list_size = _simulated()
    with pytest.raises(
        ValueError, match=r"^Te weinig meetpunten vóór de start: minstens 3 nodig\.$"
    ):
        interrupted_time_series(expected, list_size, "2020-03")
    with pytest.raises(ValueError, match=r"^Te weinig meetpunten ná de start: minstens 3 nodig\.$"):
        interrupted_time_series(expected, list_size, "2024-11")
    with pytest.raises(ValueError, match="ná de start"):
        interrupted_time_series(expected, list_size, pd.Timestamp("2031-01-01"))
    assert interrupted_time_series(expected, list_size, "2020-04").n_before == 3
    assert interrupted_time_series(expected, list_size, "2024-10").n_after == 3
    for bad in (0.0, -5.0):
        broken = list_size.copy()
        broken.iloc[10] = bad
        with pytest.raises(ValueError, match="noemer"):
            interrupted_time_series(expected, broken, "2023-01")
    with pytest.raises(ValueError):
        interrupted_time_series(expected, list_size.iloc[1:], "2023-01")


def test_its_with_season_matches_a_direct_fit_and_ignores_a_winter_peak() -> None:
    """Seasonal Fourier terms: the same as statsmodels with sin/cos columns written out."""
    months = pd.period_range("2019-01", periods=60, freq="M")
    t = np.arange(60)
    season = 1 + 0.3 * np.cos(2 * np.pi * t / 12)  # a winter peak, no intervention effect
    exposure = pd.Series(6000.0, index=months)
    counts = pd.Series(np.round(6000 * 0.02 * season), index=months)
    plain = interrupted_time_series(counts, exposure, months[15])
    seasonal = interrupted_time_series(counts, exposure, months[15], season=12)
    # a start in spring makes the seasonal dip look like a drop when season is ignored
    assert abs(np.log(seasonal.level_change)) < abs(np.log(plain.level_change))
    assert seasonal.level_low < 1 < seasonal.level_high
    design = pd.DataFrame(
        {
            "const": 1.0,
            "time": t,
            "step": (t >= 15).astype(float),
            "time_since": np.where(t >= 15, t - 15, 0),
            "s": np.sin(2 * np.pi * t / 12),
            "c": np.cos(2 * np.pi * t / 12),
        }
    )
    direct = sm.GLM(
        counts.to_numpy(), design, family=sm.families.Poisson(), offset=np.log(exposure.to_numpy())
    ).fit()
    assert seasonal.level_change == pytest.approx(np.exp(direct.params["step"]), rel=1e-8)
    assert seasonal.slope_change == pytest.approx(np.exp(direct.params["time_since"]), rel=1e-8)
