"""Reading CSV/XLSX exports of any shape: encoding, delimiter and date detection, as text."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from plusdesk.core.errors import PlusDeskError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]

DELIMITER_LABELS = {
    ";": QT_TRANSLATE_NOOP("core", "puntkomma"),
    ",": QT_TRANSLATE_NOOP("core", "komma"),
    "\t": QT_TRANSLATE_NOOP("core", "tab"),
    "|": QT_TRANSLATE_NOOP("core", "verticale streep"),
}
ENCODING_LABELS = {
    "utf-8-sig": QT_TRANSLATE_NOOP("core", "UTF-8 met BOM"),
    "utf-8": "UTF-8",
    "cp1252": "Windows-1252",
}
_CHUNK_ROWS = 100_000
_MAX_BYTES = 2_000_000_000


class ImportFileError(PlusDeskError):
    """A file that cannot be read as a table (empty, binary, damaged, not CSV or XLSX)."""


class ImportCancelled(PlusDeskError):
    """The user stopped an import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("core", "Het inlezen is afgebroken; er is niets opgeslagen.")
        )


@dataclass(frozen=True)
class Dialect:
    """How a file is written: its kind, encoding and delimiter (None for XLSX)."""

    kind: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None

    def describe(self) -> str:
        """In Dutch, for the preview: 'CSV, UTF-8 met BOM, gescheiden door puntkomma'."""
        if self.kind == "xlsx":
            return QT_TRANSLATE_NOOP("core", "Excel-werkmap (XLSX)")
        return Text(
            QT_TRANSLATE_NOOP("core", "CSV, {encoding}, gescheiden door {delimiter}"),
            encoding=ENCODING_LABELS.get(self.encoding or "", self.encoding),
            delimiter=DELIMITER_LABELS.get(self.delimiter or "", repr(self.delimiter)),
        )


@dataclass(frozen=True)
class Table:
    """A file read as text: its columns (as in the file), rows as strings, and its hash."""

    path: Path
    dialect: Dialect
    columns: tuple[str, ...]
    frame: pd.DataFrame  # every value a str, "" for empty; index = file row number
    content_hash: str
    total_rows: int | None = None  # all data rows of the file (a preview holds fewer)


def header_key(columns: Sequence[str]) -> str:
    """The key that recognises the same export layout again: its column names in order."""
    return "\t".join(c.strip().lower() for c in columns)


def content_hash(path: Path) -> str:
    """SHA-256 of the file's bytes: the same file imported twice is recognised by it."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > _MAX_BYTES:
            raise ImportFileError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core", "'{name}' is te groot om in te lezen (meer dan 2 GB)."
                    ),
                    name=path.name,
                )
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(
            Text(QT_TRANSLATE_NOOP("core", "Het bestand '{path}' bestaat niet."), path=str(path))
        ) from None
    except IsADirectoryError:
        raise ImportFileError(
            Text(QT_TRANSLATE_NOOP("core", "'{path}' is een map, geen bestand."), path=str(path))
        ) from None
    except OSError as exc:
        raise ImportFileError(
            Text(
                QT_TRANSLATE_NOOP("core", "'{name}' kan niet gelezen worden: {reason}."),
                name=path.name,
                reason=exc.strerror,
            )
        ) from None


def detect_encoding(data: bytes) -> str:
    """UTF-8 with BOM, UTF-8, or else Windows-1252 (what Dutch Excel and most HIS write)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a file cut off in the middle of a character is still UTF-8
        if exc.start < len(data) - 3:
            return "cp1252"
    return "utf-8"


def detect_delimiter(sample: str) -> str:
    """The delimiter that splits the first lines into the same number of fields most often."""
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    if not lines:
        raise ImportFileError(QT_TRANSLATE_NOOP("core", "Het bestand is leeg."))
    best, best_score = ";", (-1, -1)
    for delimiter in (";", "\t", ",", "|"):
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts or counts[0] < 2:
            continue
        agreeing = sum(1 for c in counts if c == counts[0])
        score = (agreeing, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    if best_score[0] < 0:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "In dit bestand zijn geen kolommen te herkennen: er staat geen puntkomma, komma "
                "of tab tussen de waarden.",
            )
        )
    return best


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:4096]


def _is_xlsx(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def _unique_columns(raw: Sequence[object]) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    names = []
    for n, value in enumerate(raw, start=1):
        name = str(value).strip() if value is not None and str(value).strip() else f"Kolom {n}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    return tuple(names)


def read_table(
    path: str | Path,
    *,
    columns: Sequence[str] | None = None,
    preview_rows: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Table:
    """Read a CSV or XLSX file as text; only the named columns when given (minimisation)."""
    path = Path(path)
    data = _read_bytes(path)
    if not data.strip():
        raise ImportFileError(Text(QT_TRANSLATE_NOOP("core", "'{name}' is leeg."), name=path.name))
    digest = hashlib.sha256(data).hexdigest()
    if _is_xlsx(data):
        return _read_xlsx(path, data, digest, columns, preview_rows, progress, cancelled)
    if _looks_binary(data):
        raise ImportFileError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "'{name}' is geen tekstbestand (CSV) en geen Excel-werkmap (XLSX)."
                ),
                name=path.name,
            )
        )
    encoding = detect_encoding(data)
    text_start = data[:65536].decode(encoding, errors="replace")
    delimiter = detect_delimiter(text_start)
    header = next(csv.reader(io.StringIO(text_start), delimiter=delimiter))
    names = _unique_columns(header)
    dialect = Dialect("csv", encoding, delimiter)
    wanted = _wanted(names, columns)
    reader = pd.read_csv(
        io.BytesIO(data),
        sep=delimiter,
        encoding=encoding,
        header=0,
        names=list(names),
        dtype=str,
        keep_default_na=False,
        na_filter=False,
        skip_blank_lines=True,
        on_bad_lines="error",
        nrows=preview_rows,
        chunksize=None if preview_rows is not None else _CHUNK_ROWS,
        engine="c",
    )
    try:
        if preview_rows is not None:
            frame = reader[list(wanted)]
        else:
            total = max(1, data.count(b"\n"))
            del data
            parts = []
            done = 0
            for chunk in reader:
                if cancelled and cancelled():
                    raise ImportCancelled()
                # all columns are parsed, so a row with a stray delimiter is refused rather
                # than shifted; only the wanted ones are kept (patient columns never are)
                parts.append(chunk[list(wanted)])
                done += len(chunk)
                if progress:
                    progress(min(1.0, done / total), _rows_read(done))
            frame = pd.concat(parts) if parts else pd.DataFrame(columns=list(wanted))
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
        raise ImportFileError(
            Text(
                QT_TRANSLATE_NOOP("core", "'{name}' is geen geldig CSV-bestand: {reason}"),
                name=path.name,
                reason=_parser_reason(exc),
            )
        ) from None
    frame = frame.fillna("")
    frame.index = np.arange(2, len(frame) + 2)  # row 1 is the header, as in Excel
    return Table(path, dialect, names, frame, digest, None if preview_rows else len(frame))


def _thousands(number: int) -> str:
    """A whole number with Dutch thousands separators: 1.234.567."""
    return f"{number:,}".replace(",", ".")


def _rows_read(count: int) -> str:
    return Text(QT_TRANSLATE_NOOP("core", "{count} regels gelezen"), count=_thousands(count))


def _wanted(names: tuple[str, ...], columns: Sequence[str] | None) -> tuple[str, ...]:
    if columns is None:
        return names
    missing = [c for c in columns if c not in names]
    if missing:
        raise ImportFileError(
            Text(
                QT_TRANSLATE_NOOP("core", "Deze kolommen ontbreken in het bestand: {columns}"),
                columns=", ".join(f"'{c}'" for c in missing),
            )
        )
    return tuple(dict.fromkeys(columns))


def _parser_reason(exc: Exception) -> str:
    text = str(exc)
    match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", text)
    if match:
        return Text(
            QT_TRANSLATE_NOOP(
                "core",
                "regel {row} heeft {values} waarden, terwijl de kop {columns} kolommen heeft.",
            ),
            row=match.group(2),
            values=match.group(3),
            columns=match.group(1),
        )
    return text.splitlines()[0] if text else type(exc).__name__


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_xlsx(
    path: Path,
    data: bytes,
    digest: str,
    columns: Sequence[str] | None,
    preview_rows: int | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise ImportFileError(
            Text(
                QT_TRANSLATE_NOOP("core", "'{name}' is geen leesbare Excel-werkmap ({error})."),
                name=path.name,
                error=type(exc).__name__,
            )
        ) from None
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise ImportFileError(
                Text(
                    QT_TRANSLATE_NOOP("core", "Het eerste werkblad van '{name}' is leeg."),
                    name=path.name,
                )
            )
        names = _unique_columns(header)
        wanted = _wanted(names, columns)
        positions = [names.index(c) for c in wanted]
        total = sheet.max_row or 0
        records: list[list[str]] = []
        for n, row in enumerate(rows, start=1):
            if preview_rows is not None and len(records) >= preview_rows:
                break
            cells = [_cell_text(row[p]) if p < len(row) else "" for p in positions]
            if not any(cells):
                continue
            records.append(cells)
            if n % 20_000 == 0:
                if cancelled and cancelled():
                    raise ImportCancelled()
                if progress and total:
                    progress(min(1.0, n / total), _rows_read(n))
    finally:
        book.close()
    frame = pd.DataFrame(records, columns=list(wanted), dtype=str)
    frame.index = np.arange(2, len(frame) + 2)
    return Table(
        path,
        Dialect("xlsx", None, None),
        names,
        frame,
        digest,
        None if preview_rows else len(frame),
    )


# --- dates -------------------------------------------------------------------------------

_DATE_SHAPES = (
    # (regex on the normalised text, strftime-like order) — normalised: separators become '-'
    (re.compile(r"^\d{1,2}-\d{1,2}-\d{4}$"), "dmy"),
    (re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$"), "ymd"),
    (re.compile(r"^\d{1,2}-\d{1,2}-\d{2}$"), "dmy2"),
    (re.compile(r"^\d{8}$"), "compact"),
)


def _normalise_date_text(text: str) -> str:
    text = text.strip()
    # drop a time of day: "12-03-2024 14:05", "2024-03-12T14:05:00"
    for sep in (" ", "T"):
        if sep in text and text.index(sep) >= 6:
            text = text.split(sep, 1)[0]
    return re.sub(r"[./]", "-", text)


def parse_date_text(text: str, day_first: bool) -> date | None:
    """One date in any usual shape (dd-mm-jjjj, jjjj-mm-dd, d-m-jj, jjjjmmdd), or None."""
    norm = _normalise_date_text(text)
    try:
        if _DATE_SHAPES[1][0].match(norm):
            y, m, d = (int(p) for p in norm.split("-"))
        elif _DATE_SHAPES[3][0].match(norm):
            y, m, d = int(norm[:4]), int(norm[4:6]), int(norm[6:])
        elif _DATE_SHAPES[0][0].match(norm) or _DATE_SHAPES[2][0].match(norm):
            a, b, y = (int(p) for p in norm.split("-"))
            d, m = (a, b) if day_first else (b, a)
            if y < 100:
                y += 2000 if y < 70 else 1900
        else:
            return None
        return date(y, m, d)
    except ValueError:
        return None


def guess_day_first(values: Sequence[str] | pd.Series) -> bool:
    """Dutch files write day first; only a file that cannot be read so is taken month-first."""
    sample = pd.Series(values, dtype=str).drop_duplicates().head(2000)
    day = sum(parse_date_text(v, True) is not None for v in sample)
    month = sum(parse_date_text(v, False) is not None for v in sample)
    return day >= month


def parse_dates(values: pd.Series, *, day_first: bool = True) -> pd.Series:
    """Dates (as `date`, or None where unreadable) for text in any of the usual shapes.

    Parses each distinct text once, so a million rows over ten years cost a few thousand parses.
    """
    codes, uniques = pd.factorize(values, sort=False)
    parsed = np.array([parse_date_text(str(u), day_first) for u in uniques] + [None], dtype=object)
    return pd.Series(parsed[codes], index=values.index, dtype=object)


_NUMBER = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$|^[+-]?\d+(\.\d+)?$")


def parse_number(text: str) -> float | None:
    """A number written the Dutch way ('1.234,5', '12,5') or plainly ('12.5', '1234')."""
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not text or not _NUMBER.match(text):
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif re.match(r"^[+-]?\d{1,3}(\.\d{3})+$", text):
        text = text.replace(".", "")  # '1.234' is a thousand-separated integer in Dutch
    return float(text)
