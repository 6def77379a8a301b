"""The demo practice's referrals: what a user sees in the figures, and the same for a seed."""

import random
import re
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from statistics import mean

import pytest
from intervention_files import freeze

from plusdesk.core import validation
from plusdesk.core.db import new_file, open_database
from plusdesk.core.demo import DemoContext, build_demo
from plusdesk.core.demo_referrals import (
    BENCHMARKED,
    GGZ,
    LUNG,
    REFERENCE_NAME,
    REFERENCE_SOURCE,
    REFERRERS,
    add_referrals,
    dz02_started,
)
from plusdesk.core.practice import get_practice, seed_reference_in
from plusdesk.core.reference import list_groups, specialisms
from plusdesk.core.referral_model import (
    AGE_BANDS,
    REFERENCE_NAME_KEY,
    REFERENCE_SOURCE_KEY,
    SEXES,
)

TABLES = ("referral_batch", "referral", "list_size", "reference_rate", "referral_benchmark")


def referrals(db, where: str = "1", params: tuple = ()) -> list[tuple[date, str]]:
    return [
        (date.fromisoformat(r[0]), r[1])
        for r in db.query(f"SELECT referred_on, specialism FROM referral WHERE {where}", params)
    ]


def complete_years(db) -> list[int]:
    first = int(db.scalar("SELECT min(year) FROM list_size"))
    return list(range(first, validation.today().year))


def monthly(found: list[tuple[date, str]], code: str | None = None) -> Counter:
    return Counter((d.year, d.month) for d, c in found if code is None or c == code)


def months_between(first: date, last: date) -> list[tuple[int, int]]:
    """Whole calendar months from first's month to last's month, both included."""
    result, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        result.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return result


def observed_over_expected(db, codes: tuple[str, ...], years: list[int]) -> float:
    """O/E by indirect standardisation with the file's own list size and reference rates."""
    marks = ",".join("?" * len(codes))
    observed = sum(
        db.scalar(
            f"SELECT count(*) FROM referral WHERE specialism IN ({marks})"
            " AND substr(referred_on, 1, 4) = ?",
            (*codes, str(y)),
        )
        for y in years
    )
    expected = sum(
        db.scalar(
            "SELECT sum(l.patients * r.rate) / 1000.0 FROM list_size l JOIN reference_rate r"
            f" ON r.age_band = l.age_band AND r.sex = l.sex WHERE r.specialism IN ({marks})"
            " AND l.year = ?",
            (*codes, y),
        )
        for y in years
    )
    return observed / expected


def test_about_1400_referrals_a_year_over_five_years(demo_db) -> None:
    years = complete_years(demo_db)
    assert len(years) == 5
    per_year = Counter(d.year for d, _ in referrals(demo_db))
    for y in years:
        assert 1150 <= per_year[y] <= 1650, (y, per_year[y])
    this_year = validation.today()
    share = (this_year - date(this_year.year, 1, 1)).days / 365
    assert per_year[this_year.year] <= 1650 * share + 60


def test_referrals_spread_over_the_specialisms_like_a_practice(demo_db) -> None:
    found = Counter(c for _, c in referrals(demo_db))
    assert 18 <= len(found) <= 24
    top = [c for c, _ in found.most_common(4)]
    assert top[0] == "0305"  # orthopedie refers most
    assert "0310" in top and "0303" in top  # dermatologie, chirurgie
    assert sum(found[c] for c in GGZ) > found[LUNG]
    assert {"0329", "9116"} <= set(found) and any(c.startswith("94") for c in found)


def test_every_specialism_is_a_known_code_or_in_a_code_group(demo_db) -> None:
    names = specialisms(demo_db)
    groups = list_groups(demo_db)
    used = {r[0] for r in demo_db.query("SELECT DISTINCT specialism FROM referral")}
    unknown = {c for c in used if c not in names and not any(g.matches(c) for g in groups)}
    assert unknown == set()
    ggz = next(g for g in groups if g.name == "GGZ")
    assert all(ggz.matches(c) for c in GGZ)


def test_referrals_look_like_an_his_export(demo_db) -> None:
    rows = demo_db.query("SELECT referred_on, icpc, referrer, replaced_by FROM referral")
    days = [date.fromisoformat(r["referred_on"]) for r in rows]
    assert sum(d.weekday() < 5 for d in days) / len(days) > 0.98  # weekdays mostly
    icpc = [r["icpc"] for r in rows if r["icpc"]]
    assert 0.55 <= len(icpc) / len(rows) <= 0.65
    assert all(re.fullmatch(r"[A-Z][0-9]{2}", c) for c in icpc)
    assert {r["referrer"] for r in rows} == set(REFERRERS)
    assert all(r["replaced_by"] is None for r in rows)
    lung = Counter(
        r[0] for r in demo_db.query("SELECT icpc FROM referral WHERE specialism = ?", (LUNG,))
    )
    assert lung["R96"] > 0 and lung["R95"] > 0  # astma, COPD


def test_nothing_lies_in_the_future(demo_db) -> None:
    today = validation.today()
    assert date.fromisoformat(demo_db.scalar("SELECT max(referred_on) FROM referral")) < today
    assert demo_db.scalar("SELECT max(period_end) FROM referral_batch") < today.isoformat()
    now = validation.utc_now()
    for sql in (
        "SELECT imported_at FROM referral_batch",
        "SELECT updated_at FROM referral_benchmark",
    ):
        assert all(datetime.fromisoformat(r[0]) <= now for r in demo_db.query(sql))


def test_one_import_per_year_with_its_own_period(demo_db) -> None:
    batches = demo_db.query("SELECT * FROM referral_batch ORDER BY id")
    years = [int(b["period_start"][:4]) for b in batches]
    assert years == list(range(years[0], validation.today().year + 1))
    for b in batches:
        year = b["period_start"][:4]
        assert b["file_name"] == f"verwijzingen_{year}_medicom.csv"
        assert re.fullmatch(r"[0-9a-f]{64}", b["content_hash"])
        assert b["mapping_name"] == "Medicom (demo)" and b["imported_by"] == "demo"
        assert b["rows_skipped"] == 0
        first, last, count = demo_db.query(
            "SELECT min(referred_on), max(referred_on), count(*) FROM referral WHERE batch_id = ?",
            (b["id"],),
        )[0]
        assert (first, last, count) == (b["period_start"], b["period_end"], b["rows_imported"])
        assert first[:4] == last[:4] == year
        imported = datetime.fromisoformat(b["imported_at"]).date()
        assert date.fromisoformat(last) <= imported <= date.fromisoformat(last) + timedelta(40)


def test_more_referrals_in_winter_than_in_summer(demo_db) -> None:
    years = complete_years(demo_db)
    per_month = monthly(referrals(demo_db))
    winter = mean(per_month[y, m] for y in years for m in (12, 1, 2))
    summer = mean(per_month[y, m] for y in years for m in (6, 7, 8))
    assert winter > 1.08 * summer
    late_december = referrals(demo_db, "substr(referred_on, 6, 5) >= '12-24'")
    early_december = referrals(demo_db, "substr(referred_on, 6, 5) BETWEEN '12-03' AND '12-10'")
    assert len(late_december) < len(early_december)  # the holidays


def test_longziekten_drop_after_the_improvement_plans_started(demo_db) -> None:
    started = date.fromisoformat(
        demo_db.scalar(
            "SELECT min(effective_date) FROM intervention_status WHERE intervention_code ="
            " 'DZ-02' AND kind = 'status' AND status = 'gestart'"
        )
    )
    today = validation.today()
    per_month = monthly(referrals(demo_db), LUNG)
    first = date.fromisoformat(demo_db.scalar("SELECT min(referred_on) FROM referral"))
    months = months_between(first, today)[:-1]  # this month is not over yet
    before = [per_month[m] for m in months if m < (started.year, started.month)]
    after = [per_month[m] for m in months if m > (started.year, started.month)]
    assert len(before) >= 3 and len(after) >= 12
    assert mean(after) <= 0.75 * mean(before), (mean(before), mean(after))


def test_some_specialisms_run_above_expected(demo_db) -> None:
    years = complete_years(demo_db)
    assert observed_over_expected(demo_db, GGZ, years) > 1.1
    assert observed_over_expected(demo_db, ("0316",), years) > 1.1
    # longziekten after its drop, from the first whole year after DZ-02 started
    started = dz02_started_in(demo_db)
    assert observed_over_expected(demo_db, (LUNG,), [y for y in years if y > started.year]) < 1
    rest = tuple(c for c in specialisms(demo_db) if c not in (LUNG, "0316", *GGZ))
    assert 0.85 <= observed_over_expected(demo_db, rest, years) <= 1.1


def dz02_started_in(db) -> date:
    with db.transaction() as conn:
        started = dz02_started(conn)
    assert started is not None
    return started


def test_list_size_follows_the_practice_and_grows_slowly(demo_db) -> None:
    practice = get_practice(demo_db)
    assert practice is not None and practice.list_size
    sizes = {
        r[0]: r[1] for r in demo_db.query("SELECT year, sum(patients) FROM list_size GROUP BY 1")
    }
    today = validation.today()
    assert sorted(sizes) == list(range(today.year - 5, today.year + 1))
    assert abs(sizes[today.year] - practice.list_size) <= 0.03 * practice.list_size
    for year, size in sizes.items():
        assert abs(size - practice.list_size) <= 0.08 * practice.list_size, year
    growth = (sizes[today.year] / sizes[today.year - 5]) ** (1 / 5) - 1
    assert 0.003 <= growth <= 0.02
    cells = demo_db.query(
        "SELECT age_band, sex, patients FROM list_size WHERE year = ?", (today.year - 1,)
    )
    assert {(r[0], r[1]) for r in cells} == {(a, x) for a in AGE_BANDS for x in SEXES}
    band = Counter()
    for a, _sex, n in cells:
        band[a] += n
    assert band.most_common(2)[0][0] in ("25-44", "45-64")
    assert band["85+"] == min(band.values())
    by = {(a, x): n for a, x, n in cells}
    assert by["85+", "V"] > by["85+", "M"]  # women live longer


def test_the_reference_table_says_it_is_made_up(demo_db) -> None:
    meta = dict(demo_db.query("SELECT key, value FROM meta"))
    assert meta[REFERENCE_NAME_KEY] == REFERENCE_NAME and "demo" in REFERENCE_NAME
    assert meta[REFERENCE_SOURCE_KEY] == REFERENCE_SOURCE and "geen echte" in REFERENCE_SOURCE
    used = {r[0] for r in demo_db.query("SELECT DISTINCT specialism FROM referral")}
    rows = demo_db.query("SELECT specialism, age_band, sex, rate FROM reference_rate")
    assert {r[0] for r in rows} == used
    assert len(rows) == len(used) * len(AGE_BANDS) * len(SEXES)
    rate = {(r[0], r[1], r[2]): r[3] for r in rows}
    assert rate["0307", "45-64", "M"] == 0  # no gynaecology for men
    assert rate["0316", "0-4", "V"] > 50 * rate["0316", "25-44", "V"]
    assert rate["0320", "75-84", "M"] > 5 * rate["0320", "25-44", "M"]


def test_the_praktijkspiegel_figures_of_the_last_two_years(demo_db) -> None:
    today = validation.today()
    rows = demo_db.query("SELECT * FROM referral_benchmark ORDER BY year, subject")
    assert {r["year"] for r in rows} == {today.year - 2, today.year - 1}
    assert {r["subject"] for r in rows} == {*BENCHMARKED, "GGZ"}
    for r in rows:
        codes = GGZ if r["subject"] == "GGZ" else (r["subject"],)
        counted = sum(
            1 for d, c in referrals(demo_db) if d.year == r["year"] and c in codes
        )  # the counts the Praktijkspiegel saw are the practice's own
        assert r["observed"] == counted
        oe = observed_over_expected(demo_db, codes, [r["year"]])
        assert abs(r["observed"] / r["expected"] / oe - 1) <= 0.06
        assert r["updated_by"] == "demo"
    ggz = [r["observed"] / r["expected"] for r in rows if r["subject"] == "GGZ"]
    assert all(v > 1.05 for v in ggz)


def test_the_same_seed_gives_the_same_referrals(tmp_path: Path, demo_file: Path) -> None:
    def content(path: Path) -> dict[str, list[tuple]]:
        db = open_database(path, readonly=True)
        try:
            return {
                t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in TABLES
            }
        finally:
            db.close()

    first = content(demo_file)
    assert content(build_demo(tmp_path / "again.sqlite", seed=1)) == first


def alone(path: Path, seed: int, start: date) -> float:
    """Only the referrals on a file with the catalogue (no DZ-02); returns how long it took."""
    with new_file(path) as db, db.transaction() as conn:
        seed_reference_in(conn)
        begin = time.perf_counter()
        add_referrals(conn, DemoContext(random.Random(seed), start, 5, 6000))
        return time.perf_counter() - begin


def test_without_dz02_longziekten_stays_level_and_another_seed_differs(tmp_path: Path) -> None:
    start = date(validation.today().year - 5, 1, 1)
    assert alone(tmp_path / "a.sqlite", 4, start) < 0.5  # about 60 ms
    alone(tmp_path / "b.sqlite", 5, start)
    a = open_database(tmp_path / "a.sqlite", readonly=True)
    b = open_database(tmp_path / "b.sqlite", readonly=True)
    try:
        found = referrals(a)
        assert found != referrals(b)
        lung = Counter(d.year for d, c in found if c == LUNG)
        years = range(start.year, start.year + 5)
        assert max(lung[y] for y in years) < 1.6 * min(lung[y] for y in years)
        assert observed_over_expected(a, (LUNG,), list(years)) > 1.15
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize("day", [date(2026, 1, 1), date(2026, 1, 5), date(2027, 3, 1)])
def test_any_today_gives_whole_years_and_nothing_ahead(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, day: date
) -> None:
    freeze(monkeypatch, day)
    alone(tmp_path / "dag.sqlite", 2, date(day.year - 5, 1, 1))
    db = open_database(tmp_path / "dag.sqlite", readonly=True)
    try:
        assert db.scalar("SELECT max(referred_on) FROM referral") < day.isoformat()
        batches = [r[0] for r in db.query("SELECT period_start FROM referral_batch ORDER BY id")]
        years = sorted({r[0][:4] for r in db.query("SELECT referred_on FROM referral")})
        assert [b[:4] for b in batches] == years
        assert len(years) == (5 if (day.month, day.day) == (1, 1) else 6)
        imported = [
            datetime.fromisoformat(r[0]) for r in db.query("SELECT imported_at FROM referral_batch")
        ]
        assert max(imported).date() < day
        assert db.scalar("SELECT max(year) FROM list_size") == day.year
    finally:
        db.close()
