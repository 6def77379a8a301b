"""What the zorggroep sees of its merged practices, and a practice of its benchmark pack.

Every view reads the `exchange_*` tables, which a zorggroep workspace fills by merging exports
and a practice file by reading its pack: the same queries serve both. A practice's own row in a
pack has `is_self` set, so the views can highlight it; the others are anonymous letters there.
Suppressed cells stay unknown (NaN / None): nothing here guesses a hidden value.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from plusdesk.core.db import Database
from plusdesk.core.i18n import QT_TRANSLATE_NOOP
from plusdesk.core.interventions import IMPLEMENTED, STATUS_LABELS, Status
from plusdesk.core.stats import Overdispersion, funnel_limits, overdispersion

FUNNEL_LEVELS = (0.95, 0.998)
PER = 1000  # rates per this many listed patients


# --- practices ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    """A practice as the views name it: its own name, or a letter in a pack."""

    key: str
    label: str  # unique among the participants ("… (AGB 01234567)" when names repeat)
    agb_code: str
    is_self: bool
    period_from: str
    period_to: str

    def covers(self, year: int) -> bool:
        """Whether the practice's latest file covers the whole calendar year."""
        return bool(self.period_from and self.period_to) and (
            self.period_from <= f"{year}-01-01" and self.period_to >= f"{year}-12-31"
        )


def participants(db: Database) -> list[Participant]:
    """Every practice in the exchange tables: the own practice first, then by label."""
    rows = db.query(
        "SELECT key, name, agb_code, is_self, period_from, period_to FROM exchange_practice"
    )
    names = Counter((r["name"] or r["key"]).casefold() for r in rows)
    out = []
    for r in rows:
        label = r["name"] or r["key"]
        if names[label.casefold()] > 1 and r["agb_code"]:
            label = f"{label} (AGB {r['agb_code']})"
        out.append(
            Participant(
                r["key"], label, r["agb_code"] or "", bool(r["is_self"]),
                r["period_from"] or "", r["period_to"] or "",
            )
        )  # fmt: skip
    return sorted(out, key=lambda p: (not p.is_self, p.label.casefold(), p.key))


def _labels(db: Database, dimension: str) -> dict[str, tuple[str, str]]:
    """code → (label, parent) of one category dimension."""
    return {
        r["code"]: (r["label"], r["parent"] or "")
        for r in db.query(
            "SELECT code, label, parent FROM exchange_category WHERE dimension = ?", (dimension,)
        )
    }


# --- implementation matrix ---------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixCell:
    """One practice's state of one intervention (dates ISO, None when not known)."""

    status: str
    status_since: str | None = None
    started_on: str | None = None
    implemented_on: str | None = None
    maatwerk: bool = False

    @property
    def status_label(self) -> str:
        try:
            return STATUS_LABELS[Status(self.status)]
        except ValueError:
            return self.status

    @property
    def implemented(self) -> bool:
        return self.status in IMPLEMENTED


@dataclass(frozen=True)
class MatrixIntervention:
    code: str
    label: str
    domain: str
    domain_label: str


@dataclass(frozen=True)
class DomainProgress:
    """How far the practices are in one domain: implemented cells of all cells with a status."""

    domain: str
    label: str
    implemented: int
    total: int

    @property
    def share(self) -> float | None:
        return self.implemented / self.total if self.total else None


@dataclass(frozen=True)
class Matrix:
    """Practices × interventions, each cell the status on the last day of the practice's file."""

    practices: list[Participant]
    interventions: list[MatrixIntervention]
    cells: dict[tuple[str, str], MatrixCell] = field(default_factory=dict)

    def cell(self, practice: str, intervention: str) -> MatrixCell | None:
        return self.cells.get((practice, intervention))

    def implemented(self, intervention: str) -> tuple[int, int]:
        """(practices with it implemented or geborgd, practices with a status for it)."""
        states = [c for (_, code), c in self.cells.items() if code == intervention]
        return sum(c.implemented for c in states), len(states)

    def practice_implemented(self, practice: str) -> tuple[int, int]:
        """(interventions implemented or geborgd, interventions with a status) of one practice."""
        states = [c for (key, _), c in self.cells.items() if key == practice]
        return sum(c.implemented for c in states), len(states)

    def domains(self) -> list[DomainProgress]:
        out: dict[str, list[int]] = {}
        labels: dict[str, str] = {}
        for item in self.interventions:
            labels[item.domain] = item.domain_label
            done, total = self.implemented(item.code)
            counts = out.setdefault(item.domain, [0, 0])
            counts[0] += done
            counts[1] += total
        return [DomainProgress(d, labels[d], c[0], c[1]) for d, c in out.items()]

    def status_counts(self) -> Counter[str]:
        return Counter(c.status for c in self.cells.values())


_MATRIX_FIELDS = {
    "interventie.status": "status",
    "interventie.status_sinds": "status_since",
    "interventie.gestart_op": "started_on",
    "interventie.geimplementeerd_op": "implemented_on",
    "interventie.maatwerk": "maatwerk",
}


def implementation_matrix(db: Database) -> Matrix:
    """The implementation matrix; interventions in catalogue order (domain, then code)."""
    people = participants(db)
    known = {p.key for p in people}
    marks = ", ".join("?" * len(_MATRIX_FIELDS))
    found: dict[tuple[str, str], dict[str, object]] = {}
    for r in db.query(
        f"SELECT practice, indicator, category, value, text FROM exchange_value "
        f"WHERE indicator IN ({marks})",
        tuple(_MATRIX_FIELDS),
    ):
        if r["practice"] not in known:
            continue
        name = _MATRIX_FIELDS[r["indicator"]]
        value: object = bool(r["value"]) if name == "maatwerk" else r["text"]
        found.setdefault((r["practice"], r["category"]), {})[name] = value
    cells = {key: MatrixCell(**fields) for key, fields in found.items() if fields.get("status")}
    domains = _labels(db, "domein")
    used = {code for _, code in cells}
    interventions = [
        MatrixIntervention(code, label, parent, domains.get(parent, ("", ""))[0] or parent)
        for code, (label, parent) in _labels(db, "interventie").items()
        if code in used
    ]
    interventions += [
        MatrixIntervention(code, code, "", "")
        for code in sorted(used - {i.code for i in interventions})
    ]
    interventions.sort(key=lambda i: (i.domain, i.code))
    return Matrix(people, interventions, cells)


# --- funnel plot -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    """A specialism (Vektis code) or a code group, as the referral figures name it."""

    code: str
    label: str
    is_group: bool

    @property
    def title(self) -> str:
        """ "Cardiologie (0320)"; a group, or a code without a name, as its label alone."""
        if self.is_group or self.code in self.label:
            return self.label
        return f"{self.label} ({self.code})"


def _subjects(db: Database, indicator: str) -> list[Subject]:
    labels = _labels(db, "specialisme")
    codes = [
        r[0]
        for r in db.query(
            "SELECT DISTINCT category FROM exchange_value WHERE indicator = ?", (indicator,)
        )
    ]
    out = []
    for code in codes:
        label, parent = labels.get(code, (code, ""))
        out.append(Subject(code, label, bool(parent)))
    return sorted(out, key=lambda s: (not s.is_group, s.label.casefold()))


def funnel_subjects(db: Database) -> list[Subject]:
    """The specialisms and groups with O/E figures: groups first, then by name."""
    return _subjects(db, "verwijzing.oe_verwacht")


def funnel_years(db: Database) -> list[int]:
    """The years with O/E figures, newest first."""
    return [
        int(r[0])
        for r in db.query(
            "SELECT DISTINCT period FROM exchange_value WHERE indicator = "
            "'verwijzing.oe_verwacht' ORDER BY period DESC"
        )
        if str(r[0]).isdigit()
    ]


@dataclass(frozen=True)
class FunnelPoint:
    """One practice: observed O, expected E, O/E with its exact 95 % interval."""

    practice: Participant
    observed: float
    expected: float
    ratio: float
    low: float | None
    high: float | None
    source: str

    def outside(self, limits: dict[float, tuple[float, float]], level: float) -> str | None:
        """ "boven" or "onder" when the point lies beyond that funnel limit, else None."""
        low, high = limits[level]
        if self.ratio > high:
            return "boven"
        if self.ratio < low:
            return "onder"
        return None


@dataclass(frozen=True, eq=False)
class Funnel:
    """The funnel plot of one subject and year.

    `grid` holds expected counts spanning the points; `limits[level]` the lower and upper
    funnel lines over that grid; `point_limits[key][level]` the limits at a point's own E.
    `missing` are practices without a point (O suppressed, or no O/E that year).
    """

    subject: Subject
    year: int
    points: list[FunnelPoint]
    missing: list[Participant]
    grid: np.ndarray
    limits: dict[float, tuple[np.ndarray, np.ndarray]]
    point_limits: dict[str, dict[float, tuple[float, float]]]
    dispersion: Overdispersion | None

    def position(self, point: FunnelPoint, level: float = 0.95) -> str | None:
        return point.outside(self.point_limits[point.practice.key], level)


def funnel(db: Database, code: str, year: int) -> Funnel:
    """O/E against E for every practice with figures for `code` in `year`.

    Points keep the order of `participants` (own practice first, then by name): a funnel plot
    compares each practice with chance, it does not rank them.
    """
    subject = next(
        (s for s in funnel_subjects(db) if s.code == code),
        Subject(code, _labels(db, "specialisme").get(code, (code, ""))[0], False),
    )
    figures: dict[str, dict[str, object]] = {}
    for r in db.query(
        "SELECT practice, indicator, value, text, suppressed FROM exchange_value "
        "WHERE category = ? AND period = ? AND indicator LIKE 'verwijzing.oe%'",
        (code, str(year)),
    ):
        value = r["text"] if r["indicator"] == "verwijzing.oe_bron" else r["value"]
        if not r["suppressed"] and value is not None:
            figures.setdefault(r["practice"], {})[r["indicator"]] = value
    points, missing = [], []
    for p in participants(db):
        f = figures.get(p.key, {})
        o, e = f.get("verwijzing.oe_waargenomen"), f.get("verwijzing.oe_verwacht")
        if o is None or e is None or not float(e) > 0:  # type: ignore[arg-type]
            missing.append(p)
            continue
        o, e = float(o), float(e)  # type: ignore[arg-type]
        low, high = f.get("verwijzing.oe_laag"), f.get("verwijzing.oe_hoog")
        points.append(
            FunnelPoint(
                p, o, e, o / e,
                float(low) if low is not None else None,  # type: ignore[arg-type]
                float(high) if high is not None else None,  # type: ignore[arg-type]
                str(f.get("verwijzing.oe_bron") or ""),
            )
        )  # fmt: skip
    expected = np.array([pt.expected for pt in points], dtype=float)
    if len(points):
        lo, hi = float(expected.min()), float(expected.max())
        grid = np.geomspace(max(lo * 0.6, 0.5), max(hi * 1.4, lo * 0.6 + 1), 160)
    else:
        grid = np.array([], dtype=float)
    limits = {
        level: funnel_limits(grid, level) if len(grid) else (grid, grid) for level in FUNNEL_LEVELS
    }
    point_limits: dict[str, dict[float, tuple[float, float]]] = {}
    if len(points):
        at_points = {level: funnel_limits(expected, level) for level in FUNNEL_LEVELS}
        for n, pt in enumerate(points):
            point_limits[pt.practice.key] = {
                level: (float(at_points[level][0][n]), float(at_points[level][1][n]))
                for level in FUNNEL_LEVELS
            }
    dispersion = (
        overdispersion([pt.observed for pt in points], expected) if len(points) >= 2 else None
    )
    return Funnel(subject, year, points, missing, grid, limits, point_limits, dispersion)


# --- trends ------------------------------------------------------------------------------------


def trend_subjects(db: Database) -> list[Subject]:
    """The specialisms and groups with yearly referral counts (not in a pack)."""
    return _subjects(db, "verwijzing.jaar")


@dataclass(frozen=True, eq=False)
class Trend:
    """Referrals per 1,000 listed patients per complete year, per practice and for the group.

    `rates` has one column per practice key (NaN where a count is suppressed or the year is
    not complete in that practice's file); `group` is the pooled rate of the practices with a
    known count and list size that year (Σ referrals / Σ list size × 1,000).
    """

    subject: Subject
    practices: list[Participant]
    rates: pd.DataFrame
    group: pd.Series
    suppressed: int  # practice-years left out because the count was suppressed


def trend(db: Database, code: str) -> Trend:
    """The yearly referral rate of every practice for one specialism or group."""
    people = participants(db)
    subject = next(
        (s for s in trend_subjects(db) if s.code == code),
        Subject(code, _labels(db, "specialisme").get(code, (code, ""))[0], False),
    )
    counts: dict[tuple[str, int], float | None] = {}
    for r in db.query(
        "SELECT practice, period, value, suppressed FROM exchange_value "
        "WHERE indicator = 'verwijzing.jaar' AND category = ?",
        (code,),
    ):
        if str(r["period"]).isdigit():
            counts[(r["practice"], int(r["period"]))] = None if r["suppressed"] else r["value"]
    sizes = {
        (r["practice"], int(r["period"])): r["value"]
        for r in db.query(
            "SELECT practice, period, value FROM exchange_value "
            "WHERE indicator = 'praktijk.omvang' AND suppressed = 0"
        )
        if str(r["period"]).isdigit() and r["value"]
    }
    by_key = {p.key: p for p in people}
    years = sorted({y for (key, y) in counts if key in by_key and by_key[key].covers(y)})
    rates = pd.DataFrame(
        np.nan, index=pd.Index(years, name="jaar"), columns=[p.key for p in people]
    )
    pooled_n = pd.Series(0.0, index=rates.index)
    pooled_size = pd.Series(0.0, index=rates.index)
    suppressed = 0
    for (key, year), count in counts.items():
        if key not in by_key or year not in rates.index or not by_key[key].covers(year):
            continue
        size = sizes.get((key, year))
        if count is None:
            suppressed += 1
            continue
        if not size:
            continue
        rates.loc[year, key] = count / size * PER
        pooled_n[year] += count
        pooled_size[year] += size
    group = (pooled_n / pooled_size.where(pooled_size > 0) * PER).rename("groep")
    return Trend(subject, people, rates, group, suppressed)


# --- conversation and care figures side by side -------------------------------------------------


@dataclass(frozen=True)
class Measure:
    """One column of the side-by-side table."""

    key: str
    label: str
    unit: str  # "aantal", "per 1.000", "%", "punten"
    group: str  # "Gesprekken" or "GGZ"


# The measures' units and groups (the GUI compares the units by their Dutch value).
_COUNT = QT_TRANSLATE_NOOP("core", "aantal")
_PER_1000 = QT_TRANSLATE_NOOP("core", "per 1.000")
_POINTS = QT_TRANSLATE_NOOP("core", "punten")
_PRACTICE = QT_TRANSLATE_NOOP("core", "Praktijk")
_CONVERSATIONS = QT_TRANSLATE_NOOP("core", "Gesprekken")
_GGZ = QT_TRANSLATE_NOOP("core", "GGZ")

MEASURES: tuple[Measure, ...] = (
    Measure("omvang", QT_TRANSLATE_NOOP("core", "ingeschreven patiënten"), _COUNT, _PRACTICE),
    Measure("gesprekken", QT_TRANSLATE_NOOP("core", "gesprekken"), _COUNT, _CONVERSATIONS),
    Measure(
        "gesprekken_per_1000",
        QT_TRANSLATE_NOOP("core", "gesprekken per 1.000 patiënten"),
        _PER_1000,
        _CONVERSATIONS,
    ),
    Measure("gesproken", QT_TRANSLATE_NOOP("core", "patiënten gesproken"), _COUNT, _CONVERSATIONS),
    Measure(
        "vervolg_pct", QT_TRANSLATE_NOOP("core", "met een vervolggesprek"), "%", _CONVERSATIONS
    ),
    Measure(
        "scoreverschil", QT_TRANSLATE_NOOP("core", "gem. scoreverandering"), _POINTS, _CONVERSATIONS
    ),
    Measure(
        "ggz_actief",
        QT_TRANSLATE_NOOP("core", "actieve casussen (eind van het jaar)"),
        _COUNT,
        _GGZ,
    ),
    Measure(
        "ggz_per_1000", QT_TRANSLATE_NOOP("core", "caseload per 1.000 patiënten"), _PER_1000, _GGZ
    ),
    Measure("ggz_nieuw", QT_TRANSLATE_NOOP("core", "nieuwe casussen"), _COUNT, _GGZ),
    Measure("ggz_contact_pct", QT_TRANSLATE_NOOP("core", "gecontacteerd"), "%", _GGZ),
    Measure("ggz_respons_pct", QT_TRANSLATE_NOOP("core", "respons na 12 weken"), "%", _GGZ),
    Measure("ggz_remissie_pct", QT_TRANSLATE_NOOP("core", "remissie na 12 weken"), "%", _GGZ),
)


def side_by_side_years(db: Database) -> list[int]:
    """Years with conversation or care figures, newest first."""
    return [
        int(r[0])
        for r in db.query(
            "SELECT DISTINCT period FROM exchange_value WHERE indicator IN "
            "('gesprek.aantal_jaar', 'ggz.actief') ORDER BY period DESC"
        )
        if str(r[0]).isdigit()
    ]


@dataclass(frozen=True, eq=False)
class SideBySide:
    """Practices (rows, in `participants` order) × MEASURES (columns) for one year.

    A value is NaN when the figure is unknown; `suppressed` holds the (practice, measure)
    pairs unknown because a cell it depends on was suppressed. `partial` lists the practices
    whose file does not cover the whole year (their counts are for part of it).
    """

    year: int
    practices: list[Participant]
    values: pd.DataFrame
    suppressed: frozenset[tuple[str, str]]
    partial: frozenset[str]


_SIDE_INDICATORS = (
    "praktijk.omvang", "gesprek.aantal_jaar", "gesprek.patienten_jaar", "gesprek.vervolg",
    "gesprek.score_verschil", "gesprek.score_patienten", "ggz.actief", "ggz.nieuw",
    "ggz.gecontacteerd", "ggz.in_aanmerking", "ggz.respons", "ggz.remissie",
)  # fmt: skip


def side_by_side(db: Database, year: int) -> SideBySide:
    """Conversation and collaborative-care figures per practice for one year."""
    people = participants(db)
    marks = ", ".join("?" * len(_SIDE_INDICATORS))
    raw: dict[str, dict[tuple[str, str], float | None]] = {}
    for r in db.query(
        f"SELECT practice, indicator, category, value, suppressed FROM exchange_value "
        f"WHERE period = ? AND indicator IN ({marks})",
        (str(year), *_SIDE_INDICATORS),
    ):
        raw.setdefault(r["practice"], {})[(r["indicator"], r["category"])] = (
            None if r["suppressed"] else r["value"]
        )
    values = pd.DataFrame(
        np.nan, index=[p.key for p in people], columns=[m.key for m in MEASURES], dtype=float
    )
    hidden: set[tuple[str, str]] = set()
    for p in people:
        got = raw.get(p.key, {})

        def put(measure: str, *parts: tuple[str, str], compute=None, key=p.key, got=got) -> None:
            present = [part in got for part in parts]
            if not all(present):
                return
            numbers = [got[part] for part in parts]
            if any(n is None for n in numbers):
                hidden.add((key, measure))
                return
            result = compute(*numbers) if compute else numbers[0]
            if result is not None:
                values.loc[key, measure] = result

        def share(a: float, b: float) -> float | None:
            return a / b * 100 if b else None

        def per_1000(a: float, b: float) -> float | None:
            return a / b * PER if b else None

        size = ("praktijk.omvang", "")
        put("omvang", size)
        put("gesprekken", ("gesprek.aantal_jaar", ""))
        put("gesprekken_per_1000", ("gesprek.aantal_jaar", ""), size, compute=per_1000)
        put("gesproken", ("gesprek.patienten_jaar", ""))
        put("vervolg_pct", ("gesprek.vervolg", ""), ("gesprek.patienten_jaar", ""), compute=share)
        put("ggz_actief", ("ggz.actief", ""))
        put("ggz_per_1000", ("ggz.actief", ""), size, compute=per_1000)
        put("ggz_nieuw", ("ggz.nieuw", ""))
        put("ggz_contact_pct", ("ggz.gecontacteerd", ""), ("ggz.actief", ""), compute=share)
        put("ggz_respons_pct", ("ggz.respons", "12"), ("ggz.in_aanmerking", "12"), compute=share)
        put("ggz_remissie_pct", ("ggz.remissie", "12"), ("ggz.in_aanmerking", "12"), compute=share)
        # The mean score change over all dimensions, weighted by the patients scored in each.
        dims = [c for (i, c) in got if i == "gesprek.score_verschil"]
        if dims:
            pairs = [(got[("gesprek.score_verschil", c)], got.get(("gesprek.score_patienten", c)))
                     for c in dims]  # fmt: skip
            if any(d is None or n is None for d, n in pairs):
                hidden.add((p.key, "scoreverschil"))
            else:
                weight = sum(n for _, n in pairs)  # type: ignore[misc]
                if weight:
                    values.loc[p.key, "scoreverschil"] = (
                        sum(d * n for d, n in pairs) / weight  # type: ignore[operator]
                    )
    partial = frozenset(p.key for p in people if p.key in raw and not p.covers(year))
    return SideBySide(year, people, values, frozenset(hidden), partial)
