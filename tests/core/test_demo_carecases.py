"""The demo practice's collaborative-care caseload: believable cases, scores, reviews, routes."""

import random
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from statistics import median

import pytest
from intervention_files import freeze

from plusdesk.core import carecase_list, carecases, validation
from plusdesk.core.carecase_model import (
    Badge,
    Case,
    CloseReason,
    ContactKind,
    Decision,
    Instrument,
    Problem,
    ReviewReason,
    Route,
    Thresholds,
)
from plusdesk.core.carecase_status import standing
from plusdesk.core.db import new_file, open_database
from plusdesk.core.demo import DemoContext, build_demo
from plusdesk.core.demo_carecases import CODE, PSYCHIATRISTS, add_carecases
from plusdesk.core.practice import seed_reference_in

TABLES = ("carecase", "carecase_contact", "carecase_measure", "carecase_review")
ANXIETY = (Problem.ANGST, Problem.SOMBERHEID_ANGST)


def cases(db) -> list[Case]:
    return carecases.load(db)


def standings(db, day: date | None = None) -> dict[int, object]:
    day = day or validation.today()
    return {c.id: standing(c, day, Thresholds()) for c in cases(db)}


def caseload_mix(db, day: date) -> tuple[int, Counter, Counter]:
    """Open cases today, their badges and their reasons to be reviewed."""
    open_cases = [c for c in cases(db) if c.is_open]
    found = [standing(c, day, carecases.thresholds(db)) for c in open_cases]
    return (
        len(open_cases),
        Counter(b for s in found for b in s.badges),
        Counter(r for s in found for r in s.review_reasons),
    )


def assert_caseload_mix(db, day: date) -> None:
    size, badges, reasons = caseload_mix(db, day)
    assert 20 <= size <= 25
    assert reasons[ReviewReason.NIEUW] in (2, 3)  # new, not yet reviewed
    assert reasons[ReviewReason.AANGEVRAAGD] in (2, 3)  # flagged "bespreken met psychiater"
    assert reasons[ReviewReason.VEILIGHEID] == 1  # a safety concern not yet reviewed
    assert reasons[ReviewReason.NIET_VERBETERD] in (1, 2)  # just past ten weeks
    assert 6 <= badges[Badge.TE_BESPREKEN] <= 10
    assert 3 <= badges[Badge.CONTACT_VERLOPEN] <= 5
    assert badges[Badge.NIET_VERBETERD] >= 3
    assert badges[Badge.RESPONS] >= 3 and badges[Badge.REMISSIE] >= 1


def carecase_started(db) -> date:
    return date.fromisoformat(
        db.scalar(
            "SELECT min(effective_date) FROM intervention_status WHERE intervention_code = ?"
            " AND kind = 'status' AND status = 'gestart'",
            (CODE,),
        )
    )


def test_collaborative_care_is_dz03_in_the_catalogue(demo_db) -> None:
    title = demo_db.scalar("SELECT title FROM intervention WHERE code = ?", (CODE,))
    assert title == "Collaborative care in de GGZ"


def test_five_years_hold_about_80_cases_and_a_caseload_of_20_to_25(demo_db) -> None:
    found = cases(demo_db)
    assert 70 <= len(found) <= 95
    assert 20 <= sum(c.is_open for c in found) <= 25
    counts = carecase_list.counts(demo_db, validation.today())
    assert counts.open == sum(c.is_open for c in found)
    assert 3 <= counts.contact_overdue <= 5 and counts.to_review >= 6


def test_todays_caseload_shows_every_badge(demo_db) -> None:
    assert_caseload_mix(demo_db, validation.today())


def test_the_review_list_puts_the_safety_concern_first(demo_db) -> None:
    listed = carecase_list.review_list(demo_db, validation.today())
    assert 6 <= len(listed) <= 10
    assert listed[0].standing.review_reasons == (ReviewReason.VEILIGHEID,)


def test_cases_begin_after_collaborative_care_started_and_nothing_lies_ahead(demo_db) -> None:
    started, today = carecase_started(demo_db), validation.today()
    found = cases(demo_db)
    assert started <= min(c.started_on for c in found) <= started + timedelta(weeks=6)
    for case in found:
        days = [x.held_on for x in case.contacts] + [m.measured_on for m in case.measures]
        days += [r.reviewed_on for r in case.reviews]
        days += [d for d in (case.route_on, case.relapse_plan_on, case.closed_on) if d]
        assert all(case.started_on <= d < today for d in days)
        assert all(d.weekday() < 5 for d in days)
        assert case.contacts[0].held_on == case.started_on  # the intake
        assert case.contacts[0].kind is ContactKind.SPREEKUUR
        if case.safety_since:
            assert case.started_on <= case.safety_since < today
    stamps = demo_db.query(
        "SELECT created_at FROM carecase UNION ALL SELECT updated_at FROM carecase UNION ALL"
        " SELECT created_at FROM carecase_contact UNION ALL SELECT created_at FROM"
        " carecase_measure UNION ALL SELECT created_at FROM carecase_review"
    )
    assert all(s[0].endswith("+00:00") and s[0][:10] < today.isoformat() for s in stamps)


def test_patients_have_his_numbers_and_a_few_come_back_later(demo_db) -> None:
    by_patient: dict[str, list[Case]] = defaultdict(list)
    for case in cases(demo_db):
        assert not validation.is_bsn(case.patient_ref)
        assert validation.patient_ref(case.patient_ref) == case.patient_ref
        assert len(case.patient_ref.replace("H-", "")) == 5
        by_patient[case.patient_ref].append(case)
    again = [c for c in by_patient.values() if len(c) > 1]
    assert 3 <= len(again) <= 4
    for first, second in again:
        assert first.closed_on and second.started_on > first.closed_on + timedelta(days=90)
        assert second.contacts[0].note.startswith("Tweede aanmelding")


def test_the_poh_ggz_manages_most_cases(demo_db) -> None:
    found = cases(demo_db)
    managers = Counter(c.case_manager for c in found)
    assert set(managers) == {"ggz", "poh"}
    assert 0.03 <= managers["poh"] / len(found) <= 0.2
    for case in found:
        entries = [*case.contacts, *case.measures, *case.reviews]
        assert case.created_by == case.case_manager
        assert {e.created_by for e in entries} == {case.case_manager}


def test_problems_are_weighted_and_safety_concerns_are_rare(demo_db) -> None:
    found = cases(demo_db)
    problems = Counter(c.problem for c in found)
    assert set(problems) == set(Problem)
    assert problems.most_common(1)[0][0] is Problem.SOMBERHEID
    assert all(bool(c.problem_note) == (c.problem is Problem.ANDERS) for c in found)
    safety = [c for c in found if c.safety_since]
    assert 1 <= len(safety) <= 10
    for case in safety:
        if case.safety_since != case.started_on:  # raised later: the one still to be reviewed
            assert case.is_open and all(r.reviewed_on < case.safety_since for r in case.reviews)
            continue
        first = case.scores(Instrument.PHQ9)[0]
        assert first.measured_on == case.started_on and first.items[8] > 0
        assert case.reviews[0].reviewed_on <= case.started_on + timedelta(days=5)


def test_scores_follow_the_instruments(demo_db) -> None:
    found = cases(demo_db)
    measures = [m for c in found for m in c.measures]
    for m in measures:
        spec_items, maximum = (9, 27) if m.instrument is Instrument.PHQ9 else (7, 21)
        assert 0 <= m.total <= maximum
        if m.items:
            assert len(m.items) == spec_items and sum(m.items) == m.total
            assert all(0 <= i <= 3 for i in m.items)
    assert 0.2 <= sum(bool(m.items) for m in measures) / len(measures) <= 0.45
    item9 = [m for m in measures if m.instrument is Instrument.PHQ9 and m.items and m.items[8]]
    assert 1 <= len(item9) <= 12
    baselines = [c.scores(Instrument.PHQ9)[0].total for c in found if c.problem not in ANXIETY]
    assert sum(10 <= b <= 22 for b in baselines) / len(baselines) >= 0.8
    for case in found:
        kinds = {m.instrument for m in case.measures}
        assert (Instrument.GAD7 in kinds) >= (case.problem in ANXIETY)
        assert case.problem is not Problem.SOMBERHEID or kinds == {Instrument.PHQ9}
        assert case.measures[0].measured_on == case.started_on
    only_gad = [c for c in found if not c.scores(Instrument.PHQ9)]
    assert only_gad and all(c.problem is Problem.ANGST for c in only_gad)
    gaps = [
        (b.measured_on - a.measured_on).days
        for c in found
        for a, b in pairwise(c.scores(Instrument.PHQ9) or c.scores(Instrument.GAD7))
    ]
    assert 14 <= median(gaps) <= 28 and min(gaps) >= 5


def test_contacts_look_like_a_poh_ggz_agenda(demo_db) -> None:
    contacts = [x for c in cases(demo_db) for x in c.contacts]
    kinds = Counter(x.kind for x in contacts)
    share = {k: kinds[k] / len(contacts) for k in ContactKind}
    assert 0.45 <= share[ContactKind.SPREEKUUR] <= 0.65
    assert 0.15 <= share[ContactKind.TELEFONISCH] <= 0.35
    assert 0.08 <= share[ContactKind.BEELDBELLEN] <= 0.25
    assert 0.01 <= share[ContactKind.HUISBEZOEK] <= 0.1
    assert all(15 <= (x.minutes or 0) <= 50 for x in contacts)
    assert all(x.minutes <= 25 for x in contacts if x.kind is ContactKind.TELEFONISCH)
    assert all(x.note.strip() for x in contacts) and len({x.note for x in contacts}) >= 40
    assert 0.01 <= sum(x.discuss for x in contacts) / len(contacts) <= 0.1
    gaps = [(b.held_on - a.held_on).days for c in cases(demo_db) for a, b in pairwise(c.contacts)]
    assert 7 <= median(gaps) <= 21 and max(gaps) <= 35


def test_the_psychiatrist_reviews_new_flagged_and_stuck_cases(demo_db) -> None:
    found = cases(demo_db)
    reviews = [r for c in found for r in c.reviews]
    assert {r.psychiatrist for r in reviews} == set(PSYCHIATRISTS)
    first, second = PSYCHIATRISTS
    assert max(r.reviewed_on for r in reviews if r.psychiatrist == first) < min(
        r.reviewed_on for r in reviews if r.psychiatrist == second
    )
    # The psychiatrist's first view of each case.
    decisions = Counter(c.reviews[0].decision for c in found if c.reviews)
    total = sum(decisions.values())
    assert 0.42 <= decisions[Decision.STOORNIS] / total <= 0.68
    assert 0.22 <= decisions[Decision.SOCIAAL] / total <= 0.45
    assert 0.03 <= decisions[Decision.ANDERS] / total <= 0.22
    assert all((r.social_cause is not None) == (r.decision is Decision.SOCIAAL) for r in reviews)
    assert all(r.advice.strip() for r in reviews)
    reviewed = [c for c in found if c.reviews]
    soon = [c for c in reviewed if (c.reviews[0].reviewed_on - c.started_on).days <= 30]
    assert len(soon) / len(reviewed) >= 0.8
    flagged = [(c, x.held_on) for c in found for x in c.contacts if x.discuss]
    answered = [any(0 < (r.reviewed_on - day).days <= 14 for r in c.reviews) for c, day in flagged]
    assert sum(answered) / len(answered) >= 0.8
    # Whoever is not improving after ten weeks was reviewed in weeks 10 to 12.
    for case in found:
        s = standing(case, case.closed_on or validation.today(), Thresholds())
        if s.has(Badge.NIET_VERBETERD) and ReviewReason.NIET_VERBETERD not in s.review_reasons:
            due = case.started_on + timedelta(weeks=10)
            assert any(due <= r.reviewed_on <= due + timedelta(weeks=2) for r in case.reviews)


def test_closed_cases_have_a_route_and_a_fitting_reason(demo_db) -> None:
    closed = [c for c in cases(demo_db) if not c.is_open]
    routes = Counter(c.route for c in closed)
    assert 0.4 <= routes[Route.HUISARTSENPRAKTIJK] / len(closed) <= 0.65
    assert 0.15 <= routes[Route.SOCIAAL_DOMEIN] / len(closed) <= 0.35
    assert 0.07 <= routes[Route.BASIS_GGZ] / len(closed) <= 0.25
    assert 0.03 <= routes[Route.SPECIALISTISCHE_GGZ] / len(closed) <= 0.18
    for case in closed:
        assert case.route and case.route_on and case.close_reason
        assert case.route_on <= case.closed_on
        assert case.closed_on >= max(x.held_on for x in case.contacts)
        assert (case.route_social is not None) == (case.route is Route.SOCIAAL_DOMEIN)
        if case.route in (Route.BASIS_GGZ, Route.SPECIALISTISCHE_GGZ):
            assert case.close_reason is CloseReason.VERWEZEN
        if case.close_reason is CloseReason.ANDERS:
            assert case.close_note
        if case.relapse_plan_on:
            assert case.started_on < case.relapse_plan_on <= case.closed_on
    responders = [
        c
        for c in closed
        if c.route in (Route.HUISARTSENPRAKTIJK, Route.SOCIAAL_DOMEIN)
        and standing(c, c.closed_on, Thresholds()).has(Badge.RESPONS)
    ]
    assert sum(c.relapse_plan_on is not None for c in responders) / len(responders) >= 0.7


def test_about_60_percent_of_closed_cases_respond(demo_db) -> None:
    closed = [c for c in cases(demo_db) if not c.is_open]
    followed = [standing(c, validation.today(), Thresholds()) for c in closed]
    followed = [s for s in followed if s.change_pct is not None]
    assert len(followed) >= 0.9 * len(closed)
    response = sum(s.has(Badge.RESPONS) for s in followed) / len(followed)
    remission = sum(s.has(Badge.REMISSIE) for s in followed) / len(followed)
    flat = sum(s.change_pct > -20 for s in followed) / len(followed)
    assert 0.5 <= response <= 0.72
    assert 0.3 <= remission <= 0.5
    assert 0.1 <= flat <= 0.35  # about a quarter does not improve


def test_the_same_seed_gives_the_same_caseload(tmp_path: Path, demo_file: Path) -> None:
    def content(path: Path) -> dict[str, list[tuple]]:
        db = open_database(path, readonly=True)
        try:
            return {
                t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY id")] for t in TABLES
            }
        finally:
            db.close()

    first = content(demo_file)
    assert first["carecase"]
    assert content(build_demo(tmp_path / "again.sqlite", seed=1)) == first
    assert content(build_demo(tmp_path / "other.sqlite", seed=2))["carecase"] != first["carecase"]


def test_a_one_year_demo_still_has_a_caseload(tmp_path: Path) -> None:
    db = open_database(build_demo(tmp_path / "kort.sqlite", seed=1, years=1), readonly=True)
    try:
        found = cases(db)
        assert 20 <= len(found) <= 60
        assert min(c.started_on for c in found) >= carecase_started(db)
        assert max(c.contacts[-1].held_on for c in found) < validation.today()
    finally:
        db.close()


def without_intervention_history(path: Path, seed: int, day: date) -> float:
    """The caseload alone on a file with only the catalogue; returns how long it took."""
    with new_file(path) as db, db.transaction() as conn:
        seed_reference_in(conn)
        begin = time.perf_counter()
        add_carecases(conn, DemoContext(random.Random(seed), date(day.year - 5, 1, 1), 5, 6000))
        return time.perf_counter() - begin


def test_without_collaborative_care_started_cases_begin_about_three_years_ago(
    tmp_path: Path,
) -> None:
    today = validation.today()
    seconds = without_intervention_history(tmp_path / "leeg.sqlite", 4, today)
    assert seconds < 1.0  # about 30 ms: the demo is built for many tests
    db = open_database(tmp_path / "leeg.sqlite", readonly=True)
    try:
        found = cases(db)
        begin = min(c.started_on for c in found)
        assert today - timedelta(days=3 * 365) <= begin <= today - timedelta(days=3 * 365 - 60)
        assert 45 <= len(found) <= 70
    finally:
        db.close()


@pytest.mark.parametrize(
    ("day", "seed"),
    [
        (date(2025, 6, 15), 3),  # a Sunday
        (date(2025, 6, 16), 5),  # a Monday
        (date(2026, 1, 1), 6),  # New Year's Day, a Thursday
        (date(2028, 2, 29), 7),  # a leap day, a Tuesday
    ],
)
def test_the_caseload_mix_holds_on_any_day(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, day: date, seed: int
) -> None:
    freeze(monkeypatch, day)
    without_intervention_history(tmp_path / "dag.sqlite", seed, day)
    db = open_database(tmp_path / "dag.sqlite", readonly=True)
    try:
        assert_caseload_mix(db, day)
        assert db.scalar("SELECT max(held_on) FROM carecase_contact") < day.isoformat()
    finally:
        db.close()
