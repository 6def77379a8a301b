"""Referral figures: monthly counts, rates, O/E per specialism and group, before/after, markers.

Every test builds a small practice file with plain SQL ("today" is 15-06-2025, so May 2025 is
the last complete month) and checks the numbers a practice manager would see.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from intervention_files import IM, G, insert_raw

from plusdesk.core import referral_figures as rf
from plusdesk.core.errors import ValidationError
from plusdesk.core.referral_model import REFERENCE_NAME_KEY
from plusdesk.core.stats import oe_interval, xmr

# The 2024 list: 3,000 patients in four strata (no list entered for 2025: it uses 2024's).
LIST_2024 = {("25-44", "M"): 1000, ("25-44", "V"): 1200, ("65-74", "M"): 300, ("65-74", "V"): 500}
RATES = {  # per 1,000 patients per year
    "0322": {("25-44", "M"): 5.0, ("25-44", "V"): 4.0, ("65-74", "M"): 20.0, ("65-74", "V"): 15.0},
    "0329": {("25-44", "V"): 2.0},
    "9400": {("25-44", "M"): 10.0, ("25-44", "V"): 12.0},
    "9116": {("65-74", "V"): 4.0},
}
# Σ list × rate / 1,000 per code:
E_0322 = 1000 * 5.0 / 1000 + 1200 * 4.0 / 1000 + 300 * 20.0 / 1000 + 500 * 15.0 / 1000  # 23.3
E_0329 = 1200 * 2.0 / 1000  # 2.4
E_9400 = 1000 * 10.0 / 1000 + 1200 * 12.0 / 1000  # 24.4
E_9116 = 500 * 4.0 / 1000  # 2.0

_batches = 0


def add_referrals(db, rows: list[tuple[str, str]], replaced_by: int | None = None) -> int:
    """One import batch holding (referred_on, specialism) rows; returns the batch id."""
    global _batches
    _batches += 1
    days = sorted(r[0] for r in rows)
    with db.transaction() as conn:
        batch = conn.execute(
            "INSERT INTO referral_batch (file_name, content_hash, period_start, period_end,"
            " rows_imported, imported_at, imported_by) VALUES (?, ?, ?, ?, ?,"
            " '2025-06-01T10:00:00+00:00', 'test')",
            (f"export{_batches}.csv", f"hash{_batches}", days[0], days[-1], len(rows)),
        ).lastrowid
        conn.executemany(
            "INSERT INTO referral (batch_id, referred_on, specialism, replaced_by)"
            " VALUES (?, ?, ?, ?)",
            [(batch, day, code, replaced_by) for day, code in rows],
        )
    return int(batch)


def add_list_and_rates(db) -> None:
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO list_size (year, age_band, sex, patients) VALUES (2024, ?, ?, ?)",
            [(a, s, n) for (a, s), n in LIST_2024.items()],
        )
        conn.executemany(
            "INSERT INTO reference_rate (specialism, age_band, sex, rate) VALUES (?, ?, ?, ?)",
            [(code, a, s, r) for code, by in RATES.items() for (a, s), r in by.items()],
        )


def add_benchmark(db, year: int, subject: str, observed: int, expected: float) -> None:
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO referral_benchmark (year, subject, observed, expected, updated_at,"
            " updated_by) VALUES (?, ?, ?, ?, '2025-05-01T10:00:00+00:00', 'test')",
            (year, subject, observed, expected),
        )


def times(n: int, day: str, code: str) -> list[tuple[str, str]]:
    return [(day, code)] * n


# ------------------------------------------------------------------------- counts per month


def test_monthly_counts_fill_empty_months_and_drop_the_current_month(fresh):
    old = add_referrals(fresh.db, times(3, "2025-02-14", "0322"))
    new = add_referrals(
        fresh.db,
        [
            *times(2, "2025-01-10", "0322"),
            ("2025-03-05", "0322"),
            ("2025-04-22", "0301"),
            ("2025-05-31", "0322"),
            ("2025-06-01", "0322"),  # June is not over on 15-06-2025: left out
        ],
    )
    with fresh.db.transaction() as conn:  # February's first import was replaced: not counted
        conn.execute("UPDATE referral SET replaced_by = ? WHERE batch_id = ?", (new, old))

    counts = rf.load_counts(fresh.db)

    months = pd.period_range("2025-01", "2025-05", freq="M")
    assert counts.monthly.index.equals(months)
    assert counts.for_subject("0322").tolist() == [2, 0, 1, 0, 1]
    assert counts.for_subject("0301").tolist() == [0, 0, 0, 1, 0]
    assert counts.for_subject("0330").tolist() == [0, 0, 0, 0, 0]  # no referrals at all
    assert counts.for_subject("0322").index.equals(months)


def test_a_group_counts_its_member_codes(fresh):
    add_referrals(
        fresh.db,
        [
            *times(2, "2025-01-03", "0329"),
            *times(3, "2025-01-20", "9400"),
            ("2025-02-11", "9116"),
            ("2025-02-12", "9401"),  # 94*: also GGZ
            ("2025-02-13", "0322"),  # not GGZ
        ],
    )
    ggz = rf.load_counts(fresh.db).for_subject("GGZ")
    assert ggz.tolist() == [2 + 3, 1 + 1]


def test_rates_per_1000_in_the_period_use_the_nearest_list(fresh):
    add_referrals(
        fresh.db,
        [
            *times(6, "2024-12-02", "0322"),
            *times(3, "2025-01-15", "0322"),
            ("2025-05-20", "0301"),  # the file's data run to May
        ],
    )
    add_list_and_rates(fresh.db)

    frame = rf.trend(rf.load_counts(fresh.db), "0322")

    assert frame["count"].tolist() == [6, 3, 0, 0, 0, 0]  # December 2024 to May 2025
    assert frame["patients"].tolist() == [3000.0] * 6  # 2025 has no list: 2024's is used
    assert frame["rate"].iloc[0] == pytest.approx(6 / 3000 * 1000)  # 2.0 per 1,000 that month
    # expected: 23.3 a year (see E_0322), a twelfth of it per month, per 1,000 patients
    assert pytest.approx(23.3) == E_0322
    assert frame["expected_rate"].tolist() == pytest.approx([23.3 / 12 / 3000 * 1000] * 6)


def test_practice_list_size_when_no_list_structure_and_nan_without_any(fresh):
    add_referrals(fresh.db, [*times(4, "2025-03-03", "0322"), ("2025-05-02", "0301")])
    frame = rf.trend(rf.load_counts(fresh.db), "0322")
    assert frame["rate"].isna().all() and frame["expected_rate"].isna().all()
    assert frame["centre"].isna().all() and (frame["rule"] == "").all()

    with fresh.db.transaction() as conn:
        conn.execute("UPDATE practice SET list_size = 2000")
    frame = rf.trend(rf.load_counts(fresh.db), "0322")
    assert frame["patients"].tolist() == [2000.0] * 3  # March to May 2025
    assert frame["rate"].tolist() == pytest.approx([4 / 2000 * 1000, 0, 0])
    assert frame["expected_rate"].isna().all()  # no reference table


def test_quarters_sum_their_months_and_only_complete_quarters_count(fresh):
    add_referrals(
        fresh.db,
        [
            *times(4, "2024-11-05", "0322"),  # 2024 Q4 has only November and December here
            *times(2, "2025-01-10", "0322"),
            *times(5, "2025-02-10", "0322"),
            *times(1, "2025-03-10", "0322"),
            *times(7, "2025-04-10", "0322"),  # 2025 Q2 runs to June: not complete yet
        ],
    )
    add_list_and_rates(fresh.db)
    counts = rf.load_counts(fresh.db)

    quarters = rf.trend(counts, "0322", freq="Q")

    assert quarters.index.equals(pd.PeriodIndex(["2025Q1"], freq="Q"))
    assert quarters["count"].tolist() == [2 + 5 + 1]
    assert quarters["rate"].tolist() == pytest.approx([8 / 3000 * 1000])
    assert quarters["expected_rate"].tolist() == pytest.approx([23.3 / 4 / 3000 * 1000])
    months = rf.trend(counts, "0322")
    assert months.loc["2025-01":"2025-03", "count"].sum() == quarters["count"].iloc[0]


def test_trend_carries_an_xmr_chart_on_the_rate_rebased_at_a_date(fresh):
    rows = []
    for month, n in enumerate([9, 11, 10, 12, 8, 10, 4, 5, 3, 4, 5, 4], start=1):
        rows += times(n, f"2024-{month:02d}-15", "0322")
    rows.append(("2025-05-30", "0301"))  # the data run to May 2025
    add_referrals(fresh.db, rows)
    add_list_and_rates(fresh.db)
    counts = rf.load_counts(fresh.db)

    frame = rf.trend(counts, "0322", rebase_at=[date(2024, 6, 10)])

    # 10-06-2024 maps to the first month starting on or after it: July
    assert frame["segment"].tolist() == [0] * 6 + [1] * 11  # to May 2025
    chart = xmr(frame["rate"], rebase_at=[6])
    assert frame["centre"].tolist() == pytest.approx(chart["centre"].tolist())
    assert frame["upper"].tolist() == pytest.approx(chart["upper"].tolist())
    assert frame["lower"].tolist() == pytest.approx(chart["lower"].clip(lower=0).tolist())
    assert (frame["lower"] >= 0).all()
    assert frame["centre"].iloc[0] == pytest.approx(60 / 6 / 3000 * 1000)
    assert list(frame.columns) == list(rf.TREND_COLUMNS)


def test_switching_subjects_reads_nothing_from_the_file(fresh):
    add_referrals(fresh.db, [*times(5, "2024-01-05", "0322"), *times(5, "2025-05-05", "0329")])
    add_list_and_rates(fresh.db)
    counts = rf.load_counts(fresh.db)
    statements: list[str] = []
    fresh.db.conn.set_trace_callback(statements.append)
    try:
        for key in ("0322", "GGZ", "0329", "0301"):
            rf.trend(counts, key)
            rf.trend(counts, key, freq="Q")
    finally:
        fresh.db.conn.set_trace_callback(None)
    assert statements == []


# ------------------------------------------------------------------------------- subjects


def test_subjects_groups_first_then_codes_by_total(fresh):
    add_referrals(
        fresh.db,
        [
            *times(3, "2025-01-03", "0322"),
            *times(5, "2025-01-04", "0305"),
            *times(2, "2025-01-05", "9400"),
            ("2025-01-06", "0329"),
        ],
    )
    add_referrals(fresh.db, times(9, "2025-01-07", "0301"), replaced_by=1)  # not active

    found = rf.subjects(fresh.db)

    assert [(s.key, s.label, s.kind, s.total) for s in found] == [
        ("GGZ", "GGZ (groep)", "group", 3),
        ("0305", "Orthopedie (0305)", "specialism", 5),
        ("0322", "Longziekten (0322)", "specialism", 3),
        ("9400", "Code 9400", "specialism", 2),
        ("0329", "Psychiatrie (0329)", "specialism", 1),
    ]


# ------------------------------------------------------------------------------------- O/E


def test_expected_by_indirect_standardisation(fresh):
    add_list_and_rates(fresh.db)
    expected = rf.expected_by_standardisation(fresh.db, 2024)
    assert expected.to_dict() == pytest.approx(
        {"0322": E_0322, "0329": E_0329, "9400": E_9400, "9116": E_9116}
    )
    assert rf.expected_by_standardisation(fresh.db, 2023).to_dict() == pytest.approx(
        expected.to_dict()  # the nearest year's list
    )


def test_expected_is_empty_without_a_reference_table(fresh):
    assert rf.expected_by_standardisation(fresh.db, 2024).empty
    assert rf.oe_table(fresh.db, 2024).empty
    assert list(rf.oe_table(fresh.db, 2024).columns) == [
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
    ]


def test_oe_table_sums_a_group_before_the_ratio(fresh):
    add_list_and_rates(fresh.db)
    add_referrals(
        fresh.db,
        [
            *times(6, "2024-03-01", "0329"),
            *times(40, "2024-05-01", "9400"),
            *times(4, "2024-09-01", "9116"),
            *times(20, "2024-10-01", "0322"),
            *times(7, "2024-10-02", "0303"),  # no reference rate, no Vektis: no row
            *times(9, "2025-01-02", "9400"),  # another year
        ],
    )
    add_referrals(fresh.db, times(50, "2024-05-01", "9400"), replaced_by=1)  # replaced

    table = rf.oe_table(fresh.db, 2024).set_index("subject")

    ggz = table.loc["GGZ"]
    observed, expected = 6 + 40 + 4, E_0329 + E_9400 + E_9116  # 50 against 2.4 + 24.4 + 2.0
    assert expected == pytest.approx(28.8)
    assert (ggz["observed"], ggz["expected"]) == (50, pytest.approx(28.8))
    assert ggz["ratio"] == pytest.approx(observed / expected)  # not a mean of the 3 ratios
    assert (ggz["low"], ggz["high"]) == pytest.approx(oe_interval(observed, expected))
    assert (ggz["label"], ggz["kind"], ggz["source"]) == ("GGZ (groep)", "group", "standaardisatie")
    assert ggz["signal"] == "boven"  # 50 / 28.8 = 1.74, interval 1.29 to 2.29
    assert oe_interval(observed, expected)[0] > 1

    lung = table.loc["0322"]
    assert (lung["observed"], lung["expected"]) == (20, pytest.approx(23.3))
    assert (lung["low"], lung["high"]) == pytest.approx(oe_interval(20, 23.3))
    assert lung["signal"] is None and lung["label"] == "Longziekten (0322)"
    assert table.loc["9400", "observed"] == 40 and table.loc["9400", "label"] == "Code 9400"
    assert "0303" not in table.index
    assert sorted(table.index) == ["0322", "0329", "9116", "9400", "GGZ"]
    assert table["ratio"].is_monotonic_decreasing


def test_vektis_figures_take_precedence_and_signal_only_when_1_is_outside(fresh):
    add_list_and_rates(fresh.db)
    add_referrals(fresh.db, [*times(20, "2024-10-01", "0322"), *times(3, "2024-10-01", "0301")])
    add_benchmark(fresh.db, 2024, "0322", 50, 40.0)  # O/E 1.25, interval holds 1
    add_benchmark(fresh.db, 2024, "0301", 80, 50.0)  # O/E 1.6, interval above 1
    add_benchmark(fresh.db, 2024, "0305", 10, 30.0)  # O/E 0.33, interval below 1
    add_benchmark(fresh.db, 2024, "GGZ", 12, 10.0)
    add_benchmark(fresh.db, 2023, "0310", 10, 10.0)  # another year

    table = rf.oe_table(fresh.db, 2024).set_index("subject")

    for subject, o, e, signal in (
        ("0322", 50, 40.0, None),
        ("0301", 80, 50.0, "boven"),
        ("0305", 10, 30.0, "onder"),
        ("GGZ", 12, 10.0, None),
    ):
        row = table.loc[subject]
        assert (row["observed"], row["expected"], row["source"]) == (o, e, "Vektis")
        assert row["ratio"] == pytest.approx(o / e)
        low, high = oe_interval(o, e)
        assert (row["low"], row["high"]) == pytest.approx((low, high))
        assert row["signal"] == signal
        assert (low > 1) == (signal == "boven") and (high < 1) == (signal == "onder")
    assert low < 1 < high  # GGZ: 1.2 but not a signal
    assert table.loc["9400", "source"] == "standaardisatie"  # no Vektis row for 9400
    assert "0310" not in table.index
    assert list(table.index[:2]) == ["0301", "0322"]  # 1.6, 1.25, …


def test_latest_complete_year_and_reference_label(fresh):
    assert rf.latest_year(fresh.db) is None
    assert rf.reference_label(fresh.db) is None
    add_referrals(fresh.db, times(2, "2025-01-10", "0322"))  # 2025 is not over yet
    assert rf.latest_year(fresh.db) is None
    add_benchmark(fresh.db, 2022, "0322", 5, 4.0)
    assert rf.latest_year(fresh.db) == 2022
    add_referrals(fresh.db, times(2, "2023-12-31", "0322"))
    assert rf.latest_year(fresh.db) == 2023
    add_referrals(fresh.db, times(2, "2024-03-01", "0322"), replaced_by=1)  # replaced
    assert rf.latest_year(fresh.db) == 2023

    with fresh.db.transaction() as conn:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, 'Zorggroep referentie 2024')",
            (REFERENCE_NAME_KEY,),
        )
    assert rf.reference_label(fresh.db) == "Zorggroep referentie 2024"


# ------------------------------------------------------------------------------ before/after


def _drop_series(fresh) -> rf.ReferralCounts:
    """0322: 38 and 42 referrals a month in turn in 2022 and 2023, 19 and 21 from 2024 on."""
    rows = []
    for i, month in enumerate(pd.period_range("2022-01", "2025-05", freq="M")):
        n = (38, 42)[i % 2] if month < pd.Period("2024-01", "M") else (19, 21)[i % 2]
        rows += times(n, f"{month}-10", "0322")
    add_referrals(fresh.db, rows)
    add_list_and_rates(fresh.db)
    return rf.load_counts(fresh.db)


def test_before_after_reports_a_clear_drop_in_plain_dutch(fresh):
    counts = _drop_series(fresh)

    result = rf.before_after(counts, "0322", date(2024, 1, 10))

    its = result.result
    assert (its.n_before, its.n_after) == (24, 17)  # the after segment opens in January
    assert its.level_change == pytest.approx(0.5, rel=0.02)
    assert its.level_high < 1
    assert its.slope_change == pytest.approx(1.0, abs=0.005)
    expected_start = (
        "Na de start (10-01-2024) lag het aantal verwijzingen direct "
        f"{round(100 * (1 - its.level_change))} % lager (95 %-interval "
    )
    assert result.summary.startswith(expected_start)
    assert "Vergeleken zijn 24 maanden vóór en 17 maanden vanaf de start." in result.summary
    assert result.trend["segment"].tolist() == [0] * 24 + [1] * 17
    assert result.trend["count"].sum() == 12 * (38 + 42) + 9 * 19 + 8 * 21


def test_before_after_without_change_says_so(fresh):
    rows = []
    for month, n in zip(
        pd.period_range("2023-01", "2025-05", freq="M"),
        [30, 34, 28, 33, 29, 31, 35, 27, 32, 30] * 3,
        strict=False,
    ):
        rows += times(n, f"{month}-10", "0322")
    add_referrals(fresh.db, rows)
    add_list_and_rates(fresh.db)

    result = rf.before_after(rf.load_counts(fresh.db), "0322", date(2024, 3, 1), freq="M")

    its = result.result
    assert its.level_low < 1 < its.level_high
    assert "geen duidelijke verandering in niveau" in result.summary
    assert "per maand extra (95 %-interval" in result.summary or "trend gelijk" in result.summary


def test_before_after_needs_three_periods_on_each_side(fresh):
    counts = _drop_series(fresh)
    with pytest.raises(ValidationError) as before:
        rf.before_after(counts, "0322", date(2022, 2, 20))
    assert before.value.message == (
        "Te weinig gegevens voor een vergelijking rond de start (20-02-2022): er zijn minstens"
        " 3 volledige maanden vóór de start nodig, er is er 1."
    )
    with pytest.raises(ValidationError, match="vanaf de start nodig, er zijn er 2"):
        rf.before_after(counts, "0322", date(2025, 4, 1))
    with pytest.raises(ValidationError, match="kwartalen vanaf de start nodig, er zijn er 2"):
        rf.before_after(counts, "0322", date(2024, 10, 1), freq="Q")  # 2024 Q4, 2025 Q1
    with pytest.raises(ValidationError, match="geen verwijzingen"):
        rf.before_after(counts, "0301", date(2024, 1, 1))


def test_before_after_quarterly(fresh):
    counts = _drop_series(fresh)
    result = rf.before_after(counts, "0322", date(2024, 2, 20), freq="Q")
    assert (result.result.n_before, result.result.n_after) == (8, 5)  # to 2025 Q1
    assert result.result.level_change == pytest.approx(0.5, rel=0.02)
    assert "lager" in result.summary and "kwartalen" in result.summary


# ---------------------------------------------------------------------------------- markers


def test_markers_from_the_register(fresh):
    assert rf.markers(fresh.db) == []
    insert_raw(fresh.db, "DZ-02", G, "2024-01-10")
    insert_raw(fresh.db, "DZ-02", IM, "2024-06-01")

    found = rf.markers(fresh.db)

    assert [(m.date, m.label, m.code, m.kind) for m in found] == [
        (date(2024, 1, 10), "DZ-02 gestart", "DZ-02", "start"),
        (date(2024, 6, 1), "DZ-02 geïmplementeerd", "DZ-02", "geïmplementeerd"),
    ]
    assert found[0].title == found[1].title != ""
