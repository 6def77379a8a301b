"""The demo practice's referral history: list size, HIS imports per year, reference rates, Vektis.

About 1,400 referrals a year over 22 codes, with seasonality and Poisson noise. Longziekten,
kindergeneeskunde and GGZ run above what the (made-up) reference rates expect; longziekten drops
by 40 % from the day DZ-02 ("Verbeterplannen voor specialismen boven verwachting") started.
"""

from __future__ import annotations

import hashlib
import math
import random
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING

from plusdesk.core.referral_model import AGE_BANDS, REFERENCE_NAME_KEY, REFERENCE_SOURCE_KEY, SEXES
from plusdesk.core.validation import today

if TYPE_CHECKING:
    from plusdesk.core.demo import DemoContext

CODE = "DZ-02"  # "Verbeterplannen voor specialismen boven verwachting" in the catalogue
LUNG = "0322"
DROP = 0.6  # longziekten after DZ-02 started: 40 % fewer referrals
REFERRERS = ("P. Hermans", "R. Smeets", "L. Bosch", "M. Kurvers")  # two GPs, a HAIO, a locum
_REFERRER_WEIGHTS = (0.42, 0.36, 0.16, 0.06)
REFERENCE_NAME = "Demotabel referentiecijfers (verzonnen, alleen voor de demo)"
REFERENCE_SOURCE = "PlusDesk-demo; geen echte landelijke cijfers"
MAPPING = "Medicom (demo)"
BENCHMARKED = ("0305", "0310", "0303", "0302", "0301", "0330", "0320", "0322", "0316")
GGZ = ("0329", "9400", "9401", "9116")  # the default group "GGZ": 0329, 94*, 9116

# A Dutch population by age band: percent men, percent women (the standard population).
_PYRAMID = (
    (2.6, 2.5),
    (5.5, 5.3),
    (6.3, 6.1),
    (12.9, 12.7),
    (13.3, 13.3),
    (5.4, 5.6),
    (3.0, 3.5),
    (0.8, 1.4),
)
_GROWTH = (0.0, 0.004, 0.006, 0.008, 0.006, 0.02, 0.035, 0.03)  # a list ageing slowly, ~1 %/yr

# Relative referral rate by age band (same order as AGE_BANDS).
_SHAPES = {
    "kind": (30, 9, 1.2, 0, 0, 0, 0, 0),
    "jong": (0.2, 1.0, 2.0, 1.8, 1.0, 0.6, 0.5, 0.4),
    "ggz": (0.1, 0.6, 1.5, 1.5, 1.2, 0.7, 0.8, 1.0),
    "kno": (2.0, 1.6, 0.9, 0.8, 1.0, 1.1, 1.2, 0.9),
    "midden": (0.2, 0.5, 0.8, 1.1, 1.5, 1.4, 1.1, 0.7),
    "huid": (0.4, 0.6, 0.9, 0.9, 1.2, 1.6, 1.7, 1.3),
    "ouder": (0.1, 0.1, 0.3, 0.6, 1.4, 2.6, 3.2, 2.8),
    "long": (0.3, 0.5, 0.4, 0.6, 1.3, 2.6, 3.0, 2.2),
    "vrouw": (0, 0.1, 0.9, 1.6, 1.0, 0.6, 0.4, 0.2),
    "geriatrie": (0, 0, 0, 0, 0.02, 0.5, 3, 8),
}

# code: (reference rate per 1,000 per year, age shape, men's rate / women's, this practice's
# O/E before any intervention, ICPC codes that fit)
_SPECIALISMS: dict[str, tuple[float, str, float, float, tuple[str, ...]]] = {
    "0305": (28, "midden", 0.9, 1.05, ("L15", "L90", "L89", "L92", "L84")),
    "0310": (24, "huid", 0.85, 0.86, ("S80", "S77", "S82", "S87", "S91")),
    "0303": (23, "midden", 1.0, 1.0, ("D89", "D98", "K95", "S78")),
    "0302": (18, "kno", 1.05, 0.95, ("H86", "R90", "R75", "H02")),
    "0301": (17, "ouder", 0.8, 0.9, ("F92", "F93", "F83", "F84")),
    "0330": (15, "midden", 0.85, 1.08, ("N89", "N17", "N87", "N93")),
    "0320": (14, "ouder", 1.25, 1.02, ("K77", "K86", "K78", "K74")),
    "0307": (12, "vrouw", 0.0, 0.93, ("X87", "X13", "X08", "W15")),
    "0313": (10, "ouder", 1.0, 0.97, ("T90", "B80", "T85", "D97")),
    "0306": (9, "ouder", 2.2, 0.88, ("Y85", "U95", "U06", "Y06")),
    "0318": (8, "midden", 0.95, 1.04, ("D16", "D93", "D94", "D84")),
    LUNG: (9.5, "long", 1.1, 1.32, ("R96", "R95", "R02", "R05")),
    "0316": (6, "kind", 1.15, 1.28, ("T10", "R96", "D06", "S87")),
    "0324": (4.5, "midden", 0.6, 0.95, ("L88", "T92", "L18")),
    "0304": (3.5, "midden", 0.7, 0.8, ("N93", "S78", "L98")),
    "0327": (2.5, "ouder", 1.0, 1.0, ("K90", "N86", "L84")),
    "0308": (2, "midden", 1.0, 0.9, ("L86", "L83")),
    "0335": (1.5, "geriatrie", 0.7, 1.1, ("P70", "P20")),
    "0329": (4, "ggz", 1.0, 1.25, ("P76", "P72", "P73", "P74")),
    "9400": (14, "jong", 0.7, 1.3, ("P76", "P74", "P82", "P78")),
    "9401": (7, "jong", 0.6, 1.25, ("P76", "P74", "P02", "P78")),
    "9116": (2.5, "ggz", 0.9, 1.2, ("P70", "P76", "P72")),
}

# Referrals by month (more in winter and early spring, fewer in the summer holidays, December
# lower still through its holiday days), by weekday (Saturday and Sunday almost none).
_MONTHS = (1.14, 1.1, 1.1, 0.98, 1.0, 0.97, 0.78, 0.76, 1.04, 1.06, 1.06, 0.96)
_WEEKDAYS = (1.2, 1.05, 1.0, 1.0, 0.85, 0.02, 0.01)


def add_referrals(conn: sqlite3.Connection, ctx: DemoContext) -> None:
    """Write the list size, a yearly HIS import of referrals, reference rates and Vektis figures."""
    rng = ctx.rng
    now = today()
    last = now - timedelta(days=1)  # referrals up to yesterday
    years = range(ctx.start.year, now.year + 1)
    lists = _list_sizes(rng, ctx.list_size, years)
    conn.executemany(
        "INSERT INTO list_size (year, age_band, sex, patients) VALUES (?, ?, ?, ?)",
        [(y, a, x, n) for y in years for (a, x), n in lists[y].items()],
    )
    rates = _reference_rates()
    conn.executemany(
        "INSERT INTO reference_rate (specialism, age_band, sex, rate) VALUES (?, ?, ?, ?)",
        [(s, a, x, r) for s, by in rates.items() for (a, x), r in by.items()],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        [(REFERENCE_NAME_KEY, REFERENCE_NAME), (REFERENCE_SOURCE_KEY, REFERENCE_SOURCE)],
    )
    expected = {y: {s: _expected(lists[y], rates[s]) for s in rates} for y in years}
    drop_on = dz02_started(conn)
    referrals = _referrals(rng, ctx.start, last, expected, drop_on)
    _write_batches(conn, rng, referrals, now)
    _write_benchmark(conn, rng, referrals, expected, ctx.start, now)


def dz02_started(conn: sqlite3.Connection) -> date | None:
    """The first valid 'gestart' day of DZ-02, if the demo's intervention history has one."""
    row = conn.execute(
        "SELECT min(effective_date) FROM intervention_status s WHERE intervention_code = ? AND"
        " kind = 'status' AND status = 'gestart' AND NOT EXISTS (SELECT 1 FROM"
        " intervention_status v WHERE v.voids = s.id)",
        (CODE,),
    ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def _list_sizes(
    rng: random.Random, size: int, years: range
) -> dict[int, dict[tuple[str, str], int]]:
    """Patients per year by age band and sex: this year about size, ~1 % less a year back."""
    total = sum(sum(p) for p in _PYRAMID)
    noise = {(a, x): rng.uniform(0.94, 1.06) for a in AGE_BANDS for x in SEXES}
    result = {}
    for y in years:
        back = years[-1] - y
        result[y] = {
            (a, x): round(
                size
                * _PYRAMID[i][j]
                / total
                * noise[a, x]
                / (1 + _GROWTH[i]) ** back
                * rng.uniform(0.99, 1.01)
            )
            for i, a in enumerate(AGE_BANDS)
            for j, x in enumerate(SEXES)
        }
    return result


def _reference_rates() -> dict[str, dict[tuple[str, str], float]]:
    """Rates per 1,000 per stratum whose average over the standard population is the base rate."""
    weights = {(a, x): _PYRAMID[i][j] for i, a in enumerate(AGE_BANDS) for j, x in enumerate(SEXES)}
    total = sum(weights.values())
    rates = {}
    for code, (base, shape, men, _, _) in _SPECIALISMS.items():
        raw = {
            (a, x): _SHAPES[shape][i] * (men if x == "M" else 1.0)
            for i, a in enumerate(AGE_BANDS)
            for x in SEXES
        }
        mean = sum(raw[k] * weights[k] for k in raw) / total
        rates[code] = {k: round(base * v / mean, 3) for k, v in raw.items()}
    return rates


def _expected(patients: dict[tuple[str, str], int], rates: dict[tuple[str, str], float]) -> float:
    """Expected referrals in a year by indirect standardisation."""
    return sum(patients[k] * rates[k] for k in patients) / 1000


def _referrals(
    rng: random.Random,
    start: date,
    last: date,
    expected: dict[int, dict[str, float]],
    drop_on: date | None,
) -> list[tuple[str, str, str | None, str]]:
    """(day, code, ICPC or None, referrer) for every referral, month by month, Poisson counts."""
    found: list[tuple[str, str, str | None, str]] = []
    weight_of_year: dict[int, float] = {}
    month = start.replace(day=1)
    while month <= last:
        year = month.year
        if year not in weight_of_year:
            weight_of_year[year] = sum(_day_weight(d) for d in _days(date(year, 1, 1), 12))
        days = [d for d in _days(month, 1) if start <= d <= last]
        base = [_day_weight(d) for d in days]
        for code, (_, _, _, ratio, icpcs) in _SPECIALISMS.items():
            scale = expected[year][code] * ratio * _season(code, month.month) / weight_of_year[year]
            weights = [
                w * scale * (DROP if code == LUNG and drop_on and d >= drop_on else 1.0)
                for d, w in zip(days, base, strict=True)
            ]
            cum = list(accumulate(weights))
            count = _poisson(rng, cum[-1]) if cum and cum[-1] > 0 else 0
            for day in rng.choices(days, cum_weights=cum, k=count) if count else ():
                icpc = rng.choice(icpcs) if rng.random() < 0.6 else None
                who = rng.choices(REFERRERS, _REFERRER_WEIGHTS)[0]
                found.append((day.isoformat(), code, icpc, who))
        month = (month + timedelta(days=32)).replace(day=1)
    rng.shuffle(found)
    found.sort(key=lambda r: r[0])  # an export lists referrals by date
    return found


def _days(first: date, months: int) -> list[date]:
    end = date(
        first.year + (first.month - 1 + months) // 12, (first.month - 1 + months) % 12 + 1, 1
    )
    return [first + timedelta(days=i) for i in range((end - first).days)]


def _day_weight(day: date) -> float:
    weight = _WEEKDAYS[day.weekday()] * _MONTHS[day.month - 1]
    if day in _holidays(day.year):
        return weight * 0.02
    if day.month == 12 and day.day >= 24:
        return weight * 0.5
    return weight


@cache
def _holidays(year: int) -> frozenset[date]:
    """Dutch public holidays on which a practice only sees emergencies."""
    # Anonymous Gregorian algorithm for Easter Sunday.
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    easter = date(year, month, day + 1)
    moved = (1, 39, 50)  # Easter Monday, Ascension Day, Whit Monday
    fixed = {date(year, 1, 1), date(year, 4, 27), date(year, 12, 25), date(year, 12, 26)}
    return frozenset(fixed | {easter + timedelta(days=n) for n in moved})


def _season(code: str, month: int) -> float:
    """A specialism's own season: lung disease in winter, skin in spring and summer."""
    if code == LUNG:
        return 1 + 0.2 * math.cos(2 * math.pi * (month - 1.5) / 12)
    if code == "0310":
        return 1 + 0.12 * math.cos(2 * math.pi * (month - 6) / 12)
    return 1.0


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw by inversion (means here stay below about 40)."""
    u, k = rng.random(), 0
    p = cum = math.exp(-mean)
    while u > cum and p > 0:
        k += 1
        p *= mean / k
        cum += p
    return k


def _write_batches(
    conn: sqlite3.Connection,
    rng: random.Random,
    referrals: list[tuple[str, str, str | None, str]],
    now: date,
) -> None:
    """One import per calendar year, a few days after the year ended (this year's: yesterday)."""
    by_year: dict[int, list[tuple[str, str, str | None, str]]] = {}
    for r in referrals:
        by_year.setdefault(int(r[0][:4]), []).append(r)
    for year, rows in sorted(by_year.items()):
        name = f"verwijzingen_{year}_medicom.csv"
        text = "\n".join(f"{d};{s};{i or ''};{w}" for d, s, i, w in rows)
        digest = hashlib.sha256(f"{name}\n{text}".encode()).hexdigest()
        day = date(year + 1, 1, 2) + timedelta(days=rng.randint(2, 18))
        day = min(day, now - timedelta(days=1))
        moment = time(rng.randint(8, 16), rng.randrange(60))
        cur = conn.execute(
            "INSERT INTO referral_batch (file_name, content_hash, mapping_name, period_start,"
            " period_end, rows_imported, rows_skipped, imported_at, imported_by)"
            " VALUES (?, ?, ?, ?, ?, ?, 0, ?, 'demo')",
            (name, digest, MAPPING, rows[0][0], rows[-1][0], len(rows), _stamp(day, moment)),
        )
        conn.executemany(
            "INSERT INTO referral (batch_id, referred_on, specialism, icpc, referrer)"
            " VALUES (?, ?, ?, ?, ?)",
            [(cur.lastrowid, *r) for r in rows],
        )


def _write_benchmark(
    conn: sqlite3.Connection,
    rng: random.Random,
    referrals: list[tuple[str, str, str | None, str]],
    expected: dict[int, dict[str, float]],
    start: date,
    now: date,
) -> None:
    """Praktijkspiegel figures of the last two complete years, as typed in from the PDF."""
    for year in range(max(start.year, now.year - 2), now.year):
        counts: dict[str, int] = {}
        for day, code, _, _ in referrals:
            if day.startswith(str(year)):
                counts[code] = counts.get(code, 0) + 1
        subjects = [(s, counts.get(s, 0), expected[year][s]) for s in BENCHMARKED]
        subjects.append(
            ("GGZ", sum(counts.get(s, 0) for s in GGZ), sum(expected[year][s] for s in GGZ))
        )
        published = min(
            date(year + 1, 10, 1) + timedelta(days=rng.randint(0, 40)), now - timedelta(1)
        )
        conn.executemany(
            "INSERT INTO referral_benchmark (year, subject, observed, expected, updated_at,"
            " updated_by) VALUES (?, ?, ?, ?, ?, 'demo')",
            [
                (year, s, n, round(e * rng.uniform(0.95, 1.05), 1), _stamp(published, time(10)))
                for s, n, e in subjects
            ],
        )


def _stamp(day: date, moment: time) -> str:
    return datetime.combine(day, moment, tzinfo=UTC).isoformat(timespec="seconds")
