"""Status workflow: effective dates, refusals, corrections, undo and who may change what."""

import sqlite3
from datetime import date

import pytest
from intervention_files import IM, TODAY, B, G, N, S, V, insert_raw

from plusdesk.core import validation
from plusdesk.core.audit import AuditFilter, query
from plusdesk.core.errors import PermissionDeniedError, ValidationError
from plusdesk.core.intervention_details import (
    add_local_intervention,
    save_details,
    set_precondition,
    set_retired,
)
from plusdesk.core.interventions import (
    State,
    Status,
    StatusEntry,
    change_status,
    effective,
    history,
    load_entries,
    state_of,
    status_on,
    undo_entry,
)
from plusdesk.core.users import login

DEMO_PASSWORD = "plusdesk-demo"


def counts(db) -> tuple[int, int]:
    return (
        db.scalar("SELECT count(*) FROM intervention_status"),
        db.scalar("SELECT count(*) FROM audit_log"),
    )


def entry(
    id: int, status: Status, day: date, *, kind: str = "status", voids: int | None = None
) -> StatusEntry:
    return StatusEntry(id, "PE-01", kind, status, day, "", "", voids, "", "test")


def pairs(entries: list[StatusEntry]) -> list[tuple[Status, date]]:
    return [(e.status, e.effective_date) for e in entries]


# --- ordering by effective date --------------------------------------------------------------


def test_a_late_recording_with_an_earlier_date_sorts_by_effective_date(fresh) -> None:
    first = change_status(fresh, "PE-01", V, "10-01-2024")
    impl = change_status(fresh, "PE-01", IM, "01-09-2024")
    late = change_status(fresh, "PE-01", G, "01-03-2024")  # recorded last, took effect between
    assert first < impl < late
    assert [e.id for e in load_entries(fresh.db, "PE-01")] == [first, impl, late]
    assert [e.id for e in effective(load_entries(fresh.db, "PE-01"))] == [first, late, impl]
    assert pairs(history(fresh.db, "PE-01")) == [
        (IM, date(2024, 9, 1)),
        (G, date(2024, 3, 1)),
        (V, date(2024, 1, 10)),
    ]
    assert state_of(load_entries(fresh.db, "PE-01")) == State(
        IM, date(2024, 9, 1), date(2024, 3, 1), date(2024, 9, 1), ""
    )


def test_on_the_same_effective_date_the_later_recorded_entry_wins(fresh) -> None:
    change_status(fresh, "PE-01", V, "10-01-2024")
    pilot = change_status(fresh, "PE-01", G, "01-03-2024")
    back = insert_raw(fresh.db, "PE-01", V, "2024-03-01", note="Pilot toch niet doorgegaan.")
    entries = load_entries(fresh.db, "PE-01")
    assert [e.id for e in effective(entries)][-2:] == [pilot, back]
    assert status_on(entries, date(2024, 3, 1)).id == back
    assert [e.id for e in history(fresh.db, "PE-01")][:2] == [back, pilot]
    state = state_of(entries)
    assert (state.status, state.since) == (V, date(2024, 1, 10))
    # The pilot was overruled the same day: on no day was it in force, so it never started.
    assert state.started_on is None


def test_a_second_entry_on_the_same_day_is_refused_in_favour_of_a_correction(fresh) -> None:
    pilot = change_status(fresh, "PE-01", G, "01-03-2024")
    before = counts(fresh.db)
    with pytest.raises(ValidationError) as exc:
        change_status(fresh, "PE-01", IM, "01-03-2024")
    assert exc.value.field == "effective_date"
    assert exc.value.message == (
        "Op 01-03-2024 is al 'gestart (pilot)' vastgelegd. Was de status die dag anders, "
        "corrigeer dan die regel."
    )
    assert counts(fresh.db) == before
    change_status(fresh, "PE-01", IM, "01-03-2024", corrects=pilot)  # the way to do it
    assert state_of(load_entries(fresh.db, "PE-01")).status is IM


def test_status_on_a_day_is_the_last_entry_that_took_effect_by_then() -> None:
    entries = [
        entry(1, V, date(2024, 1, 10)),
        entry(2, IM, date(2024, 9, 1)),
        entry(3, G, date(2024, 3, 1)),
        entry(4, B, date(2024, 12, 1)),
        entry(5, B, date(2024, 11, 1), voids=4),  # correction of 4: 4 no longer counts
    ]
    entries[3] = StatusEntry(**{**entries[3].__dict__, "voided_by": entries[4]})
    assert status_on(entries, date(2024, 1, 9)) is None  # the day before: nothing yet
    assert status_on(entries, date(2024, 1, 10)).id == 1  # the day itself counts
    assert status_on(entries, date(2024, 2, 29)).id == 1
    assert status_on(entries, date(2024, 3, 1)).id == 3
    assert status_on(entries, date(2024, 8, 31)).id == 3
    assert status_on(entries, date(2024, 9, 1)).id == 2
    assert status_on(entries, date(2024, 11, 1)).id == 5
    assert status_on(entries, date(2024, 12, 1)).id == 5  # the voided entry never counts
    assert status_on([], date(2024, 12, 1)) is None


def test_state_without_history_is_niet_gestart() -> None:
    assert state_of([]) == State(Status.NIET_GESTART, None, None, None, "")
    assert Status.NIET_GESTART.label == "niet gestart"


def test_geborgd_counts_as_implemented() -> None:
    state = state_of([entry(1, V, date(2021, 1, 1)), entry(2, B, date(2022, 5, 1))])
    assert state == State(B, date(2022, 5, 1), date(2022, 5, 1), date(2022, 5, 1), "")


def test_started_on_is_the_first_start_even_after_a_stop_and_restart(fresh) -> None:
    change_status(fresh, "PE-05", G, "01-02-2021")
    change_status(fresh, "PE-05", S, "01-10-2021", reason="Geen leefstijlcoach meer.")
    stopped = state_of(load_entries(fresh.db, "PE-05"))
    assert stopped == State(
        S, date(2021, 10, 1), date(2021, 2, 1), None, "Geen leefstijlcoach meer."
    )
    change_status(fresh, "PE-05", V, "01-03-2023")  # a restart after gestopt needs no note
    change_status(fresh, "PE-05", G, "01-06-2023")
    change_status(fresh, "PE-05", IM, "01-01-2024")
    assert state_of(load_entries(fresh.db, "PE-05")) == State(
        IM, date(2024, 1, 1), date(2021, 2, 1), date(2024, 1, 1), ""
    )


def test_since_is_the_start_of_the_current_stretch_in_one_status(fresh) -> None:
    """After an undo two entries with the same status follow each other: since = the first."""
    change_status(fresh, "PE-02", G, "01-02-2023")
    back = change_status(fresh, "PE-02", V, "01-05-2023", note="Eerst het protocol afmaken.")
    change_status(fresh, "PE-02", G, "01-09-2023")
    undo_entry(fresh, back)
    state = state_of(load_entries(fresh.db, "PE-02"))
    assert (state.status, state.since, state.started_on) == (G, date(2023, 2, 1), date(2023, 2, 1))


# --- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "day", "extra", "field", "message"),
    [
        (
            V,
            "16-06-2025",
            {},
            "effective_date",
            "De ingangsdatum (16-06-2025) ligt in de toekomst; dat kan hier niet.",
        ),
        (
            V,
            date(2026, 1, 1),
            {},
            "effective_date",
            "De ingangsdatum (01-01-2026) ligt in de toekomst; dat kan hier niet.",
        ),
        (
            V,
            "31-12-2009",
            {},
            "effective_date",
            "De ingangsdatum (31-12-2009) ligt vóór 01-01-2010.",
        ),
        (
            V,
            "31-02-2024",
            {},
            "effective_date",
            "De ingangsdatum '31-02-2024' is geen geldige datum; schrijf dd-mm-jjjj.",
        ),
        (
            V,
            "gisteren",
            {},
            "effective_date",
            "De ingangsdatum 'gisteren' is geen geldige datum; schrijf dd-mm-jjjj.",
        ),
        (V, "  ", {}, "effective_date", "Vul de ingangsdatum in."),
        (V, None, {}, "effective_date", "Vul de ingangsdatum in."),
        (
            N,
            "01-03-2024",
            {},
            "status",
            "Op 01-03-2024 staat de interventie al op 'niet gestart'.",
        ),
        (S, "01-03-2024", {}, "reason", "Vul de reden van stoppen in."),
        (S, "01-03-2024", {"reason": "   "}, "reason", "Vul de reden van stoppen in."),
        ("bezig", "01-03-2024", {}, "status", "Kies een geldige status."),
        ("", "01-03-2024", {}, "status", "Kies een geldige status."),
        (
            V,
            "01-03-2024",
            {"note": "x" * 1001},
            "note",
            "De toelichting is te lang (max. 1000 tekens).",
        ),
    ],
)
def test_refused_input_names_the_field_and_writes_nothing(
    fresh, status, day, extra, field, message
) -> None:
    before = counts(fresh.db)
    with pytest.raises(ValidationError) as exc:
        change_status(fresh, "PE-06", status, day, **extra)
    assert (exc.value.message, exc.value.field) == (message, field)
    assert counts(fresh.db) == before


def test_today_and_1_january_2010_are_accepted(fresh) -> None:
    change_status(fresh, "PE-06", V, "01-01-2010")
    change_status(fresh, "PE-06", G, "15-06-2025")
    assert pairs(history(fresh.db, "PE-06")) == [(G, TODAY), (V, date(2010, 1, 1))]


def test_the_status_already_in_force_on_that_date_is_refused(fresh) -> None:
    change_status(fresh, "PE-01", V, "01-01-2024")
    change_status(fresh, "PE-01", G, "01-06-2024")
    before = counts(fresh.db)
    for day, label in (("01-01-2024", "in voorbereiding"), ("31-05-2024", "in voorbereiding")):
        with pytest.raises(ValidationError) as exc:
            change_status(fresh, "PE-01", V, day)
        assert exc.value.message == f"Op {day} staat de interventie al op '{label}'."
        assert exc.value.field == "status"
    with pytest.raises(ValidationError, match=r"Op 01-06-2024 staat .* al op 'gestart \(pilot\)'"):
        change_status(fresh, "PE-01", G, "01-06-2024")
    assert counts(fresh.db) == before
    change_status(fresh, "PE-01", G, "01-05-2024")  # earlier than the recorded start: allowed


def test_a_step_back_needs_a_note(fresh) -> None:
    change_status(fresh, "PE-01", V, "01-01-2024")
    change_status(fresh, "PE-01", IM, "01-06-2024")
    before = counts(fresh.db)
    with pytest.raises(ValidationError) as exc:
        change_status(fresh, "PE-01", G, "01-07-2024", note="   ")
    assert exc.value.field == "note"
    assert exc.value.message == (
        "Van 'geïmplementeerd' terug naar 'gestart (pilot)' is een stap terug; "
        "schrijf in de toelichting waarom."
    )
    with pytest.raises(ValidationError, match="'in voorbereiding' terug naar 'niet gestart'"):
        change_status(fresh, "PE-01", N, "01-03-2024")
    assert counts(fresh.db) == before
    back = change_status(fresh, "PE-01", G, "01-07-2024", note="  POH vertrokken.  ")
    assert history(fresh.db, "PE-01")[0].id == back
    assert history(fresh.db, "PE-01")[0].note == "POH vertrokken."
    # Forward steps, skipping steps, and gestopt from any step need no note.
    change_status(fresh, "PE-01", B, "01-08-2024")
    change_status(fresh, "PE-01", S, "01-09-2024", reason="Budget op.")
    assert state_of(load_entries(fresh.db, "PE-01")).stop_reason == "Budget op."


def test_a_late_recording_that_turns_the_next_entry_into_a_step_back_needs_a_note(
    fresh,
) -> None:
    change_status(fresh, "PE-01", G, "01-01-2024")
    change_status(fresh, "PE-01", IM, "01-06-2024")
    before = counts(fresh.db)
    with pytest.raises(ValidationError) as exc:
        change_status(fresh, "PE-01", B, "01-03-2024")  # geborgd before geïmplementeerd
    assert exc.value.field == "note"
    assert exc.value.message == (
        "Op 01-06-2024 is al 'geïmplementeerd' vastgelegd; met 'geborgd' op 01-03-2024 wordt "
        "dat een stap terug. Schrijf in de toelichting waarom, of corrigeer die latere regel."
    )
    assert counts(fresh.db) == before
    # Filling in a step in between is no step back for what follows.
    change_status(fresh, "PE-01", V, "01-12-2023")
    change_status(fresh, "PE-01", B, "01-03-2024", note="Al geborgd; juni was een vergissing.")
    assert [e.status for e in effective(load_entries(fresh.db, "PE-01"))] == [V, G, B, IM]


def test_unknown_intervention_is_refused(fresh) -> None:
    before = counts(fresh.db)
    with pytest.raises(ValidationError) as exc:
        change_status(fresh, "XX-99", V, "01-01-2024")
    assert exc.value.message == "De interventie 'XX-99' bestaat niet in dit bestand."
    assert counts(fresh.db) == before


def test_a_retired_local_intervention_takes_no_status(fresh) -> None:
    code = add_local_intervention(fresh, "WZ", "Wandelgroep")
    set_retired(fresh, code, True)
    before = counts(fresh.db)
    with pytest.raises(ValidationError) as exc:
        change_status(fresh, code, V, "01-01-2024")
    assert exc.value.message == (
        "'Wandelgroep' is vervallen; zet de interventie eerst terug (Vervallen interventies "
        "tonen) om haar bij te werken."
    )
    assert counts(fresh.db) == before
    set_retired(fresh, code, False)
    change_status(fresh, code, V, "01-01-2024")
    assert state_of(load_entries(fresh.db, code)).status is V


# --- corrections -----------------------------------------------------------------------------


def test_a_correction_voids_the_old_entry_and_both_stay_in_the_history(fresh) -> None:
    prep = change_status(fresh, "PE-01", V, "10-01-2024")
    wrong = change_status(fresh, "PE-01", G, "01-05-2025")
    fixed = change_status(fresh, "PE-01", G, "01-05-2024", note="Jaartal verkeerd.", corrects=wrong)
    by_id = {e.id: e for e in history(fresh.db, "PE-01")}
    assert set(by_id) == {prep, wrong, fixed}
    assert not by_id[wrong].valid and by_id[wrong].voided_by.id == fixed
    assert by_id[fixed].valid and by_id[fixed].is_correction and by_id[fixed].voids == wrong
    assert by_id[prep].valid and not by_id[prep].is_correction
    assert [e.id for e in history(fresh.db, "PE-01")] == [wrong, fixed, prep]
    assert state_of(load_entries(fresh.db, "PE-01")).since == date(2024, 5, 1)
    event = query(fresh.db, AuditFilter(action="update"))[0]
    assert (
        event.detail
        == f"status 'gestart (pilot)' per 01-05-2024 (correctie van statusregel {wrong})"
    )


def test_a_correction_may_change_the_status_itself(fresh) -> None:
    change_status(fresh, "PE-01", V, "10-01-2024")
    wrong = change_status(fresh, "PE-01", B, "01-05-2024")
    change_status(fresh, "PE-01", G, "01-05-2024", corrects=wrong)  # no step back: B is void
    assert state_of(load_entries(fresh.db, "PE-01")).implemented_on is None


def test_the_same_entry_cannot_be_corrected_twice(fresh) -> None:
    wrong = change_status(fresh, "PE-01", V, "10-01-2024")
    change_status(fresh, "PE-01", V, "10-02-2024", corrects=wrong)
    before = counts(fresh.db)
    with pytest.raises(ValidationError) as exc:
        change_status(fresh, "PE-01", V, "10-03-2024", corrects=wrong)
    assert exc.value.message == (
        "Deze statusregel kan niet meer worden gecorrigeerd: hij is al gecorrigeerd of ongedaan "
        "gemaakt."
    )
    assert counts(fresh.db) == before


def test_an_undone_entry_cannot_be_corrected(fresh) -> None:
    wrong = change_status(fresh, "PE-01", V, "10-01-2024")
    undo_entry(fresh, wrong)
    before = counts(fresh.db)
    with pytest.raises(ValidationError, match="kan niet meer worden gecorrigeerd"):
        change_status(fresh, "PE-01", V, "10-02-2024", corrects=wrong)
    assert counts(fresh.db) == before


def test_a_correction_must_target_an_entry_of_the_same_intervention(fresh) -> None:
    other = change_status(fresh, "PE-02", V, "10-01-2024")
    before = counts(fresh.db)
    for target in (other, 9999):
        with pytest.raises(ValidationError, match="kan niet meer worden gecorrigeerd"):
            change_status(fresh, "PE-01", V, "10-02-2024", corrects=target)
    assert counts(fresh.db) == before
    assert load_entries(fresh.db, "PE-01") == []


# --- undo ------------------------------------------------------------------------------------


def test_undo_voids_the_entry_and_the_state_falls_back(fresh) -> None:
    prep = change_status(fresh, "PE-01", V, "10-01-2024")
    pilot = change_status(fresh, "PE-01", G, "01-05-2024")
    undo = undo_entry(fresh, pilot, note="  Verkeerde interventie aangeklikt. ")
    state = state_of(load_entries(fresh.db, "PE-01"))
    assert (state.status, state.since, state.started_on) == (V, date(2024, 1, 10), None)
    shown = history(fresh.db, "PE-01")
    assert [e.id for e in shown] == [pilot, prep]  # the undo row itself is not listed
    assert not shown[0].valid
    assert (shown[0].voided_by.id, shown[0].voided_by.kind) == (undo, "undo")
    assert shown[0].voided_by.note == "Verkeerde interventie aangeklikt."
    event = query(fresh.db, AuditFilter(action="update"))[0]
    assert (event.object_type, event.object_id, event.result) == ("intervention", "PE-01", "ok")
    assert (
        event.detail == f"statusregel {pilot} ('gestart (pilot)' per 01-05-2024) ongedaan gemaakt"
    )


def test_undoing_the_only_entry_leaves_niet_gestart(fresh) -> None:
    only = change_status(fresh, "PE-01", V, "10-01-2024")
    undo_entry(fresh, only)
    assert state_of(load_entries(fresh.db, "PE-01")) == State(N, None, None, None, "")
    change_status(fresh, "PE-01", V, "10-01-2024")  # and the same status can be recorded again


def test_undoing_twice_or_an_unknown_entry_is_refused(fresh) -> None:
    pilot = change_status(fresh, "PE-01", G, "01-05-2024")
    undo = undo_entry(fresh, pilot)
    before = counts(fresh.db)
    for target in (pilot, undo, 9999):
        with pytest.raises(ValidationError) as exc:
            undo_entry(fresh, target)
        assert exc.value.message == (
            "Deze statusregel kan niet ongedaan worden gemaakt: hij is al gecorrigeerd of "
            "ongedaan gemaakt."
        )
    assert counts(fresh.db) == before


def test_a_corrected_entry_cannot_be_undone_but_the_correction_can(fresh) -> None:
    wrong = change_status(fresh, "PE-01", G, "01-05-2024")
    fixed = change_status(fresh, "PE-01", G, "01-04-2024", corrects=wrong)
    with pytest.raises(ValidationError, match="kan niet ongedaan worden gemaakt"):
        undo_entry(fresh, wrong)
    undo_entry(fresh, fixed)
    assert state_of(load_entries(fresh.db, "PE-01")).status is N


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE intervention_status SET effective_date = '2020-01-01'",
        "UPDATE intervention_status SET status = 'geborgd' WHERE kind = 'status'",
        "DELETE FROM intervention_status",
        "DELETE FROM intervention_status WHERE kind = 'undo'",
    ],
)
def test_the_database_refuses_to_rewrite_the_history(fresh, sql: str) -> None:
    pilot = change_status(fresh, "PE-01", G, "01-05-2024")
    undo_entry(fresh, pilot)
    rows = fresh.db.query("SELECT * FROM intervention_status ORDER BY id")
    with pytest.raises(
        sqlite3.IntegrityError, match="statusgeschiedenis kan niet worden gewijzigd"
    ):
        fresh.db.conn.execute(sql)
    assert fresh.db.query("SELECT * FROM intervention_status ORDER BY id") == rows


def test_the_database_refuses_a_second_void_of_the_same_entry(fresh) -> None:
    pilot = change_status(fresh, "PE-01", G, "01-05-2024")
    undo_entry(fresh, pilot)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        fresh.db.conn.execute(
            "INSERT INTO intervention_status (intervention_code, kind, voids, recorded_at,"
            " recorded_by) VALUES ('PE-01', 'undo', ?, '2025-01-01T00:00:00+00:00', 'x')",
            (pilot,),
        )


# --- roles -----------------------------------------------------------------------------------

ACTIONS = {
    "change_status": lambda s, e: change_status(s, "PE-06", "voorbereiding", "01-01-2024"),
    "undo_entry": lambda s, e: undo_entry(s, e),
    "save_details": lambda s, e: save_details(
        s, "PE-06", responsible="Iemand", maatwerk="Anders", evidence=""
    ),
    "set_precondition": lambda s, e: set_precondition(s, "PE-06-R1", "01-01-2024"),
    "add_local_intervention": lambda s, e: add_local_intervention(s, "PE", "Eigen ding"),
    "set_retired": lambda s, e: set_retired(s, "WZ-L01", True),
}
TABLES = (
    "intervention",
    "intervention_status",
    "intervention_practice",
    "precondition_check",
)


def denied(db) -> list[sqlite3.Row]:
    return db.query("SELECT * FROM audit_log WHERE result = 'denied' ORDER BY id DESC")


def snapshot(db) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in db.query(f"SELECT * FROM {t}")] for t in TABLES}


@pytest.mark.parametrize("action", sorted(ACTIONS))
@pytest.mark.parametrize(
    ("username", "label"), [("poh", "POH"), ("huisarts", "huisarts"), ("lezer", "alleen lezen")]
)
def test_only_the_praktijkmanager_may_change_interventions(
    demo_db, username: str, label: str, action: str
) -> None:
    session = login(demo_db, username, DEMO_PASSWORD)
    last = max(e.id for e in load_entries(demo_db, "DZ-01"))
    before = snapshot(demo_db)
    audit_rows = demo_db.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(PermissionDeniedError) as exc:
        ACTIONS[action](session, last)
    assert exc.value.message == (
        f"U bent ingelogd als {label}; met die rol mag u niet interventies bijwerken. "
        "Vraag de praktijkmanager als u dit nodig heeft."
    )
    assert snapshot(demo_db) == before
    assert demo_db.scalar("SELECT count(*) FROM audit_log") == audit_rows + 1
    event = denied(demo_db)[0]
    assert (event["username"], event["action"], event["object_type"]) == (
        username,
        "update",
        "intervention",
    )
    assert event["detail"] == "niet toegestaan: interventies bijwerken"


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_the_praktijkmanager_may_do_all_of_it(manager, action: str) -> None:
    last = max(e.id for e in load_entries(manager.db, "DZ-01"))
    ACTIONS[action](manager, last)
    assert denied(manager.db) == []


def test_a_status_change_writes_exactly_one_audit_row(manager) -> None:
    before = manager.db.scalar("SELECT max(id) FROM audit_log")
    change_status(manager, "PE-06", V, date(2024, 2, 1), note="Eerste overleg gepland.")
    rows = manager.db.query("SELECT * FROM audit_log WHERE id > ?", (before,))
    assert len(rows) == 1
    row = rows[0]
    assert (row["username"], row["role"], row["action"], row["result"]) == (
        "demo",
        "praktijkmanager",
        "update",
        "ok",
    )
    assert (row["object_type"], row["object_id"]) == ("intervention", "PE-06")
    assert row["detail"] == "status 'in voorbereiding' per 01-02-2024"


def test_a_stop_is_logged_with_its_reason_and_recorded_by_the_user(manager) -> None:
    today = validation.today()
    stop = change_status(manager, "PE-04", S, today, reason=" Geen tijd. ")
    event = query(manager.db, AuditFilter(action="update"))[0]
    assert event.detail == f"status 'gestopt' per {today:%d-%m-%Y}; reden: Geen tijd."
    recorded = history(manager.db, "PE-04")[0]
    assert (recorded.id, recorded.reason, recorded.recorded_by) == (stop, "Geen tijd.", "demo")
    assert recorded.recorded_at.endswith("+00:00")


# --- changes that would leave an unexplained step back ---------------------------------------


def test_undoing_a_stop_that_hides_a_step_back_needs_a_note(fresh) -> None:
    change_status(fresh, "PE-01", V, "01-01-2024")
    change_status(fresh, "PE-01", G, "01-03-2024")
    stop = change_status(fresh, "PE-01", S, "01-05-2024", reason="Geen POH.")
    change_status(fresh, "PE-01", V, "01-09-2024")  # a restart after a stop: no step back
    before = counts(fresh.db)
    with pytest.raises(ValidationError) as exc:
        undo_entry(fresh, stop)
    assert exc.value.field == "note"
    assert exc.value.message == (
        "Daarna gaat de interventie op 01-09-2024 van 'gestart (pilot)' terug naar "
        "'in voorbereiding'; schrijf in de toelichting waarom."
    )
    assert counts(fresh.db) == before
    undo_entry(fresh, stop, note="Stop was een vergissing; pilot opnieuw voorbereid.")
    assert [e.status for e in effective(load_entries(fresh.db, "PE-01"))] == [V, G, V]


def test_moving_an_entry_by_correction_may_not_leave_an_unexplained_step_back(fresh) -> None:
    change_status(fresh, "PE-01", V, "01-01-2024")
    change_status(fresh, "PE-01", G, "01-03-2024")
    stop = change_status(fresh, "PE-01", S, "01-05-2024", reason="Geen POH.")
    change_status(fresh, "PE-01", V, "01-09-2024")
    with pytest.raises(ValidationError, match="van 'gestart \\(pilot\\)' terug naar"):
        change_status(fresh, "PE-01", S, "01-02-2024", reason="Geen POH.", corrects=stop)


def test_a_correction_that_changes_nothing_is_refused(fresh) -> None:
    pilot = change_status(fresh, "PE-01", G, "01-03-2024", note="Eén huisarts.")
    with pytest.raises(ValidationError, match="De correctie verandert niets aan de regel"):
        change_status(fresh, "PE-01", G, "01-03-2024", note="Eén huisarts.", corrects=pilot)


def test_nothing_of_a_retired_intervention_can_be_changed(fresh) -> None:
    code = add_local_intervention(fresh, "WZ", "Wandelgroep")
    first = change_status(fresh, code, V, "01-01-2024")
    set_retired(fresh, code, True)
    before = counts(fresh.db)
    for action in (
        lambda: undo_entry(fresh, first),
        lambda: save_details(fresh, code, responsible="X", maatwerk="", evidence=""),
    ):
        with pytest.raises(ValidationError, match="'Wandelgroep' is vervallen"):
            action()
    assert counts(fresh.db) == before


def test_a_catalogue_intervention_retired_by_the_zorggroep_says_why(fresh) -> None:
    with fresh.db.transaction() as conn:
        conn.execute("UPDATE intervention SET retired_at = '2025-01-01' WHERE code = 'PE-04'")
    with pytest.raises(ValidationError) as exc:
        change_status(fresh, "PE-04", V, "01-01-2024")
    assert exc.value.message == (
        "'Samen beslissen' is vervallen met een nieuwe catalogus van de zorggroep. Wat u "
        "vastlegde blijft bewaard, maar kan niet meer worden gewijzigd."
    )
