"""The demo practice's patient-centred conversations: believable numbers, dates and scores."""

import random
import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from intervention_files import freeze

from plusdesk.core import validation
from plusdesk.core.db import new_file, open_database
from plusdesk.core.demo import DemoContext, build_demo
from plusdesk.core.demo_conversations import DIMENSIONS, add_conversations
from plusdesk.core.practice import seed_reference_in

PROFESSIONALS = {
    "Anouk Janssen": ("poh_s", "poh"),
    "Peter Hermans": ("huisarts", "huisarts"),
    "Fatima El Amrani": ("poh_ggz", "demo"),
    "Ruud Smeets": ("huisarts", "demo"),
}
ACTORS = {"Patiënt", "Huisarts", "POH", "Naaste", "Sociaal team", "Welzijn"}
AVOIDABLE = {"0322", "0320", "0313", "0330", "0329", "0305"}
TABLES = ("conversation", "conversation_score", "conversation_goal")


def rows(db, sql: str) -> list[sqlite3.Row]:
    return list(db.query(sql))


def by_patient(db) -> dict[str, list[sqlite3.Row]]:
    patients: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for row in rows(db, "SELECT * FROM conversation ORDER BY held_on"):
        patients[row["patient_ref"]].append(row)
    return patients


def mean_score(db, conversation_id: int) -> float:
    return db.scalar(
        "SELECT avg(score) FROM conversation_score WHERE conversation_id = ?", (conversation_id,)
    )


def pe01_started(db) -> date:
    return date.fromisoformat(
        db.scalar(
            "SELECT min(effective_date) FROM intervention_status WHERE intervention_code ="
            " 'PE-01' AND kind = 'status' AND status = 'gestart'"
        )
    )


def next_contacts(db) -> list[date]:
    """The next contact after each patient's latest conversation (the Overzicht tiles)."""
    return [
        date.fromisoformat(talks[-1]["next_contact"])
        for talks in by_patient(db).values()
        if talks[-1]["next_contact"]
    ]


def test_five_years_hold_about_150_conversations_with_about_60_patients(demo_db) -> None:
    patients = by_patient(demo_db)
    assert 120 <= sum(len(t) for t in patients.values()) <= 180
    assert 50 <= len(patients) <= 70
    sizes = [len(t) for t in patients.values()]
    assert max(sizes) <= 6 and sizes.count(1) >= 3
    assert sum(1 for s in sizes if s in (2, 3)) > len(sizes) / 2


def test_conversations_are_held_on_weekdays_after_pe01_started(demo_db) -> None:
    started, today = pe01_started(demo_db), validation.today()
    for talks in by_patient(demo_db).values():
        days = [date.fromisoformat(t["held_on"]) for t in talks]
        assert all(started <= d <= today and d.weekday() < 5 for d in days)
        assert all(40 <= (b - a).days <= 118 for a, b in pairwise(days))
        for talk, following in zip(talks, days[1:], strict=False):
            contact = date.fromisoformat(talk["next_contact"])
            assert abs((contact - following).days) <= 9


def test_patients_have_his_numbers_one_reason_and_one_professional(demo_db) -> None:
    for ref, talks in by_patient(demo_db).items():
        assert not validation.is_bsn(ref) and len(ref.replace("H-", "")) == 5
        assert validation.patient_ref(ref) == ref
        assert len({(t["reason"], t["reason_other"]) for t in talks}) == 1
        assert (talks[0]["reason"] == "anders") == bool(talks[0]["reason_other"])
        assert len({t["professional"] for t in talks}) == 1
        for talk in talks:
            role, account = PROFESSIONALS[talk["professional"]]
            assert (talk["professional_role"], talk["created_by"]) == (role, account)
            assert talk["updated_by"] == account and talk["updated_at"] == talk["created_at"]
            typed = date.fromisoformat(talk["created_at"][:10])
            assert talk["created_at"].endswith("+00:00")
            assert 0 <= (typed - date.fromisoformat(talk["held_on"])).days <= 3
    reasons = {t[0]["reason"] for t in by_patient(demo_db).values()}
    assert {"chronisch", "hoge_zorgkosten", "kwetsbaar", "frequente_bezoeker"} <= reasons


def test_scores_flags_goals_and_actions_look_like_real_conversations(demo_db) -> None:
    today = validation.today()
    latest = {t[-1]["id"] for t in by_patient(demo_db).values()}
    talks = rows(demo_db, "SELECT * FROM conversation")
    for talk in talks:
        scores = rows(
            demo_db, f"SELECT * FROM conversation_score WHERE conversation_id = {talk['id']}"
        )
        assert sorted(s["dimension"] for s in scores) == sorted(DIMENSIONS)
        assert sum(s["score"] is None for s in scores) <= 1
        assert 1 <= sum(s["wants_to_talk"] for s in scores) <= 3
        goals = rows(
            demo_db, f"SELECT * FROM conversation_goal WHERE conversation_id = {talk['id']}"
        )
        assert 1 <= len(goals) <= 3 and {g["actor"] for g in goals} <= ACTORS
        held = date.fromisoformat(talk["held_on"])
        for goal in goals:
            follow = date.fromisoformat(goal["follow_up"])
            assert held <= follow <= held + timedelta(weeks=8, days=2)
            assert follow <= today or talk["id"] in latest
        if talk["referral_avoided"]:
            assert talk["avoided_specialism"] in AVOIDABLE
        assert talk["question"].strip()
    assert 0.1 <= sum(t["referral_avoided"] for t in talks) / len(talks) <= 0.3
    assert any(not (t["action_care"] or t["action_social"] or t["action_welfare"]) for t in talks)
    assert len({t["question"] for t in talks}) >= 20
    missing = demo_db.scalar("SELECT count(*) FROM conversation_score WHERE score IS NULL")
    assert 0 < missing < len(talks) * 0.15


def test_flags_are_mostly_on_the_lowest_scores(demo_db) -> None:
    low = total = 0
    for (cid,) in demo_db.query("SELECT id FROM conversation"):
        scores = rows(
            demo_db,
            f"SELECT score, wants_to_talk FROM conversation_score WHERE conversation_id = {cid}"
            " AND score IS NOT NULL ORDER BY score",
        )
        third = scores[2]["score"]
        for s in scores:
            if s["wants_to_talk"]:
                total += 1
                low += s["score"] <= third
    assert low / total > 0.7


def test_most_patients_improve(demo_db) -> None:
    followed = [t for t in by_patient(demo_db).values() if len(t) >= 2]
    better = [
        t for t in followed if mean_score(demo_db, t[-1]["id"]) > mean_score(demo_db, t[0]["id"])
    ]
    assert len(better) / len(followed) >= 0.65
    assert len(better) < len(followed)  # some stay flat or decline


def test_the_overzicht_shows_some_overdue_and_some_due_this_week(demo_db) -> None:
    today = validation.today()
    sunday = today + timedelta(days=6 - today.weekday())
    contacts = next_contacts(demo_db)
    overdue = [d for d in contacts if d < today]
    assert 4 <= len(overdue) <= 6
    assert all(today - timedelta(weeks=6) <= d <= today - timedelta(weeks=1) for d in overdue)
    assert 2 <= sum(today <= d <= sunday for d in contacts) <= 4
    assert sum(d > sunday for d in contacts) >= 4
    assert sum(t[-1]["next_contact"] is None for t in by_patient(demo_db).values()) > 20


@pytest.mark.parametrize("day", [date(2025, 6, 15), date(2025, 6, 16)])  # Sunday, Monday
def test_this_week_is_up_to_sunday(monkeypatch, tmp_path: Path, day: date) -> None:
    freeze(monkeypatch, day)
    db = open_database(build_demo(tmp_path / "demo.sqlite", seed=3), readonly=True)
    try:
        sunday = day + timedelta(days=6 - day.weekday())
        assert 2 <= sum(day <= d <= sunday for d in next_contacts(db)) <= 4
        assert db.scalar("SELECT max(held_on) FROM conversation") < day.isoformat()
    finally:
        db.close()


def test_the_same_seed_gives_the_same_conversations(tmp_path: Path, demo_file: Path) -> None:
    def content(path: Path) -> dict[str, list[tuple]]:
        db = open_database(path, readonly=True)
        try:
            return {
                t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in TABLES
            }
        finally:
            db.close()

    first = content(demo_file)
    assert first["conversation"]
    assert content(build_demo(tmp_path / "again.sqlite", seed=1)) == first
    assert (
        content(build_demo(tmp_path / "other.sqlite", seed=2))["conversation"]
        != first["conversation"]
    )


def test_a_one_year_demo_still_has_conversations(tmp_path: Path) -> None:
    db = open_database(build_demo(tmp_path / "kort.sqlite", seed=1, years=1), readonly=True)
    try:
        patients = by_patient(db)
        assert 5 <= len(patients) <= 20
        days = [t["held_on"] for talks in patients.values() for t in talks]
        assert max(days) <= validation.today().isoformat()
        assert min(days) >= pe01_started(db).isoformat()
    finally:
        db.close()


def test_without_pe01_started_conversations_begin_three_months_in(tmp_path: Path) -> None:
    start = date(validation.today().year - 5, 1, 1)
    with new_file(tmp_path / "leeg.sqlite") as db:
        with db.transaction() as conn:
            seed_reference_in(conn)  # the catalogue, but no intervention history at all
            add_conversations(conn, DemoContext(random.Random(4), start, 5, 6000))
        assert db.scalar("SELECT min(held_on) FROM conversation") >= f"{start.year}-04-01"
        assert db.scalar("SELECT count(*) FROM conversation") >= 120
