"""The zorggroep's merged data as an XLSX in wide format: one row per practice, period and
category, one column per figure, a sheet per subject (and per month / year where both occur)."""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from plusdesk.core import audit
from plusdesk.core import exchange_xlsx as x
from plusdesk.core.db import Database
from plusdesk.core.exchange_format import BY_CODE, INDICATORS, MONTH, SNAPSHOT, YEAR, Value
from plusdesk.core.exchange_views import participants
from plusdesk.core.workspace import require_workspace, workspace_name

if TYPE_CHECKING:
    from plusdesk.core.users import Session

SHORT_SUBJECTS = {
    "praktijk": "Praktijk",
    "interventies": "Interventies",
    "gesprekken": "Gesprekken",
    "ggz": "GGZ-casussen",
    "verwijzingen": "Verwijzingen",
}
PERIOD_WORDS = {MONTH: "per maand", YEAR: "per jaar", SNAPSHOT: ""}
KEY_HEADERS = ("Praktijk", "AGB-code", "Periode", "Categorie")


def write_workspace_xlsx(db: Database, path: str | os.PathLike[str]) -> Path:
    """Write every merged value of the workspace to `path` (atomically; see write_sheets)."""
    return x.write_sheets(lambda: _sheets(db), path)


def save_workspace_xlsx(session: Session, path: str | os.PathLike[str]) -> Path:
    """The workbook for a signed-in user who may export; saving it is an audit event."""
    from plusdesk.core.users import Permission

    session.require(Permission.EXPORT, object_type="exchange")
    require_workspace(session.db)
    target = write_workspace_xlsx(session.db, path)
    audit.record(
        session.db, session.actor, "export", object_type="exchange",
        detail=f"samengevoegde gegevens als XLSX opgeslagen: {target.name}",
    )  # fmt: skip
    return target


def _sheets(db: Database) -> list[x.Sheet]:
    people = participants(db)
    names = {p.key: (p.label, p.agb_code) for p in people}
    labels = {
        (r["dimension"], r["code"]): r["label"]
        for r in db.query("SELECT dimension, code, label FROM exchange_category")
    }
    order = {p.key: n for n, p in enumerate(people)}
    groups: dict[tuple[str, str], dict[tuple[str, str, str], dict[str, object]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    for r in db.query(
        "SELECT practice, indicator, period, category, value, text, suppressed FROM exchange_value"
    ):
        indicator = BY_CODE.get(r[1])
        if indicator is None or r[0] not in names:
            continue
        v = Value(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]))
        row = groups[(indicator.subject, indicator.period)][(r[0], r[2], r[3])]
        row[r[1]] = x._value(v, indicator.unit)
    subjects_with = defaultdict(set)
    for subject, period in groups:
        subjects_with[subject].add(period)

    sheets = [_intro(db, people)]
    taken = {sheets[0].title.casefold()}
    for subject in SHORT_SUBJECTS:
        for period in (SNAPSHOT, YEAR, MONTH):
            rows = groups.get((subject, period))
            if not rows:
                continue
            title = SHORT_SUBJECTS[subject]
            if len(subjects_with[subject]) > 1 and PERIOD_WORDS[period]:
                title = f"{title} {PERIOD_WORDS[period]}"
            columns = [
                i for i in INDICATORS
                if i.subject == subject and i.period == period
                and any(i.code in row for row in rows.values())
            ]  # fmt: skip
            header = (*KEY_HEADERS, *(i.label for i in columns))
            body = []
            for practice, per, category in sorted(
                rows, key=lambda k: (order[k[0]], k[1], _category_order(k[2]))
            ):
                values = rows[(practice, per, category)]
                dimension = next((BY_CODE[c].dimension for c in values if BY_CODE[c].dimension), "")
                name, agb = names[practice]
                body.append(
                    (
                        name,
                        agb,
                        x._period(per),
                        labels.get((dimension, category), category),
                        *(values.get(i.code) for i in columns),
                    )
                )
            sheet = x.Sheet(x._unique(x.sheet_title(title), taken), _widths(header, body), True)
            sheet.header = header
            sheet.rows = body[: x.MAX_ROWS - 1]
            sheet.styles = {2: x._MONTH}
            sheets.append(sheet)
    return sheets


def _category_order(code: str) -> tuple[int, str]:
    return (0 if code.isdigit() else 1, code)


def _widths(header: tuple[str, ...], rows: list[tuple[object, ...]]) -> list[float]:
    longest = [len(h) + 3 for h in header]
    for row in rows[:5000]:  # enough to size the columns
        for n, item in enumerate(row):
            if isinstance(item, str):
                longest[n] = max(longest[n], len(item))
            elif isinstance(item, date):
                longest[n] = max(longest[n], 10)
    return [x._width("x" * min(n, 40)) for n in longest]


def _intro(db: Database, people: list) -> x.Sheet:
    merged = {
        r["key"]: (r["created_at"], r["file_name"])
        for r in db.query("SELECT key, created_at, file_name FROM exchange_practice")
    }
    sheet = x.Sheet(x.INTRO_TITLE, [34.0, 70.0], frozen=False)
    sheet.header = x.INTRO_HEADERS
    sheet.rows.append(("Zorggroep", workspace_name(db)))
    sheet.rows.append(("Gemaakt op", (datetime.now().replace(microsecond=0), x._DATETIME_LEFT)))
    sheet.rows.append(("Aantal praktijken", (len(people), x._LEFT)))
    sheet.rows.append(())
    for p in people:
        made, file_name = merged.get(p.key, ("", ""))
        when = x._manifest_value("gemaakt_op", made) if made else ""
        text = f"AGB {p.agb_code}" if p.agb_code else ""
        if when:
            text += f", export van {when:%d-%m-%Y}" if isinstance(when, datetime) else f", {when}"
        if file_name:
            text += f" ({file_name})"
        sheet.rows.append((p.label, text.lstrip(", ")))
    sheet.rows.append(())
    sheet.rows.append(
        (
            ("Opbouw", x._BOLD_WRAP),
            (
                "Elk onderwerp staat op een eigen blad, per maand en per jaar apart. Eén rij per "
                "praktijk, periode en categorie; één kolom per gegeven. Periode is een maand, "
                f"een jaar of '{x.SNAPSHOT_TEXT}' (de toestand op de laatste dag van de export).",
                x._WRAP,
            ),
        )
    )
    sheet.rows.append(
        (
            ("Onderdrukt", x._BOLD_WRAP),
            (
                f"'{x.SUPPRESSED_TEXT}' betekent dat de praktijk dit kleine aantal niet heeft "
                "gedeeld (of een cel waaruit het terug te rekenen was). Een lege cel: dit gegeven "
                "hoort niet bij deze rij.",
                x._WRAP,
            ),
        )
    )
    return sheet
