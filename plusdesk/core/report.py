"""What the Praktijkrapport holds: the figures of one practice over one year, read at once."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pandas as pd

from plusdesk.core import carecase_figures, conversation_figures
from plusdesk.core.db import Database
from plusdesk.core.errors import PlusDeskError, ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.practice import Practice, get_practice
from plusdesk.core.referral_figures import (
    BeforeAfter,
    Marker,
    ReferralCounts,
    before_after,
    load_counts,
    markers,
    trend,
)
from plusdesk.core.referral_oe import latest_year, oe_table, reference_label
from plusdesk.core.register import (
    DomainProgress,
    Milestone,
    RegisterRow,
    StepSeries,
    TimelineRow,
    domain_progress,
    implemented_over_time,
    milestones,
    programme_period,
    register,
    timeline,
)
from plusdesk.core.users import Session
from plusdesk.core.validation import today

# The interventions whose start and implementation are marked on the trend charts (as the
# Verwijzingen page does by default): Doelmatige zorg aims at referrals.
REFERRAL_DOMAIN = "DZ"
EARLIEST_YEAR = 2010


@dataclass(frozen=True)
class SubjectTrend:
    """A specialism or group referred to above expected: its trend and before/after results."""

    key: str
    label: str
    kind: str  # "specialism" | "group"
    ratio: float
    low: float
    high: float
    trend: pd.DataFrame  # monthly, as referral_figures.trend
    markers: tuple[Marker, ...]
    comparisons: tuple[tuple[Milestone, BeforeAfter], ...]  # per started DZ intervention
    refusals: tuple[tuple[Milestone, str], ...]  # interventions too close to compare, why


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows; aggregates only (no patient numbers)."""

    practice: Practice
    year: int
    start: date
    end: date  # the last day of the year, or today for the running year
    made_on: date
    rows: list[RegisterRow]
    progress: list[DomainProgress]
    timeline: list[TimelineRow]
    implemented: list[StepSeries]
    programme: tuple[date, date]
    conversations: conversation_figures.Figures
    care: carecase_figures.CareFigures
    oe_year: int | None  # the year the O/E table is about (None: no referrals at all)
    oe: pd.DataFrame  # referral_oe.oe_table of oe_year (empty without expected counts)
    oe_reference: str | None
    above: list[SubjectTrend] = field(default_factory=list)
    referral_count: int = 0  # referrals in the report's year

    @property
    def has_referrals(self) -> bool:
        return self.oe_year is not None


def default_year(db: Database) -> int:
    """The year a report is about unless one is chosen: the last year with referrals, else
    this year."""
    return latest_year(db) or today().year


def gather(db: Database, year: int | None = None) -> ReportData:
    """Read the report's figures for `year` (default: `default_year`).

    Raises ValidationError for a year outside 2010 – this year, and PlusDeskError when the
    file holds no practice yet.
    """
    now = today()
    year = default_year(db) if year is None else year
    if not EARLIEST_YEAR <= year <= now.year:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "Kies een jaar van {first} tot en met {last}; {year} kan niet."
                ),
                first=EARLIEST_YEAR,
                last=now.year,
                year=year,
            ),
            field="year",
        )
    practice = get_practice(db)
    if practice is None:
        raise PlusDeskError(
            QT_TRANSLATE_NOOP(
                "core", "Dit bestand heeft nog geen praktijk; er is niets om te rapporteren."
            )
        )
    start, end = date(year, 1, 1), min(date(year, 12, 31), now)
    rows = register(db)
    data = ReportData(
        practice=practice,
        year=year,
        start=start,
        end=end,
        made_on=now,
        rows=rows,
        progress=domain_progress(rows),
        timeline=timeline(db),
        implemented=implemented_over_time(db),
        programme=programme_period(db),
        conversations=conversation_figures.figures(db, start, end),
        care=carecase_figures.figures(db, start, end),
        oe_year=None,
        oe=pd.DataFrame(),
        oe_reference=None,
    )
    if latest_year(db) is None:
        return data
    table = oe_table(db, year)
    data = replace(
        data,
        oe_year=year,
        oe=table,
        oe_reference=reference_label(db),
        referral_count=int(
            db.scalar(
                "SELECT count(*) FROM referral WHERE replaced_by IS NULL "
                "AND referred_on BETWEEN ? AND ?",
                (start.isoformat(), end.isoformat()),
            )
        ),
    )
    if table.empty:
        return data
    counts = load_counts(db)
    shown = [m for m in markers(db) if _in_domain(m.code, rows)]
    started = sorted(
        (m for m in milestones(db) if m.started_on and m.domain_code == REFERRAL_DOMAIN),
        key=lambda m: m.started_on,
    )
    above = table[table["signal"] == "boven"]
    data.above.extend(_subject(counts, r, shown, started) for r in above.itertuples(index=False))
    return data


def _in_domain(code: str, rows: list[RegisterRow]) -> bool:
    return any(r.code == code and r.domain_code == REFERRAL_DOMAIN for r in rows)


def _subject(
    counts: ReferralCounts, row: object, shown: list[Marker], started: list[Milestone]
) -> SubjectTrend:
    comparisons, refusals = [], []
    for milestone in started:
        try:
            result = before_after(counts, row.subject, milestone.started_on, "M")
            comparisons.append((milestone, result))
        except ValidationError as exc:
            refusals.append((milestone, exc.message))
    return SubjectTrend(
        key=row.subject,
        label=row.label,
        kind=row.kind,
        ratio=float(row.ratio),
        low=float(row.low),
        high=float(row.high),
        trend=trend(counts, row.subject, "M"),
        markers=tuple(shown),
        comparisons=tuple(comparisons),
        refusals=tuple(refusals),
    )


def years(db: Database) -> list[int]:
    """The years a report can be made for: from the first recorded activity to this year."""
    firsts = [
        db.scalar("SELECT min(referred_on) FROM referral WHERE replaced_by IS NULL"),
        db.scalar("SELECT min(held_on) FROM conversation"),
        db.scalar("SELECT min(started_on) FROM carecase"),
    ]
    start = programme_period(db)[0].year
    known = [int(str(f)[:4]) for f in firsts if f]
    last = today().year
    first = min(last, max(EARLIEST_YEAR, min([start, *known])))
    return list(range(first, last + 1))


def record_saved(session: Session, year: int, path: Path, *, ok: bool = True) -> None:
    """Saving the report is an export of practice figures: it goes into the audit log."""
    session.record(
        "export",
        object_type="report",
        object_id=str(year),
        result="ok" if ok else "failed",
        detail=f"Praktijkrapport {year} als PDF: {Path(path).name}",
    )


def record_printed(session: Session, year: int, printer: str, *, ok: bool = True) -> None:
    """Printing the report goes into the audit log, with the printer's name."""
    session.record(
        "print",
        object_type="report",
        object_id=str(year),
        result="ok" if ok else "failed",
        detail=f"Praktijkrapport {year} afgedrukt op {printer or 'onbekende printer'}",
    )
