"""Logging patient-centred conversations: what is refused, what is stored, who may change it."""

from datetime import date

import pytest
from conversation_files import BSN, draft

from plusdesk.core import conversations as conv
from plusdesk.core.audit import AuditFilter, query
from plusdesk.core.conversation_list import (
    FollowUp,
    ListFilter,
    follow_up_counts,
    follow_up_state,
    rows,
)
from plusdesk.core.errors import PermissionDeniedError, ValidationError
from plusdesk.core.users import Role, add_user, login

PASSWORD = "een lang genoeg wachtwoord"


@pytest.fixture
def colleagues(fresh):
    """Sessions of the manager (fresh), a POH, a huisarts and a read-only account."""
    for name, role in (("poh", Role.POH), ("arts", Role.HUISARTS), ("lezer", Role.ALLEEN_LEZEN)):
        add_user(fresh, name, PASSWORD, None, role)
    return {
        "manager": fresh,
        **{n: login(fresh.db, n, PASSWORD) for n in ("poh", "arts", "lezer")},
    }


def test_a_conversation_is_stored_as_typed_and_read_back(fresh) -> None:
    cid = conv.save(fresh, draft())
    got = conv.get(fresh, cid)
    assert got.patient_ref == "10482"
    assert got.held_on == date(2025, 3, 3)
    assert got.reason_label == "chronische aandoening verbetert niet"
    assert got.score_of("lichaamsfuncties") == 4
    assert got.score_of("meedoen") is None  # not scored
    assert [s.dimension for s in got.scores if s.wants_to_talk] == ["mentaal_welbevinden"]
    assert got.goals == (conv.Goal("Twee keer per week wandelen", "Patiënt", date(2025, 3, 31)),)
    assert got.actions == ("action_care", "action_welfare")
    assert got.next_contact == date(2025, 4, 14)
    assert got.created_by == fresh.user.username


def test_a_bsn_is_refused_with_a_reason_and_nothing_is_written(fresh) -> None:
    with pytest.raises(ValidationError, match="lijkt een BSN") as caught:
        conv.save(fresh, draft(patient_ref=BSN))
    assert caught.value.field == "patient_ref"
    assert fresh.db.scalar("SELECT count(*) FROM conversation") == 0


def test_problems_lists_every_field_at_once_in_dutch(fresh) -> None:
    found = conv.problems(
        fresh.db,
        draft(
            patient_ref=BSN,
            held_on="31-02-2025",
            reason="anders",
            scores={"zingeving": "11", "meedoen": "7,5"},
            goals=[("", "Patiënt", "01-04-2025")],
            actions=(),
            referral_avoided=True,
        ),
    )
    assert set(found) == {
        "patient_ref",
        "held_on",
        "reason_other",
        "score_zingeving",
        "score_meedoen",
        "goal_1",
        "actions",
        "avoided_specialism",
    }
    assert (
        found["score_zingeving"]
        == "De score voor zingeving moet een geheel getal van 0 t/m 10 zijn."
    )
    assert (
        found["held_on"]
        == "De gespreksdatum '31-02-2025' is geen geldige datum; schrijf dd-mm-jjjj."
    )


def test_dates_must_make_sense(fresh) -> None:
    assert "toekomst" in conv.problems(fresh.db, draft(held_on="16-06-2025"))["held_on"]
    assert conv.problems(fresh.db, draft(next_contact="01-03-2025")) == {
        "next_contact": "Het volgende contact ligt vóór dit gesprek."
    }
    assert conv.problems(fresh.db, draft(next_contact="01-09-2025")) == {}  # planned ahead


def test_actions_are_some_or_explicitly_none(fresh) -> None:
    assert "allebei" in conv.problems(fresh.db, draft(no_action=True))["actions"]
    assert conv.problems(fresh.db, draft(actions=(), no_action=True)) == {}


def test_an_avoided_referral_names_a_known_specialism(fresh) -> None:
    assert conv.problems(fresh.db, draft(referral_avoided=True, avoided_specialism="9999")) == {
        "avoided_specialism": "Onbekend specialisme: 9999."
    }
    cid = conv.save(fresh, draft(referral_avoided=True, avoided_specialism="0322"))
    assert conv.get(fresh, cid).avoided_specialism == "0322"
    # unticking "verwijzing voorkomen" drops the specialism too
    conv.save(fresh, draft(referral_avoided=False, avoided_specialism="0322"), cid)
    assert conv.get(fresh, cid).avoided_specialism is None


def test_more_than_three_goals_are_refused(fresh) -> None:
    goals = [(f"doel {i}", "", "") for i in range(4)]
    assert conv.problems(fresh.db, draft(goals=goals)) == {"goals": "Leg hoogstens 3 doelen vast."}


def test_editing_replaces_scores_and_goals_and_is_logged_with_the_patient(fresh) -> None:
    cid = conv.save(fresh, draft())
    conv.save(fresh, draft(scores={"meedoen": "8"}, goals=[], patient_ref="10483"), cid)
    got = conv.get(fresh, cid)
    assert [(s.dimension, s.score) for s in got.scores] == [
        ("mentaal_welbevinden", None),  # still flagged "wil ik over praten", not scored
        ("meedoen", 8),
    ]
    assert got.goals == ()
    events = query(fresh.db, AuditFilter(action="update"))
    assert events[0].object_type == "conversation" and events[0].patient_ref == "10483"
    assert "patiëntnummer was 10482" in events[0].detail


def test_reading_a_conversation_or_a_patient_is_logged_as_a_view(fresh) -> None:
    cid = conv.save(fresh, draft())
    conv.get(fresh, cid)
    conv.of_patient(fresh, "10482")
    views = query(fresh.db, AuditFilter(action="view", patient_ref="10482"))
    assert [e.object_type for e in views] == ["patient", "conversation"]


def test_roles_poh_and_huisarts_log_lezer_cannot(colleagues) -> None:
    assert conv.save(colleagues["poh"], draft()) > 0
    assert conv.save(colleagues["arts"], draft(professional_role="huisarts")) > 0
    with pytest.raises(PermissionDeniedError):
        conv.save(colleagues["lezer"], draft())
    with pytest.raises(PermissionDeniedError):
        conv.of_patient(colleagues["lezer"], "10482")  # no patient data for read-only accounts
    denied = [e for e in query(colleagues["manager"].db, AuditFilter()) if e.result == "denied"]
    assert len(denied) == 2


def test_only_the_author_or_the_manager_changes_or_deletes(colleagues) -> None:
    cid = conv.save(colleagues["poh"], draft())
    with pytest.raises(PermissionDeniedError, match="vastgelegd door een collega"):
        conv.save(colleagues["arts"], draft(question="anders"), cid)
    with pytest.raises(PermissionDeniedError):
        conv.delete(colleagues["arts"], cid)
    conv.save(colleagues["poh"], draft(question="Eigen correctie."), cid)
    conv.delete(colleagues["manager"], cid)
    db = colleagues["manager"].db
    assert db.scalar("SELECT count(*) FROM conversation") == 0
    assert db.scalar("SELECT count(*) FROM conversation_score") == 0  # nothing left behind
    deleted = query(db, AuditFilter(action="delete"))
    assert deleted[0].patient_ref == "10482" and "03-03-2025" in deleted[0].detail


def test_a_follow_up_links_to_the_patients_previous_conversation(fresh) -> None:
    first = conv.save(fresh, draft(held_on="06-01-2025"))
    second = conv.save(fresh, draft(held_on="03-03-2025"))
    assert conv.previous_of(fresh.db, "10482").id == second
    assert conv.previous_of(fresh.db, "10482", before=date(2025, 2, 1)).id == first
    assert conv.previous_of(fresh.db, "10482", exclude=second).id == first
    assert conv.previous_of(fresh.db, "99999") is None
    listed = rows(fresh.db, today=date(2025, 6, 11))
    assert [(r.id, r.number, r.follow_up) for r in listed] == [
        (second, 2, FollowUp.OVERDUE),  # next contact 14-04-2025 passed
        (first, 1, FollowUp.DONE),
    ]


@pytest.mark.parametrize(
    ("next_contact", "state"),
    [
        (None, FollowUp.NONE),
        (date(2025, 6, 10), FollowUp.OVERDUE),  # yesterday
        (date(2025, 6, 11), FollowUp.THIS_WEEK),  # today, a Wednesday
        (date(2025, 6, 15), FollowUp.THIS_WEEK),  # Sunday ends the week
        (date(2025, 6, 16), FollowUp.PLANNED),  # next Monday
    ],
)
def test_follow_up_state_at_its_boundaries(next_contact, state) -> None:
    assert follow_up_state(next_contact, False, date(2025, 6, 11)) is state
    assert follow_up_state(next_contact, True, date(2025, 6, 11)) is FollowUp.DONE


def test_overzicht_counts_only_each_patients_latest_conversation(fresh) -> None:
    conv.save(fresh, draft(patient_ref="1", held_on="06-01-2025", next_contact="01-02-2025"))
    conv.save(fresh, draft(patient_ref="1", held_on="03-02-2025", next_contact="12-06-2025"))
    conv.save(fresh, draft(patient_ref="2", held_on="03-02-2025", next_contact="02-06-2025"))
    conv.save(fresh, draft(patient_ref="3", held_on="03-02-2025", next_contact=None))
    conv.save(fresh, draft(patient_ref="4", held_on="03-02-2025", next_contact="20-06-2025"))
    assert follow_up_counts(fresh.db, date(2025, 6, 11)) == (1, 1)
    due = rows(fresh.db, ListFilter(follow_up="open"), today=date(2025, 6, 11))
    assert sorted(r.patient_ref for r in due) == ["1", "2"]


def test_the_list_filters_by_text_period_professional_and_reason(fresh) -> None:
    conv.save(fresh, draft(patient_ref="H-100", held_on="06-01-2025"))
    conv.save(fresh, draft(patient_ref="H-200", held_on="03-03-2025", reason="kwetsbaar"))
    conv.save(
        fresh,
        draft(
            patient_ref="300",
            professional="Peter Hermans",
            held_on="05-05-2025",
            goals=[],
            next_contact=None,
        ),
    )

    def refs(**f) -> list[str]:
        return [r.patient_ref for r in rows(fresh.db, ListFilter(**f), today=date(2025, 6, 11))]

    assert refs() == ["300", "H-200", "H-100"]  # newest first
    assert refs(text="h-") == ["H-200", "H-100"]
    assert refs(text="hermans") == ["300"]
    assert refs(date_from=date(2025, 2, 1), date_to=date(2025, 3, 31)) == ["H-200"]
    assert refs(professional="Anouk Janssen") == ["H-200", "H-100"]
    assert refs(reason="kwetsbaar") == ["H-200"]
