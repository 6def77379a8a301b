"""The status rules of a care case, at their boundaries: what the caseload badges say."""

from datetime import date, timedelta

import pytest

from plusdesk.core.carecase_model import (
    Badge,
    Case,
    Contact,
    ContactKind,
    Decision,
    Instrument,
    Measure,
    Problem,
    Review,
    ReviewReason,
    Thresholds,
)
from plusdesk.core.carecase_status import (
    change_pct,
    contact_overdue,
    first_and_latest,
    is_remission,
    is_response,
    need_key,
    not_improving,
    review_reasons,
    standing,
    weeks_in_treatment,
)

T = Thresholds()
START = date(2025, 1, 6)


def case(
    *,
    measures=(),
    contacts=(),
    reviews=(),
    safety_since=None,
    closed_on=None,
) -> Case:
    return Case(
        id=1,
        patient_ref="4711",
        started_on=START,
        case_manager="ggz",
        problem=Problem.SOMBERHEID,
        problem_note="",
        safety_since=safety_since,
        route=None,
        route_social=None,
        route_on=None,
        relapse_plan_on=None,
        closed_on=closed_on,
        close_reason=None,
        close_note="",
        created_by="ggz",
        contacts=tuple(contacts),
        measures=tuple(measures),
        reviews=tuple(reviews),
    )


def phq(week: int, total: int, items: tuple[int, ...] = ()) -> Measure:
    return Measure(week, START + timedelta(weeks=week), Instrument.PHQ9, total, items, "ggz")


def gad(week: int, total: int) -> Measure:
    return Measure(100 + week, START + timedelta(weeks=week), Instrument.GAD7, total, (), "ggz")


def contact(day: date, discuss: bool = False) -> Contact:
    return Contact(1, day, ContactKind.SPREEKUUR, 30, "", discuss, "ggz")


def review(day: date) -> Review:
    return Review(1, day, "M. Vossen", Decision.STOORNIS, None, "", "ggz")


@pytest.mark.parametrize(
    ("first", "latest", "expected"),
    [(20, 10, True), (20, 11, False), (10, 5, True), (9, 5, False), (9, 4, True), (0, 0, False)],
)
def test_response_is_a_drop_of_at_least_half(first, latest, expected) -> None:
    assert is_response(first, latest, T) is expected


def test_response_needs_a_follow_up_score_and_follows_the_threshold_setting() -> None:
    assert not is_response(20, None, T)
    assert is_response(20, 14, Thresholds(response_drop=30))
    assert not is_response(20, 15, Thresholds(response_drop=30))


@pytest.mark.parametrize(("latest", "expected"), [(4, True), (5, False), (0, True), (None, False)])
def test_remission_is_a_score_below_five(latest, expected) -> None:
    assert is_remission(latest, T) is expected


def test_not_improving_starts_at_the_review_week_and_ends_with_response_or_remission() -> None:
    assert not not_improving(9, 18, 16, T)
    assert not_improving(10, 18, 16, T)
    assert not_improving(10, 18, None, T)  # no follow-up score after 10 weeks
    assert not not_improving(10, 18, 9, T)  # response
    assert not not_improving(10, 6, 4, T)  # remission without a 50 % drop
    assert not_improving(12, 18, 16, Thresholds(review_weeks=12))
    assert not not_improving(11, 18, 16, Thresholds(review_weeks=12))


def test_contact_is_overdue_only_after_more_than_the_setting() -> None:
    assert not contact_overdue(30, T)
    assert contact_overdue(31, T)
    assert contact_overdue(15, Thresholds(contact_days=14))


def test_weeks_and_change() -> None:
    assert weeks_in_treatment(START, START + timedelta(days=69)) == 9
    assert weeks_in_treatment(START, START + timedelta(days=70)) == 10
    assert weeks_in_treatment(START, date(2026, 1, 1), closed_on=START + timedelta(weeks=8)) == 8
    assert change_pct(20, 7) == -65
    assert change_pct(0, 3) is None
    assert change_pct(12, None) is None


def test_phq9_is_followed_and_gad7_only_when_there_is_no_phq9() -> None:
    c = case(measures=[gad(0, 15), phq(0, 18), gad(4, 6), phq(4, 12)])
    s = standing(c, START + timedelta(weeks=5), T)
    assert (s.instrument, s.first_score, s.latest_score, s.change_pct) == (
        Instrument.PHQ9,
        18,
        12,
        -33,
    )
    only_gad = standing(case(measures=[gad(0, 15), gad(4, 6)]), START + timedelta(weeks=5), T)
    assert only_gad.instrument is Instrument.GAD7
    assert only_gad.has(Badge.RESPONS)
    assert first_and_latest([phq(0, 18), phq(6, 9)], Instrument.PHQ9, upto=START) == (18, None)


def test_a_case_not_improving_at_ten_weeks_is_flagged_until_the_psychiatrist_reviewed_it() -> None:
    measures = [phq(0, 18), phq(4, 17), phq(8, 16)]
    early = review(START + timedelta(days=10))
    before = START + timedelta(days=69)
    at = START + timedelta(days=70)
    assert ReviewReason.NIET_VERBETERD not in review_reasons(
        case(measures=measures, reviews=[early]), before, T
    )
    reasons = review_reasons(case(measures=measures, reviews=[early]), at, T)
    assert reasons == (ReviewReason.NIET_VERBETERD,)
    settled = case(measures=measures, reviews=[early, review(at)])
    assert review_reasons(settled, at + timedelta(days=3), T) == ()
    # Still not improving: the badge stays, the review is done.
    s = standing(settled, at + timedelta(days=3), T)
    assert s.has(Badge.NIET_VERBETERD) and not s.has(Badge.TE_BESPREKEN)


def test_a_flagged_contact_and_a_safety_concern_ask_for_review_until_a_later_review() -> None:
    flagged = contact(START + timedelta(days=20), discuss=True)
    today = START + timedelta(days=25)
    assert ReviewReason.AANGEVRAAGD in review_reasons(
        case(contacts=[flagged], reviews=[review(START + timedelta(days=5))]), today, T
    )
    same_day = case(contacts=[flagged], reviews=[review(flagged.held_on)])
    assert review_reasons(same_day, today, T) == ()
    worried = case(safety_since=START + timedelta(days=21), reviews=[review(START)])
    assert review_reasons(worried, today, T) == (ReviewReason.VEILIGHEID,)


def test_phq9_item_nine_above_zero_is_a_safety_reason() -> None:
    items = (2, 2, 1, 2, 1, 1, 2, 1, 1)
    c = case(measures=[phq(1, 13, items)], reviews=[review(START)])
    assert review_reasons(c, START + timedelta(days=10), T) == (ReviewReason.VEILIGHEID,)
    calm = case(measures=[phq(1, 12, (*items[:8], 0))], reviews=[review(START)])
    assert review_reasons(calm, START + timedelta(days=10), T) == ()
    # A review on the day of that score (or later) has dealt with it.
    seen = case(measures=[phq(1, 13, items)], reviews=[review(START + timedelta(weeks=1))])
    assert review_reasons(seen, START + timedelta(days=10), T) == ()


def test_a_case_never_reviewed_is_new_and_a_closed_case_is_never_on_the_list() -> None:
    assert review_reasons(case(), START, T) == (ReviewReason.NIEUW,)
    closed = case(closed_on=START + timedelta(days=40))
    assert review_reasons(closed, START + timedelta(days=50), T) == ()
    assert standing(closed, START + timedelta(days=50), T).badges == (Badge.GESLOTEN,)


def test_days_since_contact_count_from_the_start_when_there_was_none() -> None:
    today = START + timedelta(days=31)
    s = standing(case(reviews=[review(START)]), today, T)
    assert s.days_since_contact == 31 and s.has(Badge.CONTACT_VERLOPEN)
    s = standing(case(contacts=[contact(START + timedelta(days=1))]), today, T)
    assert s.days_since_contact == 30 and not s.has(Badge.CONTACT_VERLOPEN)


def test_need_puts_open_cases_to_review_first_then_not_improving_then_longest_unseen() -> None:
    today = START + timedelta(weeks=12)
    reviewed = [review(START), review(START + timedelta(weeks=11))]
    calm = standing(
        case(measures=[phq(0, 18), phq(8, 6)], contacts=[contact(today)], reviews=reviewed),
        today,
        T,
    )
    unseen = standing(
        case(measures=[phq(0, 18), phq(8, 6)], contacts=[contact(START)], reviews=reviewed),
        today,
        T,
    )
    stuck = standing(case(measures=[phq(0, 18), phq(8, 16)], reviews=reviewed), today, T)
    flagged = standing(case(), today, T)
    order = sorted(
        [("calm", calm), ("unseen", unseen), ("stuck", stuck), ("flagged", flagged)],
        key=lambda p: need_key(p[1], True),
    )
    assert [name for name, _ in order] == ["flagged", "stuck", "unseen", "calm"]


def test_a_case_that_stays_stuck_comes_back_on_the_review_list_every_review_period() -> None:
    measures = [phq(0, 18), phq(8, 17), phq(16, 17)]
    reviewed = [review(START + timedelta(weeks=1)), review(START + timedelta(weeks=11))]
    c = case(measures=measures, reviews=reviewed)
    assert review_reasons(c, START + timedelta(weeks=20, days=6), T) == ()
    assert review_reasons(c, START + timedelta(weeks=21, days=1), T) == (
        ReviewReason.NIET_VERBETERD,
    )


def test_an_earlier_positive_item_nine_is_not_cleared_by_a_later_total_only_score() -> None:
    items = (2, 2, 1, 2, 1, 1, 2, 1, 1)
    c = case(measures=[phq(1, 13, items), phq(2, 12)], reviews=[review(START)])
    assert review_reasons(c, START + timedelta(weeks=3), T) == (ReviewReason.VEILIGHEID,)
