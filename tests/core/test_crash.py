"""A PlusDesk killed with kill -9 at any moment leaves a file that opens with nothing lost."""

import sqlite3
from collections import Counter
from pathlib import Path

from crash_harness import (
    DEMO_PASSWORD,
    DEMO_USER,
    KILL_MODES,
    TrialResult,
    apply_write,
    check_file,
    planned,
    read_baseline,
    run_trials,
)

from plusdesk.core.db import open_database
from plusdesk.core.users import login

TRIALS = 25  # five of each kill mode


def summary(results: list[TrialResult]) -> str:
    return "\n".join(
        f"seed {r.seed} {r.mode} ({r.moment}): {r.reported} reported, {r.applied} in the file, "
        f"{r.losses} lost, {r.half_applied} half-applied; {r.problems}"
        for r in results
    )


def test_kill_9_at_random_moments_loses_nothing_and_keeps_the_file_sound(
    demo_template: Path, tmp_path: Path
) -> None:
    results = run_trials(demo_template, tmp_path, TRIALS)

    report = summary(results)
    assert len(results) == TRIALS
    assert Counter(r.mode for r in results) == dict.fromkeys(KILL_MODES, TRIALS // 5)
    for r in results:
        assert r.open_ok, report
        assert r.integrity_ok, report
        assert r.chain_ok, report
        assert r.losses == 0, report
        assert r.half_applied == 0, report
        assert r.problems == [], report
        # An unreported write may have landed just before the kill, never more than one.
        assert r.applied - r.reported in (0, 1), report
    # The child really wrote through the core, and some kills hit a write's transaction
    # after its rows were written and before COMMIT: none of those rows survived.
    assert sum(r.reported for r in results) > 100, report
    inside = [r for r in results if r.mode == "in_transaction"]
    assert all(r.moment == "inside_write" and r.applied == r.started - 1 for r in inside), report


def test_the_check_notices_a_half_applied_group_and_a_lost_commit(
    demo_template: Path, demo_file: Path
) -> None:
    # Without this, a check that sees nothing would let every crash test pass.
    seed, count = 3, 12
    writes = planned(seed, count)
    db = open_database(demo_file)
    session = login(db, DEMO_USER, DEMO_PASSWORD)
    for write in writes:
        apply_write(session, write)
    db.close()
    base = read_baseline(demo_template)
    last_group = next(w.group for w in reversed(writes) if w.kind in ("group", "regroup"))

    sound = TrialResult(seed=seed, mode="in_process")
    check_file(demo_file, seed, count, base, sound)
    assert sound.ok and sound.applied == count, sound

    claims_more = TrialResult(seed=seed, mode="in_process")
    check_file(demo_file, seed, count + 2, base, claims_more)
    assert claims_more.losses == 2

    raw = sqlite3.connect(demo_file)
    with raw:
        raw.execute(
            "DELETE FROM code_group_member WHERE rowid = (SELECT min(m.rowid) FROM "
            "code_group_member m JOIN code_group g ON g.id = m.group_id WHERE g.name = ?)",
            (last_group,),
        )
    raw.close()
    damaged = TrialResult(seed=seed, mode="in_process")
    check_file(demo_file, seed, count, base, damaged)
    assert damaged.half_applied == 1 and damaged.losses == 0
    assert any(last_group in p for p in damaged.problems)
