"""Working days for the demo parts: a random weekday in a span, a weekend moved to a weekday."""

from __future__ import annotations

import random
from datetime import date, timedelta


def pick_weekday(rng: random.Random, low: date, high: date) -> date:
    """A random weekday between low and high (any day when the span holds no weekday)."""
    span = [low + timedelta(days=i) for i in range(max((high - low).days, 0) + 1)]
    return rng.choice([d for d in span if d.weekday() < 5] or span)


def to_weekday(day: date, *, back: bool) -> date:
    """A weekend day moved to the Friday before or the Monday after."""
    if day.weekday() < 5:
        return day
    return day - timedelta(days=day.weekday() - 4) if back else day + timedelta(7 - day.weekday())
