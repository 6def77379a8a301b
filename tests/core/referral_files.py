"""Referral exports as HIS systems write them, for the import tests (core, CLI and GUI)."""

from __future__ import annotations

from pathlib import Path

HEADER = ("Patiëntnummer", "Datum verwijzing", "Specialisme", "ICPC", "Naam verwijzer")

# (patient number, date, specialism, ICPC, referrer): dates before the tests' frozen today
GOOD_ROWS = (
    ("100231", "03-01-2024", "Longziekten", "R96", "P. Hermans"),
    ("100232", "04-01-2024", "0320", "K77", "P. Hermans"),
    ("100233", "05-01-2024", "longarts", "", ""),
    ("100234", "08-01-2024", "Orthopedie", "L15", "J. de Vries"),
    ("100235", "09-01-2024", "0329 Psychiatrie", "P76", "J. de Vries"),
)


def write_export(
    path: Path,
    rows=GOOD_ROWS,
    *,
    header=HEADER,
    delimiter: str = ";",
    encoding: str = "cp1252",
    newline: str = "\r\n",
) -> Path:
    """An export in a given dialect; every value written as text."""
    lines = [delimiter.join(header)] + [delimiter.join(r) for r in rows]
    data = (newline.join(lines) + newline).encode(encoding)
    path.write_bytes(data)
    return path


def write_xlsx(path: Path, rows, header=HEADER) -> Path:
    """The same export as an Excel workbook, dates as real Excel dates where given as date."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
