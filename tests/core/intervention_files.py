"""Helpers for the intervention tests: a fixed "today" and short names for the statuses."""

from datetime import UTC, date, datetime, time

import pytest

from plusdesk.core import validation
from plusdesk.core.interventions import Status

TODAY = date(2025, 6, 15)


def freeze(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """Fix "today" for every core module (they all ask validation.today via the clock)."""
    moment = datetime.combine(day, time(12, 0), tzinfo=UTC)
    monkeypatch.setattr(validation, "utc_now", lambda: moment)


V, G, IM, B, S, N = (
    Status.VOORBEREIDING,
    Status.GESTART,
    Status.GEIMPLEMENTEERD,
    Status.GEBORGD,
    Status.GESTOPT,
    Status.NIET_GESTART,
)


def insert_raw(db, code: str, status: Status, day: str, note: str = "") -> int:
    """A status row written straight into the file, as PlusDesk no longer writes it itself
    (a second entry on the same day), to check that reading still copes."""
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO intervention_status (intervention_code, kind, status, effective_date,"
            " note, recorded_at, recorded_by) VALUES (?, 'status', ?, ?, ?,"
            " '2025-01-01T10:00:00+00:00', 'test')",
            (code, status.value, day, note),
        )
    return int(cursor.lastrowid)
