"""The NEN 7513 log: every row says who, what, where and when; it cannot be quietly changed."""

import sqlite3
from datetime import date, timedelta

import pytest

from plusdesk.core import audit
from plusdesk.core.audit import AuditFilter, query, verify_chain
from plusdesk.core.errors import PlusDeskError


def test_an_event_records_who_what_where_when_and_which_patient(manager) -> None:
    manager.record("view", object_type="conversation", object_id=12, patient_ref="H-1001")
    event = query(manager.db, AuditFilter(patient_ref="H-1001"))[0]
    assert (event.username, event.role, event.action, event.object_id) == (
        "demo",
        "praktijkmanager",
        "view",
        "12",
    )
    assert event.workstation == audit.workstation()
    assert event.at.endswith("+00:00")  # stored in UTC
    assert event.action_label == "Inzien" and event.result_label == "gelukt"


def test_the_log_refuses_update_and_delete(manager) -> None:
    for sql in ("UPDATE audit_log SET username = 'iemand'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.DatabaseError, match="auditlog kan niet"):
            manager.db.conn.execute(sql)
    assert verify_chain(manager.db).ok


def tamper(path, sql: str) -> None:
    """What someone with a raw SQLite tool could do: drop the guards and edit."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.fixture
def busy_log(manager):
    for n in range(5):
        manager.record("view", object_type="conversation", object_id=n, patient_ref=f"H-{n}")
    report = verify_chain(manager.db)
    assert report.ok and report.rows >= 6
    return manager.db.path


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("UPDATE audit_log SET patient_ref = 'H-9' WHERE id = 3", "3 is achteraf gewijzigd"),
        ("DELETE FROM audit_log WHERE id = 3", "3 t/m 3 ontbreken"),
        ("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)", "laatste"),
        ("SELECT 1", "audit_log_no_update"),  # the guards alone were removed
    ],
)
def test_a_changed_or_removed_row_is_detected(busy_log, sql: str, problem: str) -> None:
    from plusdesk.core.db import open_database

    tamper(busy_log, sql)
    db = open_database(busy_log, readonly=True)
    report = verify_chain(db)
    db.close()
    assert not report.ok
    assert any(problem in p for p in report.problems), report.problems


def test_an_event_cannot_be_written_outside_a_transaction(manager) -> None:
    with pytest.raises(RuntimeError):
        audit.record_in(manager.db.conn, manager.actor, "view")


def test_filters_by_user_action_period_and_patient(manager, demo_db) -> None:
    from plusdesk.core.users import login

    poh = login(demo_db, "poh", "plusdesk-demo")
    poh.record("view", object_type="conversation", object_id=1, patient_ref="H-7")
    manager.record("print", object_type="conversation", object_id=1, patient_ref="H-7")
    manager.record("view", object_type="conversation", object_id=2, patient_ref="H-8")
    who_saw = query(demo_db, AuditFilter(patient_ref="H-7"))
    assert [(e.username, e.action) for e in who_saw] == [("demo", "print"), ("poh", "view")]
    assert [e.action for e in query(demo_db, AuditFilter(username="poh"))] == ["view", "login"]
    today = date.today()
    assert len(query(demo_db, AuditFilter(since=today, until=today))) >= 5
    assert query(demo_db, AuditFilter(until=today - timedelta(days=1))) == []


def test_csv_export_opens_in_dutch_excel(manager, tmp_path) -> None:
    manager.record("view", object_type="conversation", object_id=1, patient_ref="H-7")
    events = query(manager.db, AuditFilter())
    path = audit.write_csv(events, tmp_path / "auditlog.csv")
    text = path.read_bytes().decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("Nr;Datum en tijd;Gebruiker")
    assert "Inzien" in lines[1] and "H-7" in lines[1]
    assert len(lines) == len(events) + 1


def test_csv_export_to_a_missing_folder_fails_clearly(manager, tmp_path) -> None:
    with pytest.raises(PlusDeskError, match="niets geëxporteerd"):
        audit.write_csv([], tmp_path / "bestaat-niet" / "log.csv")
