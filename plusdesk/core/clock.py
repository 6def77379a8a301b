"""The one place that reads the clock and formats dates (stored ISO 8601, shown dd-mm-jjjj)."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> datetime:
    """Current UTC time, whole seconds (the one place that reads the clock)."""
    return datetime.now(UTC).replace(microsecond=0)


def local_now() -> datetime:
    """Current local time, whole seconds, without a time zone (as in backup file names)."""
    return utc_now().astimezone().replace(tzinfo=None)


def utc_now_iso() -> str:
    """Current UTC time as ISO 8601 with seconds, for stored timestamps."""
    return utc_now().isoformat()


def _local(value: str | date | datetime) -> date | datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone()  # a stored UTC moment is shown in the practice's own time
    return value


def format_date(value: str | date | datetime | None) -> str:
    """A stored ISO date or timestamp as the Dutch dd-mm-jjjj (local time); empty for None."""
    if value is None or value == "":
        return ""
    return _local(value).strftime("%d-%m-%Y")


def format_datetime(value: str | datetime | None, *, seconds: bool = False) -> str:
    """A stored timestamp as dd-mm-jjjj uu:mm in local time; empty for None."""
    if value is None or value == "":
        return ""
    return _local(value).strftime("%d-%m-%Y %H:%M:%S" if seconds else "%d-%m-%Y %H:%M")
