"""Reading the audit log: only the praktijkmanager, and every look and export is itself logged."""

import csv
from datetime import date
from pathlib import Path

import pytest

from plusdesk.core import audit, auditview
from plusdesk.core.audit import AuditFilter
from plusdesk.core.errors import PermissionDeniedError, PlusDeskError
from plusdesk.core.users import login

DEMO_PASSWORD = "plusdesk-demo"


def last_event(db) -> audit.AuditEvent:
    return audit.query(db, AuditFilter(limit=1))[0]


def test_search_returns_events_newest_first_and_logs_the_search(manager) -> None:
    manager.record("view", object_type="conversation", object_id="1", patient_ref="H-1001")
    events = auditview.search_events(manager, AuditFilter())
    assert [e.action for e in events[:2]] == ["view", "login"]
    logged = last_event(manager.db)
    assert (logged.username, logged.action, logged.object_type) == ("demo", "search", "auditlog")
    assert logged.patient_ref == ""
    assert logged.detail == "alle gebeurtenissen: 2 regels gevonden"


def test_who_saw_this_patient_is_logged_with_the_patient(manager, demo_db) -> None:
    poh = login(demo_db, "poh", DEMO_PASSWORD)
    poh.record("view", object_type="conversation", object_id="7", patient_ref="H-1001")
    manager.record("view", object_type="conversation", object_id="8", patient_ref="H-2002")
    flt = AuditFilter(since=date(2020, 1, 1), until=date(2099, 12, 31), patient_ref="H-1001")
    events = auditview.search_events(manager, flt)
    assert [(e.username, e.object_id) for e in events] == [("poh", "7")]
    logged = last_event(demo_db)
    assert logged.action == "search"
    assert logged.patient_ref == "H-1001"
    assert logged.detail == "periode 01-01-2020 t/m 31-12-2099, patiënt H-1001: 1 regel gevonden"


@pytest.mark.parametrize("name", ["poh", "huisarts", "lezer"])
def test_other_roles_may_not_read_the_log_and_the_attempt_is_logged(demo_db, name: str) -> None:
    session = login(demo_db, name, DEMO_PASSWORD)
    with pytest.raises(PermissionDeniedError, match="het auditlog inzien"):
        auditview.search_events(session, AuditFilter())
    with pytest.raises(PermissionDeniedError):
        auditview.check_chain(session)
    with pytest.raises(PermissionDeniedError):
        auditview.filter_usernames(session)
    logged = last_event(demo_db)
    assert (logged.username, logged.result, logged.object_type) == (name, "denied", "auditlog")
    assert not any(e.action == "search" for e in audit.query(demo_db, AuditFilter()))


def test_export_writes_csv_and_logs_rows_and_file_name(manager, tmp_path: Path) -> None:
    manager.record("view", object_type="conversation", object_id="1", patient_ref="H-1001")
    flt = AuditFilter(patient_ref="H-1001")
    events = auditview.search_events(manager, flt)
    target = auditview.export_events_csv(manager, events, tmp_path / "auditlog.csv", flt)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][:3] == ["Nr", "Datum en tijd", "Gebruiker"]
    assert len(rows) == 2
    assert rows[1][5] == "Inzien" and rows[1][8] == "H-1001"
    logged = last_event(manager.db)
    assert (logged.action, logged.object_type, logged.patient_ref) == (
        "export",
        "auditlog",
        "H-1001",
    )
    assert logged.detail == "1 regel naar auditlog.csv (patiënt H-1001)"


def test_export_is_refused_for_a_poh_and_writes_nothing(demo_db, manager, tmp_path: Path) -> None:
    events = auditview.search_events(manager, AuditFilter())
    poh = login(demo_db, "poh", DEMO_PASSWORD)
    with pytest.raises(PermissionDeniedError):
        auditview.export_events_csv(poh, events, tmp_path / "auditlog.csv")
    assert not (tmp_path / "auditlog.csv").exists()


def test_an_export_that_cannot_be_logged_leaves_no_file(
    manager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = auditview.search_events(manager, AuditFilter())

    def log_is_busy(*_args, **_kwargs) -> None:
        raise PlusDeskError("Het gegevensbestand is bezet.")

    monkeypatch.setattr(manager, "record", log_is_busy)
    folder = tmp_path / "export"
    folder.mkdir()
    with pytest.raises(PlusDeskError, match="bezet"):
        auditview.export_events_csv(manager, events, folder / "auditlog.csv")
    assert list(folder.iterdir()) == []


def test_chain_check_counts_rows(manager) -> None:
    report = auditview.check_chain(manager)
    assert report.ok
    assert report.rows == len(audit.query(manager.db, AuditFilter()))


def test_describe_filter_and_role_labels() -> None:
    flt = AuditFilter(since=date(2025, 5, 1), username="poh", action="view")
    assert auditview.describe_filter(flt) == "vanaf 01-05-2025, gebruiker poh, actie Inzien"
    assert auditview.role_label("poh") == "POH"
    assert auditview.role_label("alleen-lezen") == "Alleen lezen"
    assert auditview.role_label("systeem") == "systeem"
