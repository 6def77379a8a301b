"""The caseload list and the psychiatrist's review list, sorted by need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from plusdesk.core import carecases
from plusdesk.core.carecase_model import Badge, CaseRow, ReviewReason, Thresholds
from plusdesk.core.carecase_status import need_key, standing
from plusdesk.core.db import Database


@dataclass(frozen=True)
class CaseFilter:
    """What the caseload list shows: open, closed or all cases, one case manager, a search."""

    state: str = "open"  # "open", "gesloten" or "alle"
    case_manager: str = ""  # a user name; empty for everyone
    search: str = ""  # part of a patient number
    badge: Badge | None = None


def rows(db: Database, flt: CaseFilter, today: date, t: Thresholds | None = None) -> list[CaseRow]:
    """The caseload list, most in need first (to review, not improving, longest not seen)."""
    t = t or carecases.thresholds(db)
    where, params = ["1"], []
    if flt.state == "open":
        where.append("closed_on IS NULL")
    elif flt.state == "gesloten":
        where.append("closed_on IS NOT NULL")
    if flt.case_manager:
        where.append("lower(case_manager) = lower(?)")
        params.append(flt.case_manager)
    if flt.search.strip():
        where.append("instr(lower(patient_ref), lower(?)) > 0")
        params.append(flt.search.strip())
    result = []
    for case in carecases.load(db, " AND ".join(where), tuple(params)):
        s = standing(case, today, t)
        if flt.badge is not None and not s.has(flt.badge):
            continue
        result.append(
            CaseRow(
                id=case.id,
                patient_ref=case.patient_ref,
                case_manager=case.case_manager,
                started_on=case.started_on,
                closed_on=case.closed_on,
                problem=case.problem,
                route=case.route,
                standing=s,
            )
        )
    result.sort(key=lambda r: (*need_key(r.standing, r.closed_on is None), r.patient_ref))
    return result


def review_list(db: Database, today: date, t: Thresholds | None = None) -> list[CaseRow]:
    """Open cases the psychiatrist should see, with why; flagged and safety first."""
    listed = [r for r in rows(db, CaseFilter("open"), today, t) if r.standing.review_reasons]
    listed.sort(
        key=lambda r: (min(_REASON_ORDER.index(x) for x in r.standing.review_reasons), r.started_on)
    )
    return listed


_REASON_ORDER = (
    ReviewReason.VEILIGHEID,
    ReviewReason.AANGEVRAAGD,
    ReviewReason.NIET_VERBETERD,
    ReviewReason.NIEUW,
)


@dataclass(frozen=True)
class Counts:
    """What the Overzicht shows: the caseload today."""

    open: int
    to_review: int
    contact_overdue: int


def counts(db: Database, today: date) -> Counts:
    listed = rows(db, CaseFilter("open"), today)
    return Counts(
        open=len(listed),
        to_review=sum(r.standing.has(Badge.TE_BESPREKEN) for r in listed),
        contact_overdue=sum(r.standing.has(Badge.CONTACT_VERLOPEN) for r in listed),
    )
