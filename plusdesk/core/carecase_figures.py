"""Caseload statistics for a period: size, contact, response and remission, routes, reviews."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from plusdesk.core import carecases
from plusdesk.core.carecase_model import Case, Decision, Route, SocialCause, Thresholds
from plusdesk.core.carecase_status import (
    first_and_latest,
    is_remission,
    is_response,
    primary_instrument,
)
from plusdesk.core.db import Database

OUTCOME_WEEKS = (12, 24)


@dataclass(frozen=True)
class Outcome:
    """Response and remission N weeks after the start, among the cases that got that far.

    Eligible: started in the period, N weeks passed by its end, and a first score at or above
    the remission threshold (below it nothing can remit). The score at N weeks is the latest
    follow-up score measured on or before that week; no follow-up counts as neither.
    """

    weeks: int
    eligible: int
    response: int
    remission: int

    @property
    def response_pct(self) -> float | None:
        return 100 * self.response / self.eligible if self.eligible else None

    @property
    def remission_pct(self) -> float | None:
        return 100 * self.remission / self.eligible if self.eligible else None


@dataclass(frozen=True)
class CareFigures:
    start: date
    end: date
    active: int  # open on the last day of the period
    contacted: int  # of those, with a contact in the last `contact_days` days
    new_cases: int
    closed_cases: int
    contacts: int
    outcomes: tuple[Outcome, ...]
    routes: dict[Route, int]  # routes recorded in the period
    reviews: int
    cases_reviewed: int
    decisions: dict[Decision, int]
    social_causes: dict[SocialCause, int]  # of the "geen stoornis — sociale oorzaak" reviews

    @property
    def contacted_pct(self) -> float | None:
        return 100 * self.contacted / self.active if self.active else None

    @property
    def outside_specialist_ggz(self) -> int:
        """Routed cases that stayed out of specialist GGZ."""
        return sum(n for r, n in self.routes.items() if r is not Route.SPECIALISTISCHE_GGZ)


def figures(db: Database, start: date, end: date, t: Thresholds | None = None) -> CareFigures:
    """The caseload statistics of a period (aggregates only: ready for the zorggroep export)."""
    t = t or carecases.thresholds(db)
    cases = carecases.load(db, "started_on <= ?", (end.isoformat(),))

    def within(day: date | None) -> bool:
        return day is not None and start <= day <= end

    active = [c for c in cases if c.closed_on is None or c.closed_on > end]
    contacted = sum(
        any(c.held_on <= end and (end - c.held_on).days <= t.contact_days for c in case.contacts)
        for case in active
    )
    reviews = [r for case in cases for r in case.reviews if within(r.reviewed_on)]
    return CareFigures(
        start=start,
        end=end,
        active=len(active),
        contacted=contacted,
        new_cases=sum(within(c.started_on) for c in cases),
        closed_cases=sum(within(c.closed_on) for c in cases),
        contacts=sum(within(x.held_on) for c in cases for x in c.contacts),
        outcomes=tuple(_outcome(cases, start, end, weeks, t) for weeks in OUTCOME_WEEKS),
        routes=dict(Counter(c.route for c in cases if c.route and within(c.route_on))),
        reviews=len(reviews),
        cases_reviewed=sum(any(within(r.reviewed_on) for r in c.reviews) for c in cases),
        decisions=dict(Counter(r.decision for r in reviews)),
        social_causes=dict(Counter(r.social_cause for r in reviews if r.social_cause)),
    )


def _outcome(cases: list[Case], start: date, end: date, weeks: int, t: Thresholds) -> Outcome:
    eligible = response = remission = 0
    for case in cases:
        mark = case.started_on + timedelta(weeks=weeks)
        if not start <= case.started_on <= end or mark > end:
            continue
        instrument = primary_instrument(case.measures)
        first, latest = first_and_latest(case.measures, instrument, upto=mark)
        if first is None or first < t.remission_below:
            continue
        eligible += 1
        response += is_response(first, latest, t)
        remission += is_remission(latest, t)
    return Outcome(weeks, eligible, response, remission)
