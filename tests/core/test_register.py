"""The register: rows and domain progress, timeline segments, steps over time, milestones."""

from datetime import date
from itertools import pairwise

import pytest
from intervention_files import IM, TODAY, B, G, S, V, freeze, insert_raw

from plusdesk.core import validation
from plusdesk.core.demo_interventions import STOP_REASON
from plusdesk.core.interventions import (
    IMPLEMENTED,
    Status,
    StatusEntry,
    change_status,
    undo_entry,
)
from plusdesk.core.register import (
    Milestone,
    Segment,
    domain_progress,
    implemented_over_time,
    milestones,
    programme_period,
    register,
    segments_of,
    timeline,
)


@pytest.fixture
def story(fresh):
    """A hand-made history: implemented, kept, stopped, stepped back, undone, same-day."""
    s = fresh
    change_status(s, "PE-01", V, "01-03-2019")
    change_status(s, "PE-01", IM, "01-06-2019")
    change_status(s, "PE-01", B, "01-01-2020")
    change_status(s, "PE-01", S, "01-01-2021", reason="Geen tijd meer.")
    change_status(s, "PE-02", G, "01-04-2019")
    change_status(s, "PE-02", IM, "01-06-2019")
    change_status(s, "PE-02", G, "01-06-2020", note="POH vertrokken.")
    change_status(s, "PE-02", IM, "01-09-2020")
    change_status(s, "PE-03", B, "01-01-2020")
    change_status(s, "PE-04", V, "01-02-2020")
    undo_entry(s, change_status(s, "DZ-01", IM, "01-05-2022"))
    change_status(s, "WZ-01", G, "01-03-2021")
    insert_raw(s.db, "WZ-01", IM, "2021-03-01")  # same day, recorded later: this one counts
    return s


def entry(id: int, status: Status, day: date, voided: bool = False) -> StatusEntry:
    e = StatusEntry(id, "PE-01", "status", status, day, "", "", None, "", "test")
    if voided:
        undo = StatusEntry(id + 100, "PE-01", "undo", None, None, "", "", id, "", "test")
        e = StatusEntry(**{**e.__dict__, "voided_by": undo})
    return e


def d(text: str) -> date:
    return date.fromisoformat(text)


# --- register rows and domain progress -------------------------------------------------------


def in_force_from_raw_rows(db) -> dict[str, str]:
    """Each intervention's current status, worked out from the raw table (not the core code)."""
    rows = db.query("SELECT * FROM intervention_status ORDER BY id")
    voided = {r["voids"] for r in rows if r["voids"] is not None}
    current: dict[str, tuple[str, int, str]] = {}
    for r in rows:
        if r["kind"] != "status" or r["id"] in voided:
            continue
        key = (r["effective_date"], r["id"])
        old = current.get(r["intervention_code"])
        if old is None or key > old[:2]:
            current[r["intervention_code"]] = (*key, r["status"])
    return {code: value[2] for code, value in current.items()}


def test_demo_register_rows_match_the_history(demo_db) -> None:
    rows = {r.code: r for r in register(demo_db)}
    assert list(rows) == [
        *(f"PE-0{n}" for n in range(1, 7)),
        *(f"DZ-0{n}" for n in range(1, 7)),
        *(f"WZ-0{n}" for n in range(1, 6)),
        "WZ-L01",
    ]
    raw = in_force_from_raw_rows(demo_db)
    for code, row in rows.items():
        assert row.state.status == raw.get(code, "niet_gestart"), code
    pe06 = rows["PE-06"]
    assert (pe06.state.status, pe06.state.since, pe06.state.started_on) == (
        Status.NIET_GESTART,
        None,
        None,
    )
    assert (pe06.responsible, pe06.preconditions_met, pe06.preconditions_total) == ("", 0, 3)
    pe05 = rows["PE-05"]
    assert (pe05.state.status, pe05.state.stop_reason, pe05.implemented) == (S, STOP_REASON, False)
    assert pe05.state.implemented_on is None and pe05.state.started_on < pe05.state.since
    dz06 = rows["DZ-06"]
    assert (dz06.state.status, dz06.state.started_on, dz06.implemented) == (V, None, False)
    assert rows["DZ-01"].implemented and rows["DZ-01"].state.status in IMPLEMENTED
    assert rows["WZ-L01"].origin == "lokaal" and rows["WZ-L01"].domain_title == "Wijkgerichte zorg"
    assert all(row.preconditions_total >= 3 for code, row in rows.items() if code != "WZ-L01")


def test_demo_domain_progress(demo_db) -> None:
    raw = in_force_from_raw_rows(demo_db)
    expected = {}
    for domain in ("PE", "DZ", "WZ"):
        codes = [
            c
            for (c,) in demo_db.query(
                "SELECT code FROM intervention WHERE domain_code = ?", (domain,)
            )
        ]
        done = sum(raw.get(c) in ("geimplementeerd", "geborgd") for c in codes)
        expected[domain] = (done, len(codes))
    # PE-01..03 implemented, PE-04 pilot, PE-05 stopped, PE-06 not started; DZ-06 in
    # preparation; WZ-04 pilot, the own WZ-L01 implemented.
    assert expected == {"PE": (3, 6), "DZ": (5, 6), "WZ": (5, 6)}
    progress = domain_progress(register(demo_db))
    assert [(p.code, p.title, p.implemented, p.total) for p in progress] == [
        ("PE", "Patiënt empowerment", 3, 6),
        ("DZ", "Doelmatige zorg", 5, 6),
        ("WZ", "Wijkgerichte zorg", 5, 6),
    ]


def test_fresh_register_has_nothing_implemented(fresh) -> None:
    rows = register(fresh.db)
    assert len(rows) == 17
    assert {r.state.status for r in rows} == {Status.NIET_GESTART}
    assert [(p.code, p.implemented, p.total) for p in domain_progress(rows)] == [
        ("PE", 0, 6),
        ("DZ", 0, 6),
        ("WZ", 0, 5),
    ]
    assert milestones(fresh.db) == []
    assert {r.segments for r in timeline(fresh.db)} == {()}


# --- timeline segments -----------------------------------------------------------------------


def test_segments_merge_equal_consecutive_statuses() -> None:
    entries = [
        entry(1, G, d("2021-01-01")),
        entry(2, V, d("2021-03-01"), voided=True),
        entry(3, G, d("2021-06-01")),
        entry(4, IM, d("2022-01-01")),
    ]
    assert segments_of(entries) == (
        Segment(G, d("2021-01-01"), d("2022-01-01")),
        Segment(IM, d("2022-01-01"), None),
    )


def test_segments_drop_entries_overruled_on_the_same_day() -> None:
    entries = [
        entry(1, V, d("2021-01-01")),
        entry(2, G, d("2021-03-01")),
        entry(3, IM, d("2021-03-01")),
        entry(4, V, d("2021-03-01")),  # the last recorded of that day counts
        entry(5, G, d("2021-05-01")),
    ]
    assert segments_of(entries) == (
        Segment(V, d("2021-01-01"), d("2021-05-01")),
        Segment(G, d("2021-05-01"), None),
    )
    # Recording order decides, not the order the entries are handed over in.
    assert segments_of(list(reversed(entries))) == segments_of(entries)


def test_segments_sort_by_effective_date_and_ignore_voided_entries() -> None:
    entries = [entry(1, IM, d("2022-01-01")), entry(2, V, d("2021-01-01"))]
    assert segments_of(entries) == (
        Segment(V, d("2021-01-01"), d("2022-01-01")),
        Segment(IM, d("2022-01-01"), None),
    )
    assert segments_of([entry(1, V, d("2021-01-01"), voided=True)]) == ()
    assert segments_of([]) == ()


def test_timeline_of_a_hand_made_history(story) -> None:
    rows = {r.code: r for r in timeline(story.db)}
    assert len(rows) == 17
    assert rows["PE-01"].segments == (
        Segment(V, d("2019-03-01"), d("2019-06-01")),
        Segment(IM, d("2019-06-01"), d("2020-01-01")),
        Segment(B, d("2020-01-01"), d("2021-01-01")),
        Segment(S, d("2021-01-01"), None),
    )
    assert rows["WZ-01"].segments == (Segment(IM, d("2021-03-01"), None),)
    assert rows["DZ-01"].segments == ()  # undone
    assert rows["PE-06"].segments == ()


# --- implemented over time, milestones -------------------------------------------------------


def test_implemented_over_time_steps_up_and_down(story) -> None:
    series = {s.domain_code: s for s in implemented_over_time(story.db)}
    assert list(series) == ["PE", "DZ", "WZ"]
    assert series["PE"].points == (
        (d("2019-01-01"), 0),
        (d("2019-06-01"), 2),  # PE-01 and PE-02 implemented
        (d("2020-01-01"), 3),  # PE-03 geborgd at once; PE-01 geborgd is no change
        (d("2020-06-01"), 2),  # PE-02 back to pilot
        (d("2020-09-01"), 3),  # PE-02 implemented again
        (d("2021-01-01"), 2),  # PE-01 stopped
    )
    assert series["DZ"].points == ((d("2019-01-01"), 0),)  # the undone entry never counted
    assert series["WZ"].points == ((d("2019-01-01"), 0), (d("2021-03-01"), 1))
    assert [(s.domain_title, s.total) for s in series.values()] == [
        ("Patiënt empowerment", 6),
        ("Doelmatige zorg", 6),
        ("Wijkgerichte zorg", 5),
    ]


def test_demo_steps_end_at_the_current_number_implemented(demo_db) -> None:
    progress = {p.code: p.implemented for p in domain_progress(register(demo_db))}
    start, _ = programme_period(demo_db)
    for series in implemented_over_time(demo_db):
        assert series.points[0] == (start, 0)
        assert series.points[-1][1] == progress[series.domain_code]
        days = [day for day, _ in series.points]
        assert days == sorted(set(days))
    dz = next(s for s in implemented_over_time(demo_db) if s.domain_code == "DZ")
    counts = [n for _, n in dz.points]
    assert any(b < a for a, b in pairwise(counts))  # DZ-03 fell back


def test_milestones_list_started_interventions_only(story) -> None:
    assert [(m.code, m.started_on, m.implemented_on) for m in milestones(story.db)] == [
        ("PE-01", d("2019-06-01"), d("2019-06-01")),
        ("PE-02", d("2019-04-01"), d("2019-06-01")),
        ("PE-03", d("2020-01-01"), d("2020-01-01")),
        ("WZ-01", d("2021-03-01"), d("2021-03-01")),
    ]
    first = milestones(story.db)[0]
    assert first == Milestone(
        "PE-01",
        "Patiëntgericht gesprek met Positieve Gezondheid",
        "PE",
        first.started_on,
        first.implemented_on,
    )


def test_demo_milestones(demo_db) -> None:
    found = {m.code: m for m in milestones(demo_db)}
    assert "PE-06" not in found and "DZ-06" not in found
    assert found["PE-05"].implemented_on is None and found["PE-05"].started_on is not None
    assert len(found) == 16  # 18 interventions less PE-06 and DZ-06
    raw = demo_db.query(
        "SELECT min(effective_date) FROM intervention_status WHERE intervention_code = 'WZ-04' "
        "AND status = 'gestart'"
    )[0][0]
    assert found["WZ-04"] == Milestone(
        "WZ-04", found["WZ-04"].title, "WZ", date.fromisoformat(raw), None
    )


# --- programme period ------------------------------------------------------------------------


def test_programme_period_runs_five_years_from_january_of_the_first_status(
    story, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert programme_period(story.db) == (d("2019-01-01"), TODAY)  # past five years: until today
    freeze(monkeypatch, d("2022-03-01"))
    assert programme_period(story.db) == (d("2019-01-01"), d("2024-01-01"))
    freeze(monkeypatch, d("2024-01-02"))
    assert programme_period(story.db) == (d("2019-01-01"), d("2024-01-02"))


def test_programme_period_ignores_undone_and_corrected_dates(
    fresh, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A typo (2012 for 2021) that was corrected must not stretch the charts over 14 years."""
    wrong = change_status(fresh, "PE-01", V, "01-03-2012")
    change_status(fresh, "PE-01", V, "01-03-2021", corrects=wrong)
    undo_entry(fresh, change_status(fresh, "PE-02", V, "01-03-2011"))
    freeze(monkeypatch, d("2022-03-01"))
    assert programme_period(fresh.db) == (d("2021-01-01"), d("2026-01-01"))


def test_programme_period_without_history_starts_with_the_practice(
    fresh, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = date.fromisoformat(fresh.db.scalar("SELECT created_at FROM practice")[:10])
    start = date(created.year, 1, 1)
    freeze(monkeypatch, start)
    assert programme_period(fresh.db) == (start, date(created.year + 5, 1, 1))


def test_demo_programme_period(demo_db) -> None:
    first = demo_db.scalar(
        "SELECT min(effective_date) FROM intervention_status WHERE kind = 'status' AND id NOT IN "
        "(SELECT voids FROM intervention_status WHERE voids IS NOT NULL)"
    )
    start, end = programme_period(demo_db)
    assert start == date(date.fromisoformat(first).year, 1, 1)
    assert start == date.fromisoformat(
        demo_db.scalar("SELECT value FROM meta WHERE key = 'demo_start'")
    )
    assert end >= date(start.year + 5, 1, 1) and end >= validation.today()
