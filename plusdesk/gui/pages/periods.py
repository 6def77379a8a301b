"""The period choices of the Cijfers tabs: all, this year, the last 12 months, each year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from plusdesk.core.validation import today


@dataclass(frozen=True)
class Period:
    label: str
    start: date | None
    end: date | None


translate = QCoreApplication.translate


def periods(day: date, first_year: int | None) -> list[Period]:
    """The period choices: all, this year, the last 12 months, and each calendar year."""
    choices = [
        Period(translate("periods", "Alle perioden"), None, None),
        Period(translate("periods", "Dit jaar"), date(day.year, 1, 1), day),
        Period(
            translate("periods", "Afgelopen 12 maanden"),
            day - timedelta(days=365) + timedelta(days=1),
            day,
        ),
    ]
    for year in range(day.year - 1, (first_year or day.year) - 1, -1):
        choices.append(Period(str(year), date(year, 1, 1), date(year, 12, 31)))
    return choices


def fill_periods(combo: QComboBox, first: str | None, *, default: int) -> None:
    """Fill a period combo from the first stored ISO date, keeping the period shown before."""
    chosen = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    for period in periods(today(), int(first[:4]) if first else None):
        combo.addItem(QCoreApplication.translate("periods", period.label), period)
    found = combo.findText(chosen)
    combo.setCurrentIndex(found if found >= 0 else default)
    combo.blockSignals(False)
