"""Numbers as the reader's language writes them: 1.234,5 in Dutch, 1,234.5 in English."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale

MISSING = "—"
MINUS = "\u2212"  # a real minus sign, as wide as the plus


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def whole(value: float | None) -> str:
    """A whole number with the locale's thousands separator: 6.314 or 6,314."""
    if _missing(value):
        return MISSING
    text = QLocale().toString(abs(round(value)))
    return (MINUS + text) if round(value) < 0 else text


def decimal(value: float | None, digits: int = 2, *, sign: bool = False) -> str:
    """A number with `digits` decimals and the locale's decimal mark; '—' when missing."""
    if _missing(value):
        return MISSING
    text = QLocale().toString(abs(float(value)), "f", digits)
    shown_zero = float(f"{abs(value):.{digits}f}") == 0
    if value < 0 and not shown_zero:
        return MINUS + text
    return ("+" + text) if sign and value > 0 and not shown_zero else text


def percentage(fraction: float | None) -> str:
    """A share as a whole percentage: "45 %" in Dutch, "45%" in English."""
    if _missing(fraction):
        return MISSING
    number = whole(fraction * 100)
    return f"{number} %" if QLocale().language() == QLocale.Language.Dutch else f"{number}%"


def localise_ticks(texts: list[str]) -> list[str]:
    """Axis tick labels made by pyqtgraph (a point, a hyphen) in the locale's way."""
    point = QLocale().decimalPoint()
    return [t.replace(".", point).replace("-", MINUS) for t in texts]
