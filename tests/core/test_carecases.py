"""The case register: what is refused, what is stored, who may change it, what is logged."""

from datetime import date

import pytest

from plusdesk.core import carecases
from plusdesk.core.audit import AuditFilter, query
from plusdesk.core.carecase_figures import figures
from plusdesk.core.carecase_list import CaseFilter, Counts, counts, review_list, rows
from plusdesk.core.carecase_model import (
    Badge,
    CaseDraft,
    CloseDraft,
    ContactDraft,
    MeasureDraft,
    ReviewDraft,
    ReviewReason,
    Route,
)
from plusdesk.core.errors import PermissionDeniedError, PlusDeskError, ValidationError
from plusdesk.core.users import Role, add_user, login

PASSWORD = "een lang genoeg wachtwoord"
BSN = "111222333"
TODAY = date(2025, 6, 15)  # the `fresh` fixture's frozen today


@pytest.fixture
def team(fresh):
    """The manager (fresh), the POH-GGZ, a huisarts and a read-only account."""
    for name, role in (("ggz", Role.POH), ("arts", Role.HUISARTS), ("lezer", Role.ALLEEN_LEZEN)):
        add_user(fresh, name, PASSWORD, None, role, full_name=name.title())
    return {"manager": fresh, **{n: login(fresh.db, n, PASSWORD) for n in ("ggz", "arts", "lezer")}}


def new_case(**changes) -> CaseDraft:
    values = dict(
        patient_ref="20417",
        started_on="03-03-2025",
        case_manager="ggz",
        problem="somberheid",
        phq9="18",
        gad7="",
    )
    values.update(changes)
    return CaseDraft(**values)


def test_a_case_opens_with_its_first_scores_and_is_read_back(team) -> None:
    ggz = team["ggz"]
    items = ["2", "2", "2", "3", "2", "2", "2", "2", "0"]
    case_id = carecases.open_case(ggz, new_case(phq9="", phq9_items=items, gad7="11"))
    case = carecases.get(ggz, case_id)
    assert (case.patient_ref, case.started_on, case.case_manager) == (
        "20417",
        date(2025, 3, 3),
        "ggz",
    )
    assert [(m.instrument.value, m.total, m.items) for m in case.measures] == [
        ("phq9", 17, (2, 2, 2, 3, 2, 2, 2, 2, 0)),
        ("gad7", 11, ()),
    ]
    assert case.measures[0].band == "matig-ernstig"
    assert case.is_open and case.problem_label == "somberheid"


def test_a_bsn_and_bad_scores_are_refused_by_field_and_nothing_is_written(team) -> None:
    problems = carecases.check_case(
        team["ggz"].db,
        new_case(patient_ref=BSN, phq9="28", gad7="", gad7_items=["1", "2"], problem=""),
    )
    assert "BSN" in problems["patient_ref"]
    assert "0 t/m 27" in problems["phq9"]
    assert "alle 7 vragen" in problems["gad7"]
    assert problems["problem"] == "Kies de aanmeldklacht."
    with pytest.raises(ValidationError, match="BSN"):
        carecases.open_case(team["ggz"], new_case(patient_ref=BSN))
    assert team["ggz"].db.scalar("SELECT count(*) FROM carecase") == 0
    assert team["ggz"].db.scalar("SELECT count(*) FROM carecase_measure") == 0


def test_items_and_a_total_that_disagree_are_refused(team) -> None:
    problems = carecases.check_case(team["ggz"].db, new_case(phq9="10", phq9_items=["1"] * 9))
    assert problems["phq9"] == "Het totaal 10 klopt niet met de vragen (samen 9)."


def test_one_open_case_per_patient(team) -> None:
    ggz = team["ggz"]
    first = carecases.open_case(ggz, new_case())
    with pytest.raises(ValidationError, match="al een open casus sinds 03-03-2025"):
        carecases.open_case(ggz, new_case(started_on="01-05-2025"))
    carecases.save_route(
        ggz,
        first,
        CloseDraft(
            "huisartsenpraktijk", None, "01-04-2025", None, "02-04-2025", "klachten_afgenomen"
        ),
        close=True,
    )
    second = carecases.open_case(ggz, new_case(started_on="01-05-2025"))
    with pytest.raises(ValidationError, match="andere open casus"):
        carecases.reopen_case(ggz, first)
    assert second != first


def test_contacts_scores_and_reviews_are_stored_and_checked_against_the_case(team) -> None:
    ggz = team["ggz"]
    case_id = carecases.open_case(ggz, new_case())
    with pytest.raises(ValidationError, match="vóór de start van de casus"):
        carecases.add_contact(ggz, case_id, ContactDraft("01-03-2025", "spreekuur"))
    carecases.add_contact(ggz, case_id, ContactDraft("10-03-2025", "telefonisch", "15", "", True))
    with pytest.raises(ValidationError, match="al een PHQ-9 op 03-03-2025"):
        carecases.add_measure(ggz, case_id, MeasureDraft("03-03-2025", "phq9", "12"))
    carecases.add_measure(ggz, case_id, MeasureDraft("31-03-2025", "phq9", "8"))
    with pytest.raises(ValidationError, match="Kies welke sociale oorzaak"):
        carecases.add_review(ggz, case_id, ReviewDraft("12-03-2025", "M. Vossen", "sociaal"))
    carecases.add_review(
        ggz, case_id, ReviewDraft("12-03-2025", "M. Vossen", "sociaal", "schulden", "Schuldhulp")
    )
    case = carecases.get(ggz, case_id)
    assert [(c.kind.value, c.minutes, c.discuss) for c in case.contacts] == [
        ("telefonisch", 15, True)
    ]
    assert (
        case.reviews[0].decision_label == "geen stoornis — sociale oorzaak: schulden of geldzorgen"
    )
    [row] = rows(ggz.db, CaseFilter(), TODAY)
    assert row.standing.first_score == 18 and row.standing.latest_score == 8
    assert row.standing.has(Badge.RESPONS)


def test_a_closed_case_takes_nothing_new_until_reopened(team) -> None:
    ggz = team["ggz"]
    case_id = carecases.open_case(ggz, new_case())
    with pytest.raises(ValidationError, match=r"reden|waarom"):
        carecases.save_route(ggz, case_id, CloseDraft(closed_on="01-04-2025"), close=True)
    carecases.save_route(
        ggz,
        case_id,
        CloseDraft(
            "sociaal_domein", "werk", "20-03-2025", "25-03-2025", "01-04-2025", "klachten_afgenomen"
        ),
        close=True,
    )
    with pytest.raises(PlusDeskError, match="afgesloten per 01-04-2025"):
        carecases.add_contact(ggz, case_id, ContactDraft("02-04-2025", "spreekuur"))
    carecases.reopen_case(ggz, case_id)
    carecases.add_contact(ggz, case_id, ContactDraft("02-04-2025", "spreekuur"))
    case = carecases.get(ggz, case_id)
    assert case.is_open and case.route is Route.SOCIAAL_DOMEIN
    assert case.route_label == "sociaal domein (werk of dagbesteding)"


def test_closing_before_the_last_entry_or_before_the_plan_is_refused(team) -> None:
    ggz = team["ggz"]
    case_id = carecases.open_case(ggz, new_case())
    carecases.add_measure(ggz, case_id, MeasureDraft("05-05-2025", "phq9", "9"))
    problems = carecases.check_close(
        ggz.db,
        case_id,
        CloseDraft(
            "huisartsenpraktijk",
            None,
            "01-05-2025",
            "10-05-2025",
            "02-05-2025",
            "klachten_afgenomen",
        ),
        closing=True,
    )
    assert problems["closed_on"] == (
        "Er is nog een contact, meting of consult op 05-05-2025, na deze datum."
    )
    assert problems["relapse_plan_on"] == (
        "Het terugvalpreventieplan ligt na het afsluiten van de casus."
    )
    assert carecases.get(ggz, case_id).is_open


def test_roles_the_reader_and_the_huisarts_may_not_change_cases(team) -> None:
    case_id = carecases.open_case(team["ggz"], new_case())
    with pytest.raises(PermissionDeniedError):
        carecases.open_case(team["arts"], new_case(patient_ref="555"))
    with pytest.raises(PermissionDeniedError):
        carecases.add_contact(team["lezer"], case_id, ContactDraft("10-03-2025", "spreekuur"))
    with pytest.raises(PermissionDeniedError):
        carecases.get(team["lezer"], case_id)
    assert carecases.get(team["arts"], case_id).patient_ref == "20417"  # reading is allowed
    denied = [e for e in query(team["manager"].db, AuditFilter()) if e.result == "denied"]
    assert {e.username for e in denied} == {"arts", "lezer"}


def test_only_the_author_or_the_manager_removes_an_entry(team) -> None:
    case_id = carecases.open_case(team["ggz"], new_case())
    add_user(team["manager"], "ggz2", PASSWORD, None, Role.POH)
    other = login(team["manager"].db, "ggz2", PASSWORD)
    contact = carecases.add_contact(team["ggz"], case_id, ContactDraft("10-03-2025", "spreekuur"))
    with pytest.raises(PermissionDeniedError, match="collega"):
        carecases.delete_entry(other, "carecase_contact", contact)
    carecases.delete_entry(team["manager"], "carecase_contact", contact)
    assert carecases.get(team["ggz"], case_id).contacts == ()


def test_every_change_and_every_opened_case_is_logged_with_the_patient(team) -> None:
    ggz = team["ggz"]
    case_id = carecases.open_case(ggz, new_case())
    carecases.add_contact(ggz, case_id, ContactDraft("10-03-2025", "spreekuur", "30"))
    carecases.get(ggz, case_id)
    entries = [e for e in query(ggz.db, AuditFilter()) if e.object_type == "carecase"]
    assert {(e.action, e.patient_ref) for e in entries} >= {
        ("create", "20417"),
        ("update", "20417"),
        ("view", "20417"),
    }
    assert any("PHQ-9 18" in e.detail for e in entries)
    assert any("contact (spreekuur) van 10-03-2025" in e.detail for e in entries)


def test_thresholds_are_stored_in_the_file_checked_and_logged(team) -> None:
    ggz = team["ggz"]
    with pytest.raises(ValidationError, match="4 t/m 52"):
        carecases.save_thresholds(ggz, {"review_weeks": "60"})
    carecases.save_thresholds(ggz, {"review_weeks": "12", "contact_days": "21"})
    t = carecases.thresholds(ggz.db)
    assert (t.review_weeks, t.contact_days, t.response_drop, t.remission_below) == (12, 21, 50, 5)
    assert any(
        "review_weeks 10 → 12" in e.detail
        for e in query(ggz.db, AuditFilter())
        if e.object_type == "carecase_settings"
    )


def test_the_review_list_and_the_overview_counts(team) -> None:
    ggz = team["ggz"]
    stuck = carecases.open_case(ggz, new_case(patient_ref="1", started_on="01-02-2025"))
    carecases.add_review(ggz, stuck, ReviewDraft("10-02-2025", "M. Vossen", "stoornis"))
    carecases.add_measure(ggz, stuck, MeasureDraft("01-05-2025", "phq9", "16"))
    carecases.add_contact(ggz, stuck, ContactDraft("10-06-2025", "spreekuur"))
    worried = carecases.open_case(
        ggz, new_case(patient_ref="2", started_on="01-06-2025", safety_concern=True)
    )
    listed = review_list(ggz.db, TODAY)
    assert [(r.id, r.standing.review_reasons) for r in listed] == [
        (worried, (ReviewReason.VEILIGHEID, ReviewReason.NIEUW)),
        (stuck, (ReviewReason.NIET_VERBETERD,)),
    ]
    assert counts(ggz.db, TODAY) == Counts(open=2, to_review=2, contact_overdue=0)


def test_figures_of_a_small_hand_worked_caseload(team) -> None:
    ggz = team["ggz"]
    # A: responds and remits by week 12; B: responds by week 12, remits by week 24;
    # C: no follow-up (12 weeks passed, 24 not); D: starts below 5 (not eligible);
    # E: too recent for 12 weeks.
    plan = {
        "A": ("02-12-2024", "20", [("17-02-2025", "4")]),
        "B": ("02-12-2024", "16", [("17-02-2025", "8"), ("01-05-2025", "3")]),
        "C": ("13-01-2025", "14", []),
        "D": ("13-01-2025", "4", [("20-02-2025", "2")]),
        "E": ("01-05-2025", "15", [("01-06-2025", "5")]),
    }
    ids = {}
    for ref, (start, first, later) in plan.items():
        ids[ref] = carecases.open_case(ggz, new_case(patient_ref=ref, started_on=start, phq9=first))
        for day, score in later:
            carecases.add_measure(ggz, ids[ref], MeasureDraft(day, "phq9", score))
    carecases.add_contact(ggz, ids["A"], ContactDraft("01-06-2025", "spreekuur"))
    carecases.add_contact(ggz, ids["B"], ContactDraft("10-05-2025", "spreekuur"))
    carecases.add_review(ggz, ids["C"], ReviewDraft("01-04-2025", "M. Vossen", "anders"))
    carecases.save_route(
        ggz,
        ids["D"],
        CloseDraft("basis_ggz", None, "01-03-2025", None, "01-03-2025", "verwezen"),
        close=True,
    )
    f = figures(ggz.db, date(2024, 12, 1), TODAY)
    assert (f.active, f.contacted, f.new_cases, f.closed_cases) == (4, 1, 5, 1)
    twelve, twenty_four = f.outcomes
    assert (twelve.eligible, twelve.response, twelve.remission) == (3, 2, 1)
    assert (twenty_four.eligible, twenty_four.response, twenty_four.remission) == (2, 2, 2)
    assert f.routes == {Route.BASIS_GGZ: 1} and f.outside_specialist_ggz == 1
    assert (f.reviews, f.cases_reviewed) == (1, 1)
    assert f.contacted_pct == 25.0
