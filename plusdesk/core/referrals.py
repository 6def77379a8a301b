"""Importing referral exports: row validation, batches recognised by hash, overlap and undo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice, repeat
from pathlib import Path

import numpy as np
import pandas as pd

from plusdesk.core import audit
from plusdesk.core.clock import format_date, format_datetime, utc_now_iso
from plusdesk.core.db import Database
from plusdesk.core.errors import ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.importing import (
    Cancelled,
    Dialect,
    ImportCancelled,
    Progress,
    read_table,
)
from plusdesk.core.referral_check import (
    BSN_PROBLEM,
    date_check,
    icpc_check,
    per_unique,
    referrer_check,
    specialism_check,
)
from plusdesk.core.referral_mapping import Mapping, check_mapping, store_mapping_in
from plusdesk.core.referral_model import Batch
from plusdesk.core.users import Permission, Session

_INSERT_CHUNK = 50_000
_REPORT_TEXT = ("column", "value", "problem")


class ImportRefused(ValidationError):
    """A file with bad rows, refused whole; `problems` holds the row-level report."""

    def __init__(self, message: str, problems: pd.DataFrame) -> None:
        super().__init__(message)
        self.problems = problems


class AlreadyImported(ValidationError):
    """The same file (by content) was imported before; it is not counted twice."""


class OverlapError(ValidationError):
    """The file covers a period that already holds referrals; replace it or cancel."""


@dataclass(frozen=True)
class Overlap:
    """Referrals already in the file's period, and the imports they came from."""

    referrals: int
    batches: tuple[Batch, ...]

    def describe(self) -> str:
        """In Dutch, for the question 'vervangen of annuleren'."""
        files = ", ".join(f"'{b.file_name}'" for b in self.batches)
        if len(self.batches) > 1:
            template = QT_TRANSLATE_NOOP(
                "core", "{count} verwijzingen uit eerdere imports ({files})"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "core", "{count} verwijzingen uit een eerdere import ({files})"
            )
        return Text(template, count=self.referrals, files=files)


@dataclass(frozen=True)
class Prepared:
    """A file read and checked, not yet written: what the user decides on."""

    path: Path
    dialect: Dialect
    columns: tuple[str, ...]
    mapping: Mapping
    content_hash: str
    total_rows: int
    rows: pd.DataFrame  # valid rows: referred_on, specialism, icpc, referrer (ISO / codes)
    problems: pd.DataFrame  # row, column, value, problem
    unknown_specialisms: dict[str, int]
    duplicate: Batch | None
    overlap: Overlap | None

    @property
    def bad_rows(self) -> int:
        """How many rows have at least one problem."""
        return int(self.problems["row"].nunique()) if len(self.problems) else 0

    @property
    def period(self) -> tuple[date, date] | None:
        """First and last referral date among the valid rows."""
        if not len(self.rows):
            return None
        dates = self.rows["referred_on"]
        return date.fromisoformat(dates.min()), date.fromisoformat(dates.max())


def _masked(values: np.ndarray, problems: np.ndarray) -> np.ndarray:
    """A value refused as a BSN is not repeated in the report (screen, stderr, logs)."""
    return np.where(problems == BSN_PROBLEM, "•••••••••", values)


def prepare(
    db: Database,
    path: str | Path,
    mapping: Mapping,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Prepared:
    """Read a file with a mapping and check every row; writes nothing."""
    path = Path(path)
    head = read_table(path, preview_rows=0)
    check_mapping(mapping, head.columns)
    table = read_table(path, columns=mapping.used_columns(), progress=progress, cancelled=cancelled)
    frame = table.frame
    checks = {
        "date": date_check(mapping.day_first),
        "specialism": specialism_check(db, mapping),
        "icpc": icpc_check,
        "referrer": referrer_check,
    }
    out: dict[str, np.ndarray] = {}
    problem_parts = []
    for name, check in checks.items():
        column = mapping.column(name)
        if column is None:
            out[name] = np.full(len(frame), None, dtype=object)
            continue
        if cancelled and cancelled():
            raise ImportCancelled()
        values, problems = per_unique(frame[column], check)
        out[name] = values
        bad = problems != None  # noqa: E711 (element-wise on an object array)
        if bad.any():
            problem_parts.append(
                pd.DataFrame(
                    {
                        "row": frame.index[bad],
                        "column": column,
                        "value": _masked(frame[column].to_numpy()[bad], problems[bad]),
                        "problem": problems[bad],
                    }
                )
            )
    problems = (
        pd.concat(problem_parts).sort_values("row", kind="stable").reset_index(drop=True)
        if problem_parts
        else pd.DataFrame(
            {"row": pd.Series(dtype=int), **{c: pd.Series(dtype=str) for c in _REPORT_TEXT}}
        )
    )
    rows = pd.DataFrame(
        {
            "referred_on": out["date"],
            "specialism": out["specialism"],
            "icpc": out["icpc"],
            "referrer": out["referrer"],
        },
        index=frame.index,
    )
    if len(problems):
        rows = rows.drop(index=problems["row"].unique())
    unknown = (
        problems.loc[problems["problem"].str.startswith("onbekend specialisme"), "value"]
        .str.strip()
        .value_counts()
        if len(problems)
        else pd.Series(dtype=int)
    )
    duplicate = _batch_by_hash(db, table.content_hash)
    overlap = None
    if len(rows):
        first, last = rows["referred_on"].min(), rows["referred_on"].max()
        overlap = _overlap(db, first, last)
    return Prepared(
        path=path,
        dialect=table.dialect,
        columns=head.columns,
        mapping=mapping,
        content_hash=table.content_hash,
        total_rows=len(frame),
        rows=rows,
        problems=problems,
        unknown_specialisms={str(k): int(v) for k, v in unknown.items()},
        duplicate=duplicate,
        overlap=overlap,
    )


def refusal_message(prepared: Prepared) -> str:
    """Why a file with bad rows is not imported, in one Dutch sentence."""
    if prepared.bad_rows == 1:
        template = QT_TRANSLATE_NOOP(
            "core",
            "'{name}' is niet geïmporteerd: {bad} van de {total} regels bevat fouten. Er is "
            "niets opgeslagen.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "core",
            "'{name}' is niet geïmporteerd: {bad} van de {total} regels bevatten fouten. Er is "
            "niets opgeslagen.",
        )
    return Text(
        template,
        name=prepared.path.name,
        bad=prepared.bad_rows,
        total=prepared.total_rows,
    )


def _batch_from(row: dict[str, object]) -> Batch:
    return Batch(
        id=int(row["id"]),  # type: ignore[arg-type]
        file_name=str(row["file_name"]),
        content_hash=str(row["content_hash"]),
        mapping_name=row["mapping_name"],  # type: ignore[arg-type]
        period_start=date.fromisoformat(str(row["period_start"])),
        period_end=date.fromisoformat(str(row["period_end"])),
        rows_imported=int(row["rows_imported"]),  # type: ignore[arg-type]
        rows_skipped=int(row["rows_skipped"]),  # type: ignore[arg-type]
        rows_active=int(row.get("rows_active", row["rows_imported"])),  # type: ignore[arg-type]
        imported_at=datetime.fromisoformat(str(row["imported_at"])),
        imported_by=str(row["imported_by"]),
    )


def batches(db: Database) -> list[Batch]:
    """Every import, newest first, with how many of its referrals still count."""
    rows = db.query(
        "SELECT b.*, b.rows_imported - coalesce(x.n, 0) AS rows_active FROM referral_batch b "
        "LEFT JOIN (SELECT batch_id, count(*) AS n FROM referral WHERE replaced_by IS NOT NULL "
        "GROUP BY batch_id) x ON x.batch_id = b.id ORDER BY b.imported_at DESC, b.id DESC"
    )
    return [_batch_from(dict(r)) for r in rows]


def _batch_by_hash(db: Database, digest: str) -> Batch | None:
    rows = db.query("SELECT * FROM referral_batch WHERE content_hash = ?", (digest,))
    return _batch_from(dict(rows[0])) if rows else None


def _overlap(db: Database, first: str, last: str) -> Overlap | None:
    rows = db.query(
        "SELECT batch_id, count(*) AS n FROM referral WHERE replaced_by IS NULL "
        "AND referred_on BETWEEN ? AND ? GROUP BY batch_id",
        (first, last),
    )
    if not rows:
        return None
    ids = {int(r[0]): int(r[1]) for r in rows}
    return Overlap(sum(ids.values()), tuple(b for b in batches(db) if b.id in ids))


def refusal(prepared: Prepared, *, skip_bad_rows: bool = False) -> ValidationError | None:
    """Why a checked file cannot be written as it is (None when it can): before any write."""
    name = prepared.path.name
    if prepared.duplicate is not None:
        d = prepared.duplicate
        return AlreadyImported(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{name}' is al geïmporteerd op {when} door {user} ({count} verwijzingen). "
                    "Het telt niet dubbel; er is niets gewijzigd.",
                ),
                name=name,
                when=format_datetime(d.imported_at),
                user=d.imported_by,
                count=d.rows_imported,
            )
        )
    if len(prepared.problems) and not skip_bad_rows:
        return ImportRefused(refusal_message(prepared), prepared.problems)
    if not len(prepared.rows):
        return ImportRefused(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "'{name}' bevat geen enkele geldige verwijzing. Er is niets opgeslagen."
                ),
                name=name,
            ),
            prepared.problems,
        )
    return None


def commit(
    session: Session,
    prepared: Prepared,
    *,
    skip_bad_rows: bool = False,
    replace: bool = False,
    save_mapping_as: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Batch:
    """Write a checked file as one batch, all or nothing; refusals leave the file unchanged."""
    session.require(Permission.EDIT_REFERRALS, object_type="referral")
    problem = refusal(prepared, skip_bad_rows=skip_bad_rows)
    if problem is not None:
        raise problem
    name = prepared.path.name
    first, last = prepared.period  # type: ignore[misc]
    stamp, user = utc_now_iso(), session.user.username
    rows = prepared.rows
    with session.db.transaction() as conn:
        found = conn.execute(
            "SELECT count(*) FROM referral WHERE replaced_by IS NULL "
            "AND referred_on BETWEEN ? AND ?",
            (first.isoformat(), last.isoformat()),
        ).fetchone()[0]
        if found and not replace:
            raise OverlapError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "'{name}' loopt van {first} tot {last}; in die periode staan al {count} "
                        "verwijzingen. Vervang die periode of annuleer.",
                    ),
                    name=name,
                    first=format_date(first),
                    last=format_date(last),
                    count=found,
                )
            )
        batch_id = conn.execute(
            "INSERT INTO referral_batch (file_name, content_hash, mapping_name, period_start, "
            "period_end, rows_imported, rows_skipped, imported_at, imported_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                name,
                prepared.content_hash,
                save_mapping_as or prepared.mapping.name,
                first.isoformat(),
                last.isoformat(),
                len(rows),
                prepared.bad_rows,
                stamp,
                user,
            ),
        ).lastrowid
        if found:
            conn.execute(
                "UPDATE referral SET replaced_by = ? WHERE replaced_by IS NULL "
                "AND batch_id != ? AND referred_on BETWEEN ? AND ?",
                (batch_id, batch_id, first.isoformat(), last.isoformat()),
            )
        columns = [rows[c].to_numpy() for c in ("referred_on", "specialism", "icpc", "referrer")]
        records = zip(repeat(batch_id), *columns, strict=False)
        done = 0
        while chunk := list(islice(records, _INSERT_CHUNK)):
            if cancelled and cancelled():
                raise ImportCancelled()
            conn.executemany(
                "INSERT INTO referral (batch_id, referred_on, specialism, icpc, referrer) "
                "VALUES (?, ?, ?, ?, ?)",
                chunk,
            )
            done += len(chunk)
            if progress:
                progress(
                    done / len(rows),
                    Text(
                        QT_TRANSLATE_NOOP("core", "{count} verwijzingen opgeslagen"),
                        count=f"{done:,}".replace(",", "."),
                    ),
                )
        if save_mapping_as:
            store_mapping_in(conn, save_mapping_as, prepared.columns, prepared.mapping, stamp, user)
        elif prepared.mapping.name:
            conn.execute(
                "UPDATE referral_mapping SET used_at = ? WHERE name = ?",
                (stamp, prepared.mapping.name),
            )
        detail = (
            f"bestand '{name}': {len(rows)} verwijzingen van {format_date(first)} tot "
            f"{format_date(last)}"
        )
        if prepared.bad_rows:
            detail += f", {prepared.bad_rows} foute regels overgeslagen"
        if found:
            detail += f", {found} eerdere verwijzingen vervangen"
        audit.record_in(
            conn,
            session.actor,
            "create",
            object_type="referral",
            object_id=batch_id,
            detail=detail,
        )
    return next(b for b in batches(session.db) if b.id == batch_id)


def undo(session: Session, batch_id: int) -> Batch:
    """Take an import back out; referrals it replaced count again."""
    session.require(Permission.EDIT_REFERRALS, object_type="referral", object_id=str(batch_id))
    batch = next((b for b in batches(session.db) if b.id == batch_id), None)
    if batch is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "Deze import bestaat niet (meer); hij is al ongedaan gemaakt."
            )
        )
    with session.db.transaction() as conn:
        conn.execute("DELETE FROM referral WHERE batch_id = ?", (batch_id,))
        conn.execute("DELETE FROM referral_batch WHERE id = ?", (batch_id,))
        audit.record_in(
            conn,
            session.actor,
            "delete",
            object_type="referral",
            object_id=batch_id,
            detail=f"import '{batch.file_name}' ongedaan gemaakt ({batch.rows_imported} "
            "verwijzingen)",
        )
    return batch
