"""An XLSX beside the exchange file, for people: one sheet per subject, Dutch headers, real dates.

The .plusdesk file is what PlusDesk reads; this workbook is only for reading and checking by eye
or for further work in a spreadsheet. Written with openpyxl in write-only mode (streamed).
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from plusdesk.core.exchange_format import (
    BY_CODE,
    INDICATORS,
    SUBJECTS,
    ExchangeFile,
    ExchangeFileError,
    Value,
)
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

HEADERS = (
    "Praktijk",
    "AGB-code",
    "Indicator",
    "Periode",
    "Categorie",
    "Waarde",
    "Eenheid",
    "Onderdrukt",
)
INTRO_TITLE = "Toelichting"
INTRO_HEADERS = ("Gegeven", "Waarde")
SUPPRESSED_TEXT = "onderdrukt"
SNAPSHOT_TEXT = "stand"
DATE_UNIT = "datum"
MONTH_FORMAT = "mm-yyyy"
DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"

# The manifest in a reader's order, with a Dutch label; other keys follow under their own name.
MANIFEST_LABELS = {
    "soort": "Soort bestand",
    "praktijk_naam": "Praktijk",
    "praktijk_agb": "AGB-code",
    "zorggroep": "Zorggroep",
    "periode_van": "Periode van",
    "periode_tot": "Periode tot en met",
    "gemaakt_op": "Gemaakt op",
    "drempel": "Drempel kleine aantallen",
    "aantal_praktijken": "Aantal praktijken",
    "aantal_categorieen": "Aantal categorieën",
    "aantal_waarden": "Aantal waarden",
    "aantal_onderdrukt": "Aantal onderdrukt",
    "aantal_referentiecijfers": "Aantal referentiecijfers",
    "plusdesk_versie": "PlusDesk-versie",
    "formaat": "Formaat",
    "formaatversie": "Formaatversie",
    "sha256": "Controlesom (SHA-256)",
}
_MANIFEST_DATES = {"periode_van", "periode_tot"}
_MANIFEST_NUMBERS = {
    "drempel",
    "aantal_praktijken",
    "aantal_categorieen",
    "aantal_waarden",
    "aantal_onderdrukt",
    "aantal_referentiecijfers",
    "formaatversie",
}

MAX_TITLE = 31  # Excel's limit on a sheet name
MAX_ROWS = 1_048_576  # Excel's limit on rows in a sheet, the header included
MAX_TEXT = 32_767  # Excel's limit on the text in a cell
_FORBIDDEN_IN_TITLE = re.compile(r"[\[\]:*?/\\]")
# Characters XML 1.0 cannot hold (tab, newline and carriage return are fine).
_ILLEGAL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_MIN_WIDTH, _MAX_WIDTH = 8, 60
_ORDER = {indicator.code: n for n, indicator in enumerate(INDICATORS)}
_COLUMNS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_EPOCH = date(1899, 12, 30)  # day 0 of Excel's 1900 date system, as every reader counts it
_FLUSH_ROWS = 2000


def write_xlsx(data: ExchangeFile, path: str | os.PathLike[str]) -> Path:
    """An XLSX for people beside the exchange file: one sheet per subject, Dutch headers, dates
    as dates.

    The file appears at `path` only when complete; on failure nothing is left behind and an
    ExchangeFileError says why in Dutch.
    """

    def sheets() -> list[Sheet]:
        unknown = sorted({v.indicator for v in data.values} - set(BY_CODE))
        if unknown:
            raise ValueError(
                Text(
                    QT_TRANSLATE_NOOP("core", "onbekende indicatoren ({codes})"),
                    codes=", ".join(unknown),
                )
            )
        return _sheets(data)

    return write_sheets(sheets, path)


def write_sheets(make: Callable[[], list[Sheet]], path: str | os.PathLike[str]) -> Path:
    """Write the sheets `make` returns to `path`, atomically: the file appears only when
    complete; on any failure nothing is left behind and an ExchangeFileError says why."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if not path.parent.is_dir():
            raise FileNotFoundError(
                errno.ENOENT, QT_TRANSLATE_NOOP("core", "de map bestaat niet"), str(path.parent)
            )
        sheets = make()
        temp.unlink(missing_ok=True)
        _write(sheets, temp)
        os.replace(temp, path)
    except Exception as exc:  # whatever went wrong: never leave a half-written file behind
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise ExchangeFileError(
            Text(
                QT_TRANSLATE_NOOP("core", "Kan '{path}' niet opslaan: {reason}"),
                path=path.name,
                reason=_reason(exc),
            )
        ) from exc
    return path


def sheet_title(label: str) -> str:
    """A subject's label as an Excel sheet name: no forbidden characters, at most 31 long.

    A label that is too long first loses a closing remark in brackets ("GGZ-casussen
    (collaborative care)" becomes "GGZ-casussen") and is then cut off.
    """
    title = " ".join(_FORBIDDEN_IN_TITLE.sub(" ", _clean(label)).split()).strip("'")
    if len(title) > MAX_TITLE:
        title = re.sub(r"\s*\([^()]*\)$", "", title) or title
    return title[:MAX_TITLE].rstrip().strip("'") or "Blad"


# --- the sheets' content -----------------------------------------------------------------------

# Cell styles: indices into cellXfs in _STYLES below.
_PLAIN, _BOLD, _MONTH, _DATE, _DATE_LEFT, _DATETIME_LEFT, _WRAP, _BOLD_WRAP, _LEFT = range(9)


class Sheet:
    """One sheet to write: its title, column widths, rows (value or (value, style) per cell)."""

    def __init__(self, title: str, widths: list[float], frozen: bool) -> None:
        self.title = title
        self.widths = widths
        self.frozen = frozen  # header frozen and filtered
        self.header: tuple[str, ...] = ()
        self.rows: list[tuple[object, ...]] = []
        self.styles: dict[int, int] = {}  # column → the style of a date in it


def _sheets(data: ExchangeFile) -> list[Sheet]:
    sheets = [_intro_sheet(data)]
    taken = {sheets[0].title.casefold()}
    rows_by_subject = _rows_by_subject(data)
    for subject, label in SUBJECTS.items():
        rows = rows_by_subject.get(subject)
        if not rows:
            continue
        widths = _widths(rows)
        chunk = MAX_ROWS - 1
        for start in range(0, len(rows), chunk):
            sheet = Sheet(_unique(sheet_title(label), taken), widths, frozen=True)
            sheet.header = HEADERS
            sheet.rows = rows[start : start + chunk]
            sheet.styles = {HEADERS.index("Periode"): _MONTH, HEADERS.index("Waarde"): _DATE}
            sheets.append(sheet)
    return sheets


def _unique(title: str, taken: set[str]) -> str:
    candidate, n = title, 1
    while candidate.casefold() in taken:
        n += 1
        suffix = f" ({n})"
        candidate = title[: MAX_TITLE - len(suffix)].rstrip() + suffix
    taken.add(candidate.casefold())
    return candidate


def _intro_sheet(data: ExchangeFile) -> Sheet:
    manifest = data.manifest
    keys = [k for k in MANIFEST_LABELS if k in manifest]
    keys += sorted(k for k in manifest if k not in MANIFEST_LABELS)
    facts = [(_clean(MANIFEST_LABELS.get(k, k)), _manifest_value(k, manifest[k])) for k in keys]
    width = max([_MIN_WIDTH + 4.0, *(_width(label) for label, _ in facts)])
    sheet = Sheet(INTRO_TITLE, [width, _MAX_WIDTH + 10.0], frozen=False)
    sheet.header = INTRO_HEADERS
    for label, value in facts:
        if isinstance(value, datetime):
            value = (value, _DATETIME_LEFT)
        elif isinstance(value, date):
            value = (value, _DATE_LEFT)
        elif isinstance(value, int):
            value = (value, _LEFT)
        sheet.rows.append((label, value))
    sheet.rows.append(())
    for label, paragraph in _explanation(data):
        sheet.rows.append(((label, _BOLD_WRAP), (paragraph, _WRAP)))
    return sheet


def _explanation(data: ExchangeFile) -> list[tuple[str, str]]:
    threshold = _int(data.manifest.get("drempel", ""))
    if threshold is not None and threshold > 2:
        small = f"tussen 1 en {threshold - 1} ligt (drempel kleine aantallen: {threshold})"
    elif threshold == 2:
        small = "1 is (drempel kleine aantallen: 2)"
    else:
        small = "tussen 1 en de drempel min 1 ligt"
    return [
        (
            "Onderdrukt",
            f"'{SUPPRESSED_TEXT}' betekent dat het aantal {small} of dat de cel is verborgen, "
            "zodat hij niet uit de totalen kan worden teruggerekend. Gemiddelden en verhoudingen "
            "die bij een onderdrukt aantal horen, zijn ook onderdrukt.",
        ),
        (
            "Bladen",
            "Elk onderwerp staat op een eigen blad. Periode is een maand, een jaar of "
            f"'{SNAPSHOT_TEXT}' (de toestand op de laatste dag van de periode).",
        ),
        (
            "Let op",
            "Dit werkblad is een leesbare kopie van het PlusDesk-uitwisselingsbestand (.plusdesk) "
            "met dezelfde gegevens. De controlesom hoort bij dat bestand, niet bij dit werkblad.",
        ),
    ]


def _manifest_value(key: str, text: str) -> object:
    text = _clean(text)
    if key in _MANIFEST_DATES:
        return _date(text) or text
    if key == "gemaakt_op":
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        if moment.tzinfo is not None:  # stored in UTC, shown in the practice's own time
            moment = moment.astimezone().replace(tzinfo=None)
        return moment
    if key in _MANIFEST_NUMBERS:
        number = _int(text)
        return text if number is None else number
    return text


def _rows_by_subject(data: ExchangeFile) -> dict[str, list[tuple[object, ...]]]:
    """Per subject the rows in reading order: practice name, indicator, period, category.

    Every text is cleaned once here (names and labels repeat, so through small memos)."""
    practices = {p.key: (_clean(p.name), _clean(p.agb_code)) for p in data.practices}
    labels = {(c.dimension, c.code): _clean(c.label) for c in data.categories}
    periods: dict[str, object] = {}
    categories: dict[tuple[str, str], str] = {}

    def practice_of(key: str) -> tuple[str, str]:
        if key not in practices:
            practices[key] = (_clean(key), "")
        return practices[key]

    def order(v: Value) -> tuple:
        name = practice_of(v.practice)[0]
        return (name.casefold(), name, v.practice, _ORDER[v.indicator], v.period, v.category)

    out: dict[str, list[tuple[object, ...]]] = {}
    for v in sorted(data.values, key=order):
        indicator = BY_CODE[v.indicator]
        name, agb_code = practice_of(v.practice)
        period = periods.get(v.period)
        if period is None:
            period = periods[v.period] = _period(v.period)
        found = (indicator.dimension, v.category)
        category = categories.get(found)
        if category is None:
            category = categories[found] = labels.get(found, _clean(v.category))
        out.setdefault(indicator.subject, []).append(
            (
                name,
                agb_code,
                indicator.label,
                period,
                category,
                _value(v, indicator.unit),
                indicator.unit,
                "ja" if v.suppressed else "nee",
            )
        )
    return out


def _period(period: str) -> object:
    """A month as the date of its first day, a year as a number, a snapshot as "stand"."""
    if not period:
        return SNAPSHOT_TEXT
    if len(period) == 7 and period[4] == "-":
        try:
            return date(int(period[:4]), int(period[5:7]), 1)
        except ValueError:
            return _clean(period)
    return int(period) if period.isdigit() else _clean(period)


def _value(v: Value, unit: str) -> object:
    if v.suppressed:
        return SUPPRESSED_TEXT
    if v.value is not None:
        number = float(v.value)
        if not math.isfinite(number):
            return repr(number)  # Excel has no infinity or NaN
        return int(number) if number.is_integer() else number
    if v.text is None:
        return None
    if unit == DATE_UNIT:
        return _date(v.text) or _clean(v.text)
    return _clean(v.text)


def _widths(rows: list[tuple[object, ...]]) -> list[float]:
    """Each column as wide as its longest text (within limits), dates and numbers fitting."""
    longest = [len(h) + 3 for h in HEADERS]  # room for the filter button
    seen: set[str] = set()
    for row in rows:
        for n, item in enumerate(row):
            if item.__class__ is str and item not in seen:
                seen.add(item)
                longest[n] = max(longest[n], len(item))
    return [_width("x" * n) for n in longest]


# --- writing the package -----------------------------------------------------------------------

# --- writing with openpyxl -------------------------------------------------------------------

_FONTS = {_BOLD: True, _BOLD_WRAP: True}
_FORMATS = {
    _MONTH: MONTH_FORMAT,
    _DATE: DATE_FORMAT,
    _DATE_LEFT: DATE_FORMAT,
    _DATETIME_LEFT: DATETIME_FORMAT,
}
_ALIGN = {
    _MONTH: {"horizontal": "left"},
    _DATE_LEFT: {"horizontal": "left"},
    _DATETIME_LEFT: {"horizontal": "left"},
    _LEFT: {"horizontal": "left"},
    _WRAP: {"vertical": "top", "wrap_text": True},
    _BOLD_WRAP: {"vertical": "top", "wrap_text": True},
}


class _Styler:
    """Write-only cells with the style of one of the indices above (made once, then reused)."""

    def __init__(self, sheet: Any) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font

        self.sheet = sheet
        self.cell_class = WriteOnlyCell
        self.fonts = {k: Font(bold=True) for k in _FONTS}
        self.aligns = {k: Alignment(**v) for k, v in _ALIGN.items()}

    def cell(self, value: Any, style: int) -> Any:
        cell = self.cell_class(self.sheet, value=value)
        if style in self.fonts:
            cell.font = self.fonts[style]
        if style in _FORMATS:
            cell.number_format = _FORMATS[style]
        if style in self.aligns:
            cell.alignment = self.aligns[style]
        return cell


def _write(sheets: list[Sheet], target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    for sheet in sheets:
        ws = workbook.create_sheet(sheet.title)
        for n, width in enumerate(sheet.widths, 1):
            ws.column_dimensions[get_column_letter(n)].width = width
        last = get_column_letter(len(sheet.widths))
        if sheet.frozen:
            ws.freeze_panes = "A2"
            ws.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
        styler = _Styler(ws)
        ws.append([styler.cell(h, _BOLD) for h in sheet.header])
        for row in sheet.rows:
            ws.append(_cells(row, styler, sheet.styles))
    workbook.save(target)


def _cells(row: Iterable[Any], styler: _Styler, date_styles: dict[int, int]) -> list[Any]:
    """A row's values; a cell given as (value, style) or a date gets a styled cell."""
    out: list[Any] = []
    for n, item in enumerate(row):
        style = _PLAIN
        if item.__class__ is tuple:
            item, style = item
        if item.__class__ is str:
            item = _clean(item)[:MAX_TEXT]
        if item.__class__ is date and not style:
            style = date_styles.get(n, _DATE)
        elif item.__class__ is datetime and not style:
            style = _DATETIME_LEFT
        out.append(styler.cell(item, style) if style else item)
    return out


# --- small helpers -----------------------------------------------------------------------------


def _reason(exc: Exception) -> str:
    """Why writing failed, as the message shows it (a marked text kept for translation)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc)
    if len(exc.args) == 1 and isinstance(exc.args[0], Text) and exc.args[0] == text:
        return exc.args[0]
    return text


def _clean(text: str) -> str:
    return _ILLEGAL_CHARACTERS.sub("", text)


def _width(text: str) -> float:
    return float(min(_MAX_WIDTH, max(_MIN_WIDTH, len(text) + 2)))


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def _int(text: str) -> int | None:
    try:
        return int(text)
    except (TypeError, ValueError):
        return None
