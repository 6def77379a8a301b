"""The one place that reads the clock and formats dates (stored ISO 8601, shown dd-mm-jjjj)."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now_iso() -> str:
    """Current UTC time as ISO 8601 with seconds, for stored timestamps."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def format_date(value: str | date | datetime | None) -> str:
    """A stored ISO date or timestamp as the Dutch dd-mm-jjjj; empty for None."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.strftime("%d-%m-%Y")
