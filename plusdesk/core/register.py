"""The register as the practice sees it: rows, domain progress, timeline and milestones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from plusdesk.core.catalogue import list_interventions
from plusdesk.core.db import Database
from plusdesk.core.interventions import (
    IMPLEMENTED,
    State,
    Status,
    StatusEntry,
    effective,
    load_entries,
    state_of,
)
from plusdesk.core.validation import today

PROGRAMME_YEARS = 5


@dataclass(frozen=True)
class RegisterRow:
    """One intervention with where the practice stands on it."""

    code: str
    domain_code: str
    domain_title: str
    title: str
    description: str
    origin: str  # "catalogus" or "lokaal"
    retired: bool
    state: State
    responsible: str
    has_maatwerk: bool
    preconditions_met: int
    preconditions_total: int

    @property
    def implemented(self) -> bool:
        return self.state.status in IMPLEMENTED


@dataclass(frozen=True)
class DomainProgress:
    code: str
    title: str
    implemented: int
    total: int


def _entries_by_code(db: Database) -> dict[str, list[StatusEntry]]:
    by_code: dict[str, list[StatusEntry]] = {}
    for entry in load_entries(db):
        by_code.setdefault(entry.intervention_code, []).append(entry)
    return by_code


def register(db: Database, *, include_retired: bool = False) -> list[RegisterRow]:
    """Every intervention in catalogue order with its status, owner and checklist progress."""
    entries = _entries_by_code(db)
    practice = {
        r["intervention_code"]: r
        for r in db.query(
            "SELECT intervention_code, responsible, maatwerk FROM intervention_practice"
        )
    }
    met = {
        r[0]: (r[1], r[2])
        for r in db.query(
            "SELECT p.intervention_code, count(c.met_on), count(*) FROM precondition p "
            "LEFT JOIN precondition_check c ON c.precondition_code = p.code "
            "WHERE p.retired_at IS NULL GROUP BY p.intervention_code"
        )
    }
    rows = []
    for item in list_interventions(db, include_retired=include_retired):
        own = practice.get(item.code)
        done, total = met.get(item.code, (0, 0))
        rows.append(
            RegisterRow(
                code=item.code,
                domain_code=item.domain_code,
                domain_title=item.domain_title,
                title=item.title,
                description=item.description,
                origin=item.origin,
                retired=item.retired,
                state=state_of(entries.get(item.code, [])),
                responsible=own["responsible"] if own else "",
                has_maatwerk=bool(own and own["maatwerk"]),
                preconditions_met=done,
                preconditions_total=total,
            )
        )
    return rows


def domain_progress(rows: list[RegisterRow]) -> list[DomainProgress]:
    """Per domain "x van n geïmplementeerd" (geborgd counts as implemented) over active rows."""
    progress: dict[str, DomainProgress] = {}
    for row in rows:
        if row.retired:
            continue
        old = progress.get(row.domain_code, DomainProgress(row.domain_code, row.domain_title, 0, 0))
        progress[row.domain_code] = DomainProgress(
            old.code, old.title, old.implemented + row.implemented, old.total + 1
        )
    return list(progress.values())


# --- timeline --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """A stretch of time in one status; `end` None means it still holds today."""

    status: Status
    start: date
    end: date | None


@dataclass(frozen=True)
class TimelineRow:
    code: str
    title: str
    domain_code: str
    domain_title: str
    origin: str
    segments: tuple[Segment, ...]


def segments_of(entries: list[StatusEntry]) -> tuple[Segment, ...]:
    """Consecutive status periods from the valid history; same-day entries: the last one counts."""
    ordered = effective(entries)
    result: list[Segment] = []
    for n, entry in enumerate(ordered):
        end = ordered[n + 1].effective_date if n + 1 < len(ordered) else None
        if end == entry.effective_date:
            continue  # overruled on the same day by a later-recorded entry
        if result and result[-1].status is entry.status:
            result[-1] = Segment(entry.status, result[-1].start, end)
        else:
            result.append(Segment(entry.status, entry.effective_date, end))
    return tuple(result)


def timeline(db: Database) -> list[TimelineRow]:
    """One row per active intervention, in register order, with its status periods."""
    entries = _entries_by_code(db)
    return [
        TimelineRow(
            code=item.code,
            title=item.title,
            domain_code=item.domain_code,
            domain_title=item.domain_title,
            origin=item.origin,
            segments=segments_of(entries.get(item.code, [])),
        )
        for item in list_interventions(db)
    ]


def programme_period(db: Database) -> tuple[date, date]:
    """The span the charts show: the five programme years from the first recorded status.

    Starts on 1 January of the year of the earliest status (or of the practice's creation when
    nothing is recorded) and runs at least five years, and at least until today.
    """
    # Only entries still in force: a corrected or undone typo (2012 for 2021) must not count.
    first = db.scalar(
        "SELECT min(effective_date) FROM intervention_status WHERE kind = 'status' AND id NOT IN"
        " (SELECT voids FROM intervention_status WHERE voids IS NOT NULL)"
    ) or db.scalar("SELECT substr(created_at, 1, 10) FROM practice")
    first_day = date.fromisoformat(first) if first else today()
    start = date(first_day.year, 1, 1)
    end = date(start.year + PROGRAMME_YEARS, 1, 1)
    return start, max(end, today())


@dataclass(frozen=True)
class StepSeries:
    """Number of implemented interventions of a domain over time, as steps."""

    domain_code: str
    domain_title: str
    total: int
    points: tuple[tuple[date, int], ...]  # (day, count from that day on)


def implemented_over_time(db: Database) -> list[StepSeries]:
    """Per domain the days the number implemented (or geborgd) changed, and the new count."""
    series = []
    rows = timeline(db)
    domains: dict[str, list[TimelineRow]] = {}
    for row in rows:
        domains.setdefault(row.domain_code, []).append(row)
    start, _ = programme_period(db)
    for members in domains.values():
        changes: dict[date, int] = {}
        for row in members:
            for seg in row.segments:
                if seg.status in IMPLEMENTED:
                    changes[seg.start] = changes.get(seg.start, 0) + 1
                    if seg.end is not None:
                        changes[seg.end] = changes.get(seg.end, 0) - 1
        count = 0
        points = [(start, 0)]
        for day in sorted(changes):
            if changes[day] == 0:
                continue
            count += changes[day]
            if points[-1][0] == day:
                points[-1] = (day, count)
            else:
                points.append((day, count))
        series.append(
            StepSeries(members[0].domain_code, members[0].domain_title, len(members), tuple(points))
        )
    return series


@dataclass(frozen=True)
class Milestone:
    """When an intervention started and was first implemented: markers on trend charts."""

    code: str
    title: str
    domain_code: str
    started_on: date | None
    implemented_on: date | None


def milestones(db: Database) -> list[Milestone]:
    """Start and implementation dates of every active intervention that has started."""
    entries = _entries_by_code(db)
    result = []
    for item in list_interventions(db):
        state = state_of(entries.get(item.code, []))
        if state.started_on or state.implemented_on:
            result.append(
                Milestone(
                    item.code, item.title, item.domain_code, state.started_on, state.implemented_on
                )
            )
    return result
