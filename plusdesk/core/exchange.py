"""The practice's export for the zorggroep: aggregates only, small cells suppressed, one file."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from plusdesk import __version__
from plusdesk.core import audit, carecase_figures, conversation_figures
from plusdesk.core.carecase_model import DECISION_LABELS, ROUTE_LABELS, SOCIAL_LABELS, Decision
from plusdesk.core.catalogue import list_interventions
from plusdesk.core.clock import utc_now_iso
from plusdesk.core.conversation_model import DIMENSION_LABELS, REASON_LABELS
from plusdesk.core.db import Database
from plusdesk.core.errors import NoPracticeError, ValidationError
from plusdesk.core.exchange_format import (
    BY_CODE,
    KIND_EXPORT,
    SUBJECTS,
    SUFFIX,
    Category,
    ExchangeFile,
    PracticeEntry,
    Value,
    period_label,
    seal,
    write_file,
)
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.interventions import load_entries, state_of
from plusdesk.core.practice import get_practice
from plusdesk.core.reference import list_groups, specialisms
from plusdesk.core.referral_oe import members, oe_table
from plusdesk.core.suppression import (
    DEFAULT_THRESHOLD,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    Relation,
    suppress,
)
from plusdesk.core.validation import today

if TYPE_CHECKING:
    from plusdesk.core.users import Session

THRESHOLD_KEY = "exchange.threshold"


def threshold(db: Database) -> int:
    """The suppression threshold: counts from 1 to threshold - 1 are hidden (default 5)."""
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (THRESHOLD_KEY,))
    try:
        return max(MIN_THRESHOLD, min(MAX_THRESHOLD, int(value)))
    except (TypeError, ValueError):
        return DEFAULT_THRESHOLD


def set_threshold(session: Session, value: int | str) -> int:
    """Change the threshold (a setting of the practice, from 2 to 50); logged."""
    from plusdesk.core.users import Permission

    session.require(Permission.EXPORT, object_type="setting", object_id=THRESHOLD_KEY)
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "De drempel moet een heel getal zijn."), field="threshold"
        ) from None
    if not MIN_THRESHOLD <= number <= MAX_THRESHOLD:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "De drempel moet tussen {low} en {high} liggen."),
                low=MIN_THRESHOLD,
                high=MAX_THRESHOLD,
            ),
            field="threshold",
        )
    with session.db.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (THRESHOLD_KEY, str(number))
        )
        audit.record_in(
            conn,
            session.actor,
            "update",
            object_type="setting",
            object_id=THRESHOLD_KEY,
            detail=f"drempel kleine aantallen: {number}",
        )
    return number


def export_filename(agb_code: str, day: date | None = None) -> str:
    """`<AGB>_<jjjj-mm-dd>.plusdesk`."""
    return f"{agb_code}_{(day or today()).isoformat()}{SUFFIX}"


@dataclass(frozen=True)
class PreviewRow:
    """One indicator of "wat verlaat de praktijk"."""

    subject: str
    indicator: str
    periods: str
    rows: int
    suppressed: int


@dataclass
class Export:
    """An export built in memory: shown as a preview first, written only on saving."""

    data: ExchangeFile
    date_from: date
    date_to: date
    threshold: int

    @property
    def rows(self) -> int:
        return len(self.data.values)

    @property
    def suppressed(self) -> int:
        return sum(v.suppressed for v in self.data.values)

    def preview(self) -> list[PreviewRow]:
        """Per indicator: its subject, the periods it covers, rows and suppressed cells."""
        by_code: dict[str, list[Value]] = {}
        for v in self.data.values:
            by_code.setdefault(v.indicator, []).append(v)
        rows = []
        for code, indicator in BY_CODE.items():
            found = by_code.get(code)
            if not found:
                continue
            periods = sorted({v.period for v in found})
            span = period_label(periods[0])
            if periods[-1] != periods[0]:
                span = Text(
                    QT_TRANSLATE_NOOP("core", "{first} t/m {last}"),
                    first=span,
                    last=period_label(periods[-1]),
                )
            rows.append(
                PreviewRow(
                    SUBJECTS[indicator.subject],
                    indicator.label,
                    span,
                    len(found),
                    sum(v.suppressed for v in found),
                )
            )
        return rows


def build_export(
    db: Database,
    date_from: date | None = None,
    date_to: date | None = None,
    threshold_value: int | None = None,
) -> Export:
    """Collect the practice's figures for a period and suppress the small cells.

    The period defaults to 1 January of the first year with data up to today. Nothing is
    written; `save_export` writes the file.
    """
    from plusdesk.core.workspace import require_practice_file

    require_practice_file(db)
    practice = get_practice(db)
    if practice is None:
        raise NoPracticeError(
            QT_TRANSLATE_NOOP(
                "core", "Dit bestand heeft nog geen praktijk; vul eerst de praktijk in."
            )
        )
    end = date_to or today()
    start = date_from or date(_first_year(db, end), 1, 1)
    if start > end:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "De begindatum ligt na de einddatum."), field="date_from"
        )
    limit = threshold_value if threshold_value is not None else threshold(db)
    collector = _Collector(practice.agb_code)
    _interventions(db, collector, end)
    _conversations(db, collector, start, end)
    _carecases(db, collector, start, end)
    _referrals(db, collector, start, end)
    values = collector.suppressed_values(limit)
    manifest = {
        "soort": KIND_EXPORT,
        "plusdesk_versie": __version__,
        "praktijk_naam": practice.name,
        "praktijk_agb": practice.agb_code,
        "zorggroep": practice.zorggroep,
        "periode_van": start.isoformat(),
        "periode_tot": end.isoformat(),
        "drempel": str(limit),
    }
    data = ExchangeFile(
        manifest=manifest,
        practices=[PracticeEntry(practice.agb_code, practice.name, practice.agb_code, True)],
        categories=sorted(collector.categories.values(), key=lambda c: (c.dimension, c.code)),
        values=values,
    )
    return Export(data, start, end, limit)


def save_export(
    session: Session,
    export: Export,
    path: str | os.PathLike[str],
    xlsx_path: str | os.PathLike[str] | None = None,
) -> Path:
    """Write the export (and the XLSX beside it); saving is an audit event ("export")."""
    from plusdesk.core.users import Permission

    session.require(Permission.EXPORT, object_type="export")
    export.data.manifest["gemaakt_op"] = utc_now_iso()  # UTC, whole seconds
    seal(export.data)
    try:
        written = write_file(export.data, path)
        if xlsx_path is not None:
            from plusdesk.core.exchange_xlsx import write_xlsx

            write_xlsx(export.data, xlsx_path)
    except Exception as exc:
        audit.record(
            session.db,
            session.actor,
            "export",
            object_type="export",
            object_id=Path(path).name,
            result="failed",
            detail=str(exc)[:500],
        )
        raise
    detail = (
        f"zorggroep-export {export.date_from.isoformat()} t/m {export.date_to.isoformat()}: "
        f"{export.rows} waarden, {export.suppressed} onderdrukt (drempel {export.threshold})"
    )
    if xlsx_path is not None:
        detail += f"; met XLSX {Path(xlsx_path).name}"
    audit.record(
        session.db,
        session.actor,
        "export",
        object_type="export",
        object_id=written.name,
        detail=detail,
    )
    return written


# --- collecting --------------------------------------------------------------------------------


class _Collector:
    """The values of one practice before suppression, with the sums that tie them together."""

    def __init__(self, practice: str) -> None:
        self.practice = practice
        self.values: dict[tuple[str, str, str, str], Value] = {}
        self.relations: list[Relation] = []
        self.categories: dict[tuple[str, str], Category] = {}

    def key(self, indicator: str, period: str, category: str = "") -> tuple[str, str, str, str]:
        return (self.practice, indicator, period, category)

    def add(self, indicator: str, period: str, category: str, value: float | str | None) -> None:
        if value is None:
            return
        if indicator not in BY_CODE:
            raise KeyError(indicator)  # a programming error: every indicator is documented
        key = self.key(indicator, period, category)
        if isinstance(value, str):
            self.values[key] = Value(*key, text=value)
        else:
            self.values[key] = Value(*key, value=float(value))

    def category(self, dimension: str, code: str, label: str, parent: str = "") -> None:
        self.categories[(dimension, code)] = Category(dimension, code, label, parent)

    def relate(self, total: tuple, parts: Iterable[tuple], *, if_equal: bool = False) -> None:
        """Record total = sum(parts) (only when it holds, with `if_equal`)."""
        parts = tuple(p for p in parts if p in self.values)
        if total not in self.values or not parts:
            return
        if if_equal:
            whole = self.values[total].value or 0.0
            if abs(whole - sum(self.values[p].value or 0.0 for p in parts)) > 1e-9:
                return
        self.relations.append(Relation(total, parts))

    def suppressed_values(self, limit: int) -> list[Value]:
        numbers = {k: v.value for k, v in self.values.items() if v.value is not None}
        sensitive = [k for k in numbers if BY_CODE[k[1]].counts]
        hidden = suppress(numbers, sensitive, self.relations, limit)
        out = []
        for key, value in self.values.items():
            follows = BY_CODE[key[1]].follows
            leader = (key[0], follows, key[2], key[3]) if follows else None
            if key in hidden or (leader is not None and leader in hidden):
                value = value._replace(value=None, text=None, suppressed=True)
            out.append(value)
        return sorted(out, key=lambda v: v.key)


def _first_year(db: Database, end: date) -> int:
    found = db.scalar(
        "SELECT min(d) FROM (SELECT min(effective_date) AS d FROM intervention_status "
        "UNION ALL SELECT min(held_on) FROM conversation "
        "UNION ALL SELECT min(started_on) FROM carecase "
        "UNION ALL SELECT min(referred_on) FROM referral WHERE replaced_by IS NULL)"
    )
    return int(found[:4]) if found else end.year


def _years(first: date, start: date, end: date) -> list[tuple[int, date, date]]:
    """(year, first day, last day) of each calendar year from `first` on, clipped to the period."""
    out = []
    for year in range(max(first.year, start.year), end.year + 1):
        out.append((year, max(start, date(year, 1, 1)), min(end, date(year, 12, 31))))
    return out


def _interventions(db: Database, c: _Collector, end: date) -> None:
    """Status as on the last day of the period, with the first start and implementation dates."""
    by_code: dict[str, list] = {}
    for entry in load_entries(db):
        by_code.setdefault(entry.intervention_code, []).append(entry)
    own = {
        r[0]: bool(r[1])
        for r in db.query("SELECT intervention_code, maatwerk FROM intervention_practice")
    }
    met = {
        r[0]: (r[1], r[2])
        for r in db.query(
            "SELECT p.intervention_code, count(c.met_on), count(*) FROM precondition p "
            "LEFT JOIN precondition_check c ON c.precondition_code = p.code AND c.met_on <= ? "
            "WHERE p.retired_at IS NULL GROUP BY p.intervention_code",
            (end.isoformat(),),
        )
    }
    for item in list_interventions(db):
        c.category("domein", item.domain_code, item.domain_title)
        c.category("interventie", item.code, item.title, item.domain_code)
        entries = [
            e
            for e in by_code.get(item.code, [])
            if e.effective_date is None or e.effective_date <= end
        ]
        state = state_of(entries)
        c.add("interventie.status", "", item.code, state.status.value)
        if state.since:
            c.add("interventie.status_sinds", "", item.code, state.since.isoformat())
        if state.started_on:
            c.add("interventie.gestart_op", "", item.code, state.started_on.isoformat())
        if state.implemented_on:
            c.add("interventie.geimplementeerd_op", "", item.code, state.implemented_on.isoformat())
        c.add("interventie.maatwerk", "", item.code, int(own.get(item.code, False)))
        done, total = met.get(item.code, (0, 0))
        c.add("interventie.randvoorwaarden_voldaan", "", item.code, done)
        c.add("interventie.randvoorwaarden_totaal", "", item.code, total)


def _conversations(db: Database, c: _Collector, start: date, end: date) -> None:
    first = db.scalar(
        "SELECT min(held_on) FROM conversation WHERE held_on >= ?", (start.isoformat(),)
    )
    if first is None or first > end.isoformat():
        return
    for reason, label in REASON_LABELS.items():
        c.category("reden", reason.value, label)
    for dimension, label in DIMENSION_LABELS.items():
        c.category("dimensie", dimension, label)
    names = specialisms(db)
    whole = conversation_figures.figures(db, start, end)
    for row in whole.per_month.itertuples():
        period = row.month.isoformat()[:7]
        c.add("gesprek.aantal", period, "", row.conversations)
        c.add("gesprek.patienten", period, "", row.patients)
    for year, y_start, y_end in _years(date.fromisoformat(first), start, end):
        period = str(year)
        f = conversation_figures.figures(db, y_start, y_end)
        c.add("gesprek.aantal_jaar", period, "", f.conversations)
        c.add("gesprek.patienten_jaar", period, "", f.patients)
        c.add("gesprek.vervolg", period, "", f.patients_followed_up)
        for row in f.per_reason.itertuples():
            c.add("gesprek.reden", period, row.reason, row.conversations)
        for row in f.score_change.itertuples():
            c.add("gesprek.score_patienten", period, row.dimension, row.patients)
            if row.patients:
                c.add("gesprek.score_eerste", period, row.dimension, row.first_mean)
                c.add("gesprek.score_laatste", period, row.dimension, row.latest_mean)
                c.add("gesprek.score_verschil", period, row.dimension, row.change)
        for row in f.avoided.itertuples():
            if not row.specialism:
                continue
            c.category("specialisme", row.specialism, names.get(row.specialism, row.name))
            c.add("gesprek.verwijzing_voorkomen", period, row.specialism, row.conversations)
        total = c.key("gesprek.aantal_jaar", period)
        months = [k for k in c.values if k[1] == "gesprek.aantal" and k[2].startswith(period)]
        c.relate(total, months)
        c.relate(total, [k for k in c.values if k[1] == "gesprek.reden" and k[2] == period])


def _carecases(db: Database, c: _Collector, start: date, end: date) -> None:
    first = db.scalar("SELECT min(started_on) FROM carecase")
    if first is None or first > end.isoformat():
        return
    for route, label in ROUTE_LABELS.items():
        c.category("route", route.value, label)
    for decision, label in DECISION_LABELS.items():
        c.category("besluit", decision.value, label)
    for cause, label in SOCIAL_LABELS.items():
        c.category("sociale_oorzaak", cause.value, label)
    for year, y_start, y_end in _years(date.fromisoformat(first), start, end):
        period = str(year)
        f = carecase_figures.figures(db, y_start, y_end)
        for code, value in (
            ("ggz.actief", f.active),
            ("ggz.gecontacteerd", f.contacted),
            ("ggz.nieuw", f.new_cases),
            ("ggz.afgesloten", f.closed_cases),
            ("ggz.contacten", f.contacts),
            ("ggz.besprekingen", f.reviews),
            ("ggz.casussen_besproken", f.cases_reviewed),
        ):
            c.add(code, period, "", value)
        for outcome in f.outcomes:
            weeks = str(outcome.weeks)
            c.category("weken", weeks, f"na {weeks} weken")
            c.add("ggz.in_aanmerking", period, weeks, outcome.eligible)
            c.add("ggz.respons", period, weeks, outcome.response)
            c.add("ggz.remissie", period, weeks, outcome.remission)
        for route in ROUTE_LABELS:
            c.add("ggz.route", period, route.value, f.routes.get(route, 0))
        for decision in DECISION_LABELS:
            c.add("ggz.besluit", period, decision.value, f.decisions.get(decision, 0))
        for cause in SOCIAL_LABELS:
            c.add("ggz.sociale_oorzaak", period, cause.value, f.social_causes.get(cause, 0))
        c.relate(
            c.key("ggz.besprekingen", period),
            [c.key("ggz.besluit", period, d.value) for d in DECISION_LABELS],
            if_equal=True,
        )
        c.relate(
            c.key("ggz.besluit", period, Decision.SOCIAAL.value),
            [c.key("ggz.sociale_oorzaak", period, s.value) for s in SOCIAL_LABELS],
            if_equal=True,
        )


def _referrals(db: Database, c: _Collector, start: date, end: date) -> None:
    rows = db.query(
        "SELECT substr(referred_on, 1, 7) AS month, specialism, count(*) FROM referral "
        "WHERE replaced_by IS NULL AND referred_on BETWEEN ? AND ? GROUP BY month, specialism",
        (start.isoformat(), end.isoformat()),
    )
    _list_size(db, c, start, end)
    if not rows:
        return
    names = specialisms(db)
    counts = {(r[0], r[1]): int(r[2]) for r in rows}
    codes = sorted({code for _, code in counts})
    months = _month_range(min(m for m, _ in counts), max(m for m, _ in counts))
    for code in codes:
        c.category("specialisme", code, names.get(code, f"code {code}"))
        for month in months:
            c.add("verwijzing.aantal", month, code, counts.get((month, code), 0))
    groups = [(g, members(g, codes)) for g in list_groups(db)]
    groups = [(g, inside) for g, inside in groups if inside]
    for group, inside in groups:
        c.category("specialisme", group.name, f"{group.name} (groep)", ",".join(inside))
        for month in months:
            parts = [c.key("verwijzing.aantal", month, code) for code in inside]
            c.add("verwijzing.aantal", month, group.name, sum(c.values[p].value for p in parts))
            c.relate(c.key("verwijzing.aantal", month, group.name), parts)
    subjects = codes + [g.name for g, _ in groups]
    for year in sorted({int(m[:4]) for m in months}):
        period = str(year)
        for subject in subjects:
            parts = [c.key("verwijzing.aantal", m, subject) for m in months if m[:4] == period]
            c.add("verwijzing.jaar", period, subject, sum(c.values[p].value for p in parts))
            c.relate(c.key("verwijzing.jaar", period, subject), parts)
        for group, inside in groups:
            c.relate(
                c.key("verwijzing.jaar", period, group.name),
                [c.key("verwijzing.jaar", period, code) for code in inside],
            )
        if start <= date(year, 1, 1) and date(year, 12, 31) <= end:
            _oe(db, c, year, names)


def _oe(db: Database, c: _Collector, year: int, names: dict[str, str]) -> None:
    """O/E of a complete year, as on the Verwijzingen page (Vektis rows come first)."""
    period = str(year)
    for row in oe_table(db, year).itertuples():
        if (("specialisme", row.subject)) not in c.categories:
            label = row.label if row.kind == "group" else names.get(row.subject, row.label)
            c.category("specialisme", row.subject, label)
        c.add("verwijzing.oe_waargenomen", period, row.subject, row.observed)
        c.add("verwijzing.oe_verwacht", period, row.subject, round(float(row.expected), 4))
        c.add("verwijzing.oe", period, row.subject, round(float(row.ratio), 4))
        c.add("verwijzing.oe_laag", period, row.subject, round(float(row.low), 4))
        c.add("verwijzing.oe_hoog", period, row.subject, round(float(row.high), 4))
        c.add("verwijzing.oe_bron", period, row.subject, row.source)
        c.relate(
            c.key("verwijzing.oe_waargenomen", period, row.subject),
            [c.key("verwijzing.jaar", period, row.subject)],
            if_equal=True,
        )


def _list_size(db: Database, c: _Collector, start: date, end: date) -> None:
    rows = db.query(
        "SELECT year, sum(patients) FROM list_size WHERE year BETWEEN ? AND ? GROUP BY year",
        (start.year, end.year),
    )
    for year, patients in rows:
        c.add("praktijk.omvang", str(year), "", int(patients))
    if not rows:
        practice = get_practice(db)
        if practice is not None and practice.list_size:
            c.add("praktijk.omvang", str(end.year), "", practice.list_size)


def _month_range(first: str, last: str) -> list[str]:
    months = []
    year, month = int(first[:4]), int(first[5:7])
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
