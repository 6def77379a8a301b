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
