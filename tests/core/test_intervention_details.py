"""Per intervention: responsible person, maatwerk, the checklist, and the practice's own ones."""

from datetime import date

import pytest

from plusdesk.core.audit import AuditFilter, query
from plusdesk.core.errors import ValidationError
from plusdesk.core.intervention_details import (
    Details,
    add_local_intervention,
    details,
    save_details,
    set_precondition,
    set_retired,
)
from plusdesk.core.interventions import Status, change_status, history
from plusdesk.core.register import domain_progress, register, timeline


def audit_rows(db) -> int:
    return db.scalar("SELECT count(*) FROM audit_log")


def row_of(db, code: str, **kwargs):
    return next(r for r in register(db, **kwargs) if r.code == code)


def progress(db) -> dict[str, tuple[int, int]]:
    return {p.code: (p.implemented, p.total) for p in domain_progress(register(db))}


# --- responsible, maatwerk, evidence ---------------------------------------------------------


def test_details_of_an_untouched_intervention_are_empty(fresh) -> None:
    found = details(fresh.db, "PE-06")
    assert (found.responsible, found.maatwerk, found.evidence) == ("", "", "")
    assert (found.updated_at, found.updated_by) == (None, None)
    assert [p.code for p in found.preconditions] == ["PE-06-R1", "PE-06-R2", "PE-06-R3"]
    assert found.preconditions_met == 0


def test_save_details_reports_whether_anything_changed(fresh) -> None:
    start = audit_rows(fresh.db)
    assert save_details(fresh, "PE-06", responsible="", maatwerk="  ", evidence="") is False
    assert audit_rows(fresh.db) == start
    assert fresh.db.scalar("SELECT count(*) FROM intervention_practice") == 0

    assert save_details(fresh, "PE-06", responsible=" Anouk ", maatwerk="", evidence="") is True
    event = query(fresh.db, AuditFilter(action="update"))[0]
    assert (event.object_type, event.object_id) == ("intervention", "PE-06")
    assert event.detail == "verantwoordelijke bijgewerkt"
    assert audit_rows(fresh.db) == start + 1

    # The same values again (spaces trimmed) change nothing and log nothing.
    assert save_details(fresh, "PE-06", responsible="Anouk", maatwerk=" ", evidence="") is False
    assert audit_rows(fresh.db) == start + 1

    assert save_details(
        fresh, "PE-06", responsible="Anouk", maatwerk="Panel van 12.", evidence="Notulen."
    )
    assert query(fresh.db, AuditFilter(action="update"))[0].detail == (
        "maatwerk, onderbouwing bijgewerkt"
    )
    found = details(fresh.db, "PE-06")
    assert (found.responsible, found.maatwerk, found.evidence) == (
        "Anouk",
        "Panel van 12.",
        "Notulen.",
    )
    assert found.updated_by == "beheer" and found.updated_at.endswith("+00:00")
    row = row_of(fresh.db, "PE-06")
    assert (row.responsible, row.has_maatwerk) == ("Anouk", True)

    assert save_details(fresh, "PE-06", responsible="", maatwerk="", evidence="Notulen.")
    assert query(fresh.db, AuditFilter(action="update"))[0].detail == (
        "verantwoordelijke, maatwerk bijgewerkt"
    )
    row = row_of(fresh.db, "PE-06")
    assert (row.responsible, row.has_maatwerk) == ("", False)


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        (
            {"responsible": "x" * 121},
            "responsible",
            "De naam van de verantwoordelijke is te lang (max. 120 tekens).",
        ),
        (
            {"maatwerk": "x" * 4001},
            "maatwerk",
            "De beschrijving van het maatwerk is te lang (max. 4000 tekens).",
        ),
        ({"evidence": "x" * 4001}, "evidence", "De onderbouwing is te lang (max. 4000 tekens)."),
    ],
)
def test_too_long_details_are_refused(fresh, kwargs, field, message) -> None:
    values = {"responsible": "", "maatwerk": "", "evidence": "", **kwargs}
    start = audit_rows(fresh.db)
    with pytest.raises(ValidationError) as exc:
        save_details(fresh, "PE-06", **values)
    assert (exc.value.message, exc.value.field) == (message, field)
    assert audit_rows(fresh.db) == start
    assert details(fresh.db, "PE-06") == Details(
        "PE-06", "", "", "", None, None, details(fresh.db, "PE-06").preconditions
    )


def test_details_of_an_unknown_intervention_are_refused(fresh) -> None:
    with pytest.raises(ValidationError, match="De interventie 'XX-01' bestaat niet"):
        save_details(fresh, "XX-01", responsible="Iemand", maatwerk="", evidence="")


# --- preconditions ---------------------------------------------------------------------------


def test_a_precondition_is_met_on_a_date_then_not_met(fresh) -> None:
    set_precondition(fresh, "PE-06-R2", "01-03-2024", note=" Besproken in het MDO. ")
    found = details(fresh.db, "PE-06")
    met = {p.code: p for p in found.preconditions}
    assert met["PE-06-R2"].met_on == date(2024, 3, 1)
    assert met["PE-06-R2"].note == "Besproken in het MDO."
    assert met["PE-06-R2"].updated_by == "beheer"
    assert met["PE-06-R1"].met_on is None and met["PE-06-R3"].met_on is None
    assert found.preconditions_met == 1
    row = row_of(fresh.db, "PE-06")
    assert (row.preconditions_met, row.preconditions_total) == (1, 3)
    event = query(fresh.db, AuditFilter(action="update"))[0]
    assert (event.object_type, event.object_id) == ("intervention", "PE-06")
    assert event.detail == "randvoorwaarde PE-06-R2: voldaan per 01-03-2024"

    set_precondition(fresh, "PE-06-R1", date(2024, 4, 1))
    assert row_of(fresh.db, "PE-06").preconditions_met == 2

    set_precondition(fresh, "PE-06-R2", None)
    assert {p.code: p.met_on for p in details(fresh.db, "PE-06").preconditions} == {
        "PE-06-R1": date(2024, 4, 1),
        "PE-06-R2": None,
        "PE-06-R3": None,
    }
    row = row_of(fresh.db, "PE-06")
    assert (row.preconditions_met, row.preconditions_total) == (1, 3)
    event = query(fresh.db, AuditFilter(action="update"))[0]
    assert event.detail == (
        "randvoorwaarde PE-06-R2: niet (meer) voldaan (was voldaan per 01-03-2024)"
    )
    # Other interventions keep their own count.
    pe01 = row_of(fresh.db, "PE-01")
    assert (pe01.preconditions_met, pe01.preconditions_total) == (0, 4)


def test_setting_a_precondition_to_what_it_already_is_writes_nothing(fresh) -> None:
    start = audit_rows(fresh.db)
    assert set_precondition(fresh, "PE-06-R1", None) is False  # never ticked: stays so
    assert set_precondition(fresh, "PE-06-R1", date(2024, 4, 1)) is True
    assert set_precondition(fresh, "PE-06-R1", "01-04-2024") is False
    assert audit_rows(fresh.db) == start + 1
    assert fresh.db.scalar("SELECT count(*) FROM precondition_check") == 1


@pytest.mark.parametrize(
    ("precondition", "day", "field", "message"),
    [
        ("PE-06-R9", "01-03-2024", None, "De randvoorwaarde 'PE-06-R9' bestaat niet (meer)."),
        (
            "PE-06-R1",
            "16-06-2025",
            "met_on",
            "De datum (16-06-2025) ligt in de toekomst; dat kan hier niet.",
        ),
        ("PE-06-R1", "01-01-2009", "met_on", "De datum (01-01-2009) ligt vóór 01-01-2010."),
        (
            "PE-06-R1",
            "1 maart",
            "met_on",
            "De datum '1 maart' is geen geldige datum; schrijf dd-mm-jjjj.",
        ),
    ],
)
def test_a_wrong_precondition_or_date_is_refused(fresh, precondition, day, field, message) -> None:
    start = audit_rows(fresh.db)
    with pytest.raises(ValidationError) as exc:
        set_precondition(fresh, precondition, day)
    assert (exc.value.message, exc.value.field) == (message, field)
    assert audit_rows(fresh.db) == start
    assert fresh.db.scalar("SELECT count(*) FROM precondition_check") == 0


# --- the practice's own interventions --------------------------------------------------------


def test_own_interventions_are_numbered_per_domain(fresh) -> None:
    first = add_local_intervention(fresh, "WZ", " Wandelgroep ", "Met de buurtsportcoach.")
    second = add_local_intervention(fresh, "WZ", "Valpreventie")
    other = add_local_intervention(fresh, "PE", "Voorlichtingsavond")
    assert (first, second, other) == ("WZ-L01", "WZ-L02", "PE-L01")
    event = query(fresh.db, AuditFilter(action="create"))[0]
    assert (event.object_type, event.object_id) == ("intervention", "PE-L01")
    assert event.detail == "eigen interventie 'Voorlichtingsavond' toegevoegd"
    row = row_of(fresh.db, "WZ-L01")
    assert (row.title, row.description, row.origin, row.retired) == (
        "Wandelgroep",
        "Met de buurtsportcoach.",
        "lokaal",
        False,
    )
    assert row.state.status is Status.NIET_GESTART
    assert (row.preconditions_met, row.preconditions_total) == (0, 0)
    # Listed after the catalogue's interventions of their domain, in the order added.
    wz = [r.code for r in register(fresh.db) if r.domain_code == "WZ"]
    assert wz == ["WZ-01", "WZ-02", "WZ-03", "WZ-04", "WZ-05", "WZ-L01", "WZ-L02"]
    assert progress(fresh.db) == {"PE": (0, 7), "DZ": (0, 6), "WZ": (0, 7)}


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("wandelgroep", "Er is al een interventie met de naam 'wandelgroep' (WZ-L01)."),
        ("  WANDELGROEP ", "Er is al een interventie met de naam 'WANDELGROEP' (WZ-L01)."),
        ("samen beslissen", "Er is al een interventie met de naam 'samen beslissen' (PE-04)."),
        ("ÉÉN LOKET", "Er is al een interventie met de naam 'ÉÉN LOKET' (WZ-L02)."),
        ("", "Vul de naam van de interventie in."),
        ("x" * 201, "De naam van de interventie is te lang (max. 200 tekens)."),
    ],
)
def test_a_duplicate_or_empty_title_is_refused(fresh, title: str, message: str) -> None:
    add_local_intervention(fresh, "WZ", "Wandelgroep")
    add_local_intervention(fresh, "WZ", "Één loket")
    before = fresh.db.scalar("SELECT count(*) FROM intervention"), audit_rows(fresh.db)
    with pytest.raises(ValidationError) as exc:
        add_local_intervention(fresh, "DZ", title)
    assert (exc.value.message, exc.value.field) == (message, "title")
    assert (fresh.db.scalar("SELECT count(*) FROM intervention"), audit_rows(fresh.db)) == before


@pytest.mark.parametrize("domain", ["XX", "wz", ""])
def test_an_unknown_domain_is_refused(fresh, domain: str) -> None:
    with pytest.raises(ValidationError) as exc:
        add_local_intervention(fresh, domain, "Wandelgroep")
    assert (exc.value.message, exc.value.field) == ("Kies het domein van de interventie.", "domain")
    assert fresh.db.scalar("SELECT count(*) FROM intervention WHERE origin = 'lokaal'") == 0


def test_retiring_hides_an_own_intervention_and_restoring_brings_it_back(fresh) -> None:
    code = add_local_intervention(fresh, "WZ", "Wandelgroep")
    change_status(fresh, code, Status.GEIMPLEMENTEERD, "01-02-2025")
    assert progress(fresh.db)["WZ"] == (1, 6)
    start = audit_rows(fresh.db)

    set_retired(fresh, code, True)
    assert code not in [r.code for r in register(fresh.db)]
    assert code not in [r.code for r in timeline(fresh.db)]
    assert progress(fresh.db)["WZ"] == (0, 5)
    kept = row_of(fresh.db, code, include_retired=True)
    assert kept.retired and kept.state.status is Status.GEIMPLEMENTEERD  # history is kept
    assert progress_of_all(fresh.db)["WZ"] == (0, 5)  # retired rows never count
    event = query(fresh.db, AuditFilter(action="update"))[0]
    assert (event.object_id, event.detail) == (
        code,
        "eigen interventie 'Wandelgroep' vervallen verklaard",
    )
    set_retired(fresh, code, True)  # already retired: nothing to do, nothing logged
    assert audit_rows(fresh.db) == start + 1
    # Its code is not handed out again while it is retired.
    assert add_local_intervention(fresh, "WZ", "Valpreventie") == "WZ-L02"

    set_retired(fresh, code, False)
    assert row_of(fresh.db, code).state.status is Status.GEIMPLEMENTEERD
    assert progress(fresh.db)["WZ"] == (1, 7)
    event = query(fresh.db, AuditFilter(action="update"))[0]
    assert event.detail == "eigen interventie 'Wandelgroep' teruggezet"
    assert len(history(fresh.db, code)) == 1


def progress_of_all(db) -> dict[str, tuple[int, int]]:
    return {
        p.code: (p.implemented, p.total)
        for p in domain_progress(register(db, include_retired=True))
    }


@pytest.mark.parametrize("retired", [True, False])
def test_catalogue_interventions_cannot_be_retired(fresh, retired: bool) -> None:
    start = audit_rows(fresh.db)
    with pytest.raises(ValidationError) as exc:
        set_retired(fresh, "PE-04", retired)
    assert exc.value.message.startswith("Alleen eigen interventies kunnen vervallen;")
    assert "krijgt de status 'gestopt'" in exc.value.message
    assert fresh.db.scalar("SELECT retired_at FROM intervention WHERE code = 'PE-04'") is None
    assert audit_rows(fresh.db) == start


def test_retiring_an_unknown_intervention_is_refused(fresh) -> None:
    with pytest.raises(ValidationError, match="De interventie 'WZ-L07' bestaat niet"):
        set_retired(fresh, "WZ-L07", True)
