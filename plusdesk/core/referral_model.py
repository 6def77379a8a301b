"""Referral data shapes shared by import, figures and demo: age bands, sexes and batches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from plusdesk.core.i18n import QT_TRANSLATE_NOOP

# The strata of list size and reference rates (age in whole years on 1 January).
AGE_BANDS: tuple[str, ...] = (
    "0-4",
    "5-14",
    "15-24",
    "25-44",
    "45-64",
    "65-74",
    "75-84",
    "85+",
)
SEXES: tuple[str, ...] = ("M", "V")
SEX_LABELS: dict[str, str] = {
    "M": QT_TRANSLATE_NOOP("core", "man"),
    "V": QT_TRANSLATE_NOOP("core", "vrouw"),
}

# meta keys describing the reference-rate table the zorggroep supplied
REFERENCE_NAME_KEY = "referral.reference_name"
REFERENCE_SOURCE_KEY = "referral.reference_source"


@dataclass(frozen=True)
class Batch:
    """One imported file: its period, its size and who imported it when."""

    id: int
    file_name: str
    content_hash: str
    mapping_name: str | None
    period_start: date
    period_end: date
    rows_imported: int
    rows_skipped: int
    rows_active: int
    imported_at: datetime
    imported_by: str
