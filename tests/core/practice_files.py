"""Test helpers that read, change and damage a practice's data file."""

import sqlite3
from pathlib import Path

from plusdesk.core import audit

PAGE = 4096


def practice_name(path: Path) -> str:
    """The practice's name, read over a connection of its own."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name FROM practice").fetchone()[0]
    finally:
        conn.close()


def rename_practice(db, name: str) -> None:
    with db.transaction() as conn:
        conn.execute("UPDATE practice SET name = ?", (name,))


def audit_events(db, action: str) -> list[audit.AuditEvent]:
    return audit.query(db, audit.AuditFilter(action=action))


def damage_page(path: Path, page: int) -> None:
    """Overwrite one whole page in the middle of the file, as a failing disk might."""
    with path.open("r+b") as fh:
        fh.seek((page - 1) * PAGE)
        fh.write(b"\xa5" * PAGE)
