"""The demo practice's intervention history: a correction, an undo, a stop, a step back."""

from datetime import date
from pathlib import Path

import pytest
from intervention_files import IM, B, G, S, V

from plusdesk.core import validation
from plusdesk.core.db import open_database
from plusdesk.core.demo import build_demo
from plusdesk.core.interventions import (
    EARLIEST,
    WORKFLOW,
    Status,
    effective,
    history,
    load_entries,
    state_of,
)
from plusdesk.core.register import register


def test_dz02_was_typed_a_year_late_and_corrected(demo_db) -> None:
    entries = history(demo_db, "DZ-02")
    corrections = [e for e in entries if e.is_correction]
    assert len(corrections) == 1
    fixed = corrections[0]
    wrong = next(e for e in entries if e.id == fixed.voids)
    assert (wrong.status, fixed.status) == (IM, IM)
    assert not wrong.valid and wrong.voided_by.id == fixed.id
    assert fixed.valid and fixed.note.startswith("Datum gecorrigeerd")
    assert wrong.effective_date == fixed.effective_date.replace(year=fixed.effective_date.year + 1)
    assert fixed.recorded_at > wrong.recorded_at
    state = state_of(load_entries(demo_db, "DZ-02"))
    assert state.implemented_on == fixed.effective_date
    assert [e.status for e in effective(load_entries(demo_db, "DZ-02"))] == [V, G, IM, B]


def test_wz02_has_a_status_undone_by_mistake(demo_db) -> None:
    entries = history(demo_db, "WZ-02")
    undone = [e for e in entries if not e.valid]
    assert len(undone) == 1
    slip = undone[0]
    assert (slip.status, slip.voided_by.kind, slip.voided_by.note) == (
        B,
        "undo",
        "Per ongeluk gekozen.",
    )
    assert slip.voided_by.recorded_at > slip.recorded_at
    implemented = next(e for e in entries if e.status is IM)
    assert (slip.effective_date - implemented.effective_date).days == 30
    state = state_of(load_entries(demo_db, "WZ-02"))
    assert (state.status, state.since) == (IM, implemented.effective_date)
    assert all(e.kind == "status" for e in entries)  # the undo row is no line of its own


def test_pe05_stopped_with_a_reason(demo_db) -> None:
    statuses = [e.status for e in effective(load_entries(demo_db, "PE-05"))]
    assert statuses == [V, G, S]
    stop = history(demo_db, "PE-05")[0]
    assert stop.reason.startswith("Geen vaste leefstijlcoach meer beschikbaar")
    state = state_of(load_entries(demo_db, "PE-05"))
    assert (state.status, state.stop_reason, state.implemented_on) == (S, stop.reason, None)


def test_dz03_stepped_back_and_was_implemented_again(demo_db) -> None:
    entries = effective(load_entries(demo_db, "DZ-03"))
    assert [e.status for e in entries] == [V, G, IM, G, IM]
    back = entries[3]
    assert back.note.startswith("POH-GGZ vertrokken")  # a step back always carries a note
    state = state_of(load_entries(demo_db, "DZ-03"))
    assert (state.status, state.since) == (IM, entries[4].effective_date)
    assert state.started_on == entries[1].effective_date
    assert state.implemented_on == entries[2].effective_date


def test_the_demo_has_an_own_local_intervention(demo_db) -> None:
    row = next(r for r in register(demo_db) if r.code == "WZ-L01")
    assert (row.title, row.origin, row.retired, row.domain_code) == (
        "Wandelgroep met de buurtsportcoach",
        "lokaal",
        False,
        "WZ",
    )
    assert row.state.status is IM
    assert demo_db.scalar("SELECT created_by FROM intervention WHERE code = 'WZ-L01'") == "demo"
    assert demo_db.scalar("SELECT count(*) FROM intervention WHERE origin = 'lokaal'") == 1


def test_pe06_was_never_started(demo_db) -> None:
    assert load_entries(demo_db, "PE-06") == []
    assert (
        demo_db.scalar(
            "SELECT count(*) FROM intervention_practice WHERE intervention_code = 'PE-06'"
        )
        == 0
    )


def test_every_demo_history_follows_the_workflow_rules(demo_db) -> None:
    """What change_status would refuse does not occur in the demo either."""
    today = validation.today()
    codes = [
        c for (c,) in demo_db.query("SELECT DISTINCT intervention_code FROM intervention_status")
    ]
    assert len(codes) == 17
    for code in codes:
        entries = effective(load_entries(demo_db, code))
        for before, after in zip([None, *entries], entries, strict=False):
            assert EARLIEST <= after.effective_date <= today, code
            assert after.recorded_at[:10] >= after.effective_date.isoformat(), code
            assert after.recorded_by == "demo"
            previous = before.status if before else Status.NIET_GESTART
            assert after.status is not previous, code
            if after.status is S:
                assert after.reason, code
            elif previous in WORKFLOW and WORKFLOW.index(after.status) < WORKFLOW.index(previous):
                assert after.note, code


def test_the_same_seed_gives_the_same_histories(tmp_path: Path, demo_file: Path) -> None:
    again = build_demo(tmp_path / "nog een keer.sqlite", seed=1)
    other = build_demo(tmp_path / "ander zaad.sqlite", seed=2)
    tables = ("intervention", "intervention_status", "intervention_practice", "precondition_check")

    def content(path: Path) -> dict[str, list[tuple]]:
        db = open_database(path, readonly=True)
        try:
            return {
                t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY 1")] for t in tables
            }
        finally:
            db.close()

    first = content(demo_file)
    assert first["intervention_status"]  # not trivially equal
    assert content(again) == first
    assert content(other)["intervention_status"] != first["intervention_status"]


@pytest.mark.parametrize("years", [1, 3])
def test_a_shorter_demo_stops_at_today(tmp_path: Path, years: int) -> None:
    path = build_demo(tmp_path / "kort.sqlite", seed=1, years=years)
    db = open_database(path, readonly=True)
    try:
        days = [
            date.fromisoformat(r[0])
            for r in db.query(
                "SELECT effective_date FROM intervention_status WHERE kind = 'status'"
            )
        ]
        assert days and max(days) <= validation.today()
        assert min(days) >= date(validation.today().year - years, 1, 1)
    finally:
        db.close()
