"""The status rules of a care case: response, remission, not improving, overdue, to review."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from plusdesk.core.carecase_model import (
    SAFETY_ITEM,
    Badge,
    Case,
    Instrument,
    Measure,
    ReviewReason,
    Standing,
    Thresholds,
)


def weeks_in_treatment(started_on: date, today: date, closed_on: date | None = None) -> int:
    """Whole weeks from the start to today (or to the closing date of a closed case)."""
    end = min(today, closed_on) if closed_on else today
    return max(0, (end - started_on).days // 7)


def change_pct(first: int | None, latest: int | None) -> int | None:
    """The change from the first to the latest score in whole % (negative is better)."""
    if first is None or latest is None or first == 0:
        return None
    return round((latest - first) / first * 100)


def is_response(first: int | None, latest: int | None, t: Thresholds) -> bool:
    """Response: the latest score is at least `response_drop` % below the first one."""
    if first is None or latest is None or first == 0:
        return False
    return (first - latest) * 100 >= t.response_drop * first


def is_remission(latest: int | None, t: Thresholds) -> bool:
    """Remission: a follow-up score below `remission_below` (PHQ-9 < 5)."""
    return latest is not None and latest < t.remission_below


def not_improving(weeks: int, first: int | None, latest: int | None, t: Thresholds) -> bool:
    """After `review_weeks` weeks without response or remission (or without a follow-up score)."""
    if weeks < t.review_weeks:
        return False
    return not (is_response(first, latest, t) or is_remission(latest, t))


def contact_overdue(days_since_contact: int, t: Thresholds) -> bool:
    """More than `contact_days` days since the last contact (or since the start)."""
    return days_since_contact > t.contact_days


def primary_instrument(measures: Sequence[Measure]) -> Instrument | None:
    """The PHQ-9 when the case has one; a case with only GAD-7 scores is followed on GAD-7."""
    kinds = {m.instrument for m in measures}
    if Instrument.PHQ9 in kinds:
        return Instrument.PHQ9
    return Instrument.GAD7 if kinds else None


def first_and_latest(
    measures: Sequence[Measure], instrument: Instrument | None, upto: date | None = None
) -> tuple[int | None, int | None]:
    """The first score, and the latest later one (None without a follow-up), up to a date."""
    scores = sorted(
        (
            m
            for m in measures
            if m.instrument is instrument and (upto is None or m.measured_on <= upto)
        ),
        key=lambda m: m.measured_on,
    )
    if not scores:
        return None, None
    return scores[0].total, (scores[-1].total if len(scores) > 1 else None)


def review_reasons(case: Case, today: date, t: Thresholds) -> tuple[ReviewReason, ...]:
    """Why an open case belongs on the psychiatrist's review list; empty when it does not.

    A review on or after the moment something came up settles it: a contact flagged
    "bespreken met psychiater", a safety concern (or a PHQ-9 with item 9 above 0), or a case
    that was never reviewed at all. A case without response after `review_weeks` weeks is
    reviewed then, and again every `review_weeks` weeks for as long as it stays stuck.
    """
    if not case.is_open:
        return ()
    last_review = max((r.reviewed_on for r in case.reviews), default=None)

    def unsettled(since: date) -> bool:
        return last_review is None or last_review < since

    reasons: list[ReviewReason] = []
    if any(c.discuss and unsettled(c.held_on) for c in case.contacts):
        reasons.append(ReviewReason.AANGEVRAAGD)
    # Any PHQ-9 since the last review whose item 9 was answered above 0, not only the latest:
    # a later total without item scores says nothing about it.
    item9 = any(
        len(m.items) >= SAFETY_ITEM and m.items[SAFETY_ITEM - 1] and unsettled(m.measured_on)
        for m in case.scores(Instrument.PHQ9)
    )
    if (case.safety_since and unsettled(case.safety_since)) or item9:
        reasons.append(ReviewReason.VEILIGHEID)
    instrument = primary_instrument(case.measures)
    first, latest = first_and_latest(case.measures, instrument)
    weeks = weeks_in_treatment(case.started_on, today)
    every = timedelta(weeks=t.review_weeks)
    due = max(case.started_on + every, today - every)
    if not_improving(weeks, first, latest, t) and unsettled(due):
        reasons.append(ReviewReason.NIET_VERBETERD)
    if last_review is None:
        reasons.append(ReviewReason.NIEUW)
    return tuple(reasons)


def standing(case: Case, today: date, t: Thresholds) -> Standing:
    """Everything the caseload list shows about a case today."""
    weeks = weeks_in_treatment(case.started_on, today, case.closed_on)
    last_contact = max((c.held_on for c in case.contacts), default=None)
    end = case.closed_on or today
    days = max(0, (end - (last_contact or case.started_on)).days)
    instrument = primary_instrument(case.measures)
    first, latest = first_and_latest(case.measures, instrument)
    reasons = review_reasons(case, today, t)
    badges: list[Badge] = []
    if reasons:
        badges.append(Badge.TE_BESPREKEN)
    if case.is_open and not_improving(weeks, first, latest, t):
        badges.append(Badge.NIET_VERBETERD)
    if case.is_open and contact_overdue(days, t):
        badges.append(Badge.CONTACT_VERLOPEN)
    if is_response(first, latest, t):
        badges.append(Badge.RESPONS)
    if is_remission(latest, t):
        badges.append(Badge.REMISSIE)
    if not case.is_open:
        badges.append(Badge.GESLOTEN)
    return Standing(
        weeks=weeks,
        last_contact=last_contact,
        days_since_contact=days,
        instrument=instrument,
        first_score=first,
        latest_score=latest if latest is not None else first,
        change_pct=change_pct(first, latest),
        badges=tuple(badges),
        review_reasons=reasons,
    )


def need_key(s: Standing, is_open: bool) -> tuple[int, ...]:
    """Sort key for "by need": open cases to review first, then not improving, then not seen."""
    return (
        0 if is_open else 1,
        0 if s.has(Badge.TE_BESPREKEN) else 1,
        0 if s.has(Badge.NIET_VERBETERD) else 1,
        0 if s.has(Badge.CONTACT_VERLOPEN) else 1,
        -s.days_since_contact,
    )
